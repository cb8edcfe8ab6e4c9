from _fact import fact, period

AUGUST = period(2024, 8)
JULY = period(2024, 7)
JAN_AUG = period(2024, 1, 8)
CRUDE = "crude oil"
IRON_ORE = "iron ore"
COAL = "coal"
COPPER = "unwrought copper"

EVIDENCE_CRUDE = "The world's biggest crude buyer imported 49.05 million tons last month, down 7.4% from a year ago"
EVIDENCE_CRUDE_YTD = "Imports in the first eight months totaled 366.12 million tons, 3.1% lower than a year earlier"
EVIDENCE_IRON_VALUE = (
    "China spent just $10.58 billion on the steelmaking ingredient, 13.5% less than in August last year"
)
EVIDENCE_IRON_YTD = "Arrivals so far this year stood at 810.55 million tons, up 5.1%"
EVIDENCE_SOY = "Soybean arrivals surged 29.2% to 12.14 million tons"
EVIDENCE_COAL = "coal imports rose 3.9% to 46.83 million tons"
EVIDENCE_COAL_YTD = "taking the total so far this year to 340.14 million tons, up 14.1%"
EVIDENCE_COPPER = "Unwrought copper imports fell 11.8% to 438,000 tons"
EVIDENCE_GAS = "purchases of natural gas, both pipeline and liquefied, jumped 23.4% to 11.52 million tons"
EVIDENCE_MOM = "Compared with July, coal arrivals slipped 5.3%, while copper rose 4.3%"
EVIDENCE_IMPORTS = "China's imports rose just 0.5% from a year earlier to $217.63 billion in August"
EVIDENCE_EXPORTS = "Exports climbed 8.7% to $308.65 billion, leaving a trade surplus of $91.02 billion"

