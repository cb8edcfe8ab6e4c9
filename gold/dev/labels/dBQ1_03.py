from _fact import fact, period

CN = "China"
OCT = period(2026, 10)
JAN_OCT = period(2026, 1, 10)

CRUDE = "Crude oil (mln T) 47.52 -1.7 468.30"
IRON = "Iron ore (mln T) 108.64 -2.4 1,047.91"
SOY = "Soybeans (mln T) 7.93 -6.5 92.86"
COAL = "Coal (mln T) 38.27 -8.3 381.45"
COPPER = "Unwrought copper and products (T) 452,600 2.9 4,390,800"
STEEL = "Steel products (mln T) 9.41 -3.8 97.56"
RARE = "Rare earths (T) 5,126.4 18.0 51,874.2"
EXP = "Exports 309.02 1.2 3,191.40"
IMP = "Imports 217.68 1.1 2,144.20"
BAL = "Trade balance 91.34 1.4 1,047.20"

ARTICLE = {
    "id": "dBQ1_03",
    "title": "TABLE-China's October commodity trade: crude, iron ore, soybeans, steel, rare earths",
    "publisher": "Reuters",
    "published": "2026-11-09",
    "notes": [
        "Real figures: none (October 2026 has not happened). Modelled on China's October 2025 customs data (crude "
        "about 48 mln T, iron ore about 111 mln T, soybeans about 8.5 mln T, coal about 42 mln T, unwrought copper "
        "about 440,000 T, steel exports about 9.8 mln T; exports about USD305 billion and imports about USD215 billion "
        "in October 2025, so October 2026 exports +1.2% and imports +1.1% on that base; surplus about USD90.1 billion -> 91.34 = +1.4%) and on the layout of Reuters "
        "'TABLE-China preliminary ... commodity trade data' items. Invented: every figure. Derived and checked: "
        "309.02 - 217.68 = 91.34; 3,191.40 - 2,144.20 = 1,047.20. Kept consistent with my dBQ1_01: October exports "
        "+1.2%; Jan-Oct plus November gives Jan-Nov exports USD3.53 trillion and imports USD2.37 trillion; November "
        "rare earths 5,870 t is 14.5% above the 5,126.4 t here.",
        "Judgement calls: each commodity row carries its own unit, so its cells are read at that row's scale: "
        "'(mln T)' rows are million tonnes (468.30 -> 468,300,000 t), '(T)' rows are plain tonnes. The money rows have "
        "no unit of their own and take the scale of their header '($ bln)'. Columns: Oct volume, y/y pct (year-on-year, "
        "Reuters-calculated), Jan-Oct volume; flows come from the 'Imports:'/'Exports:' section labels (steel products "
        "and rare earths are exports). Copper row product is 'unwrought copper and products' as written. Every row's "
        "evidence is the row line. The growth of the trade balance (1.4) is the y/y change of the surplus, positive. "
        "Quantity growth rates are labelled: the table gives no value growth beside them. 'Iron ore arrivals were 4.1% "
        "below September's level' is a month-on-month fall of iron ore imports in October (basis mom, -4.1).",
        "Not facts: 11.24 million barrels per day (a per-day rate the record cannot express; restates the crude row); "
        "2.8% and 1.0% (Reuters poll forecasts); 70% (share of global mined output, not trade); 17 elements; Nov 20 "
        "(release date); 2025 (year).",
        "Copy check: 12 sentences searched across my three articles (4 from this one), 1 reworded here (the sentence "
        "on the source of the year-to-date figures, which shared a phrase with a real Reuters table note).",
        "Second check: 19 sentences searched, 3 reworded.",
    ],
    "facts": [
        fact(CN, "imports", "quantity", 47.52e6, "tonnes", OCT, "47.52", CRUDE, product="crude oil"),
        fact(CN, "imports", "growth", -1.7, "percent", OCT, "-1.7", CRUDE, product="crude oil"),
        fact(CN, "imports", "quantity", 468.30e6, "tonnes", JAN_OCT, "468.30", CRUDE, product="crude oil"),
        fact(CN, "imports", "quantity", 108.64e6, "tonnes", OCT, "108.64", IRON, product="iron ore"),
        fact(CN, "imports", "growth", -2.4, "percent", OCT, "-2.4", IRON, product="iron ore"),
        fact(CN, "imports", "quantity", 1047.91e6, "tonnes", JAN_OCT, "1,047.91", IRON, product="iron ore"),
        fact(CN, "imports", "quantity", 7.93e6, "tonnes", OCT, "7.93", SOY, product="soybeans"),
        fact(CN, "imports", "growth", -6.5, "percent", OCT, "-6.5", SOY, product="soybeans"),
        fact(CN, "imports", "quantity", 92.86e6, "tonnes", JAN_OCT, "92.86", SOY, product="soybeans"),
        fact(CN, "imports", "quantity", 38.27e6, "tonnes", OCT, "38.27", COAL, product="coal"),
        fact(CN, "imports", "growth", -8.3, "percent", OCT, "-8.3", COAL, product="coal"),
        fact(CN, "imports", "quantity", 381.45e6, "tonnes", JAN_OCT, "381.45", COAL, product="coal"),
        fact(CN, "imports", "quantity", 452600, "tonnes", OCT, "452,600", COPPER, product="unwrought copper and products"),
        fact(CN, "imports", "growth", 2.9, "percent", OCT, "2.9", COPPER, product="unwrought copper and products"),
        fact(CN, "imports", "quantity", 4390800, "tonnes", JAN_OCT, "4,390,800", COPPER,
             product="unwrought copper and products"),
        fact(CN, "exports", "quantity", 9.41e6, "tonnes", OCT, "9.41", STEEL, product="steel products"),
        fact(CN, "exports", "growth", -3.8, "percent", OCT, "-3.8", STEEL, product="steel products"),
        fact(CN, "exports", "quantity", 97.56e6, "tonnes", JAN_OCT, "97.56", STEEL, product="steel products"),
        fact(CN, "exports", "quantity", 5126.4, "tonnes", OCT, "5,126.4", RARE, product="rare earths"),
        fact(CN, "exports", "growth", 18.0, "percent", OCT, "18.0", RARE, product="rare earths"),
        fact(CN, "exports", "quantity", 51874.2, "tonnes", JAN_OCT, "51,874.2", RARE, product="rare earths"),
        fact(CN, "exports", "value", 309.02e9, "USD", OCT, "309.02", EXP),
        fact(CN, "exports", "growth", 1.2, "percent", OCT, "1.2", EXP),
        fact(CN, "exports", "value", 3191.40e9, "USD", JAN_OCT, "3,191.40", EXP),
        fact(CN, "imports", "value", 217.68e9, "USD", OCT, "217.68", IMP),
        fact(CN, "imports", "growth", 1.1, "percent", OCT, "1.1", IMP),
        fact(CN, "imports", "value", 2144.20e9, "USD", JAN_OCT, "2,144.20", IMP),
        fact(CN, "balance", "value", 91.34e9, "USD", OCT, "91.34", BAL),
        fact(CN, "balance", "growth", 1.4, "percent", OCT, "1.4", BAL),
        fact(CN, "balance", "value", 1047.20e9, "USD", JAN_OCT, "1,047.20", BAL),
        fact(CN, "imports", "growth", -4.1, "percent", OCT, "4.1",
             "Iron ore arrivals were 4.1% below September's level", product="iron ore", basis="mom"),
    ],
}
