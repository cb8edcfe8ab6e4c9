from _fact import fact, period

MAY = period(2024, 5)
JANUARY_MAY = period(2024, 1, 5)
KOREA = "South Korea"

EVIDENCE_EXPORTS = "Outbound shipments jumped 11.7 percent on-year to US$58.12 billion last month"
EVIDENCE_IMPORTS = "Imports dipped 2 percent to $53.16 billion, resulting in a trade surplus of $4.96 billion"
EVIDENCE_CHIPS = (
    "outbound shipments of semiconductors, the country's mainstay export, soared 54.5 percent on-year to $11.38 billion"
)
EVIDENCE_CHIP_SHARE = "Chips accounted for 19.6 percent of the country's total outbound shipments"
EVIDENCE_SHIPS = "Ship exports surged 38.8 percent to $2.14 billion"
EVIDENCE_CARS_OIL = (
    "Car exports, however, fell 4.4 percent to $6.24 billion amid sluggish demand for electric vehicles in Europe, "
    "and those of petroleum products dipped 6.6 percent to $4.05 billion"
)
EVIDENCE_CHINA = (
    "exports to China, South Korea's largest trading partner, rose 7.6 percent to $11.4 billion"
)
EVIDENCE_US = "Shipments to the United States grew 13.9 percent to $10.86 billion"
EVIDENCE_ASEAN_EU = (
    "Exports to the Association of Southeast Asian Nations (ASEAN) added 3.1 percent to $9.89 billion, "
    "while those to the European Union fell 11.2 percent to $5.61 billion"
)
EVIDENCE_ENERGY = "Imports of energy, including crude oil, gas and coal, declined 4.4 percent on-year to $10.9 billion"
EVIDENCE_CUMULATIVE = (
    "In the January-May period, exports rose 9.2 percent on-year to $277.8 billion, "
    "and the cumulative trade surplus came to $13.5 billion"
)

