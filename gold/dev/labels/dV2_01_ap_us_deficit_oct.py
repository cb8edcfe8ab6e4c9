from _fact import fact, period

OCTOBER = period(2023, 10)
SEPTEMBER = period(2023, 9)
JAN_OCT = period(2023, 1, 10)
YEAR_2022 = period(2022, 1, 12)
BOTH = "goods and services"
EVIDENCE_LEAD = (
    "The United States ran a deficit of $64.3 billion on its trade in goods and services in October, "
    "up 5.1% from a $61.2 billion gap in September"
)
EVIDENCE_EXPORTS = "Compared with September, exports dropped 1.9% to $258.8 billion"
EVIDENCE_IMPORTS = "Imports, measured against the prior month as well, eased 1% to $323.1 billion"
EVIDENCE_GOODS = "Counting goods only, the deficit grew 3.4% from September to $88.9 billion"
EVIDENCE_SUPPLIES = (
    "exports of industrial supplies and materials, a grouping that takes in crude and refined fuels, "
    "fell 6.2% on the previous month to $52.4 billion"
)
EVIDENCE_AUTOS = "Sales abroad of autos, parts and engines were 0.8% lower at $13.4 billion."
EVIDENCE_CONSUMER = "Consumer goods imports increased 2.4% between September and October to $63.7 billion"
EVIDENCE_CANADA = "Canada, the biggest destination for U.S. exports, accounted for a $5.7 billion deficit"
EVIDENCE_YTD = (
    "From January through October, the trade deficit added up to $651.2 billion, "
    "an 18.2% decrease from the year-earlier period"
)

