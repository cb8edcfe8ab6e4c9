from _fact import fact, period

NOV = period(2025, 11)
R_TOT = "Total         330.35     218.67     111.68       5.9        1.9"
R_US = "USA            33.80      12.12      21.68     -28.6      -19.0"
R_EU = "EU             49.79      22.08      27.71      14.8        1.6"
R_AS = "ASEAN          59.36      38.44      20.92       8.2        6.5"
R_AU = "Australia       8.12      15.67      -7.55      35.8       -3.9"


ARTICLE = {
    "id": "dA1_04_reuters_table_nov_partners",
    "title": "TABLE-China's November trade by main partner: U.S., EU, ASEAN, Australia",
    "publisher": "Reuters",
    "published": "2025-12-08",
    "notes": [
        "Period from the table's own label 'Nov-25' (November 2025); 'Jan-Nov-25' is January-November 2025.",
        "Flattened table with units in the column headers: Exports/Imports/Balance in '($bln)', growth in 'y/y %'. "
        "Each cell is one fact, evidence its row line, value_text the cell as written; money cells are billions of USD.",
        "Row 'Total' is trade with the world (partner null); 'USA' -> United States, 'EU' -> European Union.",
        "Australia balance -7.55 is a deficit, written with a minus sign: value -7.55e9.",
        "Negative growth cells carry their written minus sign (-28.6, -19.0, -3.9).",
        "'Jan-Nov-25 trade balance ($bln): 1,075.67' is the cumulative surplus, 1.07567e12 USD.",
        "The checker's parser cannot apply the '($bln)' header scale to bare cells: the money cells re-derive in units, "
        "a parser limitation, not a label error.",
    ],
    "facts": [
        fact("China", "exports", "value", 330.35e9, "USD", NOV, "330.35", R_TOT),
        fact("China", "imports", "value", 218.67e9, "USD", NOV, "218.67", R_TOT),
        fact("China", "balance", "value", 111.68e9, "USD", NOV, "111.68", R_TOT),
        fact("China", "exports", "growth", 5.9, "percent", NOV, "5.9", R_TOT),
        fact("China", "imports", "growth", 1.9, "percent", NOV, "1.9", R_TOT),
        fact("China", "exports", "value", 33.80e9, "USD", NOV, "33.80", R_US, partner="United States"),
        fact("China", "imports", "value", 12.12e9, "USD", NOV, "12.12", R_US, partner="United States"),
        fact("China", "balance", "value", 21.68e9, "USD", NOV, "21.68", R_US, partner="United States"),
        fact("China", "exports", "growth", -28.6, "percent", NOV, "-28.6", R_US, partner="United States"),
        fact("China", "imports", "growth", -19.0, "percent", NOV, "-19.0", R_US, partner="United States"),
        fact("China", "exports", "value", 49.79e9, "USD", NOV, "49.79", R_EU, partner="European Union"),
        fact("China", "imports", "value", 22.08e9, "USD", NOV, "22.08", R_EU, partner="European Union"),
        fact("China", "balance", "value", 27.71e9, "USD", NOV, "27.71", R_EU, partner="European Union"),
        fact("China", "exports", "growth", 14.8, "percent", NOV, "14.8", R_EU, partner="European Union"),
        fact("China", "imports", "growth", 1.6, "percent", NOV, "1.6", R_EU, partner="European Union"),
        fact("China", "exports", "value", 59.36e9, "USD", NOV, "59.36", R_AS, partner="ASEAN"),
        fact("China", "imports", "value", 38.44e9, "USD", NOV, "38.44", R_AS, partner="ASEAN"),
        fact("China", "balance", "value", 20.92e9, "USD", NOV, "20.92", R_AS, partner="ASEAN"),
        fact("China", "exports", "growth", 8.2, "percent", NOV, "8.2", R_AS, partner="ASEAN"),
        fact("China", "imports", "growth", 6.5, "percent", NOV, "6.5", R_AS, partner="ASEAN"),
        fact("China", "exports", "value", 8.12e9, "USD", NOV, "8.12", R_AU, partner="Australia"),
        fact("China", "imports", "value", 15.67e9, "USD", NOV, "15.67", R_AU, partner="Australia"),
        fact("China", "balance", "value", -7.55e9, "USD", NOV, "-7.55", R_AU, partner="Australia"),
        fact("China", "exports", "growth", 35.8, "percent", NOV, "35.8", R_AU, partner="Australia"),
        fact("China", "imports", "growth", -3.9, "percent", NOV, "-3.9", R_AU, partner="Australia"),
        fact("China", "balance", "value", 1075.67e9, "USD", period(2025, 1, 11), "1,075.67",
             "Jan-Nov-25 trade balance ($bln): 1,075.67"),
    ],
}
