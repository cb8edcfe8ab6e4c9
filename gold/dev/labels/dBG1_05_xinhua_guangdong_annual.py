from _fact import fact, period

Y = period(2025, 1, 12)
DEC = period(2025, 12)
GD = "Guangdong"

ARTICLE = {
    "id": "dBG1_05_xinhua_guangdong_annual",
    "title": "China's Guangdong sees record foreign trade of 9.49 trln yuan in 2025",
    "publisher": "Xinhua",
    "published": "2026-01-19",
    "notes": [
        "Real (Guangdong customs, January 2026, as reported): total 9.49 trillion yuan +4.4%, 20.9% of the national "
        "total, first among provinces for 40 years, 24.1% contribution, exports 6.03 trillion +2.5%, imports "
        "3.46 trillion +7.8%, high-tech exports 1.14 trillion (first time over 1 trillion).",
        "Derived: USD conversion 1.34 trillion (at about 7.07 yuan per dollar); surplus 2.57 trillion = 6.03 - 3.46; "
        "electromechanical share 68.3% = 4.12/6.03.",
        "Made up (plausible): December 872.35 billion, +7.1% yoy, +4.6% on November; over 158,000 enterprises; "
        "ASEAN 1.56 trillion +8.6%; Hong Kong 1.19, EU 1.03 trillion, US 852.7 billion, US -14.8%; Africa +12.5%, "
        "Latin America +9.1%; electromechanical 4.12 trillion +4.2%; EVs +38.5%; lithium batteries 141.6 billion "
        "+17.2%; 500 AEO enterprises. Publication date chosen as Monday 2026-01-19.",
        "Judgement: 'ranked first among China's provincial-level regions' labelled as Guangdong total rank 1 with "
        "partner null; the record cannot say the ranking is among provinces rather than among partners. "
        "'for the 40th consecutive year' is a streak, not labelled.",
        "'ASEAN remained the province's largest trading partner' labelled as rank 1 (value_text 'largest').",
        "Out of scope: 24.1 percent contribution to national growth; 'surpassed 1 trillion' threshold (exact 1.14 "
        "trillion labelled only); 500 AEO enterprises (not trading-enterprise count); 2026-2030.",
        "'exceeded 158,000' enterprises: count, segment foreign trade enterprises, qualifier over, period 2025 "
        "('last year' from a January 2026 article).",
        "December '4.6 percent from November' is basis mom.",
    ],
    "facts": [
        fact(GD, "total", "value", 9.49e12, "CNY", Y, "9.49 trillion",
             "climbed 4.4 percent year on year in 2025 to an unprecedented 9.49 trillion yuan"),
        fact(GD, "total", "value", 1.34e12, "USD", Y, "1.34 trillion",
             "9.49 trillion yuan (about 1.34 trillion U.S. dollars)", qualifier="approx"),
        fact(GD, "total", "growth", 4.4, "percent", Y, "4.4",
             "climbed 4.4 percent year on year in 2025"),
        fact(GD, "total", "share", 20.9, "percent", Y, "20.9",
             "The province's foreign trade accounted for 20.9 percent of the national total"),
        fact(GD, "total", "rank", 1, "number", Y, "first",
             "Guangdong ranked first among China's provincial-level regions"),
        fact(GD, "exports", "growth", 2.5, "percent", Y, "2.5",
             "exports came to 6.03 trillion yuan, 2.5 percent more than in 2024"),
        fact(GD, "exports", "value", 6.03e12, "CNY", Y, "6.03 trillion",
             "exports came to 6.03 trillion yuan, 2.5 percent more than in 2024"),
        fact(GD, "imports", "growth", 7.8, "percent", Y, "7.8",
             "imports reached 3.46 trillion yuan after an increase of 7.8 percent"),
        fact(GD, "imports", "value", 3.46e12, "CNY", Y, "3.46 trillion",
             "imports reached 3.46 trillion yuan after an increase of 7.8 percent"),
        fact(GD, "balance", "value", 2.57e12, "CNY", Y, "2.57 trillion",
             "Guangdong's trade surplus reached 2.57 trillion yuan for the year."),
        fact(GD, "total", "value", 872.35e9, "CNY", DEC, "872.35 billion",
             "In December alone, the province's imports and exports totaled 872.35 billion yuan"),
        fact(GD, "total", "growth", 7.1, "percent", DEC, "7.1",
             "totaled 872.35 billion yuan, up 7.1 percent year on year and 4.6 percent from November"),
        fact(GD, "total", "growth", 4.6, "percent", DEC, "4.6",
             "totaled 872.35 billion yuan, up 7.1 percent year on year and 4.6 percent from November",
             basis="mom"),
        fact(GD, "total", "count", 158000, "number", Y, "158,000",
             "More than 158,000 companies in Guangdong actually traded across the border last year",
             segment="foreign trade enterprises", qualifier="over"),
        fact(GD, "total", "rank", 1, "number", Y, "largest",
             "ASEAN, which stayed the province's largest trading partner", partner="ASEAN"),
        fact(GD, "total", "growth", 8.6, "percent", Y, "8.6",
             "Trade with ASEAN, which stayed the province's largest trading partner, grew 8.6 percent to 1.56 trillion yuan", partner="ASEAN"),
        fact(GD, "total", "value", 1.56e12, "CNY", Y, "1.56 trillion",
             "Trade with ASEAN, which stayed the province's largest trading partner, grew 8.6 percent to 1.56 trillion yuan", partner="ASEAN"),
        fact(GD, "total", "value", 1.19e12, "CNY", Y, "1.19 trillion",
             "Trade with Hong Kong, the European Union and the United States came in at 1.19 trillion yuan, "
             "1.03 trillion yuan and 852.7 billion yuan, respectively", partner="Hong Kong"),
        fact(GD, "total", "value", 1.03e12, "CNY", Y, "1.03 trillion",
             "Trade with Hong Kong, the European Union and the United States came in at 1.19 trillion yuan, "
             "1.03 trillion yuan and 852.7 billion yuan, respectively", partner="European Union"),
        fact(GD, "total", "value", 852.7e9, "CNY", Y, "852.7 billion",
             "Trade with Hong Kong, the European Union and the United States came in at 1.19 trillion yuan, "
             "1.03 trillion yuan and 852.7 billion yuan, respectively", partner="United States"),
        fact(GD, "total", "growth", -14.8, "percent", Y, "14.8",
             "with trade with the United States down 14.8 percent", partner="United States"),
        fact(GD, "total", "growth", 12.5, "percent", Y, "12.5",
             "rising 12.5 percent with Africa", partner="Africa"),
        fact(GD, "total", "growth", 9.1, "percent", Y, "9.1",
             "rising 12.5 percent with Africa and 9.1 percent with Latin America", partner="Latin America"),
        fact(GD, "exports", "value", 4.12e12, "CNY", Y, "4.12 trillion",
             "Mechanical and electrical products accounted for 68.3 percent of Guangdong's exports, with their value up 4.2 percent at 4.12 trillion yuan",
             product="mechanical and electrical products"),
        fact(GD, "exports", "growth", 4.2, "percent", Y, "4.2",
             "with their value up 4.2 percent at 4.12 trillion yuan",
             product="mechanical and electrical products"),
        fact(GD, "exports", "share", 68.3, "percent", Y, "68.3",
             "Mechanical and electrical products accounted for 68.3 percent of Guangdong's exports",
             product="mechanical and electrical products"),
        fact(GD, "exports", "value", 1.14e12, "CNY", Y, "1.14 trillion",
             "Exports of high-tech products surpassed 1 trillion yuan for the first time, reaching 1.14 trillion yuan",
             product="high-tech products"),
        fact(GD, "exports", "growth", 38.5, "percent", Y, "38.5",
             "Guangdong's exports of electric vehicles jumped 38.5 percent", product="electric vehicles"),
        fact(GD, "exports", "growth", 17.2, "percent", Y, "17.2",
             "exports of lithium batteries rose 17.2 percent to 141.6 billion yuan", product="lithium batteries"),
        fact(GD, "exports", "value", 141.6e9, "CNY", Y, "141.6 billion",
             "exports of lithium batteries rose 17.2 percent to 141.6 billion yuan", product="lithium batteries"),
    ],
}
