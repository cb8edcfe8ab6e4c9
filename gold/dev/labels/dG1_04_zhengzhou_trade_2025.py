from _fact import fact, period

Y = period(2025, 1, 12)
E_TOT = "Zhengzhou, the capital of Henan in central China, saw its imports and exports total 641.87 billion yuan in 2025, a year-on-year increase of 7.9 percent"
E_X = "Exports accounted for 398.25 billion yuan, up 10.2 percent, and imports for 243.62 billion yuan, up 4.3 percent"
E_HN = "Henan's total goods trade rose 2.6 percent to 834.5 billion yuan"
E_ZAEZ = "Imports and exports through the Zhengzhou Airport Economy Zone (ZAEZ), which hosts one of the biggest smartphone assembly bases in the world, climbed 6.4 percent to 427.36 billion yuan"
E_MP = "Mobile phone exports fell 2.1 percent to 186.2 billion yuan, equal to 46.8 percent of everything Zhengzhou exported"
E_DEC = "December by itself brought a record monthly total of 68.2 billion yuan in imports and exports, 15.3 percent higher than a year earlier"
ZAEZ = "Zhengzhou Airport Economy Zone"

ARTICLE = {
    "id": "dG1_04_zhengzhou_trade_2025",
    "title": "Zhengzhou ranks 17th in China as 2025 foreign trade passes 640 billion yuan",
    "publisher": "Zhengzhou Municipal Bureau of Commerce",
    "published": "2026-01-22",
    "notes": [
        "City release; the running period is 2025, stated in the text; 'last year' (published 2026-01-22) is 2025.",
        "Headline 'passes 640 billion yuan' is a threshold for the exact 641.87 billion in the body: the exact figure only. Headline 'ranks 17th in China' restates the body rank: once, body evidence.",
        "'put Zhengzhou in 17th place among the country's cities in terms of foreign trade value': rank 17.",
        "'Zhengzhou contributed 76.9 percent of Henan's foreign trade': Zhengzhou's share of its province.",
        "'grew 5.3 percentage points faster than the province overall': derived comparison, out.",
        "ZAEZ is defined in the text; area written out as 'Zhengzhou Airport Economy Zone'. 'a 66.6 percent share of Zhengzhou's total' is its share; 'one of the biggest smartphone assembly bases in the world' is not a trade rank.",
        "Xinzheng Comprehensive Bonded Zone 'came fourth by import and export value among the more than 160 comprehensive bonded zones nationwide': a rank within a restricted field, labelled; 'more than 160' zones is not a trade figure.",
        "Mobile phones: exports, with their share of Zhengzhou's exports.",
        "December by itself: month period 2025-12; 'a record monthly total' is a milestone, not a number.",
        "5,287 enterprises: count of foreign trade enterprises; 'an increase of 421 over 2024' derived, out.",
        "Out: freight train trips 3,012, airport cargo 824,000 tonnes and 12.5 percent, GDP 1.51 trillion yuan and 5.6 percent, 'more than 5 percent' growth goal for 2026.",
    ],
    "facts": [
        fact("Zhengzhou", "total", "value", 641.87e9, "CNY", Y, "641.87 billion", E_TOT),
        fact("Zhengzhou", "total", "growth", 7.9, "percent", Y, "7.9", E_TOT),
        fact("Zhengzhou", "total", "rank", 17, "number", Y, "17th",
             "That result put Zhengzhou in 17th place among the country's cities in terms of foreign trade value"),
        fact("Zhengzhou", "exports", "growth", 10.2, "percent", Y, "10.2", E_X),
        fact("Zhengzhou", "exports", "value", 398.25e9, "CNY", Y, "398.25 billion", E_X),
        fact("Zhengzhou", "imports", "growth", 4.3, "percent", Y, "4.3", E_X),
        fact("Zhengzhou", "imports", "value", 243.62e9, "CNY", Y, "243.62 billion", E_X),
        fact("Zhengzhou", "total", "share", 76.9, "percent", Y, "76.9",
             "Last year Zhengzhou contributed 76.9 percent of Henan's foreign trade"),
        fact("Henan", "total", "value", 834.5e9, "CNY", Y, "834.5 billion", E_HN),
        fact("Henan", "total", "growth", 2.6, "percent", Y, "2.6", E_HN),
        fact(ZAEZ, "total", "value", 427.36e9, "CNY", Y, "427.36 billion", E_ZAEZ),
        fact(ZAEZ, "total", "growth", 6.4, "percent", Y, "6.4", E_ZAEZ),
        fact(ZAEZ, "total", "share", 66.6, "percent", Y, "66.6", "That gave the ZAEZ a 66.6 percent share of Zhengzhou's total"),
        fact("Xinzheng Comprehensive Bonded Zone", "total", "rank", 4, "number", Y, "fourth",
             "the Xinzheng Comprehensive Bonded Zone came fourth by import and export value among the more than 160 comprehensive bonded zones nationwide"),
        fact("Zhengzhou", "exports", "value", 186.2e9, "CNY", Y, "186.2 billion", E_MP, product="mobile phones"),
        fact("Zhengzhou", "exports", "growth", -2.1, "percent", Y, "2.1", E_MP, product="mobile phones"),
        fact("Zhengzhou", "exports", "share", 46.8, "percent", Y, "46.8", E_MP, product="mobile phones"),
        fact("Zhengzhou", "total", "value", 68.2e9, "CNY", period(2025, 12), "68.2 billion", E_DEC),
        fact("Zhengzhou", "total", "growth", 15.3, "percent", period(2025, 12), "15.3", E_DEC),
        fact("Zhengzhou", "total", "count", 5287, "number", Y, "5,287",
             "5,287 enterprises conducting import and export business in 2025", segment="foreign trade enterprises"),
    ],
}
