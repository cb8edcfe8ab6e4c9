from _fact import fact, period

YTD = period(2025, 1, 11)
NOV = period(2025, 11)
Y2024 = period(2024, 1, 12)

E_TOT = "Goods imports and exports by China reached 41.21 trillion yuan (about 5.83 trillion U.S. dollars) over January-November 2025, a gain of 3.6 percent on the same period a year before"
E_2024 = "the 43.85 trillion yuan the country recorded for the whole of 2024"
E_EXP = "Exports expanded 6.2 percent to 24.46 trillion yuan in the January-November period"
E_IMP = "imports edged up 0.2 percent to 16.75 trillion yuan"
E_BAL = "leaving a trade surplus of 7.71 trillion yuan"
E_NOV = "Imports and exports for the month totaled 3.9 trillion yuan (551.5 billion dollars), up 4.1 percent from a year earlier and 5.4 percent higher than in October"
E_NOV_X = "Exports alone grew 5.7 percent year on year"
E_ASEAN_RANK = "the Association of Southeast Asian Nations (ASEAN) held on to its position as China's largest trading partner"
E_ASEAN = "Trade with the bloc came to 6.82 trillion yuan over the 11 months, an increase of 8.5 percent"
E_EU = "The European Union ranked second, making up 13 percent of China's total foreign trade"
E_US = "two-way trade with the United States, ranked third among China's partners, shrank 16.9 percent"
E_BRI = "Belt and Road partner countries, meanwhile, accounted for 51.8 percent of the total"
E_PRIV = "Their imports and exports amounted to 23.61 trillion yuan, or 57.3 percent of the national figure"
E_FIE_SOE = "foreign-invested enterprises grew their trade by 2.3 percent, while the figure for state-owned enterprises declined 5.6 percent"
E_ME = "Mechanical and electrical products, the country's main export category, were shipped abroad to the tune of 14.82 trillion yuan, 60.6 percent of all exports"
E_CRUDE = "crude oil purchases rose 3.1 percent by volume to 518 million tonnes, although their value slid 8.7 percent"

