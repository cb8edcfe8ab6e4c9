from _fact import fact, period

OCT = period(2025, 10)
R_X = "Total exports              305.35       -1.1"
R_M = "Total imports              215.28        1.0"
R_B = "Total trade balance         90.07"
R_XUS = "Exports to United States    34.29      -25.2"
R_MUS = "Imports from United States  10.73      -13.5"
R_BUS = "Balance with United States  23.56"
R_XEU = "Exports to EU               45.81        0.9"
R_MEU = "Imports from EU             22.05       -2.6"
R_BEU = "Balance with EU             23.76"
R_XAU = "Exports to Australia         6.52        9.6"
R_MAU = "Imports from Australia      11.04        4.3"
R_BAU = "Balance with Australia      -4.52"

ARTICLE = {
    "id": "dD1_03_reuters_table_oct_partners",
    "title": "TABLE-China's trade with key partners in October",
    "publisher": "Reuters",
    "published": "2025-11-07",
    "notes": [
        "The dateline 'Nov 7' and the 'Oct' column carry no year; 2025 comes from published: period 2025-10.",
        "Money cells take their scale and currency from the header '($ bln unless stated; pct change y/y)': US dollars, billions.",
        "Evidence for each cell is its table row (up to the cell); each row names its flow and partner.",
        "Balance rows: positive cells are surpluses, the Australia cell (-4.52) a deficit; their y/y cells are n/a, nothing to label.",
        "The lead's 'Exports declined 1.1% year on year' restates the 'Total exports' y/y cell: labelled once, with the table row.",
        "'first fall since February', 'double-digit drops for a seventh month in a row': streaks, out; the Reuters poll's 3.0% forecast: out.",
    ],
    "facts": [
        fact("China", "exports", "value", 305.35e9, "USD", OCT, "305.35", R_X),
        fact("China", "exports", "growth", -1.1, "percent", OCT, "-1.1", R_X),
        fact("China", "imports", "value", 215.28e9, "USD", OCT, "215.28", R_M),
        fact("China", "imports", "growth", 1.0, "percent", OCT, "1.0", R_M),
        fact("China", "balance", "value", 90.07e9, "USD", OCT, "90.07", R_B),
        fact("China", "exports", "value", 34.29e9, "USD", OCT, "34.29", R_XUS, partner="United States"),
        fact("China", "exports", "growth", -25.2, "percent", OCT, "-25.2", R_XUS, partner="United States"),
        fact("China", "imports", "value", 10.73e9, "USD", OCT, "10.73", R_MUS, partner="United States"),
        fact("China", "imports", "growth", -13.5, "percent", OCT, "-13.5", R_MUS, partner="United States"),
        fact("China", "balance", "value", 23.56e9, "USD", OCT, "23.56", R_BUS, partner="United States"),
        fact("China", "exports", "value", 45.81e9, "USD", OCT, "45.81", R_XEU, partner="European Union"),
        fact("China", "exports", "growth", 0.9, "percent", OCT, "0.9", R_XEU, partner="European Union"),
        fact("China", "imports", "value", 22.05e9, "USD", OCT, "22.05", R_MEU, partner="European Union"),
        fact("China", "imports", "growth", -2.6, "percent", OCT, "-2.6", R_MEU, partner="European Union"),
        fact("China", "balance", "value", 23.76e9, "USD", OCT, "23.76", R_BEU, partner="European Union"),
        fact("China", "exports", "value", 6.52e9, "USD", OCT, "6.52", R_XAU, partner="Australia"),
        fact("China", "exports", "growth", 9.6, "percent", OCT, "9.6", R_XAU, partner="Australia"),
        fact("China", "imports", "value", 11.04e9, "USD", OCT, "11.04", R_MAU, partner="Australia"),
        fact("China", "imports", "growth", 4.3, "percent", OCT, "4.3", R_MAU, partner="Australia"),
        fact("China", "balance", "value", -4.52e9, "USD", OCT, "-4.52", R_BAU, partner="Australia"),
    ],
}
