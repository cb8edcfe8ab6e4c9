from _fact import fact, period

JAN_JUL = period(2025, 1, 7)
FIRST_HALF = period(2025, 1, 6)
JULY = period(2025, 7)

EVIDENCE_LEAD = "China's goods trade from January through July this year at 25.7 trillion yuan, a year-on-year expansion of 3.5 percent"
EVIDENCE_FLOWS = "The country's exports reached 15.31 trillion yuan in the January-July period, 7.3 percent more than a year earlier, whereas imports dipped 1.6 percent to 10.39 trillion yuan, so the trade surplus came to 4.92 trillion yuan"
EVIDENCE_JULY_TOTAL = (
    "For the month of July, combined imports and exports rose 6.7 percent year on year to 3.91 trillion yuan."
)
EVIDENCE_JULY_FLOWS = "Outbound and inbound shipments advanced by 8 percent and 4.8 percent, respectively"
EVIDENCE_DOLLAR = (
    "Measured in U.S. dollars, China's trade over January-July rose 2.4 percent to 3.6 trillion dollars"
)
EVIDENCE_PARTNER_VALUES = "Over the same period, China's trade with the Association of Southeast Asian Nations (ASEAN), the European Union (EU) and the United States amounted to 4.29 trillion yuan, 3.35 trillion yuan and 2.42 trillion yuan, respectively."
EVIDENCE_PARTNER_GROWTH = "Trade with the United States fell 11 percent, while trade with ASEAN and the EU grew 9.4 percent and 3.9 percent, respectively."
EVIDENCE_ASEAN = "ASEAN kept its place as China's largest trading partner, making up 16.7 percent of the nation's total foreign trade value"
EVIDENCE_PRIVATE = (
    "Their combined imports and exports climbed 7.4 percent to 14.68 trillion yuan, a 57.1 percent share of the national total"
)
EVIDENCE_OWNERSHIP = "The shares of total trade held by foreign-invested and state-owned enterprises were 29 percent and 13.6 percent, respectively."
EVIDENCE_MECH = "Mechanical and electrical products accounted for 60.7 percent of all exports, with their overseas sales growing 9.3 percent to 9.29 trillion yuan."
MECH = "mechanical and electrical products"

ARTICLE = {
    "id": "dR1_01_xinhua_jan_jul_yuan",
    "title": "January-July goods trade in China expands 3.5 pct",
    "publisher": "Xinhua",
    "published": "2025-08-07",
    "notes": [
        "Dateline 'BEIJING, Aug. 7 (Xinhua)' and 'this year' carry no year: the year 2025 comes from the published date.",
        "Running period: January-July 2025; 'the first half' is January-June 2025 and 'For the month of July' is July 2025.",
        "'quickened from the 2.9-percent pace seen in the first half' states the first-half growth of total trade: labelled with period H1.",
        "The dollar-terms paragraph gives a second total value (USD) and a second growth rate (2.4, in dollar terms) for the same period; both labelled, "
        "since the record has no field for the currency of a growth rate and the text states both.",
        "Partner values and growth come in two 'respectively' sentences; the US decline (-11) has its own verb.",
        "'largest trading partner' for ASEAN labelled as rank 1 (partner ASEAN, flow total).",
        "Private enterprises' subject carries over from the previous sentence ('Their combined imports and exports'); segment 'private enterprises'.",
        "Shares of foreign-invested and state-owned enterprises in a 'respectively' list labelled as shares with their segments.",
        "Mechanical and electrical products: exports value, growth and share of total exports.",
        "Out of scope: '2.1 percentage points above the level of a year earlier' (percentage-point change), 'a second consecutive month' (streak), the official's "
        "'above 3.5 trillion yuan for five consecutive months' (streak/milestone), GDP growth of 5.3 percent, the economists' "
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
            "quickened from the 2.9-percent pace seen in the first half",
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
