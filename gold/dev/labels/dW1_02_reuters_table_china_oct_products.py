from _fact import fact, period

OCTOBER = period(2025, 10)
JAN_OCT = period(2025, 1, 10)
CN = "China"

CRUDE = "Crude oil           48,364,000       8.2     471,240,000"
IRON = "Iron ore           109,310,000       2.8   1,026,920,000"
SOY = "Soybeans             8,480,000      18.1      95,730,000"
COAL = "Coal                41,740,000      -9.8     382,310,000"
COPPER = "Unwrought copper       421,000      -6.0       4,310,000"
STEEL = "Steel products       9,780,000      -3.5      97,730,000"
RARE = "Rare earths            4,343.5       9.3        52,699.2"
AUTOS = "Autos (units)          751,000       n/a       6,190,000"
EXPORTS = "Exports                305,350      -1.1       3,079,640"
IMPORTS = "Imports                215,290       1.0       2,128,700"

TONNES = "tonnes"
PCT = "percent"


ARTICLE = {
    "id": "dW1_02_reuters_table_china_oct_products",
    "title": "TABLE-China's trade in selected commodities, October",
    "publisher": "Reuters",
    "published": "2025-11-07",
    "notes": [
        "Dateline 'Nov 7' without a year: 2025 from the published date; the table's 'Oct' is October 2025 and 'Jan-Oct' "
        "is 2025-01..2025-10.",
        "Each table cell is labelled with its row line as evidence. The header '(in tonnes unless stated; pct)' gives "
        "quantity in tonnes; 'Autos (units)' is stated otherwise: quantity with unit number (vehicles).",
        "The 'y/y' column is the change from October last year: growth, basis yoy, period October 2025. The table has no "
        "year-to-date percentage column, so year-to-date cells are quantities or values only.",
        "Negative cells ('-9.8', '-6.0', '-3.5', '-1.1') carry their own sign. The autos 'n/a' cell is no number: no fact.",
        "TOTAL TRADE block: '($ mln, pct)' scales the money cells: 305,350 -> 305.35e9 USD; 3,079,640 -> 3.07964e12 USD.",
        "The intro's 'dollar-denominated exports 1.1% below their level a year before' and 'imports rose 1.0%' "
        "restate the table's October y/y cells for total exports and imports: one fact each, labelled with the table "
        "row as evidence.",
        "Out: the Reuters poll forecast of a 3.0% gain, 'their first decline since February' (streak), the conversion "
        "factor '7.33 barrels per tonne' and 'about 11.4 million barrels per day' (a per-day average the record cannot "
        "express), the year 2024 in the notes, 'Nov. 20' (a release date).",
        "Products in the row labels' words, lower case: crude oil, iron ore, soybeans, coal, unwrought copper, steel "
        "products, rare earths, autos.",
    ],
    "facts": [
        fact(CN, "imports", "quantity", 48_364_000, TONNES, OCTOBER, "48,364,000", CRUDE, product="crude oil"),
        fact(CN, "imports", "growth", 8.2, PCT, OCTOBER, "8.2", CRUDE, product="crude oil"),
        fact(CN, "imports", "quantity", 471_240_000, TONNES, JAN_OCT, "471,240,000", CRUDE, product="crude oil"),
        fact(CN, "imports", "quantity", 109_310_000, TONNES, OCTOBER, "109,310,000", IRON, product="iron ore"),
        fact(CN, "imports", "growth", 2.8, PCT, OCTOBER, "2.8", IRON, product="iron ore"),
        fact(CN, "imports", "quantity", 1_026_920_000, TONNES, JAN_OCT, "1,026,920,000", IRON, product="iron ore"),
        fact(CN, "imports", "quantity", 8_480_000, TONNES, OCTOBER, "8,480,000", SOY, product="soybeans"),
        fact(CN, "imports", "growth", 18.1, PCT, OCTOBER, "18.1", SOY, product="soybeans"),
        fact(CN, "imports", "quantity", 95_730_000, TONNES, JAN_OCT, "95,730,000", SOY, product="soybeans"),
        fact(CN, "imports", "quantity", 41_740_000, TONNES, OCTOBER, "41,740,000", COAL, product="coal"),
        fact(CN, "imports", "growth", -9.8, PCT, OCTOBER, "-9.8", COAL, product="coal"),
        fact(CN, "imports", "quantity", 382_310_000, TONNES, JAN_OCT, "382,310,000", COAL, product="coal"),
        fact(CN, "imports", "quantity", 421_000, TONNES, OCTOBER, "421,000", COPPER, product="unwrought copper"),
        fact(CN, "imports", "growth", -6.0, PCT, OCTOBER, "-6.0", COPPER, product="unwrought copper"),
        fact(CN, "imports", "quantity", 4_310_000, TONNES, JAN_OCT, "4,310,000", COPPER, product="unwrought copper"),
        fact(CN, "exports", "quantity", 9_780_000, TONNES, OCTOBER, "9,780,000", STEEL, product="steel products"),
        fact(CN, "exports", "growth", -3.5, PCT, OCTOBER, "-3.5", STEEL, product="steel products"),
        fact(CN, "exports", "quantity", 97_730_000, TONNES, JAN_OCT, "97,730,000", STEEL, product="steel products"),
        fact(CN, "exports", "quantity", 4343.5, TONNES, OCTOBER, "4,343.5", RARE, product="rare earths"),
        fact(CN, "exports", "growth", 9.3, PCT, OCTOBER, "9.3", RARE, product="rare earths"),
        fact(CN, "exports", "quantity", 52699.2, TONNES, JAN_OCT, "52,699.2", RARE, product="rare earths"),
        fact(CN, "exports", "quantity", 751_000, "number", OCTOBER, "751,000", AUTOS, product="autos"),
        fact(CN, "exports", "quantity", 6_190_000, "number", JAN_OCT, "6,190,000", AUTOS, product="autos"),
        fact(CN, "exports", "value", 305.35e9, "USD", OCTOBER, "305,350", EXPORTS),
        fact(CN, "exports", "growth", -1.1, PCT, OCTOBER, "-1.1", EXPORTS),
        fact(CN, "exports", "value", 3.07964e12, "USD", JAN_OCT, "3,079,640", EXPORTS),
        fact(CN, "imports", "value", 215.29e9, "USD", OCTOBER, "215,290", IMPORTS),
        fact(CN, "imports", "growth", 1.0, PCT, OCTOBER, "1.0", IMPORTS),
        fact(CN, "imports", "value", 2.1287e12, "USD", JAN_OCT, "2,128,700", IMPORTS),
    ],
}
