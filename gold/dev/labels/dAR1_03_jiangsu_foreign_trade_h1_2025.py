from _fact import fact, period

H1 = period(2025, 1, 6)
JS = "Jiangsu"
E_LEAD = "Goods trade in Jiangsu, the east China province that ranks second only to Guangdong in foreign trade, totaled 2.83 trillion yuan (about 394.6 billion U.S. dollars) in the first half of 2025, up 5.5 percent from a year earlier"
E_NAT = "That pace beat the nationwide figure of 2.9 percent by 2.6 percentage points, and Jiangsu contributed 13 percent of all Chinese trade in the six months"
E_XM = "The province shipped out 1.88 trillion yuan of goods, up 9.3 percent, and bought in 948.2 billion yuan, down 1.2 percent."
E_EU = ("The European Union remained the province's largest trading partner, with trade rising 6.8 percent to "
        "452.6 billion yuan in the January-June period.")
E_RESP = "Trade with ASEAN grew 9.7 percent to 438.9 billion yuan and trade with the Republic of Korea rose 4.2 percent to 236.5 billion yuan, while trade with the United States fell 3.1 percent to 381.4 billion yuan."
E_BR = "Trade with Belt and Road partner countries grew 8.6 percent to 1.33 trillion yuan"
E_NEW3 = ("exports of electric vehicles and lithium-ion batteries jumped 38.6 percent and 21.4 percent, respectively, "
          "while solar cells fell 17.9 percent")
E_SHIP = "Exports of ships surged 28.4 percent to 63.2 billion yuan"
E_SZ = ("Suzhou, the province's foreign trade powerhouse, posted imports and exports of 1.3 trillion yuan in the first "
        "six months, accounting for 45.9 percent of Jiangsu's total.")
E_COUNT = "A total of 64,512 enterprises in Jiangsu had import and export records in the first half"

ARTICLE = {
    "id": "dAR1_03_jiangsu_foreign_trade_h1_2025",
    "title": "Jiangsu's H1 foreign trade grows 5.5 pct, beating national pace",
    "publisher": "Xinhua",
    "published": "2025-07-18",
    "notes": [
        "Dateline NANJING, July 18 (Xinhua); the running period is the first half of 2025 (2025-01/2025-06) throughout.",
        "The headline's 5.5 pct is the lead's observation: labelled once.",
        "'2.83 trillion yuan (about 394.6 billion U.S. dollars)': a CNY fact and an approx USD fact.",
        "'ranks second only to Guangdong in foreign trade': Jiangsu's rank 2 in total trade for H1.",
        "'the nationwide figure of 2.9 percent' is China's own H1 trade growth: labelled with area China. 'by 2.6 percentage points' is a derived comparison: out.",
        "'contributed 13 percent of all Chinese trade': Jiangsu's share of national trade.",
        "ASEAN, United States, Republic of Korea (partner 'South Korea'): each value with its own growth; 'grew 9.7', 'fell 3.1' -> -3.1, 'rose 4.2'.",
        "EU 'largest trading partner' -> rank 1, with its growth and value.",
        "Belt and Road partner countries: growth and value labelled; 'nearly half of the provincial total' has no number: not labelled.",
        "'new three' items: electric vehicles, lithium-ion batteries (inherits 'jumped'), solar cells (-17.9), all export growth for H1.",
        "Laptop computers export growth 12.3; ships export growth 28.4 and value 63.2 billion.",
        "Suzhou: area Suzhou, its total trade 1.3 trillion and its share 45.9 of Jiangsu's total.",
        "Count: 64,512 enterprises with import and export records -> count, segment 'foreign trade enterprises'. Its 'up 6.1 percent' is growth of the number of firms, which the record cannot express apart from trade growth: out.",
        "Out: freight train trips (more than 1,100), the year 2029, the official's policy remarks.",
    ],
    "facts": [
        fact(JS, "total", "rank", 2, "number", H1, "second", E_LEAD),
        fact(JS, "total", "growth", 5.5, "percent", H1, "5.5", E_LEAD),
        fact(JS, "total", "value", 2.83e12, "CNY", H1, "2.83 trillion", E_LEAD),
        fact(JS, "total", "value", 394.6e9, "USD", H1, "394.6 billion", E_LEAD, qualifier="approx"),
        fact("China", "total", "growth", 2.9, "percent", H1, "2.9", E_NAT),
        fact(JS, "total", "share", 13, "percent", H1, "13", E_NAT),
        fact(JS, "exports", "growth", 9.3, "percent", H1, "9.3", E_XM),
        fact(JS, "exports", "value", 1.88e12, "CNY", H1, "1.88 trillion", E_XM),
        fact(JS, "imports", "growth", -1.2, "percent", H1, "1.2", E_XM),
        fact(JS, "imports", "value", 948.2e9, "CNY", H1, "948.2 billion", E_XM),
        fact(JS, "total", "rank", 1, "number", H1, "largest", E_EU, partner="European Union"),
        fact(JS, "total", "growth", 6.8, "percent", H1, "6.8", E_EU, partner="European Union"),
        fact(JS, "total", "value", 452.6e9, "CNY", H1, "452.6 billion", E_EU, partner="European Union"),
        fact(JS, "total", "value", 438.9e9, "CNY", H1, "438.9 billion", E_RESP, partner="ASEAN"),
        fact(JS, "total", "value", 381.4e9, "CNY", H1, "381.4 billion", E_RESP, partner="United States"),
        fact(JS, "total", "value", 236.5e9, "CNY", H1, "236.5 billion", E_RESP, partner="South Korea"),
        fact(JS, "total", "growth", 9.7, "percent", H1, "9.7", E_RESP, partner="ASEAN"),
        fact(JS, "total", "growth", -3.1, "percent", H1, "3.1", E_RESP, partner="United States"),
        fact(JS, "total", "growth", 4.2, "percent", H1, "4.2", E_RESP, partner="South Korea"),
        fact(JS, "total", "growth", 8.6, "percent", H1, "8.6", E_BR, partner="Belt and Road partner countries"),
        fact(JS, "total", "value", 1.33e12, "CNY", H1, "1.33 trillion", E_BR, partner="Belt and Road partner countries"),
        fact(JS, "exports", "growth", 38.6, "percent", H1, "38.6", E_NEW3, product="electric vehicles"),
        fact(JS, "exports", "growth", 21.4, "percent", H1, "21.4", E_NEW3, product="lithium-ion batteries"),
        fact(JS, "exports", "growth", -17.9, "percent", H1, "17.9", E_NEW3, product="solar cells"),
        fact(JS, "exports", "growth", 12.3, "percent", H1, "12.3",
             "Laptop computers, long a mainstay of the province's processing trade, saw exports rise 12.3 percent.",
             product="laptop computers"),
        fact(JS, "exports", "growth", 28.4, "percent", H1, "28.4", E_SHIP, product="ships"),
        fact(JS, "exports", "value", 63.2e9, "CNY", H1, "63.2 billion", E_SHIP, product="ships"),
        fact("Suzhou", "total", "value", 1.3e12, "CNY", H1, "1.3 trillion", E_SZ),
        fact("Suzhou", "total", "share", 45.9, "percent", H1, "45.9", E_SZ),
        fact(JS, "total", "count", 64512, "number", H1, "64,512", E_COUNT, segment="foreign trade enterprises"),
    ],
}
