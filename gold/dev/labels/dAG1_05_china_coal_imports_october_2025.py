from _fact import fact, period

OCT = period(2025, 10)
SEP = period(2025, 9)
JAN_OCT = period(2025, 1, 10)
CN = "China"
COAL = "coal"

LEAD = "Coal shipments to China from its top supplier Indonesia"
IDN = ("15.86 million metric tons arrived from the Southeast Asian country last month, a decline of 21.4% from "
       "October 2024 and a drop of 12.1% from September")
IDN_SHARE = "Coal from Indonesia accounted for 38% of all Chinese imports that month"
MNG = ("Supplies from Mongolia, largely coking coal carried by truck over the land border, rose 27.5% year on year "
       "to 8.96 million tons, a little short of the record 9.29 million tons set in September")
MNG_RANK = "Mongolia, a landlocked neighbour, thus remained China's second-largest supplier"
RUS = "Russian imports grew 4.1% year on year to 7.12 million tons and were 10.2% higher than a month earlier"
AUS = "Arrivals from Australia fell 14.6% to 6.48 million tons"
CAN = "imports from Canada, mostly steelmaking coal, surged 35.2% to 1.21 million tons"
TOTAL = ("China's total coal imports in October were 41.73 million tons, a decrease of 9.8% from a year earlier "
         "and 9.3% lower than in September")
VALUE = "They were worth 20.83 billion yuan ($2.93 billion)."
COKING = "Coking coal imports, used in steelmaking, rose 5.3% year on year to 10.02 million tons"
YTD = ("Over the first ten months of 2025, total imports dropped 11% to 387.62 million tons, with Indonesian "
       "supplies falling 14.7% to 163.5 million tons")

ARTICLE = {
    "id": "dAG1_05_china_coal_imports_october_2025",
    "title": "Indonesian coal shipments to China tumble in October as Mongolian supply holds near record",
    "publisher": "Reuters",
    "published": "2025-11-20",
    "notes": [
        "Every figure is China's coal imports (product coal) unless restricted further; 'last month' = October 2025 (published 2025-11-20).",
        "Lead 'dropped by over a fifth in October compared with a year earlier' restates the Indonesian October yoy change given exactly as 21.4% in the next paragraph: labelled once, the exact figure.",
        "'its top supplier Indonesia': Indonesia rank 1. 'the Southeast Asian country' = Indonesia; 'Mongolia, a landlocked neighbour' ('second-largest supplier': rank 2; 'for the third month running' is a streak, unlabelled).",
        "'a drop of 12.1% from September', '10.2% higher than a month earlier', '9.3% lower than in September': basis mom.",
        "'the record 9.29 million tons set in September': a separate observation, Mongolia's coal shipments in September 2025, labelled with period 2025-09.",
        "'imports from Canada, mostly steelmaking coal': product kept as coal (the figure is all coal from Canada).",
        "'Coking coal imports ... 10.02 million tons': product coking coal, world.",
        "'They were worth 20.83 billion yuan ($2.93 billion)': CNY value and an approx USD conversion.",
        "'total imports dropped 11%' / 'Indonesian supplies falling 14.7% to 163.5 million tons' over the first ten months: period 2025-01..2025-10.",
        "Out of scope, unlabelled: the 15% tariff on U.S. coal; the 830 yuan per ton benchmark price and its 34% rise (prices); domestic output of 406.5 million tons and its 2.3% fall (production); the analyst's 50 million tons in any month (forecast); the exchange-rate line ($1 = 7.1130 Chinese yuan); 'third month running' (streak).",
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
