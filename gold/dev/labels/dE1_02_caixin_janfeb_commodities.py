from _fact import fact, period

JF = period(2025, 1, 2)
E_HEAD = "Chinese exports up 2.3% year-on-year in dollar terms over January and February"
E_VAL = "exports in the two months totaled $539.94 billion and imports $369.42 billion"
E_CNY = "Imports denominated in yuan dropped 7.3% to 2.65 trillion yuan, whereas yuan-denominated exports climbed 3.4% to 3.88 trillion yuan"
E_CRUDE = "Crude oil imports over January and February amounted to 83.85 million tonnes, 5% less than a year before"
E_ORE = "Purchases of iron ore from abroad shrank 6.6% to 198.15 million tonnes"
E_SOY = "Soybean imports were down 8% at 13.16 million tonnes"
E_STEEL = "overseas sales of steel rose 6.3% to 17.12 million tonnes"

ARTICLE = {
    "id": "dE1_02_caixin_janfeb_commodities",
    "title": "Weaker Crude and Iron Ore Buying Drags China's Imports Lower Over January and February",
    "publisher": None,
    "published": "2025-03-07",
    "notes": [
        "Caixin-style brief ('What's new' / 'The background'); the text names no outlet, so publisher is null.",
        "The year appears only in the published date: January-February is 2025-01/2025-02; 'the 10.7% pace of December' is the previous month, December 2024.",
        "Dollar-terms and yuan-terms growth rates of the same flow are both labelled.",
        "Commodity quantities in tonnes are quantity facts with the commodity as product; their growth rates are quantity growth given alone (no value growth beside them), so they are labelled as growth.",
        "'Purchases of iron ore from abroad' are iron ore imports; 'overseas sales of steel' on the export side are steel exports.",
        "Crude oil growth: the evidence 'amounted to 83.85 million tonnes, 5% less' holds '5' first inside '83.85', so check.py reads the sign at the wrong place; the label (-5) is correct.",
        "Out of scope: 10.1 million barrels a day (an average per day), the average export price of steel (a price, not a flow), the 10% and 20% tariffs, Nomura's forecast, the GDP target, the holiday date.",
    ],
    "facts": [
        fact("China", "exports", "growth", 2.3, "percent", JF, "2.3", E_HEAD),
        fact("China", "exports", "growth", 10.7, "percent", period(2024, 12), "10.7",
             "a marked slowdown from the 10.7% pace of December"),
        fact("China", "imports", "growth", -8.4, "percent", JF, "8.4", "In the same two-month period, imports fell 8.4%"),
        fact("China", "exports", "value", 539.94e9, "USD", JF, "539.94 billion", E_VAL),
        fact("China", "imports", "value", 369.42e9, "USD", JF, "369.42 billion", E_VAL),
        fact("China", "balance", "value", 170.52e9, "USD", JF, "170.52 billion", "producing a surplus of $170.52 billion"),
        fact("China", "exports", "growth", 3.4, "percent", JF, "3.4", E_CNY),
        fact("China", "exports", "value", 3.88e12, "CNY", JF, "3.88 trillion", E_CNY),
        fact("China", "imports", "growth", -7.3, "percent", JF, "7.3", E_CNY),
        fact("China", "imports", "value", 2.65e12, "CNY", JF, "2.65 trillion", E_CNY),
        fact("China", "imports", "quantity", 83.85e6, "tonnes", JF, "83.85 million", E_CRUDE, product="crude oil"),
        fact("China", "imports", "growth", -5, "percent", JF, "5", E_CRUDE, product="crude oil"),
        fact("China", "imports", "growth", -6.6, "percent", JF, "6.6", E_ORE, product="iron ore"),
        fact("China", "imports", "quantity", 198.15e6, "tonnes", JF, "198.15 million", E_ORE, product="iron ore"),
        fact("China", "imports", "growth", -8, "percent", JF, "8", E_SOY, product="soybeans"),
        fact("China", "imports", "quantity", 13.16e6, "tonnes", JF, "13.16 million", E_SOY, product="soybeans"),
        fact("China", "exports", "growth", 6.3, "percent", JF, "6.3", E_STEEL, product="steel"),
        fact("China", "exports", "quantity", 17.12e6, "tonnes", JF, "17.12 million", E_STEEL, product="steel"),
    ],
}
