from _fact import fact, period

APR = period(2025, 4)
MAR = period(2025, 3)
YTD = period(2025, 1, 4)
US = "United States"
GS = "goods and services"
E_HEAD = "the combined shortfall in goods and services stood at $61.6 billion, 55.5% smaller than March's"
E_MAR = "March's deficit, first reported at $140.5 billion, was revised to $138.3 billion"
E_IMP = "Imports dropped 16.3% from the previous month to $351.0 billion"
E_EXP = "Exports, on the other hand, rose 3.0% to a record $289.4 billion"
E_GOODS = "The merchandise gap, $162.6 billion in March, was cut to $87.4 billion"
R_GX = "Goods exports      $190.5 bln     +3.4%"
R_SX = "Services exports   $98.9 bln      +2.2%"
R_GM = "Goods imports      $277.9 bln     -19.9%"
R_SM = "Services imports   $73.1 bln      +0.7%"
E_CHINA = "the deficit with China falling to $19.7 billion"
E_EU = "The gap with the European Union collapsed to $17.9 billion from $48.0 billion in March"
E_MXCA = "The deficits with Mexico and Canada were $13.5 billion and $4.7 billion, respectively"
E_YTD = "January through April 2025 produced a deficit of $452.0 billion, 65.7% larger than in the same stretch of 2024"
E_YTD_XM = "with exports 5.5% higher over that span and imports 17.8% higher"

