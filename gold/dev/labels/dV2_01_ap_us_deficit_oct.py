from _fact import fact, period

OCTOBER = period(2023, 10)
SEPTEMBER = period(2023, 9)
JAN_OCT = period(2023, 1, 10)
YEAR_2022 = period(2022, 1, 12)
BOTH = "goods and services"
EVIDENCE_LEAD = (
    "The gap between the goods and services the United States sells abroad and what it buys from other countries "
    "rose 5.1% to $64.3 billion from $61.2 billion in September"
)
EVIDENCE_EXPORTS = "Exports fell 1.9% from September to $258.8 billion"
EVIDENCE_IMPORTS = "Imports slipped 1% to $323.1 billion, also compared with the month before"
EVIDENCE_GOODS = "The deficit in goods alone widened 3.4% to $88.9 billion compared with September"
EVIDENCE_SUPPLIES = (
    "Exports of industrial supplies and materials, the category that includes crude and refined fuels, "
    "dropped 6.2% from the previous month to $52.4 billion"
)
EVIDENCE_AUTOS = "Exports of autos, parts and engines slipped 0.8% to $13.4 billion."
EVIDENCE_CONSUMER = "Imports of consumer goods rose 2.4% in October from September to $63.7 billion"
EVIDENCE_CANADA = "With Canada, America's biggest export market, the deficit came to $5.7 billion"
EVIDENCE_YTD = (
    "Through the first 10 months of the year, the trade deficit totaled $651.2 billion, "
    "down 18.2% from the same period last year"
)

ARTICLE = {
    "id": "dV2_01_ap_us_deficit_oct",
    "title": "US trade deficit widens 5.1% in October as exports of oil and jets slide",
    "publisher": "AP",
    "published": "2023-12-06",
    "notes": [
        "AP dateline without a year; the year (2023) comes from the published date only: October and September are "
        "2023, 'last year' is 2022, 'the first 10 months of the year' is 2023-01/2023-10.",
        "The headline 5.1% restates the lead sentence: labelled once, with the body sentence as evidence.",
        "The headline gap, exports, imports, the year-to-date deficit, its exports and last year's record are goods "
        "and services together (product 'goods and services'); 'the deficit in goods alone' takes product null.",
        "Month-on-month: every monthly change has its own cue ('from September', 'compared with the month before', "
        "'from the previous month'); the autos exports change (-0.8) has none of its own and takes the "
        "'from the previous month' frame of its paragraph (basis mom).",
        "The growth of the deficit follows its verb: 'rose 5.1%' is +5.1, 'widened 3.4%' is +3.4.",
        "Country deficits (China, Mexico, Vietnam, Canada) are goods figures, not seasonally adjusted: product null; "
        "'narrowed to', 'grew to', 'rose to' carry no rate, so only the levels are labelled.",
        "'America's biggest export market' is a stated rank: United States exports to Canada, rank 1, labelled for "
        "the article's month.",
        "Imports of cars and auto parts: a level without a change, labelled as a value only.",
        "Out of scope, unlabelled: the FactSet forecast of $64.1 billion, 'the first drop in four months' (streak), "
        "the 5.2% GDP growth rate, 'a few tenths of a percentage point', the Fed's 11 rate increases, 22 years and "
        "its 2% inflation target.",
        "'Exports over that stretch were up 1.1%': year-to-date goods and services exports, yoy against the same "
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
             "America's surplus in services such as tourism, banking and education edged down to $24.6 billion",
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
             "imports of cars and auto parts came to $39.2 billion", product="cars and auto parts"),
        fact("United States", "balance", "value", -22.8e9, "USD", OCTOBER, "22.8 billion",
             "The deficit with China, which draws close political scrutiny in Washington, narrowed to $22.8 billion "
             "in October", partner="China"),
        fact("United States", "balance", "value", -13.6e9, "USD", OCTOBER, "13.6 billion",
             "The gap with Mexico grew to $13.6 billion", partner="Mexico"),
        fact("United States", "balance", "value", -9.1e9, "USD", OCTOBER, "9.1 billion",
             "The deficit with Vietnam, where many manufacturers have shifted production to avoid tariffs on Chinese "
             "goods, rose to $9.1 billion", partner="Vietnam"),
        fact("United States", "balance", "value", -5.7e9, "USD", OCTOBER, "5.7 billion", EVIDENCE_CANADA,
             partner="Canada"),
        fact("United States", "exports", "rank", 1, "number", OCTOBER, "biggest", EVIDENCE_CANADA, partner="Canada"),
        fact("United States", "balance", "value", -651.2e9, "USD", JAN_OCT, "651.2 billion", EVIDENCE_YTD,
             product=BOTH),
        fact("United States", "balance", "growth", -18.2, "percent", JAN_OCT, "18.2", EVIDENCE_YTD, product=BOTH),
        fact("United States", "exports", "growth", 1.1, "percent", JAN_OCT, "1.1", "Exports over that stretch were up 1.1%",
             product=BOTH),
        fact("United States", "balance", "value", -951.2e9, "USD", YEAR_2022, "951.2 billion",
             "Last year's record deficit of $951.2 billion", product=BOTH),
    ],
}
