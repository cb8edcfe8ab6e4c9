from _fact import fact, period

Y = period(2025, 1, 12)
DEC = period(2025, 12)
G = "Guangxi"
A = "ASEAN"
E_LEAD = ("398.7 billion yuan (about 55.5 billion U.S. dollars) of trade with the Association of Southeast Asian "
          "Nations (ASEAN) in 2025, 9.2 percent more than the year before")
E_RANK = ("The bloc stayed Guangxi's largest trading partner, and its slice of the region's foreign trade widened to "
          "49.1 percent")
E_TOTAL = "saw its overall imports and exports reach 812.6 billion yuan last year, an increase of 5.4 percent"
E_XM = ("Exports to ASEAN members climbed 11.8 percent to 226.4 billion yuan, while imports from the bloc went up "
        "5.9 percent to 172.3 billion yuan.")
E_DEC = "In December alone, two-way trade with ASEAN totaled 37.5 billion yuan, 6.1 percent more than a year earlier."
E_VN_RANK = "Vietnam remained Guangxi's largest trading partner among individual countries for the 26th year in a row."
E_VN = ("Trade with the neighboring country expanded 8.4 percent to 291.5 billion yuan, equal to 35.9 percent of the "
        "region's foreign trade.")
E_TH = "Trade with Thailand and Indonesia grew 15.3 percent and 9.8 percent, respectively."
E_BORDER = ("Guangxi's border trade, which covers small-volume deals by border firms and exchanges between residents of "
            "frontier areas, came to 163.2 billion yuan, up 6.7 percent, and made up 20.1 percent of the region's total.")
E_FRUIT = "Guangxi imported 28.9 billion yuan worth of fruit from ASEAN countries last year, up 12.3 percent."
E_DURIAN = ("Fresh durians, mostly trucked in from Vietnam and Thailand, accounted for 17.4 billion yuan of that, with "
            "1.06 million tonnes cleared by the region's customs.")
E_PX = "the border city of Pingxiang, whose own imports and exports rose 10.3 percent to 146.8 billion yuan in 2025"
E_COUNT = "In 2025, 7,836 enterprises in Guangxi registered import and export activity, of which 6,615 were private companies"
BT = "border trade"
DUR = "fresh durians"

