from _fact import fact, period

YTD = period(2025, 1, 10)
OCT = period(2025, 10)
SEP = period(2025, 9)
Y24 = period(2024, 1, 12)
CN = "China"
RU = "Russia"
E_LEAD = "Two-way commerce between China and Russia shrank to $182.53 billion over January-October 2025, down 9.1% on the same stretch of 2024"
E_CNY = "In yuan terms, the ten-month total came to 1.31 trillion yuan, down 8.7% from a year earlier."
E_EXIM = "Chinese goods sold to Russia were worth $81.78 billion, down 12.2%, and purchases from Russia fell 6.4% to $100.75 billion"
E_BAL = "so China ran a trade deficit of $18.97 billion with its northern neighbour"
E_OCT = "October exports to Russia came to $8.46 billion, down 21.9% from a year earlier"
E_OCT_M = "Imports from Russia edged up 2.4% to $10.32 billion."
E_CRUDE = ("China bought 84.62 million metric tons of Russian crude in January-October, equivalent to about "
           "2.03 million barrels per day, down 8.5% from the same period last year")
E_BILL = "Lower prices cut the import bill further, to 294.6 billion yuan ($41.38 billion)."
E_COAL = "Coal imports from Russia fell 10.4% to 78.1 million tons"
E_LNG = "purchases of liquefied natural gas (LNG) rose 19.6% to 7.12 million tons"
E_CARS = "China's car exports to Russia fell 46.8% in value to $7.36 billion in the first ten months"
E_CAR_RANK = ("Russia, the biggest buyer of Chinese cars last year, slipped to third place behind Mexico and the "
              "United Arab Emirates.")
CRUDE = "crude oil"
LNG = "liquefied natural gas"

