from _fact import fact, period

NOV = period(2025, 11)
OCT = period(2025, 10)
YTD = period(2025, 1, 11)
E_X = "Outbound shipments rose 5.9% year-on-year last month"
E_XOCT = "reversing October's 1.1% contraction"
E_M = "Imports grew 1.9%"
E_MOCT = "improving on the 1.0% gain logged in October"
E_BAL = "That left a trade surplus of $111.68 billion for the month, up from $90.07 billion in October"
E_VAL = "In value terms, exports came to $330.3 billion and imports to $218.6 billion."
E_PART = "Exports to the European Union climbed 14.8%, while those to Southeast Asian nations rose 8.2% and shipments to Australia jumped 35.8%"
E_YTD = "For the first 11 months, exports rose 5.4% and imports slipped 0.6%, taking the year-to-date trade surplus to $1.08 trillion"
E_2024 = "taking the year-to-date trade surplus to $1.08 trillion, the first time it has crossed the trillion-dollar mark and already above the $992 billion recorded for all of 2024"

ARTICLE = {
    "id": "dD1_02_reuters_china_nov_exports",
    "title": "China's November exports rebound on Europe demand, imports undershoot forecasts",
    "publisher": "Reuters",
    "published": "2025-12-08",
    "notes": [
        "The dateline 'Dec 8' has no year; the year 2025 comes from published, so 'last month' and 'November' are 2025-11, 'October' 2025-10, 'the first 11 months' 2025-01/2025-11.",
        "Currency: US dollars throughout (Reuters reports China's dollar-denominated trade).",
        "Reuters poll forecasts (3.8% export rise, 3.0% import rise) and an economist's 'about 3% next year': forecasts, out.",
        "'eighth straight month of double-digit declines', 'shrank for an eighth month', 'widest since June': streaks and comparisons, out; 'widest since June' is not a stated rank.",
        "'around 47.5%' average US duty rate and the 'around 5%' growth target: not trade flows, out.",
        "'Southeast Asian nations' read as ASEAN, the bloc Reuters' Southeast Asia figures refer to.",
        "'the first time it has crossed the trillion-dollar mark' is the threshold of the exact $1.08 trillion: exact figure only.",
        "'$992 billion recorded for all of 2024' is the 2024 surplus (the sentence is about the surplus): balance value for 2024-01/2024-12.",
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
        fact("China", "exports", "growth", -28.6, "percent", NOV, "28.6", "Shipments to the United States fell 28.6% from a year earlier", partner="United States"),
        fact("China", "imports", "growth", -19.0, "percent", NOV, "19.0", "Imports from the U.S. fell 19.0%.", partner="United States"),
        fact("China", "exports", "growth", 14.8, "percent", NOV, "14.8", E_PART, partner="European Union"),
        fact("China", "exports", "growth", 8.2, "percent", NOV, "8.2", E_PART, partner="ASEAN"),
        fact("China", "exports", "growth", 35.8, "percent", NOV, "35.8", E_PART, partner="Australia"),
        fact("China", "exports", "growth", 5.4, "percent", YTD, "5.4", E_YTD),
        fact("China", "imports", "growth", -0.6, "percent", YTD, "0.6", E_YTD),
        fact("China", "balance", "value", 1.08e12, "USD", YTD, "1.08 trillion", E_YTD),
        fact("China", "balance", "value", 992e9, "USD", period(2024, 1, 12), "992 billion", E_2024),
        fact("China", "exports", "growth", -18.9, "percent", YTD, "18.9", "Exports to the U.S. over January-November were down 18.9%.", partner="United States"),
    ],
}
