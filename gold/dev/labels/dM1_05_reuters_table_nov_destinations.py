from _fact import fact, period

NOVEMBER = period(2024, 11)
OCTOBER = period(2024, 10)
JAN_NOV = period(2024, 1, 11)
EXPORT_GROWTH = "Exports were up 6.7% year-on-year last month, cooling after October's 12.7% surge"
IMPORT_GROWTH = "Imports dropped 3.9%"
SURPLUS = "the trade surplus up to $97.44 billion, compared with $95.72 billion in October"
TOTAL_EXPORTS_ROW = "Total exports         312.3      6.7    3,262.1      5.4"
UNITED_STATES_ROW = "to United States      46.2      8.0      475.2      4.0"
EUROPEAN_UNION_ROW = "to European Union     44.8      4.0      472.3      3.1"
ASEAN_ROW = "to ASEAN              53.1     14.9      533.6     12.5"
RUSSIA_ROW = "to Russia              9.9     -5.1      103.2      3.0"
TOTAL_IMPORTS_ROW = "Total imports         214.9     -3.9    2,372.4      1.0"
BALANCE_ROW = "Trade balance          97.4      n/a      889.7      n/a"


ARTICLE = {
    "id": "dM1_05_reuters_table_nov_destinations",
    "title": "TABLE-China's November exports by market, plus overall imports and trade balance",
    "publisher": "Reuters",
    "published": "2024-12-10",
    "notes": [
        "The year appears only in `published` (2024-12-10): the dateline 'Dec 10' has no year; 'last month', "
        "'November' and 'October' are 2024-11 and 2024-10; the 'Jan-Nov' column is 2024-01/2024-11.",
        "Table cells take their scale from the header '($ bln unless stated; pct = change from a year earlier)': "
        "money cells are USD billions, pct cells are year-on-year growth.",
        "The prose restates three table cells: exports +6.7% and imports -3.9% in November (labelled once, with the "
        "prose sentence as evidence), and the surplus ($97.44 billion in prose, 97.4 in the table: the same "
        "observation rounded, labelled once with the more precise prose figure, as the seed guide does for "
        "'~1.05 trillion').",
        "'cooling after October's 12.7% surge': October export growth, labelled (2024-10). '$95.72 billion in "
        "October': October surplus, labelled.",
        "Out of scope: the 8.5% and 0.3% Reuters poll forecasts, 'the steepest decline in 14 months', the 60% "
        "tariff pledge, Jan. 20, and the n/a cells of the balance row.",
        "Destination rows ('to United States', ...) are China's exports with that partner; the 'Total' rows have no "
        "partner.",
        "Consistency: 312.3 - 214.9 = 97.4; 3,262.1 - 2,372.4 = 889.7.",
    ],
    "facts": [
        fact("China", "exports", "growth", 6.7, "percent", NOVEMBER, "6.7", EXPORT_GROWTH),
        fact("China", "exports", "growth", 12.7, "percent", OCTOBER, "12.7", EXPORT_GROWTH),
        fact("China", "imports", "growth", -3.9, "percent", NOVEMBER, "3.9", IMPORT_GROWTH),
        fact("China", "balance", "value", 97.44e9, "USD", NOVEMBER, "97.44 billion", SURPLUS),
        fact("China", "balance", "value", 95.72e9, "USD", OCTOBER, "95.72 billion", SURPLUS),
        fact("China", "exports", "value", 312.3e9, "USD", NOVEMBER, "312.3", TOTAL_EXPORTS_ROW),
        fact("China", "exports", "value", 3262.1e9, "USD", JAN_NOV, "3,262.1", TOTAL_EXPORTS_ROW),
        fact("China", "exports", "growth", 5.4, "percent", JAN_NOV, "5.4", TOTAL_EXPORTS_ROW),
        fact("China", "exports", "value", 46.2e9, "USD", NOVEMBER, "46.2", UNITED_STATES_ROW, partner="United States"),
        fact("China", "exports", "growth", 8.0, "percent", NOVEMBER, "8.0", UNITED_STATES_ROW, partner="United States"),
        fact("China", "exports", "value", 475.2e9, "USD", JAN_NOV, "475.2", UNITED_STATES_ROW, partner="United States"),
        fact("China", "exports", "growth", 4.0, "percent", JAN_NOV, "4.0", UNITED_STATES_ROW, partner="United States"),
        fact("China", "exports", "value", 44.8e9, "USD", NOVEMBER, "44.8", EUROPEAN_UNION_ROW, partner="European Union"),
        fact("China", "exports", "growth", 4.0, "percent", NOVEMBER, "4.0", EUROPEAN_UNION_ROW, partner="European Union"),
        fact("China", "exports", "value", 472.3e9, "USD", JAN_NOV, "472.3", EUROPEAN_UNION_ROW, partner="European Union"),
        fact("China", "exports", "growth", 3.1, "percent", JAN_NOV, "3.1", EUROPEAN_UNION_ROW, partner="European Union"),
        fact("China", "exports", "value", 53.1e9, "USD", NOVEMBER, "53.1", ASEAN_ROW, partner="ASEAN"),
        fact("China", "exports", "growth", 14.9, "percent", NOVEMBER, "14.9", ASEAN_ROW, partner="ASEAN"),
        fact("China", "exports", "value", 533.6e9, "USD", JAN_NOV, "533.6", ASEAN_ROW, partner="ASEAN"),
        fact("China", "exports", "growth", 12.5, "percent", JAN_NOV, "12.5", ASEAN_ROW, partner="ASEAN"),
        fact("China", "exports", "value", 9.9e9, "USD", NOVEMBER, "9.9", RUSSIA_ROW, partner="Russia"),
        fact("China", "exports", "growth", -5.1, "percent", NOVEMBER, "-5.1", RUSSIA_ROW, partner="Russia"),
        fact("China", "exports", "value", 103.2e9, "USD", JAN_NOV, "103.2", RUSSIA_ROW, partner="Russia"),
        fact("China", "exports", "growth", 3.0, "percent", JAN_NOV, "3.0", RUSSIA_ROW, partner="Russia"),
        fact("China", "imports", "value", 214.9e9, "USD", NOVEMBER, "214.9", TOTAL_IMPORTS_ROW),
        fact("China", "imports", "value", 2372.4e9, "USD", JAN_NOV, "2,372.4", TOTAL_IMPORTS_ROW),
        fact("China", "imports", "growth", 1.0, "percent", JAN_NOV, "1.0", TOTAL_IMPORTS_ROW),
        fact("China", "balance", "value", 889.7e9, "USD", JAN_NOV, "889.7", BALANCE_ROW),
    ],
}
