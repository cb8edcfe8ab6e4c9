from _fact import fact, period

JUL = period(2025, 7)
JUN = period(2025, 6)
Y2024 = period(2024, 1, 12)
JP = "Japan"
US = "United States"
E_X = "put July exports at 9.36 trillion yen, down 2.6% year-on-year"
E_X_JUN = "in June, exports had fallen 0.5%"
E_M = ("Imports came in at 9.48 trillion yen, a 7.5% decline that was milder than the 10.4% drop the poll had predicted, "
       "after rising 0.3% in June.")
E_BAL = ("That left Japan with a July trade deficit of 117.5 billion yen ($795.4 million), reversing June's surplus of "
         "152.1 billion yen")
E_US = ("The United States, Japan's biggest export market in July, took 1.68 trillion yen of its goods, 10.1% less "
        "than a year before")
E_CAR_US = "Measured in yen, U.S.-bound car exports plunged 28.4% and auto parts 17.4%"
E_US_BAL = "Japan's surplus in trade with the United States came to 586.6 billion yen, down 19.1%, with imports from the U.S. 0.8% lower."
E_CN = ("China, the largest of Japan's trading partners last year, bought 1.57 trillion yen of Japanese goods, a 3.5% "
        "decrease")
E_ASIA = "Shipments to Asia as a whole, which took 51.6% of Japan's exports, declined 1.3% to 4.83 trillion yen."
E_RESP = ("Exports to the European Union and the 10-member Association of Southeast Asian Nations fell 3.4% and 2.9%, "
          "respectively.")
E_PROD = "By product, overall car exports fell 11.4%, while iron and steel shipments plunged 21.0%."
E_SA = ("Adjusted for seasonal swings, the deficit grew to 303.7 billion yen, as exports fell 0.2% from the previous "
        "month and imports rose 0.4%.")

