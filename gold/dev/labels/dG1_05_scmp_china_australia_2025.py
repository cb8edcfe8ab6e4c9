from _fact import fact, period

Y = period(2025, 1, 12)
AU = "Australia"
CN = "China"
E_CNM = "China's purchases of Australian goods fell 7.9 per cent, to US$125.6 billion"
E_CNX = "Chinese exports to Australia increased 3.4 per cent to US$78.5 billion"
E_AUX = "In calendar 2025, Australia's goods exports to China dropped 8.7 per cent to A$196.3 billion"
E_AUM = "its imports from China rose 5.1 per cent to A$118.9 billion"
E_AUR = "By a long way, China was still the largest trading partner of Australia, buying 34.2 per cent of the goods Australia exported"
E_ORE = "China's imports of Australian iron ore reached 749.3 million tonnes valued at US$71.9 billion"
E_WINE = "Australia's wine exports to China bounced back to A$1.07 billion last year, against A$12 million in 2022"
E_CAR = "Chinese car exports to Australia increased 18.5 per cent to US$9.6 billion"

ARTICLE = {
    "id": "dG1_05_scmp_china_australia_2025",
    "title": "Falling iron ore outweighs surge of Chinese cars as China-Australia trade dips",
    "publisher": "South China Morning Post",
    "published": "2026-02-11",
    "notes": [
        "SCMP-style piece; the outlet is named in the closing print-edition line. Year 2025 stated in the text; 'last year' = 2025.",
        "Both sides' numbers: Chinese customs figures (area China, partner Australia, USD) and ABS figures (area Australia, partner China, AUD); they measure mirror flows and are separate facts.",
        "Summary bullets restate body figures: labelled once, body evidence.",
        "'Two-way trade between the two countries fell 3.8 per cent in 2025 to US$204.1 billion, Chinese customs data show': area China, partner Australia, total.",
        "'so China ran a US$47.1 billion deficit with Australia': balance -47.1e9.",
        "Australian goods exports to China: product null (goods alone).",
        "'China was still the largest trading partner of Australia': rank 1, area Australia, partner China, total; 'buying 34.2 per cent of the goods Australia exported' is the share of Australia's exports going to China.",
        "Iron ore: quantity 749.3 million tonnes and value US$71.9 billion (area China, partner Australia, imports); 'Australia provided 60.8 per cent of the iron ore China imported' is the share of China's iron ore imports from Australia.",
        "Wine: A$1.07 billion in 2025 and A$12 million in 2022 (period 2022), area Australia, partner China, exports.",
        "Out: iron ore prices (US$101 and US$109 a tonne; 62 per cent iron content), 'roughly a fifth of new-car sales' (sales, not trade), the US$90 price forecast, the six-day visit, GDP 1.8 per cent, exchange rate US$0.65, March 2024.",
    ],
    "facts": [
        fact(CN, "total", "growth", -3.8, "percent", Y, "3.8",
             "Two-way trade between the two countries fell 3.8 per cent in 2025 to US$204.1 billion", partner=AU),
        fact(CN, "total", "value", 204.1e9, "USD", Y, "204.1 billion",
             "Two-way trade between the two countries fell 3.8 per cent in 2025 to US$204.1 billion", partner=AU),
        fact(CN, "imports", "growth", -7.9, "percent", Y, "7.9", E_CNM, partner=AU),
        fact(CN, "imports", "value", 125.6e9, "USD", Y, "125.6 billion", E_CNM, partner=AU),
        fact(CN, "exports", "growth", 3.4, "percent", Y, "3.4", E_CNX, partner=AU),
        fact(CN, "exports", "value", 78.5e9, "USD", Y, "78.5 billion", E_CNX, partner=AU),
        fact(CN, "balance", "value", -47.1e9, "USD", Y, "47.1 billion",
             "so China ran a US$47.1 billion deficit with Australia", partner=AU),
        fact(AU, "exports", "growth", -8.7, "percent", Y, "8.7", E_AUX, partner=CN),
        fact(AU, "exports", "value", 196.3e9, "AUD", Y, "196.3 billion", E_AUX, partner=CN),
        fact(AU, "imports", "growth", 5.1, "percent", Y, "5.1", E_AUM, partner=CN),
        fact(AU, "imports", "value", 118.9e9, "AUD", Y, "118.9 billion", E_AUM, partner=CN),
        fact(AU, "total", "rank", 1, "number", Y, "largest", E_AUR, partner=CN),
        fact(AU, "exports", "share", 34.2, "percent", Y, "34.2", E_AUR, partner=CN),
        fact(CN, "imports", "quantity", 749.3e6, "tonnes", Y, "749.3 million", E_ORE, partner=AU, product="iron ore"),
        fact(CN, "imports", "value", 71.9e9, "USD", Y, "71.9 billion", E_ORE, partner=AU, product="iron ore"),
        fact(CN, "imports", "share", 60.8, "percent", Y, "60.8",
             "Australia provided 60.8 per cent of the iron ore China imported", partner=AU, product="iron ore"),
        fact(AU, "exports", "value", 1.07e9, "AUD", Y, "1.07 billion", E_WINE, partner=CN, product="wine"),
        fact(AU, "exports", "value", 12e6, "AUD", period(2022, 1, 12), "12 million", E_WINE, partner=CN, product="wine"),
        fact(CN, "exports", "growth", 18.5, "percent", Y, "18.5", E_CAR, partner=AU, product="cars"),
        fact(CN, "exports", "value", 9.6e9, "USD", Y, "9.6 billion", E_CAR, partner=AU, product="cars"),
    ],
}
