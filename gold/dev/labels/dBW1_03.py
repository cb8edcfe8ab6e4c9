from _fact import fact, period

CN = "China"
AF = "Africa"
JAN_NOV = period(2025, 1, 11)
NOV = period(2025, 11)
Y2024 = period(2024, 1, 12)

ARTICLE = {
    "id": "dBW1_03",
    "title": "China-Africa trade hits record $314.4b in first 11 months as Chinese machinery, cars flow south",
    "publisher": "Global Times",
    "published": "2025-12-22",
    "notes": [
        "Real figures (China's customs data for January-November 2025 as reported in December 2025): total "
        "$314.413 billion (written $314.41 billion; headline $314.4b), +17.8%; exports to Africa $201.715 billion "
        "(written $201.72 billion), +26.3%; imports from Africa $112.698 billion (written $112.70 billion), +5.2%; "
        "2024 full-year total $295.562 billion (written $295.56 billion). Real policy context: zero tariffs on 100% "
        "of tariff lines for 33 African least developed countries from Dec 1, 2024, extension to 53 countries "
        "announced in June 2025. Derived: about 2.24 trillion yuan (at about 7.125 yuan per dollar); the 5.4% share "
        "of China's total trade (against about $5.8 trillion); surplus $89.02 billion (201.715 - 112.698) and its "
        "69.3% widening (against the year-earlier flows implied by the growth rates). Invented: November "
        "($31.24 billion, +21.4%), South Africa ($50.87 billion, +4.1%, 16.2%, derived from 50.87/314.41), Nigeria "
        "($25.62 billion, +18.9%, exports $23.18 billion), Egypt ($19.84 billion, +15.3%), Angola imports "
        "($13.95 billion, -9.7%), mechanical and electrical exports ($98.6 billion, +24.1%, 48.9% derived), "
        "automobile exports ($9.87 billion, +49.6%), crude oil imports ($26.34 billion, -11.2%), agricultural "
        "imports +8.7%, the $340 billion forecast.",
        "Judgement calls: the headline's $314.4b is the same observation as the body's $314.41 billion, labelled "
        "once with the body's evidence. 'about 2.24 trillion yuan' is the same observation in another currency: a "
        "separate CNY fact, approx. 'roughly 5.4 percent of China's overall foreign trade' is a share of China's "
        "trade with Africa, approx. 'shipped to the continent' are China's exports to Africa and "
        "'bought from Africa' its imports from Africa. The surplus is China's (area China, partner "
        "Africa), positive; '69.3 percent wider than a year before' is growth of the surplus, positive (a widening). "
        "Country figures are area China with the country as partner; South Africa's 16.2% is its share of "
        "China-Africa trade; 'Nigeria ranked second' is rank 2 for total trade. 'Purchases from Angola' is imports. "
        "'Africa has counted China as its biggest trading partner every year since 2009' is a streak (and Africa's "
        "view of China), not labelled.",
        "Not facts: 100 percent of tariff lines, 33 and 53 countries (tariff policy coverage, not trade flows or "
        "trading-partner counts); 'December 1, 2024' (date); the expert's expectation that full-year trade will "
        "exceed $340 billion (forecast); 'every year since 2009' (streak); 2024, 2025 as years.",
        "Copy check: 10 sentences searched, 6 reworded (the lead, the comparison with the 2024 total, the "
        "exports/imports sentence, the surplus sentence, the zero-tariff sentence and the closing streak line "
        "followed real Xinhua/SCMP/seneweb skeletons).",
        "Second check: 22 sentences searched, 6 reworded.",
    ],
    "facts": [
        fact(CN, "total", "value", 314.41e9, "USD", JAN_NOV, "$314.41 billion",
             "China's two-way goods trade with Africa climbed to a record $314.41 billion", partner=AF),
        fact(CN, "total", "growth", 17.8, "percent", JAN_NOV, "17.8",
             "China's two-way goods trade with Africa climbed to a record $314.41 billion, about 2.24 trillion yuan, in the first 11 months of 2025, growing 17.8 percent year-on-year", partner=AF),
        fact(CN, "total", "value", 2.24e12, "CNY", JAN_NOV, "2.24 trillion",
             "China's two-way goods trade with Africa climbed to a record $314.41 billion, about 2.24 trillion yuan",
             partner=AF, qualifier="approx"),
        fact(CN, "total", "value", 295.56e9, "USD", Y2024, "$295.56 billion",
             "the full-year 2024 total of $295.56 billion", partner=AF),
        fact(CN, "total", "share", 5.4, "percent", JAN_NOV, "5.4",
             "it amounts to roughly 5.4 percent of China's overall foreign trade", partner=AF, qualifier="approx"),
        fact(CN, "exports", "growth", 26.3, "percent", JAN_NOV, "26.3",
             "The $201.72 billion China shipped to the continent was 26.3 percent more than a year earlier", partner=AF),
        fact(CN, "exports", "value", 201.72e9, "USD", JAN_NOV, "$201.72 billion",
             "The $201.72 billion China shipped to the continent was 26.3 percent more than a year earlier", partner=AF),
        fact(CN, "imports", "growth", 5.2, "percent", JAN_NOV, "5.2",
             "the $112.70 billion it bought from Africa rose only 5.2 percent", partner=AF),
        fact(CN, "imports", "value", 112.70e9, "USD", JAN_NOV, "$112.70 billion",
             "the $112.70 billion it bought from Africa rose only 5.2 percent", partner=AF),
        fact(CN, "balance", "growth", 69.3, "percent", JAN_NOV, "69.3",
             "The gap between the two flows left China with an $89.02 billion surplus, 69.3 percent wider than a year before", partner=AF),
        fact(CN, "balance", "value", 89.02e9, "USD", JAN_NOV, "$89.02 billion",
             "The gap between the two flows left China with an $89.02 billion surplus", partner=AF),
        fact(CN, "total", "value", 31.24e9, "USD", NOV, "$31.24 billion",
             "November by itself brought $31.24 billion of China-Africa trade", partner=AF),
        fact(CN, "total", "growth", 21.4, "percent", NOV, "21.4",
             "November by itself brought $31.24 billion of China-Africa trade, 21.4 percent more than in the same month of 2024",
             partner=AF),
        fact(CN, "total", "rank", 1, "number", JAN_NOV, "largest",
             "South Africa remained China's largest trading partner on the continent", partner="South Africa"),
        fact(CN, "total", "value", 50.87e9, "USD", JAN_NOV, "$50.87 billion",
             "South Africa remained China's largest trading partner on the continent, with bilateral trade of $50.87 billion",
             partner="South Africa"),
        fact(CN, "total", "growth", 4.1, "percent", JAN_NOV, "4.1",
             "with bilateral trade of $50.87 billion, up 4.1 percent", partner="South Africa"),
        fact(CN, "total", "share", 16.2, "percent", JAN_NOV, "16.2",
             "with bilateral trade of $50.87 billion, up 4.1 percent and representing 16.2 percent of China-Africa trade",
             partner="South Africa"),
        fact(CN, "total", "rank", 2, "number", JAN_NOV, "second",
             "Nigeria ranked second at $25.62 billion", partner="Nigeria"),
        fact(CN, "total", "value", 25.62e9, "USD", JAN_NOV, "$25.62 billion",
             "Nigeria ranked second at $25.62 billion", partner="Nigeria"),
        fact(CN, "total", "growth", 18.9, "percent", JAN_NOV, "18.9",
             "Nigeria ranked second at $25.62 billion, an increase of 18.9 percent", partner="Nigeria"),
        fact(CN, "exports", "value", 23.18e9, "USD", JAN_NOV, "$23.18 billion",
             "with Chinese exports to the West African country amounting to $23.18 billion", partner="Nigeria"),
        fact(CN, "total", "growth", 15.3, "percent", JAN_NOV, "15.3",
             "Trade with Egypt came to $19.84 billion, 15.3 percent higher than a year earlier", partner="Egypt"),
        fact(CN, "total", "value", 19.84e9, "USD", JAN_NOV, "$19.84 billion",
             "Trade with Egypt came to $19.84 billion, 15.3 percent higher than a year earlier", partner="Egypt"),
        fact(CN, "imports", "growth", -9.7, "percent", JAN_NOV, "9.7",
             "Purchases from Angola, mostly crude oil, came to $13.95 billion, a 9.7 percent drop",
             partner="Angola"),
        fact(CN, "imports", "value", 13.95e9, "USD", JAN_NOV, "$13.95 billion",
             "Purchases from Angola, mostly crude oil, came to $13.95 billion, a 9.7 percent drop",
             partner="Angola"),
        fact(CN, "exports", "value", 98.6e9, "USD", JAN_NOV, "$98.6 billion",
             "At $98.6 billion, these goods", partner=AF, product="mechanical and electrical products"),
        fact(CN, "exports", "growth", 24.1, "percent", JAN_NOV, "24.1",
             "At $98.6 billion, these goods made up 48.9 percent of everything China sold to the continent, and their sales were 24.1 percent higher than a year earlier", partner=AF, product="mechanical and electrical products"),
        fact(CN, "exports", "share", 48.9, "percent", JAN_NOV, "48.9",
             "these goods made up 48.9 percent of everything China sold to the continent",
             partner=AF, product="mechanical and electrical products"),
        fact(CN, "exports", "value", 9.87e9, "USD", JAN_NOV, "$9.87 billion",
             "Exports of automobiles were worth $9.87 billion", partner=AF, product="automobiles"),
        fact(CN, "exports", "growth", 49.6, "percent", JAN_NOV, "49.6",
             "Exports of automobiles were worth $9.87 billion, surging 49.6 percent", partner=AF, product="automobiles"),
        fact(CN, "imports", "value", 26.34e9, "USD", JAN_NOV, "$26.34 billion",
             "crude oil purchases from Africa came to $26.34 billion", partner=AF, product="crude oil"),
        fact(CN, "imports", "growth", -11.2, "percent", JAN_NOV, "11.2",
             "crude oil purchases from Africa came to $26.34 billion, down 11.2 percent", partner=AF, product="crude oil"),
        fact(CN, "imports", "growth", 8.7, "percent", JAN_NOV, "8.7",
             "imports of agricultural products from the continent rose 8.7 percent", partner=AF,
             product="agricultural products"),
    ],
}
