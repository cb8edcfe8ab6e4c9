from _fact import fact, period

CN = "China"
LA = "Latin America"
BR = "Brazil"
JO = period(2026, 1, 10)

BRAZIL_TRADE = "China-Brazil trade grew 4.6 percent to 1.19 trillion yuan in the 10-month period"
BRAZIL_FLOWS = ("Brazilian goods worth 763.8 billion yuan flowed to China while Chinese sales to Brazil came to 426.3 "
                "billion yuan, shrinking China's deficit with the South American country by 6.2 percent to 337.5 "
                "billion yuan")
SOY = ("Brazil supplied 76.4 percent of all the soybeans China imported in January-October; at 74.5 million tons, "
       "China's purchases of Brazilian soybeans were 5.2 percent higher than a year before")
CRUDE = "Crude oil imports from Brazil rose 11.2 percent to 34.5 million tons"
MEXICO = "Chinese exports to Mexico fell 3.8 percent to 421.6 billion yuan"
COPPER = ("China imported 7.62 million tons of copper ore and concentrates from Chile in the first 10 months, 4.1 "
          "percent more than a year earlier")
CHILE = ("China absorbed 39.5 percent of Chile's exports, keeping it the Andean country's largest export market")
CARS = ("China shipped 1.12 million automobiles to Latin America in the January-October period, with their value "
        "rising 18.4 percent to 161.7 billion yuan")

