from _fact import fact, period

MAY = period(2025, 5)
APRIL = period(2025, 4)
JAN_MAY = period(2025, 1, 5)
AREA = "China"

ROW_EXPORTS = "Exports          2,277.5        6.3   2,263.8        9.3    10,670.0        7.2"
ROW_IMPORTS = "Imports          1,533.9       -2.1   1,562.4       -0.8     7,269.2       -3.8"
ROW_BALANCE = "Trade balance      743.6       29.2     701.4       41.4     3,400.8       41.9"
ROW_TOTAL = "Total trade      3,811.4        2.7   3,826.2        4.9    17,939.2        2.5"
EVIDENCE_LEAD = "China's May exports in yuan terms were 6.3% higher than a year earlier and imports were 2.1% lower, producing a trade surplus of 743.56 billion yuan"
EVIDENCE_DOLLARS = 'In dollar terms, exports increased 4.8%, below the 5.0% gain economists expected in a Reuters poll, while imports declined 3.4%, for a surplus of $103.22 billion'
EVIDENCE_YEAR_TO_DATE = 'For January-May, yuan-denominated exports rose 7.2% and imports decreased 3.8%'

ARTICLE = {
    "id": "dS1_05_reuters_table_may_yuan",
    "title": "TABLE-Yuan-denominated figures for China's May trade",
    "publisher": "Reuters",
    "published": "2025-06-09",
    "notes": [
        "The dateline 'BEIJING, June 9 (Reuters)' has no year; the year 2025 comes from the published date. "
        "'early 2020' and 'August' in the lead are not the article's period.",
        "Table cells take their scale from the header '(bln yuan unless stated; pct change y/y)': 2,277.5 is "
        "2.2775e12 yuan. Columns: May, its y/y change, April, its y/y change, Jan-May, its y/y change.",
        "The lead restates table cells: May exports +6.3%, imports -2.1%, Jan-May exports +7.2%, imports -3.8% "
        "are labelled once, with the lead as evidence. The surplus '743.56 billion yuan' and the table's 743.6 are "
        "one observation: labelled once, with the more precise lead figure.",
        "Dollar-denominated growth rates (exports +4.8%, imports -3.4%) are separate observations from the yuan "
        "rates: the record has no field for the currency a rate is computed in, so they share every field but the "
        "value. The $103.22 billion surplus is a USD fact (exact: no 'about').",
        "'Exports to the United States were 34.5% lower in dollar terms': China's exports to the United States, May.",
        "Growth of the trade balance (29.2, 41.4, 41.9) is the growth of a surplus, positive as written; "
        "total trade is labelled as flow total.",
        "Out of scope: the 5.0% poll forecast, 'sharpest fall since early 2020', the 90-day truce, analysts' "
        "expectation for the second half, the June 20 release date.",
    ],
    "facts": [
        fact(AREA, "exports", "growth", 6.3, "percent", MAY, "6.3", EVIDENCE_LEAD),
        fact(AREA, "imports", "growth", -2.1, "percent", MAY, "2.1", EVIDENCE_LEAD),
        fact(AREA, "balance", "value", 743.56e9, "CNY", MAY, "743.56 billion", EVIDENCE_LEAD),
        fact(AREA, "exports", "growth", 4.8, "percent", MAY, "4.8", EVIDENCE_DOLLARS),
        fact(AREA, "imports", "growth", -3.4, "percent", MAY, "3.4", EVIDENCE_DOLLARS),
        fact(AREA, "balance", "value", 103.22e9, "USD", MAY, "103.22 billion", EVIDENCE_DOLLARS),
        fact(
            AREA,
            "exports",
            "growth",
            -34.5,
            "percent",
            MAY,
            "34.5",
            "Exports to the United States were 34.5% lower in dollar terms",
            partner="United States",
        ),
        fact(AREA, "exports", "growth", 7.2, "percent", JAN_MAY, "7.2", EVIDENCE_YEAR_TO_DATE),
        fact(AREA, "imports", "growth", -3.8, "percent", JAN_MAY, "3.8", EVIDENCE_YEAR_TO_DATE),
        fact(AREA, "exports", "value", 2277.5e9, "CNY", MAY, "2,277.5", ROW_EXPORTS),
        fact(AREA, "imports", "value", 1533.9e9, "CNY", MAY, "1,533.9", ROW_IMPORTS),
        fact(AREA, "balance", "growth", 29.2, "percent", MAY, "29.2", ROW_BALANCE),
        fact(AREA, "total", "value", 3811.4e9, "CNY", MAY, "3,811.4", ROW_TOTAL),
        fact(AREA, "total", "growth", 2.7, "percent", MAY, "2.7", ROW_TOTAL),
        fact(AREA, "exports", "value", 2263.8e9, "CNY", APRIL, "2,263.8", ROW_EXPORTS),
        fact(AREA, "exports", "growth", 9.3, "percent", APRIL, "9.3", ROW_EXPORTS),
        fact(AREA, "imports", "value", 1562.4e9, "CNY", APRIL, "1,562.4", ROW_IMPORTS),
        fact(AREA, "imports", "growth", -0.8, "percent", APRIL, "-0.8", ROW_IMPORTS),
        fact(AREA, "balance", "value", 701.4e9, "CNY", APRIL, "701.4", ROW_BALANCE),
        fact(AREA, "balance", "growth", 41.4, "percent", APRIL, "41.4", ROW_BALANCE),
        fact(AREA, "total", "value", 3826.2e9, "CNY", APRIL, "3,826.2", ROW_TOTAL),
        fact(AREA, "total", "growth", 4.9, "percent", APRIL, "4.9", ROW_TOTAL),
        fact(AREA, "exports", "value", 10670.0e9, "CNY", JAN_MAY, "10,670.0", ROW_EXPORTS),
        fact(AREA, "imports", "value", 7269.2e9, "CNY", JAN_MAY, "7,269.2", ROW_IMPORTS),
        fact(AREA, "balance", "value", 3400.8e9, "CNY", JAN_MAY, "3,400.8", ROW_BALANCE),
        fact(AREA, "balance", "growth", 41.9, "percent", JAN_MAY, "41.9", ROW_BALANCE),
        fact(AREA, "total", "value", 17939.2e9, "CNY", JAN_MAY, "17,939.2", ROW_TOTAL),
        fact(AREA, "total", "growth", 2.5, "percent", JAN_MAY, "2.5", ROW_TOTAL),
    ],
}
