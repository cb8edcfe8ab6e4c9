from _fact import fact, period

JP = "Japan"
US = "United States"
H1 = period(2025, 4, 9)
SEP = period(2025, 9)

E_LEAD = "Higher U.S. tariffs battered Japan's mainstay automobile trade in the first half of fiscal 2025, dragging shipments to the United States down 10.2 percent from a year earlier to 9.71 trillion yen ($64 billion)"
E_CAR = "By value, U.S.-bound car exports sank 22.7 percent to 2.39 trillion yen over April-September, according to the Finance Ministry's preliminary figures, whereas by volume they slipped just 2.4 percent to 662,914 units"
E_USBAL = "The surplus Japan runs with the United States, long a sore point in Washington, fell to 3.32 trillion yen, a drop of 22.6 percent."
E_USIMP = "Imports from the world's biggest economy declined 2.0 percent to 6.39 trillion yen."
E_BAL = "Across all its trading partners, Japan was in deficit by 1.22 trillion yen ($8.0 billion) for the six months through September, a shortfall 61.2 percent smaller than a year earlier"
E_TOT = "Smaller fuel bills pulled imports 3.2 percent lower to 54.88 trillion yen, and exports managed only a 0.2 percent gain to 53.65 trillion yen."
E_FUEL = "crude oil imports were down 15.7 percent and coal imports down 31.6 percent"
E_CNBAL = "With China, Japan's biggest trading partner, the country posted a deficit of 2.96 trillion yen."
E_CN = "Exports to China slipped 0.9 percent to 9.12 trillion yen, while imports from the country fell 1.8 percent to 12.08 trillion yen."
E_SEP = "In September by itself, the shortfall came to 234.6 billion yen ($1.5 billion)"
E_SEP2 = "Imports grew 3.3 percent to 9.65 trillion yen, outpacing a 4.2 percent rise in exports to 9.41 trillion yen."
E_SEP3 = "U.S.-bound exports, however, fell 13.3 percent for a sixth straight monthly decline, while exports to China grew 5.8 percent."