ARTICLE = {
    "id": "dU1_06_bloomberg_aug_commodity_imports",
    "title": "China's Crude Imports Slide Again as Refiners Cut Runs, While Soybean Buying Booms",
    "publisher": "Bloomberg",
    "published": "2024-09-10",
    "notes": [
        "The year appears only in the published date: 'last month' and 'in August' are 2024-08; "
        "'so far this year' and 'the first eight months' are 2024-01..2024-08; 'in July' is 2024-07.",
        "All commodity figures are China's imports, area China, partner null; product in the text's words "
        "(crude oil, iron ore, soybeans, coal, unwrought copper, natural gas).",
        "Barrels a day (about 11.6 million in August, roughly 10.4 million in July) are daily averages the record cannot "
        "express (like per-working-day averages): out. The monthly volumes in tons are labelled.",
        "'when arrivals slumped to 43.83 million tons' in July is July's own quantity: labelled for 2024-07.",
        "'On a monthly basis, shipments jumped 11.9%' and 'Shipments were 1.8% lower than in July': mom.",
        "'Compared with July' opens its paragraph and sets mom for both coal (-5.3) and copper (+4.3); "
        "'copper' there is the unwrought copper of the previous paragraph.",
        "Iron ore: the volume growth (climbed 4.9%) stands beside the value growth (13.5% less): volume growth out, "
        "value and its growth labelled. The year-to-date volume growth (5.1%) has no value growth beside it: labelled.",
        "Crude oil's value ($28.4 billion) has no value growth, so the volume growth (-7.4%) is labelled.",
        "Out: 'fifth straight month' (streak), 'the most ever for the month' (record), the 2% gain forecast by economists, "
        "iron ore futures below $100 a ton (price), the analyst's outlook.",
        "Overall imports, exports and the surplus for August are unrestricted: product null.",
    ],
    "facts": [
        fact("China", "imports", "quantity", 49.05e6, "tonnes", AUGUST, "49.05 million", EVIDENCE_CRUDE, product=CRUDE),
        fact("China", "imports", "growth", -7.4, "percent", AUGUST, "7.4", EVIDENCE_CRUDE, product=CRUDE),
        fact("China", "imports", "quantity", 43.83e6, "tonnes", JULY, "43.83 million",
             "in July, when arrivals slumped to 43.83 million tons", product=CRUDE),
        fact("China", "imports", "growth", 11.9, "percent", AUGUST, "11.9",
             "On a monthly basis, shipments jumped 11.9%", product=CRUDE, basis="mom"),
        fact("China", "imports", "value", 28.4e9, "USD", AUGUST, "28.4 billion",
             "The bill for August cargoes came to $28.4 billion", product=CRUDE),
        fact("China", "imports", "quantity", 366.12e6, "tonnes", JAN_AUG, "366.12 million", EVIDENCE_CRUDE_YTD,
             product=CRUDE),
        fact("China", "imports", "growth", -3.1, "percent", JAN_AUG, "3.1", EVIDENCE_CRUDE_YTD, product=CRUDE),
        fact("China", "imports", "quantity", 105.24e6, "tonnes", AUGUST, "105.24 million",
             "Iron ore imports climbed 4.9% from a year earlier to 105.24 million tons", product=IRON_ORE),
        fact("China", "imports", "value", 10.58e9, "USD", AUGUST, "10.58 billion", EVIDENCE_IRON_VALUE, product=IRON_ORE),
        fact("China", "imports", "growth", -13.5, "percent", AUGUST, "13.5", EVIDENCE_IRON_VALUE, product=IRON_ORE),
        fact("China", "imports", "quantity", 810.55e6, "tonnes", JAN_AUG, "810.55 million", EVIDENCE_IRON_YTD,
             product=IRON_ORE),
        fact("China", "imports", "growth", 5.1, "percent", JAN_AUG, "5.1", EVIDENCE_IRON_YTD, product=IRON_ORE),
        fact("China", "imports", "quantity", 12.14e6, "tonnes", AUGUST, "12.14 million", EVIDENCE_SOY, product="soybeans"),
        fact("China", "imports", "growth", 29.2, "percent", AUGUST, "29.2", EVIDENCE_SOY, product="soybeans"),
        fact("China", "imports", "growth", -1.8, "percent", AUGUST, "1.8", "Shipments were 1.8% lower than in July",
             product="soybeans", basis="mom"),
        fact("China", "imports", "quantity", 46.83e6, "tonnes", AUGUST, "46.83 million", EVIDENCE_COAL, product=COAL),
        fact("China", "imports", "growth", 3.9, "percent", AUGUST, "3.9", EVIDENCE_COAL, product=COAL),
        fact("China", "imports", "quantity", 340.14e6, "tonnes", JAN_AUG, "340.14 million", EVIDENCE_COAL_YTD,
             product=COAL),
        fact("China", "imports", "growth", 14.1, "percent", JAN_AUG, "14.1", EVIDENCE_COAL_YTD, product=COAL),
        fact("China", "imports", "growth", -5.3, "percent", AUGUST, "5.3", EVIDENCE_MOM, product=COAL, basis="mom"),
        fact("China", "imports", "quantity", 438000, "tonnes", AUGUST, "438,000", EVIDENCE_COPPER, product=COPPER),
        fact("China", "imports", "growth", -11.8, "percent", AUGUST, "11.8", EVIDENCE_COPPER, product=COPPER),
        fact("China", "imports", "growth", 4.3, "percent", AUGUST, "4.3", EVIDENCE_MOM, product=COPPER, basis="mom"),
        fact("China", "imports", "quantity", 11.52e6, "tonnes", AUGUST, "11.52 million", EVIDENCE_GAS,
             product="natural gas"),
        fact("China", "imports", "growth", 23.4, "percent", AUGUST, "23.4", EVIDENCE_GAS, product="natural gas"),
        fact("China", "imports", "value", 217.63e9, "USD", AUGUST, "217.63 billion", EVIDENCE_IMPORTS),
        fact("China", "imports", "growth", 0.5, "percent", AUGUST, "0.5", EVIDENCE_IMPORTS),
        fact("China", "exports", "value", 308.65e9, "USD", AUGUST, "308.65 billion", EVIDENCE_EXPORTS),
        fact("China", "exports", "growth", 8.7, "percent", AUGUST, "8.7", EVIDENCE_EXPORTS),
        fact("China", "balance", "value", 91.02e9, "USD", AUGUST, "91.02 billion", EVIDENCE_EXPORTS),
    ],
}
