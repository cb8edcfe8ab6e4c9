from _fact import fact, period

FIRST_QUARTER = period(2024, 1, 3)
EVIDENCE_TOTAL = (
    "China's foreign trade in goods grew 5 percent year on year to 10.17 trillion yuan "
    "(about 1.43 trillion U.S. dollars) in the first quarter of this year"
)
EVIDENCE_EXPORTS = "Exports expanded 4.9 percent from a year earlier to 5.74 trillion yuan"
EVIDENCE_IMPORTS = "imports climbed 5 percent to 4.43 trillion yuan"
EVIDENCE_PRIVATE = (
    "Their imports and exports rose 10.2 percent to 5.6 trillion yuan, accounting for 55.1 percent of the national total"
)
EVIDENCE_STATE = "State-owned enterprises saw their trade dip 1.8 percent to 1.62 trillion yuan"
EVIDENCE_ASEAN = "ASEAN remained China's largest trading partner, with bilateral trade rising 7.1 percent to 1.64 trillion yuan"
EVIDENCE_EU_US = (
    "Trade with the European Union, China's second-largest trading partner, and the United States, the third-largest, "
    "stood at 1.29 trillion yuan and 1.04 trillion yuan, respectively"
)
EVIDENCE_EU_US_GROWTH = "Trade with the EU slipped 1.9 percent, while trade with the United States edged up 0.9 percent"
EVIDENCE_BELT_ROAD = (
    "China's imports and exports with Belt and Road partner countries increased 5.5 percent to 4.79 trillion yuan"
)
EVIDENCE_PRODUCTS = (
    "exports of mechanical and electrical products and high-tech products reached 3.39 trillion yuan and 1.38 trillion "
    "yuan, up 6.8 percent and 3.9 percent respectively, with the former accounting for 59.1 percent of total exports"
)
EU = "European Union"
US = "United States"
BELT_ROAD = "Belt and Road partner countries"
MECH_ELEC = "mechanical and electrical products"
HIGH_TECH = "high-tech products"

