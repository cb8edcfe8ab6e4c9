from _fact import fact, period

JAN_NOV = period(2025, 1, 11)
JAN_SEP = period(2025, 1, 9)
A = "Inner Mongolia"

LEAD = "saw its foreign trade grow 2.3 percent year on year to 192.64 billion yuan (about 27.1 billion U.S. dollars) in the first 11 months of 2025"
EXP = "the region's exports rose 9.6 percent to 71.85 billion yuan"
IMP = "imports edged down 1.6 percent to 120.79 billion yuan"
Q3 = "The overall growth quickened from the 1 percent logged in the first three quarters"
MNG_RANK = "Mongolia remained the region's largest trading partner."
MNG = "Trade with the neighboring country totaled 69.38 billion yuan in the 11 months, down 4.2 percent"
MNG_SHARE = "made up 36 percent of Inner Mongolia's total"
RUS = "Russia came second, with two-way trade declining 6.8 percent to 25.47 billion yuan."
BRI = "Inner Mongolia's trade with Belt and Road partner countries amounted to 151.06 billion yuan, up 1.9 percent, or 78.4 percent of its foreign trade."
CNT = "the region did business with 183 countries and regions"
COAL_Q = "The region brought in 71.36 million tonnes of coal from January to November"
COAL_V = "the value of the purchases fell 17.4 percent to 38.52 billion yuan"
COAL_S = "Mongolia supplied 94.6 percent of the coal"
CU = "Imports of copper ore and concentrates rose 21.6 percent"
ME = "the region's shipments of mechanical and electrical products grew 15.4 percent to 27.93 billion yuan"
VEH = "Vehicle exports to Russia, however, shrank 31.5 percent"
PRIV = "Private enterprises continued to lead the region's foreign trade, with their imports and exports rising 5.8 percent to 146.73 billion yuan, or 76.2 percent of the total."

