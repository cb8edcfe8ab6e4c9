from _fact import fact, period

JANUARY = period(2026, 1)
JANUARY_LAST_YEAR = period(2025, 1)
APRIL_JANUARY = {"start": "2025-04", "end": "2026-01"}

EVIDENCE_EXPORTS = (
    "India's merchandise exports increasing 6.84 per cent year-on-year to USD 38.92 billion in January 2026"
)
EVIDENCE_IMPORTS = "imports expanded more quickly, by 11.38 per cent to USD 66.18 billion in the month"
EVIDENCE_DEFICIT = "That pushed the trade gap out to USD 27.26 billion, compared with a deficit of USD 22.99 billion in January 2025"
EVIDENCE_GOLD = "January's gold imports soared 120.9 per cent to USD 5.92 billion"
EVIDENCE_CRUDE = "crude oil imports down 9.4 per cent to USD 12.37 billion"
EVIDENCE_CUMULATIVE = (
    "For April-January 2025-26 taken together, exports were up 1.94 per cent at USD 365.87 billion and imports 3.76 "
    "per cent higher at USD 624.55 billion."
)
EVIDENCE_CUMULATIVE_DEFICIT = "Over those ten months, the trade deficit added up to USD 258.68 billion."
EVIDENCE_CUMULATIVE_GOLD = "Gold imports across the first ten months of the fiscal reached USD 58.12 billion."
EVIDENCE_SERVICES = (
    "The ministry estimated January services exports at USD 38.55 billion and put services imports at USD 18.62 billion"
)
EVIDENCE_OVERALL = (
    "Counting merchandise and services together, India's overall exports for January are estimated to have climbed "
    "9.67 per cent to USD 77.47 billion."
)
EVIDENCE_RUPEE = "Measured in rupees, January merchandise exports increased 12.03 per cent to Rs 3.52 lakh crore"
EVIDENCE_ELECTRONICS = "smartphones powered a 41.6 per cent jump in electronic goods exports"
EVIDENCE_US = (
    "exports to the US, India's largest export destination, slid 7.6 per cent to USD 7.41 billion in January"
)
EVIDENCE_UAE = "Exports to the UAE increased 12.3 per cent to USD 3.68 billion"
EVIDENCE_NETHERLANDS = (
    "those to the Netherlands, a big buyer of Indian petroleum products, dropped 18.9 per cent to USD 1.64 billion"
)

