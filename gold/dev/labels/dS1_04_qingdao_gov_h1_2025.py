from _fact import fact, period

FIRST_HALF = period(2025, 1, 6)
SECOND_QUARTER = period(2025, 4, 6)
JUNE = period(2025, 6)
AREA = "Qingdao"

EVIDENCE_TOTAL = "the total import and export value of goods trade of Qingdao was 468.52 billion yuan, an increase of 4.6% year-on-year"
EVIDENCE_EXPORTS = "exports were 275.31 billion yuan, an increase of 8.9%"
EVIDENCE_IMPORTS = "imports were 193.21 billion yuan, a decrease of 1%"
EVIDENCE_JUNE = "In June alone, the import and export value was 86.05 billion yuan, an increase of 7.2%"
EVIDENCE_GENERAL = (
    "the city's general trade imports and exports were 322.7 billion yuan, an increase of 5.3%, "
    "accounting for 68.9% of the city's total foreign trade value"
)
EVIDENCE_PROCESSING = "Processing trade imports and exports were 63.41 billion yuan, a decrease of 2.7%"
EVIDENCE_BONDED = "Imports and exports in the form of bonded logistics were 70.84 billion yuan, an increase of 9.8%"
EVIDENCE_ECOMMERCE = (
    "The city's cross-border e-commerce imports and exports were 24.36 billion yuan, an increase of 31.2%, "
    "of which exports were 20.15 billion yuan"
)
EVIDENCE_MARKETS = (
    "the city's imports and exports with ASEAN, the European Union and the United States were 78.62 billion yuan, "
    "61.35 billion yuan and 45.18 billion yuan respectively, increasing by 9.4% and 6.1% and decreasing by 11.7%"
)

