from _fact import fact, period

NOV = period(2025, 11)
OCT = period(2025, 10)
YTD = period(2025, 1, 11)
E_X = "Exports climbed 5.9% from a year earlier in November"
E_XOCT = "turning around from a 1.1% contraction in October"
E_M = "Imports increased 1.9%"
E_MOCT = "faster than October's 1.0% growth"
E_BAL = "The trade surplus for November widened to $111.68 billion from $90.07 billion in October"
E_VAL = "By value, exports totaled $330.3 billion, against imports of $218.6 billion."
E_PART = "Shipments to the European Union grew 14.8%, those to Southeast Asian nations increased 8.2%, and exports to Australia surged 35.8%"
E_YTD = "In the first 11 months of the year, exports grew 5.4% and imports edged down 0.6%, which lifted the trade surplus for the year so far to $1.08 trillion"
E_2024 = "which lifted the trade surplus for the year so far to $1.08 trillion; it is the first time the figure has passed the trillion-dollar mark, and it already exceeds the $992 billion surplus for the whole of 2024"

ARTICLE = {
    "id": "dD1_02_reuters_china_nov_exports",
    "title": "Europe sales lift China's exports back to growth in November; imports miss forecasts",
    "publisher": "Reuters",
    "published": "2025-12-08",
    "notes": [
        "The dateline 'Dec 8' has no year; the year 2025 comes from published, so 'November' is 2025-11, 'October' 2025-10, 'the first 11 months' 2025-01/2025-11.",
        "Currency: US dollars throughout (Reuters reports China's dollar-denominated trade).",
        "Reuters poll forecasts (3.8% export rise, 3.0% import rise) and an economist's 'about 3% next year': forecasts, out.",
        "'eighth consecutive month of double-digit falls', 'contracted in November for the eighth month in a row', 'widest since June': streaks and comparisons, out; 'widest since June' is not a stated rank.",
        "'about 47.5%' average US duty rate and the 'around 5%' growth target: not trade flows, out.",
        "'Southeast Asian nations' read as ASEAN, the bloc Reuters' Southeast Asia figures refer to.",
        "'the first time the figure has passed the trillion-dollar mark' is the threshold of the exact $1.08 trillion: exact figure only.",
        "'$992 billion surplus for the whole of 2024' is the 2024 surplus (the sentence is about the surplus): balance value for 2024-01/2024-12.",
        "Year-to-date figures carry no stated basis: yoy by default.",
    ],
    "facts": [
        fact("China", "exports", "growth", 5.9, "percent", NOV, "5.9", E_X),
        fact("China", "exports", "growth", -1.1, "percent", OCT, "1.1", E_XOCT),
        fact("China", "imports", "growth", 1.9, "percent", NOV, "1.9", E_M),
        fact("China", "imports", "growth", 1.0, "percent", OCT, "1.0", E_MOCT),
        fact("China", "balance", "value", 111.68e9, "USD", NOV, "111.68 billion", E_BAL),
        fact("China", "balance", "value", 90.07e9, "USD", OCT, "90.07 billion", E_BAL),
        fact("China", "exports", "value", 330.3e9, "USD", NOV, "330.3 billion", E_VAL),
        fact("China", "imports", "value", 218.6e9, "USD", NOV, "218.6 billion", E_VAL),
        fact("China", "exports", "growth", -28.6, "percent", NOV, "28.6", "Exports to the United States dropped 28.6% year on year", partner="United States"),
        fact("China", "imports", "growth", -19.0, "percent", NOV, "19.0", "Imports from the U.S. declined 19.0%.", partner="United States"),
        fact("China", "exports", "growth", 14.8, "percent", NOV, "14.8", E_PART, partner="European Union"),
        fact("China", "exports", "growth", 8.2, "percent", NOV, "8.2", E_PART, partner="ASEAN"),
        fact("China", "exports", "growth", 35.8, "percent", NOV, "35.8", E_PART, partner="Australia"),
        fact("China", "exports", "growth", 5.4, "percent", YTD, "5.4", E_YTD),
        fact("China", "imports", "growth", -0.6, "percent", YTD, "0.6", E_YTD),
        fact("China", "balance", "value", 1.08e12, "USD", YTD, "1.08 trillion", E_YTD),
        fact("China", "balance", "value", 992e9, "USD", period(2024, 1, 12), "992 billion", E_2024),
        fact("China", "exports", "growth", -18.9, "percent", YTD, "18.9", "Shipments to the U.S. were 18.9% lower in January-November.", partner="United States"),
    ],
}