ARTICLE = {
    "id": "dAR2_02_japan_trade_jul_2025",
    "title": "Japan's July exports drop 2.6%, worst in more than four years, with U.S. tariffs hitting car sales",
    "publisher": "Reuters",
    "published": "2025-08-20",
    "notes": [
        "Dateline Aug 20 (Reuters): July is 2025-07, June 2025-06; 'last year' (China's rank) is 2024.",
        "Headline 'July exports drop 2.6%' is the body's export growth: labelled once, body evidence.",
        "June figures stated as comparison points ('in June, exports had fallen 0.5%', 'after rising 0.3% in June', 'June's surplus of 152.1 billion yen') are labelled as June facts, yoy growth and balance.",
        "'117.5 billion yen ($795.4 million)': a JPY fact and a USD fact; the conversion has no hedge word, so qualifier exact. The footnote '($1 = 147.72 yen)' is an exchange rate: out.",
        "Reuters poll figures (2.1% decrease, 10.4% drop, 196.2 billion yen surplus) are forecasts: out.",
        "'Japan's biggest export market in July': rank 1 of exports to the United States, July. 'the largest of Japan's trading partners last year': rank 1 of total trade with China, 2024.",
        "'Measured in yen, U.S.-bound car exports plunged 28.4% and auto parts 17.4%': value growth of exports to the US by product ('cars', 'auto parts'); 'vehicle volumes were down just 3.2%' is volume growth beside value growth: out.",
        "'surplus in trade with the United States came to 586.6 billion yen, down 19.1%': growth of a surplus follows its verb, -19.1; imports from the U.S. -0.8.",
        "'Asia as a whole, which took 51.6% of Japan's exports': share of exports with partner Asia, July.",
        "Respectively list: EU -3.4, ASEAN -2.9 (exports, yoy); '10-member' is not a trade number: out.",
        "'overall car exports fell 11.4%' (product cars, world) and 'iron and steel shipments plunged 21.0%' (exports) are yoy by the article's frame.",
        "Seasonally adjusted sentence: 'from the previous month' makes both rates mom (imports 0.4 inherits the frame); the adjusted deficit of 303.7 billion yen is a second July balance value, labelled as written (same dimensions as the unadjusted -117.5 billion, different figure).",
        "Out: tariff rates (25%, 2.5%, 15%), the $550 billion investment package, economist's forecast (around 1% fall in real exports), GDP 1.0%, BOJ policy rate 0.5%, 'more than four years', 'since early 2021', streaks ('third straight month', 'fourth monthly drop in a row').",
    ],
    "facts": [
        fact(JP, "exports", "growth", -2.6, "percent", JUL, "2.6", E_X),
        fact(JP, "exports", "value", 9.36e12, "JPY", JUL, "9.36 trillion", E_X),
        fact(JP, "exports", "growth", -0.5, "percent", JUN, "0.5", E_X_JUN),
        fact(JP, "imports", "growth", -7.5, "percent", JUL, "7.5", E_M),
        fact(JP, "imports", "value", 9.48e12, "JPY", JUL, "9.48 trillion", E_M),
        fact(JP, "imports", "growth", 0.3, "percent", JUN, "0.3", E_M),
        fact(JP, "balance", "value", -117.5e9, "JPY", JUL, "117.5 billion", E_BAL),
        fact(JP, "balance", "value", -795.4e6, "USD", JUL, "795.4 million", E_BAL),
        fact(JP, "balance", "value", 152.1e9, "JPY", JUN, "152.1 billion", E_BAL),
        fact(JP, "exports", "rank", 1, "number", JUL, "biggest", E_US, partner=US),
        fact(JP, "exports", "growth", -10.1, "percent", JUL, "10.1", E_US, partner=US),
        fact(JP, "exports", "value", 1.68e12, "JPY", JUL, "1.68 trillion", E_US, partner=US),
        fact(JP, "exports", "growth", -28.4, "percent", JUL, "28.4", E_CAR_US, partner=US, product="cars"),
        fact(JP, "exports", "growth", -17.4, "percent", JUL, "17.4", E_CAR_US, partner=US, product="auto parts"),
        fact(JP, "balance", "growth", -19.1, "percent", JUL, "19.1", E_US_BAL, partner=US),
        fact(JP, "balance", "value", 586.6e9, "JPY", JUL, "586.6 billion", E_US_BAL, partner=US),
        fact(JP, "imports", "growth", -0.8, "percent", JUL, "0.8", E_US_BAL, partner=US),
        fact(JP, "total", "rank", 1, "number", Y2024, "largest", E_CN, partner="China"),
        fact(JP, "exports", "growth", -3.5, "percent", JUL, "3.5", E_CN, partner="China"),
        fact(JP, "exports", "value", 1.57e12, "JPY", JUL, "1.57 trillion", E_CN, partner="China"),
        fact(JP, "exports", "share", 51.6, "percent", JUL, "51.6", E_ASIA, partner="Asia"),
        fact(JP, "exports", "growth", -1.3, "percent", JUL, "1.3", E_ASIA, partner="Asia"),
        fact(JP, "exports", "value", 4.83e12, "JPY", JUL, "4.83 trillion", E_ASIA, partner="Asia"),
        fact(JP, "exports", "growth", -3.4, "percent", JUL, "3.4", E_RESP, partner="European Union"),
        fact(JP, "exports", "growth", -2.9, "percent", JUL, "2.9", E_RESP, partner="ASEAN"),
        fact(JP, "exports", "growth", -11.4, "percent", JUL, "11.4", E_PROD, product="cars"),
        fact(JP, "exports", "growth", -21.0, "percent", JUL, "21.0", E_PROD, product="iron and steel"),
        fact(JP, "exports", "growth", -0.2, "percent", JUL, "0.2", E_SA, basis="mom"),
        fact(JP, "imports", "growth", 0.4, "percent", JUL, "0.4", E_SA, basis="mom"),
        fact(JP, "balance", "value", -303.7e9, "JPY", JUL, "303.7 billion", E_SA),
    ],
}
