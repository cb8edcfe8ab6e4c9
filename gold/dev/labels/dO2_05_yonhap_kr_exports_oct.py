from _fact import fact, period

OCTOBER = period(2025, 10)
SEPTEMBER = period(2025, 9)
JANUARY_OCTOBER = period(2025, 1, 10)

EVIDENCE_EXPORTS = "outbound shipments at US$59.57 billion last month, a 3.6 percent increase from a year earlier"
EVIDENCE_IMPORTS = "With imports down 1.5 percent at $53.51 billion, the country posted a $6.06 billion trade surplus"
EVIDENCE_MONTH_ON_MONTH = "Compared with September, when exports reached a record $65.95 billion, they were 9.7 percent lower"
EVIDENCE_CHIPS = "semiconductor exports jumped 25.4 percent to $15.73 billion"
EVIDENCE_SHIPS = "Ship exports climbed 129.1 percent to $3.92 billion"
EVIDENCE_AUTOS = "Automobile exports, by contrast, fell 2.8 percent to $5.58 billion"
EVIDENCE_OIL = (
    "exports of petroleum products and petrochemicals, which fell by 11.3 percent and 18.0 percent, respectively, "
    "to $3.87 billion and $3.35 billion"
)
EVIDENCE_CHINA = "exports to China, the country's top trading partner, increased 10.0 percent to $12.1 billion"
EVIDENCE_US = "those to the United States fell 3.7 percent to $10.22 billion"
EVIDENCE_ASEAN = "Shipments to the Association of Southeast Asian Nations (ASEAN) rose 6.5 percent to $10.4 billion"
EVIDENCE_YEAR_TO_DATE = (
    "Exports for the January-October period were up 1.9 percent on-year at $577.3 billion, "
    "and the accumulated trade surplus came to $63.7 billion"
)

