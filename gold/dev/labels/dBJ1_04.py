from _fact import fact, period

CN = "China"
EU = "European Union"
Y25 = period(2025, 1, 12)
Y24 = period(2024, 1, 12)
DEC = period(2025, 12)

ARTICLE = {
    "id": "dBJ1_04",
    "title": "China-EU trade grows 6% to 5.93 trillion yuan in 2025 as green goods lead exports; experts call for dialogue to manage frictions",
    "publisher": "Global Times",
    "published": "2026-01-14",
    "notes": [
        "Real figures: China-EU trade 5.93 trillion yuan in 2025, up 6 percent, 13 percent of China's total (GAC, Jan 2026); "
        "dollar-terms export growth 8.4, import growth -0.4 and surplus growth 18.1; China-Germany trade 1.51 trillion yuan, up 5.2 percent; China-EU growth in 2024 of about 1.6. "
        "Invented but consistent: yuan exports/imports/surplus, the USD conversion, December figures, product lines, "
        "the Netherlands and France figures, the surplus with Germany.",
        "Judgement calls: 'last year' in a January 2026 article is 2025. The dollar-terms growth rates of exports and imports are "
        "separate statements from the yuan-terms rates (they disagree beyond rounding), so both are labelled as written. "
        "The parenthetical USD conversion has no 'about', so its qualifier is exact. 'second-largest trading partner' is a rank "
        "of total trade with the EU. 'Their exports' carries mechanical and electrical products from the sentence before. "
        "The 1.6 percent 2024 growth is a stated observation for 2024, not the period of the 2025 figure. "
        "'more than doubled to 176.8 billion yuan': the value 176.8 billion is exact; the doubling has no number and is not labelled.",
        "Not facts: 0.8 percentage points (contribution to growth), 35.3 percent (tariff rate), 3 to 5 percent in 2026 (forecast), "
        "50th anniversary and 27 member states (not trade flows), more than 19,000 freight train trips (not a trade flow), "
        "'fastest pace of any month' (no number).",
        "Copy check: 25 sentences searched, 0 reworded.",
        "Copy check (independent): 25 sentences searched, 6 reworded.",
    ],
    "facts": [
        fact(CN, "total", "value", 5.93e12, "CNY", Y25, "5.93 trillion",
             "Trade between China and the European Union (EU) rose 6 percent year-on-year to 5.93 trillion yuan", partner=EU),
        fact(CN, "total", "value", 848.4e9, "USD", Y25, "848.4 billion",
             "5.93 trillion yuan ($848.4 billion) in 2025", partner=EU),
        fact(CN, "total", "growth", 6, "percent", Y25, "6",
             "Trade between China and the European Union (EU) rose 6 percent year-on-year", partner=EU),
        fact(CN, "total", "rank", 2, "number", Y25, "second",
             "the bloc keeping its position as China's second-largest trading partner", partner=EU),
        fact(CN, "total", "share", 13, "percent", Y25, "13",
             "Out of China's 45.47 trillion yuan in total foreign trade last year, 13 percent was conducted with the EU", partner=EU),
        fact(CN, "total", "value", 45.47e12, "CNY", Y25, "45.47 trillion",
             "China's 45.47 trillion yuan in total foreign trade last year"),
        fact(CN, "total", "growth", 1.6, "percent", Y24, "1.6",
             "Bilateral growth was well ahead of the 1.6 percent increase registered in 2024", partner=EU),
        fact(CN, "exports", "value", 4.01e12, "CNY", Y25, "4.01 trillion",
             "China sold 4.01 trillion yuan worth of goods to the EU", partner=EU),
        fact(CN, "exports", "growth", 9.3, "percent", Y25, "9.3",
             "China sold 4.01 trillion yuan worth of goods to the EU, 9.3 percent more than in 2024", partner=EU),
        fact(CN, "imports", "growth", -0.3, "percent", Y25, "0.3",
             "the bloc's shipments to China, at 1.92 trillion yuan, dipped 0.3 percent", partner=EU),
        fact(CN, "imports", "value", 1.92e12, "CNY", Y25, "1.92 trillion",
             "the bloc's shipments to China, at 1.92 trillion yuan, dipped 0.3 percent", partner=EU),
        fact(CN, "balance", "value", 2.09e12, "CNY", Y25, "2.09 trillion",
             "China's surplus in goods trade with the EU thus stood at 2.09 trillion yuan for the year", partner=EU),
        fact(CN, "exports", "growth", 8.4, "percent", Y25, "8.4",
             "In dollar terms, the surplus came to $291.5 billion, 18.1 percent larger than in 2024, with the bloc buying 8.4 percent more from China", partner=EU),
        fact(CN, "imports", "growth", -0.4, "percent", Y25, "0.4",
             "In dollar terms, the surplus came to $291.5 billion, 18.1 percent larger than in 2024, with the bloc buying 8.4 percent more from China and selling it 0.4 percent less", partner=EU),
        fact(CN, "balance", "growth", 18.1, "percent", Y25, "18.1",
             "In dollar terms, the surplus came to $291.5 billion, 18.1 percent larger than in 2024", partner=EU),
        fact(CN, "balance", "value", 291.5e9, "USD", Y25, "291.5 billion",
             "the surplus came to $291.5 billion", partner=EU),
        fact(CN, "exports", "growth", 11.6, "percent", DEC, "11.6",
             "In December alone, China's exports to the EU grew 11.6 percent from a year earlier", partner=EU),
        fact(CN, "exports", "value", 362.4e9, "CNY", DEC, "362.4 billion",
             "In December alone, China's exports to the EU grew 11.6 percent from a year earlier to 362.4 billion yuan", partner=EU),
        fact(CN, "exports", "growth", 4.2, "percent", DEC, "4.2",
             "and were 4.2 percent higher than in November", partner=EU, basis="mom"),
        fact(CN, "imports", "growth", 17.4, "percent", DEC, "17.4",
             "Imports from the bloc jumped 17.4 percent year-on-year in December", partner=EU),
        fact(CN, "exports", "value", 2.4e12, "CNY", Y25, "2.4 trillion",
             "Their exports to the EU totaled 2.4 trillion yuan", partner=EU, product="mechanical and electrical products"),
        fact(CN, "exports", "growth", 10.1, "percent", Y25, "10.1",
             "Their exports to the EU totaled 2.4 trillion yuan, up 10.1 percent", partner=EU, product="mechanical and electrical products"),
        fact(CN, "exports", "share", 59.8, "percent", Y25, "59.8",
             "making up 59.8 percent of everything China shipped to the bloc", partner=EU, product="mechanical and electrical products"),
        fact(CN, "exports", "growth", 19.6, "percent", Y25, "19.6",
             "Exports of lithium batteries to the EU surged 19.6 percent to 197.2 billion yuan", partner=EU, product="lithium batteries"),
        fact(CN, "exports", "value", 197.2e9, "CNY", Y25, "197.2 billion",
             "Exports of lithium batteries to the EU surged 19.6 percent to 197.2 billion yuan", partner=EU, product="lithium batteries"),
        fact(CN, "exports", "growth", 11.2, "percent", Y25, "11.2",
             "shipments of electric vehicles (EVs) rose 11.2 percent to 86.5 billion yuan", partner=EU, product="electric vehicles"),
        fact(CN, "exports", "value", 86.5e9, "CNY", Y25, "86.5 billion",
             "shipments of electric vehicles (EVs) rose 11.2 percent to 86.5 billion yuan", partner=EU, product="electric vehicles"),
        fact(CN, "imports", "growth", -28.5, "percent", Y25, "28.5",
             "China's purchases of passenger vehicles from the EU fell 28.5 percent to 78.6 billion yuan", partner=EU, product="passenger vehicles"),
        fact(CN, "imports", "value", 78.6e9, "CNY", Y25, "78.6 billion",
             "China's purchases of passenger vehicles from the EU fell 28.5 percent to 78.6 billion yuan", partner=EU, product="passenger vehicles"),
        fact(CN, "total", "value", 1.51e12, "CNY", Y25, "1.51 trillion",
             "China's trade with Germany, the Netherlands and France reached 1.51 trillion yuan, 793.6 billion yuan and 578.2 billion yuan, up 5.2 percent, 2.1 percent and 1.9 percent, respectively",
             partner="Germany"),
        fact(CN, "total", "value", 793.6e9, "CNY", Y25, "793.6 billion",
             "China's trade with Germany, the Netherlands and France reached 1.51 trillion yuan, 793.6 billion yuan and 578.2 billion yuan, up 5.2 percent, 2.1 percent and 1.9 percent, respectively",
             partner="Netherlands"),
        fact(CN, "total", "value", 578.2e9, "CNY", Y25, "578.2 billion",
             "China's trade with Germany, the Netherlands and France reached 1.51 trillion yuan, 793.6 billion yuan and 578.2 billion yuan, up 5.2 percent, 2.1 percent and 1.9 percent, respectively",
             partner="France"),
        fact(CN, "total", "growth", 5.2, "percent", Y25, "5.2",
             "China's trade with Germany, the Netherlands and France reached 1.51 trillion yuan, 793.6 billion yuan and 578.2 billion yuan, up 5.2 percent, 2.1 percent and 1.9 percent, respectively",
             partner="Germany"),
        fact(CN, "total", "growth", 2.1, "percent", Y25, "2.1",
             "China's trade with Germany, the Netherlands and France reached 1.51 trillion yuan, 793.6 billion yuan and 578.2 billion yuan, up 5.2 percent, 2.1 percent and 1.9 percent, respectively",
             partner="Netherlands"),
        fact(CN, "total", "growth", 1.9, "percent", Y25, "1.9",
             "China's trade with Germany, the Netherlands and France reached 1.51 trillion yuan, 793.6 billion yuan and 578.2 billion yuan, up 5.2 percent, 2.1 percent and 1.9 percent, respectively",
             partner="France"),
        fact(CN, "balance", "value", 176.8e9, "CNY", Y25, "176.8 billion",
             "China's trade surplus with Germany more than doubled to 176.8 billion yuan", partner="Germany"),
    ],
}
