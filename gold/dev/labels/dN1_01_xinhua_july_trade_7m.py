"""Hand labels for dN1_01_xinhua_july_trade_7m (set N, held out): Xinhua wire on China's July trade."""

from _fact import fact, period

FIRST_SEVEN_MONTHS = period(2024, 1, 7)
JULY = period(2024, 7)

EVIDENCE_TOTAL = "China's goods trade grew 6.2 percent year on year to 24.83 trillion yuan"
EVIDENCE_EXPORTS = "outbound shipments increased 6.7 percent from a year earlier to 14.26 trillion yuan"
EVIDENCE_IMPORTS = "inbound shipments gained 5.4 percent to 10.57 trillion yuan"
EVIDENCE_JULY_TOTAL = "total trade climbed 6.5 percent year on year to 3.68 trillion yuan"
EVIDENCE_JULY_EXPORTS = "Exports accounted for 2.14 trillion yuan of that, up 6.5 percent"
EVIDENCE_JULY_IMPORTS = "imports for 1.54 trillion yuan, up 6.6 percent"
EVIDENCE_ASEAN = "Trade between the two sides expanded 10.5 percent to 3.98 trillion yuan"
EVIDENCE_EU_US = "With the European Union and the United States, trade grew 0.7 percent and 4.5 percent, respectively"
EVIDENCE_BELT_ROAD = (
    "Trade between China and Belt and Road partner countries came to 11.67 trillion yuan, up 7 percent"
)
EVIDENCE_PRIVATE = (
    "Their combined imports and exports surged 10.9 percent to 13.64 trillion yuan, "
    "equal to 54.9 percent of the national total"
)
EVIDENCE_MECHANICAL = (
    "shipments of mechanical and electrical products reached 8.45 trillion yuan over the seven months, "
    "rising 8.1 percent and representing 59.3 percent of all exports"
)
EVIDENCE_PRODUCTS = "integrated circuit and automobile exports soared 25.8 percent and 20.5 percent respectively"
PRIVATE = "private enterprises"
MECHANICAL = "mechanical and electrical products"

