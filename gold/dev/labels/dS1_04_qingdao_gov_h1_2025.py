from _fact import fact, period

FIRST_HALF = period(2025, 1, 6)
SECOND_QUARTER = period(2025, 4, 6)
JUNE = period(2025, 6)
AREA = "Qingdao"

EVIDENCE_TOTAL = "Qingdao's goods imports and exports totalled 468.52 billion yuan in the first half of 2025, up 4.6% year-on-year"
EVIDENCE_EXPORTS = 'Exports amounted to 275.31 billion yuan, rising 8.9%'
EVIDENCE_IMPORTS = 'imports declined 1% to 193.21 billion yuan'
EVIDENCE_JUNE = 'June trade alone reached 86.05 billion yuan, up 7.2%'
EVIDENCE_GENERAL = "General trade came to 322.7 billion yuan in the first half, growing 5.3% and making up 68.9% of all the city's foreign trade"
EVIDENCE_PROCESSING = 'Processing trade shrank 2.7% to 63.41 billion yuan'
EVIDENCE_BONDED = 'Bonded logistics trade rose 9.8% to 70.84 billion yuan'
EVIDENCE_ECOMMERCE = 'Cross-border e-commerce climbed 31.2% to 24.36 billion yuan, including exports of 20.15 billion yuan'
EVIDENCE_MARKETS = 'trade with ASEAN, the European Union and the United States came to 78.62 billion yuan, 61.35 billion yuan and 45.18 billion yuan respectively, with the first two up 9.4% and 6.1% and the third down 11.7%'

ARTICLE = {
    "id": "dS1_04_qingdao_gov_h1_2025",
    "title": "Qingdao posts 4.6% foreign trade growth for January-June 2025",
    "publisher": "Qingdao Municipal People's Government",
    "published": "2025-07-23",
    "notes": [
        "Translated city government release; '(the same below)' after the first year-on-year rate makes every later "
        "growth rate year-on-year unless the text names another base.",
        "The headline restates the half-year growth (4.6%): labelled once, with the body sentence as evidence.",
        "'in the second quarter was 11.3% higher than in the first quarter': growth with basis qoq for Q2 2025; the "
        "quarterly values themselves are not stated.",
        "June 'up 7.2%' is year-on-year by '(the same below)'; 'the strongest month of the year so far' is a "
        "milestone, out.",
        "'contributed 27.7% of Shandong Province's foreign trade': share of Qingdao's total trade, "
        "partner null.",
        "Trade modes (general trade, processing trade, bonded logistics) and cross-border e-commerce are segments; "
        "'including exports of 20.15 billion yuan' is the exports of the cross-border e-commerce segment.",
        "'Qingdao's largest trading partner was still ASEAN': rank 1 of Qingdao's trade with ASEAN, H1 2025.",
        "Partner list with 'respectively': values and growths distributed in order; 'the third down 11.7%' for the "
        "United States is negative.",
        "'countries jointly building the Belt and Road' is partner 'Belt and Road partner countries'; the share that "
        "'lifting their share of the city's total by 1.4 percentage points' is a percentage-point change, out.",
        "Private enterprises' share (72.3%) labelled; 'contributed 5.1 percentage points to overall foreign "
        "trade growth' is a contribution, out.",
        "Out of scope: 'beat the national figure by 1.7 percentage points', 112 overseas warehouses, "
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
            "the city contributed 27.7% of Shandong Province's foreign trade",
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
            "the city's trade in the second quarter was 11.3% higher than in the first quarter",
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
            "Private enterprises handled 72.3% of the city's trade",
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
            "Qingdao's largest trading partner was still ASEAN",
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
            "Trade with countries jointly building the Belt and Road rose 7.8%",
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
            "Mechanical and electrical products made up 51.3% of the city's exports",
            product="mechanical and electrical products",
        ),
    ],
}
