from _fact import fact, period

OCT = period(2025, 10)
JO = period(2025, 1, 10)

# The table rows, verbatim: each row line is the evidence for its cells.
CRUDE = "Crude oil (mln T)           48.36      8.2      24,418      -7.6         471.64"
IRON = "Iron ore (mln T)            111.31     2.6      10,686      1.4          1,031.99"
SOY = "Soybeans (mln T)            9.48       39.3     4,171       33.5         95.66"
COAL = "Coal (mln T)                41.74      -9.8     2,922       -25.4        390.34"
COPPER = "Copper ore and concentrates (mln T)  2.53  6.8  5,313       14.2         25.63"
GAS = "Natural gas (mln T)         9.87       -5.1     4,738       -14.6        104.16"
STEEL = "Steel products (mln T)      9.78       -12.4    6,259       -18.9        97.74"
RARE = "Rare earths (T)             4,343.5    -11.0    39.6        2.1          52,699.2"

ARTICLE = {
    "id": "dBH1_02",
    "title": "TABLE-China's October commodity trade: crude, iron ore, soybeans, rare earths",
    "publisher": "Reuters",
    "published": "2025-11-20",
    "notes": [
        "Real (customs preliminary data of 7 Nov 2025 as widely reported): exports -1.1% and imports +1.0% in dollar "
        "terms; October volumes of crude 48.36 mln T (+8.2%), soybeans 9.48 mln T (+39.3%), coal 41.74 mln T (-9.8%), "
        "iron ore 111.31 mln T, steel exports 9.78 mln T, rare earth exports 4,343.5 T; poll median 3%. "
        "Invented or estimated: every value ($ mln) cell and every value y/y, the iron ore/copper/natural gas/steel/rare "
        "earth volume y/y, copper ore and natural gas October volumes, and all Jan-Oct volumes except rare earths "
        "(52,699.2 T derived by summing reported monthly figures). Brent $64, the 10-point tariff "
        "cut and 11.4 million bpd are illustrative.",
        "Table reading: the October block has a volume y/y column and a value y/y column; under the guide volume growth "
        "beside value growth is out of scope, so the volume y/y cells (8.2, 2.6, 39.3, -9.8, 6.8, -5.1, -12.4, -11.0) "
        "are NOT labelled; the value y/y cells are labelled as growth. This is a judgement call: the brief asks for "
        "'y/y pct' in the header and the guide cannot express volume growth next to value growth.",
        "Value cells take their scale from the header '($ mln)' (so 24,418 -> 2.4418e10 USD); quantity cells take the "
        "row's own unit '(mln T)'; rare earths are in plain tonnes '(T)'. Row line is the evidence, as the brief says.",
        "Flow comes from the IMPORTS/EXPORTS block headers (steel products and rare earths are exports). Product names "
        "follow the row labels in lower case.",
        "Out of scope: 11.4 million barrels per day (a daily rate, not tonnes), poll forecast 3.0%, Brent price, tariff "
        "cut in percentage points, 'largest for any October on record' (milestone, no number).",
        "Copy check: 8 sentences of the intro and notes searched in the pages corpus; two reworded: the poll sentence "
        "shared a 7-word run with real copy ('Economists in a Reuters poll had expected'), and the streak phrase "
        "'first decline since February' was replaced (real reports call it the first contraction since March 2024).",
        "'their first year-on-year drop in more than a year and a half' is a streak: no fact.",
        "Copy check (independent): 13 sentences searched, 0 reworded.",
    ],
    "facts": [
        fact("China", "exports", "growth", -1.1, "percent", OCT, "1.1",
             "China's overall exports contracted 1.1% in dollar terms from a year earlier"),
        fact("China", "imports", "growth", 1.0, "percent", OCT, "1.0",
             "imports edged up 1.0%"),
        # crude oil
        fact("China", "imports", "quantity", 48.36e6, "tonnes", OCT, "48.36", CRUDE, product="crude oil"),
        fact("China", "imports", "value", 24418e6, "USD", OCT, "24,418", CRUDE, product="crude oil"),
        fact("China", "imports", "growth", -7.6, "percent", OCT, "-7.6", CRUDE, product="crude oil"),
        fact("China", "imports", "quantity", 471.64e6, "tonnes", JO, "471.64", CRUDE, product="crude oil"),
        # iron ore
        fact("China", "imports", "quantity", 111.31e6, "tonnes", OCT, "111.31", IRON, product="iron ore"),
        fact("China", "imports", "value", 10686e6, "USD", OCT, "10,686", IRON, product="iron ore"),
        fact("China", "imports", "growth", 1.4, "percent", OCT, "1.4", IRON, product="iron ore"),
        fact("China", "imports", "quantity", 1031.99e6, "tonnes", JO, "1,031.99", IRON, product="iron ore"),
        # soybeans
        fact("China", "imports", "quantity", 9.48e6, "tonnes", OCT, "9.48", SOY, product="soybeans"),
        fact("China", "imports", "value", 4171e6, "USD", OCT, "4,171", SOY, product="soybeans"),
        fact("China", "imports", "growth", 33.5, "percent", OCT, "33.5", SOY, product="soybeans"),
        fact("China", "imports", "quantity", 95.66e6, "tonnes", JO, "95.66", SOY, product="soybeans"),
        # coal
        fact("China", "imports", "quantity", 41.74e6, "tonnes", OCT, "41.74", COAL, product="coal"),
        fact("China", "imports", "value", 2922e6, "USD", OCT, "2,922", COAL, product="coal"),
        fact("China", "imports", "growth", -25.4, "percent", OCT, "-25.4", COAL, product="coal"),
        fact("China", "imports", "quantity", 390.34e6, "tonnes", JO, "390.34", COAL, product="coal"),
        # copper ore and concentrates
        fact("China", "imports", "quantity", 2.53e6, "tonnes", OCT, "2.53", COPPER,
             product="copper ore and concentrates"),
        fact("China", "imports", "value", 5313e6, "USD", OCT, "5,313", COPPER,
             product="copper ore and concentrates"),
        fact("China", "imports", "growth", 14.2, "percent", OCT, "14.2", COPPER,
             product="copper ore and concentrates"),
        fact("China", "imports", "quantity", 25.63e6, "tonnes", JO, "25.63", COPPER,
             product="copper ore and concentrates"),
        # natural gas
        fact("China", "imports", "quantity", 9.87e6, "tonnes", OCT, "9.87", GAS, product="natural gas"),
        fact("China", "imports", "value", 4738e6, "USD", OCT, "4,738", GAS, product="natural gas"),
        fact("China", "imports", "growth", -14.6, "percent", OCT, "-14.6", GAS, product="natural gas"),
        fact("China", "imports", "quantity", 104.16e6, "tonnes", JO, "104.16", GAS, product="natural gas"),
        # steel products (exports)
        fact("China", "exports", "quantity", 9.78e6, "tonnes", OCT, "9.78", STEEL, product="steel products"),
        fact("China", "exports", "value", 6259e6, "USD", OCT, "6,259", STEEL, product="steel products"),
        fact("China", "exports", "growth", -18.9, "percent", OCT, "-18.9", STEEL, product="steel products"),
        fact("China", "exports", "quantity", 97.74e6, "tonnes", JO, "97.74", STEEL, product="steel products"),
        # rare earths (exports)
        fact("China", "exports", "quantity", 4343.5, "tonnes", OCT, "4,343.5", RARE, product="rare earths"),
        fact("China", "exports", "value", 39.6e6, "USD", OCT, "39.6", RARE, product="rare earths"),
        fact("China", "exports", "growth", 2.1, "percent", OCT, "2.1", RARE, product="rare earths"),
        fact("China", "exports", "quantity", 52699.2, "tonnes", JO, "52,699.2", RARE, product="rare earths"),
    ],
}
