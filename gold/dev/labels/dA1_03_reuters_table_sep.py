from _fact import fact, period

SEP = period(2025, 9)
AUG = period(2025, 8)
YTD = period(2025, 1, 9)
R_EXP = "Exports          328.57        8.3            4.4       2,764.61        6.1"
R_IMP = "Imports          238.12        7.4            1.3       1,889.33       -1.1"
R_BAL = "Trade balance     90.45        n/a            n/a         875.28        n/a"
R_US = "United States     34.34      -27.0          -33.1"
R_EU = "European Union    50.23       14.2           10.4"
R_AS = "ASEAN             60.58       15.6           22.5"

ARTICLE = {
    "id": "dA1_03_reuters_table_sep",
    "title": "TABLE-China's exports climb 8.3% y/y in Sept, imports up 7.4%",
    "publisher": "Reuters",
    "published": "2025-10-13",
    "notes": [
        "The text never states the year: Sept, Aug and Jan-Sept are 2025 from the publication date (dateline Oct 13).",
        "Flattened table: the header '($ bln unless stated; pct change from a year earlier)' gives unit and scale; each cell is a fact "
        "whose evidence is its row line and whose value_text is the cell as written, so money cells read in $ bln (328.57 -> 328.57e9).",
        "Column 'Aug y/y pct' is a fact for August 2025 (the previous month); 'Jan-Sept' columns are January-September 2025.",
        "Balance row: 'n/a' cells are not facts; 90.45 (September) and 875.28 (January-September) are surpluses, positive.",
        "Destination block: export values and growth to each partner; the block header says exports; 'United States' -27.0 and -33.1 are written with the minus sign.",
        "Headline figures (8.3%, 7.4%) restate the table cells: labelled once, with the row line as evidence.",
        "All growth cells are y/y as the header says.",
        "The checker's number parser cannot see the '$ bln' scale in the header, so every money cell (value_text without a scale word) "
        "re-derives in units rather than billions: a parser limitation, not a label error.",
    ],
    "facts": [
        fact("China", "exports", "value", 328.57e9, "USD", SEP, "328.57", R_EXP),
        fact("China", "exports", "growth", 8.3, "percent", SEP, "8.3", R_EXP),
        fact("China", "exports", "growth", 4.4, "percent", AUG, "4.4", R_EXP),
        fact("China", "exports", "value", 2764.61e9, "USD", YTD, "2,764.61", R_EXP),
        fact("China", "exports", "growth", 6.1, "percent", YTD, "6.1", R_EXP),
        fact("China", "imports", "value", 238.12e9, "USD", SEP, "238.12", R_IMP),
        fact("China", "imports", "growth", 7.4, "percent", SEP, "7.4", R_IMP),
        fact("China", "imports", "growth", 1.3, "percent", AUG, "1.3", R_IMP),
        fact("China", "imports", "value", 1889.33e9, "USD", YTD, "1,889.33", R_IMP),
        fact("China", "imports", "growth", -1.1, "percent", YTD, "-1.1", R_IMP),
        fact("China", "balance", "value", 90.45e9, "USD", SEP, "90.45", R_BAL),
        fact("China", "balance", "value", 875.28e9, "USD", YTD, "875.28", R_BAL),
        fact("China", "exports", "value", 34.34e9, "USD", SEP, "34.34", R_US, partner="United States"),
        fact("China", "exports", "growth", -27.0, "percent", SEP, "-27.0", R_US, partner="United States"),
        fact("China", "exports", "growth", -33.1, "percent", AUG, "-33.1", R_US, partner="United States"),
        fact("China", "exports", "value", 50.23e9, "USD", SEP, "50.23", R_EU, partner="European Union"),
        fact("China", "exports", "growth", 14.2, "percent", SEP, "14.2", R_EU, partner="European Union"),
        fact("China", "exports", "growth", 10.4, "percent", AUG, "10.4", R_EU, partner="European Union"),
        fact("China", "exports", "value", 60.58e9, "USD", SEP, "60.58", R_AS, partner="ASEAN"),
        fact("China", "exports", "growth", 15.6, "percent", SEP, "15.6", R_AS, partner="ASEAN"),
        fact("China", "exports", "growth", 22.5, "percent", AUG, "22.5", R_AS, partner="ASEAN"),
    ],
}
