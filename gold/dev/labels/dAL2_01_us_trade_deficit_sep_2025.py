from _fact import fact, period

SEP = period(2025, 9)
AUG = period(2025, 8)
JAN_SEP = period(2025, 1, 9)
GS = "goods and services"
SVC = "services"
USA = "United States"

GAP = ("The trade gap — the difference between the goods and services America sells abroad and what it purchases "
       "from other countries — fell 10.9% to $52.8 billion from a revised $59.3 billion in August.")
EXP = "Exports rose 3% to $289.3 billion"
IMP = "imports edged up 0.6% to $342.1 billion"
GOODS = "The deficit in goods — physical products such as machinery, cars and smartphones — narrowed by $7.1 billion to $79 billion"
SVC_BAL = "The surplus the U.S. runs in services such as tourism, banking and software slipped to $26.2 billion."
G_EXP = "Goods exports climbed 4.9% from August to $187.6 billion"
G_IMP = "Goods imports rose to $266.6 billion."
S_EXP = "Exports of services dipped to $101.7 billion"
S_IMP = "services imports hit a record $75.5 billion"
YTD = "Through the first nine months of 2025, the deficit totaled $766.6 billion, up 17.2% from the same stretch of 2024."
YTD_X = "Exports are up 5.2% so far this year, while imports have grown 7.7%."
CHN = "The politically sensitive goods deficit with China narrowed to $11.4 billion in September from $15.4 billion in August."
CHN_X = "U.S. exports to China slid to $7.2 billion"
CHN_M = "imports from the world's second-biggest economy fell to $18.6 billion"
CHN_YTD = "From January through September, the goods gap with China came to $158.2 billion, down 30.3% from a year earlier"
MEX = "The goods deficit with Mexico widened to $17.8 billion from $16.1 billion"
EU = "the gap with the 27-nation European Union grew by $1.5 billion to $21 billion"

ARTICLE = {
    "id": "dAL2_01_us_trade_deficit_sep_2025",
    "title": "US trade deficit falls to lowest in more than 5 years as gold exports jump",
    "publisher": "AP",
    "published": "2025-12-11",
    "notes": [
        "Area United States throughout (dateline WASHINGTON, 'The U.S. trade deficit'). All values USD. The year of 'September'/'August' comes from the published date (2025-12-11): 2025-09 and 2025-08. 'first nine months of 2025', 'so far this year', 'From January through September' = 2025-01..2025-09.",
        "Product: the headline deficit, total exports and imports are goods and services together ('The trade gap — the difference between the goods and services ...'), product 'goods and services'; the overall YTD deficit, exports and imports ('the deficit', 'Exports ... imports' so far this year) continue that overall frame, also 'goods and services'. 'The deficit in goods', 'Goods exports/imports' and the bilateral goods deficits with China, Mexico and the EU are goods: product null. Services figures: product 'services'.",
        "Balances are negative for deficits ('The trade gap' and 'the goods gap' are deficits); the services surplus is positive.",
        "Month-on-month: 'fell 10.9% ... from a revised $59.3 billion in August' is a comparison with the month before → basis mom; the paragraph's 'Exports rose 3%' and 'imports edged up 0.6%' carry that frame → mom. The deficit 'fell' (narrowed) 10.9% → -10.9. 'Goods exports climbed 4.9% from August' → mom.",
        "'from a revised $59.3 billion in August', 'from $15.4 billion in August' and Mexico's 'from $16.1 billion' (the previous month, August, in a paragraph about September) are August balances, separate facts.",
        "YTD deficit 'up 17.2% from the same stretch of 2024' → growth of the deficit, +17.2 (widened); China YTD goods gap 'down 30.3%' → -30.3.",
        "'imports from the world's second-biggest economy' = imports from China, September.",
        "Out of scope, unlabelled: the FactSet forecast of about $63 billion (forecast); absolute changes '$7.1 billion' (goods deficit narrowed by), '$6.1 billion jump' (gold exports) and 'grew by $1.5 billion' (EU gap) — comparisons derived from other figures; 'more than five years', 'smallest since 2020', 'a record' (milestones); '27-nation' (not a flow); 'more than a percentage point' of GDP (not a trade flow, and a projection); '1977' (year); 'billions of dollars' of tariff refunds (not a trade flow).",
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
