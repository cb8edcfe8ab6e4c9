from _fact import fact, period

AUGUST = period(2024, 8)
JULY = period(2024, 7)
JAN_AUG = period(2024, 1, 8)
CRUDE = "crude oil"
IRON_ORE = "iron ore"
COAL = "coal"
COPPER = "unwrought copper"

EVIDENCE_CRUDE = "the world's largest crude importer took in 49.05 million tons last month, 7.4% less than a year ago"
EVIDENCE_CRUDE_YTD = (
    "Over January-August, crude imports added up to 366.12 million tons, "
    "a decline of 3.1% from the same period a year earlier"
)
EVIDENCE_IRON_VALUE = (
    "the country's outlay on the steelmaking raw material was only $10.58 billion, "
    "13.5% below the figure for August last year"
)
EVIDENCE_IRON_YTD = "Year-to-date arrivals reached 810.55 million tons, 5.1% more than a year earlier"
EVIDENCE_SOY = "pushing soybean imports up 29.2% to 12.14 million tons"
EVIDENCE_COAL = "coal purchases increased 3.9% to 46.83 million tons"
EVIDENCE_COAL_YTD = "bringing the year-to-date tally to 340.14 million tons, a 14.1% rise"
EVIDENCE_COPPER = "imports of unwrought copper slid 11.8% to 438,000 tons"
EVIDENCE_GAS = "Natural gas imports, counting both pipeline supplies and LNG, soared 23.4% to 11.52 million tons"
EVIDENCE_MOM = "Against July's levels, coal shipments eased 5.3% and copper climbed 4.3%"
EVIDENCE_IMPORTS = "overall imports in August edging up only 0.5% on a year earlier to $217.63 billion"
EVIDENCE_EXPORTS = "Exports advanced 8.7% to $308.65 billion, and the trade surplus came to $91.02 billion"

ARTICLE = {
    "id": "dU1_06_bloomberg_aug_commodity_imports",
    "title": "Soybean Purchases Soar as China's Crude Imports Fall Again With Refiners Scaling Back",
    "publisher": "Bloomberg",
    "published": "2024-09-10",
    "notes": [
        "The year appears only in the published date: 'last month' and 'in August' are 2024-08; "
        "'year-to-date' and 'January-August' are 2024-01..2024-08; 'in July' is 2024-07.",
        "All commodity figures are China's imports, area China, partner null; product in the text's words "
        "(crude oil, iron ore, soybeans, coal, unwrought copper, natural gas).",
        "Barrels a day (about 11.6 million in August, roughly 10.4 million in July) are daily averages the record cannot "
        "express (like per-working-day averages): out. The monthly volumes in tons are labelled.",
        "'a month in which arrivals sank to 43.83 million tons' in July is July's own quantity: labelled for 2024-07.",
        "'Month on month, cargoes were up 11.9%' and 'That was still 1.8% below July's level': mom.",
        "'Against July's levels' opens its paragraph and sets mom for both coal (-5.3) and copper (+4.3); "
        "'copper' there is the unwrought copper of the previous paragraph.",
        "Iron ore: the volume growth (up 4.9%) stands beside the value growth (13.5% below): volume growth out, "
        "value and its growth labelled. The year-to-date volume growth (5.1%) has no value growth beside it: labelled.",
        "Crude oil's value ($28.4 billion) has no value growth, so the volume growth (-7.4%) is labelled.",
        "Out: 'a fifth month in a row' (streak), 'a record for August' (record), the 2% increase economists expected, "
        "iron ore futures below $100 a ton (price), the analyst's outlook.",
        "Overall imports, exports and the surplus for August are unrestricted: product null.",
    ],
    "facts": [
        fact("China", "imports", "quantity", 49.05e6, "tonnes", AUGUST, "49.05 million", EVIDENCE_CRUDE, product=CRUDE),
        fact("China", "imports", "growth", -7.4, "percent", AUGUST, "7.4", EVIDENCE_CRUDE, product=CRUDE),
        fact("China", "imports", "quantity", 43.83e6, "tonnes", JULY, "43.83 million",
             "in July, a month in which arrivals sank to 43.83 million tons", product=CRUDE),
        fact("China", "imports", "growth", 11.9, "percent", AUGUST, "11.9",
             "Month on month, cargoes were up 11.9%", product=CRUDE, basis="mom"),
        fact("China", "imports", "value", 28.4e9, "USD", AUGUST, "28.4 billion",
             "China paid $28.4 billion for the crude that arrived in August", product=CRUDE),
        fact("China", "imports", "quantity", 366.12e6, "tonnes", JAN_AUG, "366.12 million", EVIDENCE_CRUDE_YTD,
             product=CRUDE),
        fact("China", "imports", "growth", -3.1, "percent", JAN_AUG, "3.1", EVIDENCE_CRUDE_YTD, product=CRUDE),
        fact("China", "imports", "quantity", 105.24e6, "tonnes", AUGUST, "105.24 million",
             "lifted iron ore imports to 105.24 million tons, up 4.9% year on year", product=IRON_ORE),
        fact("China", "imports", "value", 10.58e9, "USD", AUGUST, "10.58 billion", EVIDENCE_IRON_VALUE, product=IRON_ORE),
        fact("China", "imports", "growth", -13.5, "percent", AUGUST, "13.5", EVIDENCE_IRON_VALUE, product=IRON_ORE),
        fact("China", "imports", "quantity", 810.55e6, "tonnes", JAN_AUG, "810.55 million", EVIDENCE_IRON_YTD,
             product=IRON_ORE),
        fact("China", "imports", "growth", 5.1, "percent", JAN_AUG, "5.1", EVIDENCE_IRON_YTD, product=IRON_ORE),
        fact("China", "imports", "quantity", 12.14e6, "tonnes", AUGUST, "12.14 million", EVIDENCE_SOY, product="soybeans"),
        fact("China", "imports", "growth", 29.2, "percent", AUGUST, "29.2", EVIDENCE_SOY, product="soybeans"),
        fact("China", "imports", "growth", -1.8, "percent", AUGUST, "1.8", "That was still 1.8% below July's level",
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
