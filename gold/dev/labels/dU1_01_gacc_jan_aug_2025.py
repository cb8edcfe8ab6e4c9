from _fact import fact, period

JAN_AUG = period(2025, 1, 8)
AUGUST = period(2025, 8)
EVIDENCE_TOTAL = (
    "China's goods imports and exports combined reached 29.57 trillion yuan in the first eight months of 2025, "
    "a rise of 3.5% from a year before"
)
EVIDENCE_EXPORTS = "exports amounted to 17.61 trillion yuan, climbing 6.9%"
EVIDENCE_IMPORTS = "imports slipped 1.2% to 11.96 trillion yuan"
EVIDENCE_DOLLARS = (
    "China's imports and exports over the eight months came to 4.12 trillion U.S. dollars, a gain of 3.1%"
)
EVIDENCE_AUGUST = "August on its own saw imports and exports of 3.87 trillion yuan, up 3.3%"
EVIDENCE_ASEAN = "ASEAN held its place as China's largest trading partner, with two-way trade climbing 9.7% to 4.93 trillion yuan"
EVIDENCE_EU = (
    "The European Union (EU) ranked as China's second-largest trading partner, trade with it rising 3.9% "
    "to 3.85 trillion yuan"
)
EVIDENCE_US_RANK = "The United States came third among China's trading partners"
EVIDENCE_US = "China-US trade dropped 11.6% to 2.79 trillion yuan"
EVIDENCE_BELT_ROAD = (
    "trade between China and Belt and Road partner countries totalled 15.18 trillion yuan, "
    "or 51.3% of the overall figure"
)
EVIDENCE_MECH = (
    "China's exports of mechanical and electrical products rose 9.2% to 10.6 trillion yuan, "
    "making up 60.2% of all exports"
)
EVIDENCE_LABOUR = "Labour-intensive products, by contrast, saw exports fall 2.1% to 2.68 trillion yuan"
MECH = "mechanical and electrical products"
LABOUR = "labour-intensive products"
BELT_ROAD = "Belt and Road partner countries"

ARTICLE = {
    "id": "dU1_01_gacc_jan_aug_2025",
    "title": "Goods trade of China expands 3.5% over January-August 2025",
    "publisher": "General Administration of Customs of the People's Republic of China",
    "published": "2025-09-08",
    "notes": [
        "GACC English release; the year is in the text. '(the same below)': every later growth rate is year on year.",
        "Running period: the first eight months of 2025; the August paragraph is the only single-month figure.",
        "Total growth in yuan terms (3.5) and in dollar terms (3.1): both labelled, they differ only in value.",
        "'0.8 percentage point quicker than the month before' and '0.6 percentage point above that of a year earlier': "
        "percentage-point comparisons, out; the August 3.3% stays yoy (the 'month before' is the pp comparison).",
        "'exceeded 3.8 trillion yuan six months in a row': a streak/threshold, out.",
        "Iron ore average import price (754.3 yuan per tonne, 16.8% lower): a unit price, not a trade flow, out. "
        "Iron ore and crude oil volumes are quantity facts in tonnes, flow imports.",
        "'exports of mechanical and electrical products rose 9.2% to 10.6 trillion yuan, making up 60.2% of all "
        "exports': share of exports, flow exports.",
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
             "producing a trade surplus of 5.65 trillion yuan"),
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
             "China brought in 790 million tonnes of iron ore", product="iron ore"),
        fact("China", "imports", "quantity", 376e6, "tonnes", JAN_AUG, "376 million",
             "Crude oil arrivals totalled 376 million tonnes in the period", product="crude oil"),
    ],
}
