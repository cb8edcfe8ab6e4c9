from _fact import fact, period

JANUARY = period(2026, 1)
JANUARY_LAST_YEAR = period(2025, 1)
APRIL_JANUARY = {"start": "2025-04", "end": "2026-01"}  # fiscal 2025-26 to date: crosses the calendar year

EVIDENCE_EXPORTS = "lifted India's merchandise exports to USD 38.47 billion in January, up 5.6 per cent year-on-year"
EVIDENCE_IMPORTS = "Imports in January were up 3.2 per cent at USD 61.32 billion"
EVIDENCE_DEFICIT = (
    "the trade deficit came in at USD 22.85 billion, compared with USD 22.99 billion in January 2025, "
    "a month in which exports totalled USD 36.43 billion"
)
EVIDENCE_RUPEE = (
    "Measured in rupees, January exports amounted to Rs 3.48 lakh crore, up 10.62 per cent from "
    "Rs 3.14 lakh crore a year earlier"
)
EVIDENCE_CUMULATIVE_EXPORTS = "For April-January 2025-26, exports grew 2.76 per cent to USD 368.82 billion"
EVIDENCE_CUMULATIVE_IMPORTS = "imports were up 6.25 per cent at USD 639.53 billion"
EVIDENCE_US = "In January, exports to the US, the largest destination for Indian goods, increased 6.1 per cent to USD 8.96 billion"
EVIDENCE_CHINA = "Shipments to China surged 33.5 per cent to USD 1.89 billion"
EVIDENCE_ELECTRONICS = "exports of electronic goods rose 38.4 per cent to USD 4.61 billion"
EVIDENCE_GOLD = "gold imports surged 48.6 per cent to USD 3.98 billion"
EVIDENCE_CRUDE = "crude oil imports, by contrast, fell 8.4 per cent to USD 12.46 billion"
EVIDENCE_OVERALL = (
    "Combined exports of merchandise and services in April-January 2025-26 are estimated to total "
    "USD 720.81 billion, 5.92 per cent higher than a year earlier"
)

