from _fact import fact, period

OCT = period(2025, 10)
SEP = period(2025, 9)
OCT_LY = period(2024, 10)
CL = "Chile"
CU = "copper"

E_CU = "Copper shipments were worth $5.216 billion, 18.9% more than a year earlier, and made up 55.4% of Chile's total exports"
E_EXP = "overall exports were up 10.6% on a year earlier at $9.412 billion, and 4.3% above the previous month's level"
E_IMP = "imports rose 2.7% to $7.578 billion"
E_MIN = "Mining exports overall, including lithium, iron ore, gold and molybdenum as well as copper, rose 17.3% to $6.012 billion"
E_NONMIN = "Non-mining exports, chiefly fruit, salmon, wine and wood pulp, inched up 0.4% to $3.400 billion"
T_BAL = "Trade balance      1,834    1,302    1,131"
T_EXP = "Exports            9,412    9,024    8,510"
T_IMP = "Imports            7,578    7,722    7,379"
T_CU = "Copper exports     5,216    4,916    4,387"

ARTICLE = {
    "id": "dJ2_06_cl_reuters_oct_copper",
    "title": "Copper export jump lifts Chile's October trade surplus to $1.83 billion",
    "publisher": "Reuters",
    "published": "2025-11-07",
    "notes": [
        "The text gives no year: October is 2025-10 from the published date, 'October last year' and the table's 'Oct yr ago' "
        "column 2024-10, 'Sep' 2025-09, 'January-October' 2025-01/2025-10.",
        "The headline's '$1.83 billion' restates the body's $1.834 billion (rounded): labelled once, body evidence.",
        "Table cells restating prose figures (October balance, exports, imports, copper exports; the year-ago balance 1,131) are "
        "labelled once, with the prose evidence; cells found only in the table (September column, year-ago exports, imports and "
        "copper exports) are labelled with the table row as evidence, scaled by the '(millions of dollars)' header.",
        "'Against September, copper export earnings rose 6.1%' and '4.3% above the previous month's level': basis mom.",
        "Mining exports: product 'mining'; non-mining exports: product 'non-mining' (the text's words); lithium carbonate its own product.",
        "'made up 55.4% of Chile's total exports': share of copper in Chile's exports.",
        "The LME copper price ($10,740 per ton, about 13% higher than a year before) is a price, not a trade flow: out.",
        "'the $1.5 billion median forecast from a Reuters survey of analysts': an analysts' forecast, out.",
        "'the world's largest producer of the metal' and 'Chile's biggest copper miner' are production ranks, not trade ranks: out.",
        "Internal consistency: 9,412 - 7,578 = 1,834; copper 5,216 is 55.4% of 9,412; mining 6,012 + non-mining 3,400 = 9,412.",
    ],
    "facts": [
        fact(CL, "balance", "value", 1.834e9, "USD", OCT, "1.834 billion", "Chile's October trade surplus grew to $1.834 billion"),
        fact(CL, "exports", "growth", 18.9, "percent", OCT, "18.9", E_CU, product=CU),
        fact(CL, "exports", "value", 5.216e9, "USD", OCT, "5.216 billion", E_CU, product=CU),
        fact(CL, "exports", "share", 55.4, "percent", OCT, "55.4", E_CU, product=CU),
        fact(CL, "exports", "growth", 6.1, "percent", OCT, "6.1",
             "Against September, copper export earnings rose 6.1%", product=CU, basis="mom"),
        fact(CL, "exports", "growth", 10.6, "percent", OCT, "10.6", E_EXP),
        fact(CL, "exports", "value", 9.412e9, "USD", OCT, "9.412 billion", E_EXP),
        fact(CL, "exports", "growth", 4.3, "percent", OCT, "4.3", E_EXP, basis="mom"),
        fact(CL, "imports", "growth", 2.7, "percent", OCT, "2.7", E_IMP),
        fact(CL, "imports", "value", 7.578e9, "USD", OCT, "7.578 billion", E_IMP),
        fact(CL, "balance", "value", 1.131e9, "USD", OCT_LY, "1.131 billion",
             "In October last year the surplus had been $1.131 billion"),
        fact(CL, "exports", "growth", 17.3, "percent", OCT, "17.3", E_MIN, product="mining"),
        fact(CL, "exports", "value", 6.012e9, "USD", OCT, "6.012 billion", E_MIN, product="mining"),
        fact(CL, "exports", "growth", -21.5, "percent", OCT, "21.5",
             "Shipments of lithium carbonate fell 21.5%", product="lithium carbonate"),
        fact(CL, "exports", "growth", 0.4, "percent", OCT, "0.4", E_NONMIN, product="non-mining"),
        fact(CL, "exports", "value", 3.400e9, "USD", OCT, "3.400 billion", E_NONMIN, product="non-mining"),
        fact(CL, "balance", "value", 18.47e9, "USD", period(2025, 1, 10), "18.47 billion",
             "In January-October, Chile's trade surplus reached $18.47 billion"),
        fact(CL, "balance", "value", 1.302e9, "USD", SEP, "1,302", T_BAL),
        fact(CL, "exports", "value", 9.024e9, "USD", SEP, "9,024", T_EXP),
        fact(CL, "exports", "value", 8.510e9, "USD", OCT_LY, "8,510", T_EXP),
        fact(CL, "imports", "value", 7.722e9, "USD", SEP, "7,722", T_IMP),
        fact(CL, "imports", "value", 7.379e9, "USD", OCT_LY, "7,379", T_IMP),
        fact(CL, "exports", "value", 4.916e9, "USD", SEP, "4,916", T_CU, product=CU),
        fact(CL, "exports", "value", 4.387e9, "USD", OCT_LY, "4,387", T_CU, product=CU),
    ],
}
