from _fact import fact, period

OCT = period(2025, 10)
SEP = period(2025, 9)
JAN_OCT = period(2025, 1, 10)
CN = "China"
COAL = "coal"

LEAD = "China's coal imports from Indonesia, its top supplier"
IDN = ("Arrivals from the Southeast Asian nation totalled 15.86 million metric tons last month, down 21.4% from "
       "October 2024 and 12.1% lower than in September")
IDN_SHARE = "Indonesian coal made up 38% of China's total imports in the month"
MNG = ("Shipments from Mongolia, mostly coking coal trucked across the land border, climbed 27.5% from a year "
       "earlier to 8.96 million tons, slightly below September's record of 9.29 million tons")
MNG_RANK = "That kept the landlocked neighbour ahead of Russia as China's second-largest supplier"
RUS = "Imports from Russia rose 4.1% on the year to 7.12 million tons and were up 10.2% from the previous month"
AUS = "Australian arrivals dropped 14.6% to 6.48 million tons"
CAN = "purchases from Canada, mainly of steelmaking coal, jumped 35.2% to 1.21 million tons"
TOTAL = ("China brought in 41.73 million tons of coal in October, according to figures released earlier this month, "
         "down 9.8% from a year earlier and 9.3% below September")
VALUE = "The cargoes were valued at 20.83 billion yuan ($2.93 billion)"
COKING = "Imports of coking coal, the steelmaking ingredient, came to 10.02 million tons, up 5.3% year-on-year"
YTD = ("In the first ten months of the year, total imports slid 11% to 387.62 million tons, with arrivals from "
       "Indonesia down 14.7% at 163.5 million tons")

ARTICLE = {
    "id": "dAG1_05_china_coal_imports_october_2025",
    "title": "China's October coal imports from Indonesia slump; Mongolian shipments stay near record",
    "publisher": "Reuters",
    "published": "2025-11-20",
    "notes": [
        "Every figure is China's coal imports (product coal) unless restricted further; 'last month' = October 2025 (published 2025-11-20).",
        "Lead 'fell by more than a fifth in October from a year earlier' restates the Indonesian October yoy change given exactly as 21.4% in the next paragraph: labelled once, the exact figure.",
        "'its top supplier': Indonesia rank 1. 'the Southeast Asian nation' = Indonesia; 'the landlocked neighbour' = Mongolia ('second-largest supplier': rank 2; 'for a third straight month' is a streak, unlabelled).",
        "'12.1% lower than in September', 'up 10.2% from the previous month', '9.3% below September': basis mom.",
        "'September's record of 9.29 million tons': a separate observation, Mongolia's coal shipments in September 2025, labelled with period 2025-09.",
        "'purchases from Canada, mainly of steelmaking coal': product kept as coal (the figure is all coal from Canada).",
        "'Imports of coking coal ... 10.02 million tons': product coking coal, world.",
        "'The cargoes were valued at 20.83 billion yuan ($2.93 billion)': CNY value and an approx USD conversion.",
        "'total imports slid 11%' / 'arrivals from Indonesia down 14.7% at 163.5 million tons' in the first ten months: period 2025-01..2025-10.",
        "Out of scope, unlabelled: the 15% tariff on U.S. coal; the 830 yuan a ton benchmark price and its 34% rise (prices); domestic output of 406.5 million tons and its 2.3% fall (production); the analyst's 50 million tons a month (forecast); the exchange-rate line ($1 = 7.1130 Chinese yuan); 'third straight month' (streak).",
    ],
    "facts": [
        fact(CN, "imports", "rank", 1, "number", OCT, "top", LEAD, partner="Indonesia", product=COAL),
        fact(CN, "imports", "quantity", 15.86e6, "tonnes", OCT, "15.86 million", IDN, partner="Indonesia", product=COAL),
        fact(CN, "imports", "growth", -21.4, "percent", OCT, "21.4", IDN, partner="Indonesia", product=COAL),
        fact(CN, "imports", "growth", -12.1, "percent", OCT, "12.1", IDN, partner="Indonesia", product=COAL, basis="mom"),
        fact(CN, "imports", "share", 38, "percent", OCT, "38", IDN_SHARE, partner="Indonesia", product=COAL),
        fact(CN, "imports", "growth", 27.5, "percent", OCT, "27.5", MNG, partner="Mongolia", product=COAL),
        fact(CN, "imports", "quantity", 8.96e6, "tonnes", OCT, "8.96 million", MNG, partner="Mongolia", product=COAL),
        fact(CN, "imports", "quantity", 9.29e6, "tonnes", SEP, "9.29 million", MNG, partner="Mongolia", product=COAL),
        fact(CN, "imports", "rank", 2, "number", OCT, "second-largest", MNG_RANK, partner="Mongolia", product=COAL),
        fact(CN, "imports", "growth", 4.1, "percent", OCT, "4.1", RUS, partner="Russia", product=COAL),
        fact(CN, "imports", "quantity", 7.12e6, "tonnes", OCT, "7.12 million", RUS, partner="Russia", product=COAL),
        fact(CN, "imports", "growth", 10.2, "percent", OCT, "10.2", RUS, partner="Russia", product=COAL, basis="mom"),
        fact(CN, "imports", "growth", -14.6, "percent", OCT, "14.6", AUS, partner="Australia", product=COAL),
        fact(CN, "imports", "quantity", 6.48e6, "tonnes", OCT, "6.48 million", AUS, partner="Australia", product=COAL),
        fact(CN, "imports", "growth", 35.2, "percent", OCT, "35.2", CAN, partner="Canada", product=COAL),
        fact(CN, "imports", "quantity", 1.21e6, "tonnes", OCT, "1.21 million", CAN, partner="Canada", product=COAL),
        fact(CN, "imports", "quantity", 41.73e6, "tonnes", OCT, "41.73 million", TOTAL, product=COAL),
        fact(CN, "imports", "growth", -9.8, "percent", OCT, "9.8", TOTAL, product=COAL),
        fact(CN, "imports", "growth", -9.3, "percent", OCT, "9.3", TOTAL, product=COAL, basis="mom"),
        fact(CN, "imports", "value", 20.83e9, "CNY", OCT, "20.83 billion", VALUE, product=COAL),
        fact(CN, "imports", "value", 2.93e9, "USD", OCT, "2.93 billion", VALUE, product=COAL, qualifier="approx"),
        fact(CN, "imports", "quantity", 10.02e6, "tonnes", OCT, "10.02 million", COKING, product="coking coal"),
        fact(CN, "imports", "growth", 5.3, "percent", OCT, "5.3", COKING, product="coking coal"),
        fact(CN, "imports", "growth", -11, "percent", JAN_OCT, "11", YTD, product=COAL),
        fact(CN, "imports", "quantity", 387.62e6, "tonnes", JAN_OCT, "387.62 million", YTD, product=COAL),
        fact(CN, "imports", "growth", -14.7, "percent", JAN_OCT, "14.7", YTD, partner="Indonesia", product=COAL),
        fact(CN, "imports", "quantity", 163.5e6, "tonnes", JAN_OCT, "163.5 million", YTD, partner="Indonesia", product=COAL),
    ],
}
