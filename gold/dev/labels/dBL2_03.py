from _fact import fact, period

MY = "Malaysia"
MAR = period(2026, 3)
Q1 = period(2026, 1, 3)
EE = "electrical and electronic products"

ARTICLE = {
    "id": "dBL2_03",
    "title": "Malaysia's trade up 9.3 pct to RM272.85 bln in March, E&E exports surge - MITI",
    "publisher": "Bernama",
    "published": "2026-04-20",
    "notes": [
        "Real figures (as reported for March 2026 by a research house): total trade +9.3% yoy, exports +8.3%, imports +10.4%, "
        "E&E exports +28.5%, exports to the US +18.3%, ninth straight month of export growth; January 2026 values (trade "
        "RM272.37 bn, exports RM146.87 bn, imports RM125.50 bn) were used to build the first-quarter totals. Invented: all March "
        "ringgit values, the February base and month-on-month rates, shares, LNG and palm oil figures, partner values, ASEAN "
        "and China growth, the first-quarter values and growth rates, the quarter-on-quarter rate, the forecasts.",
        "Judgement calls: 'On a month-on-month basis' opens a paragraph and covers exports, imports, total trade and the "
        "surplus (all basis mom, March). 'On the month, they rose 11.7 per cent' carries the subject E&E exports from the "
        "sentence before (mom). 'was 5.0 per cent smaller than a year earlier' is surplus growth -5.0. 'of which E&E products "
        "alone were worth RM61.85 billion' is an E&E export value; 'E&E exports made up 42.6 per cent of the country's total "
        "exports' is its share. E&E is written out as the text defines it ('electrical and electronic products'). 'ASEAN "
        "remained Malaysia's largest trading partner' is total-trade rank 1 with partner ASEAN; 'or 25.7 per cent of the total' "
        "is its share of total trade. The EU and Japan export values come from a 'respectively' list. 'Compared with the fourth "
        "quarter of 2025, however, exports were 3.2 per cent lower' is first-quarter export growth, basis qoq. "
        "'10.4 per cent more than in the same period of 2025' is first-quarter total trade growth (yoy).",
        "Not facts: 'ninth straight month', '71st consecutive month of surplus since May 2020', 'highest ever recorded for the "
        "January-March period' (streaks/milestones); '19 per cent US reciprocal tariff' (tariff rate); '3.0 and 5.0 per cent' "
        "and 'about 4.5 per cent' (forecasts); the sentence on exports to Singapore carries no number.",
        "Copy check: 4 sentences searched, 0 reworded after searching; 3 sentences reworded beforehand because they followed "
        "real sentences read during step 2. Second check: 22 sentences searched, 1 reworded.",
    ],
    "facts": [
        fact(MY, "total", "growth", 9.3, "percent", MAR, "9.3",
             "Malaysia's total trade rose 9.3 per cent year-on-year to RM272.85 billion in March 2026"),
        fact(MY, "total", "value", 272.85e9, "MYR", MAR, "272.85 billion",
             "Malaysia's total trade rose 9.3 per cent year-on-year to RM272.85 billion in March 2026"),
        fact(MY, "exports", "growth", 8.3, "percent", MAR, "8.3",
             "Exports increased 8.3 per cent to RM145.12 billion"),
        fact(MY, "exports", "value", 145.12e9, "MYR", MAR, "145.12 billion",
             "Exports increased 8.3 per cent to RM145.12 billion"),
        fact(MY, "imports", "growth", 10.4, "percent", MAR, "10.4",
             "imports climbed 10.4 per cent to RM127.73 billion"),
        fact(MY, "imports", "value", 127.73e9, "MYR", MAR, "127.73 billion",
             "imports climbed 10.4 per cent to RM127.73 billion"),
        fact(MY, "balance", "value", 17.39e9, "MYR", MAR, "17.39 billion",
             "The trade surplus, at RM17.39 billion, was 5.0 per cent smaller than a year earlier"),
        fact(MY, "balance", "growth", -5.0, "percent", MAR, "5.0",
             "The trade surplus, at RM17.39 billion, was 5.0 per cent smaller than a year earlier"),
        # month-on-month
        fact(MY, "exports", "growth", 13.0, "percent", MAR, "13.0",
             "On a month-on-month basis, exports jumped 13.0 per cent", basis="mom"),
        fact(MY, "imports", "growth", 11.0, "percent", MAR, "11.0",
             "On a month-on-month basis, exports jumped 13.0 per cent, imports 11.0 per cent", basis="mom"),
        fact(MY, "total", "growth", 12.1, "percent", MAR, "12.1",
             "On a month-on-month basis, exports jumped 13.0 per cent, imports 11.0 per cent and total trade 12.1 per cent",
             basis="mom"),
        fact(MY, "balance", "growth", 30.8, "percent", MAR, "30.8",
             "the surplus widened 30.8 per cent from February", basis="mom"),
        # products
        fact(MY, "exports", "value", 61.85e9, "MYR", MAR, "61.85 billion",
             "E&E products alone were worth RM61.85 billion, up 28.5 per cent from March 2025", product=EE),
        fact(MY, "exports", "growth", 28.5, "percent", MAR, "28.5",
             "E&E products alone were worth RM61.85 billion, up 28.5 per cent from March 2025", product=EE),
        fact(MY, "exports", "share", 42.6, "percent", MAR, "42.6",
             "E&E exports made up 42.6 per cent of the country's total exports during the month", product=EE),
        fact(MY, "exports", "growth", 11.7, "percent", MAR, "11.7",
             "On the month, they rose 11.7 per cent", product=EE, basis="mom"),
        fact(MY, "exports", "growth", -6.2, "percent", MAR, "6.2",
             "Shipments of liquefied natural gas (LNG) fell 6.2 per cent from a year earlier",
             product="liquefied natural gas"),
        fact(MY, "exports", "growth", -9.4, "percent", MAR, "9.4",
             "palm oil and palm oil-based agriculture products declined 9.4 per cent to RM5.92 billion",
             product="palm oil and palm oil-based agriculture products"),
        fact(MY, "exports", "value", 5.92e9, "MYR", MAR, "5.92 billion",
             "palm oil and palm oil-based agriculture products declined 9.4 per cent to RM5.92 billion",
             product="palm oil and palm oil-based agriculture products"),
        # partners
        fact(MY, "total", "rank", 1, "number", MAR, "largest",
             "ASEAN remained Malaysia's largest trading partner", partner="ASEAN"),
        fact(MY, "total", "value", 70.12e9, "MYR", MAR, "70.12 billion",
             "ASEAN remained Malaysia's largest trading partner, with trade worth RM70.12 billion", partner="ASEAN"),
        fact(MY, "total", "share", 25.7, "percent", MAR, "25.7",
             "with trade worth RM70.12 billion, or 25.7 per cent of the total", partner="ASEAN"),
        fact(MY, "total", "growth", 4.1, "percent", MAR, "4.1",
             "with trade worth RM70.12 billion, or 25.7 per cent of the total, up 4.1 per cent from March 2025",
             partner="ASEAN"),
        fact(MY, "total", "growth", 8.8, "percent", MAR, "8.8",
             "Trade with China expanded 8.8 per cent to RM47.35 billion", partner="China"),
        fact(MY, "total", "value", 47.35e9, "MYR", MAR, "47.35 billion",
             "Trade with China expanded 8.8 per cent to RM47.35 billion", partner="China"),
        fact(MY, "total", "share", 17.4, "percent", MAR, "17.4",
             "Trade with China expanded 8.8 per cent to RM47.35 billion and accounted for 17.4 per cent of Malaysia's total trade",
             partner="China"),
        fact(MY, "exports", "growth", 18.3, "percent", MAR, "18.3",
             "Exports to the United States grew 18.3 per cent to RM22.64 billion", partner="United States"),
        fact(MY, "exports", "value", 22.64e9, "MYR", MAR, "22.64 billion",
             "Exports to the United States grew 18.3 per cent to RM22.64 billion", partner="United States"),
        fact(MY, "exports", "value", 12.31e9, "MYR", MAR, "12.31 billion",
             "Exports to the European Union and Japan amounted to RM12.31 billion and RM6.94 billion, respectively",
             partner="European Union"),
        fact(MY, "exports", "value", 6.94e9, "MYR", MAR, "6.94 billion",
             "Exports to the European Union and Japan amounted to RM12.31 billion and RM6.94 billion, respectively",
             partner="Japan"),
        # first quarter
        fact(MY, "total", "value", 788.72e9, "MYR", Q1, "788.72 billion",
             "Malaysia's first-quarter trade reached RM788.72 billion"),
        fact(MY, "total", "growth", 10.4, "percent", Q1, "10.4",
             "Malaysia's first-quarter trade reached RM788.72 billion, 10.4 per cent more than in the same period of 2025"),
        fact(MY, "exports", "growth", 12.3, "percent", Q1, "12.3",
             "Exports over the three months rose 12.3 per cent to RM420.39 billion"),
        fact(MY, "exports", "value", 420.39e9, "MYR", Q1, "420.39 billion",
             "Exports over the three months rose 12.3 per cent to RM420.39 billion"),
        fact(MY, "balance", "value", 52.06e9, "MYR", Q1, "52.06 billion",
             "leaving a trade surplus of RM52.06 billion for the quarter"),
        fact(MY, "exports", "growth", -3.2, "percent", Q1, "3.2",
             "Compared with the fourth quarter of 2025, however, exports were 3.2 per cent lower", basis="qoq"),
    ],
}
