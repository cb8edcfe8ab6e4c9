from _fact import fact, period

Q1_Q3 = period(2025, 1, 9)
XJ = "Xinjiang"
CA = "Central Asia"

LEAD = (
    "Over the first three quarters of 2025, northwest China's Xinjiang Uygur Autonomous Region conducted 215.7 "
    "billion yuan (about 30.3 billion U.S. dollars) worth of trade with the five Central Asian countries, an increase"
    " of 16.8 percent year on year"
)
SHARE_CA = "Central Asia's share of Xinjiang's overall foreign trade stood at 54.9 percent"
TOTAL = (
    "Across January-September, Xinjiang's imports and exports combined reached 392.6 billion yuan, a 21.8 percent "
    "gain"
)
EXPORTS_IMPORTS = (
    "Xinjiang sold 176.4 billion yuan of goods to Central Asia, up 14.9 percent, and bought 39.3 billion yuan from "
    "the five countries, a jump of 27.5 percent, so its surplus with them came to 137.1 billion yuan"
)
KAZ_RANK = "With 48 percent of that trade, Kazakhstan was the largest trading partner Xinjiang had in the region"
KAZ_TRADE = "Exchanges with the Kazakh side climbed 12.4 percent to 103.52 billion yuan"
KYR_TRADE = "In second place was Kyrgyzstan, whose trade with Xinjiang rose 9.3 percent to 67.41 billion yuan"
KYR_EXPORTS = "64.9 billion yuan of it was Xinjiang's exports to the mountainous nation"
UZB = "Goods worth 24.83 billion yuan passed between Xinjiang and Uzbekistan, up 35.6 percent from a year before"
CARS = "Cars and trucks sold to the five countries rose 31.2 percent to 46.8 billion yuan"
HORGOS_VEHICLES = "over the nine months more than 310,000 vehicles were cleared for export at Horgos"
GARMENTS_MACHINERY = (
    "Sales of garment and footwear to the region fell 4.7 percent, whereas machinery exports expanded 18.5 percent"
)
IMPORT_GOODS = (
    "purchases of agricultural products from the five countries climbed 41.2 percent, while energy imports, chiefly "
    "crude oil and gas by pipeline, declined 3.1 percent"
)
KASHGAR = "Kashgar's ports, which look across the Pamirs toward Tajikistan and Kyrgyzstan, saw trade surge 26.4 percent"
FIRMS = "3,587 firms in the region recorded import and export activity"

ARTICLE = {
    "id": "dZ1_01_xinhua_xinjiang_central_asia_q1_q3",
    "title": "Xinjiang's Central Asia trade climbs 16.8 pct over first nine months",
    "publisher": "Xinhua",
    "published": "2025-10-24",
    "notes": [
        "Dateline 'Oct. 24' without a year; the running period is the first three quarters of 2025 (stated in the lead), "
        "so every figure is 2025-01..2025-09, including 'In those nine months', 'January-September' and 'over the nine months'.",
        "Partner for 'the five Central Asian countries', 'Central Asia', 'the five countries' and 'the region' (when it means "
        "Central Asia) is written 'Central Asia'. 'The region' elsewhere means Xinjiang itself ('3,587 firms in the "
        "region'); the reading follows the sentence: 'Sales of garment and footwear to the region' is "
        "Central Asia (paragraph opened by 'Among the goods Xinjiang sold to Central Asia, vehicles came first').",
        "'Xinjiang sold 176.4 billion yuan of goods to Central Asia' names Xinjiang (the area of the article).",
        "The USD conversion '(about 30.3 billion U.S. dollars)' is a separate fact, qualifier approx.",
        "'its surplus with them came to 137.1 billion yuan' is the balance with Central Asia (the sentence's partner).",
        "'the largest trading partner Xinjiang had in the region' is a stated rank of Kazakhstan (rank 1, flow total) although its "
        "scope is Central Asia; 'In second place was Kyrgyzstan' is rank 2 in the same ranking.",
        "'With 48 percent of that trade' is Kazakhstan's share of Xinjiang's trade with Central Asia: area Xinjiang, partner "
        "Kazakhstan, share 48.",
        "'Exchanges with the Kazakh side' are with Kazakhstan; 'the mountainous nation' is Kyrgyzstan; the Uzbekistan "
        "sentence names Xinjiang and Uzbekistan.",
        "'up 35.6 percent from a year before' is yoy growth of the Xinjiang-Uzbekistan trade.",
        "Goods restricted to Central Asia by their sentence or paragraph carry partner Central Asia: cars and trucks, "
        "garment and footwear, machinery (exports), agricultural products and energy (imports). Products in the text's "
        "words: 'cars and trucks', 'garment and footwear', 'machinery', 'agricultural products', 'energy'.",
        "Port figures are labelled with the port as the area (a guide question: the guide's area is 'the economy whose "
        "trade is measured'; a port's trade is the trade cleared there): Kashgar "
        "26.4 percent (total growth), and Horgos 'more than 310,000 vehicles were cleared for export' as a quantity of exports, product "
        "'vehicles', unit number, qualifier over.",
        "'China's busiest land crossing for auto exports' is a superlative of a port, not a trade-partner or area rank "
        "with a number: out.",
        "Out of scope, unlabelled: 'expanded five years running' (streak), the June summit, 'Over 5,600 freight "
        "trains' and 'roughly 5,100 a year before' (train departures), 'accounting for 96 percent of the increase' (contribution), the official's expectation of "
        "topping 500 billion yuan (forecast and milestone), Kazakhstan's 6.3 percent GDP growth (not trade).",
        "'3,587 firms in the region recorded import and export activity' is a count, segment 'foreign "
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
