from _fact import fact, period

CN = "China"
NOV = period(2025, 11)
JN = period(2025, 1, 11)
Y24 = period(2024, 1, 12)
ST = "steel"
SF = "semi-finished steel"
AL = "aluminum"

ME = ("Exports to the region jumped 21.5% to 17.36 million tons in the January-November period, equal to 16.1% of the total, "
      "with Saudi Arabia and the United Arab Emirates taking 5.12 million tons and 3.94 million tons, respectively")

ARTICLE = {
    "id": "dBJ1_06",
    "title": "Chinese Steel Exporters Head for Record Year, Aluminum Sales Abroad Retreat",
    "publisher": "Bloomberg",
    "published": "2025-12-18",
    "notes": [
        "Real figures: November 2025 steel exports 9.98 million tons, up 2.0% on October; January-November 107.72 million tons, up 6.7%; "
        "2024 total 110.72 million tons; steel imports 496,000 tons in November (down 1.4% on the month) and 5.54 million tons in "
        "January-November (down 10.5%); aluminium exports 5.59 million tons in January-November, down 9.2%. "
        "Invented: November year-on-year growth, export values, destinations and ranks, semi-finished steel, net exports, "
        "November aluminium tonnage and value.",
        "Judgement calls: the paragraph opening 'Month on month' sets a month-on-month frame for its semi-finished and import figures. "
        "'Vietnam, though still the biggest single buyer' is rank 1 and 'South Korea, the second-largest market' rank 2 of steel exports "
        "by destination (January-November context). 'Such exports' carries semi-finished steel; 'the region' carries the Middle East; "
        "'Exports of the metal' and 'November aluminum shipments' are product aluminum (text's spelling). "
        "Net steel exports are the steel balance in tonnes. '110.72 million tons exported in the whole of last year' is a stated "
        "observation for 2024 (article of December 2025).",
        "Not facts: 'down 8.1% by volume' (volume growth beside the stated value growth of the same November aluminum shipments), "
        "roughly 117 million tons (projection), eighth month in a row and 9 million tons (streak), $622 a ton (price), 27.83%, "
        "13% rebate, 50% levies and tariffs (tariff and tax rates), 47% (quota cut, not a trade flow), 5% to 8% next year (forecast), "
        "2017, 2022 (years), 'world's biggest producer' (production, not trade).",
        "Copy check: 28 sentences searched, 3 reworded (the rewordings searched again).",
        "Copy check (independent): 28 sentences searched, 8 reworded.",
    ],
    "facts": [
        fact(CN, "exports", "growth", 2, "percent", NOV, "2",
             "9.98 million tons of steel left the country last month, 2% more than in October", product=ST, basis="mom"),
        fact(CN, "exports", "quantity", 9.98e6, "tonnes", NOV, "9.98 million",
             "9.98 million tons of steel left the country last month", product=ST),
        fact(CN, "exports", "growth", 7.8, "percent", NOV, "7.8",
             "9.98 million tons of steel left the country last month, 2% more than in October and 7.8% above the level a year earlier", product=ST),
        fact(CN, "exports", "quantity", 107.72e6, "tonnes", JN, "107.72 million",
             "At 107.72 million tons, exports for the first 11 months", product=ST),
        fact(CN, "exports", "growth", 6.7, "percent", JN, "6.7",
             "At 107.72 million tons, exports for the first 11 months were already within touching distance of the 110.72 million tons shipped in the whole of last year, and 6.7% higher than in the same stretch of 2024", product=ST),
        fact(CN, "exports", "quantity", 110.72e6, "tonnes", Y24, "110.72 million",
             "the 110.72 million tons shipped in the whole of last year", product=ST),
        fact(CN, "exports", "value", 6.21e9, "USD", NOV, "6.21 billion",
             "November's shipments were worth $6.21 billion", product=ST),
        fact(CN, "exports", "value", 76.3e9, "USD", JN, "76.3 billion",
             "For January through November, steel export revenue totaled $76.3 billion", product=ST),
        fact(CN, "exports", "rank", 1, "number", JN, "biggest",
             "Vietnam, though still the biggest single buyer", partner="Vietnam", product=ST),
        fact(CN, "exports", "quantity", 8.87e6, "tonnes", JN, "8.87 million",
             "Vietnam, though still the biggest single buyer, took 8.87 million tons in the first 11 months", partner="Vietnam", product=ST),
        fact(CN, "exports", "growth", -23.6, "percent", JN, "23.6",
             "took 8.87 million tons in the first 11 months, 23.6% less than a year earlier", partner="Vietnam", product=ST),
        fact(CN, "exports", "rank", 2, "number", JN, "second",
             "Shipments to South Korea, the second-largest market", partner="South Korea", product=ST),
        fact(CN, "exports", "growth", -12.4, "percent", JN, "12.4",
             "Shipments to South Korea, the second-largest market, fell 12.4% to 6.91 million tons", partner="South Korea", product=ST),
        fact(CN, "exports", "quantity", 6.91e6, "tonnes", JN, "6.91 million",
             "Shipments to South Korea, the second-largest market, fell 12.4% to 6.91 million tons", partner="South Korea", product=ST),
        fact(CN, "exports", "growth", 21.5, "percent", JN, "21.5",
             "Exports to the region jumped 21.5% to 17.36 million tons in the January-November period", partner="Middle East", product=ST),
        fact(CN, "exports", "quantity", 17.36e6, "tonnes", JN, "17.36 million",
             "Exports to the region jumped 21.5% to 17.36 million tons in the January-November period", partner="Middle East", product=ST),
        fact(CN, "exports", "share", 16.1, "percent", JN, "16.1",
             "Exports to the region jumped 21.5% to 17.36 million tons in the January-November period, equal to 16.1% of the total",
             partner="Middle East", product=ST),
        fact(CN, "exports", "quantity", 5.12e6, "tonnes", JN, "5.12 million", ME, partner="Saudi Arabia", product=ST),
        fact(CN, "exports", "quantity", 3.94e6, "tonnes", JN, "3.94 million", ME, partner="United Arab Emirates", product=ST),
        fact(CN, "exports", "quantity", 10.42e6, "tonnes", JN, "10.42 million",
             "Such exports totaled 10.42 million tons over the 11 months", product=SF),
        fact(CN, "exports", "growth", 189, "percent", JN, "189",
             "Such exports totaled 10.42 million tons over the 11 months, a 189% jump from a year earlier", product=SF),
        fact(CN, "exports", "growth", 12.5, "percent", NOV, "12.5",
             "Semi-finished shipments rose 12.5% to 1.08 million tons in November", product=SF, basis="mom"),
        fact(CN, "exports", "quantity", 1.08e6, "tonnes", NOV, "1.08 million",
             "Semi-finished shipments rose 12.5% to 1.08 million tons in November", product=SF),
        fact(CN, "imports", "growth", -1.4, "percent", NOV, "1.4",
             "steel imports slipped 1.4% to 496,000 tons", product=ST, basis="mom"),
        fact(CN, "imports", "quantity", 496000, "tonnes", NOV, "496,000",
             "steel imports slipped 1.4% to 496,000 tons", product=ST),
        fact(CN, "imports", "growth", -10.5, "percent", JN, "10.5",
             "falling 10.5% from a year earlier to 5.54 million tons in January through November", product=ST),
        fact(CN, "imports", "quantity", 5.54e6, "tonnes", JN, "5.54 million",
             "falling 10.5% from a year earlier to 5.54 million tons in January through November", product=ST),
        fact(CN, "balance", "quantity", 9.48e6, "tonnes", NOV, "9.48 million",
             "China's net steel exports came to 9.48 million tons in November alone", product=ST),
        fact(CN, "exports", "growth", -9.2, "percent", JN, "9.2",
             "In the first 11 months, exports of the metal, a customs category that covers unwrought aluminum as well as semi-finished products such as sheet, foil and extrusions, came to 5.59 million tons, 9.2% less than a year earlier", product=AL),
        fact(CN, "exports", "quantity", 5.59e6, "tonnes", JN, "5.59 million",
             "In the first 11 months, exports of the metal, a customs category that covers unwrought aluminum as well as semi-finished products such as sheet, foil and extrusions, came to 5.59 million tons", product=AL),
        fact(CN, "exports", "quantity", 515000, "tonnes", NOV, "515,000",
             "November aluminum shipments came to 515,000 tons", product=AL),
        fact(CN, "exports", "growth", -3.5, "percent", NOV, "3.5",
             "In value terms they fell a smaller 3.5% to $1.86 billion", product=AL),
        fact(CN, "exports", "value", 1.86e9, "USD", NOV, "1.86 billion",
             "In value terms they fell a smaller 3.5% to $1.86 billion", product=AL),
    ],
}
