from _fact import fact, period

ZJ = "Zhejiang"
JAN_NOV = period(2025, 1, 11)
NOV = period(2025, 11)

ARTICLE = {
    "id": "dBW1_02",
    "title": "Zhejiang's foreign trade tops 5 trillion yuan in first 11 months, exports up 7.1%",
    "publisher": "Zhejiang Daily",
    "published": "2025-12-19",
    "notes": [
        "Real figures (provincial statistics for January-November 2025 as reported in Chinese-language media): "
        "total 50,636.69 hundred million yuan (written 5.06 trillion), +5.3%; exports 38,276.65 hundred million "
        "(written 3.83 trillion), +7.1%; imports 12,360.04 hundred million (written 12,360.0 hundred million), "
        "basically flat; Ningbo 13,226.58 hundred million (written 1.32 trillion), +2.4%. Derived: the USD "
        "conversion (about 713.2 billion at 7.10 yuan per dollar), the 15.6% share of national exports (against the "
        "national 24.46 trillion yuan), the 0.9-point gap to the national export growth of 6.2%. Invented: the "
        "November month (486.93 billion, +6.1% y/y, +3.8% m/m), private enterprises (4.01 trillion, +7.6%, 79.2%), "
        "the 123,600 enterprises and the rise of 5,800, Belt and Road (2.61 trillion, +8.9%), EU/ASEAN/US values and growth "
        "rates, electromechanical (1.75 trillion, +9.1%, 45.7%) and labour-intensive (1.11 trillion) exports, Yiwu "
        "(7,752.6 hundred million, +25.1%; market procurement 5,108.0 hundred million, 75.1% of implied exports of about "
        "6,801 hundred million), kept consistent with Yiwu's real January-September 2025 figures (631.2 billion yuan, "
        "+26.3%; exports nearly 554 billion) and below Jinhua's real 9,658.01 hundred million; the 2,873 train trips. "
        "The national export rank of second is consistent with Zhejiang's usual position. The announcement date "
        "and outlet format are modelled.",
        "Judgement calls: 'ranked second nationwide by export value' is labelled as a rank of Zhejiang's exports "
        "(partner null); '15.6 percent of the country's exports' as Zhejiang's export share. The count of "
        "'enterprises with import and export records' is segment 'foreign trade enterprises'. The EU rank "
        "('largest trading partner') is flow total. The list '6,924.1, 6,583.2 and 5,109.5 hundred "
        "million yuan' takes its scale from the last item. Yiwu figures are area Yiwu; the market-procurement "
        "exports are segment 'market procurement' and their share is of Yiwu's exports. November 'above October's "
        "level' is mom; Yiwu is a county-level city of Jinhua but is its own area.",
        "Not facts: '5 trillion' in the headline (threshold; the body gives 5.06 trillion); 'one trillion yuan' "
        "(threshold for a conditional statement about cities); '0.9 percentage points ahead' (derived comparison); "
        "'up by 5,800' (a difference in the count, derived, not a count); '11 cities'; '2,873 trips' (freight trains, not a trade flow); 2024, "
        "2026 (years); imports 'basically the same' carries no number.",
        "Copy check: 9 sentences searched, 6 reworded (the lead, the exports sentence, the private-enterprise and enterprise-count sentences, the Belt and Road sentence and the electromechanical sentence had the skeleton of real Xinhua/ezhejiang releases).",
        "Second check: 26 sentences searched, 9 reworded.",
    ],
    "facts": [
        fact(ZJ, "total", "value", 5.06e12, "CNY", JAN_NOV, "5.06 trillion",
             "Zhejiang traded goods worth 5.06 trillion yuan"),
        fact(ZJ, "total", "value", 713.2e9, "USD", JAN_NOV, "713.2 billion",
             "5.06 trillion yuan, about 713.2 billion U.S. dollars", qualifier="approx"),
        fact(ZJ, "total", "growth", 5.3, "percent", JAN_NOV, "5.3",
             "Zhejiang traded goods worth 5.06 trillion yuan, about 713.2 billion U.S. dollars, with the rest of the world between January and November, a 5.3 percent rise on the same stretch of 2024"),
        fact(ZJ, "exports", "value", 3.83e12, "CNY", JAN_NOV, "3.83 trillion",
             "Exports accounted for 3.83 trillion yuan of that sum"),
        fact(ZJ, "exports", "growth", 7.1, "percent", JAN_NOV, "7.1",
             "Exports accounted for 3.83 trillion yuan of that sum, growing 7.1 percent"),
        fact(ZJ, "exports", "share", 15.6, "percent", JAN_NOV, "15.6",
             "The province supplied 15.6 percent of the country's exports"),
        fact(ZJ, "exports", "rank", 2, "number", JAN_NOV, "second",
             "ranked second nationwide by export value"),
        fact(ZJ, "imports", "value", 1.2360e12, "CNY", JAN_NOV, "12,360.0 hundred million",
             "Imports came to 12,360.0 hundred million yuan"),
        fact(ZJ, "total", "value", 486.93e9, "CNY", NOV, "486.93 billion",
             "The month's trade came to 486.93 billion yuan"),
        fact(ZJ, "total", "growth", 6.1, "percent", NOV, "6.1",
             "The month's trade came to 486.93 billion yuan, 3.8 percent above October's level and 6.1 percent above that of November 2024"),
        fact(ZJ, "total", "growth", 3.8, "percent", NOV, "3.8",
             "The month's trade came to 486.93 billion yuan, 3.8 percent above October's level",
             basis="mom"),
        fact(ZJ, "total", "value", 4.01e12, "CNY", JAN_NOV, "4.01 trillion",
             "In the first 11 months the province's private firms did 4.01 trillion yuan of trade",
             segment="private enterprises"),
        fact(ZJ, "total", "growth", 7.6, "percent", JAN_NOV, "7.6",
             "In the first 11 months the province's private firms did 4.01 trillion yuan of trade, 7.6 percent more than a year earlier",
             segment="private enterprises"),
        fact(ZJ, "total", "share", 79.2, "percent", JAN_NOV, "79.2",
             "In the first 11 months the province's private firms did 4.01 trillion yuan of trade, 7.6 percent more than a year earlier and 79.2 percent of the total",
             segment="private enterprises"),
        fact(ZJ, "total", "count", 123600, "number", JAN_NOV, "123,600",
             "A total of 123,600 enterprises had import and export records in the period",
             segment="foreign trade enterprises"),
        fact(ZJ, "total", "value", 2.61e12, "CNY", JAN_NOV, "2.61 trillion",
             "Belt and Road partner countries remained the biggest source of growth, taking 2.61 trillion yuan of the province's trade",
             partner="Belt and Road partner countries"),
        fact(ZJ, "total", "growth", 8.9, "percent", JAN_NOV, "8.9",
             "Belt and Road partner countries remained the biggest source of growth, taking 2.61 trillion yuan of the province's trade over the January-November period, 8.9 percent more than a year before",
             partner="Belt and Road partner countries"),
        fact(ZJ, "total", "rank", 1, "number", JAN_NOV, "largest",
             "The European Union stayed the province's largest trading partner.", partner="European Union"),
        fact(ZJ, "total", "value", 692.41e9, "CNY", JAN_NOV, "6,924.1",
             "Figures of 6,924.1, 6,583.2 and 5,109.5 hundred million yuan were recorded for the province's trade with the EU, ASEAN and the United States, in that order.",
             partner="European Union"),
        fact(ZJ, "total", "value", 658.32e9, "CNY", JAN_NOV, "6,583.2",
             "Figures of 6,924.1, 6,583.2 and 5,109.5 hundred million yuan were recorded for the province's trade with the EU, ASEAN and the United States, in that order.",
             partner="ASEAN"),
        fact(ZJ, "total", "value", 510.95e9, "CNY", JAN_NOV, "5,109.5 hundred million",
             "Figures of 6,924.1, 6,583.2 and 5,109.5 hundred million yuan were recorded for the province's trade with the EU, ASEAN and the United States, in that order.",
             partner="United States"),
        fact(ZJ, "total", "growth", 6.8, "percent", JAN_NOV, "6.8",
             "ASEAN trade rose 12.7 percent and EU trade 6.8 percent", partner="European Union"),
        fact(ZJ, "total", "growth", 12.7, "percent", JAN_NOV, "12.7",
             "ASEAN trade rose 12.7 percent", partner="ASEAN"),
        fact(ZJ, "total", "growth", -9.6, "percent", JAN_NOV, "9.6",
             "the United States figure fell 9.6 percent", partner="United States"),
        fact(ZJ, "exports", "value", 1.75e12, "CNY", JAN_NOV, "1.75 trillion",
             "Electromechanical products, worth 1.75 trillion yuan, made up 45.7 percent of what the province sold abroad", product="electromechanical products"),
        fact(ZJ, "exports", "growth", 9.1, "percent", JAN_NOV, "9.1",
             "Electromechanical products, worth 1.75 trillion yuan, made up 45.7 percent of what the province sold abroad, and their exports grew 9.1 percent",
             product="electromechanical products"),
        fact(ZJ, "exports", "share", 45.7, "percent", JAN_NOV, "45.7",
             "Electromechanical products, worth 1.75 trillion yuan, made up 45.7 percent of what the province sold abroad",
             product="electromechanical products"),
        fact(ZJ, "exports", "value", 1.11e12, "CNY", JAN_NOV, "1.11 trillion",
             "Labour-intensive products such as textiles, garments, furniture and toys were exported to the tune of 1.11 trillion yuan",
             product="labour-intensive products"),
        fact("Ningbo", "total", "value", 1.32e12, "CNY", JAN_NOV, "1.32 trillion",
             "At 1.32 trillion yuan for the first 11 months, the port city's imports and exports"),
        fact("Ningbo", "total", "growth", 2.4, "percent", JAN_NOV, "2.4",
             "At 1.32 trillion yuan for the first 11 months, the port city's imports and exports were 2.4 percent higher than a year before"),
        fact("Yiwu", "total", "value", 775.26e9, "CNY", JAN_NOV, "7,752.6 hundred million",
             "The 7,752.6 hundred million yuan of foreign trade booked in Yiwu"),
        fact("Yiwu", "total", "growth", 25.1, "percent", JAN_NOV, "25.1",
             "The 7,752.6 hundred million yuan of foreign trade booked in Yiwu, whose small-commodities market is the world's largest, was 25.1 percent more than a year earlier"),
        fact("Yiwu", "exports", "value", 510.80e9, "CNY", JAN_NOV, "5,108.0 hundred million",
             "Exports under the market procurement trade mode came to 5,108.0 hundred million yuan",
             segment="market procurement"),
        fact("Yiwu", "exports", "share", 75.1, "percent", JAN_NOV, "75.1",
             "Exports under the market procurement trade mode came to 5,108.0 hundred million yuan, accounting for 75.1 percent of the city's exports",
             segment="market procurement"),
    ],
}
