from _fact import fact, period

FIRST_QUARTER = period(2024, 1, 3)
EVIDENCE_TOTAL = (
    "China's trade in goods reached 10.17 trillion yuan (about 1.43 trillion U.S. dollars) "
    "in the first quarter of this year, a rise of 5 percent year on year"
)
EVIDENCE_EXPORTS = "the value of exports reached 5.74 trillion yuan, 4.9 percent more than a year earlier"
EVIDENCE_IMPORTS = "imports increased by 5 percent to 4.43 trillion yuan"
EVIDENCE_PRIVATE = (
    "Their combined imports and exports increased 10.2 percent to 5.6 trillion yuan, making up 55.1 percent of the nation's total"
)
EVIDENCE_STATE = "Trade by state-owned enterprises, by contrast, dipped 1.8 percent to 1.62 trillion yuan"
EVIDENCE_ASEAN = "trade with ASEAN, still China's largest trading partner, grew 7.1 percent to 1.64 trillion yuan"
EVIDENCE_EU_US = (
    "China's trade with the European Union and the United States, its second-largest and third-largest trading partners, "
    "came to 1.29 trillion yuan and 1.04 trillion yuan, respectively"
)
EVIDENCE_EU_US_GROWTH = "Trade with the EU was down 1.9 percent, while that with the United States gained 0.9 percent"
EVIDENCE_BELT_ROAD = (
    "trade with Belt and Road partner countries expanding 5.5 percent to 4.79 trillion yuan"
)
EVIDENCE_PRODUCTS = (
    "exports of mechanical and electrical products totaled 3.39 trillion yuan and those of high-tech products 1.38 "
    "trillion yuan, increases of 6.8 percent and 3.9 percent respectively, and the mechanical and electrical category "
    "alone made up 59.1 percent of total exports"
)
EU = "European Union"
US = "United States"
BELT_ROAD = "Belt and Road partner countries"
MECH_ELEC = "mechanical and electrical products"
HIGH_TECH = "high-tech products"

ARTICLE = {
    "id": "dV1_01_xinhua_china_q1_2024",
    "title": "China's goods trade grows 5 pct in first quarter",
    "publisher": "Xinhua",
    "published": "2024-04-12",
    "notes": [
        "Year only in the published metadata ('first quarter of this year'); running period 2024-01/2024-03.",
        "Headline '5 pct' restates the body's 5 percent total growth: labelled once, body evidence.",
        "'topped 10 trillion yuan' (first-quarter imports and exports) is a threshold for the same observation as 10.17 trillion: "
        "exact figure only; it is also a milestone.",
        "USD conversion of the total labelled separately, qualifier approx ('about').",
        "'the fastest in six quarters', '3.3 percentage points quicker', '2.5 percentage points' (share change): out.",
        "523,000 enterprises that 'recorded import and export performance': a count, segment 'foreign trade enterprises'.",
        "EU and US ranks are stated ('second-largest and third-largest trading partners', paired in order): labelled; ASEAN 'largest' as rank 1.",
        "'the mechanical and electrical category alone made up 59.1 percent of total exports' refers to mechanical and electrical products.",
        "'Their combined imports and exports' carries the subject (private enterprises) over from the previous sentence.",
        "Freight train trips (4,541, '9 percent more'), Canton Fair exhibitors, GDP release: not trade flows, out.",
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
             "putting the trade surplus at 1.31 trillion yuan"),
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
             "523,000 enterprises recorded import and export performance in the quarter",
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
