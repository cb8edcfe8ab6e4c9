"""Hand labels for dN1_03_reuters_table_nov_commodities (set N, held out): Reuters TABLE of key commodities."""

from _fact import fact, period

NOVEMBER = period(2023, 11)
JAN_NOV = period(2023, 1, 11)

ROW_CRUDE = "Crude oil               42.35 mln     -9.2      25,390      515.66 mln"
ROW_IRON_ORE = "Iron ore                106.42 mln    0.5       12,930      1,070.07 mln"
ROW_SOYBEANS = "Soybeans                7.92 mln      1.1       4,470       89.61 mln"
ROW_COAL = "Coal                    40.80 mln     26.3      4,260       433.82 mln"
ROW_COPPER = "Unwrought copper        479,012       2.4       4,115       5,070,183"
ROW_STEEL = "Steel products          8.05 mln      34.0      6,390       82.66 mln"
ROW_RARE_EARTHS = "Rare earths             3,845.8       -11.1     n/a         48,301.6"
EVIDENCE_OVERALL = "China's November exports were up 0.5% from a year earlier and imports were down 0.6%"


ARTICLE = {
    "id": "dN1_03_reuters_table_nov_commodities",
    "title": "TABLE-China's November trade in key commodities",
    "publisher": "Reuters",
    "published": "2023-12-07",
    "notes": [
        "Dateline 'Dec 7 (Reuters)' and the columns 'Nov' and 'Jan-Nov' give no year: 2023 comes from the published "
        "metadata.",
        "Header '(volume in tonnes unless stated; value in $ mln; y/y change in pct, by volume)': value cells are "
        "millions of dollars (25,390 -> 25.39e9 USD); volume cells are tonnes unless the cell says 'mln' "
        "(42.35 mln -> 42.35e6 tonnes; copper 479,012 and rare earths 3,845.8 are plain tonnes).",
        "Each row: November volume (quantity), its y/y change (growth), November value, January-November volume. "
        "The y/y column is volume growth, but the table gives no value growth beside it, so it is the only growth "
        "of that flow and is labelled as growth (the guide leaves out volume growth only beside value growth).",
        "Rare earths value is 'n/a': no fact.",
        "Table cells are labelled with their whole row as evidence (the column comes from the header).",
        "Products in the table's words, lower case: crude oil, iron ore, soybeans, coal, unwrought copper, "
        "steel products, rare earths; the first five are imports, the last two exports.",
        "Overall exports (+0.5%) and imports (-0.6%) are dollar-terms growth for November; the $68.39 billion "
        "surplus is a USD balance.",
        "Out of scope: the economists' forecasts (-1.1%, +3.3%), 10.3 million barrels per day (a daily rate), "
        "'since January', 'since 2016', 'for a second month', the Dec. 20 release date.",
    ],
    "facts": [
        fact("China", "exports", "growth", 0.5, "percent", NOVEMBER, "0.5", EVIDENCE_OVERALL),
        fact("China", "imports", "growth", -0.6, "percent", NOVEMBER, "0.6", EVIDENCE_OVERALL),
        fact(
            "China",
            "balance",
            "value",
            68.39e9,
            "USD",
            NOVEMBER,
            "68.39 billion",
            "which produced a trade surplus of $68.39 billion",
        ),
        fact("China", "imports", "quantity", 42.35e6, "tonnes", NOVEMBER, "42.35 mln", ROW_CRUDE, product="crude oil"),
        fact("China", "imports", "growth", -9.2, "percent", NOVEMBER, "-9.2", ROW_CRUDE, product="crude oil"),
        fact("China", "imports", "value", 25390e6, "USD", NOVEMBER, "25,390", ROW_CRUDE, product="crude oil"),
        fact("China", "imports", "quantity", 515.66e6, "tonnes", JAN_NOV, "515.66 mln", ROW_CRUDE, product="crude oil"),
        fact(
            "China", "imports", "quantity", 106.42e6, "tonnes", NOVEMBER, "106.42 mln", ROW_IRON_ORE, product="iron ore"
        ),
        fact("China", "imports", "growth", 0.5, "percent", NOVEMBER, "0.5", ROW_IRON_ORE, product="iron ore"),
        fact("China", "imports", "value", 12930e6, "USD", NOVEMBER, "12,930", ROW_IRON_ORE, product="iron ore"),
        fact(
            "China",
            "imports",
            "quantity",
            1070.07e6,
            "tonnes",
            JAN_NOV,
            "1,070.07 mln",
            ROW_IRON_ORE,
            product="iron ore",
        ),
        fact("China", "imports", "quantity", 7.92e6, "tonnes", NOVEMBER, "7.92 mln", ROW_SOYBEANS, product="soybeans"),
        fact("China", "imports", "growth", 1.1, "percent", NOVEMBER, "1.1", ROW_SOYBEANS, product="soybeans"),
        fact("China", "imports", "value", 4470e6, "USD", NOVEMBER, "4,470", ROW_SOYBEANS, product="soybeans"),
        fact("China", "imports", "quantity", 89.61e6, "tonnes", JAN_NOV, "89.61 mln", ROW_SOYBEANS, product="soybeans"),
        fact("China", "imports", "quantity", 40.80e6, "tonnes", NOVEMBER, "40.80 mln", ROW_COAL, product="coal"),
        fact("China", "imports", "growth", 26.3, "percent", NOVEMBER, "26.3", ROW_COAL, product="coal"),
        fact("China", "imports", "value", 4260e6, "USD", NOVEMBER, "4,260", ROW_COAL, product="coal"),
        fact("China", "imports", "quantity", 433.82e6, "tonnes", JAN_NOV, "433.82 mln", ROW_COAL, product="coal"),
        fact(
            "China",
            "imports",
            "quantity",
            479012,
            "tonnes",
            NOVEMBER,
            "479,012",
            ROW_COPPER,
            product="unwrought copper",
        ),
        fact("China", "imports", "growth", 2.4, "percent", NOVEMBER, "2.4", ROW_COPPER, product="unwrought copper"),
        fact("China", "imports", "value", 4115e6, "USD", NOVEMBER, "4,115", ROW_COPPER, product="unwrought copper"),
        fact(
            "China",
            "imports",
            "quantity",
            5070183,
            "tonnes",
            JAN_NOV,
            "5,070,183",
            ROW_COPPER,
            product="unwrought copper",
        ),
        fact(
            "China", "exports", "quantity", 8.05e6, "tonnes", NOVEMBER, "8.05 mln", ROW_STEEL, product="steel products"
        ),
        fact("China", "exports", "growth", 34.0, "percent", NOVEMBER, "34.0", ROW_STEEL, product="steel products"),
        fact("China", "exports", "value", 6390e6, "USD", NOVEMBER, "6,390", ROW_STEEL, product="steel products"),
        fact(
            "China", "exports", "quantity", 82.66e6, "tonnes", JAN_NOV, "82.66 mln", ROW_STEEL, product="steel products"
        ),
        fact(
            "China",
            "exports",
            "quantity",
            3845.8,
            "tonnes",
            NOVEMBER,
            "3,845.8",
            ROW_RARE_EARTHS,
            product="rare earths",
        ),
        fact("China", "exports", "growth", -11.1, "percent", NOVEMBER, "-11.1", ROW_RARE_EARTHS, product="rare earths"),
        fact(
            "China",
            "exports",
            "quantity",
            48301.6,
            "tonnes",
            JAN_NOV,
            "48,301.6",
            ROW_RARE_EARTHS,
            product="rare earths",
        ),
    ],
}
