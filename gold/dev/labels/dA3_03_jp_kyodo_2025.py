from _fact import fact, period

Y = period(2025, 1, 12)
DEC = period(2025, 12)
JP = "Japan"
US = "United States"
E_LEAD = "Japan posted a goods trade deficit of 2,650.7 billion yen (about $17.1 billion)"
E_X = "Exports rose 3.1 percent to 110,448.0 billion yen"
E_M = "imports edged up 0.3 percent to 113,098.7 billion yen"
E_CHIP = "Shipments of semiconductors and other electronic components increased 11.2 percent to 6.84 trillion yen"
E_USX = "U.S.-bound exports fell 4.1 percent to 20,414.1 billion yen"
E_CAR = "Car exports to the United States dropped 11.4 percent to 5,340.9 billion yen in value"
E_USB = "leaving Japan with a surplus of 7,521.4 billion yen against its key ally, down 12.6 percent"
E_CN = "With China, Japan's largest trading partner, exports slipped 0.4 percent while imports, including personal computers and smartphones, rose 5.5 percent"
E_DEC = "Japan logged a trade surplus of 105.7 billion yen, 12.0 percent smaller than a year earlier"
E_DECX = "Exports grew 5.1 percent to 10,411.5 billion yen"
E_DEC_P = "Exports to the United States fell 11.0 percent in the month, while shipments to China rose 5.6 percent"

ARTICLE = {
    "id": "dA3_03_jp_kyodo_2025",
    "title": "Japan's trade deficit more than halves in 2025 as chip-related exports hit record",
    "publisher": "Kyodo",
    "published": "2026-01-22",
    "notes": [
        "Dateline 'Jan. 22' has no year; the text states the data year 2025. Published 2026-01-22 (the Thursday the full-year data came out).",
        "Japan's customs-cleared trade is goods: product null for the totals.",
        "'2,650.7 billion yen (about $17.1 billion)': a JPY fact and a USD fact (approx). The parser finds no cue between "
        "'2,650.7 billion' and '17.1 billion' and reads the USD deficit positive: parser limitation, label kept.",
        "'the shortfall shrank 52.9 percent': growth of the deficit follows its verb, -52.9.",
        "'fifth straight year', 'first decline in five years', 'since ... 1979': streaks and years, out.",
        "'only 1.1 percent in volume terms' (cars to the US): volume growth beside value growth, out.",
        "Surplus with the US 'down 12.6 percent': balance growth -12.6, partner United States.",
        "'Japan's largest trading partner' (China): rank 1 of total trade, labelled.",
        "China exports/imports growth: partner China, full year 2025.",
        "December: 'topped 10 trillion yen' is a threshold for the same observation as the exact 10,411.5 billion yen: exact only.",
        "December surplus '12.0 percent smaller than a year earlier': growth -12.0; 'smaller' is not a cue word the parser knows, "
        "so it reads +12.0: parser limitation, label kept.",
        "Economist's expectation of about 1 percent export growth in 2026: forecast, out. Tariff rates (15, 27.5 percent): out.",
    ],
    "facts": [
        fact(JP, "balance", "value", -2650.7e9, "JPY", Y, "2,650.7 billion", E_LEAD),
        fact(JP, "balance", "value", -17.1e9, "USD", Y, "17.1 billion", E_LEAD, qualifier="approx"),
        fact(JP, "balance", "growth", -52.9, "percent", Y, "52.9", "the shortfall shrank 52.9 percent from the previous year"),
        fact(JP, "exports", "growth", 3.1, "percent", Y, "3.1", E_X),
        fact(JP, "exports", "value", 110448.0e9, "JPY", Y, "110,448.0 billion", E_X),
        fact(JP, "imports", "growth", 0.3, "percent", Y, "0.3", E_M),
        fact(JP, "imports", "value", 113098.7e9, "JPY", Y, "113,098.7 billion", E_M),
        fact(JP, "exports", "growth", 11.2, "percent", Y, "11.2", E_CHIP,
             product="semiconductors and other electronic components"),
        fact(JP, "exports", "value", 6.84e12, "JPY", Y, "6.84 trillion", E_CHIP,
             product="semiconductors and other electronic components"),
        fact(JP, "exports", "growth", 4.6, "percent", Y, "4.6",
             "Exports of chip-making equipment to China grew 4.6 percent", partner="China", product="chip-making equipment"),
        fact(JP, "exports", "growth", -4.1, "percent", Y, "4.1", E_USX, partner=US),
        fact(JP, "exports", "value", 20414.1e9, "JPY", Y, "20,414.1 billion", E_USX, partner=US),
        fact(JP, "exports", "growth", -11.4, "percent", Y, "11.4", E_CAR, partner=US, product="cars"),
        fact(JP, "exports", "value", 5340.9e9, "JPY", Y, "5,340.9 billion", E_CAR, partner=US, product="cars"),
        fact(JP, "imports", "growth", 1.6, "percent", Y, "1.6", "Imports from the United States grew 1.6 percent", partner=US),
        fact(JP, "balance", "value", 7521.4e9, "JPY", Y, "7,521.4 billion", E_USB, partner=US),
        fact(JP, "balance", "growth", -12.6, "percent", Y, "12.6", E_USB, partner=US),
        fact(JP, "total", "rank", 1, "number", Y, "largest", "China, Japan's largest trading partner", partner="China"),
        fact(JP, "exports", "growth", -0.4, "percent", Y, "0.4", E_CN, partner="China"),
        fact(JP, "imports", "growth", 5.5, "percent", Y, "5.5", E_CN, partner="China"),
        fact(JP, "balance", "value", -7914.7e9, "JPY", Y, "7,914.7 billion",
             "The deficit with China widened to 7,914.7 billion yen", partner="China"),
        fact(JP, "balance", "value", 105.7e9, "JPY", DEC, "105.7 billion", E_DEC),
        fact(JP, "balance", "growth", -12.0, "percent", DEC, "12.0", E_DEC),
        fact(JP, "exports", "growth", 5.1, "percent", DEC, "5.1", E_DECX),
        fact(JP, "exports", "value", 10411.5e9, "JPY", DEC, "10,411.5 billion", E_DECX),
        fact(JP, "imports", "growth", 5.3, "percent", DEC, "5.3", "imports increased 5.3 percent"),
        fact(JP, "exports", "growth", -11.0, "percent", DEC, "11.0", E_DEC_P, partner=US),
        fact(JP, "exports", "growth", 5.6, "percent", DEC, "5.6", E_DEC_P, partner="China"),
    ],
}
