"""Hand labels for dN1_02_xiamen_commerce_q1q3_2025 (set N, held out): Xiamen commerce bureau release."""

from _fact import fact, period

FIRST_THREE_QUARTERS = period(2025, 1, 9)
THIRD_QUARTER = period(2025, 7, 9)

EVIDENCE_TOTAL = (
    "Xiamen's foreign trade reached a total import and export value of 702.64 billion yuan in the first three "
    "quarters of 2025, up 5.1% year-on-year (the same below)"
)
EVIDENCE_EXPORTS = "exports rose 8.3% to 389.27 billion yuan"
EVIDENCE_IMPORTS = "imports edged up 1.4% to 313.37 billion yuan"
EVIDENCE_THIRD_QUARTER = (
    "Xiamen's third-quarter import and export value rose 7.6% to 248.15 billion yuan"
)
EVIDENCE_HULI = "Huli District's import and export value grew 6.2% to 186.41 billion yuan"
EVIDENCE_GENERAL = (
    "Imports and exports under general trade came to 458.37 billion yuan, a rise of 6.6%, and made up 65.2% of the "
    "city's total"
)
EVIDENCE_MODES = (
    "Bonded logistics and processing trade stood at 171.94 billion yuan and 65.42 billion yuan respectively, "
    "the former up 2.3% and the latter down 4.1%"
)
EVIDENCE_PRIVATE = (
    "Private enterprises' imports and exports increased 9.4% to 336.85 billion yuan, or 47.9% "
    "of the total"
)
EVIDENCE_ASEAN = "trade between them up 10.2% at 142.38 billion yuan"
EVIDENCE_BELT_ROAD = (
    "Trade with Belt and Road partner countries totaled 355.91 billion yuan, a gain of 7.8%"
)
EVIDENCE_MECHANICAL = "Mechanical and electrical products worth 173.52 billion yuan were exported, an 11.7% increase"
BELT_ROAD = "Belt and Road partner countries"
GENERAL = "general trade"
PRIVATE = "private enterprises"
MECHANICAL = "mechanical and electrical products"

ARTICLE = {
    "id": "dN1_02_xiamen_commerce_q1q3_2025",
    "title": "Xiamen's imports and exports rise 5.1% in January-September",
    "publisher": "Xiamen Municipal Bureau of Commerce",
    "published": "2025-10-28",
    "notes": [
        "Translated government release; '(the same below)' makes every later growth rate year-on-year; the running "
        "period is January-September 2025 (the first three quarters) except the third-quarter sentence (July-September).",
        "The headline's 5.1% restates the lead: labelled once, with the lead sentence as evidence.",
        "Districts are areas in their own right, named as the text names them ('Huli District', 'Haicang District', "
        "'Jimei District'); 'Haicang District expanded 9.7%' carries the import and export value of the sentence "
        "before.",
        "'Bonded logistics and processing trade stood at ... respectively, the former up 2.3% and the latter down "
        "4.1%': four facts; the second rate takes its own verb (down: -4.1).",
        "Trade modes are segments: 'general trade', 'bonded logistics', 'processing trade'.",
        "ASEAN 'largest trading partner' is a stated rank 1 for Xiamen's trade with ASEAN.",
        "'Trade with Taiwan region climbed 11.5%': partner Taiwan.",
        "Out of scope: '1.1 percentage points above the national growth rate', '1 percentage point more than a year "
        "earlier', 'adding 4.3 percentage points to the city's foreign trade growth' (a contribution), 'the largest "
        "quarterly total on record', 'six months in a row' (streak), 9.21 million TEUs at Xiamen Port, 213 "
        "China-Europe freight train trips.",
        "Lithium batteries, ships, electric passenger vehicles 'growing fast' and labor-intensive products 'roughly "
        "unchanged' carry no number: nothing to label.",
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
            "Haicang District expanded 9.7%",
        ),
        fact(
            "Jimei District",
            "total",
            "growth",
            -3.5,
            "percent",
            FIRST_THREE_QUARTERS,
            "3.5",
            "Jimei District fell 3.5%",
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
            "ASEAN remained Xiamen's largest trading partner",
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
            "Trade with Taiwan region climbed 11.5%",
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
