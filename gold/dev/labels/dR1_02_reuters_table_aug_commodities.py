from _fact import fact, period

AUGUST = period(2024, 8)
JAN_AUG = period(2024, 1, 8)

ROW_CRUDE = "Crude oil                  49,050,000     -7.4        366,080,000     -3.1"
ROW_IRON_ORE = "Iron ore                   105,040,000    4.4         813,390,000     4.9"
ROW_SOYBEANS = "Soybeans                   12,140,000     29.4        70,410,000      -0.8"
ROW_COAL = "Coal                       46,490,000     1.7         342,210,000     13.1"
ROW_COPPER = "Unwrought copper           446,000        -9.7        3,771,000       2.4"
ROW_STEEL = "Steel products             9,450,000      22.4        71,140,000      21.9"
ROW_RARE_EARTHS = "Rare earths                5,710          0.9         36,580          6.4"
EVIDENCE_HEADLINE_TRADE = "In dollar terms, China's August exports were up 8.7% from a year earlier and ahead of forecasts, while imports barely grew, rising only 0.5%"


ARTICLE = {
    "id": "dR1_02_reuters_table_aug_commodities",
    "title": "TABLE-Key commodity flows through China's customs in August",
    "publisher": "Reuters",
    "published": "2024-09-10",
    "notes": [
        "Dateline 'BEIJING, Sept 10 (Reuters)' and the column heads 'Aug' / 'Jan-Aug' carry no year: 2024 from the published date.",
        "Table header '(tonnes; pct change y/y)': every volume cell is in tonnes, written in full; the pct columns are y/y changes "
        "(the month's change computed by Reuters, the year-to-date change from Customs), basis yoy.",
        "Each commodity row gives four facts: August quantity and its y/y change, January-August quantity and its y/y change. "
        "Rows under IMPORTS: take flow imports, rows under EXPORTS: take flow exports; product is the row label in lower case.",
        "Negative cells ('-7.4') carry their own sign: value_text includes the minus.",
        "The y/y changes are volume changes with no value figure beside them for the same commodity, so they are labelled as growth.",
        "Intro: headline exports (+8.7%) and imports (+0.5%) in dollar terms for August labelled as growth facts of total exports/imports.",
        "Out of scope: the crude-oil equivalents in barrels per day (11.55 million bpd and 12.47 million bpd; a rate the record cannot "
        "express), customs codes 2805 and 2846, '17 minerals', the release date Sept 20, 'ahead of forecasts' (no number).",
    ],
    "facts": [
        fact("China", "exports", "growth", 8.7, "percent", AUGUST, "8.7", EVIDENCE_HEADLINE_TRADE),
        fact("China", "imports", "growth", 0.5, "percent", AUGUST, "0.5", EVIDENCE_HEADLINE_TRADE),
        fact("China", "imports", "quantity", 49.05e6, "tonnes", AUGUST, "49,050,000", ROW_CRUDE, product="crude oil"),
        fact("China", "imports", "growth", -7.4, "percent", AUGUST, "-7.4", ROW_CRUDE, product="crude oil"),
        fact(
            "China", "imports", "quantity", 366.08e6, "tonnes", JAN_AUG, "366,080,000", ROW_CRUDE, product="crude oil"
        ),
        fact("China", "imports", "growth", -3.1, "percent", JAN_AUG, "-3.1", ROW_CRUDE, product="crude oil"),
        fact(
            "China", "imports", "quantity", 105.04e6, "tonnes", AUGUST, "105,040,000", ROW_IRON_ORE, product="iron ore"
        ),
        fact("China", "imports", "growth", 4.4, "percent", AUGUST, "4.4", ROW_IRON_ORE, product="iron ore"),
        fact(
            "China", "imports", "quantity", 813.39e6, "tonnes", JAN_AUG, "813,390,000", ROW_IRON_ORE, product="iron ore"
        ),
        fact("China", "imports", "growth", 4.9, "percent", JAN_AUG, "4.9", ROW_IRON_ORE, product="iron ore"),
        fact("China", "imports", "quantity", 12.14e6, "tonnes", AUGUST, "12,140,000", ROW_SOYBEANS, product="soybeans"),
        fact("China", "imports", "growth", 29.4, "percent", AUGUST, "29.4", ROW_SOYBEANS, product="soybeans"),
        fact(
            "China", "imports", "quantity", 70.41e6, "tonnes", JAN_AUG, "70,410,000", ROW_SOYBEANS, product="soybeans"
        ),
        fact("China", "imports", "growth", -0.8, "percent", JAN_AUG, "-0.8", ROW_SOYBEANS, product="soybeans"),
        fact("China", "imports", "quantity", 46.49e6, "tonnes", AUGUST, "46,490,000", ROW_COAL, product="coal"),
        fact("China", "imports", "growth", 1.7, "percent", AUGUST, "1.7", ROW_COAL, product="coal"),
        fact("China", "imports", "quantity", 342.21e6, "tonnes", JAN_AUG, "342,210,000", ROW_COAL, product="coal"),
        fact("China", "imports", "growth", 13.1, "percent", JAN_AUG, "13.1", ROW_COAL, product="coal"),
        fact(
            "China", "imports", "quantity", 446e3, "tonnes", AUGUST, "446,000", ROW_COPPER, product="unwrought copper"
        ),
        fact("China", "imports", "growth", -9.7, "percent", AUGUST, "-9.7", ROW_COPPER, product="unwrought copper"),
        fact(
            "China",
            "imports",
            "quantity",
            3.771e6,
            "tonnes",
            JAN_AUG,
            "3,771,000",
            ROW_COPPER,
            product="unwrought copper",
        ),
        fact("China", "imports", "growth", 2.4, "percent", JAN_AUG, "2.4", ROW_COPPER, product="unwrought copper"),
        fact(
            "China", "exports", "quantity", 9.45e6, "tonnes", AUGUST, "9,450,000", ROW_STEEL, product="steel products"
        ),
        fact("China", "exports", "growth", 22.4, "percent", AUGUST, "22.4", ROW_STEEL, product="steel products"),
        fact(
            "China",
            "exports",
            "quantity",
            71.14e6,
            "tonnes",
            JAN_AUG,
            "71,140,000",
            ROW_STEEL,
            product="steel products",
        ),
        fact("China", "exports", "growth", 21.9, "percent", JAN_AUG, "21.9", ROW_STEEL, product="steel products"),
        fact("China", "exports", "quantity", 5710, "tonnes", AUGUST, "5,710", ROW_RARE_EARTHS, product="rare earths"),
        fact("China", "exports", "growth", 0.9, "percent", AUGUST, "0.9", ROW_RARE_EARTHS, product="rare earths"),
        fact(
            "China", "exports", "quantity", 36580, "tonnes", JAN_AUG, "36,580", ROW_RARE_EARTHS, product="rare earths"
        ),
        fact("China", "exports", "growth", 6.4, "percent", JAN_AUG, "6.4", ROW_RARE_EARTHS, product="rare earths"),
    ],
}
