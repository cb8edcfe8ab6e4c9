from _fact import fact, period

MAR = period(2026, 3)
FY25 = {"start": "2025-04", "end": "2026-03"}
JP = "Japan"
US = "United States"

LEAD = "leaving the country with a 667.0 billion yen ($4.2 billion) surplus in goods trade, 25.9 percent bigger than a year before"
TOTALS_EXP = "exports increased 11.7 percent to 11.00 trillion yen"
TOTALS_IMP = "imports advanced 10.9 percent to 10.34 trillion yen"
CHIPS = "Exports of semiconductors and other electronic parts surged 41.2 percent"
SME = "semiconductor manufacturing equipment shipments increased 22.6 percent"
AUTOS = "Automobile shipments, for decades the core of the country's trade, declined 3.8 percent."
CRUDE = "Imports of crude oil jumped 28.4 percent to 1.08 trillion yen"
US_BAL = "Japan's surplus with the United States contracted 22.3 percent to 740.5 billion yen"
US_EXP = "Exports to the country decreased 4.6 percent to 1.77 trillion yen"
US_CARS = "with car shipments there sliding 9.5 percent"
US_IMP = "Purchases from the United States increased 14.2 percent"
CN_EXP = "Shipments to China, by contrast, surged 24.8 percent to 1.78 trillion yen"
CN_RANK = "exceeding those bound for the United States and making Japan's neighbor its largest export destination in March"
CN_IMP = "Imports from China increased 6.1 percent to 2.09 trillion yen"
CN_BAL = "Imports from China increased 6.1 percent to 2.09 trillion yen, which meant Japan ran a 312.6 billion yen deficit in two-way trade with the country."
ASIA = "Exports to Asia overall, China included, grew 19.6 percent to 6.21 trillion yen."
FY_BAL = "In fiscal 2025, the year through March, Japan's trade deficit narrowed 71.9 percent from a year earlier to 1.46 trillion yen"
FY_EXP = "Full-year exports grew 4.0 percent to an all-time high of 113.26 trillion yen"

ARTICLE = {
    "id": "dAC2_02_jp_kyodo_mar2026_fy2025",
    "title": "Chip export boom gives Japan 667 bil. yen trade surplus in March",
    "publisher": "Kyodo",
    "published": "2026-04-22",
    "notes": [
        "Dateline 'TOKYO, April 22 Kyodo' has no year: the March figures are March 2026 (published 2026-04-22); 'fiscal 2025, the year through March' is April 2025 to March 2026.",
        "Japan's figures are goods only (customs-cleared): product null for the totals.",
        "'($4.2 billion)' is the dollar conversion of the March surplus: a separate USD balance fact, qualifier approx.",
        "A surplus that 'contracted' (US, monthly) and a deficit that 'narrowed' (fiscal 2025) both take negative growth, following the verb.",
        "'car shipments there' refers to exports to the United States: partner United States, product 'cars'. 'Automobile shipments' (all destinations) are product 'automobiles'.",
        "'making Japan's neighbor its largest export destination in March' = China: exports rank 1 for March 2026.",
        "'Exports to the country' in the US paragraph = exports to the United States.",
        "'Exports to Asia overall, China included' = partner Asia.",
        "Out of scope, unlabelled: '1979' (year); 'a second straight month in the black' and 'a narrow surplus in February' (streak; no number for February); 'down for a 12th straight month' and 'five consecutive years of shortfalls' (streaks); crude imports 'dropped 4.7 percent' measured by volume (volume growth beside value growth); the yen rate of 157.42 per dollar and its 5.8 percent fall (not a trade flow); the 15 percent U.S. tariff; 'the world's largest economy' (a descriptor of the United States, not a rank of Japan's trade); the economist's expectation of double-digit export growth (forecast) and the 100 dollars a barrel crude price.",
        "Liquefied natural gas imports 'rose as well' without a number: nothing labelled.",
    ],
    "facts": [
        fact(JP, "balance", "value", 667.0e9, "JPY", MAR, "667.0 billion", LEAD),
        fact(JP, "balance", "value", 4.2e9, "USD", MAR, "4.2 billion", LEAD, qualifier="approx"),
        fact(JP, "balance", "growth", 25.9, "percent", MAR, "25.9", LEAD),
        fact(JP, "exports", "growth", 11.7, "percent", MAR, "11.7", TOTALS_EXP),
        fact(JP, "exports", "value", 11.00e12, "JPY", MAR, "11.00 trillion", TOTALS_EXP),
        fact(JP, "imports", "growth", 10.9, "percent", MAR, "10.9", TOTALS_IMP),
        fact(JP, "imports", "value", 10.34e12, "JPY", MAR, "10.34 trillion", TOTALS_IMP),
        fact(JP, "exports", "growth", 41.2, "percent", MAR, "41.2", CHIPS, product="semiconductors and other electronic parts"),
        fact(JP, "exports", "growth", 22.6, "percent", MAR, "22.6", SME, product="semiconductor manufacturing equipment"),
        fact(JP, "exports", "growth", -3.8, "percent", MAR, "3.8", AUTOS, product="automobiles"),
        fact(JP, "imports", "growth", 28.4, "percent", MAR, "28.4", CRUDE, product="crude oil"),
        fact(JP, "imports", "value", 1.08e12, "JPY", MAR, "1.08 trillion", CRUDE, product="crude oil"),
        fact(JP, "balance", "growth", -22.3, "percent", MAR, "22.3", US_BAL, partner=US),
        fact(JP, "balance", "value", 740.5e9, "JPY", MAR, "740.5 billion", US_BAL, partner=US),
        fact(JP, "exports", "growth", -4.6, "percent", MAR, "4.6", US_EXP, partner=US),
        fact(JP, "exports", "value", 1.77e12, "JPY", MAR, "1.77 trillion", US_EXP, partner=US),
        fact(JP, "exports", "growth", -9.5, "percent", MAR, "9.5", US_CARS, partner=US, product="cars"),
        fact(JP, "imports", "growth", 14.2, "percent", MAR, "14.2", US_IMP, partner=US),
        fact(JP, "exports", "growth", 24.8, "percent", MAR, "24.8", CN_EXP, partner="China"),
        fact(JP, "exports", "value", 1.78e12, "JPY", MAR, "1.78 trillion", CN_EXP, partner="China"),
        fact(JP, "exports", "rank", 1, "number", MAR, "largest", CN_RANK, partner="China"),
        fact(JP, "imports", "growth", 6.1, "percent", MAR, "6.1", CN_IMP, partner="China"),
        fact(JP, "imports", "value", 2.09e12, "JPY", MAR, "2.09 trillion", CN_IMP, partner="China"),
        fact(JP, "balance", "value", -312.6e9, "JPY", MAR, "312.6 billion", CN_BAL, partner="China"),
        fact(JP, "exports", "growth", 19.6, "percent", MAR, "19.6", ASIA, partner="Asia"),
        fact(JP, "exports", "value", 6.21e12, "JPY", MAR, "6.21 trillion", ASIA, partner="Asia"),
        fact(JP, "balance", "growth", -71.9, "percent", FY25, "71.9", FY_BAL),
        fact(JP, "balance", "value", -1.46e12, "JPY", FY25, "1.46 trillion", FY_BAL),
        fact(JP, "exports", "growth", 4.0, "percent", FY25, "4.0", FY_EXP),
        fact(JP, "exports", "value", 113.26e12, "JPY", FY25, "113.26 trillion", FY_EXP),
    ],
}
