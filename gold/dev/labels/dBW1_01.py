from _fact import fact, period

CN = "China"
US = "United States"
NOV = period(2025, 11)
OCT = period(2025, 10)
JAN_NOV = period(2025, 1, 11)
MAG = "rare earth magnets"
RE = "rare earths"

ARTICLE = {
    "id": "dBW1_01",
    "title": "China's rare earth magnet shipments near record in November as sales to Japan jump",
    "publisher": "Reuters",
    "published": "2025-12-20",
    "notes": [
        "Real figures (China's customs data as reported by Reuters, Bloomberg and the SCMP in December 2025): magnet "
        "exports 6,150 t in November (6,149.95 t), +12% m/m, +28.3% y/y, value $301.8 million; to the U.S. 582 t "
        "(656 t in October), -11% m/m; to Japan 305 t, +35% m/m; to the EU 2,568.8 t, +59.5% y/y; Jan-Nov magnets "
        "51,440 t, -2% y/y; rare earths 5,493.9 t in November, +26.5% m/m from 4,343.5 t in October; Jan-Nov rare "
        "earths 58,193.1 t, +11.6%; overall November exports +5.9% to $330.3 billion, imports +1.9% to $218.6 "
        "billion, surplus $111.68 billion, exports to the U.S. -28.6%, Jan-Nov surplus about $1.08 trillion; the "
        "3.8% poll forecast; the 47%/57% tariff levels. Invented: Germany 1,310 t (largest destination), Netherlands "
        "214 t and +18.6%, rare earth value $38.5 million, antimony 1,150 t, +23.1% m/m, -48.6% y/y. Derived: "
        "Germany's 21.3% share (1,310/6,150). The exchange-rate line is modelled on Reuters style.",
        "Judgement calls: the Netherlands' 18.6% rise carries the month-on-month frame that opens its paragraph "
        "(Japan '35% more than in October'), so basis mom. '582 tons, 11% lower than the 656 tons of October': the 656 is itself "
        "an observation for October and is labelled with period October (likewise the 4,343.5 t of rare earths). "
        "'a level beaten only once before' is a milestone among months, not a rank of a partner or flow: not "
        "labelled. The magnet tonnage growth rates are labelled as growth because no value growth is given beside "
        "them. Product 'rare earths' for the wider category, 'rare earth magnets' for magnets (the EU, Germany and "
        "Netherlands sentences take the product from their paragraphs); partner null for exports to the world. "
        "'48.6% below their year-earlier level': yoy growth -48.6 for November. 'about $1.08 trillion, the first "
        "time it has gone past the $1 trillion mark': threshold and exact figure, only the latter, approx. "
        "Germany 'largest destination' is rank 1 among destination countries (the EU bloc figure is separate).",
        "Not facts: 'the 17 elements' and 'seven'/'five' elements (counts of elements under controls); the "
        "47% and 57% tariff levels; the 3.8% forecast; the $1 trillion mark; dates (Oct. 9, Oct. 30, 2024, 2025); "
        "the exchange rate line ($1 = 7.0550 yuan); 'a level beaten only once before' and 'the most in any month "
        "of 2025' (milestones).",
        "Copy check: 10 sentences searched, 6 reworded (the lead, the U.S. and Japan sentences, the "
        "January-November magnet sentence, the overall-exports sentence and the surplus sentence were too close "
        "to real Reuters wording or skeletons).",
        "Second check: 28 sentences searched, 3 reworded.",
    ],
    "facts": [
        fact(CN, "exports", "quantity", 6150, "tonnes", NOV, "6,150",
             "Rare earth magnet shipments out of China reached 6,150 metric tons in November", product=MAG),
        fact(CN, "exports", "growth", 12, "percent", NOV, "12",
             "Magnet shipments last month were 12% higher than in October", product=MAG, basis="mom"),
        fact(CN, "exports", "growth", 28.3, "percent", NOV, "28.3",
             "Magnet shipments last month were 12% higher than in October and 28.3% above the level of November 2024",
             product=MAG),
        fact(CN, "exports", "value", 301.8e6, "USD", NOV, "$301.8 million",
             "Their value came to $301.8 million.", product=MAG),
        fact(CN, "exports", "growth", -11, "percent", NOV, "11",
             "came to 582 tons, 11% lower than the 656 tons of October",
             partner=US, product=MAG, basis="mom"),
        fact(CN, "exports", "quantity", 582, "tonnes", NOV, "582",
             "came to 582 tons, 11% lower than the 656 tons of October", partner=US, product=MAG),
        fact(CN, "exports", "quantity", 656, "tonnes", OCT, "656",
             "came to 582 tons, 11% lower than the 656 tons of October", partner=US, product=MAG),
        fact(CN, "exports", "growth", 35, "percent", NOV, "35",
             "Buyers in Japan took 305 tons, 35% more than in October",
             partner="Japan", product=MAG, basis="mom"),
        fact(CN, "exports", "quantity", 305, "tonnes", NOV, "305",
             "Buyers in Japan took 305 tons", partner="Japan", product=MAG),
        fact(CN, "exports", "growth", 18.6, "percent", NOV, "18.6",
             "Sales to the Netherlands, through which much of Europe's supply is routed, rose 18.6% to 214 tons.",
             partner="Netherlands", product=MAG, basis="mom"),
        fact(CN, "exports", "quantity", 214, "tonnes", NOV, "214",
             "Sales to the Netherlands, through which much of Europe's supply is routed, rose 18.6% to 214 tons.",
             partner="Netherlands", product=MAG),
        fact(CN, "exports", "rank", 1, "number", NOV, "largest",
             "Germany remained the largest destination", partner="Germany", product=MAG),
        fact(CN, "exports", "quantity", 1310, "tonnes", NOV, "1,310",
             "Germany remained the largest destination, receiving 1,310 tons", partner="Germany", product=MAG),
        fact(CN, "exports", "share", 21.3, "percent", NOV, "21.3",
             "receiving 1,310 tons, or 21.3% of the total", partner="Germany", product=MAG),
        fact(CN, "exports", "growth", 59.5, "percent", NOV, "59.5",
             "the European Union as a whole took 2,568.8 tons, 59.5% more than a year earlier",
             partner="European Union", product=MAG),
        fact(CN, "exports", "quantity", 2568.8, "tonnes", NOV, "2,568.8",
             "the European Union as a whole took 2,568.8 tons, 59.5% more than a year earlier",
             partner="European Union", product=MAG),
        fact(CN, "exports", "quantity", 51440, "tonnes", JAN_NOV, "51,440",
             "cumulative magnet exports of 51,440 tons in the first 11 months", product=MAG),
        fact(CN, "exports", "growth", -2, "percent", JAN_NOV, "2",
             "cumulative magnet exports of 51,440 tons in the first 11 months were only 2% below the same period of 2024", product=MAG),
        fact(CN, "exports", "quantity", 5493.9, "tonnes", NOV, "5,493.9",
             "China sold 5,493.9 tons abroad in November", product=RE),
        fact(CN, "exports", "growth", 26.5, "percent", NOV, "26.5",
             "China sold 5,493.9 tons abroad in November, a 26.5% increase from the 4,343.5 tons shipped in October",
             product=RE, basis="mom"),
        fact(CN, "exports", "quantity", 4343.5, "tonnes", OCT, "4,343.5",
             "the 4,343.5 tons shipped in October", product=RE),
        fact(CN, "exports", "value", 38.5e6, "USD", NOV, "$38.5 million",
             "China sold 5,493.9 tons abroad in November, a 26.5% increase from the 4,343.5 tons shipped in October, worth $38.5 million",
             product=RE),
        fact(CN, "exports", "quantity", 58193.1, "tonnes", JAN_NOV, "58,193.1",
             "took shipments in the first 11 months to 58,193.1 tons", product=RE),
        fact(CN, "exports", "growth", 11.6, "percent", JAN_NOV, "11.6",
             "The 11.6% rise on a year earlier took shipments in the first 11 months to 58,193.1 tons", product=RE),
        fact(CN, "exports", "growth", 23.1, "percent", NOV, "23.1",
             "Antimony exports climbed 23.1% from October to 1,150 tons in November", product="antimony", basis="mom"),
        fact(CN, "exports", "quantity", 1150, "tonnes", NOV, "1,150",
             "Antimony exports climbed 23.1% from October to 1,150 tons in November", product="antimony"),
        fact(CN, "exports", "growth", -48.6, "percent", NOV, "48.6",
             "Antimony exports climbed 23.1% from October to 1,150 tons in November, yet remained 48.6% below their year-earlier level",
             product="antimony"),
        fact(CN, "exports", "growth", 5.9, "percent", NOV, "5.9",
             "Total exports were up 5.9% year on year at $330.3 billion in November"),
        fact(CN, "exports", "value", 330.3e9, "USD", NOV, "$330.3 billion",
             "Total exports were up 5.9% year on year at $330.3 billion in November"),
        fact(CN, "imports", "growth", 1.9, "percent", NOV, "1.9",
             "imports gained 1.9% to $218.6 billion"),
        fact(CN, "imports", "value", 218.6e9, "USD", NOV, "$218.6 billion",
             "imports gained 1.9% to $218.6 billion"),
        fact(CN, "balance", "value", 111.68e9, "USD", NOV, "$111.68 billion",
             "That left a monthly surplus of $111.68 billion."),
        fact(CN, "exports", "growth", -28.6, "percent", NOV, "28.6",
             "Exports to the United States sank 28.6% from a year earlier", partner=US),
        fact(CN, "balance", "value", 1.08e12, "USD", JAN_NOV, "$1.08 trillion",
             "Over January-November the surplus came to about $1.08 trillion",
             qualifier="approx"),
    ],
}
