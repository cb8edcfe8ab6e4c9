from _fact import fact, period

CN = "China"
OCT = period(2025, 10)
YTD = period(2025, 1, 10)
US = "United States"
EU = "European Union"
AU = "Australia"

X_TOT = "Total              305.35     -1.1   3,090.46      5.3"
X_US = "United States       34.37    -25.2     365.06    -17.8"
X_EU = "European Union      47.95      0.9     470.62      7.5"
X_AS = "ASEAN               59.21     11.0     546.37     14.3"
M_TOT = "Total              215.28      1.0   2,125.64     -0.8"
M_US = "United States       10.71    -22.9     116.38    -13.0"
M_AU = "Australia           15.02      3.4     146.77     -6.8"
B_TOT = "Total               90.07              964.82"
B_US = "United States       23.66              248.68"
B_AU = "Australia           -8.12              -78.45"

ARTICLE = {
    "id": "dCB1_02",
    "title": "TABLE-China's October trade by country and region",
    "publisher": "Reuters",
    "published": "2025-11-07",
    "notes": [
        "Real figures (GAC via AP, Bloomberg, SCMP, Anadolu/MENAFN, LTN, 2025-11-07): October exports $305.35 bln "
        "-1.1%, imports $215.28 bln +1.0%, surplus $90.07 bln; exports to the U.S. -25.2% (25.17%), imports from the "
        "U.S. 'nearly -23%'; Jan-Oct exports +5.3%, to ASEAN +14.3%, to the EU +7.5%; Reuters poll 3.0% exports, "
        "imports forecast 3.2%.",
        "Derived/made up: all partner levels (U.S., EU, ASEAN, Australia), their October rates other than the U.S. "
        "export rate, the U.S. import rate -22.9, Jan-Oct U.S. rates, Australia rows, and the Jan-Oct totals "
        "3,090.46 / 2,125.64 / -0.8 / 964.82 are made up to be plausible and internally consistent (balances = "
        "exports - imports, Australia exports to China assumed about $6.9 bln a month); editor name made up.",
        "Judgement calls: each table cell is one fact with the row as evidence; the scale ($ bln) and the basis (y/y) "
        "come from each block's header; the year 2025 comes only from the dateline/published date (columns say "
        "'Oct' and 'Jan-Oct'); the October U.S. export rate is labelled once, from the lead, though the table repeats "
        "it; Australia's balance cells are deficits written with a minus sign as the header says.",
        "Not facts: 3.0% and 3.2% (poll forecasts); 10% and 20% (tariff rates); seven (streak of double-digit drops); "
        "February (comparison month); 27 member states and 10 Southeast Asian countries (bloc membership, not trade).",
        "Copy check: 3 sentences searched, 2 reworded.",
        "Second check: 8 sentences searched, 4 reworded.",
    ],
    "facts": [
        fact(CN, "exports", "growth", -25.2, "percent", OCT, "25.2",
             "a 25.2% year-on-year slump in October exports to the United States", partner=US),
        # EXPORTS block
        fact(CN, "exports", "value", 305.35e9, "USD", OCT, "305.35", X_TOT),
        fact(CN, "exports", "growth", -1.1, "percent", OCT, "-1.1", X_TOT),
        fact(CN, "exports", "value", 3090.46e9, "USD", YTD, "3,090.46", X_TOT),
        fact(CN, "exports", "growth", 5.3, "percent", YTD, "5.3", X_TOT),
        fact(CN, "exports", "value", 34.37e9, "USD", OCT, "34.37", X_US, partner=US),
        fact(CN, "exports", "value", 365.06e9, "USD", YTD, "365.06", X_US, partner=US),
        fact(CN, "exports", "growth", -17.8, "percent", YTD, "-17.8", X_US, partner=US),
        fact(CN, "exports", "value", 47.95e9, "USD", OCT, "47.95", X_EU, partner=EU),
        fact(CN, "exports", "growth", 0.9, "percent", OCT, "0.9", X_EU, partner=EU),
        fact(CN, "exports", "value", 470.62e9, "USD", YTD, "470.62", X_EU, partner=EU),
        fact(CN, "exports", "growth", 7.5, "percent", YTD, "7.5", X_EU, partner=EU),
        fact(CN, "exports", "value", 59.21e9, "USD", OCT, "59.21", X_AS, partner="ASEAN"),
        fact(CN, "exports", "growth", 11.0, "percent", OCT, "11.0", X_AS, partner="ASEAN"),
        fact(CN, "exports", "value", 546.37e9, "USD", YTD, "546.37", X_AS, partner="ASEAN"),
        fact(CN, "exports", "growth", 14.3, "percent", YTD, "14.3", X_AS, partner="ASEAN"),
        # IMPORTS block
        fact(CN, "imports", "value", 215.28e9, "USD", OCT, "215.28", M_TOT),
        fact(CN, "imports", "growth", 1.0, "percent", OCT, "1.0", M_TOT),
        fact(CN, "imports", "value", 2125.64e9, "USD", YTD, "2,125.64", M_TOT),
        fact(CN, "imports", "growth", -0.8, "percent", YTD, "-0.8", M_TOT),
        fact(CN, "imports", "value", 10.71e9, "USD", OCT, "10.71", M_US, partner=US),
        fact(CN, "imports", "growth", -22.9, "percent", OCT, "-22.9", M_US, partner=US),
        fact(CN, "imports", "value", 116.38e9, "USD", YTD, "116.38", M_US, partner=US),
        fact(CN, "imports", "growth", -13.0, "percent", YTD, "-13.0", M_US, partner=US),
        fact(CN, "imports", "value", 15.02e9, "USD", OCT, "15.02", M_AU, partner=AU),
        fact(CN, "imports", "growth", 3.4, "percent", OCT, "3.4", M_AU, partner=AU),
        fact(CN, "imports", "value", 146.77e9, "USD", YTD, "146.77", M_AU, partner=AU),
        fact(CN, "imports", "growth", -6.8, "percent", YTD, "-6.8", M_AU, partner=AU),
        # TRADE BALANCE block
        fact(CN, "balance", "value", 90.07e9, "USD", OCT, "90.07", B_TOT),
        fact(CN, "balance", "value", 964.82e9, "USD", YTD, "964.82", B_TOT),
        fact(CN, "balance", "value", 23.66e9, "USD", OCT, "23.66", B_US, partner=US),
        fact(CN, "balance", "value", 248.68e9, "USD", YTD, "248.68", B_US, partner=US),
        fact(CN, "balance", "value", -8.12e9, "USD", OCT, "-8.12", B_AU, partner=AU),
        fact(CN, "balance", "value", -78.45e9, "USD", YTD, "-78.45", B_AU, partner=AU),
    ],
}
