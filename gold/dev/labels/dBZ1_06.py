from _fact import fact, period

CN = "China"
Y24 = period(2024, 1, 12)
Y23 = period(2023, 1, 12)
DEC = period(2024, 12)
NOV = period(2024, 11)
EXP_CNY = ("Export growth outpaced import growth, 7.1 percent against 2.3 percent, with outbound sales reaching "
           "CNY25.45 trillion and purchases from abroad CNY18.39 trillion")
EXP_USD = ("Of that, exports accounted for USD3.58 trillion, having expanded 5.9 percent, against USD2.59 trillion of imports, "
           "which edged 1.1 percent higher")
DEC_EXP = ("Economists had forecast growth of roughly 7 percent for December's dollar-denominated exports, but the "
           "month's shipments came to about USD336 billion, 10.7 percent more than a year earlier and a faster pace than "
           "the 6.7 percent seen in November")
DEC_IMP = "Imports, which had fallen 3.9 percent in November, also turned around in December with a 1 percent annual gain"
BRI = ("It was the first full year in which Belt and Road partner countries took more than half of China's trade: "
       "their share reached 50.3 percent as trade with them grew 6.4 percent to CNY22.07 trillion")
EU_US = ("Trade with the European Union and the United States came to CNY5.51 trillion and CNY4.88 trillion, "
         "increasing 1.6 percent and 4.9 percent, respectively")
CARS = "The country exported 6.41 million vehicles including chassis last year, 22.8 percent more than in 2023"