ARTICLE = {
    "id": "dAP1_03_guangxi_asean_trade_2025",
    "title": "Guangxi's trade with ASEAN grows 9.2 pct in 2025, nearly half of region's total",
    "publisher": "Xinhua",
    "published": "2026-01-21",
    "notes": [
        "Period 2025 (2025-01/2025-12) throughout ('in 2025', 'last year' from the Jan. 21, 2026 dateline), except 'In December alone' = 2025-12.",
        "Headline '9.2 pct' is the same observation as the lead: labelled once. Headline 'nearly half of region's total' is a verbal rounding of the exact 49.1 percent share: only the exact figure is labelled.",
        "'398.7 billion yuan (about 55.5 billion U.S. dollars)': CNY fact plus USD fact with qualifier approx.",
        "'The bloc stayed Guangxi's largest trading partner': rank 1, partner ASEAN; 'its slice ... widened to 49.1 percent': share 49.1 (the verb moves the share, the share is positive).",
        "'Trade with ASEAN contributed 4.3 percentage points to that growth': contribution, out.",
        "'Vietnam remained Guangxi's largest trading partner among individual countries': rank 1 with partner Vietnam (ASEAN is rank 1 as a bloc; both stated). '26th year in a row' is a streak, out.",
        "'Trade with the neighboring country' = Vietnam: growth 8.4, value 291.5 billion, share 35.9 of Guangxi's foreign trade.",
        "Respectively list: Thailand 15.3, Indonesia 9.8 growth of total trade.",
        "Border trade: segment 'border trade' (a trade mode), flow total: value 163.2 billion, growth 6.7, share 20.1.",
        "Fruit imports from ASEAN: product 'fruit', partner ASEAN, imports value 28.9 billion and growth 12.3. Fresh durians ('of that', i.e. of fruit imports from ASEAN): imports value 17.4 billion and quantity 1.06 million tonnes, partner ASEAN.",
        "Pingxiang: area Pingxiang (the city's own imports and exports), growth 10.3 and value 146.8 billion.",
        "Counts: 7,836 enterprises with import and export activity -> segment 'foreign trade enterprises'; 6,615 private companies -> segment 'private enterprises'.",
        "The official's remark that ASEAN is the region's 'next-door market and its biggest one' restates ASEAN's rank 1 (same observation): labelled once, from the customs sentence.",
        "Out: 1,020-km border, 30 minutes, 1.2 million vehicles and 1,400 train trips (not trade flows), FTA '3.0' version, '22nd' expo, 60 countries and regions, years.",
    ],
    "facts": [
        fact(G, "total", "growth", 9.2, "percent", Y, "9.2", E_LEAD, partner=A),
        fact(G, "total", "value", 398.7e9, "CNY", Y, "398.7 billion", E_LEAD, partner=A),
        fact(G, "total", "value", 55.5e9, "USD", Y, "55.5 billion", E_LEAD, partner=A, qualifier="approx"),
        fact(G, "total", "rank", 1, "number", Y, "largest", E_RANK, partner=A),
        fact(G, "total", "share", 49.1, "percent", Y, "49.1", E_RANK, partner=A),
        fact(G, "total", "value", 812.6e9, "CNY", Y, "812.6 billion", E_TOTAL),
        fact(G, "total", "growth", 5.4, "percent", Y, "5.4", E_TOTAL),
        fact(G, "exports", "growth", 11.8, "percent", Y, "11.8", E_XM, partner=A),
        fact(G, "exports", "value", 226.4e9, "CNY", Y, "226.4 billion", E_XM, partner=A),
        fact(G, "imports", "growth", 5.9, "percent", Y, "5.9", E_XM, partner=A),
        fact(G, "imports", "value", 172.3e9, "CNY", Y, "172.3 billion", E_XM, partner=A),
        fact(G, "total", "value", 37.5e9, "CNY", DEC, "37.5 billion", E_DEC, partner=A),
        fact(G, "total", "growth", 6.1, "percent", DEC, "6.1", E_DEC, partner=A),
        fact(G, "total", "rank", 1, "number", Y, "largest", E_VN_RANK, partner="Vietnam"),
        fact(G, "total", "growth", 8.4, "percent", Y, "8.4", E_VN, partner="Vietnam"),
        fact(G, "total", "value", 291.5e9, "CNY", Y, "291.5 billion", E_VN, partner="Vietnam"),
        fact(G, "total", "share", 35.9, "percent", Y, "35.9", E_VN, partner="Vietnam"),
        fact(G, "total", "growth", 15.3, "percent", Y, "15.3", E_TH, partner="Thailand"),
        fact(G, "total", "growth", 9.8, "percent", Y, "9.8", E_TH, partner="Indonesia"),
        fact(G, "total", "value", 163.2e9, "CNY", Y, "163.2 billion", E_BORDER, segment=BT),
        fact(G, "total", "growth", 6.7, "percent", Y, "6.7", E_BORDER, segment=BT),
        fact(G, "total", "share", 20.1, "percent", Y, "20.1", E_BORDER, segment=BT),
        fact(G, "imports", "value", 28.9e9, "CNY", Y, "28.9 billion", E_FRUIT, partner=A, product="fruit"),
        fact(G, "imports", "growth", 12.3, "percent", Y, "12.3", E_FRUIT, partner=A, product="fruit"),
        fact(G, "imports", "value", 17.4e9, "CNY", Y, "17.4 billion", E_DURIAN, partner=A, product=DUR),
        fact(G, "imports", "quantity", 1.06e6, "tonnes", Y, "1.06 million", E_DURIAN, partner=A, product=DUR),
        fact("Pingxiang", "total", "growth", 10.3, "percent", Y, "10.3", E_PX),
        fact("Pingxiang", "total", "value", 146.8e9, "CNY", Y, "146.8 billion", E_PX),
        fact(G, "total", "count", 7836, "number", Y, "7,836", E_COUNT, segment="foreign trade enterprises"),
        fact(G, "total", "count", 6615, "number", Y, "6,615", E_COUNT, segment="private enterprises"),
    ],
}
