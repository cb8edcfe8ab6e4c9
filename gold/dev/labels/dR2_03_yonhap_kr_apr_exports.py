from _fact import fact, period

APRIL = period(2026, 4)
APRIL_LAST_YEAR = period(2025, 4)
JAN_APR = period(2026, 1, 4)
KOREA = "South Korea"

EVIDENCE_EXPORTS = (
    "exports came to $70.36 billion last month, a 20.9 percent increase from $58.21 billion a year before"
)
EVIDENCE_IMPORTS = (
    "imports up 7.7 percent on-year at $57.42 billion, the country logged a $12.94 billion trade surplus"
)
EVIDENCE_CHIPS = "semiconductor exports almost doubled, jumping 87.5 percent from a year earlier to $21.94 billion"
EVIDENCE_CHIP_SHARE = "Chips made up 31.2 percent of all Korean exports last month"
EVIDENCE_AUTOS = "Shipments of automobiles, on the other hand, slid 3.8 percent to $6.25 billion"
EVIDENCE_SHIPS = "lifted ship exports 41.2 percent to $3.05 billion"
EVIDENCE_PETROLEUM = "petroleum product exports fell 12.4 percent to $3.66 billion"
EVIDENCE_CHINA = "shipments to China -- the country's top trading partner -- rose 17.6 percent, reaching $12.35 billion"
EVIDENCE_ASEAN = (
    "Exports to the Association of Southeast Asian Nations (ASEAN), Korea's second-largest export destination, "
    "climbed 25.4 percent to $11.2 billion"
)
EVIDENCE_US = "shipments to the United States inched up 4.2 percent to $11.05 billion"
EVIDENCE_EU = "Sales to the European Union increased 9.3 percent, to $6.12 billion"
EVIDENCE_CUMULATIVE = (
    "For the first four months of the year, exports rose 21.5 percent on-year to $265.1 billion, and the accumulated "
    "trade surplus stood at $41.6 billion"
)

