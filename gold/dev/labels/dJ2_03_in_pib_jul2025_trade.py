from _fact import fact, period

JUL = period(2025, 7)
JUL_LY = period(2024, 7)
AJ = period(2025, 4, 7)
AJ_LY = period(2024, 4, 7)
IN = "India"
GS = "goods and services"
SV = "services"

E_TOT_EXP = "India's combined merchandise and services exports for July 2025* are put at USD 68.27 Billion, 9.39 per cent higher than in July 2024"
E_TOT_IMP = "Combined merchandise and services imports for the month are put at USD 80.47 Billion, an increase of 11.67 per cent over July 2024"
E_BAL = "India's overall trade deficit in July 2025* is put at USD 12.20 Billion, wider than the USD 9.65 Billion of July 2024"
E_AJ_EXP = "For April-July 2025*, total exports from India reached an estimated USD 277.96 Billion, up 7.71 per cent"
E_AJ_IMP = "total imports an estimated USD 310.06 Billion, up 6.78 per cent"
E_AJ_BAL = "the overall deficit in trade for April-July 2025* to USD 32.10 Billion, compared with USD 32.29 Billion in April-July 2024"
E_M_EXP = "July 2025 merchandise exports stood at USD 37.24 Billion against USD 33.98 Billion in July 2024, growth of 9.59 per cent"
E_M_IMP = "July 2025 merchandise imports amounted to USD 64.59 Billion"
E_M_AJ = "April-July 2025 merchandise exports totalled USD 149.20 Billion (Rs 12.78 lakh crore), 3.52 per cent more than in April-July 2024"
E_M_AJ_IMP = "April-July 2025 merchandise imports totalled USD 244.01 Billion, leaving a merchandise trade deficit of USD 94.81 Billion for the period"
E_COM = "Among major commodity groups, Electronic Goods (33.89%) and Drugs & Pharmaceuticals (14.26%) grew in July 2025 compared with July 2024"
E_DEST = "Exports to the USA (19.94%) and China (32.82%), two major destinations, also grew in July 2025 from July 2024"
E_S_EXP = "Estimated services exports for July 2025* come to USD 31.03 Billion"
E_S_IMP = "estimated services imports for July 2025* of USD 15.88 Billion"
E_S_AJ = "services exports are estimated at USD 128.76 Billion, up 13.00 per cent on April-July 2024"

