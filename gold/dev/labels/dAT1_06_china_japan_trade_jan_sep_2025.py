from _fact import fact, period

YTD = period(2025, 1, 9)
SEP = period(2025, 9)
CN = "China"
JP = "Japan"
SME = "semiconductor manufacturing equipment"
E_TOT = ("two-way trade at 1.64 trillion yuan (about 228.8 billion U.S. dollars) from January to September, a 2.6 "
         "percent year-on-year gain in yuan terms")
E_EXP = "Chinese exports to Japan grew 3.9 percent to 811.7 billion yuan"
E_IMP = "imports from Japan edged up 1.3 percent to 828.9 billion yuan"
E_USD = ("Chinese customs put exports to Japan at 113.2 billion dollars and imports from Japan at 115.6 billion dollars, "
         "leaving China with a deficit of 2.4 billion dollars (17.2 billion yuan)")
E_JX = "exports to China fell 1.8 percent to 13.62 trillion yen over the same nine months"
E_JM = "imports from China rose 2.3 percent to ¥18.94 trillion"
E_JBAL = "Japan therefore ran a 5.32 trillion yen deficit with China"
E_RANK = "China was still Japan's largest trading partner, with 20.3 percent of Japan's total trade in the period"
E_SEP_X = "In September, Japan's shipments to China rose 5.8 percent from a year earlier to 1.61 trillion yen"
E_SEP_M = "imports from China climbed 9.8 percent to 2.18 trillion yen"
E_SME = ("Japan's exports of semiconductor manufacturing equipment to China totaled 1.92 trillion yen in January-September, "
         "8.4 percent less than a year earlier")
E_SME_SH = "China still absorbed 38.5 percent of all such equipment Japan shipped abroad"
E_IC = "imports of integrated circuits from Japan rose 11.2 percent in the first three quarters"
E_JCAR = "Japanese automobile exports to China plunged 33.7 percent in the nine months"
E_CCAR = "exports of automobiles to Japan, mostly electric buses and compact EVs, climbed 38.6 percent to 4.17 billion yuan"

