from _fact import fact, period

SEP = period(2025, 9)
AUG = period(2025, 8)
Q13 = period(2025, 1, 9)
E_X = "September exports up 8.3% year-on-year at $328.57 billion"
E_M = "Imports were lifted by 7.4% to $238.12 billion"
R_X = "Exports (y/y %)             8.3       4.4"
R_M = "Imports (y/y %)             7.4       1.3"
R_B = "Trade surplus ($ bln)      90.45    102.33"
R_US = "Exports to U.S. (y/y %)   -27.0     -33.1"
R_AS = "Exports to ASEAN (y/y %)   15.6      22.5"
E_MOM = "exports grew 2.1% and imports 8.5% on a month-on-month basis"
E_CNY = "In yuan terms, September exports increased 8.4% to 2.34 trillion yuan and imports advanced 7.5% to 1.7 trillion yuan"
E_Q = "Total trade over January-September, also in yuan, expanded 4% to 33.61 trillion yuan"
E_QD = "Measured in dollars, exports for January-September were up 6.1% and imports were down 1.1%"

ARTICLE = {
    "id": "dK1_05_caixin_sep_exports_table",
    "title": "Analysis: Behind China's Export Recovery, a Deepening Reliance on Markets Outside the U.S.",
    "publisher": "Caixin",
    "published": "2025-10-13",
    "notes": [
        "No date or year in the text ('last month', 'Monday'): September and the first three quarters are 2025 from the published date.",
        "Publisher: the text names Caixin ('Caixin calculations show').",
        "The flattened table repeats the September prose figures (8.3, 7.4, 90.45, -27.0): each labelled once, with the prose "
        "sentence as evidence; the August column and the ASEAN row, stated only in the table, take the table rows as evidence.",
        "Table surplus cells take their scale from the row label '($ bln)'.",
        "Month-on-month frame: 'exports grew 2.1% and imports 8.5% on a month-on-month basis' -> basis mom for both.",
        "'over the preceding five years exports typically gained about 1% in September' is an average over years: out.",
        "Export volume growth (~11%) beside value growth and the implied price fall (~2.5%): out, per the guide.",
        "September exports grow 8.3% in dollar terms and 8.4% in yuan terms: both labelled (same identity but value).",
        "'the quickest pace in six months' and 'declining for a sixth straight month' are record/streak claims: out. PMI subindex 47.8, the 100% tariff threat and "
        "'low single digits' forecast: out.",
        "'1.7 trillion yuan' for September imports: value 1.7e12 as written.",
    ],
    "facts": [
        fact("China", "exports", "growth", 8.3, "percent", SEP, "8.3", E_X),
        fact("China", "exports", "value", 328.57e9, "USD", SEP, "328.57 billion", E_X),
        fact("China", "imports", "growth", 7.4, "percent", SEP, "7.4", E_M),
        fact("China", "imports", "value", 238.12e9, "USD", SEP, "238.12 billion", E_M),
        fact("China", "balance", "value", 90.45e9, "USD", SEP, "90.45 billion", "The trade surplus shrank to $90.45 billion"),
        fact("China", "exports", "growth", 4.4, "percent", AUG, "4.4", R_X),
        fact("China", "imports", "growth", 1.3, "percent", AUG, "1.3", R_M),
        fact("China", "balance", "value", 102.33e9, "USD", AUG, "102.33", R_B),
        fact("China", "exports", "growth", -33.1, "percent", AUG, "-33.1", R_US, partner="United States"),
        fact("China", "exports", "growth", 15.6, "percent", SEP, "15.6", R_AS, partner="ASEAN"),
        fact("China", "exports", "growth", 22.5, "percent", AUG, "22.5", R_AS, partner="ASEAN"),
        fact("China", "exports", "growth", 2.1, "percent", SEP, "2.1", E_MOM, basis="mom"),
        fact("China", "imports", "growth", 8.5, "percent", SEP, "8.5", E_MOM, basis="mom"),
        fact("China", "exports", "growth", -27, "percent", SEP, "27",
             "Exports to the U.S. dropped 27% from a year earlier", partner="United States"),
        fact("China", "exports", "growth", 14.2, "percent", SEP, "14.2",
             "shipments to the European Union gained 14.2%", partner="European Union"),
        fact("China", "exports", "growth", 56.4, "percent", SEP, "56.4", "Africa-bound sales jumped 56.4%", partner="Africa"),
        fact("China", "exports", "growth", 15.2, "percent", SEP, "15.2",
             "exports to Latin America climbed 15.2%", partner="Latin America"),
        fact("China", "exports", "growth", 8.4, "percent", SEP, "8.4", E_CNY),
        fact("China", "exports", "value", 2.34e12, "CNY", SEP, "2.34 trillion", E_CNY),
        fact("China", "imports", "growth", 7.5, "percent", SEP, "7.5", E_CNY),
        fact("China", "imports", "value", 1.7e12, "CNY", SEP, "1.7 trillion", E_CNY),
        fact("China", "balance", "value", 645.1e9, "CNY", SEP, "645.1 billion", "leaving a surplus of 645.1 billion yuan"),
        fact("China", "total", "growth", 4, "percent", Q13, "4", E_Q),
        fact("China", "total", "value", 33.61e12, "CNY", Q13, "33.61 trillion", E_Q),
        fact("China", "exports", "growth", 6.1, "percent", Q13, "6.1", E_QD),
        fact("China", "imports", "growth", -1.1, "percent", Q13, "1.1", E_QD),
    ],
}
