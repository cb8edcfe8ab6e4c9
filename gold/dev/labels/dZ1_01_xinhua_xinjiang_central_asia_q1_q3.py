from _fact import fact, period

Q1_Q3 = period(2025, 1, 9)
XJ = "Xinjiang"
CA = "Central Asia"

LEAD = (
    "Trade between northwest China's Xinjiang Uygur Autonomous Region and the five Central Asian countries reached "
    "215.7 billion yuan (about 30.3 billion U.S. dollars) in the first three quarters of 2025, up 16.8 percent year on year"
)
SHARE_CA = "Central Asia made up 54.9 percent of the region's foreign trade over the nine months"
TOTAL = "Xinjiang's total imports and exports climbed 21.8 percent to 392.6 billion yuan in January-September"
EXPORTS_IMPORTS = (
    "Its exports to Central Asia grew 14.9 percent to 176.4 billion yuan, while imports from the five countries surged "
    "27.5 percent to 39.3 billion yuan, leaving a surplus of 137.1 billion yuan"
)
KAZ_RANK = "Kazakhstan, Xinjiang's largest trading partner in the region, took 48 percent of that trade"
KAZ_TRADE = "Two-way trade with the neighboring country rose 12.4 percent to 103.52 billion yuan"
KYR_TRADE = "Kyrgyzstan came second, with trade of 67.41 billion yuan, up 9.3 percent"
KYR_EXPORTS = "Xinjiang shipped 64.9 billion yuan worth of goods to the mountainous country"
UZB = "The two sides exchanged 24.83 billion yuan worth of goods, 35.6 percent more than a year earlier"
CARS = "Exports of cars and trucks to the five countries jumped 31.2 percent to 46.8 billion yuan"
HORGOS_VEHICLES = "Horgos, on the Kazakh border, cleared more than 310,000 vehicles for export in the nine months"
GARMENTS_MACHINERY = (
    "Garment and footwear exports to the region slipped 4.7 percent, while machinery shipments grew 18.5 percent"
)
IMPORT_GOODS = (
    "agricultural products bought from the five countries rose 41.2 percent, and energy purchases, mainly pipeline gas "
    "and crude oil, fell 3.1 percent"
)
KASHGAR = (
    "Trade through the ports of Kashgar, which face Kyrgyzstan and Tajikistan across the Pamirs, jumped 26.4 percent"
)
FIRMS = "the number of firms with import and export records in the region reached 3,587"

