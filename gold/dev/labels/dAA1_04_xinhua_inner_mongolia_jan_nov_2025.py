from _fact import fact, period

JAN_NOV = period(2025, 1, 11)
JAN_SEP = period(2025, 1, 9)
A = "Inner Mongolia"

LEAD = "Foreign trade in north China's Inner Mongolia Autonomous Region expanded 2.3 percent year on year to 192.64 billion yuan (about 27.1 billion U.S. dollars) over the first 11 months of 2025"
EXP = "exports from the region climbed 9.6 percent to 71.85 billion yuan"
IMP = "imports slipped 1.6 percent to 120.79 billion yuan"
Q3 = "the growth rate picked up from 1 percent in the first three quarters"
MNG_RANK = "Mongolia stayed the region's largest trading partner."
MNG = "Two-way trade with the neighboring country fell 4.2 percent to 69.38 billion yuan during the 11 months"
MNG_SHARE = "represented 36 percent of Inner Mongolia's total"
RUS = "Russia ranked second, with bilateral trade declining 6.8 percent to 25.47 billion yuan."
BRI = "Trade between Inner Mongolia and Belt and Road partner countries reached 151.06 billion yuan, an increase of 1.9 percent, accounting for 78.4 percent of the region's foreign trade."
CNT = "The region traded with 183 countries and regions"
COAL_Q = "From January to November the region imported 71.36 million tonnes of coal"
COAL_V = "the value of those purchases dropped 17.4 percent to 38.52 billion yuan"
COAL_S = "Mongolia was the source of 94.6 percent of the coal"
CU = "lifted imports of copper ore and concentrates by 21.6 percent"
ME = "the region's outbound shipments of mechanical and electrical products climbed 15.4 percent to 27.93 billion yuan"
VEH = "exports of vehicles to Russia contracted 31.5 percent"
PRIV = "Private enterprises remained the leading force in the region's foreign trade: their combined imports and exports grew 5.8 percent to 146.73 billion yuan, representing 76.2 percent of the total."

ARTICLE = {
    "id": "dAA1_04_xinhua_inner_mongolia_jan_nov_2025",
    "title": "Inner Mongolia posts 2.3 pct foreign trade growth in Jan-Nov 2025",
    "publisher": "Xinhua",
    "published": "2025-12-19",
    "notes": [
        "Period: dateline Dec. 19 (published 2025-12-19); 'the first 11 months of 2025', 'From January to November', 'the 11 months' -> 2025-01..2025-11.",
        "'picked up from 1 percent in the first three quarters': the region's total trade growth for 2025-01..2025-09, labelled as its own observation (not a comparison base).",
        "'about 27.1 billion U.S. dollars': conversion of the yuan total, separate USD fact, approx.",
        "'Mongolia stayed the region's largest trading partner' -> rank 1; 'Russia ranked second' -> rank 2 (partners of Inner Mongolia, flow total).",
        "'the neighboring country' = Mongolia; 'Two-way trade' / 'bilateral trade' = total.",
        "'represented 36 percent of Inner Mongolia's total': share of trade with Mongolia in the region's trade.",
        "'traded with 183 countries and regions' -> count, segment 'trading partners'. 'four more than a year before' is a derived difference, out of scope, unlabelled.",
        "Coal: 71.36 million tonnes is a quantity (imports, product coal). '3.1 percent more by volume' is volume growth beside value growth, out of scope, unlabelled. The 17.4% drop and 38.52 billion yuan are the value of coal imports.",
        "'Mongolia was the source of 94.6 percent of the coal': share of Inner Mongolia's coal imports coming from Mongolia -> area Inner Mongolia, partner Mongolia, product coal, imports, share.",
        "'exports of vehicles to Russia contracted 31.5 percent': area Inner Mongolia, partner Russia, product vehicles, exports growth -31.5.",
        "Private enterprises: segment 'private enterprises', flow total ('imports and exports'); 76.2 is their share of the region's total.",
        "'Coal continued to dominate the region's imports' and 'Private enterprises remained the leading force' state no number: no rank labelled.",
        "Out of scope, unlabelled: 'outpacing the national rate by 3.4 percentage points' (percentage-point comparison); '2,400 China-Europe freight trains' (not a trade flow); the official's expectation for next year (forecast).",
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
