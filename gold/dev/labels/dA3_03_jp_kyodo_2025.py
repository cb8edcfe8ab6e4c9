from _fact import fact, period

Y = period(2025, 1, 12)
DEC = period(2025, 12)
JP = "Japan"
US = "United States"
E_LEAD = "the country still ended the year in a deficit of 2,650.7 billion yen (about $17.1 billion)"
E_X = "exports at 110,448.0 billion yen, up 3.1 percent"
E_M = "Imports grew a marginal 0.3 percent to 113,098.7 billion yen"
E_CHIP = "exports of semiconductors and other electronic components climbed 11.2 percent to 6.84 trillion yen"
E_USX = "shipments to the United States declined 4.1 percent to 20,414.1 billion yen"
E_CAR = "car exports to the United States slid 11.4 percent to 5,340.9 billion yen"
E_USB = "Japan's surplus with the United States, its closest ally, stood at 7,521.4 billion yen, down 12.6 percent"
E_CN = "Exports to China, the largest trading partner of Japan, eased 0.4 percent, while imports from China, personal computers and smartphones among them, increased 5.5 percent"
E_DEC = "Japan ran a surplus of 105.7 billion yen, down 12.0 percent from a year before"
E_DECX = "Exports advanced 5.1 percent to 10,411.5 billion yen"
E_DEC_P = "December exports to the United States declined 11.0 percent, whereas those to China gained 5.6 percent"

ARTICLE = {
    "id": "dA3_03_jp_kyodo_2025",
    "title": "Record chip-related exports cut Japan's 2025 trade deficit by more than half",
    "publisher": "Kyodo",
    "published": "2026-01-22",
    "notes": [
        "Dateline 'Jan. 22' has no year; the text states the data year 2025. Published 2026-01-22 (the Thursday the full-year data came out).",
        "Japan's customs-cleared trade is goods: product null for the totals.",
        "'2,650.7 billion yen (about $17.1 billion)': a JPY fact and a USD fact (approx). The parser finds no cue between "
        "'2,650.7 billion' and '17.1 billion' and reads the USD deficit positive: parser limitation, label kept.",
        "'gap narrow 52.9 percent': growth of the deficit follows its verb, -52.9.",
        "'fifth consecutive year', 'first drop in five years', 'since comparable records began in 1979': streaks and years, out.",
        "'volumes fell just 1.1 percent' (cars to the US): volume growth beside value growth, out.",
        "Surplus with the US 'down 12.6 percent': balance growth -12.6, partner United States.",
        "'the largest trading partner of Japan' (China): rank 1 of total trade, labelled.",
        "China exports/imports growth: partner China, full year 2025.",
        "December: 'exceeding 10 trillion yen' is a threshold for the same observation as the exact 10,411.5 billion yen: exact only.",
        "December surplus 'down 12.0 percent from a year before': growth -12.0.",
        "Economist's expectation of about 1 percent export growth in 2026: forecast, out. Tariff rates (15, 27.5 percent): out.",
    ],
    "facts": [
        fact(JP, "balance", "value", -2650.7e9, "JPY", Y, "2,650.7 billion", E_LEAD),
        fact(JP, "balance", "value", -17.1e9, "USD", Y, "17.1 billion", E_LEAD, qualifier="approx"),
        fact(JP, "balance", "growth", -52.9, "percent", Y, "52.9", "Japan's goods trade gap narrow 52.9 percent from the year before"),
        fact(JP, "exports", "growth", 3.1, "percent", Y, "3.1", E_X),
        fact(JP, "exports", "value", 110448.0e9, "JPY", Y, "110,448.0 billion", E_X),
        fact(JP, "imports", "growth", 0.3, "percent", Y, "0.3", E_M),
        fact(JP, "imports", "value", 113098.7e9, "JPY", Y, "113,098.7 billion", E_M),
        fact(JP, "exports", "growth", 11.2, "percent", Y, "11.2", E_CHIP,
             product="semiconductors and other electronic components"),
        fact(JP, "exports", "value", 6.84e12, "JPY", Y, "6.84 trillion", E_CHIP,
             product="semiconductors and other electronic components"),
        fact(JP, "exports", "growth", 4.6, "percent", Y, "4.6",
             "Chip-making equipment sent to China rose 4.6 percent", partner="China", product="chip-making equipment"),
        fact(JP, "exports", "growth", -4.1, "percent", Y, "4.1", E_USX, partner=US),
        fact(JP, "exports", "value", 20414.1e9, "JPY", Y, "20,414.1 billion", E_USX, partner=US),
        fact(JP, "exports", "growth", -11.4, "percent", Y, "11.4", E_CAR, partner=US, product="cars"),
        fact(JP, "exports", "value", 5340.9e9, "JPY", Y, "5,340.9 billion", E_CAR, partner=US, product="cars"),
        fact(JP, "imports", "growth", 1.6, "percent", Y, "1.6", "Purchases from the United States increased 1.6 percent", partner=US),
        fact(JP, "balance", "value", 7521.4e9, "JPY", Y, "7,521.4 billion", E_USB, partner=US),
        fact(JP, "balance", "growth", -12.6, "percent", Y, "12.6", E_USB, partner=US),
        fact(JP, "total", "rank", 1, "number", Y, "largest", "China, the largest trading partner of Japan", partner="China"),
        fact(JP, "exports", "growth", -0.4, "percent", Y, "0.4", E_CN, partner="China"),
        fact(JP, "imports", "growth", 5.5, "percent", Y, "5.5", E_CN, partner="China"),
        fact(JP, "balance", "value", -7914.7e9, "JPY", Y, "7,914.7 billion",
             "That pushed Japan's deficit with China up to 7,914.7 billion yen", partner="China"),
        fact(JP, "balance", "value", 105.7e9, "JPY", DEC, "105.7 billion", E_DEC),
        fact(JP, "balance", "growth", -12.0, "percent", DEC, "12.0", E_DEC),
        fact(JP, "exports", "growth", 5.1, "percent", DEC, "5.1", E_DECX),
        fact(JP, "exports", "value", 10411.5e9, "JPY", DEC, "10,411.5 billion", E_DECX),
        fact(JP, "imports", "growth", 5.3, "percent", DEC, "5.3", "imports were up 5.3 percent"),
        fact(JP, "exports", "growth", -11.0, "percent", DEC, "11.0", E_DEC_P, partner=US),
        fact(JP, "exports", "growth", 5.6, "percent", DEC, "5.6", E_DEC_P, partner="China"),
    ],
}
