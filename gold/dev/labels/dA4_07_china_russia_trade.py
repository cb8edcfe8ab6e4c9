from _fact import fact, period

Y = period(2024, 1, 12)
Y_PREV = period(2023, 1, 12)
DEC = period(2024, 12)
E_TOT = "China's trade with Russia reached an all-time high of 1.74 trillion yuan ($237.3 billion) last year"
E_YUAN = "In yuan terms, China's exports to Russia increased 5.0% and its imports from Russia edged up 1.0%"
E_USD = "exports from China to Russia gained 4.1% to $115.49 billion, while imports from Russia barely moved, at $129.32 billion"
E_USD_TOT = "total trade came to $244.81 billion, a 1.9% increase"
E_RU_BAL = "Russia's trade surplus with China, built on oil, gas and coal sales, contracting 23.8% to $13.83 billion"
E_RU_RANK = "China was still Russia's largest trading partner, with a share of roughly 34% of Russia's foreign trade"
E_CRUDE = "Russia held on to the top spot among China's crude suppliers for a second year running, beating Saudi Arabia, as Chinese crude oil imports from Russia hit a record 108.5 million tonnes"

ARTICLE = {
    "id": "dA4_07_china_russia_trade",
    "title": "Payment snags slow China-Russia trade growth to a crawl even as total hits record",
    "publisher": "Reuters",
    "published": "2025-01-13",
    "notes": [
        "The year appears only in published (2025-01-13): 'last year' = 2024; 'the year before that' (the 32.7% growth) = 2023; "
        "'December' = 2024-12.",
        "AREA vs PARTNER: Chinese customs figures are area China, partner Russia ('China's exports to Russia', 'imports from Russia'); "
        "'Russia's imports from China', 'Russia's trade surplus with China' and 'Russia's largest trading partner' are area "
        "Russia, partner China.",
        "'China's trade with Russia' from Chinese customs data is China's total trade with Russia (area China, partner Russia).",
        "HARD CASE: growth in yuan terms (total 2.9, exports 5.0, imports 1.0) and in dollar terms (total 1.9, exports 4.1) are "
        "the same observations measured in different currencies; growth has unit percent, so the pairs share all identity fields but "
        "the value. Both are labelled as written.",
        "Russia's imports from China 'about $110 billion' (Russian estimates) versus China's exports to Russia $115.49 billion: mirror "
        "statistics of the same flow from the two sides, different areas: both labelled.",
        "Russia's surplus is positive (a surplus of area Russia); its 23.8% shrinkage is growth -23.8.",
        "'imports from Russia barely moved, at $129.32 billion': the value only; 'barely moved' gives no number.",
        "'Russia held on to the top spot among China's crude suppliers': rank 1 of China's crude oil imports from Russia; 'for a second year running' "
        "(streak) is out; 'a record' is not a number; Saudi Arabia's implied second place is not stated as a rank: not labelled.",
        "'about 1.16 million cars were shipped from China to Russia': quantity in vehicles, unit number, qualifier approx.",
        "'7.1% more than in November': month-on-month, basis mom.",
        "Out: 95% of payments in roubles and yuan (settlement share, not a trade flow), exchange rate 7.3317.",
        "'$237.3 billion' converts the yuan total without 'about': USD fact, qualifier exact; it differs from the customs dollar total "
        "$244.81 billion (different conversion): both labelled as written.",
    ],
    "facts": [
        fact("China", "total", "value", 1.74e12, "CNY", Y, "1.74 trillion", E_TOT, partner="Russia"),
        fact("China", "total", "value", 237.3e9, "USD", Y, "237.3 billion", E_TOT, partner="Russia"),
        fact("China", "total", "growth", 2.9, "percent", Y, "2.9",
             "Measured in yuan, two-way trade was up 2.9% on the previous year", partner="Russia"),
        fact("China", "total", "growth", 32.7, "percent", Y_PREV, "32.7",
             "well short of the 32.7% growth seen the year before that", partner="Russia"),
        fact("China", "exports", "growth", 5.0, "percent", Y, "5.0", E_YUAN, partner="Russia"),
        fact("China", "imports", "growth", 1.0, "percent", Y, "1.0", E_YUAN, partner="Russia"),
        fact("China", "exports", "growth", 4.1, "percent", Y, "4.1", E_USD, partner="Russia"),
        fact("China", "exports", "value", 115.49e9, "USD", Y, "115.49 billion", E_USD, partner="Russia"),
        fact("China", "imports", "value", 129.32e9, "USD", Y, "129.32 billion", E_USD, partner="Russia"),
        fact("China", "total", "value", 244.81e9, "USD", Y, "244.81 billion", E_USD_TOT, partner="Russia"),
        fact("China", "total", "growth", 1.9, "percent", Y, "1.9", E_USD_TOT, partner="Russia"),
        fact("Russia", "imports", "value", 110e9, "USD", Y, "110 billion",
             "Russia's imports from China amounted to about $110 billion", partner="China", qualifier="approx"),
        fact("Russia", "balance", "growth", -23.8, "percent", Y, "23.8", E_RU_BAL, partner="China"),
        fact("Russia", "balance", "value", 13.83e9, "USD", Y, "13.83 billion", E_RU_BAL, partner="China"),
        fact("Russia", "total", "rank", 1, "number", Y, "largest", E_RU_RANK, partner="China"),
        fact("Russia", "total", "share", 34, "percent", Y, "34", E_RU_RANK, partner="China", qualifier="approx"),
        fact("China", "imports", "quantity", 108.5e6, "tonnes", Y, "108.5 million", E_CRUDE, partner="Russia", product="crude oil"),
        fact("China", "imports", "rank", 1, "number", Y, "top", E_CRUDE, partner="Russia", product="crude oil"),
        fact("China", "exports", "quantity", 1.16e6, "number", Y, "1.16 million",
             "about 1.16 million cars were shipped from China to Russia", partner="Russia", product="cars", qualifier="approx"),
        fact("China", "total", "growth", 7.1, "percent", DEC, "7.1",
             "Bilateral trade for December by itself came to $21.97 billion, 7.1% more than in November", partner="Russia", basis="mom"),
        fact("China", "total", "value", 21.97e9, "USD", DEC, "21.97 billion",
             "Bilateral trade for December by itself came to $21.97 billion, 7.1% more than in November", partner="Russia"),
    ],
}
