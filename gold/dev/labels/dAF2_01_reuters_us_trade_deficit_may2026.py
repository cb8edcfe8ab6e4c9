from _fact import fact, period

US = "United States"
GS = "goods and services"
MAY = period(2026, 5)
APR = period(2026, 4)
JAN_MAY = period(2026, 1, 5)

GAP = ("The shortfall in trade in goods and services contracted 6.9% to $57.1 billion in May, compared with "
       "April's $61.3 billion")
EXP = "Exports of goods and services reached a record $309.4 billion, a gain of 1.8% from April"
GEXP = "Goods exports alone were up 2.6% on the month at $201.7 billion"
SEXP = "Services exports, supported by travel and financial services, inched up 0.4% to $107.7 billion"
IMP = "Imports, meanwhile, climbed 0.4% from April to $366.5 billion"
GIMP = "Imports of goods increased 0.3% to $285.9 billion"
CAP = "capital goods imports jumped by $3.2 billion to a record $101.6 billion"
GDEF = "The deficit on goods trade shrank by $4.2 billion to $84.2 billion"
SSUR = "Services trade showed a surplus of $27.1 billion, the same as in April"
CHN = "In May, the goods deficit with China widened by $0.9 billion to $13.1 billion"
CHN_M = "The United States imported $21.5 billion of goods from China"
CHN_X = "U.S. exports to the country were $8.4 billion"
TWN = "With Taiwan, which supplies most of the servers powering the AI boom, the deficit came to $17.6 billion"
MEX = "The U.S. ran a $16.2 billion deficit with Mexico"
VNM = "its shortfall with Vietnam grew to $14.9 billion"
YTD = "Year to date, the deficit amounts to $289.4 billion, which is 44.9% less than in the same period of 2025"

ARTICLE = {
    "id": "dAF2_01_reuters_us_trade_deficit_may2026",
    "title": "Record May exports shrink US trade gap",
    "publisher": "Reuters",
    "published": "2026-07-07",
    "notes": [
        "Headline totals (the trade gap, exports, imports, the year-to-date deficit) are goods and services "
        "together: product 'goods and services'. Goods-only figures (goods exports/imports, goods deficit and "
        "the bilateral goods balances) have product null; services figures have product 'services'.",
        "Month-on-month basis: 'compared with April's' (the gap), 'from April' then 'on the month' (exports paragraph, "
        "carrying to services exports), 'from April' (imports paragraph, carrying to goods imports).",
        "'contracted 6.9%' of a deficit: growth -6.9 (follows its verb). '44.9% less' of the year-to-date deficit: -44.9, "
        "yoy ('than in the same period of 2025').",
        "April's revised deficit ($61.3 billion) labelled as a balance of period 2026-04.",
        "'Year to date' in a story on May data published July 7: January-May 2026.",
        "'U.S. exports to the country' after 'imported ... from China': exports to partner China.",
        "Changes written as money are out (derived comparisons): $2.3 billion capital goods rise, $1.4 billion "
        "industrial supplies gain, $3.2 billion capital goods imports rise, $2.9 billion consumer goods drop, "
        "$4.2 billion goods deficit decrease, $0.9 billion China deficit increase. The capital goods import level "
        "($101.6 billion) is labelled (product 'capital goods').",
        "Out of scope, unlabelled: the inflation-adjusted goods deficit ($88.9 billion, $92.6 billion in April), "
        "a volume-type measure in chained dollars the record cannot express; the Reuters poll forecast "
        "($59.8 billion); the Atlanta Fed GDP estimate (2.6%); the 10% tariff rate; 'record' marks a milestone, "
        "not an extra fact.",
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
