from _fact import fact, period

Y25 = period(2025, 1, 12)
NB = "Ningbo"
E_TOT = ("The city's combined imports and exports came to 1.44 trillion yuan (about 202.3 billion U.S. dollars) in 2025, "
         "a rise of 5.1 percent over 2024.")
E_EX = "Exports, which did most of the lifting, grew 7.3 percent to 968.7 billion yuan"
E_IM = "imports inched up 0.9 percent to 471.2 billion yuan"
E_ZJ = "Zhejiang as a whole recorded 5.56 trillion yuan in goods trade, up 5.3 percent from a year earlier"
E_EU = ("The European Union stayed Ningbo's largest trading partner, with two-way trade of 239.6 billion yuan, "
        "up 6.2 percent.")
E_US = "Trade with the United States slipped 4.8 percent to 196.3 billion yuan"
E_RESP = ("Trade with ASEAN and Latin America reached 158.4 billion yuan and 121.7 billion yuan respectively, "
          "up 12.1 percent and 9.4 percent")
E_CAR = "Overseas sales of automobiles, many of them new energy models assembled in the Hangzhou Bay area, surged 28.4 percent to 41.6 billion yuan."
E_HA = "Household appliances, a traditional strength of Cixi and Yuyao, earned 63.2 billion yuan abroad, 5.6 percent more than the year before."
E_CRUDE = "Crude oil imports declared at Ningbo customs totaled 38.6 million tonnes, worth 152.4 billion yuan"
E_CRUDE_G = E_CRUDE + "; their value fell 6.3 percent on softer oil prices"

