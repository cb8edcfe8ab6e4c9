from _fact import fact, period

JUN = period(2025, 6)
H1 = period(2025, 1, 6)
E_CJ = "Crude oil imports reached 49.89 million tons last month, up 7.4% from a year earlier"
E_CBILL = "the import bill shrank 12.8% to 1.05 trillion yuan"
E_IO = "China brought in 590.3 million tons of the steelmaking ingredient in the first six months, a 3.2% decline, at a cost of 416.6 billion yuan"
E_IOJ = "June arrivals came in at 105.9 million tons, 1.1% more than in May"
E_CU = "Imports of unwrought copper and copper products dropped 6.6% to 2.61 million tons in the first half"
E_CONC = "imports of copper ore and concentrate rose 6.4% to a record 14.49 million tons"
E_LNG = "Liquefied natural gas (LNG) imports slumped 21.2% to 30.1 million tons in the half"

ARTICLE = {
    "id": "dH1_05_caixin_commodity_h1",
    "title": "Analysis: Cheap Oil Lifts China's Crude Buying While Iron Ore Imports Sag",
    "publisher": "Caixin Global",
    "published": "2025-07-15",
    "notes": [
        "Publisher as named in the byline, Caixin Global. The year is only in the published date: 'last month' is June 2025, 'the first half' is January-June 2025.",
        "Crude, first half: both 'a 1.1% increase in volume' and the value change 'shrank 12.8%' are given; per the guide, volume growth beside value growth is out, so only -12.8 is labelled.",
        "Iron ore, first half: the 3.2% decline is the only growth given (the 416.6 billion yuan value has no rate), so it is labelled as the growth of iron ore imports.",
        "June iron ore '1.1% more than in May': basis mom. June crude 'up 7.4% from a year earlier': yoy.",
        "Copper, copper concentrate and LNG: tonnage with its only growth rate, labelled; 'a record' is not a number.",
        "'about 12.2 million barrels a day', Brent prices ($71, $84, under $70), the LME price above $9,800 a ton, and the analyst's 560 million ton full-year projection: prices, a per-day rate and a forecast, out.",
        "'the highest daily rate since last August': a milestone, out.",
        "Products in the text's words: crude oil, iron ore ('the steelmaking ingredient'), unwrought copper and copper products, copper ore and concentrate, liquefied natural gas.",
    ],
    "facts": [
        fact("China", "imports", "quantity", 49.89e6, "tonnes", JUN, "49.89 million", E_CJ, product="crude oil"),
        fact("China", "imports", "growth", 7.4, "percent", JUN, "7.4", E_CJ, product="crude oil"),
        fact("China", "imports", "quantity", 279.1e6, "tonnes", H1, "279.1 million",
             "crude arrivals totaled 279.1 million tons", product="crude oil"),
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