ARTICLE = {
    "id": "dZ1_01_xinhua_xinjiang_central_asia_q1_q3",
    "title": "Xinjiang's trade with Central Asia up 16.8 pct in first three quarters",
    "publisher": "Xinhua",
    "published": "2025-10-24",
    "notes": [
        "Dateline 'Oct. 24' without a year; the running period is the first three quarters of 2025 (stated in the lead), "
        "so every figure is 2025-01..2025-09, including 'over the nine months', 'January-September' and 'in the nine months'.",
        "Partner for 'the five Central Asian countries', 'Central Asia', 'the five countries' and 'the region' (when it means "
        "Central Asia) is written 'Central Asia'. 'The region' elsewhere means Xinjiang itself ('the region's foreign "
        "trade', 'the region's trade'); the reading follows the sentence: 'Garment and footwear exports to the region' is "
        "Central Asia (paragraph opened by 'Vehicles led Xinjiang's sales to Central Asia').",
        "'Its exports to Central Asia' opens a paragraph: 'Its' is Xinjiang (the area of the article).",
        "The USD conversion '(about 30.3 billion U.S. dollars)' is a separate fact, qualifier approx.",
        "'leaving a surplus of 137.1 billion yuan' is the balance with Central Asia (the sentence's partner).",
        "'Xinjiang's largest trading partner in the region' is a stated rank of Kazakhstan (rank 1, flow total) although its "
        "scope is Central Asia; 'Kyrgyzstan came second' is rank 2 in the same ranking.",
        "'took 48 percent of that trade' is Kazakhstan's share of Xinjiang's trade with Central Asia: area Xinjiang, partner "
        "Kazakhstan, share 48.",
        "'Two-way trade with the neighboring country' is Kazakhstan; 'the mountainous country' is Kyrgyzstan; 'The two "
        "sides' are Xinjiang and Uzbekistan (the sentence before).",
        "'35.6 percent more than a year earlier' is yoy growth of the Xinjiang-Uzbekistan trade.",
        "Goods restricted to Central Asia by their sentence or paragraph carry partner Central Asia: cars and trucks, "
        "garment and footwear, machinery (exports), agricultural products and energy (imports). Products in the text's "
        "words: 'cars and trucks', 'garment and footwear', 'machinery', 'agricultural products', 'energy'.",
        "Port figures are labelled with the port as the area (a guide question: the guide's area is 'the economy whose "
        "trade is measured'; a port's trade is the trade cleared there): Kashgar "
        "26.4 percent (total growth), and Horgos 'more than 310,000 vehicles for export' as a quantity of exports, product "
        "'vehicles', unit number, qualifier over.",
        "'the country's busiest land port for auto exports' is a superlative of a port, not a trade-partner or area rank "
        "with a number: out.",
        "Out of scope, unlabelled: 'grown for five years in a row' (streak), the June summit, 'more than 5,600 freight "
        "trains' and 'about 5,100 a year earlier' (train departures), 'contributing 96 percent of the growth' (contribution), the official's expectation of "
        "topping 500 billion yuan (forecast and milestone), Kazakhstan's 6.3 percent GDP growth (not trade).",
        "'the number of firms with import and export records in the region reached 3,587' is a count, segment 'foreign "
        "trade enterprises', area Xinjiang.",
    ],
    "facts": [
        fact(XJ, "total", "value", 215.7e9, "CNY", Q1_Q3, "215.7 billion", LEAD, partner=CA),
        fact(XJ, "total", "value", 30.3e9, "USD", Q1_Q3, "30.3 billion", LEAD, partner=CA, qualifier="approx"),
        fact(XJ, "total", "growth", 16.8, "percent", Q1_Q3, "16.8", LEAD, partner=CA),
        fact(XJ, "total", "share", 54.9, "percent", Q1_Q3, "54.9", SHARE_CA, partner=CA),
        fact(XJ, "total", "growth", 21.8, "percent", Q1_Q3, "21.8", TOTAL),
        fact(XJ, "total", "value", 392.6e9, "CNY", Q1_Q3, "392.6 billion", TOTAL),
        fact(XJ, "exports", "growth", 14.9, "percent", Q1_Q3, "14.9", EXPORTS_IMPORTS, partner=CA),
        fact(XJ, "exports", "value", 176.4e9, "CNY", Q1_Q3, "176.4 billion", EXPORTS_IMPORTS, partner=CA),
        fact(XJ, "imports", "growth", 27.5, "percent", Q1_Q3, "27.5", EXPORTS_IMPORTS, partner=CA),
        fact(XJ, "imports", "value", 39.3e9, "CNY", Q1_Q3, "39.3 billion", EXPORTS_IMPORTS, partner=CA),
        fact(XJ, "balance", "value", 137.1e9, "CNY", Q1_Q3, "137.1 billion", EXPORTS_IMPORTS, partner=CA),
        fact(XJ, "total", "rank", 1, "number", Q1_Q3, "largest", KAZ_RANK, partner="Kazakhstan"),
        fact(XJ, "total", "share", 48, "percent", Q1_Q3, "48", KAZ_RANK, partner="Kazakhstan"),
        fact(XJ, "total", "growth", 12.4, "percent", Q1_Q3, "12.4", KAZ_TRADE, partner="Kazakhstan"),
        fact(XJ, "total", "value", 103.52e9, "CNY", Q1_Q3, "103.52 billion", KAZ_TRADE, partner="Kazakhstan"),
        fact(XJ, "total", "rank", 2, "number", Q1_Q3, "second", KYR_TRADE, partner="Kyrgyzstan"),
        fact(XJ, "total", "value", 67.41e9, "CNY", Q1_Q3, "67.41 billion", KYR_TRADE, partner="Kyrgyzstan"),
        fact(XJ, "total", "growth", 9.3, "percent", Q1_Q3, "9.3", KYR_TRADE, partner="Kyrgyzstan"),
        fact(XJ, "exports", "value", 64.9e9, "CNY", Q1_Q3, "64.9 billion", KYR_EXPORTS, partner="Kyrgyzstan"),
        fact(XJ, "total", "value", 24.83e9, "CNY", Q1_Q3, "24.83 billion", UZB, partner="Uzbekistan"),
        fact(XJ, "total", "growth", 35.6, "percent", Q1_Q3, "35.6", UZB, partner="Uzbekistan"),
        fact(XJ, "exports", "growth", 31.2, "percent", Q1_Q3, "31.2", CARS, partner=CA, product="cars and trucks"),
        fact(XJ, "exports", "value", 46.8e9, "CNY", Q1_Q3, "46.8 billion", CARS, partner=CA, product="cars and trucks"),
        fact("Horgos", "exports", "quantity", 310000, "number", Q1_Q3, "310,000", HORGOS_VEHICLES, product="vehicles",
             qualifier="over"),
        fact(XJ, "exports", "growth", -4.7, "percent", Q1_Q3, "4.7", GARMENTS_MACHINERY, partner=CA,
             product="garment and footwear"),
        fact(XJ, "exports", "growth", 18.5, "percent", Q1_Q3, "18.5", GARMENTS_MACHINERY, partner=CA, product="machinery"),
        fact(XJ, "imports", "growth", 41.2, "percent", Q1_Q3, "41.2", IMPORT_GOODS, partner=CA,
             product="agricultural products"),
        fact(XJ, "imports", "growth", -3.1, "percent", Q1_Q3, "3.1", IMPORT_GOODS, partner=CA, product="energy"),
        fact("Kashgar", "total", "growth", 26.4, "percent", Q1_Q3, "26.4", KASHGAR),
        fact(XJ, "total", "count", 3587, "number", Q1_Q3, "3,587", FIRMS, segment="foreign trade enterprises"),
    ],
}
