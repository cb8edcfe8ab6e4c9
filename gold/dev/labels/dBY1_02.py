from decimal import Decimal

from _fact import fact, period

CN = "China"
NOV = period(2025, 11)
JN = period(2025, 1, 11)


def row(line, partner, flow, nov_value, nov_pct, jn_value, jn_pct):
    """One table row as written ('United States  33.81  -28.6  385.90  -18.9'): four facts, value cells in $ bln
    (the header '($ bln; pct change y/y)'), pct cells y/y. Each argument is the cell exactly as written."""
    return [
        fact(CN, flow, "value", float(Decimal(nov_value) * 10**9), "USD", NOV, nov_value, line, partner=partner),
        fact(CN, flow, "growth", float(nov_pct), "percent", NOV, nov_pct, line, partner=partner),
        fact(CN, flow, "value", float(Decimal(jn_value) * 10**9), "USD", JN, jn_value, line, partner=partner),
        fact(CN, flow, "growth", float(jn_pct), "percent", JN, jn_pct, line, partner=partner),
    ]


ARTICLE = {
    "id": "dBY1_02",
    "title": "TABLE-China's exports and imports by leading partner, November and Jan-Nov",
    "publisher": "Reuters",
    "published": "2025-12-08",
    "notes": [
        "Real figures (GAC data of 2025-12-08 as reported by CNBC/Reuters via europesays, AP via IJR/gmt8press, News.az, "
        "particle.news, 2025-12-08/09): November exports +5.9% and imports +1.9% in dollar terms; Reuters poll forecast 3.8%; "
        "November exports to the US -28.6%, imports from the US -19.0%; Jan-Nov exports to the US $385.90 bln (-18.9%), imports "
        "from the US $128.76 bln (-13.2%); November exports to the EU +14.8%, to ASEAN +8.2%, to Australia +35.8%; Jan-Nov exports "
        "to Southeast Asia +14.6% (as reported; taken for the ASEAN Jan-Nov cell).",
        "Derived/made up: every other cell is made up but sized to 2024 levels: US November export value 33.81 derived from the "
        "-28.6% rate on an assumed year-earlier base; EU, ASEAN, Japan, South Korea, Russia, Australia, Brazil and India values and "
        "the remaining rates are invented and not checked against customs data.",
        "Judgement calls: value cells take their scale from the section header '($ bln; pct change y/y)' (USD billions), pct cells "
        "are y/y growth; each cell's evidence is its whole table row, whose section header (EXPORTS TO / IMPORTS FROM) gives the "
        "flow and whose column gives the period; 'EU' is European Union; the intro's US -28.6% and EU +14.8% are the same "
        "observations as the table cells and are labelled once (row evidence); the intro's 5.9% and 1.9% are the world totals "
        "(partner null). Fact count (74) is above the brief's 30-38 because the requested table (9 partners x exports/imports x "
        "value/pct x November/Jan-Nov) holds 72 cells by itself.",
        "Not facts: 3.8% (Reuters poll forecast), the 'Nov'/'Jan-Nov' column heads, 11 (months implied by the period).",
        "Copy check: 2 sentences searched (2 queries), 0 reworded; table rows are numbers only and were not searched.",
        "Second check: 5 sentences searched, 5 reworded.",
    ],
    "facts": [
        fact(CN, "exports", "growth", 5.9, "percent", NOV, "5.9",
             "China's November exports outpaced forecasts, customs data showed on Monday, climbing 5.9% in dollar terms from a year earlier"),
        fact(CN, "imports", "growth", 1.9, "percent", NOV, "1.9",
             "China's November exports outpaced forecasts, customs data showed on Monday, climbing 5.9% in dollar terms from a year earlier against a 3.8% rise expected in a Reuters poll, while imports grew 1.9%"),
        # EXPORTS TO
        *row("United States       33.81    -28.6    385.90    -18.9", "United States", "exports", "33.81", "-28.6", "385.90", "-18.9"),
        *row("EU                  51.66     14.8    518.34      8.9", "European Union", "exports", "51.66", "14.8", "518.34", "8.9"),
        *row("ASEAN               59.42      8.2    603.75     14.6", "ASEAN", "exports", "59.42", "8.2", "603.75", "14.6"),
        *row("Japan               13.92      2.1    143.18      3.4", "Japan", "exports", "13.92", "2.1", "143.18", "3.4"),
        *row("South Korea         12.44      1.6    135.72     -1.4", "South Korea", "exports", "12.44", "1.6", "135.72", "-1.4"),
        *row("Russia               8.81     -6.8     92.07    -10.3", "Russia", "exports", "8.81", "-6.8", "92.07", "-10.3"),
        *row("Australia            7.95     35.8     77.12      9.7", "Australia", "exports", "7.95", "35.8", "77.12", "9.7"),
        *row("Brazil               6.02     12.5     66.83     12.0", "Brazil", "exports", "6.02", "12.5", "66.83", "12.0"),
        *row("India               12.15     24.1    123.24     12.6", "India", "exports", "12.15", "24.1", "123.24", "12.6"),
        # IMPORTS FROM
        *row("United States        9.71    -19.0    128.76    -13.2", "United States", "imports", "9.71", "-19.0", "128.76", "-13.2"),
        *row("EU                  21.45     -4.9    238.66     -2.6", "European Union", "imports", "21.45", "-4.9", "238.66", "-2.6"),
        *row("ASEAN               34.37      3.5    357.21      1.8", "ASEAN", "imports", "34.37", "3.5", "357.21", "1.8"),
        *row("Japan               14.63      3.0    148.93      1.2", "Japan", "imports", "14.63", "3.0", "148.93", "1.2"),
        *row("South Korea         15.92      4.3    162.31      2.7", "South Korea", "imports", "15.92", "4.3", "162.31", "2.7"),
        *row("Russia              10.28      3.2    112.96     -8.0", "Russia", "imports", "10.28", "3.2", "112.96", "-8.0"),
        *row("Australia           12.38     -2.3    129.44     -7.5", "Australia", "imports", "12.38", "-2.3", "129.44", "-7.5"),
        *row("Brazil               8.10     -1.9    101.27     -5.4", "Brazil", "imports", "8.10", "-1.9", "101.27", "-5.4"),
        *row("India                1.82     27.5     17.41      9.8", "India", "imports", "1.82", "27.5", "17.41", "9.8"),
    ],
}