ARTICLE = {
    "id": "dAS2_01_us_trade_deficit_apr_2025",
    "title": "U.S. trade gap narrows 55.5% in April as pre-tariff import binge reverses",
    "publisher": "Meridian Financial Wire",
    "published": "2025-06-05",
    "notes": [
        "Synthetic wire story written for the AS dev set; figures follow the BEA/Census April 2025 release where known, the rest are realistic and internally consistent (exports 190.5 + 98.9 = 289.4, imports 277.9 + 73.1 = 351.0).",
        "The text never states the year of April/March: 2025 from the dateline (June 5) and publication date; the year-to-date paragraph names 2025 ('January through April 2025').",
        "Product convention (as dA3_01): headline exports, imports and balance cover goods and services -> product 'goods and services'; goods-only figures -> product null; services alone -> 'services'. Country breakdowns are stated to cover goods only -> product null.",
        "Headline 'narrows 55.5% in April' and body '55.5% smaller than March's' are one observation, labelled once (body evidence). Growth of a deficit follows its wording: 'smaller' -> -55.5; the comparison is with the month before ('than March's') -> basis mom.",
        "'$61.6 billion' is a deficit -> -61.6e9.",
        "March balance: 'first reported at $140.5 billion, was revised to $138.3 billion' - two statements of the same March observation with different values; labelled both as written (guide: disagreeing statements, both). The revised figure is the current one.",
        "Economists' expectation ($66.0 billion, range $53.0-94.0 billion), the analyst's $75 billion a month and 'back toward $100 billion': forecasts, out.",
        "'Imports dropped 16.3% from the previous month': basis mom; 'Exports, on the other hand, rose 3.0%' sits in the same paragraph after that explicit month-on-month cue: the frame carries, basis mom.",
        "'the steepest percentage decline in records going back to 1992', 'a record', 'No monthly gap had been this small since the autumn of 2023', 'widest monthly figure', 'smallest since early 2020': milestones, out.",
        "'The merchandise gap, $162.6 billion in March, was cut to $87.4 billion': April and March goods balances ('gap' = deficit; merchandise = goods), both negative, product null.",
        "'Services, where the United States earns more abroad than it spends, moved further into the black, ending April with a surplus of $25.8 billion after a $1.5 billion improvement': the $1.5 billion change is a derived comparison (out); 25.8 is the April services balance, positive, product services (from the sentence's subject).",
        "Flattened table: the header 'with percentage changes from March' sets basis mom for each row's percent; row values carry their own scale word 'bln'. Goods rows product null, services rows product 'services'.",
        "Absolute changes ('a drop of $33.0 billion', '$26.0 billion of that', 'shed $23.3 billion', 'another $8.3 billion'): derived comparisons, out. 'slid to $69.9 billion' is the April level of consumer goods imports, labelled (product 'consumer goods').",
        "'imports from China sank to about $28.8 billion': qualifier approx.",
        "EU: April -17.9e9 and March -48.0e9 ('gap' = deficit), partner European Union.",
        "'The deficits with Mexico and Canada were $13.5 billion and $4.7 billion, respectively': paired in order, both negative balances.",
        "Tariff rates (145%, 90-day pause), GDP contribution ('nearly 5 percentage points'), GDP -0.2% annualized, '2 percentage points': not trade flows or forecasts, out.",
        "Year to date = January through April 2025 (2025-01..2025-04). '65.7% larger than in the same stretch of 2024': growth of the deficit, larger -> +65.7, yoy (the comparison base 2024 is not the period). Exports 5.5% and imports 17.8% 'higher' over the same span: product goods and services (headline totals), each with its own comparative 'higher'.",
    ],
    "facts": [
        fact(US, "balance", "growth", -55.5, "percent", APR, "55.5", E_HEAD, product=GS, basis="mom"),
        fact(US, "balance", "value", -61.6e9, "USD", APR, "61.6 billion", E_HEAD, product=GS),
        fact(US, "balance", "value", -140.5e9, "USD", MAR, "140.5 billion", E_MAR, product=GS),
        fact(US, "balance", "value", -138.3e9, "USD", MAR, "138.3 billion", E_MAR, product=GS),
        fact(US, "imports", "growth", -16.3, "percent", APR, "16.3", E_IMP, product=GS, basis="mom"),
        fact(US, "imports", "value", 351.0e9, "USD", APR, "351.0 billion", E_IMP, product=GS),
        fact(US, "exports", "growth", 3.0, "percent", APR, "3.0", E_EXP, product=GS, basis="mom"),
        fact(US, "exports", "value", 289.4e9, "USD", APR, "289.4 billion", E_EXP, product=GS),
        fact(US, "balance", "value", -87.4e9, "USD", APR, "87.4 billion", E_GOODS),
        fact(US, "balance", "value", -162.6e9, "USD", MAR, "162.6 billion", E_GOODS),
        fact(US, "balance", "value", 25.8e9, "USD", APR, "25.8 billion",
             "Services, where the United States earns more abroad than it spends, moved further into the black, ending April with a surplus of $25.8 billion", product="services"),
        fact(US, "exports", "value", 190.5e9, "USD", APR, "190.5 bln", R_GX),
        fact(US, "exports", "growth", 3.4, "percent", APR, "3.4", R_GX, basis="mom"),
        fact(US, "exports", "value", 98.9e9, "USD", APR, "98.9 bln", R_SX, product="services"),
        fact(US, "exports", "growth", 2.2, "percent", APR, "2.2", R_SX, product="services", basis="mom"),
        fact(US, "imports", "value", 277.9e9, "USD", APR, "277.9 bln", R_GM),
        fact(US, "imports", "growth", -19.9, "percent", APR, "-19.9", R_GM, basis="mom"),
        fact(US, "imports", "value", 73.1e9, "USD", APR, "73.1 bln", R_SM, product="services"),
        fact(US, "imports", "growth", 0.7, "percent", APR, "0.7", R_SM, product="services", basis="mom"),
        fact(US, "imports", "value", 69.9e9, "USD", APR, "69.9 billion",
             "Spending on foreign consumer goods slid to $69.9 billion", product="consumer goods"),
        fact(US, "balance", "value", -19.7e9, "USD", APR, "19.7 billion", E_CHINA, partner="China"),
        fact(US, "imports", "value", 28.8e9, "USD", APR, "28.8 billion",
             "imports from China sank to about $28.8 billion", partner="China", qualifier="approx"),
        fact(US, "balance", "value", -17.9e9, "USD", APR, "17.9 billion", E_EU, partner="European Union"),
        fact(US, "balance", "value", -48.0e9, "USD", MAR, "48.0 billion", E_EU, partner="European Union"),
        fact(US, "balance", "value", -13.5e9, "USD", APR, "13.5 billion", E_MXCA, partner="Mexico"),
        fact(US, "balance", "value", -4.7e9, "USD", APR, "4.7 billion", E_MXCA, partner="Canada"),
        fact(US, "balance", "value", -452.0e9, "USD", YTD, "452.0 billion", E_YTD, product=GS),
        fact(US, "balance", "growth", 65.7, "percent", YTD, "65.7", E_YTD, product=GS),
        fact(US, "exports", "growth", 5.5, "percent", YTD, "5.5", E_YTD_XM, product=GS),
        fact(US, "imports", "growth", 17.8, "percent", YTD, "17.8", E_YTD_XM, product=GS),
    ],
}
