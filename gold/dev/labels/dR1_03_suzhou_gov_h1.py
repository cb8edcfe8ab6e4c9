from _fact import fact, period

FIRST_HALF = period(2025, 1, 6)

EVIDENCE_TOTAL = "Suzhou's goods trade in the first half of 2025 totaled 1.31 trillion yuan, up 6.2% year-on-year (the same below)"
EVIDENCE_FLOWS = "Exports made up 802.35 billion yuan of the total, rising 5.9%, and imports contributed 507.65 billion yuan, rising 6.7%."
EVIDENCE_FOREIGN_INVESTED = "trade conducted by foreign-invested enterprises reached 770.12 billion yuan, rising 4.3% and representing 58.8% of the city's total"
EVIDENCE_PRIVATE = "Private enterprises kept up fast growth: their imports and exports climbed 11.2% to 451.6 billion yuan, making up 34.5% of the total"
EVIDENCE_GENERAL = (
    "general trade accounted for 577.3 billion yuan of imports and exports, up 8.1%, or 44.1% of the total"
)
EVIDENCE_PROCESSING = "Processing trade rose 2.6% to 528.9 billion yuan."
EVIDENCE_PARTNERS = "Suzhou's trade with the European Union, ASEAN and the United States came to 178.42 billion yuan, 171.06 billion yuan and 160.37 billion yuan respectively; trade with the EU and ASEAN grew 7.5% and 12.3% respectively, while that with the United States declined 4.2%."
EVIDENCE_BELT_ROAD = "Imports and exports with Belt and Road Initiative participant countries grew 10.6% to 463.5 billion yuan"
EVIDENCE_MECH = "mechanical and electrical products made up 77.1% of the city's total exports, with shipments worth 618.9 billion yuan, up 6.4%"
MECH = "mechanical and electrical products"
BELT_ROAD = "Belt and Road partner countries"