ARTICLE = {
    "id": "dAV1_01_xinhua_jan_nov_2025",
    "title": "China's foreign trade grows 3.6 pct in first 11 months as exports hold firm",
    "publisher": "Xinhua",
    "published": "2025-12-08",
    "notes": [
        "Dateline 'BEIJING, Dec. 8 (Xinhua)' with 'showed Monday'; 8 December 2025 was a Monday, so published 2025-12-08 and the running period is 2025.",
        "The dollar conversion in brackets after the headline total is a second fact in USD, qualifier approx ('about'). The November dollar figure '(551.5 billion dollars)' carries no 'about', so it is exact.",
        "'about 94 percent of the 43.85 trillion yuan ... for the whole of 2024': the 94 percent is a ratio derived from two figures (out); the 43.85 trillion yuan is China's 2024 total trade value and is in, period 2024-01..2024-12.",
        "'5.4 percent higher than in October' is a month-on-month growth of November trade (basis mom); the 4.1 percent beside it is yoy.",
        "'expanded year on year for 10 months in a row' (streak) and 'four percentage points stronger than October's' (derived comparison) are out.",
        "ASEAN 'largest trading partner' -> rank 1, value_text 'largest'. EU 'ranked second' -> rank 2; its 13 percent share is of China's total foreign trade (flow total). US 'ranked third among China's partners' -> rank 3; 'shrank 16.9 percent' -> -16.9, flow total.",
        "Belt and Road share 51.8 percent: partner 'Belt and Road partner countries', flow total, period Jan-Nov (paragraph carries the 11-month frame).",
        "Private enterprises 23.61 trillion yuan and 57.3 percent share: segment 'private enterprises', flow total. FIE growth 2.3 ('grew their trade by') and SOE growth -5.6 ('declined').",
        "Mechanical and electrical products: 'shipped abroad' -> flow exports; 60.6 percent is share of all exports.",
        "Crude oil: 518 million tonnes is an import quantity (in); '3.1 percent by volume' is volume growth beside value growth (out); 'their value slid 8.7 percent' is value growth of crude oil imports, -8.7 (in).",
        "Out as non-trade or forecast: the researcher's 'exceed 45 trillion yuan' full-year projection (forecast), PMI 49.2, 17,000 freight train trips.",
    ],
    "facts": [
        fact("China", "total", "value", 41.21e12, "CNY", YTD, "41.21 trillion", E_TOT),
        fact("China", "total", "growth", 3.6, "percent", YTD, "3.6", E_TOT),
        fact("China", "total", "value", 5.83e12, "USD", YTD, "5.83 trillion", E_TOT, qualifier="approx"),
        fact("China", "total", "value", 43.85e12, "CNY", Y2024, "43.85 trillion", E_2024),
        fact("China", "exports", "growth", 6.2, "percent", YTD, "6.2", E_EXP),
        fact("China", "exports", "value", 24.46e12, "CNY", YTD, "24.46 trillion", E_EXP),
        fact("China", "imports", "growth", 0.2, "percent", YTD, "0.2", E_IMP),
        fact("China", "imports", "value", 16.75e12, "CNY", YTD, "16.75 trillion", E_IMP),
        fact("China", "balance", "value", 7.71e12, "CNY", YTD, "7.71 trillion", E_BAL),
        fact("China", "total", "value", 3.9e12, "CNY", NOV, "3.9 trillion", E_NOV),
        fact("China", "total", "value", 551.5e9, "USD", NOV, "551.5 billion", E_NOV),
        fact("China", "total", "growth", 4.1, "percent", NOV, "4.1", E_NOV),
        fact("China", "total", "growth", 5.4, "percent", NOV, "5.4", E_NOV, basis="mom"),
        fact("China", "exports", "growth", 5.7, "percent", NOV, "5.7", E_NOV_X),
        fact("China", "total", "rank", 1, "number", YTD, "largest", E_ASEAN_RANK, partner="ASEAN"),
        fact("China", "total", "value", 6.82e12, "CNY", YTD, "6.82 trillion", E_ASEAN, partner="ASEAN"),
        fact("China", "total", "growth", 8.5, "percent", YTD, "8.5", E_ASEAN, partner="ASEAN"),
        fact("China", "total", "rank", 2, "number", YTD, "second", E_EU, partner="European Union"),
        fact("China", "total", "share", 13, "percent", YTD, "13", E_EU, partner="European Union"),
        fact("China", "total", "rank", 3, "number", YTD, "third", E_US, partner="United States"),
        fact("China", "total", "growth", -16.9, "percent", YTD, "16.9", E_US, partner="United States"),
        fact("China", "total", "share", 51.8, "percent", YTD, "51.8", E_BRI, partner="Belt and Road partner countries"),
        fact("China", "total", "value", 23.61e12, "CNY", YTD, "23.61 trillion", E_PRIV, segment="private enterprises"),
        fact("China", "total", "share", 57.3, "percent", YTD, "57.3", E_PRIV, segment="private enterprises"),
        fact("China", "total", "growth", 2.3, "percent", YTD, "2.3", E_FIE_SOE, segment="foreign-invested enterprises"),
        fact("China", "total", "growth", -5.6, "percent", YTD, "5.6", E_FIE_SOE, segment="state-owned enterprises"),
        fact("China", "exports", "value", 14.82e12, "CNY", YTD, "14.82 trillion", E_ME, product="mechanical and electrical products"),
        fact("China", "exports", "share", 60.6, "percent", YTD, "60.6", E_ME, product="mechanical and electrical products"),
        fact("China", "imports", "quantity", 518e6, "tonnes", YTD, "518 million", E_CRUDE, product="crude oil"),
        fact("China", "imports", "growth", -8.7, "percent", YTD, "8.7", E_CRUDE, product="crude oil"),
    ],
}
