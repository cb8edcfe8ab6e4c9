from _fact import fact, period

DEC = period(2025, 12)
YEAR = period(2025, 1, 12)
R_CRUDE = "Crude oil (mln T)        55.97     15.4      577.73       4.4"
R_IRON = "Iron ore (mln T)        119.65      4.5    1,258.60       1.8"
R_SOY = "Soybeans (mln T)          8.02    -24.1      111.83       6.5"
R_COAL = "Coal (mln T)             47.36    -13.8      490.57      -9.6"
R_GAS = "Natural gas (mln T)      12.91      1.8      125.75      -4.5"
R_CU = "Unwrought copper (T)   528,000     -6.0   5,296,000      -6.8"
R_TOTAL = "Total imports ($ bln)   241.10      5.4    2,580.10      -0.2"
E_LEAD = "In dollar terms, overall exports last month were up 6.6% from a year before and imports increased 5.4%"


def rows(product, row, dec_q, dec_q_text, dec_g, dec_g_text, year_q, year_q_text, year_g, year_g_text):
    """The four cells of one commodity row: December volume and y/y change, full-year volume and y/y change."""
    return [
        fact("China", "imports", "quantity", dec_q, "tonnes", DEC, dec_q_text, row, product=product),
        fact("China", "imports", "growth", dec_g, "percent", DEC, dec_g_text, row, product=product),
        fact("China", "imports", "quantity", year_q, "tonnes", YEAR, year_q_text, row, product=product),
        fact("China", "imports", "growth", year_g, "percent", YEAR, year_g_text, row, product=product),
    ]


ARTICLE = {
    "id": "dAN1_02_reuters_table_china_commodity_imports_dec_2025",
    "title": "TABLE-China's crude oil imports up 15.4% y/y in Dec; record annual arrivals of soybeans, iron ore",
    "publisher": "Reuters",
    "published": "2026-01-14",
    "notes": [
        "Dateline Jan 14 (Reuters), a Wednesday in 2026; 'Dec' and 'last month' = December 2025, 'Jan-Dec' = 2025-01..2025-12.",
        "Table columns: Dec | y/y pct | Jan-Dec | y/y pct. Each commodity row gives import volumes (quantity, tonnes) and their y/y change (growth, basis yoy); no value column is given for commodities, so the volume changes are the only growth figures and are labelled (not 'volume growth beside value growth').",
        "Rows marked (mln T) are million tonnes: 55.97 -> 55.97e6 tonnes. The lint's parser applies a table header scale to money cells only, so it reads these bare cells unscaled: labels kept (see report).",
        "Unwrought copper row is in tonnes as written (528,000 and 5,296,000).",
        "'Total imports ($ bln)': the row label carries the scale; 241.10 -> 241.1e9 USD (December), 2,580.10 -> 2.5801e12 USD (2025); product null (all goods).",
        "Lead 'imports increased 5.4%' and the table's Total imports Dec y/y 5.4 are one observation: labelled once, with the lead as evidence.",
        "Headline 'crude oil imports up 15.4% y/y' repeats the crude row's December change: labelled once (row evidence).",
        "Poll forecasts 3.0% and 1.0%, barrels-per-day rates (13.2 million, 11.6 million, 11 million bpd), the purchase pledge of 12 million metric tons and 25 million tons annually, 2026 to 2028, Jan 20: out.",
        "Records ('record annual arrivals', 'record highs') are milestones without numbers: nothing to label.",
    ],
    "facts": [
        fact("China", "exports", "growth", 6.6, "percent", DEC, "6.6", E_LEAD),
        fact("China", "imports", "growth", 5.4, "percent", DEC, "5.4", E_LEAD),
        *rows("crude oil", R_CRUDE, 55.97e6, "55.97", 15.4, "15.4", 577.73e6, "577.73", 4.4, "4.4"),
        *rows("iron ore", R_IRON, 119.65e6, "119.65", 4.5, "4.5", 1258.60e6, "1,258.60", 1.8, "1.8"),
        *rows("soybeans", R_SOY, 8.02e6, "8.02", -24.1, "-24.1", 111.83e6, "111.83", 6.5, "6.5"),
        *rows("coal", R_COAL, 47.36e6, "47.36", -13.8, "-13.8", 490.57e6, "490.57", -9.6, "-9.6"),
        *rows("natural gas", R_GAS, 12.91e6, "12.91", 1.8, "1.8", 125.75e6, "125.75", -4.5, "-4.5"),
        *rows("unwrought copper", R_CU, 528000, "528,000", -6.0, "-6.0", 5296000, "5,296,000", -6.8, "-6.8"),
        fact("China", "imports", "value", 241.10e9, "USD", DEC, "241.10", R_TOTAL),
        fact("China", "imports", "value", 2580.10e9, "USD", YEAR, "2,580.10", R_TOTAL),
        fact("China", "imports", "growth", -0.2, "percent", YEAR, "-0.2", R_TOTAL),
    ],
}
