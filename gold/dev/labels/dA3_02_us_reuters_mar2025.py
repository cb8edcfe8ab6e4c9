from _fact import fact, period

MAR = period(2025, 3)
FEB = period(2025, 2)
Q1 = period(2025, 1, 3)
US = "United States"
GS = "goods and services"
E_HEAD = "the deficit rose 14.0% on the month to an unprecedented $140.5 billion"
E_IMP = "Compared with February, imports jumped 4.4% to a record $419.0 billion"
E_GIMP = "Merchandise imports increased 5.4% to $346.8 billion"
E_PHARMA = "Purchases of pharmaceutical preparations from abroad surged 71% to an unprecedented $50.4 billion"
E_EXP = "exports increased by a slight 0.2% from February, reaching $278.5 billion"
E_CN = "The goods deficit with China, a politically charged figure, narrowed 5.9% compared with February to $24.8 billion"
E_Q1 = "the deficit amounted to $395.4 billion, a 92.6% increase over a year earlier"
E_Q1_XM = "Over those three months exports grew 5.6% and imports jumped 23.7%"

ARTICLE = {
    "id": "dA3_02_us_reuters_mar2025",
    "title": "Pharmaceutical import rush drives US trade deficit to all-time high in March",
    "publisher": "Reuters",
    "published": "2025-05-06",
    "notes": [
        "Goods-only figures carry product null (the corpus convention, guide 1.1: null when the figure is not restricted beyond trade in goods); goods and services together carry `goods and services`, services alone `services`.",
        "Dateline 'May 6' has no year; the year 2025 comes from the published date (March data released in May 2025).",
        "The headline US trade deficit, exports and imports are goods and services: product 'goods and services'; "
        "goods-only figures product 'goods', services-only 'services'; bilateral figures are goods deficits: product 'goods'.",
        "'rose 14.0% on the month to an unprecedented $140.5 billion': compared with February, whose revised gap is stated in the next sentence: basis mom. "
        "Growth of a deficit follows its verb: +14.0.",
        "Deficit values stated with 'to an unprecedented $140.5 billion', 'gap now stands at a revised $123.2 billion', "
        "'all-time high of $163.5 billion', 'compared with February to $24.8 billion', 'deficit with Ireland ... $29.3 billion' "
        "are negative balances.",
        "February: the revised $123.2 billion is labelled; the superseded earlier estimate ('$122.7 billion in the earlier estimate') "
        "is an older vintage of the same observation and is not labelled.",
        "'Compared with February' in the imports paragraph sets a mom frame carried to goods imports and pharmaceutical preparations.",
        "Reuters poll forecast ($137.0 billion): out. Consumer goods 'up $22.5 billion': absolute change, out.",
        "Inflation-adjusted goods deficit ($150.0 billion): a real (volume) measure the record cannot express, out.",
        "'trade knocking 4.83 percentage points off it' and GDP -0.3%: out. 'Ten countries ... sold record amounts': conditional count, out.",
        "China deficit 'narrowed 5.9%': growth -5.9, basis mom ('compared with February').",
        "First quarter = January-March 2025; '92.6%' is growth of the deficit, rising: +92.6.",
        "Quote and forecast of 2 percentage points to GDP: out.",
    ],
    "facts": [
        fact(US, "balance", "growth", 14.0, "percent", MAR, "14.0", E_HEAD, product=GS, basis="mom"),
        fact(US, "balance", "value", -140.5e9, "USD", MAR, "140.5 billion", E_HEAD, product=GS),
        fact(US, "balance", "value", -123.2e9, "USD", FEB, "123.2 billion",
             "February's gap now stands at a revised $123.2 billion", product=GS),
        fact(US, "imports", "growth", 4.4, "percent", MAR, "4.4", E_IMP, product=GS, basis="mom"),
        fact(US, "imports", "value", 419.0e9, "USD", MAR, "419.0 billion", E_IMP, product=GS),
        fact(US, "imports", "growth", 5.4, "percent", MAR, "5.4", E_GIMP, basis="mom"),
        fact(US, "imports", "value", 346.8e9, "USD", MAR, "346.8 billion", E_GIMP),
        fact(US, "imports", "growth", 71, "percent", MAR, "71", E_PHARMA, product="pharmaceutical preparations", basis="mom"),
        fact(US, "imports", "value", 50.4e9, "USD", MAR, "50.4 billion", E_PHARMA, product="pharmaceutical preparations"),
        fact(US, "exports", "growth", 0.2, "percent", MAR, "0.2", E_EXP, product=GS, basis="mom"),
        fact(US, "exports", "value", 278.5e9, "USD", MAR, "278.5 billion", E_EXP, product=GS),
        fact(US, "exports", "value", 183.3e9, "USD", MAR, "183.3 billion",
             "Exports of goods barely moved, at $183.3 billion"),
        fact(US, "exports", "value", 95.2e9, "USD", MAR, "95.2 billion",
             "services exports climbed to $95.2 billion", product="services"),
        fact(US, "balance", "value", -163.5e9, "USD", MAR, "163.5 billion",
             "The shortfall in goods alone hit an all-time high of $163.5 billion"),
        fact(US, "balance", "growth", -5.9, "percent", MAR, "5.9", E_CN, partner="China", basis="mom"),
        fact(US, "balance", "value", -24.8e9, "USD", MAR, "24.8 billion", E_CN, partner="China"),
        fact(US, "balance", "value", -29.3e9, "USD", MAR, "29.3 billion",
             "The deficit with Ireland, on the other hand, swelled to $29.3 billion", partner="Ireland"),
        fact(US, "balance", "value", -48.3e9, "USD", MAR, "48.3 billion",
             "the shortfall with the European Union grew to $48.3 billion", partner="European Union"),
        fact(US, "balance", "value", -395.4e9, "USD", Q1, "395.4 billion", E_Q1, product=GS),
        fact(US, "balance", "growth", 92.6, "percent", Q1, "92.6", E_Q1, product=GS),
        fact(US, "exports", "growth", 5.6, "percent", Q1, "5.6", E_Q1_XM, product=GS),
        fact(US, "imports", "growth", 23.7, "percent", Q1, "23.7", E_Q1_XM, product=GS),
    ],
}