ARTICLE = {
    "id": "dR1_03_suzhou_gov_h1",
    "title": "First-half foreign trade in Suzhou up 6.2%",
    "publisher": "Suzhou Bureau of Commerce",
    "published": "2025-07-28",
    "notes": [
        "Municipal government website release ('Suzhou Bureau of Commerce | Updated: 2025-07-28'): publisher the bureau, published the update date.",
        "Running period: first half of 2025 (stated in the text); every figure is year on year per '(the same below)'.",
        "'the city made up 47.2% of the provincial total' is Suzhou's share of Jiangsu's foreign trade: labelled as a share of Suzhou total trade.",
        "Ownership and trade-mode figures take segments 'foreign-invested enterprises', 'private enterprises', 'general trade', 'processing trade'.",
        "Partner values and growth rates in one sentence with two 'respectively' lists; the US change has its own verb ('declined 4.2%').",
        "'Belt and Road Initiative participant countries' written as partner 'Belt and Road partner countries'.",
        "'On the import side, integrated circuits grew 14.5%' labelled as import growth with product 'integrated circuits'.",
        "Out of scope: 'beat the national one by 3.3 percentage points', 'adding 3.7 percentage points to the city's trade growth', "
        "'0.8 percentage points higher than a year earlier', 126 enterprise groups and 60 overseas exhibitions, actual use of foreign capital of 3.12 billion "
        "U.S. dollars (investment, not trade), 152 China-Europe freight train trips.",
    ],
    "facts": [
        fact("Suzhou", "total", "value", 1.31e12, "CNY", FIRST_HALF, "1.31 trillion", EVIDENCE_TOTAL),
        fact("Suzhou", "total", "growth", 6.2, "percent", FIRST_HALF, "6.2", EVIDENCE_TOTAL),
        fact(
            "Suzhou",
            "total",
            "share",
            47.2,
            "percent",
            FIRST_HALF,
            "47.2",
            "the city made up 47.2% of the provincial total",
        ),
        fact("Suzhou", "exports", "value", 802.35e9, "CNY", FIRST_HALF, "802.35 billion", EVIDENCE_FLOWS),
        fact("Suzhou", "exports", "growth", 5.9, "percent", FIRST_HALF, "5.9", EVIDENCE_FLOWS),
        fact("Suzhou", "imports", "value", 507.65e9, "CNY", FIRST_HALF, "507.65 billion", EVIDENCE_FLOWS),
        fact("Suzhou", "imports", "growth", 6.7, "percent", FIRST_HALF, "6.7", EVIDENCE_FLOWS),
        fact(
            "Suzhou",
            "total",
            "value",
            770.12e9,
            "CNY",
            FIRST_HALF,
            "770.12 billion",
            EVIDENCE_FOREIGN_INVESTED,
            segment="foreign-invested enterprises",
        ),
        fact(
            "Suzhou",
            "total",
            "growth",
            4.3,
            "percent",
            FIRST_HALF,
            "4.3",
            EVIDENCE_FOREIGN_INVESTED,
            segment="foreign-invested enterprises",
        ),
        fact(
            "Suzhou",
            "total",
            "share",
            58.8,
            "percent",
            FIRST_HALF,
            "58.8",
            EVIDENCE_FOREIGN_INVESTED,
            segment="foreign-invested enterprises",
        ),
        fact(
            "Suzhou",
            "total",
            "value",
            451.6e9,
            "CNY",
            FIRST_HALF,
            "451.6 billion",
            EVIDENCE_PRIVATE,
            segment="private enterprises",
        ),
        fact(
            "Suzhou",
            "total",
            "growth",
            11.2,
            "percent",
            FIRST_HALF,
            "11.2",
            EVIDENCE_PRIVATE,
            segment="private enterprises",
        ),
        fact(
            "Suzhou",
            "total",
            "share",
            34.5,
            "percent",
            FIRST_HALF,
            "34.5",
            EVIDENCE_PRIVATE,
            segment="private enterprises",
        ),
        fact(
            "Suzhou",
            "total",
            "value",
            577.3e9,
            "CNY",
            FIRST_HALF,
            "577.3 billion",
            EVIDENCE_GENERAL,
            segment="general trade",
        ),
        fact("Suzhou", "total", "growth", 8.1, "percent", FIRST_HALF, "8.1", EVIDENCE_GENERAL, segment="general trade"),
        fact(
            "Suzhou", "total", "share", 44.1, "percent", FIRST_HALF, "44.1", EVIDENCE_GENERAL, segment="general trade"
        ),
        fact(
            "Suzhou",
            "total",
            "value",
            528.9e9,
            "CNY",
            FIRST_HALF,
            "528.9 billion",
            EVIDENCE_PROCESSING,
            segment="processing trade",
        ),
        fact(
            "Suzhou",
            "total",
            "growth",
            2.6,
            "percent",
            FIRST_HALF,
            "2.6",
            EVIDENCE_PROCESSING,
            segment="processing trade",
        ),
        fact(
            "Suzhou",
            "total",
            "value",
            178.42e9,
            "CNY",
            FIRST_HALF,
            "178.42 billion",
            EVIDENCE_PARTNERS,
            partner="European Union",
        ),
        fact(
            "Suzhou",
            "total",
            "value",
            171.06e9,
            "CNY",
            FIRST_HALF,
            "171.06 billion",
            EVIDENCE_PARTNERS,
            partner="ASEAN",
        ),
        fact(
            "Suzhou",
            "total",
            "value",
            160.37e9,
            "CNY",
            FIRST_HALF,
            "160.37 billion",
            EVIDENCE_PARTNERS,
            partner="United States",
        ),
        fact(
            "Suzhou", "total", "growth", 7.5, "percent", FIRST_HALF, "7.5", EVIDENCE_PARTNERS, partner="European Union"
        ),
        fact("Suzhou", "total", "growth", 12.3, "percent", FIRST_HALF, "12.3", EVIDENCE_PARTNERS, partner="ASEAN"),
        fact(
            "Suzhou", "total", "growth", -4.2, "percent", FIRST_HALF, "4.2", EVIDENCE_PARTNERS, partner="United States"
        ),
        fact(
            "Suzhou",
            "total",
            "value",
            463.5e9,
            "CNY",
            FIRST_HALF,
            "463.5 billion",
            EVIDENCE_BELT_ROAD,
            partner=BELT_ROAD,
        ),
        fact("Suzhou", "total", "growth", 10.6, "percent", FIRST_HALF, "10.6", EVIDENCE_BELT_ROAD, partner=BELT_ROAD),
        fact("Suzhou", "exports", "value", 618.9e9, "CNY", FIRST_HALF, "618.9 billion", EVIDENCE_MECH, product=MECH),
        fact("Suzhou", "exports", "growth", 6.4, "percent", FIRST_HALF, "6.4", EVIDENCE_MECH, product=MECH),
        fact("Suzhou", "exports", "share", 77.1, "percent", FIRST_HALF, "77.1", EVIDENCE_MECH, product=MECH),
        fact(
            "Suzhou",
            "imports",
            "growth",
            14.5,
            "percent",
            FIRST_HALF,
            "14.5",
            "On the import side, integrated circuits grew 14.5%",
            product="integrated circuits",
        ),
    ],
}
