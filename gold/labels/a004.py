from _fact import fact, period

M11 = period(2025, 1, 11)
NOV = period(2025, 11)
E1 = "total imports and exports of goods reaching 41.21 trillion yuan ($5.83 trillion), a year-on-year rise of 3.6 percent"
E2 = "The exports reached 24.46 trillion yuan, up 6.2 percent year-on-year"
E3 = "imports grew 0.2 percent year-on-year to 16.75 trillion yuan"
E4 = "In November alone, the total value of China’s foreign trade reached 3.9 trillion yuan ($551.5 billion), marking a year-on-year increase of 4.1 percent"
E5 = "In November, exports rose by 5.7 percent year-on-year, while imports jumped 1.7 percent"
E_AS = (
    "ASEAN remained China’s largest trading partner, with bilateral trade reaching 6.82 trillion yuan, up 8.5 percent "
    "year-on-year, accounting for 16.6 percent of China’s total foreign trade"
)
E_EU = (
    "The EU was China’s second-largest trading partner, with a trade volume hitting 5.37 trillion yuan, up 5.4 percent "
    "year-on-year, accounting for 13 percent of China's total foreign trade"
)
E_US = (
    "China’s trade with the US, which is China’s third-largest trading partner, plunged by 16.9 percent year-on-year "
    "to 3.69 trillion yuan in January-November period, accounting for 8.9 percent of China's total foreign trade"
)
E_BRI = (
    "China’s imports and exports with the Belt and Road Initiative (BRI) partner countries gained 6 percent "
    "year-on-year to reach 21.33 trillion yuan, accounting for 51.8 percent of China's total foreign trade"
)
E_PE = (
    "Chinese private enterprises saw a year-on-year growth of 7.1 percent in foreign trade in January-November period, "
    "with the value of imports and exports totaling 23.52 trillion yuan"
)
EU = "European Union"
US = "United States"
BRI = "Belt and Road partner countries"
PE = "private enterprises"

ARTICLE = {
    "id": "004_fab758f6019e703d",
    "title": "China’s foreign trade of goods expands by 3.6% in first 11 months of 2025",
    "publisher": "Global Times",
    "published": "2025-12-08",
    "notes": [
        "The first line carries a date stamp ('date 2025-12-08') before the headline; the title is the headline alone.",
        "The headline's 3.6% restates the body's growth figure: labelled once, with the body evidence.",
        "'$5.83 trillion' and '$551.5 billion' are conversions given without 'about': labelled as separate USD facts, exact as written.",
        "Ranks of partners ('largest', 'second-largest', 'third-largest trading partner') are ranks of total trade with that partner.",
        "'Belt and Road Initiative (BRI) partner countries' canonicalised to the guide's 'Belt and Road partner countries'.",
    ],
    "facts": [
        fact("China", "total", "value", 41.21e12, "CNY", M11, "41.21 trillion", E1),
        fact("China", "total", "value", 5.83e12, "USD", M11, "5.83 trillion", E1),
        fact("China", "total", "growth", 3.6, "percent", M11, "3.6", E1),
        fact("China", "exports", "value", 24.46e12, "CNY", M11, "24.46 trillion", E2),
        fact("China", "exports", "growth", 6.2, "percent", M11, "6.2", E2),
        fact("China", "imports", "growth", 0.2, "percent", M11, "0.2", E3),
        fact("China", "imports", "value", 16.75e12, "CNY", M11, "16.75 trillion", E3),
        fact("China", "total", "value", 3.9e12, "CNY", NOV, "3.9 trillion", E4),
        fact("China", "total", "value", 551.5e9, "USD", NOV, "551.5 billion", E4),
        fact("China", "total", "growth", 4.1, "percent", NOV, "4.1", E4),
        fact("China", "exports", "growth", 5.7, "percent", NOV, "5.7", E5),
        fact("China", "imports", "growth", 1.7, "percent", NOV, "1.7", E5),
        fact("China", "total", "rank", 1, "number", M11, "largest", E_AS, partner="ASEAN"),
        fact("China", "total", "value", 6.82e12, "CNY", M11, "6.82 trillion", E_AS, partner="ASEAN"),
        fact("China", "total", "growth", 8.5, "percent", M11, "8.5", E_AS, partner="ASEAN"),
        fact("China", "total", "share", 16.6, "percent", M11, "16.6", E_AS, partner="ASEAN"),
        fact("China", "total", "rank", 2, "number", M11, "second", E_EU, partner=EU),
        fact("China", "total", "value", 5.37e12, "CNY", M11, "5.37 trillion", E_EU, partner=EU),
        fact("China", "total", "growth", 5.4, "percent", M11, "5.4", E_EU, partner=EU),
        fact("China", "total", "share", 13, "percent", M11, "13", E_EU, partner=EU),
        fact("China", "total", "rank", 3, "number", M11, "third", E_US, partner=US),
        fact("China", "total", "growth", -16.9, "percent", M11, "16.9", E_US, partner=US),
        fact("China", "total", "value", 3.69e12, "CNY", M11, "3.69 trillion", E_US, partner=US),
        fact("China", "total", "share", 8.9, "percent", M11, "8.9", E_US, partner=US),
        fact("China", "total", "growth", 6, "percent", M11, "6", E_BRI, partner=BRI),
        fact("China", "total", "value", 21.33e12, "CNY", M11, "21.33 trillion", E_BRI, partner=BRI),
        fact("China", "total", "share", 51.8, "percent", M11, "51.8", E_BRI, partner=BRI),
        fact("China", "total", "growth", 7.1, "percent", M11, "7.1", E_PE, segment=PE),
        fact("China", "total", "value", 23.52e12, "CNY", M11, "23.52 trillion", E_PE, segment=PE),
    ],
}
