from _fact import fact, period

NOVEMBER = period(2025, 11)
JAN_NOV = period(2025, 1, 11)
EU = "European Union"
US = "United States"

LEAD = "Customs figures released on Monday showed China's November exports up 5.9% year on year and imports 1.9% higher"
US_PROSE = "Exports bound for the United States tumbled 28.6%"
EU_PROSE = "their exports to the European Union jumped 14.8%"
ROW_TOTAL = "Total                  5.9         1.9       111.68"
ROW_ASEAN = "ASEAN                  8.2        -0.4        27.91"
ROW_EU = "European              14.8         2.6        25.07\n Union"
ROW_US = "United               -28.6       -19.0        23.74\n States"
ROW_JAPAN = "Japan                  3.4         1.1         0.41"
ROW_KOREA = "South                  1.5        -3.4        -2.86\n Korea"
ROW_HK = "Hong Kong             22.3        41.5        25.39"
ROW_TAIWAN = "Taiwan                 9.7        14.2       -14.15"
ROW_RUSSIA = "Russia                -3.2        -6.1         0.94"
ROW_JAN_NOV = "Jan-Nov\n Total                  5.4        -0.6     1,075.64"


def row(partner, evidence, exports, imports, balance, per=NOVEMBER):
    """The three cells of one table row: exports y/y %, imports y/y %, balance ($ bln)."""
    return [
        fact("China", "exports", "growth", float(exports), "percent", per, exports, evidence, partner=partner),
        fact("China", "imports", "growth", float(imports), "percent", per, imports, evidence, partner=partner),
        fact("China", "balance", "value", round(float(balance.replace(",", "")) * 1e9), "USD", per, balance, evidence,
             partner=partner),
    ]


ARTICLE = {
    "id": "dX1_02_reuters_table_china_nov_partners",
    "title": "TABLE-Breakdown of China's November trade by partner",
    "publisher": "Reuters",
    "published": "2025-12-08",
    "notes": [
        "Dateline 'Dec 8' without a year: 2025 from the published date; the table is November 2025, the 'Jan-Nov' row "
        "2025-01..2025-11.",
        "Table header spans three lines: 'Exports / Imports / Trade balance', then 'y/y %' under exports and imports, then "
        "'($ bln)' on a line of its own under 'balance'. Balance cells take their scale from that line: 111.68 -> "
        "111.68e9 USD; '1,075.64' -> 1.07564e12 USD.",
        "Growth cells are year-on-year (column header 'y/y %'), in US-dollar terms (note line). Negative cells are "
        "falls; negative balance cells are deficits (note line says so), value_text keeps the minus sign.",
        "Wrapped row labels: 'European / Union', 'United / States', 'South / Korea'; the evidence for those rows takes "
        "the wrapped second line too so the partner is readable.",
        "Stated twice (labelled once, prose evidence): total exports 5.9% and imports 1.9% (lead and Total row), US "
        "exports -28.6% ('tumbled'; table cell -28.6), EU exports 14.8% (prose and table). Identity is the same, so one "
        "fact each.",
        "'lifting the January-November trade surplus above $1 trillion': a threshold for the same observation "
        "as the Jan-Nov balance cell 1,075.64 ($ bln); only the exact figure is labelled.",
        "Partner names canonical: ASEAN, European Union, United States, Japan, South Korea, Hong Kong, Taiwan, Russia; "
        "the 'Total' rows have partner null.",
        "Out of scope: Reuters survey forecasts (3.8%, 3.0%), the economist's 'around 2%' first-quarter view (forecast), "
        "'10 percentage points' tariff cut, 'an eighth month in a row' (streak), PMI 49.2 and the 50-point threshold "
        "(not trade).",
    ],
    "facts": [
        fact("China", "exports", "growth", 5.9, "percent", NOVEMBER, "5.9", LEAD),
        fact("China", "imports", "growth", 1.9, "percent", NOVEMBER, "1.9", LEAD),
        fact("China", "balance", "value", 111.68e9, "USD", NOVEMBER, "111.68", ROW_TOTAL),
        *row("ASEAN", ROW_ASEAN, "8.2", "-0.4", "27.91"),
        fact("China", "exports", "growth", 14.8, "percent", NOVEMBER, "14.8", EU_PROSE, partner=EU),
        fact("China", "imports", "growth", 2.6, "percent", NOVEMBER, "2.6", ROW_EU, partner=EU),
        fact("China", "balance", "value", 25.07e9, "USD", NOVEMBER, "25.07", ROW_EU, partner=EU),
        fact("China", "exports", "growth", -28.6, "percent", NOVEMBER, "28.6", US_PROSE, partner=US),
        fact("China", "imports", "growth", -19.0, "percent", NOVEMBER, "-19.0", ROW_US, partner=US),
        fact("China", "balance", "value", 23.74e9, "USD", NOVEMBER, "23.74", ROW_US, partner=US),
        *row("Japan", ROW_JAPAN, "3.4", "1.1", "0.41"),
        *row("South Korea", ROW_KOREA, "1.5", "-3.4", "-2.86"),
        *row("Hong Kong", ROW_HK, "22.3", "41.5", "25.39"),
        *row("Taiwan", ROW_TAIWAN, "9.7", "14.2", "-14.15"),
        *row("Russia", ROW_RUSSIA, "-3.2", "-6.1", "0.94"),
        *row(None, ROW_JAN_NOV, "5.4", "-0.6", "1,075.64", per=JAN_NOV),
    ],
}
