from _fact import fact, period

JAN = period(2026, 1)
DEC = period(2025, 12)
JAN25 = period(2025, 1)
JP = "Japan"
US = "United States"
CHIPS = "semiconductors and other electronic components"

LEAD = "Exports rose 16.8% in January from a year earlier to 9.19 trillion yen"
DEC_EXP = "That followed a 5.1% increase in December"
IMP = "Imports fell 2.5% to 10.34 trillion yen"
BAL = "Japan ran a trade deficit of 1.15 trillion yen ($7.50 billion)"
BAL_25 = "the 2.76 trillion yen shortfall of January last year"
SA = "On a seasonally adjusted basis, exports climbed 3.7% from the previous month, while imports slipped 1.9%"
CHINA = "Exports to China, Japan's biggest trading partner, jumped 32.0% to 1.49 trillion yen"
CN_RANK = "China, Japan's biggest trading partner"
CHIP = "Shipments of semiconductors and other electronic components rose 39.6% overall"
CHIP_CN = "those bound for China leapt 51.7%"
SPE = "Chipmaking equipment exports increased 22.6%"
ASIA = "Asia-bound exports as a whole grew 25.8%"
USA = "Exports to the United States, Japan's second-largest trading partner, fell 5.0% in January, after an 11.1% drop in December"
US_RANK = "the United States, Japan's second-largest trading partner"
CARS_US = "Car shipments to the U.S. were down 9.8% in value terms"
CARS = "Car exports overall slipped 3.4%"
US_BAL = "Japan's trade surplus with the United States shrank 27.5% to 307.4 billion yen"
WEU = "Shipments to Western Europe were a bright spot, rising 29.6%"

ARTICLE = {
    "id": "dAD2_02_japan_exports_january_2026",
    "title": "Japan's January exports jump most in over 3 years on chip demand; US shipments fall again",
    "publisher": "Reuters",
    "published": "2026-02-18",
    "notes": [
        "Area Japan throughout (Ministry of Finance customs data); period January 2026 unless the text names "
        "December (2025) or 'January last year' (2025-01).",
        "'($7.50 billion)' after the yen deficit: the same observation in USD, a separate fact, qualifier approx "
        "(conversion at the stated $1 = 153.30 yen).",
        "'the 2.76 trillion yen shortfall of January last year': the January 2025 balance, its own fact.",
        "'On a seasonally adjusted basis, exports climbed 3.7% from the previous month, while imports slipped 1.9%': "
        "both basis mom (the frame covers the sentence).",
        "'China, Japan's biggest trading partner': rank 1, flow total; 'the United States, Japan's second-largest "
        "trading partner': rank 2, flow total; period January 2026 (the article's running period).",
        "'those bound for China leapt 51.7%': exports of semiconductors and other electronic components to China.",
        "'Car shipments to the U.S. were down 9.8% in value terms': product cars, partner United States.",
        "Out of scope, unlabelled: Reuters poll and median estimates (12.0%, 3.0%, 2.14 trillion yen); 'fifth straight "
        "month' and 'quickest pace in more than three years' (streak/milestone); 'the number of vehicles shipped rose "
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
