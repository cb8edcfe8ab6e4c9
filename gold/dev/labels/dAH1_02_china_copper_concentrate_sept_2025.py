from _fact import fact, period

SEP = period(2025, 9)
AUG = period(2025, 8)
JAN_SEP = period(2025, 1, 9)
CU = "copper concentrate"

INDO = "brought in 96,437 metric tons of the concentrate, or partially processed ore, from Indonesia last month"
INDO_G = "That was 70.6% lower than a year earlier"
INDO_AUG = "a fraction of the 371,815 tons that arrived in August"
CHILE = "Chile remained China's largest supplier, with shipments rising 3.2% year-on-year to 780,522 tons, or 30.1% of the total."
CHILE_RANK = "Chile remained China's largest supplier"
PERU_RANK = "Arrivals from Peru, the No. 2 supplier"
PERU = "Arrivals from Peru, the No. 2 supplier, jumped 14.8% to 612,304 tons"
MONGOLIA = "imports from Mongolia, whose ore crosses the border by truck and rail, fell 9.5% to 131,870 tons"
TOTAL = "Overall imports of copper concentrate totalled 2.59 million tons in September"
TOTAL_G = "up 8.4% from a year earlier but down 6.2% from August"
VALUE = "The purchases were worth $5.74 billion."
YTD = "For the first nine months of the year, China imported 22.63 million tons of the material, 7.7% more than in the same period of 2024, at a cost of $49.2 billion."
CHILE_YTD = "Chile supplied 6.95 million tons over the period, up 4.1%"
PERU_YTD = "Peru 5.48 million tons, up 12.3%"
INDO_YTD = "Indonesia's year-to-date shipments stood at 2.14 million tons, still 38.5% above last year's level"
UNWROUGHT = "Imports of unwrought copper and copper products, which include anodes, refined cathode, alloys and semi-finished products, rose 14.1% from a year earlier to 485,000 tons in September"

ARTICLE = {
    "id": "dAH1_02_china_copper_concentrate_sept_2025",
    "title": "China's Sept copper concentrate imports from Indonesia slump after Grasberg mudslide",
    "publisher": "Reuters",
    "published": "2025-10-20",
    "notes": [
        "Area China, flow imports throughout; 'last month' = September 2025 (published 2025-10-20).",
        "Product 'copper concentrate' for every concentrate figure ('the concentrate, or partially processed ore', 'the material', country shipments and arrivals all refer to it).",
        "Supplier figures: partner = the supplying country (Indonesia, Chile, Peru, Mongolia).",
        "'the 371,815 tons that arrived in August': imports from Indonesia in August 2025 (its own period).",
        "'Chile remained China's largest supplier': rank 1 among suppliers of copper concentrate; 'Peru, the No. 2 supplier': rank 2.",
        "'or 30.1% of the total': Chile's share of China's September concentrate imports.",
        "'down 6.2% from August': basis mom for the total.",
        "Year-to-date: period 2025-01..2025-09; 'Peru 5.48 million tons, up 12.3%' is elliptical for Peru's Jan-Sep supply; 'Indonesia's year-to-date shipments ... 38.5% above last year's level' is year-on-year growth for Jan-Sep.",
        "Unwrought copper and copper products: product in the text's words, 'unwrought copper and copper products'.",
        "Out of scope, unlabelled: 'lowest in more than two years' (no number); Sept. 16 and Sept. 8 (dates); 'second-largest copper mine' (rank of a mine, not a trade flow); seven workers; the 35% output forecast for 2026; treatment charges of minus $40 a ton (price); refined copper output 11% and 1.17 million tons (production, not trade).",
    ],
    "facts": [
        fact("China", "imports", "quantity", 96437, "tonnes", SEP, "96,437", INDO, partner="Indonesia", product=CU),
        fact("China", "imports", "growth", -70.6, "percent", SEP, "70.6", INDO_G, partner="Indonesia", product=CU),
        fact("China", "imports", "quantity", 371815, "tonnes", AUG, "371,815", INDO_AUG, partner="Indonesia", product=CU),
        fact("China", "imports", "rank", 1, "number", SEP, "largest", CHILE_RANK, partner="Chile", product=CU),
        fact("China", "imports", "growth", 3.2, "percent", SEP, "3.2", CHILE, partner="Chile", product=CU),
        fact("China", "imports", "quantity", 780522, "tonnes", SEP, "780,522", CHILE, partner="Chile", product=CU),
        fact("China", "imports", "share", 30.1, "percent", SEP, "30.1", CHILE, partner="Chile", product=CU),
        fact("China", "imports", "rank", 2, "number", SEP, "2", PERU_RANK, partner="Peru", product=CU),
        fact("China", "imports", "growth", 14.8, "percent", SEP, "14.8", PERU, partner="Peru", product=CU),
        fact("China", "imports", "quantity", 612304, "tonnes", SEP, "612,304", PERU, partner="Peru", product=CU),
        fact("China", "imports", "growth", -9.5, "percent", SEP, "9.5", MONGOLIA, partner="Mongolia", product=CU),
        fact("China", "imports", "quantity", 131870, "tonnes", SEP, "131,870", MONGOLIA, partner="Mongolia", product=CU),
        fact("China", "imports", "quantity", 2.59e6, "tonnes", SEP, "2.59 million", TOTAL, product=CU),
        fact("China", "imports", "growth", 8.4, "percent", SEP, "8.4", TOTAL_G, product=CU),
        fact("China", "imports", "growth", -6.2, "percent", SEP, "6.2", TOTAL_G, product=CU, basis="mom"),
        fact("China", "imports", "value", 5.74e9, "USD", SEP, "5.74 billion", VALUE, product=CU),
        fact("China", "imports", "quantity", 22.63e6, "tonnes", JAN_SEP, "22.63 million", YTD, product=CU),
        fact("China", "imports", "growth", 7.7, "percent", JAN_SEP, "7.7", YTD, product=CU),
        fact("China", "imports", "value", 49.2e9, "USD", JAN_SEP, "49.2 billion", YTD, product=CU),
        fact("China", "imports", "quantity", 6.95e6, "tonnes", JAN_SEP, "6.95 million", CHILE_YTD, partner="Chile", product=CU),
        fact("China", "imports", "growth", 4.1, "percent", JAN_SEP, "4.1", CHILE_YTD, partner="Chile", product=CU),
        fact("China", "imports", "quantity", 5.48e6, "tonnes", JAN_SEP, "5.48 million", PERU_YTD, partner="Peru", product=CU),
        fact("China", "imports", "growth", 12.3, "percent", JAN_SEP, "12.3", PERU_YTD, partner="Peru", product=CU),
        fact("China", "imports", "quantity", 2.14e6, "tonnes", JAN_SEP, "2.14 million", INDO_YTD, partner="Indonesia", product=CU),
        fact("China", "imports", "growth", 38.5, "percent", JAN_SEP, "38.5", INDO_YTD, partner="Indonesia", product=CU),
        fact("China", "imports", "growth", 14.1, "percent", SEP, "14.1", UNWROUGHT, product="unwrought copper and copper products"),
        fact("China", "imports", "quantity", 485000, "tonnes", SEP, "485,000", UNWROUGHT, product="unwrought copper and copper products"),
    ],
}
