from _fact import fact, period

CN = "China"
Q3 = period(2025, 1, 9)
Q3_24 = period(2024, 1, 9)
Q3_19 = period(2019, 1, 9)
SEP = period(2025, 9)
AF = "Africa"
LA = "Latin America"

S_AF = ("Two-way trade between China and African countries reached USD253.5 billion in the January-to-September period, "
        "up 18.5 percent from a year earlier, or about 1.82 trillion yuan")
S_LA = "Trade with Latin America rose just 1.9 percent to USD386.2 billion over the same period"
S_AFEX = "Chinese exports to the continent jumped 28.4 percent to USD163.4 billion"
S_AFIM = "imports from it rose a modest 3.9 percent to USD90.1 billion"
S_AFBAL = "China's surplus with Africa thus ballooned to USD73.3 billion from USD40.5 billion in the same period last year"
S_SHARE = "Africa took 5.9 percent of China's total exports in the nine months, compared with 4.5 percent in the same period of 2019"
S_SEP = "In September, exports to Africa soared 56.4 percent from a year earlier and were 12.3 percent higher than in August"
S_NG = ("Chinese shipments to Nigeria climbed 38.7 percent to USD18.34 billion, lifting Africa's most populous country "
        "to first place among China's export markets on the continent")
S_LAEX = "Exports to the region grew 7.1 percent to USD208.4 billion"
S_LAIM = "imports from it slipped 3.6 percent to USD177.8 billion"
S_LABAL = "leaving China with a surplus of USD30.6 billion"
S_MX = ("Chinese exports to Mexico, where lawmakers are weighing tariffs of up to 50 percent on cars made in China, "
        "still rose 3.4 percent to USD66.9 billion")
S_BR = "Two-way trade with Latin America's largest economy declined 2.8 percent to USD129.6 billion"
S_SOY = ("China imported 63.8 million tons of Brazilian soybeans, 9.1 percent more than a year earlier, "
         "yet paid 3.2 percent less for them, at USD27.9 billion")
S_CU = "Imports of copper ore and concentrates from Chile and Peru came to USD14.2 billion and USD11.8 billion, respectively"
CU = "copper ore and concentrates"

