from _fact import fact, period

OCT = period(2025, 10)
YTD = period(2025, 1, 10)
R_EXP = "Rare earths            4,343.1    38.6    -7.3   -12.8     50,914      462.3    -4.1"
R_MAG = "Rare earth magnets     5,473.6   289.5    -4.1    -9.6     46,029    2,581.7    -6.9"
R_IMP = "Rare earths            7,920.4   102.7    11.6    18.4     96,480    1,107.9     5.2"
RE = "rare earths"
MAG = "rare earth magnets"

ARTICLE = {
    "id": "dC1_04_reuters_table_rare_earths_oct",
    "title": "TABLE-China's rare earth and magnet trade in October: volumes and values",
    "publisher": "Reuters",
    "published": "2025-11-20",
    "notes": [
        "Dateline 'Nov 20 (Reuters)' has no year, and neither has the table: 'Oct' is 2025-10 and 'Jan-Oct' 2025-01..2025-10 from published.",
        "The header '(volume in tonnes; value in $ mln; pct change on a year earlier)' gives the units: volume cells are quantities "
        "in tonnes as written, value cells take the $ mln scale (38.6 -> 38.6e6 USD), pct cells are y/y growth.",
        "Evidence for a cell is its table row (the shortest span naming the product and holding the number); the row label plus the "
        "block heading (EXPORTS / IMPORTS) and the column decide flow, measure and period. The two 'Rare earths' rows differ by block.",
        "The 'Vol y/y' column is volume growth beside value growth ('Value y/y'): out per the guide; only value growth is labelled "
        "(-7.3, -4.1 and 11.6 in that column are not facts).",
        "Months without a year: none later than the publication month, so no year shift.",
        "The NOTE on coverage and the sources of imports (Myanmar, Malaysia) carry no numbers; 'since April' is a date, out.",
    ],
    "facts": [
        fact("China", "exports", "quantity", 4343.1, "tonnes", OCT, "4,343.1", R_EXP, product=RE),
        fact("China", "exports", "value", 38.6e6, "USD", OCT, "38.6", R_EXP, product=RE),
        fact("China", "exports", "growth", -12.8, "percent", OCT, "-12.8", R_EXP, product=RE),
        fact("China", "exports", "quantity", 50914, "tonnes", YTD, "50,914", R_EXP, product=RE),
        fact("China", "exports", "value", 462.3e6, "USD", YTD, "462.3", R_EXP, product=RE),
        fact("China", "exports", "growth", -4.1, "percent", YTD, "-4.1", R_EXP, product=RE),
        fact("China", "exports", "quantity", 5473.6, "tonnes", OCT, "5,473.6", R_MAG, product=MAG),
        fact("China", "exports", "value", 289.5e6, "USD", OCT, "289.5", R_MAG, product=MAG),
        fact("China", "exports", "growth", -9.6, "percent", OCT, "-9.6", R_MAG, product=MAG),
        fact("China", "exports", "quantity", 46029, "tonnes", YTD, "46,029", R_MAG, product=MAG),
        fact("China", "exports", "value", 2581.7e6, "USD", YTD, "2,581.7", R_MAG, product=MAG),
        fact("China", "exports", "growth", -6.9, "percent", YTD, "-6.9", R_MAG, product=MAG),
        fact("China", "imports", "quantity", 7920.4, "tonnes", OCT, "7,920.4", R_IMP, product=RE),
        fact("China", "imports", "value", 102.7e6, "USD", OCT, "102.7", R_IMP, product=RE),
        fact("China", "imports", "growth", 18.4, "percent", OCT, "18.4", R_IMP, product=RE),
        fact("China", "imports", "quantity", 96480, "tonnes", YTD, "96,480", R_IMP, product=RE),
        fact("China", "imports", "value", 1107.9e6, "USD", YTD, "1,107.9", R_IMP, product=RE),
        fact("China", "imports", "growth", 5.2, "percent", YTD, "5.2", R_IMP, product=RE),
    ],
}
