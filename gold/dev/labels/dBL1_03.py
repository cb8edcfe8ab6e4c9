from _fact import fact, period

CN = "China"
Y = period(2025, 1, 12)
Q1 = period(2025, 1, 3)
Q2 = period(2025, 4, 6)
Q3 = period(2025, 7, 9)
Q4 = period(2025, 10, 12)
DEC = period(2025, 12)
NOV = period(2025, 11)
QS = ("Foreign trade expanded 1.3 percent, 4.5 percent, 6 percent and 3.2 percent year-on-year "
      "in the first, second, third and fourth quarters, respectively")
BRI = "Belt and Road partner countries"
PRIV = ("Their combined imports and exports came to 26.04 trillion yuan in 2025, "
        "or 57.3 percent of the national total, after a 7.1 percent rise")

ARTICLE = {
    "id": "dBL1_03",
    "title": "Private firms, emerging markets power China's record trade in 2025",
    "publisher": "Global Times",
    "published": "2026-01-15",
    "notes": [
        "Real figures (GAC release of 2026-01-14 as reported): total 45.47 trillion yuan +3.8% ($6.51 trillion), exports 26.99 trillion +6.1%, imports 18.48 trillion +0.5%, dollar surplus about $1.19 trillion; ASEAN 7.55 trillion +8%; Belt and Road 23.6 trillion +6.3%; Africa +18%, Latin America +6.5%; private enterprises 26.04 trillion +7.1%, 57.3%; more than 780,000 trading businesses; high-tech exports 5.25 trillion +13.2%; new trio +27.1%; Q1 +1.3%; November exports +5.7%. Invented: Q2-Q4 growth, yuan surplus 8.51 trillion (derived from real exports minus imports), surplus growth 20, December export growth, EU and US values and growth, US share.",
        "Judgement calls: 'last year' in a January 2026 article is 2025. Quarter growth rates from the 'respectively' list map to Q1..Q4 2025. 'the surplus widened by 20 percent' is balance growth +20 (measured in dollars, unit percent). '$6.51 trillion' in parentheses carries no 'about', so qualifier exact. 'the 5.7 percent increase in November' is a stated fact for November, not only a comparison base. 'Exports in the category' carries 'high-tech products' from the sentence before; 'Their combined imports and exports' carries private enterprises. 'businesses with import and export records' counted as segment foreign trade enterprises, qualifier over. 'top trading partner' = rank 1.",
        "Not facts: 'ninth straight year' (streak); 'crossing the $1 trillion threshold' (milestone and threshold of the same observation as $1.19 trillion, exact figure labelled only); '10 percent tariff' (tariff rate); 'around 3 percent in 2026' (forecast); 'dozens of countries' (no number); years.",
        "Copy check: 4 sentences searched, 3 reworded (two after comparing with real sentences read while learning, one further sentence reworded as a precaution without a search). Second check: 28 sentences searched, 1 reworded.",
    ],
    "facts": [
        fact(CN, "total", "value", 45.47e12, "CNY", Y, "45.47 trillion",
             "The value of goods crossing China's borders reached 45.47 trillion yuan ($6.51 trillion) last year"),
        fact(CN, "total", "value", 6.51e12, "USD", Y, "6.51 trillion",
             "The value of goods crossing China's borders reached 45.47 trillion yuan ($6.51 trillion) last year"),
        fact(CN, "total", "growth", 3.8, "percent", Y, "3.8",
             "The value of goods crossing China's borders reached 45.47 trillion yuan ($6.51 trillion) last year, 3.8 percent more than in 2024"),
        fact(CN, "exports", "value", 26.99e12, "CNY", Y, "26.99 trillion",
             "Outbound shipments accounted for 26.99 trillion yuan of that"),
        fact(CN, "exports", "growth", 6.1, "percent", Y, "6.1",
             "Outbound shipments accounted for 26.99 trillion yuan of that, a gain of 6.1 percent"),
        fact(CN, "imports", "growth", 0.5, "percent", Y, "0.5",
             "imports were almost flat, inching up 0.5 percent to 18.48 trillion yuan"),
        fact(CN, "imports", "value", 18.48e12, "CNY", Y, "18.48 trillion",
             "imports were almost flat, inching up 0.5 percent to 18.48 trillion yuan"),
        fact(CN, "total", "growth", 1.3, "percent", Q1, "1.3", QS),
        fact(CN, "total", "growth", 4.5, "percent", Q2, "4.5", QS),
        fact(CN, "total", "growth", 6, "percent", Q3, "6", QS),
        fact(CN, "total", "growth", 3.2, "percent", Q4, "3.2", QS),
        fact(CN, "balance", "value", 8.51e12, "CNY", Y, "8.51 trillion",
             "The gap between exports and imports produced a record trade surplus of 8.51 trillion yuan"),
        fact(CN, "balance", "growth", 20, "percent", Y, "20",
             "Measured in dollars, the surplus widened by 20 percent to $1.19 trillion"),
        fact(CN, "balance", "value", 1.19e12, "USD", Y, "1.19 trillion",
             "Measured in dollars, the surplus widened by 20 percent to $1.19 trillion"),
        fact(CN, "exports", "growth", 6.3, "percent", DEC, "6.3",
             "In December alone, exports grew 6.3 percent from a year earlier"),
        fact(CN, "exports", "growth", 5.7, "percent", NOV, "5.7",
             "In December alone, exports grew 6.3 percent from a year earlier, faster than the 5.7 percent increase in November"),
        fact(CN, "total", "rank", 1, "number", Y, "top",
             "ASEAN remained China's top trading partner", partner="ASEAN"),
        fact(CN, "total", "growth", 8, "percent", Y, "8",
             "ASEAN remained China's top trading partner, with two-way trade rising 8 percent to 7.55 trillion yuan", partner="ASEAN"),
        fact(CN, "total", "value", 7.55e12, "CNY", Y, "7.55 trillion",
             "ASEAN remained China's top trading partner, with two-way trade rising 8 percent to 7.55 trillion yuan", partner="ASEAN"),
        fact(CN, "total", "rank", 2, "number", Y, "second",
             "The EU came second at 5.9 trillion yuan", partner="European Union"),
        fact(CN, "total", "value", 5.9e12, "CNY", Y, "5.9 trillion",
             "The EU came second at 5.9 trillion yuan", partner="European Union"),
        fact(CN, "total", "growth", 5.8, "percent", Y, "5.8",
             "The EU came second at 5.9 trillion yuan, up 5.8 percent", partner="European Union"),
        fact(CN, "total", "growth", -16.2, "percent", Y, "16.2",
             "Trade with the US, by contrast, dropped 16.2 percent to 4.09 trillion yuan", partner="United States"),
        fact(CN, "total", "value", 4.09e12, "CNY", Y, "4.09 trillion",
             "Trade with the US, by contrast, dropped 16.2 percent to 4.09 trillion yuan", partner="United States"),
        fact(CN, "total", "share", 9, "percent", Y, "9",
             "Trade with the US, by contrast, dropped 16.2 percent to 4.09 trillion yuan, accounting for 9 percent of China's total",
             partner="United States"),
        fact(CN, "total", "growth", 6.3, "percent", Y, "6.3",
             "Trade with Belt and Road partner countries grew 6.3 percent to 23.6 trillion yuan", partner=BRI),
        fact(CN, "total", "value", 23.6e12, "CNY", Y, "23.6 trillion",
             "Trade with Belt and Road partner countries grew 6.3 percent to 23.6 trillion yuan", partner=BRI),
        fact(CN, "total", "growth", 18, "percent", Y, "18",
             "China's trade with the continent soared 18 percent", partner="Africa"),
        fact(CN, "total", "growth", 6.5, "percent", Y, "6.5",
             "trade with Latin America rose 6.5 percent", partner="Latin America"),
        fact(CN, "total", "value", 26.04e12, "CNY", Y, "26.04 trillion", PRIV, segment="private enterprises"),
        fact(CN, "total", "share", 57.3, "percent", Y, "57.3", PRIV, segment="private enterprises"),
        fact(CN, "total", "growth", 7.1, "percent", Y, "7.1", PRIV, segment="private enterprises"),
        fact(CN, "total", "count", 780000, "number", Y, "780,000",
             "The number of businesses with import and export records exceeded 780,000 last year",
             segment="foreign trade enterprises", qualifier="over"),
        fact(CN, "exports", "growth", 13.2, "percent", Y, "13.2",
             "Exports in the category jumped 13.2 percent to 5.25 trillion yuan", product="high-tech products"),
        fact(CN, "exports", "value", 5.25e12, "CNY", Y, "5.25 trillion",
             "Exports in the category jumped 13.2 percent to 5.25 trillion yuan", product="high-tech products"),
        fact(CN, "exports", "growth", 27.1, "percent", Y, "27.1",
             "shipments of the \"new trio\" - electric vehicles, lithium batteries and solar products - rose 27.1 percent",
             product="new trio"),
    ],
}