ARTICLE = {
    "id": "dS1_04_qingdao_gov_h1_2025",
    "title": "Qingdao's foreign trade up 4.6% in the first half of 2025",
    "publisher": "Qingdao Municipal People's Government",
    "published": "2025-07-23",
    "notes": [
        "Translated city government release; '(the same below)' after the first year-on-year rate makes every later "
        "growth rate year-on-year unless the text names another base.",
        "The headline restates the half-year growth (4.6%): labelled once, with the body sentence as evidence.",
        "'in the second quarter increased by 11.3% over the first quarter': growth with basis qoq for Q2 2025; the "
        "quarterly values themselves are not stated.",
        "June 'an increase of 7.2%' is year-on-year by '(the same below)'; 'the highest monthly level so far this "
        "year' is a milestone, out.",
        "'accounting for 27.7% of the total foreign trade of Shandong Province': share of Qingdao's total trade, "
        "partner null.",
        "Trade modes (general trade, processing trade, bonded logistics) and cross-border e-commerce are segments; "
        "'of which exports were 20.15 billion yuan' is the exports of the cross-border e-commerce segment.",
        "'ASEAN remained Qingdao's largest trading partner': rank 1 of Qingdao's trade with ASEAN, H1 2025.",
        "Partner list with 'respectively': values and growths distributed in order; 'decreasing by 11.7%' for the "
        "United States is negative.",
        "'countries jointly building the Belt and Road' is partner 'Belt and Road partner countries'; the share that "
        "'rose by 1.4 percentage points' is a percentage-point change, out.",
        "Private enterprises' share (72.3%) labelled; 'drove the city's foreign trade growth by 5.1 percentage "
        "points' is a contribution, out.",
        "Out of scope: '1.7 percentage points higher than the national growth rate', 112 overseas warehouses, "
        "968 more newly registered foreign trade operators (a change in a count, and not a count of traders "
        "with trade), 16.01 million TEUs, 486 freight trains, GDP growth of 5.9%.",
    ],
    "facts": [
        fact(AREA, "total", "value", 468.52e9, "CNY", FIRST_HALF, "468.52 billion", EVIDENCE_TOTAL),
        fact(AREA, "total", "growth", 4.6, "percent", FIRST_HALF, "4.6", EVIDENCE_TOTAL),
        fact(
            AREA,
            "total",
            "share",
            27.7,
            "percent",
            FIRST_HALF,
            "27.7",
            "accounting for 27.7% of the total foreign trade of Shandong Province",
        ),
        fact(AREA, "exports", "value", 275.31e9, "CNY", FIRST_HALF, "275.31 billion", EVIDENCE_EXPORTS),
        fact(AREA, "exports", "growth", 8.9, "percent", FIRST_HALF, "8.9", EVIDENCE_EXPORTS),
        fact(AREA, "imports", "value", 193.21e9, "CNY", FIRST_HALF, "193.21 billion", EVIDENCE_IMPORTS),
        fact(AREA, "imports", "growth", -1, "percent", FIRST_HALF, "1", EVIDENCE_IMPORTS),
        fact(
            AREA,
            "total",
            "growth",
            11.3,
            "percent",
            SECOND_QUARTER,
            "11.3",
            "the city's imports and exports in the second quarter increased by 11.3% over the first quarter",
            basis="qoq",
        ),
        fact(AREA, "total", "value", 86.05e9, "CNY", JUNE, "86.05 billion", EVIDENCE_JUNE),
        fact(AREA, "total", "growth", 7.2, "percent", JUNE, "7.2", EVIDENCE_JUNE),
        fact(
            AREA, "total", "value", 322.7e9, "CNY", FIRST_HALF, "322.7 billion", EVIDENCE_GENERAL, segment="general trade"
        ),
        fact(AREA, "total", "growth", 5.3, "percent", FIRST_HALF, "5.3", EVIDENCE_GENERAL, segment="general trade"),
        fact(AREA, "total", "share", 68.9, "percent", FIRST_HALF, "68.9", EVIDENCE_GENERAL, segment="general trade"),
        fact(
            AREA,
            "total",
            "value",
            63.41e9,
            "CNY",
            FIRST_HALF,
            "63.41 billion",
            EVIDENCE_PROCESSING,
            segment="processing trade",
        ),
        fact(
            AREA, "total", "growth", -2.7, "percent", FIRST_HALF, "2.7", EVIDENCE_PROCESSING, segment="processing trade"
        ),
        fact(
            AREA,
            "total",
            "value",
            70.84e9,
            "CNY",
            FIRST_HALF,
            "70.84 billion",
            EVIDENCE_BONDED,
            segment="bonded logistics",
        ),
        fact(AREA, "total", "growth", 9.8, "percent", FIRST_HALF, "9.8", EVIDENCE_BONDED, segment="bonded logistics"),
        fact(
            AREA,
            "total",
            "value",
            24.36e9,
            "CNY",
            FIRST_HALF,
            "24.36 billion",
            EVIDENCE_ECOMMERCE,
            segment="cross-border e-commerce",
        ),
        fact(
            AREA,
            "total",
            "growth",
            31.2,
            "percent",
            FIRST_HALF,
            "31.2",
            EVIDENCE_ECOMMERCE,
            segment="cross-border e-commerce",
        ),
        fact(
            AREA,
            "exports",
            "value",
            20.15e9,
            "CNY",
            FIRST_HALF,
            "20.15 billion",
            EVIDENCE_ECOMMERCE,
            segment="cross-border e-commerce",
        ),
        fact(
            AREA,
            "total",
            "share",
            72.3,
            "percent",
            FIRST_HALF,
            "72.3",
            "The import and export value of private enterprises accounted for 72.3% of the city's total",
            segment="private enterprises",
        ),
        fact(
            AREA,
            "total",
            "rank",
            1,
            "number",
            FIRST_HALF,
            "largest",
            "ASEAN remained Qingdao's largest trading partner",
            partner="ASEAN",
        ),
        fact(AREA, "total", "value", 78.62e9, "CNY", FIRST_HALF, "78.62 billion", EVIDENCE_MARKETS, partner="ASEAN"),
        fact(
            AREA,
            "total",
            "value",
            61.35e9,
            "CNY",
            FIRST_HALF,
            "61.35 billion",
            EVIDENCE_MARKETS,
            partner="European Union",
        ),
        fact(
            AREA,
            "total",
            "value",
            45.18e9,
            "CNY",
            FIRST_HALF,
            "45.18 billion",
            EVIDENCE_MARKETS,
            partner="United States",
        ),
        fact(AREA, "total", "growth", 9.4, "percent", FIRST_HALF, "9.4", EVIDENCE_MARKETS, partner="ASEAN"),
        fact(AREA, "total", "growth", 6.1, "percent", FIRST_HALF, "6.1", EVIDENCE_MARKETS, partner="European Union"),
        fact(AREA, "total", "growth", -11.7, "percent", FIRST_HALF, "11.7", EVIDENCE_MARKETS, partner="United States"),
        fact(
            AREA,
            "total",
            "growth",
            7.8,
            "percent",
            FIRST_HALF,
            "7.8",
            "Imports and exports with countries jointly building the Belt and Road increased by 7.8%",
            partner="Belt and Road partner countries",
        ),
        fact(
            AREA,
            "exports",
            "share",
            51.3,
            "percent",
            FIRST_HALF,
            "51.3",
            "Exports of mechanical and electrical products accounted for 51.3% of the city's total export value",
            product="mechanical and electrical products",
        ),
    ],
}
