from _fact import fact, period

AUG = period(2025, 8)
JUL = period(2025, 7)
YTD = period(2025, 1, 8)
JP = "Japan"
US = "United States"
E_LEAD = "with U.S.-bound shipments down 13.8 percent on the year at 1.39 trillion yen ($9.5 billion)"
E_AUTO = "By value, automobile exports to the United States were 28.4 percent lower"
E_JUL = "In July, exports to the U.S. had declined 10.1 percent."
E_US_IMP = "Aircraft purchases pushed imports from the United States up 11.6 percent to 1.06 trillion yen"
E_US_BAL = "As a result, Japan's surplus with its key security partner was 50.5 percent smaller, at 324.0 billion yen."
E_X = "Total exports to all destinations barely moved, slipping 0.1 percent to 8.43 trillion yen"
E_M = "Cheaper crude oil helped imports fall 5.2 percent to 8.67 trillion yen"
E_BAL = ("The overall balance showed a deficit of 242.5 billion yen, Japan's second consecutive month in the red, but "
         "that was 65.9 percent smaller than the shortfall a year earlier.")
E_CN_X = "China, the biggest trading partner for Japan, took 1.47 trillion yen of Japanese goods, down 0.5 percent"
E_CN_M = "Japan bought 2.01 trillion yen of Chinese goods, up 2.1 percent"
E_ASIA = ("Asia overall, China included, bought 4.46 trillion yen worth, a 1.6 percent increase that left the region "
          "with 52.9 percent of Japan's exports.")
E_EU = "lifted exports to the European Union by 5.5 percent to 801.3 billion yen"
E_ENERGY = ("Crude oil imports declined 20.4 percent to 712.3 billion yen as prices eased, while liquefied natural gas "
            "imports dropped 8.9 percent")
E_YTD = ("Across the first eight months of the year, the cumulative deficit was 2.56 trillion yen, 29.3 percent "
         "smaller than in January-August 2024.")

