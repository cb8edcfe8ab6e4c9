from _fact import fact, period

NOV = period(2025, 11)
OCT = period(2025, 10)
JAN_NOV = period(2025, 1, 11)

CRUDE_QTY = "The world's biggest oil buyer brought in 50.89 million tons last month"
CRUDE_GROWTH = "Arrivals were 4.9% higher than a year earlier and rose 5.2% from October."
CRUDE_VALUE = "The oil cost $24.6 billion"
CRUDE_YTD = "Over the first 11 months, crude imports totaled 521.87 million tons"
CRUDE_YTD_G = ("Over the first 11 months, crude imports totaled 521.87 million tons, or 11.45 million barrels a day, "
               "3.2% more than in the same period of 2024")
ORE = "Iron ore shipments rose 1.1% from October to 110.54 million tons, 8.3% more than in November last year"
ORE_VALUE = "China paid $10.6 billion for the steelmaking ingredient."
ORE_YTD = "Year-to-date purchases reached 1.139 billion tons, up 1.4% from the same period of 2024."
CU = "Imports of copper ore and concentrate, the raw material for smelters, increased 3.3% on the month to 2.53 million tons."
CU_YTD = "In the January-November period, purchases of the feedstock rose 8.1% from a year earlier to 27.66 million tons"
UNWROUGHT = "Inbound shipments of unwrought copper, which include refined metal and semi-finished products, were 427,000 tons."
COAL = "Imports dropped 20% from a year earlier to 44.05 million tons, though that was 6% above October's 41.74 million tons."
COAL_YTD = "Purchases over the first 11 months were 12% lower at 432 million tons"
SOY = "Soybean arrivals fell 14.5% from October to 8.11 million tons, but were still 13.4% higher than a year earlier."
SOY_YTD = "The oilseed imports for the year so far reached 103.79 million tons, up 6.9% on the year"
STEEL = "shipments of steel products were 9.98 million tons in November"

ARTICLE = {
    "id": "dAB1_03_bloomberg_china_nov_commodity_imports",
    "title": "China's Oil Imports Hit Two-Year High as Refiners Load Up on Cheap Crude",
    "publisher": "Bloomberg",
    "published": "2025-12-08",
    "notes": [
        "Published 2025-12-08: 'last month'/'November' = 2025-11; 'October' = 2025-10; 'first 11 months', 'January-November', 'year-to-date', 'for the year so far' = 2025-01..11.",
        "Growth 'from October' / 'on the month' is mom; 'than a year earlier' / 'than in November last year' is yoy; year-to-date growth is yoy ('than in the same period of 2024', or no cue).",
        "Products in the text's words: 'crude oil', 'iron ore', 'copper ore and concentrate', 'unwrought copper', 'coal', 'soybeans', 'steel products'. 'the steelmaking ingredient' = iron ore; 'the feedstock' = copper ore and concentrate; 'The oilseed imports' = soybeans; the coal sentences follow 'Coal was the weak spot.'",
        "'The oil cost $24.6 billion': value of November crude imports.",
        "'though that was 6% above October's 41.74 million tons': November coal mom growth 6, and October's coal imports as a quantity fact (period 2025-10).",
        "Steel: exports, quantity, product 'steel products'.",
        "Out of scope, unlabelled: barrels-a-day rates (12.38 million and 11.45 million barrels a day: per-day averages the record cannot express); Kpler's 21 million-barrel stock build (inventories, not trade); 'August 2023' and 'more than two years' (comparison/milestone, not a figure); 'record' projections.",
    ],
    "facts": [
        fact("China", "imports", "quantity", 50.89e6, "tonnes", NOV, "50.89 million", CRUDE_QTY, product="crude oil"),
        fact("China", "imports", "growth", 4.9, "percent", NOV, "4.9", CRUDE_GROWTH, product="crude oil"),
        fact("China", "imports", "growth", 5.2, "percent", NOV, "5.2", CRUDE_GROWTH, product="crude oil", basis="mom"),
        fact("China", "imports", "value", 24.6e9, "USD", NOV, "24.6 billion", CRUDE_VALUE, product="crude oil"),
        fact("China", "imports", "quantity", 521.87e6, "tonnes", JAN_NOV, "521.87 million", CRUDE_YTD, product="crude oil"),
        fact("China", "imports", "growth", 3.2, "percent", JAN_NOV, "3.2", CRUDE_YTD_G, product="crude oil"),
        fact("China", "imports", "growth", 1.1, "percent", NOV, "1.1", ORE, product="iron ore", basis="mom"),
        fact("China", "imports", "quantity", 110.54e6, "tonnes", NOV, "110.54 million", ORE, product="iron ore"),
        fact("China", "imports", "growth", 8.3, "percent", NOV, "8.3", ORE, product="iron ore"),
        fact("China", "imports", "value", 10.6e9, "USD", NOV, "10.6 billion", ORE_VALUE, product="iron ore"),
        fact("China", "imports", "quantity", 1.139e9, "tonnes", JAN_NOV, "1.139 billion", ORE_YTD, product="iron ore"),
        fact("China", "imports", "growth", 1.4, "percent", JAN_NOV, "1.4", ORE_YTD, product="iron ore"),
        fact("China", "imports", "growth", 3.3, "percent", NOV, "3.3", CU, product="copper ore and concentrate", basis="mom"),
        fact("China", "imports", "quantity", 2.53e6, "tonnes", NOV, "2.53 million", CU, product="copper ore and concentrate"),
        fact("China", "imports", "growth", 8.1, "percent", JAN_NOV, "8.1", CU_YTD, product="copper ore and concentrate"),
        fact("China", "imports", "quantity", 27.66e6, "tonnes", JAN_NOV, "27.66 million", CU_YTD,
             product="copper ore and concentrate"),
        fact("China", "imports", "quantity", 427000, "tonnes", NOV, "427,000", UNWROUGHT, product="unwrought copper"),
        fact("China", "imports", "growth", -20, "percent", NOV, "20", COAL, product="coal"),
        fact("China", "imports", "quantity", 44.05e6, "tonnes", NOV, "44.05 million", COAL, product="coal"),
        fact("China", "imports", "growth", 6, "percent", NOV, "6", COAL, product="coal", basis="mom"),
        fact("China", "imports", "quantity", 41.74e6, "tonnes", OCT, "41.74 million", COAL, product="coal"),
        fact("China", "imports", "growth", -12, "percent", JAN_NOV, "12", COAL_YTD, product="coal"),
        fact("China", "imports", "quantity", 432e6, "tonnes", JAN_NOV, "432 million", COAL_YTD, product="coal"),
        fact("China", "imports", "growth", -14.5, "percent", NOV, "14.5", SOY, product="soybeans", basis="mom"),
        fact("China", "imports", "quantity", 8.11e6, "tonnes", NOV, "8.11 million", SOY, product="soybeans"),
        fact("China", "imports", "growth", 13.4, "percent", NOV, "13.4", SOY, product="soybeans"),
        fact("China", "imports", "quantity", 103.79e6, "tonnes", JAN_NOV, "103.79 million", SOY_YTD, product="soybeans"),
        fact("China", "imports", "growth", 6.9, "percent", JAN_NOV, "6.9", SOY_YTD, product="soybeans"),
        fact("China", "exports", "quantity", 9.98e6, "tonnes", NOV, "9.98 million", STEEL, product="steel products"),
    ],
}