ARTICLE = {
    "id": "dV1_01_xinhua_china_q1_2024",
    "title": "China's foreign trade up 5 pct in Q1",
    "publisher": "Xinhua",
    "published": "2024-04-12",
    "notes": [
        "Year only in the published metadata ('first quarter of this year'); running period 2024-01/2024-03.",
        "Headline '5 pct' restates the body's 5 percent total growth: labelled once, body evidence.",
        "'surpassed 10 trillion yuan in a first quarter' is a threshold for the same observation as 10.17 trillion: "
        "exact figure only; it is also a milestone.",
        "USD conversion of the total labelled separately, qualifier approx ('about').",
        "'the highest in six quarters', '3.3 percentage points faster', '2.5 percentage points' (share change): out.",
        "523,000 enterprises with import and export performance: a count, segment 'foreign trade enterprises'.",
        "EU and US ranks are stated ('second-largest', 'the third-largest'): labelled; ASEAN 'largest' as rank 1.",
        "'the former accounting for 59.1 percent of total exports' refers to mechanical and electrical products.",
        "'Their imports and exports' carries the subject (private enterprises) over from the previous sentence.",
        "Freight train trips (4,541, up 9 percent), Canton Fair exhibitors, GDP release: not trade flows, out.",
        "No growth figure is given for the trade surplus; ships/automobiles/appliances carry no numbers.",
    ],
    "facts": [
        fact("China", "total", "value", 10.17e12, "CNY", FIRST_QUARTER, "10.17 trillion", EVIDENCE_TOTAL),
        fact("China", "total", "value", 1.43e12, "USD", FIRST_QUARTER, "1.43 trillion", EVIDENCE_TOTAL,
             qualifier="approx"),
        fact("China", "total", "growth", 5, "percent", FIRST_QUARTER, "5", EVIDENCE_TOTAL, basis="yoy"),
        fact("China", "exports", "value", 5.74e12, "CNY", FIRST_QUARTER, "5.74 trillion", EVIDENCE_EXPORTS),
        fact("China", "exports", "growth", 4.9, "percent", FIRST_QUARTER, "4.9", EVIDENCE_EXPORTS, basis="yoy"),
        fact("China", "imports", "value", 4.43e12, "CNY", FIRST_QUARTER, "4.43 trillion", EVIDENCE_IMPORTS),
        fact("China", "imports", "growth", 5, "percent", FIRST_QUARTER, "5", EVIDENCE_IMPORTS, basis="yoy"),
        fact("China", "balance", "value", 1.31e12, "CNY", FIRST_QUARTER, "1.31 trillion",
             "leaving a trade surplus of 1.31 trillion yuan"),
        fact("China", "total", "growth", 10.2, "percent", FIRST_QUARTER, "10.2", EVIDENCE_PRIVATE,
             segment="private enterprises", basis="yoy"),
        fact("China", "total", "value", 5.6e12, "CNY", FIRST_QUARTER, "5.6 trillion", EVIDENCE_PRIVATE,
             segment="private enterprises"),
        fact("China", "total", "share", 55.1, "percent", FIRST_QUARTER, "55.1", EVIDENCE_PRIVATE,
             segment="private enterprises"),
        fact("China", "total", "growth", -1.8, "percent", FIRST_QUARTER, "1.8", EVIDENCE_STATE,
             segment="state-owned enterprises", basis="yoy"),
        fact("China", "total", "value", 1.62e12, "CNY", FIRST_QUARTER, "1.62 trillion", EVIDENCE_STATE,
             segment="state-owned enterprises"),
        fact("China", "total", "count", 523000, "number", FIRST_QUARTER, "523,000",
             "The number of enterprises with import and export performance reached 523,000 in the quarter",
             segment="foreign trade enterprises"),
        fact("China", "total", "rank", 1, "number", FIRST_QUARTER, "largest", EVIDENCE_ASEAN, partner="ASEAN"),
        fact("China", "total", "growth", 7.1, "percent", FIRST_QUARTER, "7.1", EVIDENCE_ASEAN, partner="ASEAN",
             basis="yoy"),
        fact("China", "total", "value", 1.64e12, "CNY", FIRST_QUARTER, "1.64 trillion", EVIDENCE_ASEAN,
             partner="ASEAN"),
        fact("China", "total", "rank", 2, "number", FIRST_QUARTER, "second-largest", EVIDENCE_EU_US, partner=EU),
        fact("China", "total", "rank", 3, "number", FIRST_QUARTER, "third-largest", EVIDENCE_EU_US, partner=US),
        fact("China", "total", "value", 1.29e12, "CNY", FIRST_QUARTER, "1.29 trillion", EVIDENCE_EU_US, partner=EU),
        fact("China", "total", "value", 1.04e12, "CNY", FIRST_QUARTER, "1.04 trillion", EVIDENCE_EU_US, partner=US),
        fact("China", "total", "growth", -1.9, "percent", FIRST_QUARTER, "1.9", EVIDENCE_EU_US_GROWTH, partner=EU,
             basis="yoy"),
        fact("China", "total", "growth", 0.9, "percent", FIRST_QUARTER, "0.9", EVIDENCE_EU_US_GROWTH, partner=US,
             basis="yoy"),
        fact("China", "total", "growth", 5.5, "percent", FIRST_QUARTER, "5.5", EVIDENCE_BELT_ROAD,
             partner=BELT_ROAD, basis="yoy"),
        fact("China", "total", "value", 4.79e12, "CNY", FIRST_QUARTER, "4.79 trillion", EVIDENCE_BELT_ROAD,
             partner=BELT_ROAD),
        fact("China", "exports", "value", 3.39e12, "CNY", FIRST_QUARTER, "3.39 trillion", EVIDENCE_PRODUCTS,
             product=MECH_ELEC),
        fact("China", "exports", "value", 1.38e12, "CNY", FIRST_QUARTER, "1.38 trillion", EVIDENCE_PRODUCTS,
             product=HIGH_TECH),
        fact("China", "exports", "growth", 6.8, "percent", FIRST_QUARTER, "6.8", EVIDENCE_PRODUCTS,
             product=MECH_ELEC, basis="yoy"),
        fact("China", "exports", "growth", 3.9, "percent", FIRST_QUARTER, "3.9", EVIDENCE_PRODUCTS,
             product=HIGH_TECH, basis="yoy"),
        fact("China", "exports", "share", 59.1, "percent", FIRST_QUARTER, "59.1", EVIDENCE_PRODUCTS,
             product=MECH_ELEC),
    ],
}