ARTICLE = {
    "id": "dAA1_04_xinhua_inner_mongolia_jan_nov_2025",
    "title": "Inner Mongolia's foreign trade up 2.3 pct in first 11 months",
    "publisher": "Xinhua",
    "published": "2025-12-19",
    "notes": [
        "Period: dateline Dec. 19 (published 2025-12-19); 'the first 11 months of 2025', 'January-November', 'the 11 months' -> 2025-01..2025-11.",
        "'the 1 percent logged in the first three quarters': the region's total trade growth for 2025-01..2025-09, labelled as its own observation (not a comparison base).",
        "'about 27.1 billion U.S. dollars': conversion of the yuan total, separate USD fact, approx.",
        "'Mongolia remained the region's largest trading partner' -> rank 1; 'Russia came second' -> rank 2 (partners of Inner Mongolia, flow total).",
        "'the neighboring country' = Mongolia; 'two-way trade' = total.",
        "'made up 36 percent of Inner Mongolia's total': share of trade with Mongolia in the region's trade.",
        "'did business with 183 countries and regions' -> count, segment 'trading partners'. 'four more than a year earlier' is a derived difference, out of scope, unlabelled.",
        "Coal: 71.36 million tonnes is a quantity (imports, product coal). 'up 3.1 percent in volume' is volume growth beside value growth, out of scope, unlabelled. The 17.4% fall and 38.52 billion yuan are the value of coal imports.",
        "'Mongolia supplied 94.6 percent of the coal': share of Inner Mongolia's coal imports coming from Mongolia -> area Inner Mongolia, partner Mongolia, product coal, imports, share.",
        "'Vehicle exports to Russia ... shrank 31.5 percent': area Inner Mongolia, partner Russia, product vehicles, exports growth -31.5.",
        "Private enterprises: segment 'private enterprises', flow total ('imports and exports'); 76.2 is their share of the region's total.",
        "'Coal remained the mainstay of the region's imports' and 'Private enterprises continued to lead' state no number: no rank labelled.",
        "Out of scope, unlabelled: '3.4 percentage points faster than the national pace' (percentage-point comparison); '2,400 China-Europe freight trains' (not a trade flow); the official's expectation for next year (forecast).",
    ],
    "facts": [
        fact(A, "total", "growth", 2.3, "percent", JAN_NOV, "2.3", LEAD),
        fact(A, "total", "value", 192.64e9, "CNY", JAN_NOV, "192.64 billion", LEAD),
        fact(A, "total", "value", 27.1e9, "USD", JAN_NOV, "27.1 billion", LEAD, qualifier="approx"),
        fact(A, "exports", "growth", 9.6, "percent", JAN_NOV, "9.6", EXP),
        fact(A, "exports", "value", 71.85e9, "CNY", JAN_NOV, "71.85 billion", EXP),
        fact(A, "imports", "growth", -1.6, "percent", JAN_NOV, "1.6", IMP),
        fact(A, "imports", "value", 120.79e9, "CNY", JAN_NOV, "120.79 billion", IMP),
        fact(A, "total", "growth", 1, "percent", JAN_SEP, "1", Q3),
        fact(A, "total", "rank", 1, "number", JAN_NOV, "largest", MNG_RANK, partner="Mongolia"),
        fact(A, "total", "value", 69.38e9, "CNY", JAN_NOV, "69.38 billion", MNG, partner="Mongolia"),
        fact(A, "total", "growth", -4.2, "percent", JAN_NOV, "4.2", MNG, partner="Mongolia"),
        fact(A, "total", "share", 36, "percent", JAN_NOV, "36", MNG_SHARE, partner="Mongolia"),
        fact(A, "total", "rank", 2, "number", JAN_NOV, "second", RUS, partner="Russia"),
        fact(A, "total", "growth", -6.8, "percent", JAN_NOV, "6.8", RUS, partner="Russia"),
        fact(A, "total", "value", 25.47e9, "CNY", JAN_NOV, "25.47 billion", RUS, partner="Russia"),
        fact(A, "total", "value", 151.06e9, "CNY", JAN_NOV, "151.06 billion", BRI, partner="Belt and Road partner countries"),
        fact(A, "total", "growth", 1.9, "percent", JAN_NOV, "1.9", BRI, partner="Belt and Road partner countries"),
        fact(A, "total", "share", 78.4, "percent", JAN_NOV, "78.4", BRI, partner="Belt and Road partner countries"),
        fact(A, "total", "count", 183, "number", JAN_NOV, "183", CNT, segment="trading partners"),
        fact(A, "imports", "quantity", 71.36e6, "tonnes", JAN_NOV, "71.36 million", COAL_Q, product="coal"),
        fact(A, "imports", "growth", -17.4, "percent", JAN_NOV, "17.4", COAL_V, product="coal"),
        fact(A, "imports", "value", 38.52e9, "CNY", JAN_NOV, "38.52 billion", COAL_V, product="coal"),
        fact(A, "imports", "share", 94.6, "percent", JAN_NOV, "94.6", COAL_S, partner="Mongolia", product="coal"),
        fact(A, "imports", "growth", 21.6, "percent", JAN_NOV, "21.6", CU, product="copper ore and concentrates"),
        fact(A, "exports", "growth", 15.4, "percent", JAN_NOV, "15.4", ME, product="mechanical and electrical products"),
        fact(A, "exports", "value", 27.93e9, "CNY", JAN_NOV, "27.93 billion", ME, product="mechanical and electrical products"),
        fact(A, "exports", "growth", -31.5, "percent", JAN_NOV, "31.5", VEH, partner="Russia", product="vehicles"),
        fact(A, "total", "growth", 5.8, "percent", JAN_NOV, "5.8", PRIV, segment="private enterprises"),
        fact(A, "total", "value", 146.73e9, "CNY", JAN_NOV, "146.73 billion", PRIV, segment="private enterprises"),
        fact(A, "total", "share", 76.2, "percent", JAN_NOV, "76.2", PRIV, segment="private enterprises"),
    ],
}
