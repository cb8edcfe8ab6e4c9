from _fact import fact, period

Y = period(2025, 1, 12)
E_TOT = "Zhengzhou, capital of central China's Henan province, recorded imports and exports of 641.87 billion yuan in 2025, up 7.9 percent year on year"
E_X = "Exports rose 10.2 percent to 398.25 billion yuan and imports grew 4.3 percent to 243.62 billion yuan"
E_HN = "The province as a whole traded goods worth 834.5 billion yuan, an increase of 2.6 percent"
E_ZAEZ = "The Zhengzhou Airport Economy Zone (ZAEZ), home to one of the world's largest smartphone assembly bases, posted imports and exports of 427.36 billion yuan, up 6.4 percent"
E_MP = "Shipments of mobile phones totaled 186.2 billion yuan, down 2.1 percent, and made up 46.8 percent of Zhengzhou's exports"
E_DEC = "In December alone, the city's imports and exports hit a monthly record of 68.2 billion yuan, up 15.3 percent from a year earlier"
ZAEZ = "Zhengzhou Airport Economy Zone"

ARTICLE = {
    "id": "dG1_04_zhengzhou_trade_2025",
    "title": "Zhengzhou's foreign trade tops 640 billion yuan in 2025, ranking 17th nationwide",
    "publisher": "Zhengzhou Municipal Bureau of Commerce",
    "published": "2026-01-22",
    "notes": [
        "City release; the running period is 2025, stated in the text; 'last year' (published 2026-01-22) is 2025.",
        "Headline 'tops 640 billion yuan' is a threshold for the exact 641.87 billion in the body: the exact figure only. Headline 'ranking 17th nationwide' restates the body rank: once, body evidence.",
        "'placed the city 17th among Chinese cities by foreign trade value': rank 17.",
        "'Zhengzhou accounted for 76.9 percent of Henan's foreign trade': Zhengzhou's share of its province.",
        "'outpaced the province by 5.3 percentage points': derived comparison, out.",
        "ZAEZ is defined in the text; area written out as 'Zhengzhou Airport Economy Zone'. 'accounted for 66.6 percent of the city total' is its share; 'one of the world's largest smartphone assembly bases' is not a trade rank.",
        "Xinzheng Comprehensive Bonded Zone 'ranked fourth among the country's ... comprehensive bonded zones by import and export value': a rank within a restricted field, labelled; 'more than 160' zones is not a trade figure.",
        "Mobile phones: exports (shipments), with their share of Zhengzhou's exports.",
        "December alone: month period 2025-12; 'a monthly record' is a milestone, not a number.",
        "5,287 enterprises: count of foreign trade enterprises; '421 more than in 2024' derived, out.",
        "Out: freight train trips 3,012, airport cargo 824,000 tonnes and 12.5 percent, GDP 1.51 trillion yuan and 5.6 percent, 'above 5 percent in 2026' target.",
    ],
    "facts": [
        fact("Zhengzhou", "total", "value", 641.87e9, "CNY", Y, "641.87 billion", E_TOT),
        fact("Zhengzhou", "total", "growth", 7.9, "percent", Y, "7.9", E_TOT),
        fact("Zhengzhou", "total", "rank", 17, "number", Y, "17th",
             "The figure placed the city 17th among Chinese cities by foreign trade value"),
        fact("Zhengzhou", "exports", "growth", 10.2, "percent", Y, "10.2", E_X),
        fact("Zhengzhou", "exports", "value", 398.25e9, "CNY", Y, "398.25 billion", E_X),
        fact("Zhengzhou", "imports", "growth", 4.3, "percent", Y, "4.3", E_X),
        fact("Zhengzhou", "imports", "value", 243.62e9, "CNY", Y, "243.62 billion", E_X),
        fact("Zhengzhou", "total", "share", 76.9, "percent", Y, "76.9",
             "Zhengzhou accounted for 76.9 percent of Henan's foreign trade last year"),
        fact("Henan", "total", "value", 834.5e9, "CNY", Y, "834.5 billion", E_HN),
        fact("Henan", "total", "growth", 2.6, "percent", Y, "2.6", E_HN),
        fact(ZAEZ, "total", "value", 427.36e9, "CNY", Y, "427.36 billion", E_ZAEZ),
        fact(ZAEZ, "total", "growth", 6.4, "percent", Y, "6.4", E_ZAEZ),
        fact(ZAEZ, "total", "share", 66.6, "percent", Y, "66.6", "The ZAEZ thus accounted for 66.6 percent of the city total"),
        fact("Xinzheng Comprehensive Bonded Zone", "total", "rank", 4, "number", Y, "fourth",
             "The Xinzheng Comprehensive Bonded Zone inside the ZAEZ ranked fourth among the country's more than 160 comprehensive bonded zones by import and export value"),
        fact("Zhengzhou", "exports", "value", 186.2e9, "CNY", Y, "186.2 billion", E_MP, product="mobile phones"),
        fact("Zhengzhou", "exports", "growth", -2.1, "percent", Y, "2.1", E_MP, product="mobile phones"),
        fact("Zhengzhou", "exports", "share", 46.8, "percent", Y, "46.8", E_MP, product="mobile phones"),
        fact("Zhengzhou", "total", "value", 68.2e9, "CNY", period(2025, 12), "68.2 billion", E_DEC),
        fact("Zhengzhou", "total", "growth", 15.3, "percent", period(2025, 12), "15.3", E_DEC),
        fact("Zhengzhou", "total", "count", 5287, "number", Y, "5,287",
             "5,287 enterprises recorded import and export activity in 2025", segment="foreign trade enterprises"),
    ],
}
