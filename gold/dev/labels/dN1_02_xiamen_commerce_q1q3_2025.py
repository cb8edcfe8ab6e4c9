"""Hand labels for dN1_02_xiamen_commerce_q1q3_2025 (set N, held out): Xiamen commerce bureau release."""

from _fact import fact, period

FIRST_THREE_QUARTERS = period(2025, 1, 9)
THIRD_QUARTER = period(2025, 7, 9)

EVIDENCE_TOTAL = (
    "the total import and export value of Xiamen's foreign trade was 702.64 billion yuan, "
    "an increase of 5.1% year-on-year (the same below)"
)
EVIDENCE_EXPORTS = "exports were 389.27 billion yuan, an increase of 8.3%"
EVIDENCE_IMPORTS = "imports were 313.37 billion yuan, an increase of 1.4%"
EVIDENCE_THIRD_QUARTER = (
    "In the third quarter, Xiamen's import and export value was 248.15 billion yuan, an increase of 7.6%"
)
EVIDENCE_HULI = "the import and export value of Huli District was 186.41 billion yuan, an increase of 6.2%"
EVIDENCE_GENERAL = (
    "General trade import and export was 458.37 billion yuan, an increase of 6.6%, accounting for 65.2% of the "
    "city's total"
)
EVIDENCE_MODES = (
    "Bonded logistics and processing trade were 171.94 billion yuan and 65.42 billion yuan respectively, "
    "up 2.3% and down 4.1%"
)
EVIDENCE_PRIVATE = (
    "Private enterprises imported and exported 336.85 billion yuan, an increase of 9.4%, accounting for 47.9% "
    "of the total"
)
EVIDENCE_ASEAN = "Trade with ASEAN was 142.38 billion yuan, an increase of 10.2%"
EVIDENCE_BELT_ROAD = (
    "Imports and exports to Belt and Road partner countries were 355.91 billion yuan, an increase of 7.8%"
)
EVIDENCE_MECHANICAL = "Exports of mechanical and electrical products were 173.52 billion yuan, an increase of 11.7%"
BELT_ROAD = "Belt and Road partner countries"
GENERAL = "general trade"
PRIVATE = "private enterprises"
MECHANICAL = "mechanical and electrical products"