ARTICLE = {
    "id": "dO2_05_yonhap_kr_exports_oct",
    "title": "(LEAD) Record chip sales lift Oct. exports 3.6 pct despite long holiday",
    "publisher": "Yonhap",
    "published": "2025-11-01",
    "notes": [
        "The year appears only in the published date: 'last month'/'October' is 2025-10, 'the January-October period' "
        "is 2025-01/2025-10, the September comparison month is 2025-09.",
        "The headline's 3.6 percent restates the body; labelled once, from the body.",
        "'Compared with September ... they were 9.7 percent lower': growth with basis mom, negative from 'lower'; "
        "September's record $65.95 billion is its own fact with period 2025-09.",
        "'average daily exports ... rose by 19.5 percent to $3.05 billion': per-working-day average, out. "
        "Working days (19.5, 22.5): out.",
        "'fifth straight month', 'a run of monthly surpluses that has lasted more than two years', 'a monthly record': "
        "streaks and records, out.",
        "'Semiconductors made up 26.4 percent of all South Korean exports': share of exports, product semiconductors.",
        "'Automobile exports' (product automobiles) and 'car shipments to the United States' (product cars, partner "
        "United States) keep the text's words.",
        "Petroleum products and petrochemicals: 'respectively' list, two growth and two value facts.",
        "'China, the country's top trading partner': rank 1 of total trade with China.",
        "'Of the nine major regions South Korea exports to, six saw gains': conditional count, out.",
        "'the accumulated trade surplus came to $63.7 billion' is the January-October balance.",
        "First 20 days of October (exports down 8.2 percent): figures for part of a month, out; '10-day holiday' out.",
        "Exports as about 40 percent of GDP, and GDP growth of 1.2 percent in the third quarter: not trade flows, out.",
    ],
    "facts": [
        fact("South Korea", "exports", "growth", 3.6, "percent", OCTOBER, "3.6", EVIDENCE_EXPORTS),
        fact("South Korea", "exports", "value", 59.57e9, "USD", OCTOBER, "59.57 billion", EVIDENCE_EXPORTS),
        fact("South Korea", "imports", "growth", -1.5, "percent", OCTOBER, "1.5", EVIDENCE_IMPORTS),
        fact("South Korea", "imports", "value", 53.51e9, "USD", OCTOBER, "53.51 billion", EVIDENCE_IMPORTS),
        fact("South Korea", "balance", "value", 6.06e9, "USD", OCTOBER, "6.06 billion", EVIDENCE_IMPORTS),
        fact("South Korea", "exports", "growth", -9.7, "percent", OCTOBER, "9.7", EVIDENCE_MONTH_ON_MONTH, basis="mom"),
        fact("South Korea", "exports", "value", 65.95e9, "USD", SEPTEMBER, "65.95 billion", EVIDENCE_MONTH_ON_MONTH),
        fact(
            "South Korea",
            "exports",
            "growth",
            25.4,
            "percent",
            OCTOBER,
            "25.4",
            EVIDENCE_CHIPS,
            product="semiconductors",
        ),
        fact(
            "South Korea",
            "exports",
            "value",
            15.73e9,
            "USD",
            OCTOBER,
            "15.73 billion",
            EVIDENCE_CHIPS,
            product="semiconductors",
        ),
        fact(
            "South Korea",
            "exports",
            "share",
            26.4,
            "percent",
            OCTOBER,
            "26.4",
            "Semiconductors made up 26.4 percent of all South Korean exports",
            product="semiconductors",
        ),
        fact("South Korea", "exports", "growth", 129.1, "percent", OCTOBER, "129.1", EVIDENCE_SHIPS, product="ships"),
        fact(
            "South Korea", "exports", "value", 3.92e9, "USD", OCTOBER, "3.92 billion", EVIDENCE_SHIPS, product="ships"
        ),
        fact(
            "South Korea", "exports", "growth", -2.8, "percent", OCTOBER, "2.8", EVIDENCE_AUTOS, product="automobiles"
        ),
        fact(
            "South Korea",
            "exports",
            "value",
            5.58e9,
            "USD",
            OCTOBER,
            "5.58 billion",
            EVIDENCE_AUTOS,
            product="automobiles",
        ),
        fact(
            "South Korea",
            "exports",
            "growth",
            -16.9,
            "percent",
            OCTOBER,
            "16.9",
            "car shipments to the United States down 16.9 percent",
            partner="United States",
            product="cars",
        ),
        fact(
            "South Korea",
            "exports",
            "growth",
            -11.3,
            "percent",
            OCTOBER,
            "11.3",
            EVIDENCE_OIL,
            product="petroleum products",
        ),
        fact(
            "South Korea",
            "exports",
            "growth",
            -18.0,
            "percent",
            OCTOBER,
            "18.0",
            EVIDENCE_OIL,
            product="petrochemicals",
        ),
        fact(
            "South Korea",
            "exports",
            "value",
            3.87e9,
            "USD",
            OCTOBER,
            "3.87 billion",
            EVIDENCE_OIL,
            product="petroleum products",
        ),
        fact(
            "South Korea",
            "exports",
            "value",
            3.35e9,
            "USD",
            OCTOBER,
            "3.35 billion",
            EVIDENCE_OIL,
            product="petrochemicals",
        ),
        fact("South Korea", "total", "rank", 1, "number", OCTOBER, "top", EVIDENCE_CHINA, partner="China"),
        fact("South Korea", "exports", "growth", 10.0, "percent", OCTOBER, "10.0", EVIDENCE_CHINA, partner="China"),
        fact(
            "South Korea", "exports", "value", 12.1e9, "USD", OCTOBER, "12.1 billion", EVIDENCE_CHINA, partner="China"
        ),
        fact("South Korea", "exports", "growth", -3.7, "percent", OCTOBER, "3.7", EVIDENCE_US, partner="United States"),
        fact(
            "South Korea",
            "exports",
            "value",
            10.22e9,
            "USD",
            OCTOBER,
            "10.22 billion",
            EVIDENCE_US,
            partner="United States",
        ),
        fact("South Korea", "exports", "growth", 6.5, "percent", OCTOBER, "6.5", EVIDENCE_ASEAN, partner="ASEAN"),
        fact(
            "South Korea", "exports", "value", 10.4e9, "USD", OCTOBER, "10.4 billion", EVIDENCE_ASEAN, partner="ASEAN"
        ),
        fact("South Korea", "exports", "growth", 1.9, "percent", JANUARY_OCTOBER, "1.9", EVIDENCE_YEAR_TO_DATE),
        fact(
            "South Korea", "exports", "value", 577.3e9, "USD", JANUARY_OCTOBER, "577.3 billion", EVIDENCE_YEAR_TO_DATE
        ),
        fact("South Korea", "balance", "value", 63.7e9, "USD", JANUARY_OCTOBER, "63.7 billion", EVIDENCE_YEAR_TO_DATE),
    ],
}
