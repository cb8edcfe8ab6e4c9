from _fact import fact, period

JANUARY = period(2026, 1)
JANUARY_LAST_YEAR = period(2025, 1)
DECEMBER = period(2025, 12)
APRIL_JANUARY = {"start": "2025-04", "end": "2026-01"}  # fiscal 2025-26 to date, across the calendar year
FISCAL_2024_25 = {"start": "2024-04", "end": "2025-03"}
INDIA = "India"

E_EXPORTS = (
    "merchandise exports went up 2.86 per cent in January 2026 to USD 37.62 billion, against "
    "USD 36.58 billion in January 2025"
)
E_DEFICIT = "India's trade deficit grew to USD 24.73 billion in January as imports of gold and electronic goods increased"
E_IMPORTS = "The month's import bill climbed 4.93 per cent to USD 62.35 billion"
E_GOLD = "Wedding season demand pushed gold imports up 41.8 per cent to USD 3.8 billion in January"
E_CRUDE = "softer global prices pulled crude oil imports down 8.2 per cent to USD 12.74 billion"
E_ELEC_IMPORTS = "Electronic goods imports went up by 14.6 per cent, reaching USD 9.87 billion"
E_ELEC_EXPORTS = "Exports of electronic goods, led by smartphones, soared 36.1 per cent to USD 4.65 billion"
E_US = "Shipments to the US fell 4.3 per cent in January to USD 7.81 billion"
E_CUM = (
    "For April-January 2025-26 as a whole, merchandise exports were up 1.2 per cent at USD 365.84 billion "
    "and imports grew 5.6 per cent to USD 621.30 billion"
)
E_SERVICES = (
    "The ministry put January's services exports at an estimated USD 38.90 billion "
    "and services imports at an estimated USD 18.70 billion"
)
E_OVERALL = (
    "Combining merchandise and services, India's total January exports are estimated to be USD 76.52 billion, "
    "with an overall trade deficit of USD 4.53 billion"
)

