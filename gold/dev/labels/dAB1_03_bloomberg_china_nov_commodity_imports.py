from _fact import fact, period

NOV = period(2025, 11)
OCT = period(2025, 10)
JAN_NOV = period(2025, 1, 11)

CRUDE_QTY = "the top global crude importer took in 50.89 million tons in November"
CRUDE_GROWTH = "Volumes were up 4.9% year on year and up 5.2% on October."
CRUDE_VALUE = "China spent $24.6 billion on the oil"
CRUDE_YTD = "January-November crude purchases came to 521.87 million tons"
CRUDE_YTD_G = ("January-November crude purchases came to 521.87 million tons, equal to 11.45 million barrels a day and "
               "an increase of 3.2% over January-November 2024")
ORE = "iron ore imports to 110.54 million tons, up 1.1% on October and 8.3% above November last year"
ORE_VALUE = "The steelmaking ingredient cost China $10.6 billion."
ORE_YTD = "Purchases so far this year amounted to 1.139 billion tons, a 1.4% increase on the same period of 2024."
CU = ("Smelters' raw material, copper ore and concentrate, arrived in volumes of 2.53 million tons, 3.3% more than "
      "the previous month.")
CU_YTD = "Over January-November, purchases of this feedstock climbed 8.1% year on year to 27.66 million tons"
UNWROUGHT = "China also took in 427,000 tons of unwrought copper"
COAL = ("Inbound coal fell 20% year on year to 44.05 million tons, even if that was still 6% more than the 41.74 "
        "million tons of October.")
COAL_YTD = "January-November coal purchases were down 12% at 432 million tons"
SOY = ("Soybean imports slid 14.5% on October to 8.11 million tons, though they remained 13.4% above the "
       "year-earlier level.")
SOY_YTD = "Purchases of the oilseed in the first 11 months totaled 103.79 million tons, a 6.9% rise on the year"
STEEL = "China sent 9.98 million tons of steel products abroad in November"

ARTICLE = {
    "id": "dAB1_03_bloomberg_china_nov_commodity_imports",
    "title": "Cheap Crude Lifts China's Oil Purchases to Highest in Over Two Years",
    "publisher": "Bloomberg",
    "published": "2025-12-08",
    "notes": [
        "Published 2025-12-08: 'November' = 2025-11; 'October' = 2025-10; 'first 11 months', 'January-November', 'so far this year' = 2025-01..11.",
        "Growth 'on October' / 'than the previous month' is mom; 'year on year' / 'above November last year' / 'above the year-earlier level' is yoy; year-to-date growth is yoy ('over January-November 2024', 'on the same period of 2024', 'on the year').",
        "Products in the text's words: 'crude oil', 'iron ore', 'copper ore and concentrate', 'unwrought copper', 'coal', 'soybeans', 'steel products'. 'the steelmaking ingredient' = iron ore; 'this feedstock' = copper ore and concentrate; 'the oilseed' = soybeans; the coal sentences follow 'Coal stood out on the downside.'",
        "'China spent $24.6 billion on the oil': value of November crude imports.",
        "'even if that was still 6% more than the 41.74 million tons of October': November coal mom growth 6, and October's coal imports as a quantity fact (period 2025-10).",
        "Steel: exports, quantity, product 'steel products'.",
        "Out of scope, unlabelled: barrels-a-day rates (12.38 million and 11.45 million barrels a day: per-day averages the record cannot express); Kpler's 21 million-barrel stock build (inventories, not trade); 'August 2023' and 'over two years' (comparison/milestone, not a figure); 'record' projections.",
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