ARTICLE = {
    "id": "dT2_03_yonhap_kr_may_exports",
    "title": "S. Korea's May exports up 11.7 pct on chip boom, trade balance in black for 12th month",
    "publisher": "Yonhap",
    "published": "2024-06-01",
    "notes": [
        "Dateline 'SEJONG, June 1 (Yonhap)' has no year; the year 2024 is also in the text (the $700 billion goal for 2024), "
        "and the running period is May 2024 ('last month' against the published date).",
        "'on-year' is yoy; growth rates without a base in this article are yoy too.",
        "The headline restates the 11.7 percent rise: labelled once, with the body sentence as evidence.",
        "'Chips accounted for 19.6 percent' is the share of semiconductors in total exports: product 'semiconductors', the "
        "same goods as the sentence before ('chips' is the text's short form).",
        "'those of petroleum products dipped 6.6 percent' shares 'exports' with 'Car exports' (product 'petroleum products').",
        "'those to the European Union fell 11.2 percent' is exports to the EU.",
        "'exports to China, South Korea's largest trading partner': stated rank 1 of total trade with China.",
        "'added 3.1 percent' (ASEAN) is a rise: +3.1.",
        "Daily average exports ($2.53 billion, up 6.8 percent) are a per-working-day average: out of scope per the guide.",
        "Out of scope, unlabelled: 'eighth consecutive month', '12th month in a row', '15-month shortfall' (streaks), 'since "
        "September 2022', 'highest in 19 months', 'all-time high for May' (records), 23 working days, '15 major export items, "
        "seven posted on-year gains' (count of items, not partners or enterprises), the $700 billion annual goal (target), the "
        "100 percent US tariff on Chinese EVs.",
        "Energy imports are product 'energy' (crude oil, gas and coal together).",
    ],
    "facts": [
        fact(KOREA, "exports", "growth", 11.7, "percent", MAY, "11.7", EVIDENCE_EXPORTS),
        fact(KOREA, "exports", "value", 58.12e9, "USD", MAY, "58.12 billion", EVIDENCE_EXPORTS),
        fact(KOREA, "imports", "growth", -2, "percent", MAY, "2", EVIDENCE_IMPORTS),
        fact(KOREA, "imports", "value", 53.16e9, "USD", MAY, "53.16 billion", EVIDENCE_IMPORTS),
        fact(KOREA, "balance", "value", 4.96e9, "USD", MAY, "4.96 billion", EVIDENCE_IMPORTS),
        fact(KOREA, "exports", "growth", 54.5, "percent", MAY, "54.5", EVIDENCE_CHIPS, product="semiconductors"),
        fact(KOREA, "exports", "value", 11.38e9, "USD", MAY, "11.38 billion", EVIDENCE_CHIPS, product="semiconductors"),
        fact(KOREA, "exports", "share", 19.6, "percent", MAY, "19.6", EVIDENCE_CHIP_SHARE, product="semiconductors"),
        fact(KOREA, "exports", "growth", 38.8, "percent", MAY, "38.8", EVIDENCE_SHIPS, product="ships"),
        fact(KOREA, "exports", "value", 2.14e9, "USD", MAY, "2.14 billion", EVIDENCE_SHIPS, product="ships"),
        fact(KOREA, "exports", "growth", -4.4, "percent", MAY, "4.4", EVIDENCE_CARS_OIL, product="cars"),
        fact(KOREA, "exports", "value", 6.24e9, "USD", MAY, "6.24 billion", EVIDENCE_CARS_OIL, product="cars"),
        fact(KOREA, "exports", "growth", -6.6, "percent", MAY, "6.6", EVIDENCE_CARS_OIL, product="petroleum products"),
        fact(KOREA, "exports", "value", 4.05e9, "USD", MAY, "4.05 billion", EVIDENCE_CARS_OIL,
             product="petroleum products"),
        fact(KOREA, "total", "rank", 1, "number", MAY, "largest", EVIDENCE_CHINA, partner="China"),
        fact(KOREA, "exports", "growth", 7.6, "percent", MAY, "7.6", EVIDENCE_CHINA, partner="China"),
        fact(KOREA, "exports", "value", 11.4e9, "USD", MAY, "11.4 billion", EVIDENCE_CHINA, partner="China"),
        fact(KOREA, "exports", "growth", 13.9, "percent", MAY, "13.9", EVIDENCE_US, partner="United States"),
        fact(KOREA, "exports", "value", 10.86e9, "USD", MAY, "10.86 billion", EVIDENCE_US, partner="United States"),
        fact(KOREA, "exports", "growth", 3.1, "percent", MAY, "3.1", EVIDENCE_ASEAN_EU, partner="ASEAN"),
        fact(KOREA, "exports", "value", 9.89e9, "USD", MAY, "9.89 billion", EVIDENCE_ASEAN_EU, partner="ASEAN"),
        fact(KOREA, "exports", "growth", -11.2, "percent", MAY, "11.2", EVIDENCE_ASEAN_EU, partner="European Union"),
        fact(KOREA, "exports", "value", 5.61e9, "USD", MAY, "5.61 billion", EVIDENCE_ASEAN_EU,
             partner="European Union"),
        fact(KOREA, "imports", "growth", -4.4, "percent", MAY, "4.4", EVIDENCE_ENERGY, product="energy"),
        fact(KOREA, "imports", "value", 10.9e9, "USD", MAY, "10.9 billion", EVIDENCE_ENERGY, product="energy"),
        fact(KOREA, "exports", "growth", 9.2, "percent", JANUARY_MAY, "9.2", EVIDENCE_CUMULATIVE),
        fact(KOREA, "exports", "value", 277.8e9, "USD", JANUARY_MAY, "277.8 billion", EVIDENCE_CUMULATIVE),
        fact(KOREA, "balance", "value", 13.5e9, "USD", JANUARY_MAY, "13.5 billion", EVIDENCE_CUMULATIVE),
    ],
}