ARTICLE = {
    "id": "dO2_06_pti_india_trade_jan2026",
    "title": "Jan exports up 5.6 pc at USD 38.47 bn; trade deficit slightly lower at USD 22.85 bn",
    "publisher": "PTI",
    "published": "2026-02-16",
    "notes": [
        "The text states the years: 'January 2025' for the comparison month and 'April-January 2025-26' for the fiscal "
        "year to date, which runs 2025-04 to 2026-01 (written as a raw period dict, since it crosses the calendar year).",
        "'in January' of the lead is January 2026 (publication 2026-02-16 and the 'January 2025' comparison).",
        "The headline restates the January exports, growth and deficit; labelled once, from the body.",
        "'the trade deficit came in at USD 22.85 billion, compared with USD 22.99 billion in January 2025': two "
        "balance facts, the second for 2025-01; 'a month in which exports totalled USD 36.43 billion' is January 2025 exports.",
        "Rupee figures: 'Rs 3.48 lakh crore' (INR 3.48e12) for January 2026 and 'Rs 3.14 lakh crore' (INR 3.14e12) "
        "for January 2025 ('a year earlier').",
        "'up 10.62 per cent' is export growth in rupee terms; it has the same identity fields as the 5.6 per "
        "cent dollar growth except its value (the record has no field for the currency of a growth rate). Both labelled.",
        "'In the fiscal year's opening ten months, the trade deficit' is the April-January deficit.",
        "'the largest destination for Indian goods': rank 1 of India's exports to the United States, January.",
        "'19 of the 30 key sectors posted positive growth': conditional count of sectors, out.",
        "Services exports and imports for January are estimates: labelled as stated, product services; overall "
        "(merchandise and services) April-January exports: product goods and services.",
        "50 per cent US tariff, the 90-per-dollar rupee level, FIEO's USD 850 billion outlook (forecast), GDP growth of "
        "8.2 per cent: out.",
    ],
    "facts": [
        fact("India", "exports", "growth", 5.6, "percent", JANUARY, "5.6", EVIDENCE_EXPORTS),
        fact("India", "exports", "value", 38.47e9, "USD", JANUARY, "38.47 billion", EVIDENCE_EXPORTS),
        fact("India", "imports", "growth", 3.2, "percent", JANUARY, "3.2", EVIDENCE_IMPORTS),
        fact("India", "imports", "value", 61.32e9, "USD", JANUARY, "61.32 billion", EVIDENCE_IMPORTS),
        fact("India", "balance", "value", -22.85e9, "USD", JANUARY, "22.85 billion", EVIDENCE_DEFICIT),
        fact("India", "balance", "value", -22.99e9, "USD", JANUARY_LAST_YEAR, "22.99 billion", EVIDENCE_DEFICIT),
        fact("India", "exports", "value", 36.43e9, "USD", JANUARY_LAST_YEAR, "36.43 billion", EVIDENCE_DEFICIT),
        fact("India", "exports", "value", 3.48e12, "INR", JANUARY, "3.48 lakh crore", EVIDENCE_RUPEE),
        fact("India", "exports", "growth", 10.62, "percent", JANUARY, "10.62", EVIDENCE_RUPEE),
        fact("India", "exports", "value", 3.14e12, "INR", JANUARY_LAST_YEAR, "3.14 lakh crore", EVIDENCE_RUPEE),
        fact("India", "exports", "growth", 2.76, "percent", APRIL_JANUARY, "2.76", EVIDENCE_CUMULATIVE_EXPORTS),
        fact(
            "India", "exports", "value", 368.82e9, "USD", APRIL_JANUARY, "368.82 billion", EVIDENCE_CUMULATIVE_EXPORTS
        ),
        fact("India", "imports", "growth", 6.25, "percent", APRIL_JANUARY, "6.25", EVIDENCE_CUMULATIVE_IMPORTS),
        fact(
            "India", "imports", "value", 639.53e9, "USD", APRIL_JANUARY, "639.53 billion", EVIDENCE_CUMULATIVE_IMPORTS
        ),
        fact(
            "India",
            "balance",
            "value",
            -270.71e9,
            "USD",
            APRIL_JANUARY,
            "270.71 billion",
            "In the fiscal year's opening ten months, the trade deficit totalled USD 270.71 billion",
        ),
        fact("India", "exports", "growth", 6.1, "percent", JANUARY, "6.1", EVIDENCE_US, partner="United States"),
        fact("India", "exports", "value", 8.96e9, "USD", JANUARY, "8.96 billion", EVIDENCE_US, partner="United States"),
        fact("India", "exports", "rank", 1, "number", JANUARY, "largest", EVIDENCE_US, partner="United States"),
        fact("India", "exports", "growth", 33.5, "percent", JANUARY, "33.5", EVIDENCE_CHINA, partner="China"),
        fact("India", "exports", "value", 1.89e9, "USD", JANUARY, "1.89 billion", EVIDENCE_CHINA, partner="China"),
        fact(
            "India",
            "exports",
            "growth",
            38.4,
            "percent",
            JANUARY,
            "38.4",
            EVIDENCE_ELECTRONICS,
            product="electronic goods",
        ),
        fact(
            "India",
            "exports",
            "value",
            4.61e9,
            "USD",
            JANUARY,
            "4.61 billion",
            EVIDENCE_ELECTRONICS,
            product="electronic goods",
        ),
        fact("India", "imports", "growth", 48.6, "percent", JANUARY, "48.6", EVIDENCE_GOLD, product="gold"),
        fact("India", "imports", "value", 3.98e9, "USD", JANUARY, "3.98 billion", EVIDENCE_GOLD, product="gold"),
        fact("India", "imports", "growth", -8.4, "percent", JANUARY, "8.4", EVIDENCE_CRUDE, product="crude oil"),
        fact(
            "India", "imports", "value", 12.46e9, "USD", JANUARY, "12.46 billion", EVIDENCE_CRUDE, product="crude oil"
        ),
        fact(
            "India",
            "exports",
            "value",
            37.95e9,
            "USD",
            JANUARY,
            "37.95 billion",
            "services exports in January are estimated at USD 37.95 billion",
            product="services",
        ),
        fact(
            "India",
            "imports",
            "value",
            18.10e9,
            "USD",
            JANUARY,
            "18.10 billion",
            "services exports in January are estimated at USD 37.95 billion and services imports at USD 18.10 billion",
            product="services",
        ),
        fact(
            "India",
            "exports",
            "value",
            720.81e9,
            "USD",
            APRIL_JANUARY,
            "720.81 billion",
            EVIDENCE_OVERALL,
            product="goods and services",
        ),
        fact(
            "India",
            "exports",
            "growth",
            5.92,
            "percent",
            APRIL_JANUARY,
            "5.92",
            EVIDENCE_OVERALL,
            product="goods and services",
        ),
    ],
}
