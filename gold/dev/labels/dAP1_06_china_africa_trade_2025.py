from _fact import fact, period

Y25 = period(2025, 1, 12)
Y24 = period(2024, 1, 12)
CN = "China"
AF = "Africa"
ME = "mechanical and electrical products"
E_CNY = "Two-way trade between China and Africa set a new record in 2025 at 2.49 trillion yuan, up 17.5 percent year-on-year"
E_USD = "bilateral trade amounted to $348.04 billion last year, up 17.7 percent from $295.6 billion in 2024"
E_EXIM = ("China's exports to Africa jumped 25.8 percent to $224.93 billion, while imports from the continent rose "
          "5.4 percent to $123.11 billion")
E_BAL = "leaving China with a trade surplus of $101.82 billion with the continent"
E_RANK = "China extended to 17 consecutive years its run as Africa's largest trading partner"
E_SHARE = "Africa's share of China's overall foreign trade edged up to 5.5 percent last year"
E_ZA = ("South Africa remained China's largest trading partner on the continent, with bilateral trade of $57.12 "
        "billion, up 8.7 percent and accounting for 16.4 percent of China-Africa trade.")
E_NAE = ("Nigeria, Angola and Egypt followed, with trade volumes of $29.87 billion, $22.46 billion and $20.31 billion, "
         "respectively.")
E_NAE_G = ("Trade with Nigeria grew 31.2 percent and that with Egypt 23.5 percent, while trade with Angola fell 3.8 "
           "percent")
E_AGR = ("China imported 41.36 billion yuan worth of agricultural products from Africa in 2025, up 12.6 percent "
         "year-on-year.")
E_COF = "Imports of coffee from Ethiopia and avocados from Kenya rose 38.4 percent and 21.7 percent respectively"
E_ME = ("mechanical and electrical products made up 55.3 percent of China's shipments to Africa, at 891.6 billion "
        "yuan, up 28.9 percent")

ARTICLE = {
    "id": "dAP1_06_china_africa_trade_2025",
    "title": "China-Africa trade hits record $348 billion in 2025 as exports to continent surge 25.8%",
    "publisher": "Global Times",
    "published": "2026-01-15",
    "notes": [
        "Published Jan 15, 2026; 'last year' and 'in 2025' are 2025-01/2025-12. Bilateral figures are China's trade with Africa: area China, partner Africa (or the named country).",
        "Headline '$348 billion' and 'surge 25.8%' restate the body's $348.04 billion and exports 25.8 percent: labelled once from the body.",
        "The yuan growth (17.5) and the dollar growth (17.7) of the same total are two statements in different currency bases; they differ in value, so both are labelled as written.",
        "'up 17.7 percent from $295.6 billion in 2024': the base is labelled as a 2024 total value; the 2024 year is not the period of the 17.7 growth.",
        "'trade surplus of $101.82 billion' is China's surplus with Africa: balance +101.82e9 (224.93 - 123.11 agrees).",
        "'its run as Africa's largest trading partner': area Africa, partner China, rank 1 for 2025; '17 consecutive years' is a streak: out.",
        "'Africa's share of China's overall foreign trade ... 5.5 percent': area China, partner Africa, share.",
        "South Africa 'China's largest trading partner on the continent' -> rank 1 (area China, partner South Africa); its 16.4 percent share is of China-Africa trade.",
        "'Nigeria, Angola and Egypt followed' states no ordinal number: no rank facts for them. Their values come from the respectively-list; growths from the next sentence ('that with Egypt 23.5 percent' inherits 'grew'; Angola 'fell 3.8' -> -3.8).",
        "Coffee (partner Ethiopia) and avocados (partner Kenya) import growth: respectively-list, products 'coffee' and 'avocados'.",
        "Out: zero-tariff treatment (100 percent of tariff lines, 33 and 53 countries, December 1, 2024), the expert's forecast of over $380 billion in 2026, the 2,000 expo exhibitors, 'fifth' expo, June 2027, '17 consecutive years'.",
    ],
    "facts": [
        fact(CN, "total", "value", 2.49e12, "CNY", Y25, "2.49 trillion", E_CNY, partner=AF),
        fact(CN, "total", "growth", 17.5, "percent", Y25, "17.5", E_CNY, partner=AF),
        fact(CN, "total", "value", 348.04e9, "USD", Y25, "348.04 billion", E_USD, partner=AF),
        fact(CN, "total", "growth", 17.7, "percent", Y25, "17.7", E_USD, partner=AF),
        fact(CN, "total", "value", 295.6e9, "USD", Y24, "295.6 billion", E_USD, partner=AF),
        fact(CN, "exports", "growth", 25.8, "percent", Y25, "25.8", E_EXIM, partner=AF),
        fact(CN, "exports", "value", 224.93e9, "USD", Y25, "224.93 billion", E_EXIM, partner=AF),
        fact(CN, "imports", "growth", 5.4, "percent", Y25, "5.4", E_EXIM, partner=AF),
        fact(CN, "imports", "value", 123.11e9, "USD", Y25, "123.11 billion", E_EXIM, partner=AF),
        fact(CN, "balance", "value", 101.82e9, "USD", Y25, "101.82 billion", E_BAL, partner=AF),
        fact(AF, "total", "rank", 1, "number", Y25, "largest", E_RANK, partner=CN),
        fact(CN, "total", "share", 5.5, "percent", Y25, "5.5", E_SHARE, partner=AF),
        fact(CN, "total", "rank", 1, "number", Y25, "largest", E_ZA, partner="South Africa"),
        fact(CN, "total", "value", 57.12e9, "USD", Y25, "57.12 billion", E_ZA, partner="South Africa"),
        fact(CN, "total", "growth", 8.7, "percent", Y25, "8.7", E_ZA, partner="South Africa"),
        fact(CN, "total", "share", 16.4, "percent", Y25, "16.4", E_ZA, partner="South Africa"),
        fact(CN, "total", "value", 29.87e9, "USD", Y25, "29.87 billion", E_NAE, partner="Nigeria"),
        fact(CN, "total", "value", 22.46e9, "USD", Y25, "22.46 billion", E_NAE, partner="Angola"),
        fact(CN, "total", "value", 20.31e9, "USD", Y25, "20.31 billion", E_NAE, partner="Egypt"),
        fact(CN, "total", "growth", 31.2, "percent", Y25, "31.2", E_NAE_G, partner="Nigeria"),
        fact(CN, "total", "growth", 23.5, "percent", Y25, "23.5", E_NAE_G, partner="Egypt"),
        fact(CN, "total", "growth", -3.8, "percent", Y25, "3.8", E_NAE_G, partner="Angola"),
        fact(CN, "imports", "value", 41.36e9, "CNY", Y25, "41.36 billion", E_AGR, partner=AF,
             product="agricultural products"),
        fact(CN, "imports", "growth", 12.6, "percent", Y25, "12.6", E_AGR, partner=AF, product="agricultural products"),
        fact(CN, "imports", "growth", 38.4, "percent", Y25, "38.4", E_COF, partner="Ethiopia", product="coffee"),
        fact(CN, "imports", "growth", 21.7, "percent", Y25, "21.7", E_COF, partner="Kenya", product="avocados"),
        fact(CN, "exports", "share", 55.3, "percent", Y25, "55.3", E_ME, partner=AF, product=ME),
        fact(CN, "exports", "value", 891.6e9, "CNY", Y25, "891.6 billion", E_ME, partner=AF, product=ME),
        fact(CN, "exports", "growth", 28.9, "percent", Y25, "28.9", E_ME, partner=AF, product=ME),
    ],
}
