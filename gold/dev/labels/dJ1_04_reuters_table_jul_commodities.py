from _fact import fact, period

M = period(2025, 7)
YTD = period(2025, 1, 7)

# volume rows (cells: Jul volume, y/y pct, Jan-Jul volume, y/y pct)
V_CRUDE = "Crude oil                    47.24 mln T     11.5      321.90 mln T      0.9"
V_ORE = "Iron ore                    104.62 mln T      1.5      697.43 mln T     -2.8"
V_SOY = "Soybeans                     11.67 mln T     18.5       60.98 mln T      4.7"
V_CU = "Copper, unwrought          440,000 T         -8.3        3.04 mln T      n/a"
V_RE = "Rare earths                  5,994.3 T       19.8     38,140.2 T         9.6"
# value rows (cells: Jul, Jan-Jul; header "VALUES (US$ mln)")
D_CRUDE = "Crude oil                    24,240        173,830"
D_ORE = "Iron ore                     10,148         68,348"
D_SOY = "Soybeans                      4,901         26,221"
D_CU = "Copper, unwrought             4,290         29,184"
D_RE = "Rare earths                    53.9          342.6"

ARTICLE = {
    "id": "dJ1_04_reuters_table_jul_commodities",
    "title": "TABLE-China's July trade in key commodities - crude oil, iron ore, soybeans, copper and rare earths",
    "publisher": "Reuters",
    "published": "2025-08-07",
    "notes": [
        "No year in the text: the dateline 'Aug 7 (Reuters)' and the columns 'Jul' / 'Jan-Jul' take 2025 from the published date.",
        "Volume block: cells carry their own scale ('47.24 mln T', '440,000 T', '5,994.3 T'); quantity facts in tonnes, base units.",
        "Value block: bare cells take their scale from the header 'VALUES (US$ mln)': 24,240 -> 24.24e9 USD; rare earths 53.9 -> 53.9e6 USD.",
        "All y/y pct cells are year-on-year growth of the volume (the only growth the table gives); no value growth is stated. "
        "These are volume growth rates given alone (no value growth beside them), so they are labelled as the commodity's growth.",
        "Copper Jan-Jul y/y is 'n/a': nothing labelled for that cell.",
        "Crude oil, iron ore, soybeans and unwrought copper are imports; rare earths are exports (section labels IMPORTS / EXPORTS).",
        "'Aug 20' (date of the detailed release): not a trade figure.",
        "Unit values are plausible: crude ~$513/t, iron ore ~$97/t, soybeans ~$420/t, copper ~$9,750/t, rare earths ~$9/kg.",
    ],
    "facts": [
        fact("China", "imports", "quantity", 47.24e6, "tonnes", M, "47.24 mln", V_CRUDE, product="crude oil"),
        fact("China", "imports", "growth", 11.5, "percent", M, "11.5", V_CRUDE, product="crude oil"),
        fact("China", "imports", "quantity", 321.90e6, "tonnes", YTD, "321.90 mln", V_CRUDE, product="crude oil"),
        fact("China", "imports", "growth", 0.9, "percent", YTD, "0.9", V_CRUDE, product="crude oil"),
        fact("China", "imports", "quantity", 104.62e6, "tonnes", M, "104.62 mln", V_ORE, product="iron ore"),
        fact("China", "imports", "growth", 1.5, "percent", M, "1.5", V_ORE, product="iron ore"),
        fact("China", "imports", "quantity", 697.43e6, "tonnes", YTD, "697.43 mln", V_ORE, product="iron ore"),
        fact("China", "imports", "growth", -2.8, "percent", YTD, "-2.8", V_ORE, product="iron ore"),
        fact("China", "imports", "quantity", 11.67e6, "tonnes", M, "11.67 mln", V_SOY, product="soybeans"),
        fact("China", "imports", "growth", 18.5, "percent", M, "18.5", V_SOY, product="soybeans"),
        fact("China", "imports", "quantity", 60.98e6, "tonnes", YTD, "60.98 mln", V_SOY, product="soybeans"),
        fact("China", "imports", "growth", 4.7, "percent", YTD, "4.7", V_SOY, product="soybeans"),
        fact("China", "imports", "quantity", 440000, "tonnes", M, "440,000", V_CU, product="unwrought copper"),
        fact("China", "imports", "growth", -8.3, "percent", M, "-8.3", V_CU, product="unwrought copper"),
        fact("China", "imports", "quantity", 3.04e6, "tonnes", YTD, "3.04 mln", V_CU, product="unwrought copper"),
        fact("China", "exports", "quantity", 5994.3, "tonnes", M, "5,994.3", V_RE, product="rare earths"),
        fact("China", "exports", "growth", 19.8, "percent", M, "19.8", V_RE, product="rare earths"),
        fact("China", "exports", "quantity", 38140.2, "tonnes", YTD, "38,140.2", V_RE, product="rare earths"),
        fact("China", "exports", "growth", 9.6, "percent", YTD, "9.6", V_RE, product="rare earths"),
        fact("China", "imports", "value", 24.24e9, "USD", M, "24,240", D_CRUDE, product="crude oil"),
        fact("China", "imports", "value", 173.83e9, "USD", YTD, "173,830", D_CRUDE, product="crude oil"),
        fact("China", "imports", "value", 10.148e9, "USD", M, "10,148", D_ORE, product="iron ore"),
        fact("China", "imports", "value", 68.348e9, "USD", YTD, "68,348", D_ORE, product="iron ore"),
        fact("China", "imports", "value", 4.901e9, "USD", M, "4,901", D_SOY, product="soybeans"),
        fact("China", "imports", "value", 26.221e9, "USD", YTD, "26,221", D_SOY, product="soybeans"),
        fact("China", "imports", "value", 4.29e9, "USD", M, "4,290", D_CU, product="unwrought copper"),
        fact("China", "imports", "value", 29.184e9, "USD", YTD, "29,184", D_CU, product="unwrought copper"),
        fact("China", "exports", "value", 53.9e6, "USD", M, "53.9", D_RE, product="rare earths"),
        fact("China", "exports", "value", 342.6e6, "USD", YTD, "342.6", D_RE, product="rare earths"),
    ],
}
