from _fact import fact, period

Y = period(2024, 1, 12)
Y_PREV = period(2023, 1, 12)
DEC = period(2024, 12)
E_TOT = "Trade between China and Russia climbed to a record 1.74 trillion yuan ($237.3 billion) last year"
E_YUAN = "Chinese shipments to Russia grew 5.0% in yuan terms, while imports from Russia rose 1.0%"
E_USD = "China's exports to Russia rose 4.1% to $115.49 billion and its imports from Russia were little changed at $129.32 billion"
E_USD_TOT = "putting total trade at $244.81 billion, up 1.9%"
E_RU_BAL = "Russia's surplus in its trade with China, driven by sales of oil, gas and coal, shrank 23.8% to $13.83 billion"
E_RU_RANK = "China remained Russia's largest trading partner, accounting for roughly 34% of Russia's foreign trade"
E_CRUDE = "China's crude oil imports from Russia reached a record 108.5 million tonnes, keeping Russia as China's top crude supplier"

ARTICLE = {
    "id": "dA4_07_china_russia_trade",
    "title": "China-Russia trade hits record but growth slows to a crawl as payment snags bite",
    "publisher": "Reuters",
    "published": "2025-01-13",
    "notes": [
        "The year appears only in published (2025-01-13): 'last year' = 2024; 'a year earlier' (the 32.7% expansion) = 2023; "
        "'December' = 2024-12.",
        "AREA vs PARTNER: Chinese customs figures are area China, partner Russia ('China's exports to Russia', 'imports from Russia'); "
        "'Russia's imports from China', 'Russia's surplus in its trade with China' and 'Russia's largest trading partner' are area "
        "Russia, partner China.",
        "'Trade between China and Russia' from Chinese customs data is China's total trade with Russia (area China, partner Russia).",
        "HARD CASE: growth in yuan terms (total 2.9, exports 5.0, imports 1.0) and in dollar terms (total 1.9, exports 4.1) are "
        "the same observations measured in different currencies; growth has unit percent, so the pairs share all identity fields but "
        "the value. Both are labelled as written.",
        "Russia's imports from China 'about $110 billion' (Russian estimates) versus China's exports to Russia $115.49 billion: mirror "
        "statistics of the same flow from the two sides, different areas: both labelled.",
        "Russia's surplus is positive (a surplus of area Russia); its 23.8% shrinkage is growth -23.8.",
        "'its imports from Russia were little changed at $129.32 billion': the value only; 'little changed' gives no number.",
        "'keeping Russia as China's top crude supplier': rank 1 of China's crude oil imports from Russia; 'for a second straight year' "
        "(streak) is out; 'a record' is not a number; Saudi Arabia's implied second place is not stated as a rank: not labelled.",
        "'China shipped about 1.16 million cars to Russia': quantity in vehicles, unit number, qualifier approx.",
        "'In December alone, bilateral trade rose 7.1% from November': month-on-month, basis mom.",
        "Out: 95% of payments in roubles and yuan (settlement share, not a trade flow), exchange rate 7.3317.",
        "'$237.3 billion' converts the yuan total without 'about': USD fact, qualifier exact; it differs from the customs dollar total "
        "$244.81 billion (different conversion): both labelled as written.",
    ],
    "facts": [
        fact("China", "total", "value", 1.74e12, "CNY", Y, "1.74 trillion", E_TOT, partner="Russia"),
        fact("China", "total", "value", 237.3e9, "USD", Y, "237.3 billion", E_TOT, partner="Russia"),
        fact("China", "total", "growth", 2.9, "percent", Y, "2.9",
             "The yuan-denominated value of two-way trade grew 2.9% from the year before", partner="Russia"),
        fact("China", "total", "growth", 32.7, "percent", Y_PREV, "32.7",
             "a far cry from the 32.7% expansion recorded a year earlier", partner="Russia"),
        fact("China", "exports", "growth", 5.0, "percent", Y, "5.0", E_YUAN, partner="Russia"),
        fact("China", "imports", "growth", 1.0, "percent", Y, "1.0", E_YUAN, partner="Russia"),
        fact("China", "exports", "growth", 4.1, "percent", Y, "4.1", E_USD, partner="Russia"),
        fact("China", "exports", "value", 115.49e9, "USD", Y, "115.49 billion", E_USD, partner="Russia"),
        fact("China", "imports", "value", 129.32e9, "USD", Y, "129.32 billion", E_USD, partner="Russia"),
        fact("China", "total", "value", 244.81e9, "USD", Y, "244.81 billion", E_USD_TOT, partner="Russia"),
        fact("China", "total", "growth", 1.9, "percent", Y, "1.9", E_USD_TOT, partner="Russia"),
        fact("Russia", "imports", "value", 110e9, "USD", Y, "110 billion",
             "put Russia's imports from China at about $110 billion", partner="China", qualifier="approx"),
        fact("Russia", "balance", "growth", -23.8, "percent", Y, "23.8", E_RU_BAL, partner="China"),
        fact("Russia", "balance", "value", 13.83e9, "USD", Y, "13.83 billion", E_RU_BAL, partner="China"),
        fact("Russia", "total", "rank", 1, "number", Y, "largest", E_RU_RANK, partner="China"),
        fact("Russia", "total", "share", 34, "percent", Y, "34", E_RU_RANK, partner="China", qualifier="approx"),
        fact("China", "imports", "quantity", 108.5e6, "tonnes", Y, "108.5 million", E_CRUDE, partner="Russia", product="crude oil"),
        fact("China", "imports", "rank", 1, "number", Y, "top", E_CRUDE, partner="Russia", product="crude oil"),
        fact("China", "exports", "quantity", 1.16e6, "number", Y, "1.16 million",
             "China shipped about 1.16 million cars to Russia", partner="Russia", product="cars", qualifier="approx"),
        fact("China", "total", "growth", 7.1, "percent", DEC, "7.1",
             "In December alone, bilateral trade rose 7.1% from November to $21.97 billion", partner="Russia", basis="mom"),
        fact("China", "total", "value", 21.97e9, "USD", DEC, "21.97 billion",
             "In December alone, bilateral trade rose 7.1% from November to $21.97 billion", partner="Russia"),
    ],
}
