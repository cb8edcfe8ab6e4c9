from _fact import fact, period

Y = period(2024, 1, 12)
E_TOTAL = "China's goods trade totaled a record 43.85 trillion yuan (about 6.16 trillion U.S. dollars) in 2024, a rise of 5 percent year on year"
E_XM = "exports grew 7.1 percent to 25.45 trillion yuan and imports increased 2.3 percent to 18.39 trillion yuan"
E_Q = ("Total trade for the four quarters stood at 10.17 trillion yuan, 10.96 trillion yuan, 11.16 trillion yuan "
       "and 11.56 trillion yuan respectively")
E_PRIV = "Trade by these firms grew 8.8 percent to 24.33 trillion yuan, or 55.5 percent of the nationwide total"
E_FIE = "Foreign-invested enterprises saw their imports and exports rise 1 percent to 12.93 trillion yuan, equal to 29.5 percent of all trade"
E_SOE = "Trade by state-owned enterprises slipped 1.5 percent to 6.46 trillion yuan, a 14.7 percent share"
E_ME = ("mechanical and electrical products, which made up 59.4 percent of all exports, "
        "saw outbound sales rise 8.7 percent to 15.12 trillion yuan")
E_SUB = "shipments of integrated circuits, automobiles and ships increased by 17.4 percent, 16.5 percent and 57.1 percent respectively"
E_LAB = ("Outbound sales of labor-intensive products, among them textiles, garments, furniture and toys, came to 4.22 trillion yuan, "
         "a 0.6 percent increase, or 16.6 percent of the export total")

ARTICLE = {
    "id": "dK1_02_xinhua_annual_2024_segments",
    "title": "Private firms gain ground as China's 2024 foreign trade reaches all-time high",
    "publisher": "Xinhua",
    "published": "2025-01-13",
    "notes": [
        "Full-year review published in January: the running period is 2024, stated in the text.",
        "'(about 6.16 trillion U.S. dollars)' is the same total in another currency: a separate USD fact, qualifier approx.",
        "Quarterly 'respectively' list: Q1..Q4 2024 total values, one fact each.",
        "'1.8 percentage points above the 2023 level' is a percentage-point difference: out.",
        "'the largest goods trader in the world for eight consecutive years': the stated rank (largest -> 1, 2024) is labelled, "
        "the streak 'eight consecutive years' is out; 'the October-December figure was the highest ever for a single quarter' is a record claim: out.",
        "'the number of companies with import and export records hit an all-time high of 708,000': count, segment foreign trade enterprises.",
        "Segments as the text names them: private enterprises, foreign-invested enterprises, state-owned enterprises.",
        "Integrated circuits, automobiles and ships are sub-items of mechanical and electrical exports; each labelled with its own product.",
        "'labor-intensive products' keeps the text's American spelling.",
        "'trade with over 160 countries and regions increased' is a conditional count: out. GDP growth of 5 percent: out.",
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
             "China has ranked as the largest goods trader in the world for eight consecutive years"),
        fact("China", "balance", "value", 7.06e12, "CNY", Y, "7.06 trillion", "producing a trade surplus of 7.06 trillion yuan"),
        fact("China", "total", "value", 10.17e12, "CNY", period(2024, 1, 3), "10.17 trillion", E_Q),
        fact("China", "total", "value", 10.96e12, "CNY", period(2024, 4, 6), "10.96 trillion", E_Q),
        fact("China", "total", "value", 11.16e12, "CNY", period(2024, 7, 9), "11.16 trillion", E_Q),
        fact("China", "total", "value", 11.56e12, "CNY", period(2024, 10, 12), "11.56 trillion", E_Q),
        fact("China", "total", "count", 708000, "number", Y, "708,000",
             "the number of companies with import and export records hit an all-time high of 708,000 in 2024",
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
