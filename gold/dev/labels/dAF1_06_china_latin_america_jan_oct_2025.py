from _fact import fact, period

JAN_OCT = period(2025, 1, 10)
Y2024 = period(2024, 1, 12)
A = "China"
LA = "Latin America"

LEAD = "two-way trade reaching 3.14 trillion yuan ($441 billion), up 3.2 percent year-on-year"
SHARE = "The region accounted for 8.4 percent of China's total foreign trade during the period"
OVERALL = "China's overall imports and exports rose 3.6 percent year-on-year to 37.31 trillion yuan from January to October."
EXP = "China's exports to Latin America amounted to 1.74 trillion yuan, a rise of 6.8 percent"
IMP = "imports from the region edged down 1 percent to 1.40 trillion yuan"
BRAZIL = "China's trade with Brazil, its largest trading partner in Latin America, totaled 1.05 trillion yuan, down 1.6 percent year-on-year"
MEXICO = "Trade with Mexico rose 4.4 percent to 658.2 billion yuan"
CHILE = "trade with Chile came in at 381.6 billion yuan, up 2.7 percent"
PERU = "China-Peru trade posted the fastest growth among the major partners in the region, surging 12.6 percent to 245.3 billion yuan"
SOY_BR = "China imported 70.81 million tons of soybeans from Brazil in the first 10 months, up 4.5 percent year-on-year"
SOY_AR = "Imports of Argentine soybeans climbed 23.9 percent to 4.46 million tons over the same period."
CARS = "China's exports of automobiles to Latin America rose 14.7 percent to 98.6 billion yuan in the first 10 months"
RECORD = "He expects full-year trade between China and Latin America to surpass last year's record of $518.5 billion."

ARTICLE = {
    "id": "dAF1_06_china_latin_america_jan_oct_2025",
    "title": "China-Latin America trade rises 3.2% in first 10 months, showing resilience amid tariff turbulence",
    "publisher": "Global Times",
    "published": "2025-11-09",
    "notes": [
        "Area China throughout (GAC data on China's trade); partner Latin America for the bloc figures; 'the region' = Latin America.",
        "'3.14 trillion yuan ($441 billion)': CNY fact plus an approx USD fact.",
        "'The region accounted for 8.4 percent of China's total foreign trade': share, total, partner Latin America.",
        "'Trade with Mexico', 'trade with Chile', 'China-Peru trade': China's total trade with each partner, Jan-Oct 2025.",
        "'Imports of Argentine soybeans': China's imports from Argentina, product soybeans; 'over the same period' = first 10 months.",
        "'last year's record of $518.5 billion': China's total trade with Latin America in 2024 (stated figure); the expectation that 2025 trade will surpass it is a forecast and is not labelled.",
        "'Brazil, its largest trading partner in Latin America': rank within a subset of partners (Latin America only), which the record cannot express; not labelled. Likewise 'the fastest growth among the major partners in the region' carries no number.",
        "Out of scope, unlabelled: 'opened in November 2024' (date); 'around 23 days' (shipping time, not a trade flow); 'tariffs of up to 50 percent' (tariff rate).",
    ],
    "facts": [
        fact(A, "total", "value", 3.14e12, "CNY", JAN_OCT, "3.14 trillion", LEAD, partner=LA),
        fact(A, "total", "value", 441e9, "USD", JAN_OCT, "441 billion", LEAD, partner=LA, qualifier="approx"),
        fact(A, "total", "growth", 3.2, "percent", JAN_OCT, "3.2", LEAD, partner=LA),
        fact(A, "total", "share", 8.4, "percent", JAN_OCT, "8.4", SHARE, partner=LA),
        fact(A, "total", "growth", 3.6, "percent", JAN_OCT, "3.6", OVERALL),
        fact(A, "total", "value", 37.31e12, "CNY", JAN_OCT, "37.31 trillion", OVERALL),
        fact(A, "exports", "value", 1.74e12, "CNY", JAN_OCT, "1.74 trillion", EXP, partner=LA),
        fact(A, "exports", "growth", 6.8, "percent", JAN_OCT, "6.8", EXP, partner=LA),
        fact(A, "imports", "growth", -1, "percent", JAN_OCT, "1", IMP, partner=LA),
        fact(A, "imports", "value", 1.40e12, "CNY", JAN_OCT, "1.40 trillion", IMP, partner=LA),
        fact(A, "total", "value", 1.05e12, "CNY", JAN_OCT, "1.05 trillion", BRAZIL, partner="Brazil"),
        fact(A, "total", "growth", -1.6, "percent", JAN_OCT, "1.6", BRAZIL, partner="Brazil"),
        fact(A, "total", "growth", 4.4, "percent", JAN_OCT, "4.4", MEXICO, partner="Mexico"),
        fact(A, "total", "value", 658.2e9, "CNY", JAN_OCT, "658.2 billion", MEXICO, partner="Mexico"),
        fact(A, "total", "value", 381.6e9, "CNY", JAN_OCT, "381.6 billion", CHILE, partner="Chile"),
        fact(A, "total", "growth", 2.7, "percent", JAN_OCT, "2.7", CHILE, partner="Chile"),
        fact(A, "total", "growth", 12.6, "percent", JAN_OCT, "12.6", PERU, partner="Peru"),
        fact(A, "total", "value", 245.3e9, "CNY", JAN_OCT, "245.3 billion", PERU, partner="Peru"),
        fact(A, "imports", "quantity", 70.81e6, "tonnes", JAN_OCT, "70.81 million", SOY_BR, partner="Brazil", product="soybeans"),
        fact(A, "imports", "growth", 4.5, "percent", JAN_OCT, "4.5", SOY_BR, partner="Brazil", product="soybeans"),
        fact(A, "imports", "growth", 23.9, "percent", JAN_OCT, "23.9", SOY_AR, partner="Argentina", product="soybeans"),
        fact(A, "imports", "quantity", 4.46e6, "tonnes", JAN_OCT, "4.46 million", SOY_AR, partner="Argentina", product="soybeans"),
        fact(A, "exports", "growth", 14.7, "percent", JAN_OCT, "14.7", CARS, partner=LA, product="automobiles"),
        fact(A, "exports", "value", 98.6e9, "CNY", JAN_OCT, "98.6 billion", CARS, partner=LA, product="automobiles"),
        fact(A, "total", "value", 518.5e9, "USD", Y2024, "518.5 billion", RECORD, partner=LA),
    ],
}