ARTICLE = {
    "id": "dN2_03_in_pti_january_trade",
    "title": "Gold imports push Jan trade deficit up to USD 27.26 bn; exports grow 6.84 pc",
    "publisher": "PTI",
    "published": "2026-02-16",
    "notes": [
        "The text states the year ('January 2026', 'April-January 2025-26'); the dateline 'Feb 16 (PTI)' has none.",
        "'April-January 2025-26' and 'those ten months' / 'first ten months of the fiscal' are India's fiscal "
        "year to date: April 2025 - January 2026, written out as a dict.",
        "The lead opens with an official's remark (indirect speech); the export figures sit in the same sentence after it.",
        "Headline figures (6.84 pc, USD 27.26 bn) restate the body: labelled once, with body evidence.",
        "'a deficit of USD 22.99 billion in January 2025' is the January 2025 deficit, labelled as its own observation (-22.99e9).",
        "Merchandise figures carry no product; services figures product 'services'; 'merchandise and services "
        "together, India's overall exports' product 'goods and services'.",
        "Rupee figures: Rs 3.52 lakh crore is a separate INR fact; the rupee-terms growth of 12.03 per cent is a "
        "second growth figure for January exports beside the dollar-terms 6.84 per cent (the record has no currency "
        "field for growth, so the two differ only in value).",
        "'India's largest export destination' labelled as rank 1 for the United States, flow exports, January 2026.",
        "Electronic goods growth labelled; pharmaceuticals and engineering goods 'grew at a healthy pace' has no number.",
        "Out: the 50 per cent US tariffs, 'slipped beyond 90 per dollar' (exchange rate), FIEO's USD 450 billion "
        "forecast for 2025-26, ICRA's current account deficit of about 1 per cent of GDP, 'last August'.",
    ],
    "facts": [
        fact("India", "exports", "growth", 6.84, "percent", JANUARY, "6.84", EVIDENCE_EXPORTS),
        fact("India", "exports", "value", 38.92e9, "USD", JANUARY, "38.92 billion", EVIDENCE_EXPORTS),
        fact("India", "imports", "growth", 11.38, "percent", JANUARY, "11.38", EVIDENCE_IMPORTS),
        fact("India", "imports", "value", 66.18e9, "USD", JANUARY, "66.18 billion", EVIDENCE_IMPORTS),
        fact("India", "balance", "value", -27.26e9, "USD", JANUARY, "27.26 billion", EVIDENCE_DEFICIT),
        fact("India", "balance", "value", -22.99e9, "USD", JANUARY_LAST_YEAR, "22.99 billion", EVIDENCE_DEFICIT),
        fact("India", "imports", "growth", 120.9, "percent", JANUARY, "120.9", EVIDENCE_GOLD, product="gold"),
        fact("India", "imports", "value", 5.92e9, "USD", JANUARY, "5.92 billion", EVIDENCE_GOLD, product="gold"),
        fact("India", "imports", "growth", -9.4, "percent", JANUARY, "9.4", EVIDENCE_CRUDE, product="crude oil"),
        fact("India", "imports", "value", 12.37e9, "USD", JANUARY, "12.37 billion", EVIDENCE_CRUDE, product="crude oil"),
        fact("India", "exports", "growth", 1.94, "percent", APRIL_JANUARY, "1.94", EVIDENCE_CUMULATIVE),
        fact("India", "exports", "value", 365.87e9, "USD", APRIL_JANUARY, "365.87 billion", EVIDENCE_CUMULATIVE),
        fact("India", "imports", "growth", 3.76, "percent", APRIL_JANUARY, "3.76", EVIDENCE_CUMULATIVE),
        fact("India", "imports", "value", 624.55e9, "USD", APRIL_JANUARY, "624.55 billion", EVIDENCE_CUMULATIVE),
        fact(
            "India", "balance", "value", -258.68e9, "USD", APRIL_JANUARY, "258.68 billion", EVIDENCE_CUMULATIVE_DEFICIT,
        ),
        fact(
            "India", "imports", "value", 58.12e9, "USD", APRIL_JANUARY, "58.12 billion", EVIDENCE_CUMULATIVE_GOLD,
            product="gold",
        ),
        fact("India", "exports", "value", 38.55e9, "USD", JANUARY, "38.55 billion", EVIDENCE_SERVICES, product="services"),
        fact("India", "imports", "value", 18.62e9, "USD", JANUARY, "18.62 billion", EVIDENCE_SERVICES, product="services"),
        fact(
            "India", "exports", "growth", 9.67, "percent", JANUARY, "9.67", EVIDENCE_OVERALL,
            product="goods and services",
        ),
        fact(
            "India", "exports", "value", 77.47e9, "USD", JANUARY, "77.47 billion", EVIDENCE_OVERALL,
            product="goods and services",
        ),
        fact("India", "exports", "growth", 12.03, "percent", JANUARY, "12.03", EVIDENCE_RUPEE),
        fact("India", "exports", "value", 3.52e12, "INR", JANUARY, "3.52 lakh crore", EVIDENCE_RUPEE),
        fact(
            "India", "exports", "growth", 41.6, "percent", JANUARY, "41.6", EVIDENCE_ELECTRONICS,
            product="electronic goods",
        ),
        fact("India", "exports", "growth", -7.6, "percent", JANUARY, "7.6", EVIDENCE_US, partner="United States"),
        fact("India", "exports", "value", 7.41e9, "USD", JANUARY, "7.41 billion", EVIDENCE_US, partner="United States"),
        fact("India", "exports", "rank", 1, "number", JANUARY, "largest", EVIDENCE_US, partner="United States"),
        fact("India", "exports", "growth", 12.3, "percent", JANUARY, "12.3", EVIDENCE_UAE, partner="United Arab Emirates"),
        fact(
            "India", "exports", "value", 3.68e9, "USD", JANUARY, "3.68 billion", EVIDENCE_UAE,
            partner="United Arab Emirates",
        ),
        fact(
            "India", "exports", "growth", -18.9, "percent", JANUARY, "18.9", EVIDENCE_NETHERLANDS,
            partner="Netherlands",
        ),
        fact(
            "India", "exports", "value", 1.64e9, "USD", JANUARY, "1.64 billion", EVIDENCE_NETHERLANDS,
            partner="Netherlands",
        ),
    ],
}
