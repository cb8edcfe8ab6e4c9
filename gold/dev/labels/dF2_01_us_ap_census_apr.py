from _fact import fact, period

APR = period(2025, 4)
MAR = period(2025, 3)
YTD = period(2025, 1, 4)
GS = "goods and services"
E_HEAD = "In April the shortfall in goods and services plunged 55.5% to $61.6 billion from a revised $138.3 billion in March"
E_MOM = "Imports sank 16.3% from March to $351 billion"
E_EXP = "sales climbed 3% from March to an all-time high of $289.4 billion."
E_YTD = ("the deficit for January through April was 71.2% larger than in the same period a year earlier, "
         "as imports grew 16% and exports 4.5%")
E_CN = "America's shortfall with China fell 27.4% from March to $19.7 billion"
E_EU = "the U.S. deficit narrowed to $17.9 billion from $48.3 billion in March"

ARTICLE = {
    "id": "dF2_01_us_ap_census_apr",
    "title": "Unwinding of tariff-driven import rush cuts US trade gap by more than half",
    "publisher": "AP",
    "published": "2025-06-05",
    "notes": [
        "The text never states the year: the dateline and 'Thursday' point to the published date 2025-06-05, so April is 2025-04 and March 2025-03.",
        "Headline totals (deficit, exports, imports, year-to-date) are goods and services: product 'goods and services'; the goods deficit has product null; the services surplus product 'services'.",
        "The April changes are against March ('from a revised ... in March', 'from March' in the imports/exports paragraph): basis mom.",
        "'the shortfall ... plunged 55.5%': growth of a deficit follows its verb, -55.5.",
        "The March deficit is a revised figure; only the revised value is stated, labelled with period 2025-03.",
        "'71.2% larger than in the same period a year earlier': year-to-date growth of the deficit, Jan-Apr, yoy, +71.2 ('larger' is a rise).",
        "Bilateral balances (China, Mexico, EU) are goods balances in the Census release: product null.",
        "'Mexico, which has become America's biggest trading partner': stated rank 1 of Mexico among US trading partners, flow total.",
        "EU: the March bilateral deficit ($48.3 billion) is a separate observation, period 2025-03.",
        "'imports of pharmaceutical preparations were down 43.8% from March': product 'pharmaceutical preparations', partner null (world), basis mom.",
        "Out of scope: FactSet forecast of about $66 billion, 0.3% GDP contraction, 'the first such contraction in three years', 2 percentage points of growth, 10% and 145% tariffs, 90 days, 'since the 1930s', 'lowest level since 2004', April 2.",
    ],
    "facts": [
        fact("United States", "balance", "value", -61.6e9, "USD", APR, "61.6 billion", E_HEAD, product=GS),
        fact("United States", "balance", "growth", -55.5, "percent", APR, "55.5", E_HEAD, product=GS, basis="mom"),
        fact("United States", "balance", "value", -138.3e9, "USD", MAR, "138.3 billion", E_HEAD, product=GS),
        fact("United States", "imports", "value", 351e9, "USD", APR, "351 billion", E_MOM, product=GS),
        fact("United States", "imports", "growth", -16.3, "percent", APR, "16.3", E_MOM, product=GS, basis="mom"),
        fact("United States", "exports", "value", 289.4e9, "USD", APR, "289.4 billion", E_EXP, product=GS),
        fact("United States", "exports", "growth", 3, "percent", APR, "3", E_EXP, product=GS, basis="mom"),
        fact("United States", "balance", "value", -86e9, "USD", APR, "86 billion", "On goods alone, the deficit shrank to $86 billion."),
        fact("United States", "balance", "value", 24.4e9, "USD", APR, "24.4 billion",
             "America's services trade — tourism, finance, software licences and similar items — stayed in surplus, although that surplus edged down to $24.4 billion.",
             product="services"),
        fact("United States", "balance", "growth", 71.2, "percent", YTD, "71.2", E_YTD, product=GS),
        fact("United States", "imports", "growth", 16, "percent", YTD, "16", E_YTD, product=GS),
        fact("United States", "exports", "growth", 4.5, "percent", YTD, "4.5", E_YTD, product=GS),
        fact("United States", "balance", "growth", -27.4, "percent", APR, "27.4", E_CN, partner="China", basis="mom"),
        fact("United States", "balance", "value", -19.7e9, "USD", APR, "19.7 billion", E_CN, partner="China"),
        fact("United States", "balance", "value", -13.5e9, "USD", APR, "13.5 billion",
             "With Mexico, which has become America's biggest trading partner, the deficit grew to $13.5 billion.", partner="Mexico"),
        fact("United States", "total", "rank", 1, "number", APR, "biggest",
             "Mexico, which has become America's biggest trading partner", partner="Mexico"),
        fact("United States", "balance", "value", -17.9e9, "USD", APR, "17.9 billion", E_EU, partner="European Union"),
        fact("United States", "balance", "value", -48.3e9, "USD", MAR, "48.3 billion", E_EU, partner="European Union"),
        fact("United States", "imports", "growth", -43.8, "percent", APR, "43.8",
             "imports of pharmaceutical preparations were down 43.8% from March", product="pharmaceutical preparations", basis="mom"),
    ],
}
