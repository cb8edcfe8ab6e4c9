from _fact import fact, period

JAN_AUG = period(2025, 1, 8)
AUGUST = period(2025, 8)
EVIDENCE_TOTAL = (
    "the total value of China's imports and exports of goods was 29.57 trillion yuan, "
    "an increase of 3.5% over the same period last year"
)
EVIDENCE_EXPORTS = "exports were 17.61 trillion yuan, up 6.9%"
EVIDENCE_IMPORTS = "imports were 11.96 trillion yuan, down 1.2%"
EVIDENCE_DOLLARS = (
    "China's total import and export value in the first eight months reached 4.12 trillion U.S. dollars, up 3.1%"
)
EVIDENCE_AUGUST = "In August alone, the total value of imports and exports was 3.87 trillion yuan, up 3.3%"
EVIDENCE_ASEAN = "ASEAN remained China's largest trading partner, with total trade of 4.93 trillion yuan, up 9.7%"
EVIDENCE_EU = (
    "The European Union (EU) was China's second-largest trading partner, with total trade of 3.85 trillion yuan, "
    "up 3.9%"
)
EVIDENCE_US_RANK = "The United States was China's third-largest trading partner"
EVIDENCE_US = "China's trade with the United States was 2.79 trillion yuan, down 11.6%"
EVIDENCE_BELT_ROAD = (
    "China's imports and exports with Belt and Road partner countries amounted to 15.18 trillion yuan, "
    "accounting for 51.3% of the total"
)
EVIDENCE_MECH = (
    "China exported 10.6 trillion yuan of mechanical and electrical products, up 9.2%, "
    "accounting for 60.2% of the total export value"
)
EVIDENCE_LABOUR = "exports of labour-intensive products totalled 2.68 trillion yuan, down 2.1%"
MECH = "mechanical and electrical products"
LABOUR = "labour-intensive products"
BELT_ROAD = "Belt and Road partner countries"

ARTICLE = {
    "id": "dU1_01_gacc_jan_aug_2025",
    "title": "China's foreign trade grows 3.5% in first eight months of 2025",
    "publisher": "General Administration of Customs of the People's Republic of China",
    "published": "2025-09-08",
    "notes": [
        "GACC English release; the year is in the text. '(the same below)': every later growth rate is year on year.",
        "Running period: the first eight months of 2025; the August paragraph is the only single-month figure.",
        "Total growth in yuan terms (3.5) and in dollar terms (3.1): both labelled, they differ only in value.",
        "'0.8 percentage point faster than in the previous month' and '0.6 percentage point higher': "
        "percentage-point comparisons, out; the August 3.3% stays yoy (the 'previous month' is the pp comparison).",
        "'above 3.8 trillion yuan for six consecutive months': a streak/threshold, out.",
        "Iron ore average import price (754.3 yuan per tonne, down 16.8%): a unit price, not a trade flow, out. "
        "Iron ore and crude oil volumes are quantity facts in tonnes, flow imports.",
        "'exported 10.6 trillion yuan of mechanical and electrical products ... accounting for 60.2% of the total "
        "export value': share of exports, flow exports.",
        "Trade surplus stated without a growth rate: one balance value fact.",
        "Ranks: ASEAN largest (1), EU second (2), United States third (3), all flow total.",
    ],
    "facts": [
        fact("China", "total", "value", 29.57e12, "CNY", JAN_AUG, "29.57 trillion", EVIDENCE_TOTAL),
        fact("China", "total", "growth", 3.5, "percent", JAN_AUG, "3.5", EVIDENCE_TOTAL),
        fact("China", "exports", "value", 17.61e12, "CNY", JAN_AUG, "17.61 trillion", EVIDENCE_EXPORTS),
        fact("China", "exports", "growth", 6.9, "percent", JAN_AUG, "6.9", EVIDENCE_EXPORTS),
        fact("China", "imports", "value", 11.96e12, "CNY", JAN_AUG, "11.96 trillion", EVIDENCE_IMPORTS),
        fact("China", "imports", "growth", -1.2, "percent", JAN_AUG, "1.2", EVIDENCE_IMPORTS),
        fact("China", "balance", "value", 5.65e12, "CNY", JAN_AUG, "5.65 trillion",
             "the trade surplus was 5.65 trillion yuan"),
        fact("China", "total", "value", 4.12e12, "USD", JAN_AUG, "4.12 trillion", EVIDENCE_DOLLARS),
        fact("China", "total", "growth", 3.1, "percent", JAN_AUG, "3.1", EVIDENCE_DOLLARS),
        fact("China", "total", "value", 3.87e12, "CNY", AUGUST, "3.87 trillion", EVIDENCE_AUGUST),
        fact("China", "total", "growth", 3.3, "percent", AUGUST, "3.3", EVIDENCE_AUGUST),
        fact("China", "total", "rank", 1, "number", JAN_AUG, "largest", EVIDENCE_ASEAN, partner="ASEAN"),
        fact("China", "total", "value", 4.93e12, "CNY", JAN_AUG, "4.93 trillion", EVIDENCE_ASEAN, partner="ASEAN"),
        fact("China", "total", "growth", 9.7, "percent", JAN_AUG, "9.7", EVIDENCE_ASEAN, partner="ASEAN"),
        fact("China", "total", "rank", 2, "number", JAN_AUG, "second", EVIDENCE_EU, partner="European Union"),
        fact("China", "total", "value", 3.85e12, "CNY", JAN_AUG, "3.85 trillion", EVIDENCE_EU,
             partner="European Union"),
        fact("China", "total", "growth", 3.9, "percent", JAN_AUG, "3.9", EVIDENCE_EU, partner="European Union"),
        fact("China", "total", "rank", 3, "number", JAN_AUG, "third", EVIDENCE_US_RANK, partner="United States"),
        fact("China", "total", "value", 2.79e12, "CNY", JAN_AUG, "2.79 trillion", EVIDENCE_US,
             partner="United States"),
        fact("China", "total", "growth", -11.6, "percent", JAN_AUG, "11.6", EVIDENCE_US, partner="United States"),
        fact("China", "total", "value", 15.18e12, "CNY", JAN_AUG, "15.18 trillion", EVIDENCE_BELT_ROAD,
             partner=BELT_ROAD),
        fact("China", "total", "share", 51.3, "percent", JAN_AUG, "51.3", EVIDENCE_BELT_ROAD, partner=BELT_ROAD),
        fact("China", "exports", "value", 10.6e12, "CNY", JAN_AUG, "10.6 trillion", EVIDENCE_MECH, product=MECH),
        fact("China", "exports", "growth", 9.2, "percent", JAN_AUG, "9.2", EVIDENCE_MECH, product=MECH),
        fact("China", "exports", "share", 60.2, "percent", JAN_AUG, "60.2", EVIDENCE_MECH, product=MECH),
        fact("China", "exports", "value", 2.68e12, "CNY", JAN_AUG, "2.68 trillion", EVIDENCE_LABOUR, product=LABOUR),
        fact("China", "exports", "growth", -2.1, "percent", JAN_AUG, "2.1", EVIDENCE_LABOUR, product=LABOUR),
        fact("China", "imports", "quantity", 790e6, "tonnes", JAN_AUG, "790 million",
             "China imported 790 million tonnes of iron ore", product="iron ore"),
        fact("China", "imports", "quantity", 376e6, "tonnes", JAN_AUG, "376 million",
             "Crude oil imports came to 376 million tonnes over the period", product="crude oil"),
    ],
}
