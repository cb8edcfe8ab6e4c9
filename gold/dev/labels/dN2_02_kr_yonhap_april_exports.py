from _fact import fact, period

APRIL = period(2026, 4)
APRIL_LAST_YEAR = period(2025, 4)
FIRST_FOUR_MONTHS = period(2026, 1, 4)

EVIDENCE_LEAD = "South Korea's exports rose 9.4 percent from a year earlier in April"
EVIDENCE_EXPORTS = "Outbound shipments reached US$63.85 billion last month, compared with $58.36 billion a year earlier"
EVIDENCE_IMPORTS = "Imports increased 3.1 percent on-year to $54.22 billion, leaving a trade surplus of $9.63 billion."
EVIDENCE_CHIPS = "semiconductor exports soared 38.2 percent to $17.43 billion"
EVIDENCE_CHIP_SHARE = "Chips made up 27.3 percent of the country's total exports"
EVIDENCE_AUTOS = (
    "Automobiles, the No. 2 export item, lost ground, with their exports falling 4.6 percent to $6.12 billion"
)
EVIDENCE_AUTOS_US = (
    "Automobiles, the No. 2 export item, lost ground, with their exports falling 4.6 percent to $6.12 billion as "
    "shipments to the U.S. plunged 18.1 percent"
)
EVIDENCE_SHIPS = "Exports of ships soared 52.7 percent to $2.86 billion"
EVIDENCE_OIL_PRODUCTS = (
    "those of petroleum products and petrochemicals declined 11.3 percent and 6.8 percent, respectively"
)
EVIDENCE_CHINA = "exports to China, South Korea's biggest trading partner, increased 5.9 percent to $11.92 billion"
EVIDENCE_US = "Shipments to the U.S., however, slipped 3.2 percent to $10.68 billion"
EVIDENCE_ASEAN = "Exports to the Association of Southeast Asian Nations (ASEAN) grew 12.4 percent to $10.35 billion"
EVIDENCE_TAIWAN = "those to Taiwan surged 41.8 percent"
EVIDENCE_ENERGY = "energy purchases, including crude oil, gas and coal, shrank 14.2 percent to $9.81 billion"
EVIDENCE_FOUR_MONTHS = "For the first four months of the year, exports rose 4.8 percent on-year to $232.6 billion."

ARTICLE = {
    "id": "dN2_02_kr_yonhap_april_exports",
    "title": "(LEAD) Exports rise 9.4 pct in April on record chip sales",
    "publisher": "Yonhap",
    "published": "2026-05-01",
    "notes": [
        "The year appears only in `published` (dateline 'May 1', 'in April', 'last month'): April 2026.",
        "'compared with $58.36 billion a year earlier' is April 2025 exports, labelled as its own observation.",
        "'For the first four months of the year': January-April 2026.",
        "Daily average exports ($2.78 billion, up 4.6 percent) are per-working-day averages: out; working days out.",
        "'up 5.7 percentage points' beside the 27.3 percent chip share: percentage-point difference, out.",
        "Streaks (11th consecutive month of gains, surplus for 16 months, second consecutive month of falls) and "
        "'largest amount for any single month' / 'a record for April': out; the figures themselves are labelled.",
        "'Automobiles, the No. 2 export item' labelled as rank 2 of automobiles among export items.",
        "Car exports to the U.S. (-18.1 percent) labelled with product automobiles and partner United States: the "
        "subject 'their exports' carries the product into the clause.",
        "'South Korea's biggest trading partner' labelled as rank 1 for China, flow total, in April 2026.",
        "'petroleum products and petrochemicals declined 11.3 percent and 6.8 percent, respectively': both negative.",
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
