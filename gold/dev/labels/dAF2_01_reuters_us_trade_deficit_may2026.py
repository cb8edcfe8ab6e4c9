from _fact import fact, period

US = "United States"
GS = "goods and services"
MAY = period(2026, 5)
APR = period(2026, 4)
JAN_MAY = period(2026, 1, 5)

GAP = ("The goods and services trade gap shrank 6.9% to $57.1 billion from an upwardly revised $61.3 billion "
       "in April")
EXP = "Exports of goods and services increased 1.8% from April to an all-time high of $309.4 billion"
GEXP = "Goods exports rose 2.6% over the month to $201.7 billion"
SEXP = "Exports of services edged up 0.4% to $107.7 billion"
IMP = "Imports rose 0.4% on the month to $366.5 billion"
GIMP = "Goods imports were up 0.3% at $285.9 billion"
CAP = "Imports of capital goods advanced $3.2 billion to a record $101.6 billion"
GDEF = "The goods trade deficit decreased $4.2 billion to $84.2 billion"
SSUR = "The surplus on services trade was unchanged at $27.1 billion"
CHN = "The goods trade deficit with China increased $0.9 billion to $13.1 billion in May"
CHN_M = "Imports from China totaled $21.5 billion"
CHN_X = "U.S. goods sold to the country came to $8.4 billion"
TWN = "The shortfall with Taiwan, the main supplier of the servers feeding the AI boom, stood at $17.6 billion"
MEX = "The deficit with Mexico was $16.2 billion"
VNM = "the gap with Vietnam widened to $14.9 billion"
YTD = "So far this year, the trade deficit has totaled $289.4 billion, down 44.9% from the same period in 2025"

ARTICLE = {
    "id": "dAF2_01_reuters_us_trade_deficit_may2026",
    "title": "US trade deficit narrows in May as exports hit record high",
    "publisher": "Reuters",
    "published": "2026-07-07",
    "notes": [
        "Headline totals (the trade gap, exports, imports, the year-to-date deficit) are goods and services "
        "together: product 'goods and services'. Goods-only figures (goods exports/imports, goods deficit and "
        "the bilateral goods balances) have product null; services figures have product 'services'.",
        "Month-on-month basis: 'from ... in April' (the gap), 'from April' then 'over the month' (exports paragraph, "
        "carrying to services exports), 'on the month' (imports paragraph, carrying to goods imports).",
        "'shrank 6.9%' of a deficit: growth -6.9 (follows its verb). 'down 44.9%' of the year-to-date deficit: -44.9, "
        "yoy ('from the same period in 2025').",
        "April's revised deficit ($61.3 billion) labelled as a balance of period 2026-04.",
        "'So far this year' in a story on May data published July 7: January-May 2026.",
        "'U.S. goods sold to the country' after 'Imports from China': exports to partner China.",
        "Changes written as money are out (derived comparisons): $2.3 billion capital goods rise, $1.4 billion "
        "industrial supplies gain, $3.2 billion capital goods imports rise, $2.9 billion consumer goods drop, "
        "$4.2 billion goods deficit decrease, $0.9 billion China deficit increase. The capital goods import level "
        "($101.6 billion) is labelled (product 'capital goods').",
        "Out of scope, unlabelled: the inflation-adjusted goods deficit ($88.9 billion, $92.6 billion in April), "
        "a volume-type measure in chained dollars the record cannot express; the Reuters poll forecast "
        "($59.8 billion); the Atlanta Fed GDP estimate (2.6%); the 10% tariff rate; 'record'/'all-time high' "
        "are milestones, not extra facts.",
    ],
    "facts": [
        fact(US, "balance", "growth", -6.9, "percent", MAY, "6.9", GAP, product=GS, basis="mom"),
        fact(US, "balance", "value", -57.1e9, "USD", MAY, "57.1 billion", GAP, product=GS),
        fact(US, "balance", "value", -61.3e9, "USD", APR, "61.3 billion", GAP, product=GS),
        fact(US, "exports", "growth", 1.8, "percent", MAY, "1.8", EXP, product=GS, basis="mom"),
        fact(US, "exports", "value", 309.4e9, "USD", MAY, "309.4 billion", EXP, product=GS),
        fact(US, "exports", "growth", 2.6, "percent", MAY, "2.6", GEXP, basis="mom"),
        fact(US, "exports", "value", 201.7e9, "USD", MAY, "201.7 billion", GEXP),
        fact(US, "exports", "growth", 0.4, "percent", MAY, "0.4", SEXP, product="services", basis="mom"),
        fact(US, "exports", "value", 107.7e9, "USD", MAY, "107.7 billion", SEXP, product="services"),
        fact(US, "imports", "growth", 0.4, "percent", MAY, "0.4", IMP, product=GS, basis="mom"),
        fact(US, "imports", "value", 366.5e9, "USD", MAY, "366.5 billion", IMP, product=GS),
        fact(US, "imports", "growth", 0.3, "percent", MAY, "0.3", GIMP, basis="mom"),
        fact(US, "imports", "value", 285.9e9, "USD", MAY, "285.9 billion", GIMP),
        fact(US, "imports", "value", 101.6e9, "USD", MAY, "101.6 billion", CAP, product="capital goods"),
        fact(US, "balance", "value", -84.2e9, "USD", MAY, "84.2 billion", GDEF),
        fact(US, "balance", "value", 27.1e9, "USD", MAY, "27.1 billion", SSUR, product="services"),
        fact(US, "balance", "value", -13.1e9, "USD", MAY, "13.1 billion", CHN, partner="China"),
        fact(US, "imports", "value", 21.5e9, "USD", MAY, "21.5 billion", CHN_M, partner="China"),
        fact(US, "exports", "value", 8.4e9, "USD", MAY, "8.4 billion", CHN_X, partner="China"),
        fact(US, "balance", "value", -17.6e9, "USD", MAY, "17.6 billion", TWN, partner="Taiwan"),
        fact(US, "balance", "value", -16.2e9, "USD", MAY, "16.2 billion", MEX, partner="Mexico"),
        fact(US, "balance", "value", -14.9e9, "USD", MAY, "14.9 billion", VNM, partner="Vietnam"),
        fact(US, "balance", "value", -289.4e9, "USD", JAN_MAY, "289.4 billion", YTD, product=GS),
        fact(US, "balance", "growth", -44.9, "percent", JAN_MAY, "44.9", YTD, product=GS),
    ],
}