ARTICLE = {
    "id": "dBL1_06",
    "title": "China's Trade With Africa Surges While Latin America Ties Cool in First Nine Months",
    "publisher": "Yicai",
    "published": "2025-10-14",
    "notes": [
        "Real figures: broadly in line with reported 2025 trends (Africa exports up by roughly a quarter, September exports to "
        "Africa up about 56%), but every number here is invented or rounded for this text. Internally consistent: "
        "exports + imports = totals; surpluses = exports - imports; 2024 bases implied by the growth rates.",
        "Judgement calls: all figures are China's (customs data); partners Africa, Latin America, Nigeria, South Africa, Mexico, "
        "Brazil, Chile, Peru. 'Latin America's largest economy' carries Brazil from the sentence before. "
        "'first place among China's export markets on the continent' -> Nigeria exports rank 1; 'South Africa slipped to second' "
        "(same frame) -> South Africa exports rank 2. The 2024 surplus ('from USD40.5 billion in the same period last year') and the "
        "2019 share and 2019 Latin America total are stated levels, labelled with their own periods (2024-01..09, 2019-01..09). "
        "'or about 1.82 trillion yuan' -> separate approx CNY fact. Soybeans: quantity (tons -> tonnes) and value growth labelled, "
        "product 'soybeans', partner Brazil; Brazil's 71.5 percent share of China's soybean imports -> share fact. "
        "'crude oil imports from the region' -> partner Latin America. 'higher than in August' -> mom for September.",
        "Not facts: '9.1 percent more' (volume growth beside value growth); 'about 65 percent larger' than 2019 and "
        "'nearly double their 2019 level' (comparisons with 2019 that the record cannot express / derived); "
        "'exceed USD200 billion for the whole year' (forecast); 'tariffs of up to 50 percent' (tariff rate); "
        "'53 African countries' (not a trade flow); 'fastest clip in more than three years', 'widest on record' (no figure); dates.",
        "Copy check: 4 sentences searched, 0 reworded. Second check: 26 sentences searched, 0 reworded.",
    ],
    "facts": [
        fact(CN, "total", "value", 253.5e9, "USD", Q3, "253.5 billion", S_AF, partner=AF),
        fact(CN, "total", "growth", 18.5, "percent", Q3, "18.5", S_AF, partner=AF),
        fact(CN, "total", "value", 1.82e12, "CNY", Q3, "1.82 trillion", S_AF, partner=AF, qualifier="approx"),
        fact(CN, "total", "value", 386.2e9, "USD", Q3, "386.2 billion", S_LA, partner=LA),
        fact(CN, "total", "growth", 1.9, "percent", Q3, "1.9", S_LA, partner=LA),
        fact(CN, "exports", "value", 163.4e9, "USD", Q3, "163.4 billion", S_AFEX, partner=AF),
        fact(CN, "exports", "growth", 28.4, "percent", Q3, "28.4", S_AFEX, partner=AF),
        fact(CN, "imports", "value", 90.1e9, "USD", Q3, "90.1 billion", S_AFIM, partner=AF),
        fact(CN, "imports", "growth", 3.9, "percent", Q3, "3.9", S_AFIM, partner=AF),
        fact(CN, "balance", "value", 73.3e9, "USD", Q3, "73.3 billion", S_AFBAL, partner=AF),
        fact(CN, "balance", "value", 40.5e9, "USD", Q3_24, "40.5 billion", S_AFBAL, partner=AF),
        fact(CN, "exports", "share", 5.9, "percent", Q3, "5.9", S_SHARE, partner=AF),
        fact(CN, "exports", "share", 4.5, "percent", Q3_19, "4.5", S_SHARE, partner=AF),
        fact(CN, "exports", "growth", 56.4, "percent", SEP, "56.4", S_SEP, partner=AF),
        fact(CN, "exports", "growth", 12.3, "percent", SEP, "12.3", S_SEP, partner=AF, basis="mom"),
        fact(CN, "exports", "value", 18.34e9, "USD", Q3, "18.34 billion", S_NG, partner="Nigeria"),
        fact(CN, "exports", "growth", 38.7, "percent", Q3, "38.7", S_NG, partner="Nigeria"),
        fact(CN, "exports", "rank", 1, "number", Q3, "first", S_NG, partner="Nigeria"),
        fact(CN, "exports", "rank", 2, "number", Q3, "second", "South Africa slipped to second", partner="South Africa"),
        fact(CN, "exports", "value", 208.4e9, "USD", Q3, "208.4 billion", S_LAEX, partner=LA),
        fact(CN, "exports", "growth", 7.1, "percent", Q3, "7.1", S_LAEX, partner=LA),
        fact(CN, "imports", "value", 177.8e9, "USD", Q3, "177.8 billion", S_LAIM, partner=LA),
        fact(CN, "imports", "growth", -3.6, "percent", Q3, "3.6", S_LAIM, partner=LA),
        fact(CN, "balance", "value", 30.6e9, "USD", Q3, "30.6 billion", S_LABAL, partner=LA),
        fact(CN, "exports", "growth", 3.4, "percent", Q3, "3.4", S_MX, partner="Mexico"),
        fact(CN, "exports", "value", 66.9e9, "USD", Q3, "66.9 billion", S_MX, partner="Mexico"),
        fact(CN, "total", "value", 129.6e9, "USD", Q3, "129.6 billion", S_BR, partner="Brazil"),
        fact(CN, "total", "growth", -2.8, "percent", Q3, "2.8", S_BR, partner="Brazil"),
        fact(CN, "imports", "quantity", 63.8e6, "tonnes", Q3, "63.8 million", S_SOY, partner="Brazil", product="soybeans"),
        fact(CN, "imports", "growth", -3.2, "percent", Q3, "3.2", S_SOY, partner="Brazil", product="soybeans"),
        fact(CN, "imports", "value", 27.9e9, "USD", Q3, "27.9 billion", S_SOY, partner="Brazil", product="soybeans"),
        fact(CN, "imports", "share", 71.5, "percent", Q3, "71.5",
             "Brazil supplied 71.5 percent of China's soybean imports", partner="Brazil", product="soybeans"),
        fact(CN, "imports", "value", 14.2e9, "USD", Q3, "14.2 billion", S_CU, partner="Chile", product=CU),
        fact(CN, "imports", "value", 11.8e9, "USD", Q3, "11.8 billion", S_CU, partner="Peru", product=CU),
        fact(CN, "imports", "growth", -12.4, "percent", Q3, "12.4",
             "crude oil imports from the region fell 12.4 percent", partner=LA, product="crude oil"),
        fact(CN, "total", "value", 233.4e9, "USD", Q3_19, "233.4 billion",
             "Compared with 2019, when the nine-month total stood at USD233.4 billion, trade with Latin America", partner=LA),
    ],
}
