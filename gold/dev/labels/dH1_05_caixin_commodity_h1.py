from _fact import fact, period

JUN = period(2025, 6)
H1 = period(2025, 1, 6)
E_CJ = "Last month China took in 49.89 million tons of crude oil, 7.4% more than a year earlier"
E_CBILL = "the cost of those imports fell 12.8% to 1.05 trillion yuan"
E_IO = "Imports of the steelmaking ingredient fell 3.2% to 590.3 million tons in January-June, and cost 416.6 billion yuan"
E_IOJ = "In June, 105.9 million tons arrived, up 1.1% from May"
E_CU = "first-half imports of unwrought copper and copper products declined 6.6% to 2.61 million tons"
E_CONC = "Imports of copper ore and concentrate, on the other hand, climbed 6.4% to a record 14.49 million tons"
E_LNG = "imports of liquefied natural gas (LNG) plunged 21.2% to 30.1 million tons over the six months"

ARTICLE = {
    "id": "dH1_05_caixin_commodity_h1",
    "title": "Analysis: Lower Oil Prices Spur Chinese Crude Purchases as Iron Ore Intake Weakens",
    "publisher": "Caixin Global",
    "published": "2025-07-15",
    "notes": [
        "Publisher as named in the byline, Caixin Global. The year is only in the published date: 'Last month' is June 2025, 'the first half' is January-June 2025.",
        "Crude, first half: both 'a rise of 1.1% by volume' and the value change 'fell 12.8%' are given; per the guide, volume growth beside value growth is out, so only -12.8 is labelled.",
        "Iron ore, first half: the 3.2% fall is the only growth given (the 416.6 billion yuan value has no rate), so it is labelled as the growth of iron ore imports.",
        "June iron ore 'up 1.1% from May': basis mom. June crude '7.4% more than a year earlier': yoy.",
        "Copper, copper concentrate and LNG: tonnage with its only growth rate, labelled; 'a record' is not a number.",
        "'about 12.2 million barrels a day', Brent prices ($71, $84, under $70), the LME price above $9,800 a ton, and the analyst's 560 million ton full-year projection: prices, a per-day rate and a forecast, out.",
        "'the strongest daily pace since last August': a milestone, out.",
        "Products in the text's words: crude oil, iron ore ('the steelmaking ingredient'), unwrought copper and copper products, copper ore and concentrate, liquefied natural gas.",
    ],
    "facts": [
        fact("China", "imports", "quantity", 49.89e6, "tonnes", JUN, "49.89 million", E_CJ, product="crude oil"),
        fact("China", "imports", "growth", 7.4, "percent", JUN, "7.4", E_CJ, product="crude oil"),
        fact("China", "imports", "quantity", 279.1e6, "tonnes", H1, "279.1 million",
             "279.1 million tons of crude arrived", product="crude oil"),
        fact("China", "imports", "growth", -12.8, "percent", H1, "12.8", E_CBILL, product="crude oil"),
        fact("China", "imports", "value", 1.05e12, "CNY", H1, "1.05 trillion", E_CBILL, product="crude oil"),
        fact("China", "imports", "quantity", 590.3e6, "tonnes", H1, "590.3 million", E_IO, product="iron ore"),
        fact("China", "imports", "growth", -3.2, "percent", H1, "3.2", E_IO, product="iron ore"),
        fact("China", "imports", "value", 416.6e9, "CNY", H1, "416.6 billion", E_IO, product="iron ore"),
        fact("China", "imports", "quantity", 105.9e6, "tonnes", JUN, "105.9 million", E_IOJ, product="iron ore"),
        fact("China", "imports", "growth", 1.1, "percent", JUN, "1.1", E_IOJ, product="iron ore", basis="mom"),
        fact("China", "imports", "growth", -6.6, "percent", H1, "6.6", E_CU, product="unwrought copper and copper products"),
        fact("China", "imports", "quantity", 2.61e6, "tonnes", H1, "2.61 million", E_CU, product="unwrought copper and copper products"),
        fact("China", "imports", "growth", 6.4, "percent", H1, "6.4", E_CONC, product="copper ore and concentrate"),
        fact("China", "imports", "quantity", 14.49e6, "tonnes", H1, "14.49 million", E_CONC, product="copper ore and concentrate"),
        fact("China", "imports", "growth", -21.2, "percent", H1, "21.2", E_LNG, product="liquefied natural gas"),
        fact("China", "imports", "quantity", 30.1e6, "tonnes", H1, "30.1 million", E_LNG, product="liquefied natural gas"),
    ],
}
