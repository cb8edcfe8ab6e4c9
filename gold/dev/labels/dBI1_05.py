from _fact import fact, period

JN = period(2025, 1, 11)
NOV = period(2025, 11)
Y24 = period(2024, 1, 12)

ARTICLE = {
    "id": "dBI1_05",
    "title": "China-Russia trade dips 8.2% in first 11 months, but November hints at bottoming out; energy and farm goods stay as pillars: expert",
    "publisher": "Global Times",
    "published": "2025-12-09",
    "notes": [
        "Written for the dev set in imitation of a Global Times economy story on China-Russia trade in January-November 2025; no real sentence kept.",
        "Real figures (from 2025-26 coverage found in the pages corpus): 2024 record $244.8 billion; the 46% fall in car exports to "
        "Russia in Jan-Nov 2025; Russian crude imports worth 328.5 billion yuan, down 19.6%, in Jan-Nov 2025. China's total trade "
        "of 41.21 trillion yuan (+3.6%) in Jan-Nov 2025 is from memory of the customs release and may be approximate.",
        "Invented (made consistent with the real full-year 2025 total of $228.1 billion, -6.9%, and Jan-Oct yuan total -8.7%): "
        "Jan-Nov total $203.64 billion -8.2%; 1.45 trillion yuan -7.9%; exports $92.36 billion -11.6%; imports $111.28 billion "
        "-5.3%; November total $19.70 billion -1.2% y/y, +6.3% m/m; November exports $8.60 billion -7.8%, imports $11.10 billion "
        "+4.6%; mechanical and electrical exports $48.3 billion -9.1%; crude volume about 91.3 million tons; agricultural imports "
        "$7.1 billion +11.2%.",
        "Derived: deficit $18.92 billion = 111.28 - 92.36; M&E share 52.3% = 48.3/92.36; Russia's share 3.5% = 1.45/41.21 trillion yuan.",
        "Headline 8.2% restates the body's January-November growth; labelled once.",
        "Not labelled: the 2026 outlook of 3 to 5 percent growth (forecast); the $200-billion target (milestone/target); "
        "'more than 95 percent of payments' (settlement-currency share, not a share of a trade flow the record can express); "
        "the exchange rate; 'a year ahead of schedule'.",
        "Judgement calls: 'Russia remained China's largest supplier of crude' is labelled as rank 1 of China's crude oil imports "
        "with partner Russia over January-November (the paragraph's running period). The 91.3 million tons of crude is a "
        "quantity with qualifier approx ('about'); the 19.6% beside it is a value growth (of the yuan bill), and no volume "
        "growth is stated, so nothing is excluded. The 3.5 percent is Russia's share of China's total trade (area China, "
        "partner Russia, flow total). The 52.3 percent is a share of China's exports to Russia, so partner Russia.",
        "Own-words check: 10 distinctive stretches searched in the pages corpus; none matched a real story; no sentence reworded.",
        "Copy check (independent): 20 sentences searched, 0 reworded.",
    ],
    "facts": [
        fact("China", "total", "value", 203.64e9, "USD", JN, "203.64 billion",
             "Trade between China and Russia came to $203.64 billion in the first 11 months of 2025", partner="Russia"),
        fact("China", "total", "growth", -8.2, "percent", JN, "8.2",
             "a decrease of 8.2 percent compared with the same period of last year", partner="Russia", basis="yoy"),
        fact("China", "total", "value", 1.45e12, "CNY", JN, "1.45 trillion",
             "bilateral trade over January-November totaled 1.45 trillion yuan", partner="Russia"),
        fact("China", "total", "growth", -7.9, "percent", JN, "7.9",
             "bilateral trade over January-November totaled 1.45 trillion yuan, falling 7.9 percent year-on-year",
             partner="Russia", basis="yoy"),
        fact("China", "exports", "value", 92.36e9, "USD", JN, "92.36 billion",
             "China's exports to Russia stood at $92.36 billion during the period", partner="Russia"),
        fact("China", "exports", "growth", -11.6, "percent", JN, "11.6",
             "China's exports to Russia stood at $92.36 billion during the period, down 11.6 percent",
             partner="Russia", basis="yoy"),
        fact("China", "imports", "growth", -5.3, "percent", JN, "5.3",
             "its imports from Russia slid 5.3 percent to $111.28 billion", partner="Russia", basis="yoy"),
        fact("China", "imports", "value", 111.28e9, "USD", JN, "111.28 billion",
             "its imports from Russia slid 5.3 percent to $111.28 billion", partner="Russia"),
        fact("China", "balance", "value", -18.92e9, "USD", JN, "18.92 billion",
             "That left China with a trade deficit of $18.92 billion with its northern neighbor", partner="Russia"),
        # November
        fact("China", "total", "value", 19.70e9, "USD", NOV, "19.70 billion",
             "Two-way trade reached $19.70 billion", partner="Russia"),
        fact("China", "total", "growth", -1.2, "percent", NOV, "1.2",
             "Two-way trade reached $19.70 billion, just 1.2 percent below the level of November 2024",
             partner="Russia", basis="yoy"),
        fact("China", "total", "growth", 6.3, "percent", NOV, "6.3",
             "just 1.2 percent below the level of November 2024 and 6.3 percent higher than in October",
             partner="Russia", basis="mom"),
        fact("China", "exports", "value", 8.60e9, "USD", NOV, "8.60 billion",
             "Chinese shipments to Russia amounted to $8.60 billion", partner="Russia"),
        fact("China", "exports", "growth", -7.8, "percent", NOV, "7.8",
             "Chinese shipments to Russia amounted to $8.60 billion, a 7.8 percent year-on-year drop",
             partner="Russia", basis="yoy"),
        fact("China", "imports", "growth", 4.6, "percent", NOV, "4.6",
             "purchases of Russian goods increased 4.6 percent to $11.10 billion", partner="Russia", basis="yoy"),
        fact("China", "imports", "value", 11.10e9, "USD", NOV, "11.10 billion",
             "purchases of Russian goods increased 4.6 percent to $11.10 billion", partner="Russia"),
        # goods
        fact("China", "exports", "growth", -46, "percent", JN, "46",
             "The value of Chinese car exports to Russia plunged 46 percent in the first 11 months",
             partner="Russia", product="cars", basis="yoy"),
        fact("China", "exports", "growth", -9.1, "percent", JN, "9.1",
             "Mechanical and electrical products, the mainstay of China's sales to Russia, declined 9.1 percent to $48.3 billion",
             partner="Russia", product="mechanical and electrical products", basis="yoy"),
        fact("China", "exports", "value", 48.3e9, "USD", JN, "48.3 billion",
             "Mechanical and electrical products, the mainstay of China's sales to Russia, declined 9.1 percent to $48.3 billion",
             partner="Russia", product="mechanical and electrical products"),
        fact("China", "exports", "share", 52.3, "percent", JN, "52.3",
             "making up 52.3 percent of the country's exports to the market",
             partner="Russia", product="mechanical and electrical products"),
        fact("China", "imports", "value", 328.5e9, "CNY", JN, "328.5 billion",
             "China paid 328.5 billion yuan for Russian crude oil over the 11 months", partner="Russia",
             product="crude oil"),
        fact("China", "imports", "growth", -19.6, "percent", JN, "19.6",
             "China paid 328.5 billion yuan for Russian crude oil over the 11 months, 19.6 percent less than a year earlier",
             partner="Russia", product="crude oil", basis="yoy"),
        fact("China", "imports", "quantity", 91.3e6, "tonnes", JN, "91.3 million",
             "for about 91.3 million tons of oil", partner="Russia", product="crude oil", qualifier="approx"),
        fact("China", "imports", "rank", 1, "number", JN, "largest",
             "Russia nonetheless remained China's largest supplier of crude", partner="Russia", product="crude oil"),
        fact("China", "imports", "growth", 11.2, "percent", JN, "11.2",
             "Imports of Russian agricultural products such as grain, vegetable oil and seafood, by contrast, grew 11.2 percent to $7.1 billion",
             partner="Russia", product="agricultural products", basis="yoy"),
        fact("China", "imports", "value", 7.1e9, "USD", JN, "7.1 billion",
             "Imports of Russian agricultural products such as grain, vegetable oil and seafood, by contrast, grew 11.2 percent to $7.1 billion",
             partner="Russia", product="agricultural products"),
        # context
        fact("China", "total", "share", 3.5, "percent", JN, "3.5",
             "Russia accounted for 3.5 percent of China's total foreign trade", partner="Russia"),
        fact("China", "total", "growth", 3.6, "percent", JN, "3.6",
             "China's total foreign trade, which increased 3.6 percent to 41.21 trillion yuan in the January-November period",
             basis="yoy"),
        fact("China", "total", "value", 41.21e12, "CNY", JN, "41.21 trillion",
             "China's total foreign trade, which increased 3.6 percent to 41.21 trillion yuan in the January-November period"),
        fact("China", "total", "value", 244.8e9, "USD", Y24, "244.8 billion",
             "Bilateral trade peaked at a record $244.8 billion in 2024", partner="Russia"),
    ],
}