ARTICLE = {
    "id": "dBE2_02",
    "title": "Japan's exports to U.S. fall 10.2% in April-Sept. as car shipments slump on tariffs",
    "publisher": "Kyodo",
    "published": "2025-10-22",
    "notes": [
        "Figures for the world, the United States, cars, fuels and September come from real reporting of the Finance Ministry's preliminary April-September 2025 data (Kyodo, Jiji, China Daily); sentences are my own.",
        "The China figures for the fiscal half (2.96 trillion deficit, 9.12 and 12.08 trillion yen, -0.9 and -1.8 percent) are illustrative: I could not find the real half-year China numbers in the reference corpus. September's +5.8% to China is real.",
        "Fiscal first half of fiscal 2025 = April-September 2025 -> period 2025-04..2025-09; 'September by itself' paragraph -> 2025-09, and its next paragraph (U.S.-bound, China) stays in September.",
        "Dollar conversions in brackets with no hedge word ('($64 billion)', '($8.0 billion)', '($1.5 billion)') are separate USD facts, qualifier exact; the deficit conversions are negative.",
        "The surplus with the U.S. 'a drop of 22.6 percent' -> -22.6; the global deficit '61.2 percent smaller' (narrowed) -> -61.2.",
        "'Imports from the world's biggest economy' -> partner United States carried from the previous sentence.",
        "Vehicle count 662,914 units -> quantity, unit number, product cars, partner United States; its 2.4 percent fall is volume growth beside value growth and is not labelled.",
        "'China, Japan's biggest trading partner' -> rank 1 of total trade with China; period taken as the article's running period (the fiscal half).",
        "Not labelled: tariff rates (15, 27.5 percent), streaks ('ninth straight half-year', 'third month running', 'had not risen in the previous four months', 'sixth straight monthly decline'), EU exports rise (no number), the government's outlook.",
    ],
    "facts": [
        fact(JP, "exports", "growth", -10.2, "percent", H1, "10.2", E_LEAD, partner=US),
        fact(JP, "exports", "value", 9.71e12, "JPY", H1, "9.71 trillion", E_LEAD, partner=US),
        fact(JP, "exports", "value", 64e9, "USD", H1, "64 billion", E_LEAD, partner=US),
        fact(JP, "exports", "growth", -22.7, "percent", H1, "22.7", E_CAR, partner=US, product="cars"),
        fact(JP, "exports", "value", 2.39e12, "JPY", H1, "2.39 trillion", E_CAR, partner=US, product="cars"),
        fact(JP, "exports", "quantity", 662914, "number", H1, "662,914", E_CAR, partner=US, product="cars"),
        fact(JP, "balance", "growth", -22.6, "percent", H1, "22.6", E_USBAL, partner=US),
        fact(JP, "balance", "value", 3.32e12, "JPY", H1, "3.32 trillion", E_USBAL, partner=US),
        fact(JP, "imports", "growth", -2.0, "percent", H1, "2.0", E_USIMP, partner=US),
        fact(JP, "imports", "value", 6.39e12, "JPY", H1, "6.39 trillion", E_USIMP, partner=US),
        fact(JP, "balance", "value", -1.22e12, "JPY", H1, "1.22 trillion", E_BAL),
        fact(JP, "balance", "value", -8.0e9, "USD", H1, "8.0 billion", E_BAL),
        fact(JP, "balance", "growth", -61.2, "percent", H1, "61.2", E_BAL),
        fact(JP, "exports", "growth", 0.2, "percent", H1, "0.2", E_TOT),
        fact(JP, "exports", "value", 53.65e12, "JPY", H1, "53.65 trillion", E_TOT),
        fact(JP, "imports", "growth", -3.2, "percent", H1, "3.2", E_TOT),
        fact(JP, "imports", "value", 54.88e12, "JPY", H1, "54.88 trillion", E_TOT),
        fact(JP, "imports", "growth", -15.7, "percent", H1, "15.7", E_FUEL, product="crude oil"),
        fact(JP, "imports", "growth", -31.6, "percent", H1, "31.6", E_FUEL, product="coal"),
        fact(JP, "exports", "growth", 4.2, "percent", H1, "4.2",
             "shipments of semiconductors and other electronic parts rose 4.2 percent", product="semiconductors and other electronic parts"),
        fact(JP, "exports", "growth", -6.7, "percent", H1, "6.7", "automobile exports to all destinations were down 6.7 percent", product="automobiles"),
        fact(JP, "total", "rank", 1, "number", H1, "biggest", E_CNBAL, partner="China"),
        fact(JP, "balance", "value", -2.96e12, "JPY", H1, "2.96 trillion", E_CNBAL, partner="China"),
        fact(JP, "exports", "growth", -0.9, "percent", H1, "0.9", E_CN, partner="China"),
        fact(JP, "exports", "value", 9.12e12, "JPY", H1, "9.12 trillion", E_CN, partner="China"),
        fact(JP, "imports", "growth", -1.8, "percent", H1, "1.8", E_CN, partner="China"),
        fact(JP, "imports", "value", 12.08e12, "JPY", H1, "12.08 trillion", E_CN, partner="China"),
        fact(JP, "balance", "value", -234.6e9, "JPY", SEP, "234.6 billion", E_SEP),
        fact(JP, "balance", "value", -1.5e9, "USD", SEP, "1.5 billion", E_SEP),
        fact(JP, "imports", "growth", 3.3, "percent", SEP, "3.3", E_SEP2),
        fact(JP, "imports", "value", 9.65e12, "JPY", SEP, "9.65 trillion", E_SEP2),
        fact(JP, "exports", "growth", 4.2, "percent", SEP, "4.2", E_SEP2),
        fact(JP, "exports", "value", 9.41e12, "JPY", SEP, "9.41 trillion", E_SEP2),
        fact(JP, "exports", "growth", -13.3, "percent", SEP, "13.3", E_SEP3, partner=US),
        fact(JP, "exports", "growth", 5.8, "percent", SEP, "5.8", E_SEP3, partner="China"),
    ],
}
