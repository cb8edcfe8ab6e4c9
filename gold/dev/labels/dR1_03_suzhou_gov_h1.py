from _fact import fact, period

FIRST_HALF = period(2025, 1, 6)

EVIDENCE_TOTAL = "Suzhou's total import and export value of goods reached 1.31 trillion yuan, an increase of 6.2% year-on-year (the same below)"
EVIDENCE_FLOWS = "Of this, exports amounted to 802.35 billion yuan, an increase of 5.9%, and imports amounted to 507.65 billion yuan, an increase of 6.7%."
EVIDENCE_FOREIGN_INVESTED = "the import and export value of foreign-invested enterprises was 770.12 billion yuan, an increase of 4.3%, accounting for 58.8% of the city's total"
EVIDENCE_PRIVATE = "Private enterprises maintained rapid growth, with their imports and exports reaching 451.6 billion yuan, an increase of 11.2%, which accounted for 34.5% of the total"
EVIDENCE_GENERAL = (
    "general trade imports and exports were 577.3 billion yuan, an increase of 8.1%, accounting for 44.1% of the total"
)
EVIDENCE_PROCESSING = "Processing trade imports and exports were 528.9 billion yuan, an increase of 2.6%."
EVIDENCE_PARTNERS = "Suzhou's imports and exports with the European Union, ASEAN and the United States were 178.42 billion yuan, 171.06 billion yuan and 160.37 billion yuan respectively, up 7.5%, 12.3% and down 4.2% respectively."
EVIDENCE_BELT_ROAD = "Trade with countries participating in the Belt and Road Initiative totaled 463.5 billion yuan, an increase of 10.6%"
EVIDENCE_MECH = "exports of mechanical and electrical products were 618.9 billion yuan, an increase of 6.4%, accounting for 77.1% of the city's total exports"
MECH = "mechanical and electrical products"
BELT_ROAD = "Belt and Road partner countries"

ARTICLE = {
    "id": "dR1_03_suzhou_gov_h1",
    "title": "Suzhou's foreign trade grows 6.2% in first half",
    "publisher": "Suzhou Bureau of Commerce",
    "published": "2025-07-28",
    "notes": [
        "Municipal government website release ('Suzhou Bureau of Commerce | Updated: 2025-07-28'): publisher the bureau, published the update date.",
        "Running period: first half of 2025 (stated in the text); every figure is year on year per '(the same below)'.",
        "'accounting for 47.2% of the provincial total' is Suzhou's share of Jiangsu's foreign trade: labelled as a share of Suzhou total trade.",
        "Ownership and trade-mode figures take segments 'foreign-invested enterprises', 'private enterprises', 'general trade', 'processing trade'.",
        "Partner values and growth rates in one sentence with two 'respectively' lists; the US change has its own verb ('down 4.2%').",
        "'countries participating in the Belt and Road Initiative' written as partner 'Belt and Road partner countries'.",
        "'Among imports, integrated circuits increased by 14.5%' labelled as import growth with product 'integrated circuits'.",
        "Out of scope: '3.3 percentage points higher than the national growth rate', 'drove ... growth by 3.7 percentage points', "
        "'up 0.8 percentage points', 126 enterprise groups and 60 overseas exhibitions, actual use of foreign capital of 3.12 billion "
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
            "accounting for 47.2% of the provincial total",
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
            "Among imports, integrated circuits increased by 14.5%",
            product="integrated circuits",
        ),
    ],
}
