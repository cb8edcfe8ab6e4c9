from _fact import fact, period

SEP = period(2025, 9)
AUG = period(2025, 8)
JAN_SEP = period(2025, 1, 9)
GS = "goods and services"
SVC = "services"
USA = "United States"

GAP = ("Imports of goods and services exceeded exports by $52.8 billion, a deficit 10.9% smaller than August's "
       "revised $59.3 billion.")
EXP = "Exports of $289.3 billion were 3% higher than in August"
IMP = "imports, at $342.1 billion, were only 0.6% higher"
GOODS = "showed a deficit of $79 billion, $7.1 billion less than in August"
SVC_BAL = "America's surplus on services such as tourism, banking and software eased to $26.2 billion."
G_EXP = "Goods exports reached $187.6 billion, up 4.9% from August"
G_IMP = "Imports of goods increased to $266.6 billion."
S_EXP = "exports slipped to $101.7 billion"
S_IMP = "imports climbed to an all-time high of $75.5 billion"
YTD = "The deficit for January through September of 2025 reached $766.6 billion, 17.2% more than in the same months of 2024."
YTD_X = "Year to date, exports have risen 5.2% and imports 7.7%."
CHN = "With China, America's goods deficit fell to $11.4 billion in September, down from $15.4 billion in August."
CHN_X = "Exports to China dropped to $7.2 billion"
CHN_M = "imports from the world's second-largest economy decreased to $18.6 billion"
CHN_YTD = "The year-to-date goods shortfall with China stood at $158.2 billion, 30.3% below the first nine months of 2024"
MEX = "America's goods deficit with Mexico grew to $17.8 billion from $16.1 billion"
EU = "its gap with the 27-nation European Union widened by $1.5 billion to $21 billion"

ARTICLE = {
    "id": "dAL2_01_us_trade_deficit_sep_2025",
    "title": 'US trade gap narrows to five-year low in September on gold shipments',
    "publisher": "AP",
    "published": "2025-12-11",
    "notes": [
        "Area United States throughout (dateline WASHINGTON, 'America's trade deficit'). All values USD. The year of 'September'/'August' comes from the published date (2025-12-11): 2025-09 and 2025-08. 'January through September of 2025', 'Year to date', 'year-to-date' (with China) = 2025-01..2025-09.",
        "Product: the headline deficit, total exports and imports are goods and services together ('Imports of goods and services exceeded exports by ...'), product 'goods and services'; the overall YTD deficit, exports and imports ('The deficit', 'exports ... imports' year to date) continue that overall frame, also 'goods and services'. 'Goods ... showed a deficit', 'Goods exports', 'Imports of goods' and the bilateral goods deficits with China, Mexico and the EU are goods: product null. Services figures: product 'services'.",
        "Balances are negative for deficits ('a deficit', 'goods shortfall' and 'gap' are deficits); the services surplus is positive.",
        "Month-on-month: 'a deficit 10.9% smaller than August's revised $59.3 billion' is a comparison with the month before → basis mom; 'Exports ... were 3% higher than in August' and 'imports ... were only 0.6% higher' carry that frame → mom. The deficit is 10.9% smaller (narrowed) → -10.9. 'Goods exports ... up 4.9% from August' → mom.",
        "'August's revised $59.3 billion', 'from $15.4 billion in August' and Mexico's 'from $16.1 billion' (the previous month, August, in a paragraph about September) are August balances, separate facts.",
        "YTD deficit '17.2% more than in the same months of 2024' → growth of the deficit, +17.2 (widened); China YTD goods shortfall '30.3% below' → -30.3.",
        "'imports from the world's second-largest economy' = imports from China, September.",
        "Out of scope, unlabelled: the FactSet forecast of roughly $63 billion (forecast); absolute changes '$7.1 billion less' (goods deficit), '$6.1 billion higher' (gold exports) and 'widened by $1.5 billion' (EU gap) — comparisons derived from other figures; 'more than five years', 'narrowest since 2020', 'an all-time high' (milestones); '27-nation' (not a flow); 'more than a percentage point' of GDP (not a trade flow, and a projection); '1977' (year); 'billions of dollars' of import-tax refunds (not a trade flow).",
    ],
    "facts": [
        fact(USA, "balance", "value", -52.8e9, "USD", SEP, "52.8 billion", GAP, product=GS),
        fact(USA, "balance", "growth", -10.9, "percent", SEP, "10.9", GAP, product=GS, basis="mom"),
        fact(USA, "balance", "value", -59.3e9, "USD", AUG, "59.3 billion", GAP, product=GS),
        fact(USA, "exports", "growth", 3, "percent", SEP, "3", EXP, product=GS, basis="mom"),
        fact(USA, "exports", "value", 289.3e9, "USD", SEP, "289.3 billion", EXP, product=GS),
        fact(USA, "imports", "growth", 0.6, "percent", SEP, "0.6", IMP, product=GS, basis="mom"),
        fact(USA, "imports", "value", 342.1e9, "USD", SEP, "342.1 billion", IMP, product=GS),
        fact(USA, "balance", "value", -79e9, "USD", SEP, "79 billion", GOODS),
        fact(USA, "balance", "value", 26.2e9, "USD", SEP, "26.2 billion", SVC_BAL, product=SVC),
        fact(USA, "exports", "growth", 4.9, "percent", SEP, "4.9", G_EXP, basis="mom"),
        fact(USA, "exports", "value", 187.6e9, "USD", SEP, "187.6 billion", G_EXP),
        fact(USA, "imports", "value", 266.6e9, "USD", SEP, "266.6 billion", G_IMP),
        fact(USA, "exports", "value", 101.7e9, "USD", SEP, "101.7 billion", S_EXP, product=SVC),
        fact(USA, "imports", "value", 75.5e9, "USD", SEP, "75.5 billion", S_IMP, product=SVC),
        fact(USA, "balance", "value", -766.6e9, "USD", JAN_SEP, "766.6 billion", YTD, product=GS),
        fact(USA, "balance", "growth", 17.2, "percent", JAN_SEP, "17.2", YTD, product=GS),
        fact(USA, "exports", "growth", 5.2, "percent", JAN_SEP, "5.2", YTD_X, product=GS),
        fact(USA, "imports", "growth", 7.7, "percent", JAN_SEP, "7.7", YTD_X, product=GS),
        fact(USA, "balance", "value", -11.4e9, "USD", SEP, "11.4 billion", CHN, partner="China"),
        fact(USA, "balance", "value", -15.4e9, "USD", AUG, "15.4 billion", CHN, partner="China"),
        fact(USA, "exports", "value", 7.2e9, "USD", SEP, "7.2 billion", CHN_X, partner="China"),
        fact(USA, "imports", "value", 18.6e9, "USD", SEP, "18.6 billion", CHN_M, partner="China"),
        fact(USA, "balance", "value", -158.2e9, "USD", JAN_SEP, "158.2 billion", CHN_YTD, partner="China"),
        fact(USA, "balance", "growth", -30.3, "percent", JAN_SEP, "30.3", CHN_YTD, partner="China"),
        fact(USA, "balance", "value", -17.8e9, "USD", SEP, "17.8 billion", MEX, partner="Mexico"),
        fact(USA, "balance", "value", -16.1e9, "USD", AUG, "16.1 billion", MEX, partner="Mexico"),
        fact(USA, "balance", "value", -21e9, "USD", SEP, "21 billion", EU, partner="European Union"),
    ],
}
