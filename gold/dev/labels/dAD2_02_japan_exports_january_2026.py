from _fact import fact, period

JAN = period(2026, 1)
DEC = period(2025, 12)
JAN25 = period(2025, 1)
JP = "Japan"
US = "United States"
CHIPS = "semiconductors and other electronic components"

LEAD = "exports up 16.8% year on year in January at 9.19 trillion yen"
DEC_EXP = "after exports rose 5.1% in December"
IMP = "instead dropped 2.5% to 10.34 trillion yen"
BAL = "a trade deficit for Japan of 1.15 trillion yen ($7.50 billion)"
BAL_25 = "the 2.76 trillion yen deficit posted in January last year"
SA = "After seasonal adjustment, exports rose 3.7% on the previous month and imports fell 1.9%"
CHINA = "Shipments to China, the biggest trading partner of Japan, surged 32.0% to 1.49 trillion yen"
CN_RANK = "China, the biggest trading partner of Japan"
CHIP = "Exports of semiconductors and other electronic components climbed 39.6% in total"
CHIP_CN = "those headed for China up 51.7%"
SPE = "Shipments of chipmaking equipment grew 22.6%"
ASIA = "exports to Asia overall increased 25.8%"
USA = "Exports to the United States, the second-largest trading partner of Japan, declined 5.0% in January following an 11.1% fall in December"
US_RANK = "the United States, the second-largest trading partner of Japan"
CARS_US = "By value, car exports to the U.S. dropped 9.8%"
CARS = "Overall car exports fell 3.4%"
US_BAL = "Japan's surplus with the United States fell 27.5% to 307.4 billion yen"
WEU = "Western Europe offered a bright spot, with shipments there up 29.6%"

ARTICLE = {
    "id": "dAD2_02_japan_exports_january_2026",
    "title": "Chip demand lifts Japan's January exports by most in over 3 years as US-bound sales drop again",
    "publisher": "Reuters",
    "published": "2026-02-18",
    "notes": [
        "Area Japan throughout (Ministry of Finance customs data); period January 2026 unless the text names "
        "December (2025) or 'January last year' (2025-01).",
        "'($7.50 billion)' after the yen deficit: the same observation in USD, a separate fact, qualifier approx "
        "(conversion at the stated $1 = 153.30 yen).",
        "'the 2.76 trillion yen deficit posted in January last year': the January 2025 balance, its own fact.",
        "'After seasonal adjustment, exports rose 3.7% on the previous month and imports fell 1.9%': "
        "both basis mom (the frame covers the sentence).",
        "'China, the biggest trading partner of Japan': rank 1, flow total; 'the United States, the second-largest "
        "trading partner of Japan': rank 2, flow total; period January 2026 (the article's running period).",
        "'those headed for China up 51.7%': exports of semiconductors and other electronic components to China.",
        "'By value, car exports to the U.S. dropped 9.8%': product cars, partner United States.",
        "Out of scope, unlabelled: Reuters poll and median estimates (12.0%, 3.0%, 2.14 trillion yen); 'fifth consecutive "
        "month' and 'fastest rate in over three years' (streak/milestone); 'the number of vehicles shipped increased "
        "2.4%' (volume growth beside value growth); the 15% US duty (tariff rate); GDP 'annualised 0.4%'; "
        "the exchange rate line ($1 = 153.30 yen).",
    ],
    "facts": [
        fact(JP, "exports", "growth", 16.8, "percent", JAN, "16.8", LEAD),
        fact(JP, "exports", "value", 9.19e12, "JPY", JAN, "9.19 trillion", LEAD),
        fact(JP, "exports", "growth", 5.1, "percent", DEC, "5.1", DEC_EXP),
        fact(JP, "imports", "growth", -2.5, "percent", JAN, "2.5", IMP),
        fact(JP, "imports", "value", 10.34e12, "JPY", JAN, "10.34 trillion", IMP),
        fact(JP, "balance", "value", -1.15e12, "JPY", JAN, "1.15 trillion", BAL),
        fact(JP, "balance", "value", -7.50e9, "USD", JAN, "7.50 billion", BAL, qualifier="approx"),
        fact(JP, "balance", "value", -2.76e12, "JPY", JAN25, "2.76 trillion", BAL_25),
        fact(JP, "exports", "growth", 3.7, "percent", JAN, "3.7", SA, basis="mom"),
        fact(JP, "imports", "growth", -1.9, "percent", JAN, "1.9", SA, basis="mom"),
        fact(JP, "exports", "growth", 32.0, "percent", JAN, "32.0", CHINA, partner="China"),
        fact(JP, "exports", "value", 1.49e12, "JPY", JAN, "1.49 trillion", CHINA, partner="China"),
        fact(JP, "total", "rank", 1, "number", JAN, "biggest", CN_RANK, partner="China"),
        fact(JP, "exports", "growth", 39.6, "percent", JAN, "39.6", CHIP, product=CHIPS),
        fact(JP, "exports", "growth", 51.7, "percent", JAN, "51.7", CHIP_CN, partner="China", product=CHIPS),
        fact(JP, "exports", "growth", 22.6, "percent", JAN, "22.6", SPE, product="chipmaking equipment"),
        fact(JP, "exports", "growth", 25.8, "percent", JAN, "25.8", ASIA, partner="Asia"),
        fact(JP, "exports", "growth", -5.0, "percent", JAN, "5.0", USA, partner=US),
        fact(JP, "exports", "growth", -11.1, "percent", DEC, "11.1", USA, partner=US),
        fact(JP, "total", "rank", 2, "number", JAN, "second-largest", US_RANK, partner=US),
        fact(JP, "exports", "growth", -9.8, "percent", JAN, "9.8", CARS_US, partner=US, product="cars"),
        fact(JP, "exports", "growth", -3.4, "percent", JAN, "3.4", CARS, product="cars"),
        fact(JP, "balance", "growth", -27.5, "percent", JAN, "27.5", US_BAL, partner=US),
        fact(JP, "balance", "value", 307.4e9, "JPY", JAN, "307.4 billion", US_BAL, partner=US),
        fact(JP, "exports", "growth", 29.6, "percent", JAN, "29.6", WEU, partner="Western Europe"),
    ],
}
