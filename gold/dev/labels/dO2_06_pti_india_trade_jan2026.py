from _fact import fact, period

JANUARY = period(2026, 1)
JANUARY_LAST_YEAR = period(2025, 1)
APRIL_JANUARY = {"start": "2025-04", "end": "2026-01"}  # fiscal 2025-26 to date: crosses the calendar year

EVIDENCE_EXPORTS = "India's merchandise exports grew 5.6 per cent year-on-year to USD 38.47 billion"
EVIDENCE_IMPORTS = "Imports during the month rose 3.2 per cent to USD 61.32 billion"
EVIDENCE_DEFICIT = (
    "leaving a trade deficit of USD 22.85 billion as against USD 22.99 billion in January 2025, "
    "when exports stood at USD 36.43 billion"
)
EVIDENCE_RUPEE = (
    "In rupee terms, exports were Rs 3.48 lakh crore in January, a growth of 10.62 per cent over "
    "Rs 3.14 lakh crore in the same month last year"
)
EVIDENCE_CUMULATIVE_EXPORTS = "exports during April-January 2025-26 rose 2.76 per cent to USD 368.82 billion"
EVIDENCE_CUMULATIVE_IMPORTS = "imports increased 6.25 per cent to USD 639.53 billion"
EVIDENCE_US = "Exports to the US, India's largest export destination, rose 6.1 per cent to USD 8.96 billion in January"
EVIDENCE_CHINA = "Shipments to China jumped 33.5 per cent to USD 1.89 billion"
EVIDENCE_ELECTRONICS = "electronic goods exports soared 38.4 per cent to USD 4.61 billion"
EVIDENCE_GOLD = "gold imports jumped 48.6 per cent to USD 3.98 billion"
EVIDENCE_CRUDE = "crude oil imports declined 8.4 per cent to USD 12.46 billion"
EVIDENCE_OVERALL = (
    "Overall exports - merchandise and services combined - during April-January 2025-26 are estimated at "
    "USD 720.81 billion, up 5.92 per cent from the year-ago period"
)

ARTICLE = {
    "id": "dO2_06_pti_india_trade_jan2026",
    "title": "Exports rise 5.6 pc to USD 38.47 bn in Jan; trade deficit eases marginally to USD 22.85 bn",
    "publisher": "PTI",
    "published": "2026-02-16",
    "notes": [
        "The text states the years: 'January 2025' for the comparison month and 'April-January 2025-26' for the fiscal "
        "year to date, which runs 2025-04 to 2026-01 (written as a raw period dict, since it crosses the calendar year).",
        "'In January' of the lead is January 2026 (publication 2026-02-16 and the 'January 2025' comparison).",
        "The headline restates the January exports, growth and deficit; labelled once, from the body.",
        "'trade deficit of USD 22.85 billion as against USD 22.99 billion in January 2025': two balance facts, "
        "the second for 2025-01; 'when exports stood at USD 36.43 billion' is January 2025 exports.",
        "Rupee figures: 'Rs 3.48 lakh crore' (INR 3.48e12) for January 2026 and 'Rs 3.14 lakh crore' (INR 3.14e12) "
        "for January 2025 ('in the same month last year').",
        "'a growth of 10.62 per cent' is export growth in rupee terms; it has the same identity fields as the 5.6 per "
        "cent dollar growth except its value (the record has no field for the currency of a growth rate). Both labelled.",
        "'The trade deficit for the first ten months of the fiscal' is the April-January deficit.",
        "'India's largest export destination': rank 1 of India's exports to the United States, January.",
        "'Out of the 30 key sectors, 19 recorded positive growth': conditional count of sectors, out.",
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
            "The trade deficit for the first ten months of the fiscal stood at USD 270.71 billion",
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
            "The estimated value of services exports in January was USD 37.95 billion",
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
            "services imports were estimated at USD 18.10 billion",
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
