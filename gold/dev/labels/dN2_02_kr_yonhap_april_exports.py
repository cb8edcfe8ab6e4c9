from _fact import fact, period

APRIL = period(2026, 4)
APRIL_LAST_YEAR = period(2025, 4)
FIRST_FOUR_MONTHS = period(2026, 1, 4)

EVIDENCE_LEAD = "South Korea's exports up 9.4 percent on-year in April"
EVIDENCE_EXPORTS = "exports totaled US$63.85 billion last month, against $58.36 billion in April last year"
EVIDENCE_IMPORTS = "With imports up 3.1 percent on-year at $54.22 billion, the trade balance showed a surplus of $9.63 billion"
EVIDENCE_CHIPS = "semiconductor exports up 38.2 percent to $17.43 billion"
EVIDENCE_CHIP_SHARE = "The share of chips in South Korea's overall exports climbed to 27.3 percent"
EVIDENCE_AUTOS = "Exports of automobiles, No. 2 on the list of export items, slid 4.6 percent to $6.12 billion"
EVIDENCE_AUTOS_US = (
    "Exports of automobiles, No. 2 on the list of export items, slid 4.6 percent to $6.12 billion, with car shipments "
    "to the U.S. tumbling 18.1 percent"
)
EVIDENCE_SHIPS = "ship exports up 52.7 percent to $2.86 billion"
EVIDENCE_OIL_PRODUCTS = (
    "Outbound sales of petroleum products and petrochemicals, meanwhile, fell 11.3 percent and 6.8 percent, respectively"
)
EVIDENCE_CHINA = "exports to China, the biggest trading partner of South Korea, grow 5.9 percent to $11.92 billion"
EVIDENCE_US = "U.S.-bound shipments, by contrast, declined 3.2 percent to $10.68 billion"
EVIDENCE_ASEAN = "Exports bound for the Association of Southeast Asian Nations (ASEAN) increased 12.4 percent to $10.35 billion"
EVIDENCE_TAIWAN = "a 41.8 percent surge in exports to Taiwan"
EVIDENCE_ENERGY = "energy imports, covering crude oil, gas and coal, fell 14.2 percent to $9.81 billion"
EVIDENCE_FOUR_MONTHS = "January-April exports gained 4.8 percent on-year to $232.6 billion."

