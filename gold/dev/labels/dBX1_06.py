from _fact import fact, period

CN = "China"
LA = "Latin America"
JO = period(2025, 1, 10)
OCT = period(2025, 10)
Y24 = period(2024, 1, 12)
SOY = "soybeans"

ARTICLE = {
    "id": "dBX1_06",
    "title": "China-Latin America trade rises 6.2% in first 10 months as soybean, copper flows deepen",
    "publisher": "Global Times",
    "published": "2025-11-21",
    "notes": [
        "Real figures (GAC soybean data of Nov 20, 2025 via Reuters/srnnews.com and econotimes.com; bozhou-int.com on the GAC "
        "release of Nov 7, 2025; Xinhua, Feb 10, 2026; Xinhua, May 13, 2025; automotiveworld.com, Sep 11, 2025): soybeans from "
        "Brazil 70.81 mn t Jan-Oct +4.5%, from Argentina 4.46 mn t +23.9% ('nearly 24'); October from Brazil 7.12 mn t +28.8% "
        "('almost 29'), 75.1% of October imports ('over 75'); China's overall trade +3.6% Jan-Oct 2025; China-Latin America "
        "trade above $500 bn for the first time in 2024; full-year 2025 3.93 tn yuan +6.5% (used to size the Jan-Oct figure); "
        "Jan-Oct 2024 China-Latin America trade 3.09 tn yuan (used as the base); Mexico's proposed tariffs of up to 50% on cars "
        "from countries without trade agreements.",
        "Derived/made up: Jan-Oct 2025 total 3.28 tn yuan (+6.2%, derived from the real 3.09 tn base and the full-year pace); "
        "$457.6 bn (+5.7%) at about 7.17 yuan per dollar; 8.8% share derived from an assumed national total of 37.31 tn yuan "
        "(from memory); exports 1.8 tn (+7.4%), imports 1.48 tn (+4.7%) and the ~320 bn surplus made up to add up; Brazil "
        "$156.8 bn +0.9%, Mexico $92.4 bn +3.2%, Chile $56.3 bn, Peru $36.9 bn +10.6% made up, their shares 34.3% and 20.2% "
        "derived; copper ore and concentrate from Chile 8.47 mn t and Peru 6.28 mn t made up, Chile's 33.8% derived from the "
        "real Jan-Oct total of 25.09 mn t; car exports +14.2% and $6.94 bn to Mexico made up; the expert Liu Haiqing, his "
        "quote and his 6% forecast made up.",
        "Judgement calls: the period of the lead ('January-October period') takes its year from the headline and published "
        "date; the dollar total and its growth are separate facts from the yuan ones (two growth rates, one per currency); "
        "'crossed 500 billion US dollars' in 2024 is labelled as a full-year 2024 value with qualifier over (a threshold with "
        "no exact figure given); Brazil 'largest trading partner in the region' is rank 1; Brazil's and Mexico's shares are "
        "shares of China's trade with Latin America (area China, partner the country); 'Brazilian shipments of the oilseed to Chinese buyers' "
        "and 'Brazil ... landing 7.12 million tons' are China's soybean imports from Brazil; Argentina's tonnage and growth "
        "come from 'Argentina's slice ... its 4.46 million tons'; 'over 75 percent of China's foreign soybean purchases "
        "that month' is Brazil's share of October imports (qualifier over); the car-export growth takes Jan-Oct from the "
        "article's running period; '$6.94 billion worth of vehicles' to Mexico is labelled product 'cars'.",
        "Not facts: tariffs of up to 50 percent (tariff rate); 2.6 percentage points faster (percentage-point difference); "
        "'around 6 percent in 2026' (forecast); 'the 2025 total to clear that bar again' (forecast); 'the fastest pace among "
        "the four' (no number of its own); years 2024, 2025, 2026.",
        "Copy check: 20 sentences searched (14 queries, 4 of them re-checks of reworded text), 5 reworded (lead, "
        "export/import sentence, the 2024 milestone sentence, the 10-month soybean sentence, the October soybean sentence).",
        "Second check: 27 sentences searched, 3 reworded.",
    ],
    "facts": [
        fact(CN, "total", "value", 3.28e12, "CNY", JO, "3.28 trillion",
             "China's goods trade with Latin America reached 3.28 trillion yuan in the January-October period", partner=LA),
        fact(CN, "total", "growth", 6.2, "percent", JO, "6.2",
             "China's goods trade with Latin America reached 3.28 trillion yuan in the January-October period, a 6.2 percent rise from a year earlier",
             partner=LA),
        fact(CN, "total", "growth", 3.6, "percent", JO, "3.6",
             "the 3.6 percent growth in the country's overall foreign trade"),
        fact(CN, "total", "value", 457.6e9, "USD", JO, "457.6 billion",
             "Measured in US dollars, two-way trade reached $457.6 billion over the 10 months, up 5.7 percent", partner=LA),
        fact(CN, "total", "growth", 5.7, "percent", JO, "5.7",
             "Measured in US dollars, two-way trade reached $457.6 billion over the 10 months, up 5.7 percent", partner=LA),
        fact(CN, "total", "share", 8.8, "percent", JO, "8.8",
             "the region's share of China's total foreign trade rose to 8.8 percent", partner=LA),
        fact(CN, "exports", "value", 1.8e12, "CNY", JO, "1.8 trillion",
             "Shipments from China to the region totaled 1.8 trillion yuan, 7.4 percent more than a year earlier", partner=LA),
        fact(CN, "exports", "growth", 7.4, "percent", JO, "7.4",
             "Shipments from China to the region totaled 1.8 trillion yuan, 7.4 percent more than a year earlier", partner=LA),
        fact(CN, "imports", "growth", 4.7, "percent", JO, "4.7",
             "purchases from Latin America climbed 4.7 percent to 1.48 trillion yuan", partner=LA),
        fact(CN, "imports", "value", 1.48e12, "CNY", JO, "1.48 trillion",
             "purchases from Latin America climbed 4.7 percent to 1.48 trillion yuan", partner=LA),
        fact(CN, "balance", "value", 320e9, "CNY", JO, "320 billion",
             "That left China with a trade surplus of about 320 billion yuan with its partners across the Pacific",
             partner=LA, qualifier="approx"),
        fact(CN, "total", "value", 500e9, "USD", Y24, "500 billion",
             "In 2024, full-year trade between the two sides crossed 500 billion US dollars", partner=LA, qualifier="over"),
        fact(CN, "total", "rank", 1, "number", JO, "largest",
             "Brazil remained China's largest trading partner in the region", partner="Brazil"),
        fact(CN, "total", "value", 156.8e9, "USD", JO, "156.8 billion",
             "Trade between the two countries amounted to $156.8 billion in the January-October period, up 0.9 percent",
             partner="Brazil"),
        fact(CN, "total", "growth", 0.9, "percent", JO, "0.9",
             "Trade between the two countries amounted to $156.8 billion in the January-October period, up 0.9 percent",
             partner="Brazil"),
        fact(CN, "total", "share", 34.3, "percent", JO, "34.3",
             "Trade between the two countries amounted to $156.8 billion in the January-October period, up 0.9 percent, and accounted for 34.3 percent of China's trade with Latin America",
             partner="Brazil"),
        fact(CN, "total", "rank", 2, "number", JO, "second",
             "Mexico ranked second with $92.4 billion", partner="Mexico"),
        fact(CN, "total", "value", 92.4e9, "USD", JO, "92.4 billion",
             "Mexico ranked second with $92.4 billion", partner="Mexico"),
        fact(CN, "total", "growth", 3.2, "percent", JO, "3.2",
             "Mexico ranked second with $92.4 billion, an increase of 3.2 percent", partner="Mexico"),
        fact(CN, "total", "share", 20.2, "percent", JO, "20.2",
             "Mexico ranked second with $92.4 billion, an increase of 3.2 percent, though its share of China-Latin America trade slipped to 20.2 percent",
             partner="Mexico"),
        fact(CN, "total", "rank", 3, "number", JO, "third",
             "Chile and Peru came third and fourth", partner="Chile"),
        fact(CN, "total", "rank", 4, "number", JO, "fourth",
             "Chile and Peru came third and fourth", partner="Peru"),
        fact(CN, "total", "value", 56.3e9, "USD", JO, "56.3 billion",
             "Chile and Peru came third and fourth, with trade of $56.3 billion and $36.9 billion, respectively", partner="Chile"),
        fact(CN, "total", "value", 36.9e9, "USD", JO, "36.9 billion",
             "Chile and Peru came third and fourth, with trade of $56.3 billion and $36.9 billion, respectively", partner="Peru"),
        fact(CN, "total", "growth", 10.6, "percent", JO, "10.6",
             "Trade with Peru jumped 10.6 percent", partner="Peru"),
        fact(CN, "imports", "quantity", 70.81e6, "tonnes", JO, "70.81 million",
             "Brazilian shipments of the oilseed to Chinese buyers, up 4.5 percent on the same stretch of 2024, reached 70.81 million tons",
             partner="Brazil", product=SOY),
        fact(CN, "imports", "growth", 4.5, "percent", JO, "4.5",
             "Brazilian shipments of the oilseed to Chinese buyers, up 4.5 percent",
             partner="Brazil", product=SOY),
        fact(CN, "imports", "quantity", 4.46e6, "tonnes", JO, "4.46 million",
             "Argentina's slice is smaller but growing fast: its 4.46 million tons marked a rise of nearly 24 percent",
             partner="Argentina", product=SOY),
        fact(CN, "imports", "growth", 24, "percent", JO, "24",
             "Argentina's slice is smaller but growing fast: its 4.46 million tons marked a rise of nearly 24 percent",
             partner="Argentina", product=SOY, qualifier="approx"),
        fact(CN, "imports", "quantity", 7.12e6, "tonnes", OCT, "7.12 million",
             "Brazil filled over 75 percent of China's foreign soybean purchases that month, landing 7.12 million tons", partner="Brazil", product=SOY),
        fact(CN, "imports", "growth", 29, "percent", OCT, "29",
             "Brazil filled over 75 percent of China's foreign soybean purchases that month, landing 7.12 million tons, almost 29 percent above the year-earlier level",
             partner="Brazil", product=SOY, qualifier="approx"),
        fact(CN, "imports", "share", 75, "percent", OCT, "75",
             "Brazil filled over 75 percent of China's foreign soybean purchases that month",
             partner="Brazil", product=SOY, qualifier="over"),
        fact(CN, "imports", "quantity", 8.47e6, "tonnes", JO, "8.47 million",
             "Chile and Peru supplied 8.47 million tons and 6.28 million tons of copper ore and concentrate, respectively, over the 10 months",
             partner="Chile", product="copper ore and concentrate"),
        fact(CN, "imports", "quantity", 6.28e6, "tonnes", JO, "6.28 million",
             "Chile and Peru supplied 8.47 million tons and 6.28 million tons of copper ore and concentrate, respectively, over the 10 months",
             partner="Peru", product="copper ore and concentrate"),
        fact(CN, "imports", "share", 33.8, "percent", JO, "33.8",
             "Chile alone accounted for 33.8 percent of China's copper concentrate imports",
             partner="Chile", product="copper concentrate"),
        fact(CN, "exports", "growth", 14.2, "percent", JO, "14.2",
             "Chinese car exports to Latin America increased 14.2 percent in value terms", partner=LA, product="cars"),
        fact(CN, "exports", "value", 6.94e9, "USD", JO, "6.94 billion",
             "with Mexico alone taking $6.94 billion worth of vehicles", partner="Mexico", product="cars"),
    ],
}
