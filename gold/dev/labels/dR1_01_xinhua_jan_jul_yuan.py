from _fact import fact, period

JAN_JUL = period(2025, 1, 7)
FIRST_HALF = period(2025, 1, 6)
JULY = period(2025, 7)

EVIDENCE_LEAD = "China's foreign trade in goods expanded 3.5 percent year on year to 25.7 trillion yuan in the first seven months of this year"
EVIDENCE_FLOWS = "Exports climbed 7.3 percent from a year earlier to 15.31 trillion yuan during the January-July period, while imports slipped 1.6 percent to 10.39 trillion yuan, leaving a trade surplus of 4.92 trillion yuan"
EVIDENCE_JULY_TOTAL = (
    "In July alone, the country's imports and exports totaled 3.91 trillion yuan, up 6.7 percent year on year."
)
EVIDENCE_JULY_FLOWS = "Exports and imports grew 8 percent and 4.8 percent, respectively"
EVIDENCE_DOLLAR = (
    "the country's foreign trade came to 3.6 trillion dollars in the first seven months, an increase of 2.4 percent"
)
EVIDENCE_PARTNER_VALUES = "Trade with the Association of Southeast Asian Nations (ASEAN), the European Union (EU) and the United States stood at 4.29 trillion yuan, 3.35 trillion yuan and 2.42 trillion yuan, respectively, over the period."
EVIDENCE_PARTNER_GROWTH = "China's trade with ASEAN and the EU went up 9.4 percent and 3.9 percent, respectively, while trade with the United States dropped 11 percent."
EVIDENCE_ASEAN = "ASEAN remained China's largest trading partner, accounting for 16.7 percent of the country's total foreign trade value"
EVIDENCE_PRIVATE = (
    "Their imports and exports increased by 7.4 percent to 14.68 trillion yuan, or 57.1 percent of the national total"
)
EVIDENCE_OWNERSHIP = "Foreign-invested enterprises and state-owned enterprises took up 29 percent and 13.6 percent of the total, respectively."
EVIDENCE_MECH = "Exports of mechanical and electrical products rose 9.3 percent to 9.29 trillion yuan, making up 60.7 percent of total exports."
MECH = "mechanical and electrical products"

