from _fact import fact, period

AUG = period(2024, 8)
JUL = period(2024, 7)
AU = "Australia"
GS = "goods and services"
E_BAL = "the seasonally adjusted goods and services surplus fell to A$5.64 billion ($3.88 billion) in August"
E_EXP = "Goods and services exports slipped 1.1% on the month to A$42.71 billion"
E_IMP = "imports, driven by capital goods including telecommunications equipment, increased 1.8% to A$37.07 billion"
E_PROD = "exports of metal ores and minerals, the category that covers iron ore, were down 4.6%, and those of coal, coke and briquettes lost 2.7%, partly made up for by non-monetary gold, which jumped 12.5%"
E_SVC = "services exports gained 0.9% to A$9.31 billion in the month"
E_CN = "exports to China, which is Australia's biggest trading partner, dropped 6.2% on the month to A$12.9 billion"
E_ORE = "The value of iron ore sent to China fell 4.8% from July to A$8.1 billion, with 61.3 million tonnes shipped"

ARTICLE = {
    "id": "dA4_05_australia_trade_aug",
    "title": "Slide in iron ore shipments to China shrinks Australia's trade surplus to A$5.6 billion",
    "publisher": "Reuters",
    "published": "2024-10-03",
    "notes": [
        "The year appears only in published (2024-10-03): 'August' = 2024-08, 'July' = 2024-07.",
        "A$ is AUD; '($3.88 billion)' is the same surplus in US dollars (Reuters convention: $ = USD): separate USD fact, exact.",
        "Headline 'A$5.6 billion' is the body's A$5.64 billion rounded: the same observation, labelled once with the body evidence.",
        "ABS headline balance, exports and imports are goods and services together: product 'goods and services' (the imports in "
        "the same sentence as goods-and-services exports). Exports to China and iron ore shipments are merchandise: product null / 'iron ore'.",
        "Month-on-month: 'on the month', 'Against July' (frame for that paragraph, incl. 'in the month' services), 'from July'. "
        "'from a year earlier' is yoy.",
        "'Australia's biggest trading partner' (China): rank 1, flow total.",
        "Iron ore to China in tonnes: measure quantity, unit tonnes (61.3 million tonnes = 6.13e7).",
        "Out: analysts' forecast A$5.8 billion, iron ore price US$92 a tonne, 0.3 percentage points of GDP, exchange rate $0.6880, 'the weakest level in almost two years'.",
        "JUDGEMENT: the product groups keep the text's words: 'metal ores and minerals', 'coal, coke and briquettes', 'non-monetary gold'.",
    ],
    "facts": [
        fact(AU, "balance", "value", 5.64e9, "AUD", AUG, "5.64 billion", E_BAL, product=GS),
        fact(AU, "balance", "value", 3.88e9, "USD", AUG, "3.88 billion", E_BAL, product=GS),
        fact(AU, "balance", "value", 6.79e9, "AUD", JUL, "6.79 billion",
             "down from July's A$6.79 billion", product=GS),
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
             "From a year earlier, exports of goods and services were 8.7% lower", product=GS),
        fact(AU, "total", "rank", 1, "number", AUG, "biggest", E_CN, partner="China"),
        fact(AU, "exports", "growth", -6.2, "percent", AUG, "6.2", E_CN, partner="China", basis="mom"),
        fact(AU, "exports", "value", 12.9e9, "AUD", AUG, "12.9 billion", E_CN, partner="China"),
        fact(AU, "exports", "value", 8.1e9, "AUD", AUG, "8.1 billion", E_ORE, partner="China", product="iron ore"),
        fact(AU, "exports", "growth", -4.8, "percent", AUG, "4.8", E_ORE, partner="China", product="iron ore", basis="mom"),
        fact(AU, "exports", "quantity", 61.3e6, "tonnes", AUG, "61.3 million", E_ORE, partner="China", product="iron ore"),
    ],
}