ARTICLE = {
    "id": "dN1_01_xinhua_july_trade_7m",
    "title": "China's goods trade grows 6.2 pct in January-July",
    "publisher": "Xinhua",
    "published": "2024-08-07",
    "notes": [
        "Wire dateline 'Aug. 7' has no year: the year 2024 comes from the published metadata; 'the first seven "
        "months' is January-July 2024 and 'For the month' (after 'in July') is July 2024.",
        "The headline's 6.2 pct restates the lead: labelled once, with the lead sentence as evidence.",
        "'about 3.47 trillion U.S. dollars' is the dollar conversion of the seven-month total: a separate USD fact, "
        "qualifier approx.",
        "'0.1 percentage points quicker than in the first half' and '2.4 percentage points higher than a year "
        "earlier' are "
        "percentage-point comparisons: out of scope.",
        "'a fourth month in a row of growth' is a streak: out.",
        "'Trade between the two sides expanded 10.5 percent...' carries ASEAN over from the previous sentence: "
        "partner ASEAN.",
        "ASEAN 'largest trading partner' is a stated rank 1; the EU and US get no rank (none is stated).",
        "'Their combined imports and exports' carries 'Private enterprises' over from the sentence before: segment "
        "private enterprises.",
        "Integrated circuits and automobiles ('Within this category') are export growth facts with their own products.",
        "The iron ore import price fall ('about 4 percent') is a price, not a trade flow: out. Bulk commodities "
        "'imported in steady volumes' gives no number.",
        "China-Europe freight trains (11,000 trips, 224 cities, 25 countries) and the annual goal: out of scope.",
        "The GAC spokesperson's remarks and the analysts' outlook contain no in-scope number.",
    ],
    "facts": [
        fact("China", "total", "value", 24.83e12, "CNY", FIRST_SEVEN_MONTHS, "24.83 trillion", EVIDENCE_TOTAL),
        fact("China", "total", "growth", 6.2, "percent", FIRST_SEVEN_MONTHS, "6.2", EVIDENCE_TOTAL),
        fact(
            "China",
            "total",
            "value",
            3.47e12,
            "USD",
            FIRST_SEVEN_MONTHS,
            "3.47 trillion",
            "24.83 trillion yuan (about 3.47 trillion U.S. dollars)",
            qualifier="approx",
        ),
        fact("China", "exports", "growth", 6.7, "percent", FIRST_SEVEN_MONTHS, "6.7", EVIDENCE_EXPORTS),
        fact("China", "exports", "value", 14.26e12, "CNY", FIRST_SEVEN_MONTHS, "14.26 trillion", EVIDENCE_EXPORTS),
        fact("China", "imports", "growth", 5.4, "percent", FIRST_SEVEN_MONTHS, "5.4", EVIDENCE_IMPORTS),
        fact("China", "imports", "value", 10.57e12, "CNY", FIRST_SEVEN_MONTHS, "10.57 trillion", EVIDENCE_IMPORTS),
        fact("China", "total", "growth", 6.5, "percent", JULY, "6.5", EVIDENCE_JULY_TOTAL),
        fact("China", "total", "value", 3.68e12, "CNY", JULY, "3.68 trillion", EVIDENCE_JULY_TOTAL),
        fact("China", "exports", "growth", 6.5, "percent", JULY, "6.5", EVIDENCE_JULY_EXPORTS),
        fact("China", "exports", "value", 2.14e12, "CNY", JULY, "2.14 trillion", EVIDENCE_JULY_EXPORTS),
        fact("China", "imports", "growth", 6.6, "percent", JULY, "6.6", EVIDENCE_JULY_IMPORTS),
        fact("China", "imports", "value", 1.54e12, "CNY", JULY, "1.54 trillion", EVIDENCE_JULY_IMPORTS),
        fact(
            "China",
            "balance",
            "value",
            84.65e9,
            "USD",
            JULY,
            "84.65 billion",
            "the July trade surplus came to 84.65 billion dollars",
        ),
        fact(
            "China",
            "total",
            "rank",
            1,
            "number",
            FIRST_SEVEN_MONTHS,
            "largest",
            "the Association of Southeast Asian Nations (ASEAN) kept its place as China's largest trading partner",
            partner="ASEAN",
        ),
        fact("China", "total", "growth", 10.5, "percent", FIRST_SEVEN_MONTHS, "10.5", EVIDENCE_ASEAN, partner="ASEAN"),
        fact(
            "China",
            "total",
            "value",
            3.98e12,
            "CNY",
            FIRST_SEVEN_MONTHS,
            "3.98 trillion",
            EVIDENCE_ASEAN,
            partner="ASEAN",
        ),
        fact(
            "China",
            "total",
            "share",
            16,
            "percent",
            FIRST_SEVEN_MONTHS,
            "16",
            "making up 16 percent of the value of China's total foreign trade",
            partner="ASEAN",
        ),
        fact(
            "China",
            "total",
            "growth",
            0.7,
            "percent",
            FIRST_SEVEN_MONTHS,
            "0.7",
            EVIDENCE_EU_US,
            partner="European Union",
        ),
        fact(
            "China",
            "total",
            "growth",
            4.5,
            "percent",
            FIRST_SEVEN_MONTHS,
            "4.5",
            EVIDENCE_EU_US,
            partner="United States",
        ),
        fact(
            "China",
            "total",
            "value",
            11.67e12,
            "CNY",
            FIRST_SEVEN_MONTHS,
            "11.67 trillion",
            EVIDENCE_BELT_ROAD,
            partner="Belt and Road partner countries",
        ),
        fact(
            "China",
            "total",
            "growth",
            7,
            "percent",
            FIRST_SEVEN_MONTHS,
            "7",
            EVIDENCE_BELT_ROAD,
            partner="Belt and Road partner countries",
        ),
        fact(
            "China", "total", "growth", 10.9, "percent", FIRST_SEVEN_MONTHS, "10.9", EVIDENCE_PRIVATE, segment=PRIVATE
        ),
        fact(
            "China",
            "total",
            "value",
            13.64e12,
            "CNY",
            FIRST_SEVEN_MONTHS,
            "13.64 trillion",
            EVIDENCE_PRIVATE,
            segment=PRIVATE,
        ),
        fact("China", "total", "share", 54.9, "percent", FIRST_SEVEN_MONTHS, "54.9", EVIDENCE_PRIVATE, segment=PRIVATE),
        fact(
            "China",
            "exports",
            "value",
            8.45e12,
            "CNY",
            FIRST_SEVEN_MONTHS,
            "8.45 trillion",
            EVIDENCE_MECHANICAL,
            product=MECHANICAL,
        ),
        fact(
            "China",
            "exports",
            "growth",
            8.1,
            "percent",
            FIRST_SEVEN_MONTHS,
            "8.1",
            EVIDENCE_MECHANICAL,
            product=MECHANICAL,
        ),
        fact(
            "China",
            "exports",
            "share",
            59.3,
            "percent",
            FIRST_SEVEN_MONTHS,
            "59.3",
            EVIDENCE_MECHANICAL,
            product=MECHANICAL,
        ),
        fact(
            "China",
            "exports",
            "growth",
            25.8,
            "percent",
            FIRST_SEVEN_MONTHS,
            "25.8",
            EVIDENCE_PRODUCTS,
            product="integrated circuits",
        ),
        fact(
            "China",
            "exports",
            "growth",
            20.5,
            "percent",
            FIRST_SEVEN_MONTHS,
            "20.5",
            EVIDENCE_PRODUCTS,
            product="automobiles",
        ),
    ],
}
