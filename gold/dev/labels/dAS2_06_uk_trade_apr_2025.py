from _fact import fact, period

APR = period(2025, 4)
MAR = period(2025, 3)
THREE = period(2025, 2, 4)
UK = "United Kingdom"
US = "United States"
EU = "European Union"
XPM = "goods excluding precious metals"
E_LEAD = "the UK's trade in goods deficit grew to £23.2 billion from a revised £19.9 billion in March"
E_US = ("Goods shipped to the U.S. were worth £4.1 billion ($5.6 billion), £2.0 billion less than in March and a fall of "
        "nearly a third (32.8%) on the month")
E_US_IMP = "purchases from the United States slipping to £4.7 billion"
E_US_BAL = "Britain ended April with a £0.6 billion goods deficit against America"
E_TOT = ("Against March, total goods exports were 8.8% lower at £28.0 billion, as sales weakened to the European Union "
         "and beyond, while goods imports were 1.2% higher at £51.2 billion.")
E_EU_X = "EU customers took £14.9 billion, 5.9% less, and non-EU countries £13.1 billion, 11.9% less."
E_EU_M = "Imports from the EU were up 2.5% at £27.3 billion."
E_XPM = "With precious metals excluded, goods exports fell 7.5% from March, and April's goods deficit was £21.7 billion."
E_SVC = ("Exports of services were estimated at £41.8 billion, 0.4% lower than in March, and imports at £25.6 billion, "
         "leaving a services surplus of £16.2 billion.")
E_GS = "the UK's goods and services deficit widened to £7.0 billion"
E_3M = ("In the three months to April, goods exports came in 2.1% lower and goods imports 3.4% higher than in the three "
        "months to January.")
E_3M_BAL = ("Excluding precious metals, the total trade deficit for the period reached £11.5 billion, £4.9 billion wider than in "
            "the three months to January, split between a goods deficit of £60.3 billion and a services surplus of £48.8 billion.")

