from _fact import fact, period

NOV = period(2025, 11)
OCT = period(2025, 10)
YTD = period(2025, 1, 11)
X = "Exports              330.35    305.35        5.9    3,407.93"
M = "Imports              218.67    215.29        1.9    2,331.88"
B = "Trade balance        111.68     90.06        n/a    1,076.05"
US = "Exports to U.S.       33.79     34.24      -28.6      389.12"
EU = "Exports to EU         48.36     47.10       14.8      517.60"

ARTICLE = {
    "id": "dF1_06_reuters_table_nov_trade",
    "title": "TABLE-China's November trade figures, with exports to the U.S. and EU",
    "publisher": "Reuters",
    "published": "2025-12-08",
    "notes": [
        "The text gives no year: the dateline 'Dec 8 (Reuters)' and the columns Nov, Oct, Jan-Nov take 2025 from the published date.",
        "Money cells carry no scale word: the header '(In $ bln unless stated; ...)' gives billions of US dollars; value_text is the cell as written.",
        "Columns: Nov value (November 2025), Oct value (the previous month, October 2025), Nov y/y (growth of November), Jan-Nov value (January-November 2025).",
        "Trade balance row: y/y is n/a; the balance is a surplus (positive), Nov, Oct and Jan-Nov labelled.",
        "Partner rows are China's exports to the United States and to the European Union.",
        "Evidence for a cell is its table row.",
        "'Measured in yuan, exports in November were up 5.7% y/y': a second growth rate of November exports, labelled beside the dollar 5.9.",
        "'No earlier 11-month period on record produced a surplus above $1 trillion' is a threshold for the same Jan-Nov balance as 1,076.05: exact only.",
        "Out of scope: the Reuters poll block (+3.8, +3.0, 100.2 bln; 30 economists), 'eight months in a row', release dates, 10 percentage points.",
    ],
    "facts": [
        fact("China", "exports", "value", 330.35e9, "USD", NOV, "330.35", X),
        fact("China", "exports", "value", 305.35e9, "USD", OCT, "305.35", X),
        fact("China", "exports", "growth", 5.9, "percent", NOV, "5.9", X),
        fact("China", "exports", "value", 3407.93e9, "USD", YTD, "3,407.93", X),
        fact("China", "imports", "value", 218.67e9, "USD", NOV, "218.67", M),
        fact("China", "imports", "value", 215.29e9, "USD", OCT, "215.29", M),
        fact("China", "imports", "growth", 1.9, "percent", NOV, "1.9", M),
        fact("China", "imports", "value", 2331.88e9, "USD", YTD, "2,331.88", M),
        fact("China", "balance", "value", 111.68e9, "USD", NOV, "111.68", B),
        fact("China", "balance", "value", 90.06e9, "USD", OCT, "90.06", B),
        fact("China", "balance", "value", 1076.05e9, "USD", YTD, "1,076.05", B),
        fact("China", "exports", "value", 33.79e9, "USD", NOV, "33.79", US, partner="United States"),
        fact("China", "exports", "value", 34.24e9, "USD", OCT, "34.24", US, partner="United States"),
        fact("China", "exports", "growth", -28.6, "percent", NOV, "-28.6", US, partner="United States"),
        fact("China", "exports", "value", 389.12e9, "USD", YTD, "389.12", US, partner="United States"),
        fact("China", "exports", "value", 48.36e9, "USD", NOV, "48.36", EU, partner="European Union"),
        fact("China", "exports", "value", 47.10e9, "USD", OCT, "47.10", EU, partner="European Union"),
        fact("China", "exports", "growth", 14.8, "percent", NOV, "14.8", EU, partner="European Union"),
        fact("China", "exports", "value", 517.60e9, "USD", YTD, "517.60", EU, partner="European Union"),
        fact("China", "exports", "growth", 5.7, "percent", NOV, "5.7", "Measured in yuan, exports in November were up 5.7% y/y"),
    ],
}
