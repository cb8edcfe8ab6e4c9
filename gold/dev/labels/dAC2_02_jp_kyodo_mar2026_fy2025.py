from _fact import fact, period

MAR = period(2026, 3)
FY25 = {"start": "2025-04", "end": "2026-03"}
JP = "Japan"
US = "United States"

LEAD = "Japan posted a goods trade surplus of 667.0 billion yen ($4.2 billion) in March, up 25.9 percent from a year earlier"
TOTALS_EXP = "Exports rose 11.7 percent to 11.00 trillion yen"
TOTALS_IMP = "imports grew 10.9 percent to 10.34 trillion yen"
CHIPS = "Shipments of semiconductors and other electronic parts jumped 41.2 percent"
SME = "those of semiconductor manufacturing equipment rose 22.6 percent"
AUTOS = "Automobile exports, long the mainstay of the country's trade, fell 3.8 percent."
CRUDE = "purchases of crude oil surged 28.4 percent to 1.08 trillion yen"
US_BAL = "Japan's trade surplus with the United States shrank 22.3 percent to 740.5 billion yen"
US_EXP = "with exports to the country falling 4.6 percent to 1.77 trillion yen"
US_CARS = "as car shipments there dropped 9.5 percent"
US_IMP = "Imports from the United States rose 14.2 percent"
CN_EXP = "Exports to China, meanwhile, jumped 24.8 percent to 1.78 trillion yen"
CN_RANK = "overtaking U.S.-bound shipments to make the neighboring country Japan's largest export destination for the month"
CN_IMP = "Imports from China rose 6.1 percent to 2.09 trillion yen"
CN_BAL = "Imports from China rose 6.1 percent to 2.09 trillion yen, leaving Japan with a deficit of 312.6 billion yen in bilateral trade."
ASIA = "With Asia as a whole, including China, exports expanded 19.6 percent to 6.21 trillion yen."
FY_BAL = "For fiscal 2025, which ended in March, the country's trade deficit shrank 71.9 percent from the previous year to 1.46 trillion yen"
FY_EXP = "Exports increased 4.0 percent to a record 113.26 trillion yen"

ARTICLE = {
    "id": "dAC2_02_jp_kyodo_mar2026_fy2025",
    "title": "Japan logs 667 bil. yen trade surplus in March as chip exports surge",
    "publisher": "Kyodo",
    "published": "2026-04-22",
    "notes": [
        "Dateline 'TOKYO, April 22 Kyodo' has no year: the March figures are March 2026 (published 2026-04-22); 'fiscal 2025, which ended in March' is April 2025 to March 2026.",
        "Japan's figures are goods only (customs-cleared): product null for the totals.",
        "'($4.2 billion)' is the dollar conversion of the March surplus: a separate USD balance fact, qualifier approx.",
        "A surplus that 'shrank' (US, monthly) and a deficit that 'shrank' (fiscal 2025) both take negative growth, following the verb.",
        "'car shipments there' refers to exports to the United States: partner United States, product 'cars'. 'Automobile exports' (all destinations) are product 'automobiles'.",
        "'the neighboring country Japan's largest export destination for the month' = China: exports rank 1 for March 2026.",
        "'exports to the country' in the US paragraph = exports to the United States.",
        "'With Asia as a whole, including China' = partner Asia.",
        "Out of scope, unlabelled: '1979' (year); 'the second in a row' and 'a slim one in February' (streak; no number for February); 'the 12th consecutive monthly decline' and 'the fifth straight year in the red' (streaks); crude imports 'down 4.7 percent' in volume terms (volume growth beside value growth); the yen rate of 157.42 per dollar and its 5.8 percent fall (not a trade flow); the 15 percent U.S. tariff; 'the world's largest economy' (a descriptor of the United States, not a rank of Japan's trade); Takeda's expectation of double-digit export growth (forecast) and the 100 dollars a barrel crude price.",
        "Liquefied natural gas imports 'also increased' without a number: nothing labelled.",
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