ARTICLE = {
    "id": "dAS2_06_uk_trade_apr_2025",
    "title": "Record drop in UK goods exports to U.S. helps widen goods deficit to £23.2 billion",
    "publisher": "Albion Economic Wire",
    "published": "2025-06-12",
    "notes": [
        "Area United Kingdom throughout (ONS, 'British goods exports', 'the UK's'); April and March are 2025 from the byline "
        "date June 12, 2025.",
        "Goods-only figures carry product null; services 'services'; goods and services combined 'goods and services'.",
        "Precious-metals-excluded figures: the restriction is written into product, in the text's words on the corpus "
        "pattern ('goods and services'): 'goods excluding precious metals' for the goods export growth (-7.5), the April goods "
        "deficit (-21.7 billion) and the three-month goods deficit (-60.3 billion); 'goods and services excluding precious "
        "metals' for the three-month total trade deficit (-11.5 billion). Judgement call: a system may put the exclusion elsewhere.",
        "'£23.2 billion from a revised £19.9 billion in March': April and (revised) March goods deficits, both negative.",
        "'worth £4.1 billion ($5.6 billion), £2.0 billion less than in March': the £2.0 billion change is derived, out; the level £4.1 "
        "billion is labelled in GBP and the dollar conversion in USD (no 'about' in the text: qualifier exact).",
        "'a fall of nearly a third (32.8%) on the month': labelled once, as the exact 32.8 (growth -32.8, mom); 'nearly a "
        "third' is the rounded statement of the same observation and is not a separate number.",
        "'Britain ended April with a £0.6 billion goods deficit against America': UK balance with partner United States, -0.6 "
        "billion. 'the U.S. was in surplus ... for the first time since May 2024' is a milestone, out.",
        "'Against March' opens the paragraph: the total, EU and non-EU export and import growth rates there are mom. "
        "Partner 'Non-EU countries' for 'non-EU countries' (the ONS grouping).",
        "'fell 7.5% from March' and '0.4% lower than in March': mom.",
        "Three-month comparisons ('three months to April' against 'the three months to January'): basis qoq, period "
        "2025-02..2025-04 (the comparison base is not the period). The £4.9 billion widening is a derived change, out.",
        "'the UK's goods and services deficit widened to £7.0 billion': April, product 'goods and services', negative.",
        "Out of scope: the economists' forecast (around £20.0 billion), 'Comparable records go back to 1997', 'not since "
        "February 2022 had they been so low', tariff rates (10%, 25%) and the 100,000-car quota, the economist's expectation (forecast), GDP "
        "(output down 0.3%, 0.1% forecast), the Bank Rate (4.25%).",
    ],
    "facts": [
        fact(UK, "balance", "value", -23.2e9, "GBP", APR, "23.2 billion", E_LEAD),
        fact(UK, "balance", "value", -19.9e9, "GBP", MAR, "19.9 billion", E_LEAD),
        fact(UK, "exports", "value", 4.1e9, "GBP", APR, "4.1 billion", E_US, partner=US),
        fact(UK, "exports", "value", 5.6e9, "USD", APR, "5.6 billion", E_US, partner=US),
        fact(UK, "exports", "growth", -32.8, "percent", APR, "32.8", E_US, partner=US, basis="mom"),
        fact(UK, "imports", "value", 4.7e9, "GBP", APR, "4.7 billion", E_US_IMP, partner=US),
        fact(UK, "balance", "value", -0.6e9, "GBP", APR, "0.6 billion", E_US_BAL, partner=US),
        fact(UK, "exports", "growth", -8.8, "percent", APR, "8.8", E_TOT, basis="mom"),
        fact(UK, "exports", "value", 28.0e9, "GBP", APR, "28.0 billion", E_TOT),
        fact(UK, "imports", "growth", 1.2, "percent", APR, "1.2", E_TOT, basis="mom"),
        fact(UK, "imports", "value", 51.2e9, "GBP", APR, "51.2 billion", E_TOT),
        fact(UK, "exports", "growth", -5.9, "percent", APR, "5.9", E_EU_X, partner=EU, basis="mom"),
        fact(UK, "exports", "value", 14.9e9, "GBP", APR, "14.9 billion", E_EU_X, partner=EU),
        fact(UK, "exports", "growth", -11.9, "percent", APR, "11.9", E_EU_X, partner="Non-EU countries", basis="mom"),
        fact(UK, "exports", "value", 13.1e9, "GBP", APR, "13.1 billion", E_EU_X, partner="Non-EU countries"),
        fact(UK, "imports", "growth", 2.5, "percent", APR, "2.5", E_EU_M, partner=EU, basis="mom"),
        fact(UK, "imports", "value", 27.3e9, "GBP", APR, "27.3 billion", E_EU_M, partner=EU),
        fact(UK, "exports", "growth", -7.5, "percent", APR, "7.5", E_XPM, product=XPM, basis="mom"),
        fact(UK, "balance", "value", -21.7e9, "GBP", APR, "21.7 billion", E_XPM, product=XPM),
        fact(UK, "exports", "value", 41.8e9, "GBP", APR, "41.8 billion", E_SVC, product="services"),
        fact(UK, "exports", "growth", -0.4, "percent", APR, "0.4", E_SVC, product="services", basis="mom"),
        fact(UK, "imports", "value", 25.6e9, "GBP", APR, "25.6 billion", E_SVC, product="services"),
        fact(UK, "balance", "value", 16.2e9, "GBP", APR, "16.2 billion", E_SVC, product="services"),
        fact(UK, "balance", "value", -7.0e9, "GBP", APR, "7.0 billion", E_GS, product="goods and services"),
        fact(UK, "exports", "growth", -2.1, "percent", THREE, "2.1", E_3M, basis="qoq"),
        fact(UK, "imports", "growth", 3.4, "percent", THREE, "3.4", E_3M, basis="qoq"),
        fact(UK, "balance", "value", -11.5e9, "GBP", THREE, "11.5 billion", E_3M_BAL,
             product="goods and services excluding precious metals"),
        fact(UK, "balance", "value", -60.3e9, "GBP", THREE, "60.3 billion", E_3M_BAL, product=XPM),
        fact(UK, "balance", "value", 48.8e9, "GBP", THREE, "48.8 billion", E_3M_BAL, product="services"),
    ],
}