ARTICLE = {
    "id": "dN1_02_xiamen_commerce_q1q3_2025",
    "title": "Xiamen's foreign trade grows 5.1% in the first three quarters",
    "publisher": "Xiamen Municipal Bureau of Commerce",
    "published": "2025-10-28",
    "notes": [
        "Translated government release; '(the same below)' makes every later growth rate year-on-year; the running "
        "period is January-September 2025 (the first three quarters) except the third-quarter sentence (July-September).",
        "The headline's 5.1% restates the lead: labelled once, with the lead sentence as evidence.",
        "Districts are areas in their own right, named as the text names them ('Huli District', 'Haicang District', "
        "'Jimei District'); 'Haicang District grew 9.7%' carries the import and export value of the sentence before.",
        "'Bonded logistics and processing trade were ... respectively, up 2.3% and down 4.1%': four facts; the second "
        "rate takes its own verb (down: -4.1).",
        "Trade modes are segments: 'general trade', 'bonded logistics', 'processing trade'.",
        "ASEAN 'largest trading partner' is a stated rank 1 for Xiamen's trade with ASEAN.",
        "'trade with Taiwan region rose 11.5%': partner Taiwan.",
        "Out of scope: '1.1 percentage points higher than the national level', 'up 1 percentage point', 'pulling the "
        "city's foreign trade growth up by 4.3 percentage points' (a contribution), 'the quarterly scale hit a record "
        "high', 'six consecutive months' (streak), 9.21 million TEUs at Xiamen Port, 213 China-Europe freight train "
        "trips.",
        "Lithium batteries, ships, electric passenger vehicles 'grew rapidly' and labor-intensive products 'basically "
        "flat' carry no number: nothing to label.",
    ],
    "facts": [
        fact("Xiamen", "total", "value", 702.64e9, "CNY", FIRST_THREE_QUARTERS, "702.64 billion", EVIDENCE_TOTAL),
        fact("Xiamen", "total", "growth", 5.1, "percent", FIRST_THREE_QUARTERS, "5.1", EVIDENCE_TOTAL),
        fact("Xiamen", "exports", "value", 389.27e9, "CNY", FIRST_THREE_QUARTERS, "389.27 billion", EVIDENCE_EXPORTS),
        fact("Xiamen", "exports", "growth", 8.3, "percent", FIRST_THREE_QUARTERS, "8.3", EVIDENCE_EXPORTS),
        fact("Xiamen", "imports", "value", 313.37e9, "CNY", FIRST_THREE_QUARTERS, "313.37 billion", EVIDENCE_IMPORTS),
        fact("Xiamen", "imports", "growth", 1.4, "percent", FIRST_THREE_QUARTERS, "1.4", EVIDENCE_IMPORTS),
        fact("Xiamen", "total", "value", 248.15e9, "CNY", THIRD_QUARTER, "248.15 billion", EVIDENCE_THIRD_QUARTER),
        fact("Xiamen", "total", "growth", 7.6, "percent", THIRD_QUARTER, "7.6", EVIDENCE_THIRD_QUARTER),
        fact("Huli District", "total", "value", 186.41e9, "CNY", FIRST_THREE_QUARTERS, "186.41 billion", EVIDENCE_HULI),
        fact("Huli District", "total", "growth", 6.2, "percent", FIRST_THREE_QUARTERS, "6.2", EVIDENCE_HULI),
        fact(
            "Haicang District",
            "total",
            "growth",
            9.7,
            "percent",
            FIRST_THREE_QUARTERS,
            "9.7",
            "Haicang District grew 9.7%",
        ),
        fact(
            "Jimei District",
            "total",
            "growth",
            -3.5,
            "percent",
            FIRST_THREE_QUARTERS,
            "3.5",
            "Jimei District declined 3.5%",
        ),
        fact(
            "Xiamen",
            "total",
            "value",
            458.37e9,
            "CNY",
            FIRST_THREE_QUARTERS,
            "458.37 billion",
            EVIDENCE_GENERAL,
            segment=GENERAL,
        ),
        fact(
            "Xiamen", "total", "growth", 6.6, "percent", FIRST_THREE_QUARTERS, "6.6", EVIDENCE_GENERAL, segment=GENERAL
        ),
        fact(
            "Xiamen", "total", "share", 65.2, "percent", FIRST_THREE_QUARTERS, "65.2", EVIDENCE_GENERAL, segment=GENERAL
        ),
        fact(
            "Xiamen",
            "total",
            "value",
            171.94e9,
            "CNY",
            FIRST_THREE_QUARTERS,
            "171.94 billion",
            EVIDENCE_MODES,
            segment="bonded logistics",
        ),
        fact(
            "Xiamen",
            "total",
            "value",
            65.42e9,
            "CNY",
            FIRST_THREE_QUARTERS,
            "65.42 billion",
            EVIDENCE_MODES,
            segment="processing trade",
        ),
        fact(
            "Xiamen",
            "total",
            "growth",
            2.3,
            "percent",
            FIRST_THREE_QUARTERS,
            "2.3",
            EVIDENCE_MODES,
            segment="bonded logistics",
        ),
        fact(
            "Xiamen",
            "total",
            "growth",
            -4.1,
            "percent",
            FIRST_THREE_QUARTERS,
            "4.1",
            EVIDENCE_MODES,
            segment="processing trade",
        ),
        fact(
            "Xiamen",
            "total",
            "value",
            336.85e9,
            "CNY",
            FIRST_THREE_QUARTERS,
            "336.85 billion",
            EVIDENCE_PRIVATE,
            segment=PRIVATE,
        ),
        fact(
            "Xiamen", "total", "growth", 9.4, "percent", FIRST_THREE_QUARTERS, "9.4", EVIDENCE_PRIVATE, segment=PRIVATE
        ),
        fact(
            "Xiamen", "total", "share", 47.9, "percent", FIRST_THREE_QUARTERS, "47.9", EVIDENCE_PRIVATE, segment=PRIVATE
        ),
        fact(
            "Xiamen",
            "total",
            "rank",
            1,
            "number",
            FIRST_THREE_QUARTERS,
            "largest",
            "ASEAN was still Xiamen's largest trading partner",
            partner="ASEAN",
        ),
        fact(
            "Xiamen",
            "total",
            "value",
            142.38e9,
            "CNY",
            FIRST_THREE_QUARTERS,
            "142.38 billion",
            EVIDENCE_ASEAN,
            partner="ASEAN",
        ),
        fact(
            "Xiamen", "total", "growth", 10.2, "percent", FIRST_THREE_QUARTERS, "10.2", EVIDENCE_ASEAN, partner="ASEAN"
        ),
        fact(
            "Xiamen",
            "total",
            "value",
            355.91e9,
            "CNY",
            FIRST_THREE_QUARTERS,
            "355.91 billion",
            EVIDENCE_BELT_ROAD,
            partner=BELT_ROAD,
        ),
        fact(
            "Xiamen",
            "total",
            "growth",
            7.8,
            "percent",
            FIRST_THREE_QUARTERS,
            "7.8",
            EVIDENCE_BELT_ROAD,
            partner=BELT_ROAD,
        ),
        fact(
            "Xiamen",
            "total",
            "growth",
            11.5,
            "percent",
            FIRST_THREE_QUARTERS,
            "11.5",
            "trade with Taiwan region rose 11.5%",
            partner="Taiwan",
        ),
        fact(
            "Xiamen",
            "exports",
            "value",
            173.52e9,
            "CNY",
            FIRST_THREE_QUARTERS,
            "173.52 billion",
            EVIDENCE_MECHANICAL,
            product=MECHANICAL,
        ),
        fact(
            "Xiamen",
            "exports",
            "growth",
            11.7,
            "percent",
            FIRST_THREE_QUARTERS,
            "11.7",
            EVIDENCE_MECHANICAL,
            product=MECHANICAL,
        ),
    ],
}