ARTICLE = {
    "id": "dP2_05_in_trade_jan2026_pti",
    "title": "Jan trade deficit grows to USD 24.73 bn on higher gold, electronics imports; exports rise 2.86 pc",
    "publisher": "PTI",
    "published": "2026-02-16",
    "notes": [
        "The text states the year (January 2026, January 2025, December 2025, April-January 2025-26); "
        "'January last year' is January 2025.",
        "India's fiscal year runs April-March: 'April-January 2025-26' is 2025-04 to 2026-01 (written as a dict, since "
        "period() cannot cross a calendar year); 'the last fiscal' (2024-25) is 2024-04 to 2025-03.",
        "Headline figures (24.73 bn deficit, exports up 2.86 pc) restate the lead: labelled once, with body evidence.",
        "Merchandise (goods) figures: product null. Services figures: product services. 'Combining merchandise and services, "
        "India's total exports': product goods and services; 'goods and services exports' in 2024-25 too.",
        "Exports of USD 36.58 billion in January 2025 labelled as the January 2025 value (the comparison base is "
        "stated as a figure).",
        "'In January last year the trade deficit ... stood at USD 22.84 billion' (the gap): balance -22.84 bn for 2025-01.",
        "Rupee value of January exports (Rs 3,38,015.70 crore, Indian digit grouping) labelled as a separate INR fact; "
        "it matches USD 37.62 billion at the stated average of 89.85 rupees to the dollar.",
        "Growth with no comparison named is year on year (the ministry compares with the same month last year).",
        "'Over these ten months the goods trade deficit': balance for April-January.",
        "Overall imports are not stated; the overall deficit of USD 4.53 billion is consistent with 37.62+38.90 "
        "exports against 62.35+18.70 imports.",
        "Out of scope: 'contracting for a fifth month in a row' (streak), the 50 per cent US tariffs, the forecast of "
        "a 2025-26 total exceeding USD 850 billion, the current account under 1 per cent of GDP (forecast), the rupee's "
        "average of 89.85 to the dollar, and 8.2 per cent GDP growth; the UAE, the Netherlands and China are named "
        "as markets with no figure.",
    ],
    "facts": [
        fact(INDIA, "exports", "growth", 2.86, "percent", JANUARY, "2.86", E_EXPORTS),
        fact(INDIA, "exports", "value", 37.62e9, "USD", JANUARY, "37.62 billion", E_EXPORTS),
        fact(INDIA, "exports", "value", 36.58e9, "USD", JANUARY_LAST_YEAR, "36.58 billion", E_EXPORTS),
        fact(INDIA, "balance", "value", -24.73e9, "USD", JANUARY, "24.73 billion", E_DEFICIT),
        fact(INDIA, "imports", "growth", 4.93, "percent", JANUARY, "4.93", E_IMPORTS),
        fact(INDIA, "imports", "value", 62.35e9, "USD", JANUARY, "62.35 billion", E_IMPORTS),
        fact(
            INDIA,
            "balance",
            "value",
            -22.84e9,
            "USD",
            JANUARY_LAST_YEAR,
            "22.84 billion",
            "In January last year the trade deficit – imports minus exports – stood at USD 22.84 billion",
        ),
        fact(
            INDIA,
            "balance",
            "value",
            -25.04e9,
            "USD",
            DECEMBER,
            "25.04 billion",
            "December 2025 had seen a deficit of USD 25.04 billion",
        ),
        fact(
            INDIA,
            "exports",
            "value",
            3.3801570e12,
            "INR",
            JANUARY,
            "3,38,015.70 crore",
            "Measured in rupees, January exports amounted to Rs 3,38,015.70 crore",
        ),
        fact(INDIA, "imports", "growth", 41.8, "percent", JANUARY, "41.8", E_GOLD, product="gold"),
        fact(INDIA, "imports", "value", 3.8e9, "USD", JANUARY, "3.8 billion", E_GOLD, product="gold"),
        fact(INDIA, "imports", "growth", -8.2, "percent", JANUARY, "8.2", E_CRUDE, product="crude oil"),
        fact(INDIA, "imports", "value", 12.74e9, "USD", JANUARY, "12.74 billion", E_CRUDE, product="crude oil"),
        fact(INDIA, "imports", "growth", 14.6, "percent", JANUARY, "14.6", E_ELEC_IMPORTS, product="electronic goods"),
        fact(INDIA, "imports", "value", 9.87e9, "USD", JANUARY, "9.87 billion", E_ELEC_IMPORTS, product="electronic goods"),
        fact(INDIA, "exports", "growth", 36.1, "percent", JANUARY, "36.1", E_ELEC_EXPORTS, product="electronic goods"),
        fact(INDIA, "exports", "value", 4.65e9, "USD", JANUARY, "4.65 billion", E_ELEC_EXPORTS, product="electronic goods"),
        fact(INDIA, "exports", "growth", -4.3, "percent", JANUARY, "4.3", E_US, partner="United States"),
        fact(INDIA, "exports", "value", 7.81e9, "USD", JANUARY, "7.81 billion", E_US, partner="United States"),
        fact(INDIA, "exports", "growth", 1.2, "percent", APRIL_JANUARY, "1.2", E_CUM),
        fact(INDIA, "exports", "value", 365.84e9, "USD", APRIL_JANUARY, "365.84 billion", E_CUM),
        fact(INDIA, "imports", "growth", 5.6, "percent", APRIL_JANUARY, "5.6", E_CUM),
        fact(INDIA, "imports", "value", 621.30e9, "USD", APRIL_JANUARY, "621.30 billion", E_CUM),
        fact(
            INDIA,
            "balance",
            "value",
            -255.46e9,
            "USD",
            APRIL_JANUARY,
            "255.46 billion",
            "Over these ten months the goods trade deficit came to USD 255.46 billion",
        ),
        fact(INDIA, "exports", "value", 38.90e9, "USD", JANUARY, "38.90 billion", E_SERVICES, product="services"),
        fact(INDIA, "imports", "value", 18.70e9, "USD", JANUARY, "18.70 billion", E_SERVICES, product="services"),
        fact(INDIA, "exports", "value", 76.52e9, "USD", JANUARY, "76.52 billion", E_OVERALL, product="goods and services"),
        fact(INDIA, "balance", "value", -4.53e9, "USD", JANUARY, "4.53 billion", E_OVERALL, product="goods and services"),
        fact(
            INDIA,
            "exports",
            "value",
            716.40e9,
            "USD",
            APRIL_JANUARY,
            "716.40 billion",
            "Estimates put overall exports for April-January 2025-26 at USD 716.40 billion",
            product="goods and services",
        ),
        fact(
            INDIA,
            "exports",
            "value",
            825.25e9,
            "USD",
            FISCAL_2024_25,
            "825.25 billion",
            "The last fiscal saw record goods and services exports of USD 825.25 billion",
            product="goods and services",
        ),
    ],
}
