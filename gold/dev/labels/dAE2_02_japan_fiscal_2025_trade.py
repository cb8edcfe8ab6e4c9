from _fact import fact, period

FY = {"start": "2025-04", "end": "2026-03"}  # fiscal 2025, the year through March 2026
MAR = period(2026, 3)

LEAD = ("Japan's surplus in trade with the United States fell 24.8 percent from the previous year to 6.77 trillion "
        "yen ($43.7 billion)")
USX = ("shipments to the United States, still Japan's largest export destination, declined 8.8 percent to 19.62 "
       "trillion yen")
CARS_US = "Exports of cars to the U.S. tumbled 18.6 percent"
BAL = "Japan ran an overall trade deficit of 1.47 trillion yen"
BAL_G = "the shortfall shrank 71.8 percent on the year"
EXP = "Exports climbed 4.0 percent to an all-time high of 113.29 trillion yen"
CHIPS = "semiconductors and other electronic parts leading the way, up 11.6 percent at 6.93 trillion yen"
AUTOS = "Overall automobile exports edged down 4.9 percent"
IMP = "Imports grew a modest 0.5 percent, reaching 114.76 trillion yen"
ENERGY = "Crude oil imports declined 9.7 percent and liquefied natural gas imports decreased 11.3 percent"
ASIA = "Shipments to Asia increased 6.1 percent and made up 52.3 percent of all exports"
CHN = "Exports to China, which is Japan's largest trading partner, grew 3.4 percent to 19.31 trillion yen"
CHN_M = "Imports from China totaled 25.66 trillion yen"
CHN_B = "Japan ran a 6.35 trillion yen deficit with its neighbor"
MAR_B = ("For the single month of March, Japan's trade surplus rose 25.9 percent from a year before to 667.0 "
         "billion yen")
MAR_X = "Exports surged 11.7 percent to 11.00 trillion yen"
MAR_M = "imports grew 10.9 percent"

ARTICLE = {
    "id": "dAE2_02_japan_fiscal_2025_trade",
    "title": "Tariffs cut Japan's FY2025 surplus with U.S. by 24.8%",
    "publisher": "Kyodo",
    "published": "2026-04-22",
    "notes": [
        "Fiscal 2025 = April 2025 to March 2026 ('in fiscal 2025', 'In the year through March'): period 2025-04..2026-03 for every figure up to the 'For the single month of March' paragraph.",
        "'6.77 trillion yen ($43.7 billion)': a JPY fact and a separate approx USD fact for the same observation.",
        "Surplus 'fell 24.8 percent' -> -24.8; deficit 'shrank 71.8 percent' -> -71.8 (growth of a deficit follows its verb).",
        "'still Japan's largest export destination': rank 1 of exports to the United States. 'China, which is Japan's largest trading partner': rank 1 of total trade with China.",
        "'Exports of cars to the U.S.': product 'cars', partner United States; 'Overall automobile exports': product 'automobiles', world.",
        "'semiconductors and other electronic parts': product in the text's words.",
        "'made up 52.3 percent of all exports': share of exports to Asia in Japan's total exports.",
        "'Imports from China totaled 25.66 trillion yen': imports value, partner China; 'a 6.35 trillion yen deficit with its neighbor': balance with China (the neighbor refers back to China).",
        "March paragraph: period 2026-03; surplus 667.0 billion yen and its 25.9 percent rise (yoy, 'from a year before'); exports 11.00 trillion yen and +11.7; imports +10.9 (no value given).",
        "Out of scope, unlabelled: tariff rates (15, 27.5 and 2.5 percent); 'in the red for a fifth consecutive year' and 'the second month in a row with a surplus' (streaks); the economist's forecast of a deficit in April-June (no number); exchange rates 'around 155 per dollar' and 'about 149' (not trade flows). Imports from the U.S. are mentioned without a number. 'an all-time high' carries no extra number.",
    ],
    "facts": [
        fact("Japan", "balance", "value", 6.77e12, "JPY", FY, "6.77 trillion", LEAD, partner="United States"),
        fact("Japan", "balance", "value", 43.7e9, "USD", FY, "43.7 billion", LEAD, partner="United States", qualifier="approx"),
        fact("Japan", "balance", "growth", -24.8, "percent", FY, "24.8", LEAD, partner="United States"),
        fact("Japan", "exports", "value", 19.62e12, "JPY", FY, "19.62 trillion", USX, partner="United States"),
        fact("Japan", "exports", "growth", -8.8, "percent", FY, "8.8", USX, partner="United States"),
        fact("Japan", "exports", "rank", 1, "number", FY, "largest", USX, partner="United States"),
        fact("Japan", "exports", "growth", -18.6, "percent", FY, "18.6", CARS_US, partner="United States", product="cars"),
        fact("Japan", "balance", "value", -1.47e12, "JPY", FY, "1.47 trillion", BAL),
        fact("Japan", "balance", "growth", -71.8, "percent", FY, "71.8", BAL_G),
        fact("Japan", "exports", "value", 113.29e12, "JPY", FY, "113.29 trillion", EXP),
        fact("Japan", "exports", "growth", 4.0, "percent", FY, "4.0", EXP),
        fact("Japan", "exports", "value", 6.93e12, "JPY", FY, "6.93 trillion", CHIPS, product="semiconductors and other electronic parts"),
        fact("Japan", "exports", "growth", 11.6, "percent", FY, "11.6", CHIPS, product="semiconductors and other electronic parts"),
        fact("Japan", "exports", "growth", -4.9, "percent", FY, "4.9", AUTOS, product="automobiles"),
        fact("Japan", "imports", "value", 114.76e12, "JPY", FY, "114.76 trillion", IMP),
        fact("Japan", "imports", "growth", 0.5, "percent", FY, "0.5", IMP),
        fact("Japan", "imports", "growth", -9.7, "percent", FY, "9.7", ENERGY, product="crude oil"),
        fact("Japan", "imports", "growth", -11.3, "percent", FY, "11.3", ENERGY, product="liquefied natural gas"),
        fact("Japan", "exports", "growth", 6.1, "percent", FY, "6.1", ASIA, partner="Asia"),
        fact("Japan", "exports", "share", 52.3, "percent", FY, "52.3", ASIA, partner="Asia"),
        fact("Japan", "exports", "value", 19.31e12, "JPY", FY, "19.31 trillion", CHN, partner="China"),
        fact("Japan", "exports", "growth", 3.4, "percent", FY, "3.4", CHN, partner="China"),
        fact("Japan", "total", "rank", 1, "number", FY, "largest", CHN, partner="China"),
        fact("Japan", "imports", "value", 25.66e12, "JPY", FY, "25.66 trillion", CHN_M, partner="China"),
        fact("Japan", "balance", "value", -6.35e12, "JPY", FY, "6.35 trillion", CHN_B, partner="China"),
        fact("Japan", "balance", "value", 667.0e9, "JPY", MAR, "667.0 billion", MAR_B),
        fact("Japan", "balance", "growth", 25.9, "percent", MAR, "25.9", MAR_B),
        fact("Japan", "exports", "value", 11.00e12, "JPY", MAR, "11.00 trillion", MAR_X),
        fact("Japan", "exports", "growth", 11.7, "percent", MAR, "11.7", MAR_X),
        fact("Japan", "imports", "growth", 10.9, "percent", MAR, "10.9", MAR_M),
    ],
}