ARTICLE = {
    "id": "dR2_03_yonhap_kr_apr_exports",
    "title": "(LEAD) S. Korea's April exports break $70 bln mark for 1st time as AI lifts chip sales",
    "publisher": "Yonhap",
    "published": "2026-05-01",
    "notes": [
        "Dateline 'SEJONG, May 1 (Yonhap)' has no year: April and January-April are 2026 from the published date; "
        "'a year before' is April 2025.",
        "'exceeded US$70 billion' (lead; headline 'break $70 bln mark') is a threshold for the same observation as the exact "
        "'$70.36 billion': the exact figure only.",
        "'from $58.21 billion a year before' is April 2025's export value: labelled with period 2025-04.",
        "Exports 70.36 - imports 57.42 = surplus 12.94, consistent; chips 21.94 / 70.36 = 31.2 percent.",
        "'the country's top trading partner' labelled as rank 1 of total trade with China (April 2026, the "
        "article's running period); 'second-largest export destination' as rank 2 of exports to ASEAN.",
        "ASEAN is defined in the text: partner 'ASEAN'.",
        "The chip share sentence says 'Chips' for the semiconductors of the previous sentence: product "
        "'semiconductors' throughout, one product name for one category.",
        "Out of scope, unlabelled: the Yonhap Infomax poll forecast (17.3 percent), daily average exports "
        "($2.93 billion, 20.9 percent; a per-working-day figure), 24 working days, April's first 20 days "
        "(19.8 percent; part of a month), 'almost doubled' and 'more than double' (no number), streaks "
        "('the run of on-year growth to 11 months', '15th consecutive month'), 'the largest share on record', "
        '"Asia\'s fourth-largest economy" (a rank of the economy, not of trade).',
    ],
    "facts": [
        fact(KOREA, "exports", "value", 70.36e9, "USD", APRIL, "70.36 billion", EVIDENCE_EXPORTS),
        fact(KOREA, "exports", "growth", 20.9, "percent", APRIL, "20.9", EVIDENCE_EXPORTS),
        fact(KOREA, "exports", "value", 58.21e9, "USD", APRIL_LAST_YEAR, "58.21 billion", EVIDENCE_EXPORTS),
        fact(KOREA, "imports", "growth", 7.7, "percent", APRIL, "7.7", EVIDENCE_IMPORTS),
        fact(KOREA, "imports", "value", 57.42e9, "USD", APRIL, "57.42 billion", EVIDENCE_IMPORTS),
        fact(KOREA, "balance", "value", 12.94e9, "USD", APRIL, "12.94 billion", EVIDENCE_IMPORTS),
        fact(KOREA, "exports", "growth", 87.5, "percent", APRIL, "87.5", EVIDENCE_CHIPS, product="semiconductors"),
        fact(
            KOREA, "exports", "value", 21.94e9, "USD", APRIL, "21.94 billion", EVIDENCE_CHIPS, product="semiconductors"
        ),
        fact(KOREA, "exports", "share", 31.2, "percent", APRIL, "31.2", EVIDENCE_CHIP_SHARE, product="semiconductors"),
        fact(KOREA, "exports", "growth", -3.8, "percent", APRIL, "3.8", EVIDENCE_AUTOS, product="automobiles"),
        fact(KOREA, "exports", "value", 6.25e9, "USD", APRIL, "6.25 billion", EVIDENCE_AUTOS, product="automobiles"),
        fact(KOREA, "exports", "growth", 41.2, "percent", APRIL, "41.2", EVIDENCE_SHIPS, product="ships"),
        fact(KOREA, "exports", "value", 3.05e9, "USD", APRIL, "3.05 billion", EVIDENCE_SHIPS, product="ships"),
        fact(
            KOREA,
            "exports",
            "growth",
            -12.4,
            "percent",
            APRIL,
            "12.4",
            EVIDENCE_PETROLEUM,
            product="petroleum products",
        ),
        fact(
            KOREA,
            "exports",
            "value",
            3.66e9,
            "USD",
            APRIL,
            "3.66 billion",
            EVIDENCE_PETROLEUM,
            product="petroleum products",
        ),
        fact(KOREA, "total", "rank", 1, "number", APRIL, "top", EVIDENCE_CHINA, partner="China"),
        fact(KOREA, "exports", "growth", 17.6, "percent", APRIL, "17.6", EVIDENCE_CHINA, partner="China"),
        fact(KOREA, "exports", "value", 12.35e9, "USD", APRIL, "12.35 billion", EVIDENCE_CHINA, partner="China"),
        fact(KOREA, "exports", "rank", 2, "number", APRIL, "second-largest", EVIDENCE_ASEAN, partner="ASEAN"),
        fact(KOREA, "exports", "growth", 25.4, "percent", APRIL, "25.4", EVIDENCE_ASEAN, partner="ASEAN"),
        fact(KOREA, "exports", "value", 11.2e9, "USD", APRIL, "11.2 billion", EVIDENCE_ASEAN, partner="ASEAN"),
        fact(KOREA, "exports", "growth", 4.2, "percent", APRIL, "4.2", EVIDENCE_US, partner="United States"),
        fact(KOREA, "exports", "value", 11.05e9, "USD", APRIL, "11.05 billion", EVIDENCE_US, partner="United States"),
        fact(KOREA, "exports", "growth", 9.3, "percent", APRIL, "9.3", EVIDENCE_EU, partner="European Union"),
        fact(KOREA, "exports", "value", 6.12e9, "USD", APRIL, "6.12 billion", EVIDENCE_EU, partner="European Union"),
        fact(KOREA, "exports", "value", 265.1e9, "USD", JAN_APR, "265.1 billion", EVIDENCE_CUMULATIVE),
        fact(KOREA, "exports", "growth", 21.5, "percent", JAN_APR, "21.5", EVIDENCE_CUMULATIVE),
        fact(KOREA, "balance", "value", 41.6e9, "USD", JAN_APR, "41.6 billion", EVIDENCE_CUMULATIVE),
    ],
}
