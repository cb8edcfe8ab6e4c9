from _fact import fact, period

H1 = period(2025, 4, 9)
SEP = period(2025, 9)
JP = "Japan"
US = "United States"

E_H1 = "Japan posted a trade deficit of 1.22 trillion yen ($8.1 billion) in the first half of fiscal 2025"
E_TOT = "Imports dropped 3.2 percent to 54.88 trillion yen, outpacing a modest 0.2 percent rise in exports to 53.65 trillion yen"
E_US = ("Exports to the United States, Japan's biggest export destination, dropped 10.9 percent to 9.46 trillion yen, "
        "accounting for 17.6 percent of the total")
E_VEH = "Vehicle shipments to the country plunged 22.7 percent in value, and auto parts lost 14.8 percent"
E_CN = ("Shipments to China, Japan's largest trading partner, grew 0.9 percent to 9.07 trillion yen, helped by "
        "chip-making equipment, while imports from the country slipped to 12.21 trillion yen")
E_SME = "Exports of semiconductor manufacturing equipment jumped 15.8 percent to 2.62 trillion yen"
E_FUEL = "purchases of crude oil decreased 15.7 percent and coal 31.6 percent"
E_SEP = "Shipments abroad grew for the first time in five months, by 4.2 percent to 9.06 trillion yen"

ARTICLE = {
    "id": "dAV2_02_kyodo_japan_fy2025_h1",
    "title": "Japan logs 1.22 tril. yen trade deficit in April-Sept. as U.S. car shipments slump",
    "publisher": "Kyodo",
    "published": "2025-10-22",
    "notes": [
        "Publication date from the dateline 'TOKYO, Oct. 22 (Kyodo)' and 'showed Wednesday'; year 2025 from 'fiscal 2025'.",
        "The running period is the first half of fiscal 2025 = April-September 2025 (Japan's fiscal year starts in April) -> 2025-04..2025-09. Figures in paragraphs 2-10 are for that half; 'For the single month of September' and 'in the month' switch to 2025-09.",
        "The headline's 1.22 tril. yen deficit and the lede's are the same observation: labelled once (lede evidence).",
        "'($8.1 billion)' is the same H1 deficit in dollars: a separate USD fact; the text has no 'about', so qualifier exact.",
        "'The deficit ... narrowed 60.3 percent from a year earlier': growth of a deficit follows its verb -> -60.3.",
        "'Japan's biggest export destination' -> rank 1 of exports to the United States (period H1, the sentence's period). 'Japan's largest trading partner' -> rank 1 of total trade with China (period H1 by the running period; the descriptor itself names no period). 'the world's largest economy' is not a trade rank.",
        "'accounting for 17.6 percent of the total' -> share of Japan's exports going to the United States.",
        "'Vehicle shipments to the country' and 'auto parts' carry partner United States from the previous sentence ('the country'); product 'vehicles' and 'auto parts'. 'overall car exports shrank 6.7 percent' is to the world, product 'cars'.",
        "'imports from the country slipped to 12.21 trillion yen': 'the country' = China -> partner China. 'Japan's surplus with the world's largest economy' = United States.",
        "'and coal 31.6 percent' shares the verb 'decreased' -> -31.6, imports, product coal.",
        "'Exports to Asia as a whole, China included' -> partner 'Asia'.",
        "Out of scope: car export volume to the US (-3.2%, volume growth beside the value figure); the private-sector survey forecast 4.6 percent (poll); streaks ('third month running', 'first time in five months', 'sixth month in a row'); tariff rates 15 and 27.5 percent; the yen rate 146.04 and its 3.8 percent change; GDP 'around 1 percent'; the July-September quarter.",
    ],
    "facts": [
        fact(JP, "balance", "value", -1.22e12, "JPY", H1, "1.22 trillion", E_H1),
        fact(JP, "balance", "value", -8.1e9, "USD", H1, "8.1 billion", E_H1),
        fact(JP, "balance", "growth", -60.3, "percent", H1, "60.3",
             "The deficit for the April-September period narrowed 60.3 percent from a year earlier"),
        fact(JP, "exports", "growth", 0.2, "percent", H1, "0.2", E_TOT),
        fact(JP, "exports", "value", 53.65e12, "JPY", H1, "53.65 trillion", E_TOT),
        fact(JP, "imports", "growth", -3.2, "percent", H1, "3.2", E_TOT),
        fact(JP, "imports", "value", 54.88e12, "JPY", H1, "54.88 trillion", E_TOT),
        fact(JP, "exports", "rank", 1, "number", H1, "biggest", E_US, partner=US),
        fact(JP, "exports", "growth", -10.9, "percent", H1, "10.9", E_US, partner=US),
        fact(JP, "exports", "value", 9.46e12, "JPY", H1, "9.46 trillion", E_US, partner=US),
        fact(JP, "exports", "share", 17.6, "percent", H1, "17.6", E_US, partner=US),
        fact(JP, "exports", "growth", -22.7, "percent", H1, "22.7", E_VEH, partner=US, product="vehicles"),
        fact(JP, "exports", "growth", -14.8, "percent", H1, "14.8", E_VEH, partner=US, product="auto parts"),
        fact(JP, "balance", "value", 3.75e12, "JPY", H1, "3.75 trillion",
             "Japan's surplus with the world's largest economy shrank to 3.75 trillion yen", partner=US),
        fact(JP, "total", "rank", 1, "number", H1, "largest", E_CN, partner="China"),
        fact(JP, "exports", "growth", 0.9, "percent", H1, "0.9", E_CN, partner="China"),
        fact(JP, "exports", "value", 9.07e12, "JPY", H1, "9.07 trillion", E_CN, partner="China"),
        fact(JP, "imports", "value", 12.21e12, "JPY", H1, "12.21 trillion", E_CN, partner="China"),
        fact(JP, "balance", "value", -3.14e12, "JPY", H1, "3.14 trillion",
             "That left a deficit with China of 3.14 trillion yen", partner="China"),
        fact(JP, "exports", "value", 29.92e12, "JPY", H1, "29.92 trillion",
             "Exports to Asia as a whole, China included, totaled 29.92 trillion yen", partner="Asia"),
        fact(JP, "exports", "growth", -6.7, "percent", H1, "6.7",
             "overall car exports shrank 6.7 percent", product="cars"),
        fact(JP, "exports", "growth", 15.8, "percent", H1, "15.8", E_SME, product="semiconductor manufacturing equipment"),
        fact(JP, "exports", "value", 2.62e12, "JPY", H1, "2.62 trillion", E_SME, product="semiconductor manufacturing equipment"),
        fact(JP, "imports", "growth", -15.7, "percent", H1, "15.7", E_FUEL, product="crude oil"),
        fact(JP, "imports", "growth", -31.6, "percent", H1, "31.6", E_FUEL, product="coal"),
        fact(JP, "balance", "value", -234.6e9, "JPY", SEP, "234.6 billion",
             "For the single month of September, the balance stayed negative for a third month running, with a shortfall of 234.6 billion yen"),
        fact(JP, "exports", "growth", 4.2, "percent", SEP, "4.2", E_SEP),
        fact(JP, "exports", "value", 9.06e12, "JPY", SEP, "9.06 trillion", E_SEP),
        fact(JP, "exports", "growth", -13.3, "percent", SEP, "13.3",
             "U.S.-bound exports were down for a sixth month in a row, sliding 13.3 percent in the month", partner=US),
    ],
}