ARTICLE = {
    "id": "dN2_02_kr_yonhap_april_exports",
    "title": "(LEAD) Record chip shipments lift April exports 9.4 pct",
    "publisher": "Yonhap",
    "published": "2026-05-01",
    "notes": [
        "The year appears only in `published` (dateline 'May 1', 'in April', 'last month'): April 2026.",
        "'against $58.36 billion in April last year' is April 2025 exports, labelled as its own observation.",
        "'January-April' exports: January-April 2026.",
        "Average exports per working day ($2.78 billion, up 4.6 percent) are per-working-day averages: out; working days out.",
        "'5.7 percentage points higher' beside the 27.3 percent chip share: percentage-point difference, out.",
        "Streaks (gains for 11 months running, 16th straight month in the black, second monthly fall in a row) and "
        "'an all-time monthly high' / 'the highest on record for an April': out; the figures themselves are labelled.",
        "'automobiles, No. 2 on the list of export items' labelled as rank 2 of automobiles among export items.",
        "Car exports to the U.S. (-18.1 percent) labelled with product automobiles and partner United States: the "
        "clause 'with car shipments to the U.S.' continues the automobile sentence.",
        "'the biggest trading partner of South Korea' labelled as rank 1 for China, flow total, in April 2026.",
        "'petroleum products and petrochemicals, meanwhile, fell 11.3 percent and 6.8 percent, respectively': both negative.",
        "Energy imports (crude oil, gas and coal together) labelled as product 'energy'.",
        "The 15 percent U.S. tariff, the ministry's $720 billion annual forecast, 'about 40 percent' of the economy and "
        "'Asia's fourth-largest economy': out.",
    ],
    "facts": [
        fact("South Korea", "exports", "growth", 9.4, "percent", APRIL, "9.4", EVIDENCE_LEAD),
        fact("South Korea", "exports", "value", 63.85e9, "USD", APRIL, "63.85 billion", EVIDENCE_EXPORTS),
        fact("South Korea", "exports", "value", 58.36e9, "USD", APRIL_LAST_YEAR, "58.36 billion", EVIDENCE_EXPORTS),
        fact("South Korea", "imports", "growth", 3.1, "percent", APRIL, "3.1", EVIDENCE_IMPORTS),
        fact("South Korea", "imports", "value", 54.22e9, "USD", APRIL, "54.22 billion", EVIDENCE_IMPORTS),
        fact("South Korea", "balance", "value", 9.63e9, "USD", APRIL, "9.63 billion", EVIDENCE_IMPORTS),
        fact("South Korea", "exports", "growth", 38.2, "percent", APRIL, "38.2", EVIDENCE_CHIPS, product="semiconductors"),
        fact(
            "South Korea", "exports", "value", 17.43e9, "USD", APRIL, "17.43 billion", EVIDENCE_CHIPS,
            product="semiconductors",
        ),
        fact("South Korea", "exports", "share", 27.3, "percent", APRIL, "27.3", EVIDENCE_CHIP_SHARE, product="chips"),
        fact("South Korea", "exports", "rank", 2, "number", APRIL, "2", EVIDENCE_AUTOS, product="automobiles"),
        fact("South Korea", "exports", "growth", -4.6, "percent", APRIL, "4.6", EVIDENCE_AUTOS, product="automobiles"),
        fact(
            "South Korea", "exports", "value", 6.12e9, "USD", APRIL, "6.12 billion", EVIDENCE_AUTOS,
            product="automobiles",
        ),
        fact(
            "South Korea", "exports", "growth", -18.1, "percent", APRIL, "18.1", EVIDENCE_AUTOS_US,
            partner="United States", product="automobiles",
        ),
        fact("South Korea", "exports", "growth", 52.7, "percent", APRIL, "52.7", EVIDENCE_SHIPS, product="ships"),
        fact("South Korea", "exports", "value", 2.86e9, "USD", APRIL, "2.86 billion", EVIDENCE_SHIPS, product="ships"),
        fact(
            "South Korea", "exports", "growth", -11.3, "percent", APRIL, "11.3", EVIDENCE_OIL_PRODUCTS,
            product="petroleum products",
        ),
        fact(
            "South Korea", "exports", "growth", -6.8, "percent", APRIL, "6.8", EVIDENCE_OIL_PRODUCTS,
            product="petrochemicals",
        ),
        fact("South Korea", "exports", "growth", 5.9, "percent", APRIL, "5.9", EVIDENCE_CHINA, partner="China"),
        fact("South Korea", "exports", "value", 11.92e9, "USD", APRIL, "11.92 billion", EVIDENCE_CHINA, partner="China"),
        fact("South Korea", "total", "rank", 1, "number", APRIL, "biggest", EVIDENCE_CHINA, partner="China"),
        fact("South Korea", "exports", "growth", -3.2, "percent", APRIL, "3.2", EVIDENCE_US, partner="United States"),
        fact(
            "South Korea", "exports", "value", 10.68e9, "USD", APRIL, "10.68 billion", EVIDENCE_US,
            partner="United States",
        ),
        fact("South Korea", "exports", "growth", 12.4, "percent", APRIL, "12.4", EVIDENCE_ASEAN, partner="ASEAN"),
        fact("South Korea", "exports", "value", 10.35e9, "USD", APRIL, "10.35 billion", EVIDENCE_ASEAN, partner="ASEAN"),
        fact("South Korea", "exports", "growth", 41.8, "percent", APRIL, "41.8", EVIDENCE_TAIWAN, partner="Taiwan"),
        fact("South Korea", "imports", "growth", -14.2, "percent", APRIL, "14.2", EVIDENCE_ENERGY, product="energy"),
        fact("South Korea", "imports", "value", 9.81e9, "USD", APRIL, "9.81 billion", EVIDENCE_ENERGY, product="energy"),
        fact("South Korea", "exports", "growth", 4.8, "percent", FIRST_FOUR_MONTHS, "4.8", EVIDENCE_FOUR_MONTHS),
        fact(
            "South Korea", "exports", "value", 232.6e9, "USD", FIRST_FOUR_MONTHS, "232.6 billion", EVIDENCE_FOUR_MONTHS,
        ),
    ],
}
