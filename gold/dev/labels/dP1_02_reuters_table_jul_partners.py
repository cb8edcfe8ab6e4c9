from _fact import fact, period

JULY = period(2024, 7)
JUNE = period(2024, 6)
JAN_JUL = period(2024, 1, 7)
EVIDENCE_EXPORTS = "Exports in July were up 7.0% from a year earlier, slower than June's 8.6% increase"
EVIDENCE_IMPORTS = "Imports rose 7.2% after shrinking 2.3% in June"
EVIDENCE_SURPLUS = "July's trade surplus came in at $84.65 billion, smaller than June's $99.05 billion"
ROW_EXPORTS_TOTAL = "Total             300.57        7.0        8.6           4.0"
ROW_EXPORTS_US = "United States      46.93        8.1        6.6           2.7"
ROW_EXPORTS_EU = "European Union     45.65        5.2        4.0           0.8"
ROW_EXPORTS_ASEAN = "ASEAN              50.11       12.7       15.1          11.1"
ROW_EXPORTS_JAPAN = "Japan              13.28       -2.8       -5.9          -4.7"
ROW_IMPORTS_TOTAL = "Total             215.92        7.2       -2.3           3.0"
ROW_IMPORTS_US = "United States      13.71       18.6       -1.6           4.6"
US = "United States"
EU = "European Union"
ASEAN = "ASEAN"
JAPAN = "Japan"

ARTICLE = {
    "id": "dP1_02_reuters_table_jul_partners",
    "title": "TABLE-July breakdown of China's trade with the U.S., EU, ASEAN, Japan",
    "publisher": "Reuters",
    "published": "2024-08-07",
    "notes": [
        "The text never states the year: July, June and Jan-Jul are 2024 from the publication date (dateline Aug 7).",
        "Flattened table: the header '(value in $ bln; y/y change in pct)' gives unit and scale, so the 'Jul' column "
        "reads in $ bln (300.57 -> 300.57e9 USD); the three growth columns are y/y for July, June and January-July.",
        "The 'Jun y/y' column is the previous month's growth: period June 2024, basis yoy (a y/y rate of another month, "
        "not a month-on-month change).",
        "Row labels sit under the block headers EXPORTS (exports to the partner) and IMPORTS (imports from the partner); "
        "'Total' rows are China's trade with the world (partner null).",
        "Restatements: the lead's July and June growth rates for total exports (7.0, 8.6) and imports (7.2, -2.3) are "
        "the same observations as the Total rows' cells: labelled once, with the prose sentence as evidence.",
        "'after shrinking 2.3% in June' is June import growth of -2.3 (the table cell is written -2.3).",
        "'July's trade surplus came in at $84.65 billion, smaller than June's $99.05 billion': July and June balances, "
        "both positive (surpluses); 'smaller' does not make them negative.",
        "Out of scope: the Reuters poll forecasts (9.7% exports, 3.5% imports), EU provisional EV duties of as much as 37.6%, "
        "the 100% US levy on EVs, the around 5% growth target and 4.7% second-quarter GDP growth, 'five quarters'.",
    ],
    "facts": [
        fact("China", "exports", "growth", 7.0, "percent", JULY, "7.0", EVIDENCE_EXPORTS),
        fact("China", "exports", "growth", 8.6, "percent", JUNE, "8.6", EVIDENCE_EXPORTS),
        fact("China", "imports", "growth", 7.2, "percent", JULY, "7.2", EVIDENCE_IMPORTS),
        fact("China", "imports", "growth", -2.3, "percent", JUNE, "2.3", EVIDENCE_IMPORTS),
        fact("China", "balance", "value", 84.65e9, "USD", JULY, "84.65 billion", EVIDENCE_SURPLUS),
        fact("China", "balance", "value", 99.05e9, "USD", JUNE, "99.05 billion", EVIDENCE_SURPLUS),
        fact("China", "exports", "value", 300.57e9, "USD", JULY, "300.57", ROW_EXPORTS_TOTAL),
        fact("China", "exports", "growth", 4.0, "percent", JAN_JUL, "4.0", ROW_EXPORTS_TOTAL),
        fact("China", "exports", "value", 46.93e9, "USD", JULY, "46.93", ROW_EXPORTS_US, partner=US),
        fact("China", "exports", "growth", 8.1, "percent", JULY, "8.1", ROW_EXPORTS_US, partner=US),
        fact("China", "exports", "growth", 6.6, "percent", JUNE, "6.6", ROW_EXPORTS_US, partner=US),
        fact("China", "exports", "growth", 2.7, "percent", JAN_JUL, "2.7", ROW_EXPORTS_US, partner=US),
        fact("China", "exports", "value", 45.65e9, "USD", JULY, "45.65", ROW_EXPORTS_EU, partner=EU),
        fact("China", "exports", "growth", 5.2, "percent", JULY, "5.2", ROW_EXPORTS_EU, partner=EU),
        fact("China", "exports", "growth", 4.0, "percent", JUNE, "4.0", ROW_EXPORTS_EU, partner=EU),
        fact("China", "exports", "growth", 0.8, "percent", JAN_JUL, "0.8", ROW_EXPORTS_EU, partner=EU),
        fact("China", "exports", "value", 50.11e9, "USD", JULY, "50.11", ROW_EXPORTS_ASEAN, partner=ASEAN),
        fact("China", "exports", "growth", 12.7, "percent", JULY, "12.7", ROW_EXPORTS_ASEAN, partner=ASEAN),
        fact("China", "exports", "growth", 15.1, "percent", JUNE, "15.1", ROW_EXPORTS_ASEAN, partner=ASEAN),
        fact("China", "exports", "growth", 11.1, "percent", JAN_JUL, "11.1", ROW_EXPORTS_ASEAN, partner=ASEAN),
        fact("China", "exports", "value", 13.28e9, "USD", JULY, "13.28", ROW_EXPORTS_JAPAN, partner=JAPAN),
        fact("China", "exports", "growth", -2.8, "percent", JULY, "-2.8", ROW_EXPORTS_JAPAN, partner=JAPAN),
        fact("China", "exports", "growth", -5.9, "percent", JUNE, "-5.9", ROW_EXPORTS_JAPAN, partner=JAPAN),
        fact("China", "exports", "growth", -4.7, "percent", JAN_JUL, "-4.7", ROW_EXPORTS_JAPAN, partner=JAPAN),
        fact("China", "imports", "value", 215.92e9, "USD", JULY, "215.92", ROW_IMPORTS_TOTAL),
        fact("China", "imports", "growth", 3.0, "percent", JAN_JUL, "3.0", ROW_IMPORTS_TOTAL),
        fact("China", "imports", "value", 13.71e9, "USD", JULY, "13.71", ROW_IMPORTS_US, partner=US),
        fact("China", "imports", "growth", 18.6, "percent", JULY, "18.6", ROW_IMPORTS_US, partner=US),
        fact("China", "imports", "growth", -1.6, "percent", JUNE, "-1.6", ROW_IMPORTS_US, partner=US),
        fact("China", "imports", "growth", 4.6, "percent", JAN_JUL, "4.6", ROW_IMPORTS_US, partner=US),
    ],
}
