from _fact import fact, period

NOV = period(2025, 11)
OCT = period(2025, 10)
FYTD = period(2025, 4, 11)
JP = "Japan"
US = "United States"
E_LEAD = ("Japan returned to a goods trade surplus in November for the first time in five months, posting 322.3 billion "
          "yen ($2.08 billion)")
E_XM = ("exports up 6.1 percent from a year earlier at 9.71 trillion yen, the third month in a row of growth, driven by "
        "semiconductors and other electronic parts bound for Asia, while imports grew 1.3 percent to 9.39 trillion yen")
E_OCT = "put October's export growth at 3.6 percent and that month's deficit at 226.1 billion yen"
E_US_X = "U.S.-bound exports grew 8.8 percent to 1.82 trillion yen"
E_CARS = ("By value, car exports to the country increased 1.5 percent, their first rise since March, though auto parts "
          "shipments declined 4.2 percent.")
E_US_M = ("With imports from the United States up 7.1 percent at 1.08 trillion yen, mainly crude oil and grain, "
          "Japan's surplus with its security ally widened 11.3 percent to 739.8 billion yen.")
E_CN = ("Shipments to China, Japan's largest trading partner, fell 2.4 percent to 1.66 trillion yen on weaker sales of "
        "chip-making equipment and nonferrous metals, and imports from China increased 2.3 percent.")
E_ASIA = ("Exports to Asia overall, China included, rose 4.6 percent to 5.11 trillion yen and made up 52.6 percent of "
          "the total")
E_EU = "exports to the European Union jumped 19.6 percent to 959.4 billion yen"
E_ENERGY = "crude oil purchases fell 9.8 percent and liquefied natural gas 6.5 percent"
E_FY = ("In the first eight months of fiscal 2025, from April through November, Japan ran a trade deficit of 1.13 "
        "trillion yen, while exports rose 1.1 percent from a year earlier.")

ARTICLE = {
    "id": "dAN2_02_japan_trade_nov_2025",
    "title": "Japan back in the black for 1st time in 5 months as exports to U.S. recover",
    "publisher": "Kyodo",
    "published": "2025-12-17",
    "notes": [
        "Publisher and date from the dateline 'TOKYO, Dec. 17 (Kyodo)'; the year of November and October is 2025 from the date and 'fiscal 2025'.",
        "Japan's Finance Ministry figures are goods trade only: product null throughout, except named goods categories.",
        "Headline 'back in the black for 1st time in 5 months', 'for the first time in five months', 'first increase in eight months', 'third month in a row', 'first rise since March': streaks and milestones, out.",
        "'322.3 billion yen ($2.08 billion)': a JPY fact and a USD fact for the same balance; the bracket carries no 'about', so qualifier exact (a conversion, but no hedging word in the text).",
        "October figures ('October's export growth at 3.6 percent', 'that month's deficit at 226.1 billion yen') labelled with period 2025-10; growth yoy (Japan's releases compare with a year earlier and the paragraph gives no month-on-month cue).",
        "Car exports to the US 'by value ... increased 1.5 percent' and auto parts 'declined 4.2 percent': partner United States ('the country' in the previous sentence), products 'cars' and 'auto parts'.",
        "Volume growth of U.S.-bound car shipments (8.0 percent) beside value growth: out. Tariff rates 15 percent and 27.5 percent: out.",
        "Surplus with the US 739.8 billion yen and its growth 'widened 11.3 percent' (growth of a surplus, +11.3, yoy).",
        "'Japan's largest trading partner' for China: rank 1 of total trade, period November 2025 (the sentence's period), as the spec does for an appositive rank.",
        "Asia share 52.6 percent 'of the total' = share of Japan's total exports; partner 'Asia'.",
        "'crude oil purchases fell 9.8 percent and liquefied natural gas 6.5 percent': imports ('Among imports'), LNG inherits the fall, -6.5.",
        "Yen rate (153.80 per dollar, 1.2 percent weaker): exchange rate, not trade, out.",
        "Fiscal year to date: April-November 2025 (period 2025-04/2025-11): deficit 1.13 trillion yen and export growth 1.1 percent yoy.",
        "Economists' expectations for 2026 and the official's comment carry no numbers to label.",
    ],
    "facts": [
        fact(JP, "balance", "value", 322.3e9, "JPY", NOV, "322.3 billion", E_LEAD),
        fact(JP, "balance", "value", 2.08e9, "USD", NOV, "2.08 billion", E_LEAD),
        fact(JP, "exports", "growth", 6.1, "percent", NOV, "6.1", E_XM),
        fact(JP, "exports", "value", 9.71e12, "JPY", NOV, "9.71 trillion", E_XM),
        fact(JP, "imports", "growth", 1.3, "percent", NOV, "1.3", E_XM),
        fact(JP, "imports", "value", 9.39e12, "JPY", NOV, "9.39 trillion", E_XM),
        fact(JP, "exports", "growth", 3.6, "percent", OCT, "3.6", E_OCT),
        fact(JP, "balance", "value", -226.1e9, "JPY", OCT, "226.1 billion", E_OCT),
        fact(JP, "exports", "growth", 8.8, "percent", NOV, "8.8", E_US_X, partner=US),
        fact(JP, "exports", "value", 1.82e12, "JPY", NOV, "1.82 trillion", E_US_X, partner=US),
        fact(JP, "exports", "growth", 1.5, "percent", NOV, "1.5", E_CARS, partner=US, product="cars"),
        fact(JP, "exports", "growth", -4.2, "percent", NOV, "4.2", E_CARS, partner=US, product="auto parts"),
        fact(JP, "imports", "growth", 7.1, "percent", NOV, "7.1", E_US_M, partner=US),
        fact(JP, "imports", "value", 1.08e12, "JPY", NOV, "1.08 trillion", E_US_M, partner=US),
        fact(JP, "balance", "value", 739.8e9, "JPY", NOV, "739.8 billion", E_US_M, partner=US),
        fact(JP, "balance", "growth", 11.3, "percent", NOV, "11.3", E_US_M, partner=US),
        fact(JP, "total", "rank", 1, "number", NOV, "largest", E_CN, partner="China"),
        fact(JP, "exports", "growth", -2.4, "percent", NOV, "2.4", E_CN, partner="China"),
        fact(JP, "exports", "value", 1.66e12, "JPY", NOV, "1.66 trillion", E_CN, partner="China"),
        fact(JP, "imports", "growth", 2.3, "percent", NOV, "2.3", E_CN, partner="China"),
        fact(JP, "exports", "growth", 4.6, "percent", NOV, "4.6", E_ASIA, partner="Asia"),
        fact(JP, "exports", "value", 5.11e12, "JPY", NOV, "5.11 trillion", E_ASIA, partner="Asia"),
        fact(JP, "exports", "share", 52.6, "percent", NOV, "52.6", E_ASIA, partner="Asia"),
        fact(JP, "exports", "growth", 19.6, "percent", NOV, "19.6", E_EU, partner="European Union"),
        fact(JP, "exports", "value", 959.4e9, "JPY", NOV, "959.4 billion", E_EU, partner="European Union"),
        fact(JP, "imports", "growth", -9.8, "percent", NOV, "9.8", E_ENERGY, product="crude oil"),
        fact(JP, "imports", "growth", -6.5, "percent", NOV, "6.5", E_ENERGY, product="liquefied natural gas"),
        fact(JP, "balance", "value", -1.13e12, "JPY", FYTD, "1.13 trillion", E_FY),
        fact(JP, "exports", "growth", 1.1, "percent", FYTD, "1.1", E_FY),
    ],
}