ARTICLE = {
    "id": "dAR1_06_china_russia_trade_jan_oct_2025",
    "title": "China-Russia trade slides 9.1% in Jan-Oct as car exports slump, oil bill shrinks",
    "publisher": "Reuters",
    "published": "2025-11-20",
    "notes": [
        "Dateline 'BEIJING, Nov 20 (Reuters)', data 'on Thursday': published 2025-11-20; 'first ten months' / 'January-October' = 2025-01/2025-10; 'last year' = 2024.",
        "Headline 9.1% is the body's dollar growth of total trade: labelled once.",
        "Total trade in dollars (-9.1%, $182.53 billion) and in yuan (-8.7%, 1.31 trillion yuan): separate observations; the two growth facts differ only by value (dollar vs yuan terms).",
        "'so China ran a trade deficit of $18.97 billion': China's balance with Russia, negative (81.78 - 100.75 = -18.97).",
        "October: exports to Russia -21.9% and $8.46 billion; 'September had seen a 20.8% drop' is September exports growth, -20.8; imports from Russia 'edged up 2.4% to $10.32 billion' are October.",
        "Crude: 'largest crude oil supplier' -> rank 1 (partner Russia, imports, Jan-Oct). 84.62 million metric tons and 'down 8.5%' (the only growth given for crude; no value growth beside it) labelled. '2.03 million barrels per day' is a daily rate the record cannot express: out.",
        "'294.6 billion yuan ($41.38 billion)': the crude import bill in CNY and the Reuters conversion in USD (exact, no 'about').",
        "Coal and LNG from Russia: tonnes and growth, Jan-Oct; 'Arctic LNG 2' is a project name.",
        "Cars: value growth -46.8 and $7.36 billion, quantity 471,600 vehicles (unit number). Ranks among China's car export destinations: 'the biggest buyer ... last year' -> rank 1 for 2024; 'slipped to third place' -> rank 3 for Jan-Oct 2025.",
        "'Trade hit a record $244.8 billion last year': 2024 China-Russia total trade in USD.",
        "'about 3.5% of China's total foreign trade in January-October': share, approx.",
        "$200 billion goal (a target), years 2019/2024, analyst's full-year $218 billion (forecast), 'more than 95% of settlements' in local currencies (payments, not trade flows), 'seventh consecutive monthly fall' (streak), exchange rate 7.1190: out.",
        "Global Times is quoted inside a Reuters story; publisher is Reuters.",
    ],
    "facts": [
        fact(CN, "total", "growth", -9.1, "percent", YTD, "9.1", E_LEAD, partner=RU),
        fact(CN, "total", "value", 182.53e9, "USD", YTD, "182.53 billion", E_LEAD, partner=RU),
        fact(CN, "total", "growth", -8.7, "percent", YTD, "8.7", E_CNY, partner=RU),
        fact(CN, "total", "value", 1.31e12, "CNY", YTD, "1.31 trillion", E_CNY, partner=RU),
        fact(CN, "exports", "growth", -12.2, "percent", YTD, "12.2", E_EXIM, partner=RU),
        fact(CN, "exports", "value", 81.78e9, "USD", YTD, "81.78 billion", E_EXIM, partner=RU),
        fact(CN, "imports", "growth", -6.4, "percent", YTD, "6.4", E_EXIM, partner=RU),
        fact(CN, "imports", "value", 100.75e9, "USD", YTD, "100.75 billion", E_EXIM, partner=RU),
        fact(CN, "balance", "value", -18.97e9, "USD", YTD, "18.97 billion", E_BAL, partner=RU),
        fact(CN, "exports", "growth", -21.9, "percent", OCT, "21.9", E_OCT, partner=RU),
        fact(CN, "exports", "value", 8.46e9, "USD", OCT, "8.46 billion", E_OCT, partner=RU),
        fact(CN, "exports", "growth", -20.8, "percent", SEP, "20.8", "September had seen a 20.8% drop", partner=RU),
        fact(CN, "imports", "growth", 2.4, "percent", OCT, "2.4", E_OCT_M, partner=RU),
        fact(CN, "imports", "value", 10.32e9, "USD", OCT, "10.32 billion", E_OCT_M, partner=RU),
        fact(CN, "imports", "rank", 1, "number", YTD, "largest",
             "Russia remained China's largest crude oil supplier, ahead of Saudi Arabia.", partner=RU, product=CRUDE),
        fact(CN, "imports", "quantity", 84.62e6, "tonnes", YTD, "84.62 million", E_CRUDE, partner=RU, product=CRUDE),
        fact(CN, "imports", "growth", -8.5, "percent", YTD, "8.5", E_CRUDE, partner=RU, product=CRUDE),
        fact(CN, "imports", "value", 294.6e9, "CNY", YTD, "294.6 billion", E_BILL, partner=RU, product=CRUDE),
        fact(CN, "imports", "value", 41.38e9, "USD", YTD, "41.38 billion", E_BILL, partner=RU, product=CRUDE),
        fact(CN, "imports", "growth", -10.4, "percent", YTD, "10.4", E_COAL, partner=RU, product="coal"),
        fact(CN, "imports", "quantity", 78.1e6, "tonnes", YTD, "78.1 million", E_COAL, partner=RU, product="coal"),
        fact(CN, "imports", "growth", 19.6, "percent", YTD, "19.6", E_LNG, partner=RU, product=LNG),
        fact(CN, "imports", "quantity", 7.12e6, "tonnes", YTD, "7.12 million", E_LNG, partner=RU, product=LNG),
        fact(CN, "exports", "growth", -46.8, "percent", YTD, "46.8", E_CARS, partner=RU, product="cars"),
        fact(CN, "exports", "value", 7.36e9, "USD", YTD, "7.36 billion", E_CARS, partner=RU, product="cars"),
        fact(CN, "exports", "quantity", 471600, "number", YTD, "471,600", "with volumes down to 471,600 vehicles",
             partner=RU, product="cars"),
        fact(CN, "exports", "rank", 1, "number", Y24, "biggest", E_CAR_RANK, partner=RU, product="cars"),
        fact(CN, "exports", "rank", 3, "number", YTD, "third", E_CAR_RANK, partner=RU, product="cars"),
        fact(CN, "total", "value", 244.8e9, "USD", Y24, "244.8 billion", "Trade hit a record $244.8 billion last year.",
             partner=RU),
        fact(CN, "total", "share", 3.5, "percent", YTD, "3.5",
             "Russia accounted for about 3.5% of China's total foreign trade in January-October.", partner=RU,
             qualifier="approx"),
    ],
}
