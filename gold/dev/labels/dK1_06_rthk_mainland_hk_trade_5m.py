from _fact import fact, period

P = period(2025, 1, 5)
E_TOT = ("Trade between the mainland and Hong Kong rose 7.4 percent year-on-year to 928.9 billion yuan, "
         "or about HK$1.01 trillion, in the first five months of the year")
E_HIST = "two-way trade has grown from 421 billion yuan in 1997 to 2.2 trillion yuan last year"
E_HKX = ("Hong Kong's total exports to the mainland climbed 14.6 percent to HK$1.09 trillion (about 1 trillion yuan) "
         "in the January-to-May period")
E_HKM = "imports from the mainland rose 12.8 percent to HK$1.01 trillion"
E_RX = "In May alone, re-exports to the mainland jumped 18.6 percent to HK$231.4 billion"
E_GBA = ("the nine mainland cities of the Greater Bay Area (GBA) recorded foreign trade of 3.65 trillion yuan "
         "in the first five months, up 4.1 percent")

ARTICLE = {
    "id": "dK1_06_rthk_mainland_hk_trade_5m",
    "title": "Mainland-HK trade up 7.4pc in first five months: customs",
    "publisher": None,
    "published": "2025-07-01",
    "notes": [
        "RTHK style item with no outlet named in the text: publisher null. No year in the text: 'the first five months of the year' "
        "is January-May 2025 and 'last year' is 2024, from the published date.",
        "Mainland customs figures: area China (the mainland), partner Hong Kong. Census and Statistics Department figures: "
        "area Hong Kong, partner China (the mainland).",
        "'928.9 billion yuan, or about HK$1.01 trillion': the same observation in two currencies, HKD fact approx.",
        "'HK$1.09 trillion (about 1 trillion yuan)': the same observation in yuan, CNY fact approx.",
        "'from 421 billion yuan in 1997 to 2.2 trillion yuan last year': two stated annual values of mainland-HK trade (1997, 2024).",
        "'The mainland took 56.2 percent of the city's total exports': share of Hong Kong's exports with partner China.",
        "May re-exports to the mainland: segment re-exports, period 2025-05.",
        "'the nine mainland cities of the Greater Bay Area (GBA)': area written out as Greater Bay Area (the acronym the text defines).",
        "Hong Kong 'second-largest trading partner after Asean' of the nine GBA cities: rank 2, partner Hong Kong.",
        "'28th anniversary', 'less than 30 minutes' clearance time: not trade flows, out.",
    ],
    "facts": [
        fact("China", "total", "growth", 7.4, "percent", P, "7.4", E_TOT, partner="Hong Kong"),
        fact("China", "total", "value", 928.9e9, "CNY", P, "928.9 billion", E_TOT, partner="Hong Kong"),
        fact("China", "total", "value", 1.01e12, "HKD", P, "1.01 trillion", E_TOT, partner="Hong Kong", qualifier="approx"),
        fact("China", "total", "value", 421e9, "CNY", period(1997, 1, 12), "421 billion", E_HIST, partner="Hong Kong"),
        fact("China", "total", "value", 2.2e12, "CNY", period(2024, 1, 12), "2.2 trillion", E_HIST, partner="Hong Kong"),
        fact("Hong Kong", "exports", "growth", 14.6, "percent", P, "14.6", E_HKX, partner="China"),
        fact("Hong Kong", "exports", "value", 1.09e12, "HKD", P, "1.09 trillion", E_HKX, partner="China"),
        fact("Hong Kong", "exports", "value", 1e12, "CNY", P, "1 trillion", E_HKX, partner="China", qualifier="approx"),
        fact("Hong Kong", "imports", "growth", 12.8, "percent", P, "12.8", E_HKM, partner="China"),
        fact("Hong Kong", "imports", "value", 1.01e12, "HKD", P, "1.01 trillion", E_HKM, partner="China"),
        fact("Hong Kong", "exports", "share", 56.2, "percent", P, "56.2",
             "The mainland took 56.2 percent of the city's total exports", partner="China"),
        fact("Hong Kong", "exports", "growth", 18.6, "percent", period(2025, 5), "18.6", E_RX,
             partner="China", segment="re-exports"),
        fact("Hong Kong", "exports", "value", 231.4e9, "HKD", period(2025, 5), "231.4 billion", E_RX,
             partner="China", segment="re-exports"),
        fact("Greater Bay Area", "total", "value", 3.65e12, "CNY", P, "3.65 trillion", E_GBA),
        fact("Greater Bay Area", "total", "growth", 4.1, "percent", P, "4.1", E_GBA),
        fact("Greater Bay Area", "total", "rank", 2, "number", P, "second-largest",
             "with Hong Kong ranking as their second-largest trading partner after Asean", partner="Hong Kong"),
    ],
}