ARTICLE = {
    "id": "dV2_01_ap_us_deficit_oct",
    "title": "October US trade gap grows 5.1% as oil and aircraft exports weaken",
    "publisher": "AP",
    "published": "2023-12-06",
    "notes": [
        "AP dateline without a year; the year (2023) comes from the published date only: October and September are "
        "2023, 'last year' is 2022, 'January through October' is 2023-01/2023-10.",
        "The headline 5.1% restates the lead sentence: labelled once, with the body sentence as evidence.",
        "The headline gap, exports, imports, the year-to-date deficit, its exports and last year's record are goods "
        "and services together (product 'goods and services'); the deficit 'counting goods only' takes product null.",
        "Month-on-month: every monthly change has its own cue ('Compared with September', 'against the prior month', "
        "'from September', 'on the previous month', 'between September and October'); the autos exports change "
        "(-0.8) has none of its own and takes the 'on the previous month' frame of its paragraph (basis mom).",
        "The growth of the deficit follows its verb: 'up 5.1%' is +5.1, 'grew 3.4%' is +3.4.",
        "Country deficits (China, Mexico, Vietnam, Canada) are goods figures, not seasonally adjusted: product null; "
        "'shrank to', 'widened to', 'increased to' carry no rate, so only the levels are labelled.",
        "'the biggest destination for U.S. exports' is a stated rank: United States exports to Canada, rank 1, labelled for "
        "the article's month.",
        "Imports of cars and auto parts: a level without a change, labelled as a value only.",
        "Out of scope, unlabelled: the FactSet forecast of $64.1 billion, 'their first decline in four months' (streak), "
        "the 5.2% GDP growth rate, 'a few tenths of a percentage point', the Fed's 11 rate increases, 22 years and "
        "its 2% inflation target.",
        "'Exports in that span were 1.1% higher than a year before': year-to-date goods and services exports, yoy against the same "
        "period last year.",
    ],
    "facts": [
        fact("United States", "balance", "value", -64.3e9, "USD", OCTOBER, "64.3 billion", EVIDENCE_LEAD, product=BOTH),
        fact("United States", "balance", "growth", 5.1, "percent", OCTOBER, "5.1", EVIDENCE_LEAD, product=BOTH,
             basis="mom"),
        fact("United States", "balance", "value", -61.2e9, "USD", SEPTEMBER, "61.2 billion", EVIDENCE_LEAD,
             product=BOTH),
        fact("United States", "exports", "value", 258.8e9, "USD", OCTOBER, "258.8 billion", EVIDENCE_EXPORTS,
             product=BOTH),
        fact("United States", "exports", "growth", -1.9, "percent", OCTOBER, "1.9", EVIDENCE_EXPORTS, product=BOTH,
             basis="mom"),
        fact("United States", "imports", "value", 323.1e9, "USD", OCTOBER, "323.1 billion", EVIDENCE_IMPORTS,
             product=BOTH),
        fact("United States", "imports", "growth", -1.0, "percent", OCTOBER, "1", EVIDENCE_IMPORTS, product=BOTH,
             basis="mom"),
        fact("United States", "balance", "value", -88.9e9, "USD", OCTOBER, "88.9 billion", EVIDENCE_GOODS),
        fact("United States", "balance", "growth", 3.4, "percent", OCTOBER, "3.4", EVIDENCE_GOODS, basis="mom"),
        fact("United States", "balance", "value", 24.6e9, "USD", OCTOBER, "24.6 billion",
             "the country's services surplus, covering areas like tourism, finance and education, which slipped to "
             "$24.6 billion",
             product="services"),
        fact("United States", "exports", "growth", -6.2, "percent", OCTOBER, "6.2", EVIDENCE_SUPPLIES,
             product="industrial supplies and materials", basis="mom"),
        fact("United States", "exports", "value", 52.4e9, "USD", OCTOBER, "52.4 billion", EVIDENCE_SUPPLIES,
             product="industrial supplies and materials"),
        fact("United States", "exports", "growth", -0.8, "percent", OCTOBER, "0.8", EVIDENCE_AUTOS,
             product="autos, parts and engines", basis="mom"),
        fact("United States", "exports", "value", 13.4e9, "USD", OCTOBER, "13.4 billion", EVIDENCE_AUTOS,
             product="autos, parts and engines"),
        fact("United States", "imports", "growth", 2.4, "percent", OCTOBER, "2.4", EVIDENCE_CONSUMER,
             product="consumer goods", basis="mom"),
        fact("United States", "imports", "value", 63.7e9, "USD", OCTOBER, "63.7 billion", EVIDENCE_CONSUMER,
             product="consumer goods"),
        fact("United States", "imports", "value", 39.2e9, "USD", OCTOBER, "39.2 billion",
             "car and auto parts imports amounted to $39.2 billion", product="cars and auto parts"),
        fact("United States", "balance", "value", -22.8e9, "USD", OCTOBER, "22.8 billion",
             "the shortfall with China, a figure watched closely by politicians in Washington, shrank to "
             "$22.8 billion", partner="China"),
        fact("United States", "balance", "value", -13.6e9, "USD", OCTOBER, "13.6 billion",
             "America's deficit in its trade with Mexico widened to $13.6 billion", partner="Mexico"),
        fact("United States", "balance", "value", -9.1e9, "USD", OCTOBER, "9.1 billion",
             "Trade with Vietnam, where plenty of factories have moved to sidestep duties on Chinese-made "
             "products, left a deficit that increased to $9.1 billion", partner="Vietnam"),
        fact("United States", "balance", "value", -5.7e9, "USD", OCTOBER, "5.7 billion", EVIDENCE_CANADA,
             partner="Canada"),
        fact("United States", "exports", "rank", 1, "number", OCTOBER, "biggest", EVIDENCE_CANADA, partner="Canada"),
        fact("United States", "balance", "value", -651.2e9, "USD", JAN_OCT, "651.2 billion", EVIDENCE_YTD,
             product=BOTH),
        fact("United States", "balance", "growth", -18.2, "percent", JAN_OCT, "18.2", EVIDENCE_YTD, product=BOTH),
        fact("United States", "exports", "growth", 1.1, "percent", JAN_OCT, "1.1", "Exports in that span were 1.1% higher than a year before",
             product=BOTH),
        fact("United States", "balance", "value", -951.2e9, "USD", YEAR_2022, "951.2 billion",
             "The all-time high deficit of $951.2 billion posted last year", product=BOTH),
    ],
}