ARTICLE = {
    "id": "dAT1_06_china_japan_trade_jan_sep_2025",
    "title": "China-Japan trade edges up in first nine months, yet each side still books a deficit",
    "publisher": "Asia Trade Monitor",
    "published": "2025-10-23",
    "notes": [
        "Publisher and date from the byline 'By staff reporters | Asia Trade Monitor | October 23, 2025'.",
        "Article period: 'first nine months of 2025' = 2025-01..2025-09; 'from January to September', 'over the same nine "
        "months', 'in the period', 'January-September', 'the first three quarters' and 'the nine months' all carry it. "
        "'In September' is 2025-09.",
        "Two reporters of the same trade: figures from China's customs are area China, partner Japan; figures from "
        "Japan's Ministry of Finance are area Japan, partner China. The mirror flows (China's exports to Japan vs Japan's "
        "imports from China) are different observations and are labelled separately.",
        "'1.64 trillion yuan (about 228.8 billion U.S. dollars)': CNY fact exact, USD fact approx ('about'). The growth "
        "'2.6 percent year-on-year gain in yuan terms' is labelled once (percent carries no currency); the exports and imports growth "
        "rates 3.9 and 1.3 are likewise the yuan-terms rates, and no dollar-terms rates are given.",
        "Dollar values of China's exports and imports are separate USD facts (exact: stated by customs, not converted).",
        "'leaving China with a deficit of 2.4 billion dollars (17.2 billion yuan)': China balance with Japan -2.4e9 USD "
        "and -17.2e9 CNY (no 'about', exact); both agree with the stated flows (115.6 - 113.2, 828.9 - 811.7).",
        "Japan side: exports to China -1.8 growth and 13.62 trillion JPY; imports from China 2.3 and ¥18.94 trillion "
        "('¥' is JPY); 'ran a 5.32 trillion yen deficit with China' -> balance -5.32e12 JPY.",
        "'China was still Japan's largest trading partner, with 20.3 percent of Japan's total trade': area Japan, "
        "partner China, flow total, rank 1 and share 20.3.",
        "September: Japan's exports to China +5.8 and 1.61 trillion yen; imports from China +9.8 and 2.18 trillion yen "
        "(the 'imports from China' clause continues the Japanese subject of the sentence). 'the first increase in four "
        "months' is a streak: out.",
        "Chipmaking tools: 'semiconductor manufacturing equipment' exports to China 1.92 trillion yen, '8.4 percent less "
        "than a year earlier' -> -8.4; 'China still absorbed 38.5 percent of all such equipment Japan shipped abroad' is "
        "the share of Japan's exports of that product going to China: area Japan, partner China, exports, share 38.5. "
        "'since 2023' is a year: out.",
        "'imports of integrated circuits from Japan rose 11.2 percent' is reported from 'the Chinese side, customs data': "
        "area China, partner Japan, imports.",
        "Cars: 'Japanese automobile exports to China plunged 33.7 percent' -> area Japan, -33.7; Chinese customs 'exports "
        "of automobiles to Japan ... climbed 38.6 percent to 4.17 billion yuan' -> area China, growth and CNY value.",
        "Out: the explanation of the statistical mismatch (no figures); the economist's expectation of about 3 percent "
        "growth in the final quarter (forecast); the free trade talks (no figures); 7.5 million Chinese visitors (not a "
        "trade flow).",
    ],
    "facts": [
        fact(CN, "total", "value", 1.64e12, "CNY", YTD, "1.64 trillion", E_TOT, partner=JP),
        fact(CN, "total", "value", 228.8e9, "USD", YTD, "228.8 billion", E_TOT, partner=JP, qualifier="approx"),
        fact(CN, "total", "growth", 2.6, "percent", YTD, "2.6", E_TOT, partner=JP),
        fact(CN, "exports", "growth", 3.9, "percent", YTD, "3.9", E_EXP, partner=JP),
        fact(CN, "exports", "value", 811.7e9, "CNY", YTD, "811.7 billion", E_EXP, partner=JP),
        fact(CN, "imports", "growth", 1.3, "percent", YTD, "1.3", E_IMP, partner=JP),
        fact(CN, "imports", "value", 828.9e9, "CNY", YTD, "828.9 billion", E_IMP, partner=JP),
        fact(CN, "exports", "value", 113.2e9, "USD", YTD, "113.2 billion", E_USD, partner=JP),
        fact(CN, "imports", "value", 115.6e9, "USD", YTD, "115.6 billion", E_USD, partner=JP),
        fact(CN, "balance", "value", -2.4e9, "USD", YTD, "2.4 billion", E_USD, partner=JP),
        fact(CN, "balance", "value", -17.2e9, "CNY", YTD, "17.2 billion", E_USD, partner=JP),
        fact(JP, "exports", "growth", -1.8, "percent", YTD, "1.8", E_JX, partner=CN),
        fact(JP, "exports", "value", 13.62e12, "JPY", YTD, "13.62 trillion", E_JX, partner=CN),
        fact(JP, "imports", "growth", 2.3, "percent", YTD, "2.3", E_JM, partner=CN),
        fact(JP, "imports", "value", 18.94e12, "JPY", YTD, "18.94 trillion", E_JM, partner=CN),
        fact(JP, "balance", "value", -5.32e12, "JPY", YTD, "5.32 trillion", E_JBAL, partner=CN),
        fact(JP, "total", "rank", 1, "number", YTD, "largest", E_RANK, partner=CN),
        fact(JP, "total", "share", 20.3, "percent", YTD, "20.3", E_RANK, partner=CN),
        fact(JP, "exports", "growth", 5.8, "percent", SEP, "5.8", E_SEP_X, partner=CN),
        fact(JP, "exports", "value", 1.61e12, "JPY", SEP, "1.61 trillion", E_SEP_X, partner=CN),
        fact(JP, "imports", "growth", 9.8, "percent", SEP, "9.8", E_SEP_M, partner=CN),
        fact(JP, "imports", "value", 2.18e12, "JPY", SEP, "2.18 trillion", E_SEP_M, partner=CN),
        fact(JP, "exports", "value", 1.92e12, "JPY", YTD, "1.92 trillion", E_SME, partner=CN, product=SME),
        fact(JP, "exports", "growth", -8.4, "percent", YTD, "8.4", E_SME, partner=CN, product=SME),
        fact(JP, "exports", "share", 38.5, "percent", YTD, "38.5", E_SME_SH, partner=CN, product=SME),
        fact(CN, "imports", "growth", 11.2, "percent", YTD, "11.2", E_IC, partner=JP, product="integrated circuits"),
        fact(JP, "exports", "growth", -33.7, "percent", YTD, "33.7", E_JCAR, partner=CN, product="automobiles"),
        fact(CN, "exports", "growth", 38.6, "percent", YTD, "38.6", E_CCAR, partner=JP, product="automobiles"),
        fact(CN, "exports", "value", 4.17e9, "CNY", YTD, "4.17 billion", E_CCAR, partner=JP, product="automobiles"),
    ],
}
