from _fact import fact, period

CN = "China"
OCT = period(2025, 10)
SEP = period(2025, 9)
OCT24 = period(2024, 10)
JO = period(2025, 1, 10)
CU = "unwrought copper and products"
CONC = "copper ore and concentrate"
CRUDE = "crude oil"
ORE = "iron ore"

ARTICLE = {
    "id": "dBX1_05",
    "title": "Copper Buying by China Cools on Record Prices While Oil Intake Climbs",
    "publisher": "Bloomberg",
    "published": "2025-11-20",
    "notes": [
        "Real figures (GAC data of Nov 7, 2025 as reported by Reuters via energynews.oedigital.com and itiger.com; Reuters "
        "iron-ore report of Nov 7, 2025; GAC country detail for October 2025 via vietnam.vn/VTV; fx.co for the October trade "
        "balance): unwrought copper 438,000 t in October vs 485,000 t in September (-9.7%); Jan-Oct 4.46 mn t vs 4.60 mn t; "
        "concentrate 2.45 mn t vs 2.59 mn t; Jan-Oct concentrate 25.09 mn t vs 23.33 mn t; LME record $11,200; Yangshan "
        "premium $36 from $58; iron ore 111.31 mn t (Reuters: 111.3), October 2024 103.84 mn t, -4.32% from September's record, "
        "Jan-Oct 1,028.9 mn t +0.7%; Mysteel port stocks 145.42 mn t and a 150 mn t forecast; crude from Russia 9.11 mn t (9.83 "
        "a year earlier), Saudi Arabia 7.02 mn t, Malaysia 4.8 mn t (7.5 a year earlier); October exports -1.1%, imports +1.0%, "
        "surplus $90.07 bn. September crude 47.25 mn t and Jan-Sep 423 mn t are real (Reuters, Oct 13, 2025).",
        "Derived/made up: October crude 48.36 mn t, +8.2% y/y and 11.39 mn bpd are from memory, not found in the corpus; the "
        "2.3% m/m is derived from 47.25 mn t; Jan-Oct crude 471.4 mn t (+3.1%) derived from 423 + 48.36 against an assumed "
        "October 2024 of 44.7 mn t; unwrought copper -3% Jan-Oct and concentrate -5.4% m/m and +7.5% Jan-Oct derived from the "
        "real tonnages; unwrought copper -5% y/y and concentrate +4.7% y/y made up; copper scrap 187,000 t +6.2% made up; "
        "iron ore September 116.33 mn t derived (real GAC 116.326 mn t), 4.3% and 7.2% derived, 1.03 bn t rounded from "
        "1,028.9 mn t; byline names and the analyst quote made up.",
        "Judgement calls: the copper paragraph gives no month; October comes from 'last month' in the lead and the published "
        "date; 'The September tally had been 485,000 tons' labelled as a September quantity; the copper scrap growth is "
        "labelled mom because the paragraph opens with a month-on-month frame ('5.4% fewer than September's'); 'concentrate imports were 4.7% above the level "
        "of a year earlier' and 'Since January, 25.09 million tons of concentrate have arrived' are labelled with the product 'copper ore and concentrate' "
        "carried from the paragraph before; 4.3% below September's high is mom; supplier tonnages are China imports of crude "
        "oil with the supplier as partner; 'the top supplier' is rank 1; Malaysia's '7.5 million tons a year before' is "
        "October 2024; 'overall exports slipping 1.1% in dollar terms' is China's total exports growth.",
        "Not facts: 11.39 million barrels a day and about 11.3 million barrels daily (per-day rates in barrels); LME copper "
        "above $11,200 a ton, Yangshan premium $36 and $58 a ton (prices); 'topped 100 million tons in each of the past five "
        "months' (streak/threshold); Mysteel port stocks of 145.42 million tons and the 150 million tons forecast (inventories, "
        "forecast); 'processing fees below zero' (no number); year 2024.",
        "Copy check: 18 sentences searched (12 queries), 7 reworded (concentrate sentence, year-to-date concentrate "
        "sentence, first iron ore sentence, port stockpile sentence; headline, lead and the analyst quote reworded after "
        "comparing them with the Reuters excerpts retrieved; the barrels-a-day sentence was not searched).",
        "Second check: 24 sentences searched, 10 reworded.",
    ],
    "facts": [
        fact(CN, "imports", "growth", -9.7, "percent", OCT, "9.7",
             "438,000 tons of unwrought copper and products arrived, a 9.7% fall from September", product=CU, basis="mom"),
        fact(CN, "imports", "quantity", 438000, "tonnes", OCT, "438,000",
             "438,000 tons of unwrought copper and products arrived", product=CU),
        fact(CN, "imports", "quantity", 485000, "tonnes", SEP, "485,000",
             "The September tally had been 485,000 tons", product=CU),
        fact(CN, "imports", "growth", -5, "percent", OCT, "5",
             "the latest intake was also 5% below October 2024", product=CU),
        fact(CN, "imports", "quantity", 4.46e6, "tonnes", JO, "4.46 million",
             "That put the total for the first 10 months at 4.46 million tons",
             product=CU),
        fact(CN, "imports", "growth", -3, "percent", JO, "3",
             "That put the total for the first 10 months at 4.46 million tons, 3% behind last year's pace",
             product=CU),
        fact(CN, "imports", "quantity", 2.45e6, "tonnes", OCT, "2.45 million",
             "taking in 2.45 million tons of copper ore and concentrate", product=CONC),
        fact(CN, "imports", "growth", -5.4, "percent", OCT, "5.4",
             "taking in 2.45 million tons of copper ore and concentrate, 5.4% fewer than September's 2.59 million tons", product=CONC, basis="mom"),
        fact(CN, "imports", "quantity", 2.59e6, "tonnes", SEP, "2.59 million",
             "taking in 2.45 million tons of copper ore and concentrate, 5.4% fewer than September's 2.59 million tons",
             product=CONC),
        fact(CN, "imports", "growth", 6.2, "percent", OCT, "6.2",
             "Imports of copper scrap, an alternative feed, rose 6.2% to 187,000 tons", product="copper scrap", basis="mom"),
        fact(CN, "imports", "quantity", 187000, "tonnes", OCT, "187,000",
             "Imports of copper scrap, an alternative feed, rose 6.2% to 187,000 tons", product="copper scrap"),
        fact(CN, "imports", "growth", 4.7, "percent", OCT, "4.7",
             "concentrate imports were 4.7% above the level of a year earlier", product=CONC),
        fact(CN, "imports", "growth", 7.5, "percent", JO, "7.5",
             "Since January, 25.09 million tons of concentrate have arrived, 7.5% more than in the same months of 2024", product=CONC),
        fact(CN, "imports", "quantity", 25.09e6, "tonnes", JO, "25.09 million",
             "Since January, 25.09 million tons of concentrate have arrived", product=CONC),
        fact(CN, "imports", "quantity", 48.36e6, "tonnes", OCT, "48.36 million",
             "Crude purchases climbed to 48.36 million tons in October", product=CRUDE),
        fact(CN, "imports", "growth", 8.2, "percent", OCT, "8.2",
             "Crude purchases climbed to 48.36 million tons in October, 8.2% more than a year earlier", product=CRUDE),
        fact(CN, "imports", "growth", 2.3, "percent", OCT, "2.3",
             "Crude purchases climbed to 48.36 million tons in October, 8.2% more than a year earlier and 2.3% higher than in September",
             product=CRUDE, basis="mom"),
        fact(CN, "imports", "quantity", 471.4e6, "tonnes", JO, "471.4 million",
             "Over the 10 months, arrivals averaged about 11.3 million barrels daily, or 471.4 million tons in all", product=CRUDE),
        fact(CN, "imports", "growth", 3.1, "percent", JO, "3.1",
             "Over the 10 months, arrivals averaged about 11.3 million barrels daily, or 471.4 million tons in all, 3.1% more than a year earlier",
             product=CRUDE),
        fact(CN, "imports", "rank", 1, "number", OCT, "top",
             "Russia's deliveries at 9.11 million tons, enough to keep it the top supplier", partner="Russia", product=CRUDE),
        fact(CN, "imports", "quantity", 9.11e6, "tonnes", OCT, "9.11 million",
             "put Russia's deliveries at 9.11 million tons", partner="Russia", product=CRUDE),
        fact(CN, "imports", "quantity", 9.83e6, "tonnes", OCT24, "9.83 million",
             "it had shipped 9.83 million tons in October last year", partner="Russia", product=CRUDE),
        fact(CN, "imports", "rank", 2, "number", OCT, "second",
             "Saudi Arabia ranked second at 7.02 million tons", partner="Saudi Arabia", product=CRUDE),
        fact(CN, "imports", "quantity", 7.02e6, "tonnes", OCT, "7.02 million",
             "Saudi Arabia ranked second at 7.02 million tons", partner="Saudi Arabia", product=CRUDE),
        fact(CN, "imports", "quantity", 4.8e6, "tonnes", OCT, "4.8 million",
             "Malaysia supplied only 4.8 million tons",
             partner="Malaysia", product=CRUDE),
        fact(CN, "imports", "quantity", 7.5e6, "tonnes", OCT24, "7.5 million",
             "Malaysia supplied only 4.8 million tons, against 7.5 million tons a year before",
             partner="Malaysia", product=CRUDE),
        fact(CN, "imports", "quantity", 111.31e6, "tonnes", OCT, "111.31 million",
             "Iron ore arrivals came in at 111.31 million tons", product=ORE),
        fact(CN, "imports", "growth", -4.3, "percent", OCT, "4.3",
             "Iron ore arrivals came in at 111.31 million tons, 4.3% below September's all-time high of 116.33 million tons",
             product=ORE, basis="mom"),
        fact(CN, "imports", "quantity", 116.33e6, "tonnes", SEP, "116.33 million",
             "Iron ore arrivals came in at 111.31 million tons, 4.3% below September's all-time high of 116.33 million tons",
             product=ORE),
        fact(CN, "imports", "quantity", 103.84e6, "tonnes", OCT24, "103.84 million",
             "Compared with October last year, when the country bought 103.84 million tons", product=ORE),
        fact(CN, "imports", "growth", 7.2, "percent", OCT, "7.2",
             "Compared with October last year, when the country bought 103.84 million tons, arrivals were 7.2% higher",
             product=ORE),
        fact(CN, "imports", "quantity", 1.03e9, "tonnes", JO, "1.03 billion",
             "That took the 10-month tally to 1.03 billion tons, up 0.7% from a year earlier", product=ORE),
        fact(CN, "imports", "growth", 0.7, "percent", JO, "0.7",
             "That took the 10-month tally to 1.03 billion tons, up 0.7% from a year earlier", product=ORE),
        fact(CN, "exports", "growth", -1.1, "percent", OCT, "1.1",
             "overall exports slipping 1.1% in dollar terms"),
        fact(CN, "imports", "growth", 1, "percent", OCT, "1",
             "imports edging up 1%"),
        fact(CN, "balance", "value", 90.07e9, "USD", OCT, "90.07 billion",
             "The October surplus came to $90.07 billion"),
    ],
}