ARTICLE = {
    "id": "dJ2_03_in_pib_jul2025_trade",
    "title": "April-July 2025 total exports from India put at USD 277.96 Billion, up 7.71 per cent",
    "publisher": "PIB",
    "published": "2025-08-14",
    "notes": [
        "Total exports/imports 'combined merchandise and services' carry product 'goods and services'; services figures 'services'; "
        "merchandise figures product null.",
        "The overall trade deficit (merchandise and services) is a balance with product 'goods and services'; the merchandise "
        "trade deficit has product null.",
        "'April-July 2025' is 2025-04/2025-07 (the fiscal year 2025-26 to date); the prior-year comparison figures are labelled "
        "with their own periods (July 2024, April-July 2024).",
        "The headline and the sub-headline restate body figures (USD 277.96 Billion, 7.71, 9.59, USD 37.24 Billion, USD 31.03 Billion): "
        "labelled once, with body evidence.",
        "'USD 149.20 Billion (Rs 12.78 lakh crore)': the same observation in another currency, a separate INR fact, exact "
        "(the conversion carries no 'about'); 1 lakh crore = 10^12.",
        "'Petroleum Products exports contracted (-13.12%)': the sign is written, -13.12.",
        "Commodity groups and destinations in parentheses are export growth rates; USA is 'United States'.",
        "Services figures for July 2025 are estimates (asterisk); labelled as stated.",
        "The services trade surplus is not stated, so not labelled (the record holds only stated numbers).",
    ],
    "facts": [
        fact(IN, "exports", "value", 68.27e9, "USD", JUL, "68.27 Billion", E_TOT_EXP, product=GS),
        fact(IN, "exports", "growth", 9.39, "percent", JUL, "9.39", E_TOT_EXP, product=GS),
        fact(IN, "imports", "value", 80.47e9, "USD", JUL, "80.47 Billion", E_TOT_IMP, product=GS),
        fact(IN, "imports", "growth", 11.67, "percent", JUL, "11.67", E_TOT_IMP, product=GS),
        fact(IN, "balance", "value", -12.20e9, "USD", JUL, "12.20 Billion", E_BAL, product=GS),
        fact(IN, "balance", "value", -9.65e9, "USD", JUL_LY, "9.65 Billion", E_BAL, product=GS),
        fact(IN, "exports", "value", 277.96e9, "USD", AJ, "277.96 Billion", E_AJ_EXP, product=GS),
        fact(IN, "exports", "growth", 7.71, "percent", AJ, "7.71", E_AJ_EXP, product=GS),
        fact(IN, "imports", "value", 310.06e9, "USD", AJ, "310.06 Billion", E_AJ_IMP, product=GS),
        fact(IN, "imports", "growth", 6.78, "percent", AJ, "6.78", E_AJ_IMP, product=GS),
        fact(IN, "balance", "value", -32.10e9, "USD", AJ, "32.10 Billion", E_AJ_BAL, product=GS),
        fact(IN, "balance", "value", -32.29e9, "USD", AJ_LY, "32.29 Billion", E_AJ_BAL, product=GS),
        fact(IN, "exports", "value", 37.24e9, "USD", JUL, "37.24 Billion", E_M_EXP),
        fact(IN, "exports", "value", 33.98e9, "USD", JUL_LY, "33.98 Billion", E_M_EXP),
        fact(IN, "exports", "growth", 9.59, "percent", JUL, "9.59", E_M_EXP),
        fact(IN, "imports", "value", 64.59e9, "USD", JUL, "64.59 Billion", E_M_IMP),
        fact(IN, "balance", "value", -27.35e9, "USD", JUL, "27.35 Billion",
             "July 2025 saw a merchandise trade deficit of USD 27.35 Billion"),
        fact(IN, "exports", "value", 149.20e9, "USD", AJ, "149.20 Billion", E_M_AJ),
        fact(IN, "exports", "value", 12.78e12, "INR", AJ, "12.78 lakh crore", E_M_AJ),
        fact(IN, "exports", "growth", 3.52, "percent", AJ, "3.52", E_M_AJ),
        fact(IN, "imports", "value", 244.01e9, "USD", AJ, "244.01 Billion", E_M_AJ_IMP),
        fact(IN, "balance", "value", -94.81e9, "USD", AJ, "94.81 Billion", E_M_AJ_IMP),
        fact(IN, "exports", "growth", 33.89, "percent", JUL, "33.89", E_COM, product="electronic goods"),
        fact(IN, "exports", "growth", 14.26, "percent", JUL, "14.26", E_COM, product="drugs & pharmaceuticals"),
        fact(IN, "exports", "growth", -13.12, "percent", JUL, "-13.12",
             "Petroleum Products exports contracted (-13.12%)", product="petroleum products"),
        fact(IN, "exports", "growth", 19.94, "percent", JUL, "19.94", E_DEST, partner="United States"),
        fact(IN, "exports", "growth", 32.82, "percent", JUL, "32.82", E_DEST, partner="China"),
        fact(IN, "exports", "value", 31.03e9, "USD", JUL, "31.03 Billion", E_S_EXP, product=SV),
        fact(IN, "imports", "value", 15.88e9, "USD", JUL, "15.88 Billion", E_S_IMP, product=SV),
        fact(IN, "exports", "value", 128.76e9, "USD", AJ, "128.76 Billion", E_S_AJ, product=SV),
        fact(IN, "exports", "growth", 13.00, "percent", AJ, "13.00", E_S_AJ, product=SV),
        fact(IN, "imports", "value", 66.05e9, "USD", AJ, "66.05 Billion",
             "services imports at USD 66.05 Billion", product=SV),
    ],
}