ARTICLE = {
    "id": "dBP1_06",
    "title": "China-Latin America trade keeps its footing as soybeans, copper and cars flow both ways",
    "publisher": "Global Times",
    "published": "2026-11-24",
    "notes": [
        "Real figures: none (January-October 2026 has not happened). Modelled on GAC, Global Times, Xinhua and "
        "Yicai reporting on China's trade with Latin America, Brazil, Chile and Central Asia (2021-2025): Brazil as "
        "the biggest partner with a Chinese deficit, soybeans and crude oil from Brazil, copper concentrate from "
        "Chile, Mexico's tariffs of up to 50 percent on non-FTA countries from January 2026, the Chancay port "
        "(opened November 2024). The soybean figure is set so that its 5.2 percent growth starts from the reported "
        "January-October 2025 level (about 70.8 million tons). Invented: every 2026 figure. Derived and checked: "
        "1.79 + 1.47 = 3.26 trillion; base values implied by 7.9 and 3.4 percent give 5.8 percent total growth; "
        "3.26 / 7.12 = 0.458 trillion dollars; 763.8 + 426.3 = 1,190.1 billion (1.19 trillion); deficit 763.8 - "
        "426.3 = 337.5; 1.19 / 3.26 = 36.5 percent; 3.26 / 38.88 (China's January-October total implied by "
        "dBP1_04's Jan-Nov and November figures) = 8.4 percent; 74.5 / 0.764 = 97.5 million tons of soybean "
        "imports in all.",
        "Judgement calls: 'from January to October' with no year is January-October 2026 (publication date). "
        "Brazil's 36.5 percent is its share of China's trade with the region (area China, partner Brazil, share). "
        "'China was again Brazil's largest trading partner' and '29.3 percent of Brazilian exports' are Brazil's "
        "own data: area Brazil, partner China. Likewise Chile's 39.5 percent and 'largest export market': area "
        "Chile, partner China, flow exports. 'Brazilian soybeans' and 'copper ore and concentrates from Chile' "
        "are China's imports with partner Brazil/Chile; 'Brazil supplied 76.4 percent of all the soybeans China "
        "imported' is a share of China's soybean imports (partner Brazil). 'shipped 1.12 million automobiles' is "
        "a quantity in vehicles (unit number); 'their value rising 18.4 percent to 161.7 billion yuan' is the "
        "value of those car exports. The deficit with Brazil is a negative balance; 'shrinking ... by 6.2 percent' is "
        "its growth, -6.2. No rank of a partner within Latin America is written (the record could not say "
        "'within the region'), so the ranks are the unconditional ones seen from Brazil and Chile.",
        "Not facts: '2 percentage points faster' (derived comparison); '3.9 trillion yuan' (full-year forecast); "
        "'around 6.8 million tons' loaded in 'the first three weeks of November' (part of a month); '177 million "
        "tons' (crop forecast, not trade); 'up to 50 percent' (tariff rate); '7.12 per dollar' (exchange rate); "
        "'November 2024' (year); the headline has no figure.",
        "Copy check: 10 sentences searched, 0 reworded (no close match; the Brazil and soybean figures were "
        "changed afterwards because the first draft's 1.14 trillion and 28.6 percent coincided with real 2024 "
        "figures).",
        "Second check: 27 sentences searched, 2 reworded.",
    ],
    "facts": [
        fact(CN, "total", "value", 3.26e12, "CNY", JO, "3.26 trillion",
             "from January to October, China's trade with Latin America reached 3.26 trillion yuan", partner=LA),
        fact(CN, "total", "value", 458e9, "USD", JO, "$458 billion",
             "China's trade with Latin America reached 3.26 trillion yuan (about $458 billion)", partner=LA,
             qualifier="approx"),
        fact(CN, "total", "growth", 5.8, "percent", JO, "5.8",
             "China's trade with Latin America reached 3.26 trillion yuan (about $458 billion), up 5.8 percent "
             "year-on-year", partner=LA),
        fact(CN, "total", "share", 8.4, "percent", JO, "8.4",
             "the region's share of the country's total edged up to 8.4 percent", partner=LA),
        fact(CN, "exports", "growth", 7.9, "percent", JO, "7.9",
             "China's exports to Latin American countries jumped 7.9 percent to 1.79 trillion yuan", partner=LA),
        fact(CN, "exports", "value", 1.79e12, "CNY", JO, "1.79 trillion",
             "China's exports to Latin American countries jumped 7.9 percent to 1.79 trillion yuan", partner=LA),
        fact(CN, "imports", "growth", 3.4, "percent", JO, "3.4",
             "imports from the region rose at a gentler 3.4 percent to 1.47 trillion yuan", partner=LA),
        fact(CN, "imports", "value", 1.47e12, "CNY", JO, "1.47 trillion",
             "imports from the region rose at a gentler 3.4 percent to 1.47 trillion yuan", partner=LA),
        fact(CN, "total", "growth", 4.6, "percent", JO, "4.6", BRAZIL_TRADE, partner=BR),
        fact(CN, "total", "value", 1.19e12, "CNY", JO, "1.19 trillion", BRAZIL_TRADE, partner=BR),
        fact(CN, "total", "share", 36.5, "percent", JO, "36.5",
             BRAZIL_TRADE + ", equal to 36.5 percent of China's trade with the region", partner=BR),
        fact(CN, "imports", "value", 763.8e9, "CNY", JO, "763.8 billion",
             "Brazilian goods worth 763.8 billion yuan flowed to China", partner=BR),
        fact(CN, "exports", "value", 426.3e9, "CNY", JO, "426.3 billion",
             "Chinese sales to Brazil came to 426.3 billion yuan", partner=BR),
        fact(CN, "balance", "value", -337.5e9, "CNY", JO, "337.5 billion",
             "shrinking China's deficit with the South American country by 6.2 percent to 337.5 billion yuan", partner=BR),
        fact(CN, "balance", "growth", -6.2, "percent", JO, "6.2",
             "shrinking China's deficit with the South American country by 6.2 percent", partner=BR),
        fact(BR, "total", "rank", 1, "number", JO, "largest",
             "China was again Brazil's largest trading partner in the first 10 months", partner=CN),
        fact(BR, "exports", "share", 29.3, "percent", JO, "29.3",
             "China was again Brazil's largest trading partner in the first 10 months and took 29.3 percent of "
             "Brazilian exports", partner=CN),
        fact(CN, "imports", "quantity", 74.5e6, "tonnes", JO, "74.5 million", SOY, partner=BR, product="soybeans"),
        fact(CN, "imports", "growth", 5.2, "percent", JO, "5.2", SOY, partner=BR, product="soybeans"),
        fact(CN, "imports", "share", 76.4, "percent", JO, "76.4",
             "Brazil supplied 76.4 percent of all the soybeans China imported", partner=BR, product="soybeans"),
        fact(CN, "imports", "growth", 11.2, "percent", JO, "11.2", CRUDE, partner=BR, product="crude oil"),
        fact(CN, "imports", "quantity", 34.5e6, "tonnes", JO, "34.5 million", CRUDE, partner=BR, product="crude oil"),
        fact(CN, "exports", "growth", -3.8, "percent", JO, "3.8", MEXICO, partner="Mexico"),
        fact(CN, "exports", "value", 421.6e9, "CNY", JO, "421.6 billion", MEXICO, partner="Mexico"),
        fact(CN, "imports", "quantity", 7.62e6, "tonnes", JO, "7.62 million", COPPER, partner="Chile",
             product="copper ore and concentrates"),
        fact(CN, "imports", "growth", 4.1, "percent", JO, "4.1", COPPER, partner="Chile",
             product="copper ore and concentrates"),
        fact("Chile", "exports", "share", 39.5, "percent", JO, "39.5", CHILE, partner=CN),
        fact("Chile", "exports", "rank", 1, "number", JO, "largest", CHILE, partner=CN),
        fact(CN, "total", "growth", 9.7, "percent", JO, "9.7", "Trade with Peru climbed 9.7 percent", partner="Peru"),
        fact(CN, "exports", "quantity", 1.12e6, "number", JO, "1.12 million", CARS, partner=LA, product="automobiles"),
        fact(CN, "exports", "growth", 18.4, "percent", JO, "18.4", CARS, partner=LA, product="automobiles"),
        fact(CN, "exports", "value", 161.7e9, "CNY", JO, "161.7 billion", CARS, partner=LA, product="automobiles"),
    ],
}
