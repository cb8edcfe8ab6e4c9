from _fact import fact, period

JAN_OCT = period(2025, 1, 10)
Y2024 = period(2024, 1, 12)
A = "China"
LA = "Latin America"

LEAD = 'climbing 3.2 percent year-on-year to 3.14 trillion yuan ($441 billion)'
SHARE = "Latin America made up 8.4 percent of China's overall foreign trade over the period"
OVERALL = "Between January and October, China's total imports and exports grew 3.6 percent year-on-year to 37.31 trillion yuan."
EXP = 'Chinese exports to the region rose 6.8 percent to 1.74 trillion yuan'
IMP = 'imports from Latin America slipped 1 percent to 1.40 trillion yuan'
BRAZIL = "Trade with Brazil, which tops China's list of Latin American trading partners, came to 1.05 trillion yuan, a 1.6 percent decline year-on-year"
MEXICO = "China's trade with Mexico increased 4.4 percent to 658.2 billion yuan"
CHILE = 'its trade with Chile totaled 381.6 billion yuan, a gain of 2.7 percent'
PERU = 'Peru saw the quickest growth in trade with China, which jumped 12.6 percent to 245.3 billion yuan'
SOY_BR = "China's imports of Brazilian soybeans totaled 70.81 million tons in the first 10 months, 4.5 percent more than a year earlier"
SOY_AR = 'Soybean imports from Argentina jumped 23.9 percent to 4.46 million tons in the same period.'
CARS = "in the first 10 months, China's automobile exports to Latin America grew 14.7 percent to 98.6 billion yuan"
RECORD = "The researcher expects trade between China and Latin America for the full year to exceed last year's record of $518.5 billion."

ARTICLE = {
    "id": "dAF1_06_china_latin_america_jan_oct_2025",
    "title": "Trade between China and Latin America grows 3.2% in first 10 months, holding firm amid tariff turmoil",
    "publisher": "Global Times",
    "published": "2025-11-09",
    "notes": [
        "Area China throughout (GAC data on China's trade); partner Latin America for the bloc figures; 'the region' = Latin America.",
        "'3.14 trillion yuan ($441 billion)': CNY fact plus an approx USD fact.",
        "'Latin America made up 8.4 percent of China's overall foreign trade': share, total, partner Latin America.",
        "'China's trade with Mexico', 'its trade with Chile', 'trade with Peru': China's total trade with each partner, Jan-Oct 2025.",
        "'Soybean imports from Argentina': China's imports from Argentina, product soybeans; 'in the same period' = first 10 months.",
        "'last year's record of $518.5 billion': China's total trade with Latin America in 2024 (stated figure); the expectation that 2025 trade will surpass it is a forecast and is not labelled.",
        "'Brazil, which tops China's list of Latin American trading partners': rank within a subset of partners (Latin America only), which the record cannot express; not labelled. Likewise 'Of the region's main partners, Peru saw the quickest growth' carries no number.",
        "Out of scope, unlabelled: 'since opening in November 2024' (date); 'around 23 days' (shipping time, not a trade flow); 'levies as high as 50 percent' (tariff rate).",
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