ARTICLE = {
    "id": "dAQ2_02_japan_trade_aug_2025",
    "title": "Tariff hit on autos drags Japan's U.S.-bound exports down 13.8% in August",
    "publisher": "Kyodo",
    "published": "2025-09-17",
    "notes": [
        "Dateline 'TOKYO, Sept. 17 (Kyodo)': published 2025-09-17; 'August' is August 2025, 'July' is July 2025.",
        "Headline 13.8% and the lead's 13.8 percent are one fact (exports to the US, August, yoy -13.8).",
        "'1.39 trillion yen ($9.5 billion)': a JPY fact and a USD fact for the same observation; the bracketed conversion carries no 'about', so qualifier exact.",
        "'By value, automobile exports to the United States were 28.4 percent lower': product automobiles, partner United States. 'the number of vehicles sent there fell 9.5 percent': volume growth beside value growth, out.",
        "'In July, exports to the U.S. had declined 10.1 percent': July 2025 exports to the US, growth -10.1 (a previous month's figure).",
        "'Japan's surplus with its key security partner was 50.5 percent smaller, at 324.0 billion yen': surplus with the US (positive balance; 'key security partner' = the United States), its growth follows the wording: -50.5, yoy by default.",
        "World deficit 242.5 billion yen (negative); '65.9 percent smaller than the shortfall a year earlier': growth of the deficit following its wording, -65.9. 'second consecutive month in the red' is a streak, out.",
        "Kyodo survey median (1.9 percent drop, 513.6 billion yen deficit): forecasts, out.",
        "'the biggest trading partner for Japan' for China: rank 1 of total trade, labelled for August 2025 (the article's period; August exports plus imports with China exceed those with the US in the text).",
        "Asia exports 4.46 trillion yen, 'left the region with 52.9 percent of Japan's exports': share of exports, partner Asia.",
        "'Crude oil imports declined 20.4 percent ... while liquefied natural gas imports dropped 8.9 percent': LNG 'dropped' -> -8.9; both imports, yoy.",
        "Exchange rates (147.52, 146.26 yen per dollar), tariff rates (27.5, 15, 2.5 percent), GDP forecast (1.1 percent), 'the fifth monthly decline in a row': out.",
        "January-August deficit 2.56 trillion yen (negative), '29.3 percent smaller than in January-August 2024': growth of the deficit -29.3, yoy; period 2025-01/2025-08.",
    ],
    "facts": [
        fact(JP, "exports", "growth", -13.8, "percent", AUG, "13.8", E_LEAD, partner=US),
        fact(JP, "exports", "value", 1.39e12, "JPY", AUG, "1.39 trillion", E_LEAD, partner=US),
        fact(JP, "exports", "value", 9.5e9, "USD", AUG, "9.5 billion", E_LEAD, partner=US),
        fact(JP, "exports", "growth", -28.4, "percent", AUG, "28.4", E_AUTO, partner=US, product="automobiles"),
        fact(JP, "exports", "growth", -10.1, "percent", JUL, "10.1", E_JUL, partner=US),
        fact(JP, "imports", "growth", 11.6, "percent", AUG, "11.6", E_US_IMP, partner=US),
        fact(JP, "imports", "value", 1.06e12, "JPY", AUG, "1.06 trillion", E_US_IMP, partner=US),
        fact(JP, "balance", "growth", -50.5, "percent", AUG, "50.5", E_US_BAL, partner=US),
        fact(JP, "balance", "value", 324.0e9, "JPY", AUG, "324.0 billion", E_US_BAL, partner=US),
        fact(JP, "exports", "growth", -0.1, "percent", AUG, "0.1", E_X),
        fact(JP, "exports", "value", 8.43e12, "JPY", AUG, "8.43 trillion", E_X),
        fact(JP, "imports", "growth", -5.2, "percent", AUG, "5.2", E_M),
        fact(JP, "imports", "value", 8.67e12, "JPY", AUG, "8.67 trillion", E_M),
        fact(JP, "balance", "value", -242.5e9, "JPY", AUG, "242.5 billion", E_BAL),
        fact(JP, "balance", "growth", -65.9, "percent", AUG, "65.9", E_BAL),
        fact(JP, "total", "rank", 1, "number", AUG, "biggest", E_CN_X, partner="China"),
        fact(JP, "exports", "growth", -0.5, "percent", AUG, "0.5", E_CN_X, partner="China"),
        fact(JP, "exports", "value", 1.47e12, "JPY", AUG, "1.47 trillion", E_CN_X, partner="China"),
        fact(JP, "imports", "growth", 2.1, "percent", AUG, "2.1", E_CN_M, partner="China"),
        fact(JP, "imports", "value", 2.01e12, "JPY", AUG, "2.01 trillion", E_CN_M, partner="China"),
        fact(JP, "exports", "growth", 1.6, "percent", AUG, "1.6", E_ASIA, partner="Asia"),
        fact(JP, "exports", "value", 4.46e12, "JPY", AUG, "4.46 trillion", E_ASIA, partner="Asia"),
        fact(JP, "exports", "share", 52.9, "percent", AUG, "52.9", E_ASIA, partner="Asia"),
        fact(JP, "exports", "growth", 5.5, "percent", AUG, "5.5", E_EU, partner="European Union"),
        fact(JP, "exports", "value", 801.3e9, "JPY", AUG, "801.3 billion", E_EU, partner="European Union"),
        fact(JP, "imports", "growth", -20.4, "percent", AUG, "20.4", E_ENERGY, product="crude oil"),
        fact(JP, "imports", "value", 712.3e9, "JPY", AUG, "712.3 billion", E_ENERGY, product="crude oil"),
        fact(JP, "imports", "growth", -8.9, "percent", AUG, "8.9", E_ENERGY, product="liquefied natural gas"),
        fact(JP, "balance", "value", -2.56e12, "JPY", YTD, "2.56 trillion", E_YTD),
        fact(JP, "balance", "growth", -29.3, "percent", YTD, "29.3", E_YTD),
    ],
}
