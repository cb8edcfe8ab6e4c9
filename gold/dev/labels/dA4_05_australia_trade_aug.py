from _fact import fact, period

AUG = period(2024, 8)
JUL = period(2024, 7)
AU = "Australia"
GS = "goods and services"
E_BAL = "the seasonally adjusted surplus on goods and services narrowed to A$5.64 billion ($3.88 billion) in August"
E_EXP = "Exports of goods and services fell 1.1% on the month to A$42.71 billion"
E_IMP = "imports rose 1.8% to A$37.07 billion"
E_PROD = "exports of metal ores and minerals, which include iron ore, slid 4.6% and coal, coke and briquettes dropped 2.7%, offset in part by a 12.5% jump in non-monetary gold"
E_SVC = "Services exports rose 0.9% to A$9.31 billion in the month"
E_CN = "exports to China, Australia's biggest trading partner, fell 6.2% on the month to A$12.9 billion"
E_ORE = "Iron ore shipments to China were worth A$8.1 billion, down 4.8% from July, on volumes of 61.3 million tonnes"

ARTICLE = {
    "id": "dA4_05_australia_trade_aug",
    "title": "Australia's trade surplus narrows to A$5.6 billion as iron ore shipments to China slide",
    "publisher": "Reuters",
    "published": "2024-10-03",
    "notes": [
        "The year appears only in published (2024-10-03): 'August' = 2024-08, 'July' = 2024-07.",
        "A$ is AUD; '($3.88 billion)' is the same surplus in US dollars (Reuters convention: $ = USD): separate USD fact, exact.",
        "Headline 'A$5.6 billion' is the body's A$5.64 billion rounded: the same observation, labelled once with the body evidence.",
        "ABS headline balance, exports and imports are goods and services together: product 'goods and services' (the imports in "
        "the same sentence as goods-and-services exports). Exports to China and iron ore shipments are merchandise: product null / 'iron ore'.",
        "Month-on-month: 'on the month', 'Compared with July' (frame for that paragraph, incl. 'in the month' services), 'from July'. "
        "'from a year earlier' is yoy.",
        "'Australia's biggest trading partner' (China): rank 1, flow total.",
        "Iron ore to China in tonnes: measure quantity, unit tonnes (61.3 million tonnes = 6.13e7).",
        "Out: analysts' forecast A$5.8 billion, iron ore price US$92 a tonne, 0.3 percentage points of GDP, exchange rate $0.6880, 'lowest in nearly two years'.",
        "JUDGEMENT: the product groups keep the text's words: 'metal ores and minerals', 'coal, coke and briquettes', 'non-monetary gold'.",
    ],
    "facts": [
        fact(AU, "balance", "value", 5.64e9, "AUD", AUG, "5.64 billion", E_BAL, product=GS),
        fact(AU, "balance", "value", 3.88e9, "USD", AUG, "3.88 billion", E_BAL, product=GS),
        fact(AU, "balance", "value", 6.79e9, "AUD", JUL, "6.79 billion",
             "from a downwardly revised A$6.79 billion in July", product=GS),
        fact(AU, "exports", "growth", -1.1, "percent", AUG, "1.1", E_EXP, product=GS, basis="mom"),
        fact(AU, "exports", "value", 42.71e9, "AUD", AUG, "42.71 billion", E_EXP, product=GS),
        fact(AU, "imports", "growth", 1.8, "percent", AUG, "1.8", E_IMP, product=GS, basis="mom"),
        fact(AU, "imports", "value", 37.07e9, "AUD", AUG, "37.07 billion", E_IMP, product=GS),
        fact(AU, "exports", "growth", -4.6, "percent", AUG, "4.6", E_PROD, product="metal ores and minerals", basis="mom"),
        fact(AU, "exports", "growth", -2.7, "percent", AUG, "2.7", E_PROD, product="coal, coke and briquettes", basis="mom"),
        fact(AU, "exports", "growth", 12.5, "percent", AUG, "12.5", E_PROD, product="non-monetary gold", basis="mom"),
        fact(AU, "exports", "growth", 0.9, "percent", AUG, "0.9", E_SVC, product="services", basis="mom"),
        fact(AU, "exports", "value", 9.31e9, "AUD", AUG, "9.31 billion", E_SVC, product="services"),
        fact(AU, "exports", "growth", -8.7, "percent", AUG, "8.7",
             "Goods and services exports were down 8.7% from a year earlier", product=GS),
        fact(AU, "total", "rank", 1, "number", AUG, "biggest", E_CN, partner="China"),
        fact(AU, "exports", "growth", -6.2, "percent", AUG, "6.2", E_CN, partner="China", basis="mom"),
        fact(AU, "exports", "value", 12.9e9, "AUD", AUG, "12.9 billion", E_CN, partner="China"),
        fact(AU, "exports", "value", 8.1e9, "AUD", AUG, "8.1 billion", E_ORE, partner="China", product="iron ore"),
        fact(AU, "exports", "growth", -4.8, "percent", AUG, "4.8", E_ORE, partner="China", product="iron ore", basis="mom"),
        fact(AU, "exports", "quantity", 61.3e6, "tonnes", AUG, "61.3 million", E_ORE, partner="China", product="iron ore"),
    ],
}
