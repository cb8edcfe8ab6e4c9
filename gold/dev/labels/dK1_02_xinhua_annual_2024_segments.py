from _fact import fact, period

Y = period(2024, 1, 12)
E_TOTAL = "China's total goods imports and exports rose 5 percent year on year to a record 43.85 trillion yuan (about 6.16 trillion U.S. dollars) in 2024"
E_XM = "Exports climbed 7.1 percent to 25.45 trillion yuan, while imports went up 2.3 percent to 18.39 trillion yuan"
E_Q = ("Quarterly imports and exports came in at 10.17 trillion yuan, 10.96 trillion yuan, 11.16 trillion yuan "
       "and 11.56 trillion yuan respectively")
E_PRIV = "Their imports and exports expanded 8.8 percent to 24.33 trillion yuan, accounting for 55.5 percent of the national total"
E_FIE = "Trade conducted by foreign-invested enterprises edged up 1 percent to 12.93 trillion yuan, or 29.5 percent of the total"
E_SOE = "State-owned enterprises traded 6.46 trillion yuan worth of goods, down 1.5 percent, making up 14.7 percent"
E_ME = ("exports of mechanical and electrical products increased 8.7 percent to 15.12 trillion yuan, "
        "representing 59.4 percent of total exports")
E_SUB = "exports of integrated circuits, automobiles and ships grew 17.4 percent, 16.5 percent and 57.1 percent respectively"
E_LAB = ("Exports of labor-intensive products such as textiles, garments, furniture and toys reached 4.22 trillion yuan, "
         "up 0.6 percent, and accounted for 16.6 percent of the total export value")

ARTICLE = {
    "id": "dK1_02_xinhua_annual_2024_segments",
    "title": "China's foreign trade hits record high in 2024 as private firms take bigger share",
    "publisher": "Xinhua",
    "published": "2025-01-13",
    "notes": [
        "Full-year review published in January: the running period is 2024, stated in the text.",
        "'(about 6.16 trillion U.S. dollars)' is the same total in another currency: a separate USD fact, qualifier approx.",
        "Quarterly 'respectively' list: Q1..Q4 2024 total values, one fact each.",
        "'1.8 percentage points higher than in 2023' is a percentage-point difference: out.",
        "'the world's largest trader of goods for eight years in a row': the stated rank (largest -> 1, 2024) is labelled, "
        "the streak 'eight years in a row' is out; 'fourth quarter setting a single-quarter record' is a record claim: out.",
        "'A record 708,000 businesses registered import and export activity': count, segment foreign trade enterprises.",
        "Segments as the text names them: private enterprises, foreign-invested enterprises, state-owned enterprises.",
        "Integrated circuits, automobiles and ships are sub-items of mechanical and electrical exports; each labelled with its own product.",
        "'labor-intensive products' keeps the text's American spelling.",
        "'trade with more than 160 countries and regions grew' is a conditional count: out. GDP growth of 5 percent: out.",
    ],
    "facts": [
        fact("China", "total", "growth", 5, "percent", Y, "5", E_TOTAL),
        fact("China", "total", "value", 43.85e12, "CNY", Y, "43.85 trillion", E_TOTAL),
        fact("China", "total", "value", 6.16e12, "USD", Y, "6.16 trillion", E_TOTAL, qualifier="approx"),
        fact("China", "exports", "growth", 7.1, "percent", Y, "7.1", E_XM),
        fact("China", "exports", "value", 25.45e12, "CNY", Y, "25.45 trillion", E_XM),
        fact("China", "imports", "growth", 2.3, "percent", Y, "2.3", E_XM),
        fact("China", "imports", "value", 18.39e12, "CNY", Y, "18.39 trillion", E_XM),
        fact("China", "total", "rank", 1, "number", Y, "largest",
             "The country has now been the world's largest trader of goods for eight years in a row"),
        fact("China", "balance", "value", 7.06e12, "CNY", Y, "7.06 trillion", "leaving a trade surplus of 7.06 trillion yuan"),
        fact("China", "total", "value", 10.17e12, "CNY", period(2024, 1, 3), "10.17 trillion", E_Q),
        fact("China", "total", "value", 10.96e12, "CNY", period(2024, 4, 6), "10.96 trillion", E_Q),
        fact("China", "total", "value", 11.16e12, "CNY", period(2024, 7, 9), "11.16 trillion", E_Q),
        fact("China", "total", "value", 11.56e12, "CNY", period(2024, 10, 12), "11.56 trillion", E_Q),
        fact("China", "total", "count", 708000, "number", Y, "708,000",
             "A record 708,000 businesses registered import and export activity during the year",
             segment="foreign trade enterprises"),
        fact("China", "total", "growth", 8.8, "percent", Y, "8.8", E_PRIV, segment="private enterprises"),
        fact("China", "total", "value", 24.33e12, "CNY", Y, "24.33 trillion", E_PRIV, segment="private enterprises"),
        fact("China", "total", "share", 55.5, "percent", Y, "55.5", E_PRIV, segment="private enterprises"),
        fact("China", "total", "growth", 1, "percent", Y, "1", E_FIE, segment="foreign-invested enterprises"),
        fact("China", "total", "value", 12.93e12, "CNY", Y, "12.93 trillion", E_FIE, segment="foreign-invested enterprises"),
        fact("China", "total", "share", 29.5, "percent", Y, "29.5", E_FIE, segment="foreign-invested enterprises"),
        fact("China", "total", "value", 6.46e12, "CNY", Y, "6.46 trillion", E_SOE, segment="state-owned enterprises"),
        fact("China", "total", "growth", -1.5, "percent", Y, "1.5", E_SOE, segment="state-owned enterprises"),
        fact("China", "total", "share", 14.7, "percent", Y, "14.7", E_SOE, segment="state-owned enterprises"),
        fact("China", "exports", "growth", 8.7, "percent", Y, "8.7", E_ME, product="mechanical and electrical products"),
        fact("China", "exports", "value", 15.12e12, "CNY", Y, "15.12 trillion", E_ME, product="mechanical and electrical products"),
        fact("China", "exports", "share", 59.4, "percent", Y, "59.4", E_ME, product="mechanical and electrical products"),
        fact("China", "exports", "growth", 17.4, "percent", Y, "17.4", E_SUB, product="integrated circuits"),
        fact("China", "exports", "growth", 16.5, "percent", Y, "16.5", E_SUB, product="automobiles"),
        fact("China", "exports", "growth", 57.1, "percent", Y, "57.1", E_SUB, product="ships"),
        fact("China", "exports", "value", 4.22e12, "CNY", Y, "4.22 trillion", E_LAB, product="labor-intensive products"),
        fact("China", "exports", "growth", 0.6, "percent", Y, "0.6", E_LAB, product="labor-intensive products"),
        fact("China", "exports", "share", 16.6, "percent", Y, "16.6", E_LAB, product="labor-intensive products"),
    ],
}
