from _fact import fact, period

OCT = period(2025, 10)
SEP = period(2025, 9)
JP = "Japan"
R_X = "Exports                    9,766.7        +3.6        +4.2"
R_M = "Imports                    9,998.5        +0.7        +3.3"
R_B = "Balance                     -231.8          --          --"
R_US = " U.S.                      1,604.4        -3.1       -13.3"
R_CN = " China                     1,638.2        +2.1        +5.8"
R_EU = " EU                          927.5        +9.2        +5.0"
R_AS = " Asia                      5,090.3        +4.5        +7.0"
R_SAX = "SEASONALLY ADJUSTED (m/m pct)\n Exports                                  -1.9        +2.4"
R_SAM = " Imports                                  -0.4        +1.1"

ARTICLE = {
    "id": "dA3_07_jp_table_oct2025",
    "title": "TABLE-Japan's exports up 3.6% y/y in Oct; shipments to US down for 7th straight month",
    "publisher": "Reuters",
    "published": "2025-11-20",
    "notes": [
        "Dateline 'Nov 20' and the column heads 'OCT'/'SEPT' carry no year: 2025 from the published date.",
        "Table cells: evidence is the table row (a row is the shortest span naming the series); the header row "
        "'(bln yen, pct)' and the intro sentence give the scale (billions of yen) and the y/y basis. value_text is the "
        "cell as written ('9,766.7', '-231.8'), so the parser, which cannot see the header's scale, reads 9766.7 instead "
        "of 9.7667e12: parser limitation (scale in a table header), values kept in base units.",
        "Signs: cells written '-3.1' take value_text with the minus; cells written '+3.6' take value_text '3.6'.",
        "Rows under 'EXPORTS BY DESTINATION' are exports with partner United States, China, European Union, Asia "
        "(Asia includes China, per the notes line: 'China is included in Asia').",
        "'SEASONALLY ADJUSTED (m/m pct)' rows: growth basis mom for October and September; the evidence for the "
        "exports row includes the section head, the imports row follows directly under it.",
        "'EXPORT VOLUME INDEX (y/y pct)': volume growth beside value growth, out.",
        "September balance: the revised deficit (237.4 bln yen) is labelled; the first estimate of 234.6 bln yen is a "
        "superseded vintage of the same observation, not labelled.",
        "Reuters poll median forecasts (exports +1.1%, imports -1.5%, balance -294.5 bln yen): out.",
        "Headline 'up 3.6% y/y' restates the table; 'down for 7th straight month': streak, out.",
    ],
    "facts": [
        fact(JP, "exports", "value", 9766.7e9, "JPY", OCT, "9,766.7", R_X),
        fact(JP, "exports", "growth", 3.6, "percent", OCT, "3.6", R_X),
        fact(JP, "exports", "growth", 4.2, "percent", SEP, "4.2", R_X),
        fact(JP, "imports", "value", 9998.5e9, "JPY", OCT, "9,998.5", R_M),
        fact(JP, "imports", "growth", 0.7, "percent", OCT, "0.7", R_M),
        fact(JP, "imports", "growth", 3.3, "percent", SEP, "3.3", R_M),
        fact(JP, "balance", "value", -231.8e9, "JPY", OCT, "-231.8", R_B),
        fact(JP, "balance", "value", -237.4e9, "JPY", SEP, "237.4 bln",
             "September's balance now shows a deficit of 237.4 bln yen"),
        fact(JP, "exports", "value", 1604.4e9, "JPY", OCT, "1,604.4", R_US, partner="United States"),
        fact(JP, "exports", "growth", -3.1, "percent", OCT, "-3.1", R_US, partner="United States"),
        fact(JP, "exports", "growth", -13.3, "percent", SEP, "-13.3", R_US, partner="United States"),
        fact(JP, "exports", "value", 1638.2e9, "JPY", OCT, "1,638.2", R_CN, partner="China"),
        fact(JP, "exports", "growth", 2.1, "percent", OCT, "2.1", R_CN, partner="China"),
        fact(JP, "exports", "growth", 5.8, "percent", SEP, "5.8", R_CN, partner="China"),
        fact(JP, "exports", "value", 927.5e9, "JPY", OCT, "927.5", R_EU, partner="European Union"),
        fact(JP, "exports", "growth", 9.2, "percent", OCT, "9.2", R_EU, partner="European Union"),
        fact(JP, "exports", "growth", 5.0, "percent", SEP, "5.0", R_EU, partner="European Union"),
        fact(JP, "exports", "value", 5090.3e9, "JPY", OCT, "5,090.3", R_AS, partner="Asia"),
        fact(JP, "exports", "growth", 4.5, "percent", OCT, "4.5", R_AS, partner="Asia"),
        fact(JP, "exports", "growth", 7.0, "percent", SEP, "7.0", R_AS, partner="Asia"),
        fact(JP, "exports", "growth", -1.9, "percent", OCT, "-1.9", R_SAX, basis="mom"),
        fact(JP, "exports", "growth", 2.4, "percent", SEP, "2.4", R_SAX, basis="mom"),
        fact(JP, "imports", "growth", -0.4, "percent", OCT, "-0.4", R_SAM, basis="mom"),
        fact(JP, "imports", "growth", 1.1, "percent", SEP, "1.1", R_SAM, basis="mom"),
    ],
}
