from _fact import fact, period

P = period(2025, 1, 5)
E_TOT = ("mainland-Hong Kong trade over the year's first five months reached 928.9 billion yuan, "
         "or about HK$1.01 trillion, up 7.4 percent year-on-year")
E_HIST = "bilateral trade climbed from 421 billion yuan in 1997 to 2.2 trillion yuan last year"
E_HKX = ("In the January-to-May period, the city's total exports to the mainland increased 14.6 percent "
         "to HK$1.09 trillion (about 1 trillion yuan)")
E_HKM = "its imports from the mainland grew 12.8 percent to HK$1.01 trillion"
E_RX = "For May by itself, re-exports to the mainland surged 18.6 percent, reaching HK$231.4 billion"
E_GBA = ("foreign trade of the nine mainland cities of the Greater Bay Area (GBA) grew 4.1 percent "
         "to 3.65 trillion yuan over the first five months")

ARTICLE = {
    "id": "dK1_06_rthk_mainland_hk_trade_5m",
    "title": "Customs says mainland-HK trade grew 7.4pc over first five months",
    "publisher": None,
    "published": "2025-07-01",
    "notes": [
        "RTHK style item with no outlet named in the text: publisher null. No year in the text: 'the year's first five months' "
        "is January-May 2025 and 'last year' is 2024, from the published date.",
        "Mainland customs figures: area China (the mainland), partner Hong Kong. Census and Statistics Department figures: "
        "area Hong Kong, partner China (the mainland).",
        "'928.9 billion yuan, or about HK$1.01 trillion': the same observation in two currencies, HKD fact approx.",
        "'HK$1.09 trillion (about 1 trillion yuan)': the same observation in yuan, CNY fact approx.",
        "'from 421 billion yuan in 1997 to 2.2 trillion yuan last year': two stated annual values of mainland-HK trade (1997, 2024).",
        "'The mainland absorbed 56.2 percent of all Hong Kong's exports': share of Hong Kong's exports with partner China.",
        "May re-exports to the mainland: segment re-exports, period 2025-05.",
        "'the nine mainland cities of the Greater Bay Area (GBA)': area written out as Greater Bay Area (the acronym the text defines).",
        "Hong Kong 'second-largest trading partner, behind Asean' of the nine GBA cities: rank 2, partner Hong Kong.",
        "'28th anniversary', 'under 30 minutes' clearance time: not trade flows, out.",
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
             "The mainland absorbed 56.2 percent of all Hong Kong's exports", partner="China"),
        fact("Hong Kong", "exports", "growth", 18.6, "percent", period(2025, 5), "18.6", E_RX,
             partner="China", segment="re-exports"),
        fact("Hong Kong", "exports", "value", 231.4e9, "HKD", period(2025, 5), "231.4 billion", E_RX,
             partner="China", segment="re-exports"),
        fact("Greater Bay Area", "total", "value", 3.65e12, "CNY", P, "3.65 trillion", E_GBA),
        fact("Greater Bay Area", "total", "growth", 4.1, "percent", P, "4.1", E_GBA),
        fact("Greater Bay Area", "total", "rank", 2, "number", P, "second-largest",
             "Hong Kong was their second-largest trading partner, behind Asean", partner="Hong Kong"),
    ],
}