ARTICLE = {
    "id": "dBZ1_06",
    "title": "Exporters Racing Tariffs Drove China's Trade Surplus to Record USD992 Billion Last Year",
    "publisher": "Yicai",
    "published": "2025-01-14",
    "notes": [
        'Real figures (source, date): GAC release of 2025-01-13 as reported by Yicai Global, Xinhua, The Star/SCMP, AP and RTHK: total CNY43.85 trillion (+5), exports CNY25.45 trillion (+7.1), imports CNY18.39 trillion (+2.3); surplus CNY7.06 trillion (+22); in dollars total USD6.16 trillion (+3.8), exports USD3.58 trillion (+5.9), imports USD2.59 trillion (+1.1), surplus USD992.1 billion (nearly +21); December exports +10.7 (about USD336 billion), November +6.7; December imports +1.0, November -3.9; surpluses USD104.84 billion (Dec) and USD97.44 billion (Nov); December trade above CNY4 trillion, +6.8; the roughly 7 percent consensus; 2023 surplus of about USD823 billion (EPA, 2024-03); auto exports including chassis about 6.41 million, +22.8 (GAC via BRICS Bridge, 2025); ASEAN +9 and US +4.9 (Xinhua via MENAFN, 2025-01-13).',
        "Derived/made up: the 2023 surplus written as 823.2 billion; Belt and Road CNY22.07 trillion/+6.4/50.3 percent, ASEAN CNY6.98 trillion, EU CNY5.51 trillion/+1.6 and US CNY4.88 trillion are from memory of the GAC release (MOFCOM's rounded 22.1 trillion is in the corpus); the yuan's 'around 7.3 per dollar'; the economist Lin Yuqing (an invented name) and his quotes, the Yicai poll median of 2.5 percent and the editor's name are invented; the Jan. 14 dateline is chosen.",
        "Judgement calls: 'last year' read from the published date 2025-01-14 -> 2024; December and November without a year -> 2024-12 and 2024-11; 'a faster pace than the 6.7 percent seen in November' and 'which had fallen 3.9 percent in November' are November's own year-on-year rates (prior-period values), not month-on-month changes; 'passed the 7 trillion mark ... at CNY7.06 trillion' is one observation, the exact figure only labelled; 'topped CNY4 trillion' has no exact figure, labelled with qualifier over; 'The surplus was 21 percent bigger' (dollars) and 'up 22 percent' (yuan) are two growth facts of the balance with the same identity but value, as are the yuan and dollar growth rates of exports, imports and the total; the headline USD992 billion is the same observation as USD992.1 billion (rounding), labelled once; the vehicle count is measure quantity, unit number, and its 22.8 percent is labelled growth (no value growth stands beside it); 'the world's top car exporter' is not labelled (a rank among exporters, no partner, no number).",
        "Not facts: the exchange rate 'around 7.3 per dollar'; 'Economists had forecast growth of roughly 7 percent'; the extra 10 percent tariff; the 2.5 percent median forecast for 2025; the growth goal of around 5 percent; 'the first quarter of this year'; the years 2023 and 2025.",
        "Copy check: 23 sentences searched (16 queries, some two adjacent sentences to a query; three sentences also in an earlier form), 3 reworded (the yuan total, yuan exports/imports and dollar exports/imports sentences shared the 'Exports rose X percent to Y' skeleton of the real Yicai and Xinhua stories).",
        "Second check: 26 sentences searched, 10 reworded.",
    ],
    "facts": [
        fact(CN, "balance", "value", 992.1e9, "USD", Y24, "992.1 billion",
             "leaving China with an unprecedented goods trade surplus of USD992.1 billion last year"),
        fact(CN, "balance", "growth", 21, "percent", Y24, "21",
             "The surplus was 21 percent bigger than the USD823.2 billion of 2023"),
        fact(CN, "balance", "value", 823.2e9, "USD", Y23, "823.2 billion",
             "The surplus was 21 percent bigger than the USD823.2 billion of 2023"),
        fact(CN, "balance", "value", 7.06e12, "CNY", Y24, "7.06 trillion",
             "Counted in yuan, it passed the 7 trillion mark for the first time, at CNY7.06 trillion"),
        fact(CN, "balance", "growth", 22, "percent", Y24, "22",
             "Counted in yuan, it passed the 7 trillion mark for the first time, at CNY7.06 trillion, up 22 percent"),
        fact(CN, "total", "growth", 5, "percent", Y24, "5",
             "The Chinese-currency tally for two-way trade, CNY43.85 trillion, was a record and beat the 2023 level by 5 percent"),
        fact(CN, "total", "value", 43.85e12, "CNY", Y24, "43.85 trillion",
             "The Chinese-currency tally for two-way trade, CNY43.85 trillion"),
        fact(CN, "exports", "growth", 7.1, "percent", Y24, "7.1", EXP_CNY),
        fact(CN, "exports", "value", 25.45e12, "CNY", Y24, "25.45 trillion", EXP_CNY),
        fact(CN, "imports", "growth", 2.3, "percent", Y24, "2.3", EXP_CNY),
        fact(CN, "imports", "value", 18.39e12, "CNY", Y24, "18.39 trillion", EXP_CNY),
        fact(CN, "total", "value", 6.16e12, "USD", Y24, "6.16 trillion",
             "Total trade was worth USD6.16 trillion, 3.8 percent more than in 2023"),
        fact(CN, "total", "growth", 3.8, "percent", Y24, "3.8",
             "Total trade was worth USD6.16 trillion, 3.8 percent more than in 2023"),
        fact(CN, "exports", "growth", 5.9, "percent", Y24, "5.9", EXP_USD),
        fact(CN, "exports", "value", 3.58e12, "USD", Y24, "3.58 trillion", EXP_USD),
        fact(CN, "imports", "growth", 1.1, "percent", Y24, "1.1", EXP_USD),
        fact(CN, "imports", "value", 2.59e12, "USD", Y24, "2.59 trillion", EXP_USD),
        fact(CN, "exports", "growth", 10.7, "percent", DEC, "10.7", DEC_EXP),
        fact(CN, "exports", "value", 336e9, "USD", DEC, "336 billion", DEC_EXP, qualifier="approx"),
        fact(CN, "exports", "growth", 6.7, "percent", NOV, "6.7", DEC_EXP),
        fact(CN, "imports", "growth", 1, "percent", DEC, "1", DEC_IMP),
        fact(CN, "imports", "growth", -3.9, "percent", NOV, "3.9", DEC_IMP),
        fact(CN, "balance", "value", 104.84e9, "USD", DEC, "104.84 billion",
             "That left a monthly surplus of USD104.84 billion, compared with USD97.44 billion in November"),
        fact(CN, "balance", "value", 97.44e9, "USD", NOV, "97.44 billion",
             "That left a monthly surplus of USD104.84 billion, compared with USD97.44 billion in November"),
        fact(CN, "total", "value", 4e12, "CNY", DEC, "4 trillion",
             "On a yuan basis, December trade grew 6.8 percent and topped CNY4 trillion", qualifier="over"),
        fact(CN, "total", "growth", 6.8, "percent", DEC, "6.8",
             "On a yuan basis, December trade grew 6.8 percent"),
        fact(CN, "total", "growth", 6.4, "percent", Y24, "6.4", BRI, partner="Belt and Road partner countries"),
        fact(CN, "total", "value", 22.07e12, "CNY", Y24, "22.07 trillion", BRI, partner="Belt and Road partner countries"),
        fact(CN, "total", "share", 50.3, "percent", Y24, "50.3", BRI, partner="Belt and Road partner countries"),
        fact(CN, "total", "rank", 1, "number", Y24, "largest",
             "trade with ASEAN kept the bloc in place as China's largest trading partner", partner="ASEAN"),
        fact(CN, "total", "growth", 9, "percent", Y24, "9",
             "At CNY6.98 trillion, 9 percent more than a year earlier, trade with ASEAN kept the bloc in place as China's largest trading partner",
             partner="ASEAN"),
        fact(CN, "total", "value", 6.98e12, "CNY", Y24, "6.98 trillion",
             "At CNY6.98 trillion, 9 percent more than a year earlier, trade with ASEAN kept the bloc in place as China's largest trading partner",
             partner="ASEAN"),
        fact(CN, "total", "value", 5.51e12, "CNY", Y24, "5.51 trillion", EU_US, partner="European Union"),
        fact(CN, "total", "value", 4.88e12, "CNY", Y24, "4.88 trillion", EU_US, partner="United States"),
        fact(CN, "total", "growth", 1.6, "percent", Y24, "1.6", EU_US, partner="European Union"),
        fact(CN, "total", "growth", 4.9, "percent", Y24, "4.9", EU_US, partner="United States"),
        fact(CN, "exports", "quantity", 6.41e6, "number", Y24, "6.41 million", CARS, product="vehicles"),
        fact(CN, "exports", "growth", 22.8, "percent", Y24, "22.8", CARS, product="vehicles"),
    ],
}