ARTICLE = {
    "id": "dAU1_04_ningbo_zhoushan_port_trade_2025",
    "title": "Ningbo's foreign trade tops 1.4 trillion yuan in 2025 as car and appliance exports climb",
    "publisher": "Ningbo Municipal People's Government",
    "published": "2026-01-21",
    "notes": [
        "Publisher: the text names the city government portal (with Ningbo Customs as source); the portal is the outlet.",
        "Running period is the year 2025 (2025-01..2025-12): 'last year' in an article of 2026-01-21 is 2025; 'over 2024' and 'the year before' are comparison bases, not periods.",
        "Headline 'tops 1.4 trillion yuan' and 'crossed the 1.4-trillion-yuan line for the first time' are a threshold/milestone for the same observation as the exact '1.44 trillion yuan': the exact figure only.",
        "'1.44 trillion yuan (about 202.3 billion U.S. dollars)': a CNY fact and an approx USD fact.",
        "'The city's trade surplus thus widened to 497.5 billion yuan': balance value, positive (surplus); 'widened' is the verb of the level, no growth rate stated.",
        "Zhejiang's 5.56 trillion yuan and 5.3 percent are Zhejiang facts (area Zhejiang); 'up 5.3 percent from a year earlier' is yoy.",
        "'Ningbo contributed 25.9 percent of the provincial total': share of Ningbo's total trade in Zhejiang's total, area Ningbo, partner null.",
        "'the biggest slice of any city in the province' is a rank among Zhejiang cities with no ordinal number and a scope the record cannot express: out. 'trailed the provincial average by 0.2 percentage points': derived comparison, out.",
        "'The European Union stayed Ningbo's largest trading partner': rank 1, partner European Union, labelled.",
        "'Combined, the EU, the US and ASEAN took 41.3 percent of the city's trade': a named group measured together; following the guide's group convention for area, the partner is the names joined by ', ' in text order: 'European Union, United States, ASEAN'. Judgement call.",
        "Respectively list: ASEAN 158.4 billion / 12.1 percent, Latin America 121.7 billion / 9.4 percent, paired in order; 'up' governs both growths.",
        "'Mechanical and electrical products remained the backbone' has no number: nothing to label.",
        "'Overseas sales of automobiles ... surged 28.4 percent to 41.6 billion yuan': exports of automobiles (overseas sales = exports).",
        "'Household appliances ... earned 63.2 billion yuan abroad, 5.6 percent more than the year before': exports value and yoy growth of household appliances.",
        "Crude oil: quantity 38.6 million tonnes and value 152.4 billion yuan are imports facts; 'their value fell 6.3 percent' is value growth, -6.3; 'volumes edged up 1.2 percent' is volume growth beside value growth: out.",
        "'Iron ore arrivals reached 96.2 million tonnes': imports quantity of iron ore (arrivals = imports declared at Ningbo customs), no growth given.",
        "Port cargo throughput ('more than 1.4 billion tonnes of cargo', '41.2 million standard containers') is port handling, not a trade flow: out. '17th year running': streak, out.",
        "Quote: the 2026 target 'around 5 percent' is a target/forecast: out; '200 overseas trade promotion events': not a trade flow, out.",
    ],
    "facts": [
        fact(NB, "total", "value", 1.44e12, "CNY", Y25, "1.44 trillion", E_TOT),
        fact(NB, "total", "value", 202.3e9, "USD", Y25, "202.3 billion", E_TOT, qualifier="approx"),
        fact(NB, "total", "growth", 5.1, "percent", Y25, "5.1", E_TOT),
        fact(NB, "exports", "value", 968.7e9, "CNY", Y25, "968.7 billion", E_EX),
        fact(NB, "exports", "growth", 7.3, "percent", Y25, "7.3", E_EX),
        fact(NB, "imports", "value", 471.2e9, "CNY", Y25, "471.2 billion", E_IM),
        fact(NB, "imports", "growth", 0.9, "percent", Y25, "0.9", E_IM),
        fact(NB, "balance", "value", 497.5e9, "CNY", Y25, "497.5 billion", "The city's trade surplus thus widened to 497.5 billion yuan."),
        fact("Zhejiang", "total", "value", 5.56e12, "CNY", Y25, "5.56 trillion", E_ZJ),
        fact("Zhejiang", "total", "growth", 5.3, "percent", Y25, "5.3", E_ZJ),
        fact(NB, "total", "share", 25.9, "percent", Y25, "25.9", "Ningbo contributed 25.9 percent of the provincial total"),
        fact(NB, "total", "rank", 1, "number", Y25, "largest", E_EU, partner="European Union"),
        fact(NB, "total", "value", 239.6e9, "CNY", Y25, "239.6 billion", E_EU, partner="European Union"),
        fact(NB, "total", "growth", 6.2, "percent", Y25, "6.2", E_EU, partner="European Union"),
        fact(NB, "total", "growth", -4.8, "percent", Y25, "4.8", E_US, partner="United States"),
        fact(NB, "total", "value", 196.3e9, "CNY", Y25, "196.3 billion", E_US, partner="United States"),
        fact(NB, "total", "share", 41.3, "percent", Y25, "41.3",
             "Combined, the EU, the US and ASEAN took 41.3 percent of the city's trade.",
             partner="European Union, United States, ASEAN"),
        fact(NB, "total", "value", 158.4e9, "CNY", Y25, "158.4 billion", E_RESP, partner="ASEAN"),
        fact(NB, "total", "value", 121.7e9, "CNY", Y25, "121.7 billion", E_RESP, partner="Latin America"),
        fact(NB, "total", "growth", 12.1, "percent", Y25, "12.1", E_RESP, partner="ASEAN"),
        fact(NB, "total", "growth", 9.4, "percent", Y25, "9.4", E_RESP, partner="Latin America"),
        fact(NB, "exports", "growth", 28.4, "percent", Y25, "28.4", E_CAR, product="automobiles"),
        fact(NB, "exports", "value", 41.6e9, "CNY", Y25, "41.6 billion", E_CAR, product="automobiles"),
        fact(NB, "exports", "value", 63.2e9, "CNY", Y25, "63.2 billion", E_HA, product="household appliances"),
        fact(NB, "exports", "growth", 5.6, "percent", Y25, "5.6", E_HA, product="household appliances"),
        fact(NB, "imports", "quantity", 38.6e6, "tonnes", Y25, "38.6 million", E_CRUDE, product="crude oil"),
        fact(NB, "imports", "value", 152.4e9, "CNY", Y25, "152.4 billion", E_CRUDE, product="crude oil"),
        fact(NB, "imports", "growth", -6.3, "percent", Y25, "6.3", E_CRUDE_G, product="crude oil"),
        fact(NB, "imports", "quantity", 96.2e6, "tonnes", Y25, "96.2 million",
             "Iron ore arrivals reached 96.2 million tonnes", product="iron ore"),
    ],
}
