from _fact import fact, period

NOV = period(2025, 11)
YTD = period(2025, 1, 11)
KR = "South Korea"
US = "United States"

E_EXP = "last month's exports at US$61.04 billion, an 8.4 percent gain on a year earlier"
E_IMP = "With imports up 1.2 percent on-year at $51.31 billion, the country ran a trade surplus of $9.73 billion"
E_CHIP = "Chip exports reached $17.26 billion, up 38.6 percent"
E_SHIP = "Overseas sales of vessels jumped 27.3 percent to $2.68 billion"
E_CAR = "Car exports, however, fell 13.1 percent to $5.91 billion"
E_PET = "Exports of petroleum products and petrochemicals declined 1.9 percent and 13.6 percent, respectively"
E_CN = "exports to China, South Korea's largest trading partner, gained 6.9 percent to $13.47 billion"
E_US = "Shipments to the U.S. were flat, edging down 0.2 percent to $10.18 billion"
E_ASEAN = "Those to the Association of Southeast Asian Nations rose 10.8 percent to $10.55 billion"
E_EU = "sales to the European Union slid 4.2 percent to $5.41 billion"
E_EN = "Energy imports, such as crude oil, gas and coal, fell 9.8 percent to $10.6 billion"
E_YTD = "For the January-November period, exports totaled $640.3 billion, up 2.9 percent from the same period last year"

ARTICLE = {
    "id": "dAV2_03_yonhap_korea_nov_2025",
    "title": "S. Korea's exports up 8.4 pct in Nov. on record chip sales, extend gains to 6th month",
    "publisher": "Yonhap",
    "published": "2025-12-01",
    "notes": [
        "Publication date from the dateline 'SEOUL, Dec. 1 (Yonhap)' and 'data showed Monday' (Dec. 1, 2025 was a Monday); 'last month' = November 2025. The headline's 8.4 pct is the same observation as the body's and is labelled once.",
        "US$ / $ -> USD throughout.",
        "Product names: the paragraph opens with 'Semiconductors' and continues with 'Chip exports' and the pronoun 'They' -> product 'semiconductors' for value, growth and share. 'Ships also fared well. Overseas sales of vessels ...' -> product 'ships'. 'Car exports' -> 'cars'.",
        "'They accounted for 28.3 percent of total outbound shipments' -> share of semiconductors in total exports (pronoun resolved to chips).",
        "'Exports of petroleum products and petrochemicals declined 1.9 percent and 13.6 percent, respectively' -> two growth facts, both negative; 'Petroleum products brought in $3.93 billion' -> exports value of petroleum products.",
        "'Shipments of cars to the U.S. dropped 20.5 percent' -> exports, partner United States, product cars.",
        "'exports to China, South Korea's largest trading partner' -> rank 1 of total trade with China, period November 2025 (the article's running period; the descriptor names none).",
        "'Shipments to the U.S. were flat, edging down 0.2 percent' -> -0.2. 'Those to the Association of Southeast Asian Nations' -> partner ASEAN (pronoun 'Those' = exports).",
        "'Energy imports, such as crude oil, gas and coal' -> imports, product 'energy'.",
        "Out of scope: average daily exports ($2.54 billion, 4.1 percent: per-working-day averages); first 20 days of November (8.2 percent, $37.1 billion: part of a month); the ministry's expectation that annual exports will surpass $700 billion (forecast); streaks and records ('sixth straight month', '10 months in a row', 'largest figure for any November', 'highest monthly amount ever'); 1956; 'Six of the nine major regions' (conditional count); tariff rates 15 and 25 percent; GDP growth 1.2 percent.",
    ],
    "facts": [
        fact(KR, "exports", "value", 61.04e9, "USD", NOV, "61.04 billion", E_EXP),
        fact(KR, "exports", "growth", 8.4, "percent", NOV, "8.4", E_EXP),
        fact(KR, "imports", "growth", 1.2, "percent", NOV, "1.2", E_IMP),
        fact(KR, "imports", "value", 51.31e9, "USD", NOV, "51.31 billion", E_IMP),
        fact(KR, "balance", "value", 9.73e9, "USD", NOV, "9.73 billion", E_IMP),
        fact(KR, "exports", "growth", 38.6, "percent", NOV, "38.6", E_CHIP, product="semiconductors"),
        fact(KR, "exports", "value", 17.26e9, "USD", NOV, "17.26 billion", E_CHIP, product="semiconductors"),
        fact(KR, "exports", "share", 28.3, "percent", NOV, "28.3",
             "They accounted for 28.3 percent of total outbound shipments", product="semiconductors"),
        fact(KR, "exports", "growth", 27.3, "percent", NOV, "27.3", E_SHIP, product="ships"),
        fact(KR, "exports", "value", 2.68e9, "USD", NOV, "2.68 billion", E_SHIP, product="ships"),
        fact(KR, "exports", "growth", -13.1, "percent", NOV, "13.1", E_CAR, product="cars"),
        fact(KR, "exports", "value", 5.91e9, "USD", NOV, "5.91 billion", E_CAR, product="cars"),
        fact(KR, "exports", "growth", -20.5, "percent", NOV, "20.5",
             "Shipments of cars to the U.S. dropped 20.5 percent", partner=US, product="cars"),
        fact(KR, "exports", "growth", -1.9, "percent", NOV, "1.9", E_PET, product="petroleum products"),
        fact(KR, "exports", "growth", -13.6, "percent", NOV, "13.6", E_PET, product="petrochemicals"),
        fact(KR, "exports", "value", 3.93e9, "USD", NOV, "3.93 billion",
             "Petroleum products brought in $3.93 billion", product="petroleum products"),
        fact(KR, "total", "rank", 1, "number", NOV, "largest", E_CN, partner="China"),
        fact(KR, "exports", "growth", 6.9, "percent", NOV, "6.9", E_CN, partner="China"),
        fact(KR, "exports", "value", 13.47e9, "USD", NOV, "13.47 billion", E_CN, partner="China"),
        fact(KR, "exports", "growth", -0.2, "percent", NOV, "0.2", E_US, partner=US),
        fact(KR, "exports", "value", 10.18e9, "USD", NOV, "10.18 billion", E_US, partner=US),
        fact(KR, "exports", "growth", 10.8, "percent", NOV, "10.8", E_ASEAN, partner="ASEAN"),
        fact(KR, "exports", "value", 10.55e9, "USD", NOV, "10.55 billion", E_ASEAN, partner="ASEAN"),
        fact(KR, "exports", "growth", -4.2, "percent", NOV, "4.2", E_EU, partner="European Union"),
        fact(KR, "exports", "value", 5.41e9, "USD", NOV, "5.41 billion", E_EU, partner="European Union"),
        fact(KR, "imports", "growth", -9.8, "percent", NOV, "9.8", E_EN, product="energy"),
        fact(KR, "imports", "value", 10.6e9, "USD", NOV, "10.6 billion", E_EN, product="energy"),
        fact(KR, "exports", "value", 640.3e9, "USD", YTD, "640.3 billion", E_YTD),
        fact(KR, "exports", "growth", 2.9, "percent", YTD, "2.9", E_YTD),
    ],
}