ARTICLE = {
    "id": "dR1_01_xinhua_jan_jul_yuan",
    "title": "China's foreign trade up 3.5 pct in first seven months",
    "publisher": "Xinhua",
    "published": "2025-08-07",
    "notes": [
        "Dateline 'BEIJING, Aug. 7 (Xinhua)' and 'this year' carry no year: the year 2025 comes from the published date.",
        "Running period: January-July 2025; 'the first half' is January-June 2025 and 'In July alone' is July 2025.",
        "'picking up from the 2.9-percent growth registered in the first half' states the first-half growth of total trade: labelled with period H1.",
        "The dollar-terms paragraph gives a second total value (USD) and a second growth rate (2.4, in dollar terms) for the same period; both labelled, "
        "since the record has no field for the currency of a growth rate and the text states both.",
        "Partner values and growth come in two 'respectively' sentences; the US decline (-11) has its own verb.",
        "'largest trading partner' for ASEAN labelled as rank 1 (partner ASEAN, flow total).",
        "Private enterprises' subject carries over from the previous sentence ('Their imports and exports'); segment 'private enterprises'.",
        "Shares of foreign-invested and state-owned enterprises in a 'respectively' list labelled as shares with their segments.",
        "Mechanical and electrical products: exports value, growth and share of total exports.",
        "Out of scope: 'up 2.1 percentage points' (percentage-point change), 'the second straight month' (streak), the quote's "
        "'above 3.5 trillion yuan for five months in a row' (streak/milestone), GDP growth of 5.3 percent, the economists' "
        "forecast of around 3 percent export growth in the fourth quarter, 'double-digit growth' (no number).",
    ],
    "facts": [
        fact("China", "total", "value", 25.7e12, "CNY", JAN_JUL, "25.7 trillion", EVIDENCE_LEAD),
        fact("China", "total", "growth", 3.5, "percent", JAN_JUL, "3.5", EVIDENCE_LEAD),
        fact(
            "China",
            "total",
            "growth",
            2.9,
            "percent",
            FIRST_HALF,
            "2.9",
            "picking up from the 2.9-percent growth registered in the first half",
        ),
        fact("China", "exports", "growth", 7.3, "percent", JAN_JUL, "7.3", EVIDENCE_FLOWS),
        fact("China", "exports", "value", 15.31e12, "CNY", JAN_JUL, "15.31 trillion", EVIDENCE_FLOWS),
        fact("China", "imports", "growth", -1.6, "percent", JAN_JUL, "1.6", EVIDENCE_FLOWS),
        fact("China", "imports", "value", 10.39e12, "CNY", JAN_JUL, "10.39 trillion", EVIDENCE_FLOWS),
        fact("China", "balance", "value", 4.92e12, "CNY", JAN_JUL, "4.92 trillion", EVIDENCE_FLOWS),
        fact("China", "total", "value", 3.91e12, "CNY", JULY, "3.91 trillion", EVIDENCE_JULY_TOTAL),
        fact("China", "total", "growth", 6.7, "percent", JULY, "6.7", EVIDENCE_JULY_TOTAL),
        fact("China", "exports", "growth", 8, "percent", JULY, "8", EVIDENCE_JULY_FLOWS),
        fact("China", "imports", "growth", 4.8, "percent", JULY, "4.8", EVIDENCE_JULY_FLOWS),
        fact("China", "total", "value", 3.6e12, "USD", JAN_JUL, "3.6 trillion", EVIDENCE_DOLLAR),
        fact("China", "total", "growth", 2.4, "percent", JAN_JUL, "2.4", EVIDENCE_DOLLAR),
        fact(
            "China",
            "total",
            "value",
            4.29e12,
            "CNY",
            JAN_JUL,
            "4.29 trillion",
            EVIDENCE_PARTNER_VALUES,
            partner="ASEAN",
        ),
        fact(
            "China",
            "total",
            "value",
            3.35e12,
            "CNY",
            JAN_JUL,
            "3.35 trillion",
            EVIDENCE_PARTNER_VALUES,
            partner="European Union",
        ),
        fact(
            "China",
            "total",
            "value",
            2.42e12,
            "CNY",
            JAN_JUL,
            "2.42 trillion",
            EVIDENCE_PARTNER_VALUES,
            partner="United States",
        ),
        fact("China", "total", "growth", 9.4, "percent", JAN_JUL, "9.4", EVIDENCE_PARTNER_GROWTH, partner="ASEAN"),
        fact(
            "China",
            "total",
            "growth",
            3.9,
            "percent",
            JAN_JUL,
            "3.9",
            EVIDENCE_PARTNER_GROWTH,
            partner="European Union",
        ),
        fact(
            "China", "total", "growth", -11, "percent", JAN_JUL, "11", EVIDENCE_PARTNER_GROWTH, partner="United States"
        ),
        fact("China", "total", "rank", 1, "number", JAN_JUL, "largest", EVIDENCE_ASEAN, partner="ASEAN"),
        fact("China", "total", "share", 16.7, "percent", JAN_JUL, "16.7", EVIDENCE_ASEAN, partner="ASEAN"),
        fact(
            "China", "total", "growth", 7.4, "percent", JAN_JUL, "7.4", EVIDENCE_PRIVATE, segment="private enterprises"
        ),
        fact(
            "China",
            "total",
            "value",
            14.68e12,
            "CNY",
            JAN_JUL,
            "14.68 trillion",
            EVIDENCE_PRIVATE,
            segment="private enterprises",
        ),
        fact(
            "China", "total", "share", 57.1, "percent", JAN_JUL, "57.1", EVIDENCE_PRIVATE, segment="private enterprises"
        ),
        fact(
            "China",
            "total",
            "share",
            29,
            "percent",
            JAN_JUL,
            "29",
            EVIDENCE_OWNERSHIP,
            segment="foreign-invested enterprises",
        ),
        fact(
            "China",
            "total",
            "share",
            13.6,
            "percent",
            JAN_JUL,
            "13.6",
            EVIDENCE_OWNERSHIP,
            segment="state-owned enterprises",
        ),
        fact("China", "exports", "growth", 9.3, "percent", JAN_JUL, "9.3", EVIDENCE_MECH, product=MECH),
        fact("China", "exports", "value", 9.29e12, "CNY", JAN_JUL, "9.29 trillion", EVIDENCE_MECH, product=MECH),
        fact("China", "exports", "share", 60.7, "percent", JAN_JUL, "60.7", EVIDENCE_MECH, product=MECH),
    ],
}
