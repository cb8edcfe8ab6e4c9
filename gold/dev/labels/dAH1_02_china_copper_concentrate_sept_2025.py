from _fact import fact, period

SEP = period(2025, 9)
AUG = period(2025, 8)
JAN_SEP = period(2025, 1, 9)
CU = "copper concentrate"

INDO = "received 96,437 metric tons of the concentrate, a partly processed ore, from Indonesia last month"
INDO_G = "The volume was down 70.6% from a year earlier"
INDO_AUG = "the 371,815 tons delivered in August"
CHILE = "Chile kept its place as the largest supplier to China, sending 780,522 tons, up 3.2% from a year earlier and equal to 30.1% of the total."
CHILE_RANK = "Chile kept its place as the largest supplier to China"
PERU_RANK = "Peru, the No. 2 supplier"
PERU = "Peru, the No. 2 supplier, shipped 612,304 tons, a rise of 14.8%"
MONGOLIA = "Mongolia, which sends its ore over the border by truck and rail, supplied 131,870 tons, down 9.5%"
TOTAL = "total copper concentrate imports for September at 2.59 million tons"
TOTAL_G = "an increase of 8.4% on the year and a decline of 6.2% from August"
VALUE = "Those shipments cost $5.74 billion."
YTD = "Between January and September, China bought 22.63 million tons of the concentrate, an increase of 7.7% from the same months of 2024, and paid $49.2 billion for it."
CHILE_YTD = "Chile's deliveries over the nine months grew 4.1% to 6.95 million tons"
PERU_YTD = "Peru's rose 12.3% to 5.48 million tons"
INDO_YTD = "Indonesia had sent 2.14 million tons so far this year, which remained 38.5% higher than a year before"
UNWROUGHT = "September imports of unwrought copper and copper products, a category covering anodes, refined cathode, alloys and semi-finished goods, increased 14.1% on the year to 485,000 tons"

ARTICLE = {
    "id": "dAH1_02_china_copper_concentrate_sept_2025",
    "title": "Grasberg mudslide sends China's September copper concentrate intake from Indonesia tumbling",
    "publisher": "Reuters",
    "published": "2025-10-20",
    "notes": [
        "Area China, flow imports throughout; 'last month' = September 2025 (published 2025-10-20).",
        "Product 'copper concentrate' for every concentrate figure ('the concentrate, a partly processed ore', country shipments and deliveries all refer to it).",
        "Supplier figures: partner = the supplying country (Indonesia, Chile, Peru, Mongolia).",
        "'the 371,815 tons delivered in August': imports from Indonesia in August 2025 (its own period).",
        "'Chile kept its place as the largest supplier to China': rank 1 among suppliers of copper concentrate; 'Peru, the No. 2 supplier': rank 2.",
        "'equal to 30.1% of the total': Chile's share of China's September concentrate imports.",
        "'a decline of 6.2% from August': basis mom for the total.",
        "Year-to-date: period 2025-01..2025-09; 'Peru's rose 12.3% to 5.48 million tons' is elliptical for Peru's Jan-Sep supply; 'Indonesia had sent 2.14 million tons so far this year ... 38.5% higher than a year before' is year-on-year growth for Jan-Sep.",
        "Unwrought copper and copper products: product in the text's words, 'unwrought copper and copper products'.",
        "Out of scope, unlabelled: 'a low not seen in over two years' (no number); Sept. 16 and Sept. 8 (dates); 'second-biggest copper mine' (rank of a mine, not a trade flow); seven workers; the 35% output forecast for 2026; treatment charges of minus $40 a ton (price); refined copper output 11% and 1.17 million tons (production, not trade).",
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
