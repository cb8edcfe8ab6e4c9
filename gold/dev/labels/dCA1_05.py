from _fact import fact, period

CN = "China"
RU = "Russia"
Y24 = period(2024, 1, 12)
Y23 = period(2023, 1, 12)
DEC = period(2024, 12)

S1 = ("Data released on Monday by the General Administration of Customs (GAC) put China's trade with Russia at an all-time high "
      "of $244.81 billion for 2024, 1.9 percent more than in the previous year")
S2 = "bilateral trade came to 1.74 trillion yuan when counted in the Chinese currency, a year-on-year gain of 2.9 percent"
S3 = "The 2024 total compares with $240.11 billion in 2023, when bilateral trade surged 26.3 percent"
S4 = "Trade with Russia made up about 4 percent of China's overall foreign trade last year."
S5 = "put China's overall imports and exports for 2024 at 43.85 trillion yuan, up 5 percent"
S6 = "its trade with the US at $688.3 billion, a 3.7 percent increase"
S7 = ("Exports from China to Russia and imports from Russia came in at $115.49 billion and $129.32 billion, respectively, "
      "up 4.1 percent and down 0.1 percent on a yearly basis.")
S8 = "China's trade deficit with Russia narrowed by 23.8 percent to $13.83 billion."
S9 = "Two-way trade in December reached $21.97 billion, a 7.1 percent increase from November"
S10 = "Chinese exports to Russia climbed 7.9 percent to $11.3 billion and imports rose 6.2 percent to $10.67 billion"
S11 = ("From Russia, Chinese buyers took 108.47 million tons of crude oil in 2024, 1.3 percent more than a year before, "
       "along with 8.3 million tons of liquefied natural gas (LNG), up 3.3 percent, and 93.86 million tons of coal, "
       "down 7.0 percent.")
S12 = ("Russia held on to its position as China's largest crude oil supplier, with its cargoes accounting for 19.6 percent "
       "of the 553.41 million tons of crude the country imported over the year.")
S13 = ("China shipped about 1.16 million cars to Russia last year, making it the largest overseas market for Chinese "
       "automobiles")
LNG = "liquefied natural gas"

ARTICLE = {
    "id": "dCA1_05",
    "title": "Deepening energy, auto ties carry China-Russia trade to all-time high in 2024",
    "publisher": "Global Times",
    "published": "2025-01-13",
    "notes": [
        "Real figures (GACC via The Moscow Times, AFP, bne IntelliNews/TASS, 2025-01-13; TASS 2025-09-08; Reuters via "
        "Censor.NET, 2025-01-20): China-Russia trade 2024 244.81 billion USD, +1.9%, and 1.74 trillion yuan, +2.9% (Reuters, 2025-01-13); 2023 240.11 billion, +26.3%; "
        "exports to Russia 115.49 billion, +4.1%; imports from Russia 129.32 billion (virtually flat); Russia's surplus "
        "13.83 billion, down 23.8%; December 21.97 billion (+7.1% m/m), imports 10.67 billion (+6.2%), exports 11.3 "
        "billion (+7.9%); crude oil from Russia 108.47 million t (+1.3%); LNG 8.3 million t (+3.3%); coal 93.86 "
        "million t (-7%); China's crude imports 553.41 million t; China-US trade 688.3 billion USD, +3.7%; China's "
        "total trade 43.85 trillion yuan, +5%; coal tariffs restored from 2024.",
        "Derived/made up: imports from Russia -0.1% (sources say 'virtually flat'); Russia's share of China's crude imports 19.6% "
        "(derived: 108.47/553.41); the share of about 4% (derived from China's 2024 trade of about 6.16 trillion "
        "USD); about 1.16 million cars shipped to Russia (plausible, not found); the expert Zhou Wenjie, his institute "
        "and his quotes are invented; the 95% settlement share and the 250 billion forecast are put in his mouth.",
        "Judgement calls: the deficit is China's with Russia (area China, partner Russia), negative, and its growth "
        "follows 'narrowed' (-23.8); the December paragraph's 'from November' sets a month-on-month frame that carries "
        "to the export and import rates in the same sentence; 'last year' means 2024 from the publication date; the "
        "tonnage growth rates of crude oil, coal and LNG are labelled as growth (no value growth stands beside them); "
        "'largest crude oil supplier' is Russia's rank 1 as a partner in China's crude imports; 'largest overseas "
        "market for Chinese automobiles' is Russia's rank 1 in China's car exports; car counts use unit number; the "
        "2024 dollar total and its 2023 comparison are separate facts by period; the yuan total is a separate fact "
        "from the dollar total.",
        "Not facts: the $200 billion goal (target) and 2019 (year); 3 to 6 percent (tariff rates); more than 95 percent "
        "settled in rubles and yuan (payment settlement, not a trade flow's share); to exceed $250 billion in 2025 "
        "(forecast); 'a year ahead of schedule'.",
        "Copy check: 12 sentences searched, 1 reworded (the closing quote's 'does not target any third party' stock phrase).",
        "Second check: 24 sentences searched, 6 reworded.",
    ],
    "facts": [
        fact(CN, "total", "value", 244.81e9, "USD", Y24, "244.81 billion", S1, partner=RU),
        fact(CN, "total", "growth", 1.9, "percent", Y24, "1.9", S1, partner=RU),
        fact(CN, "total", "value", 1.74e12, "CNY", Y24, "1.74 trillion", S2, partner=RU),
        fact(CN, "total", "growth", 2.9, "percent", Y24, "2.9", S2, partner=RU),
        fact(CN, "total", "value", 240.11e9, "USD", Y23, "240.11 billion", S3, partner=RU),
        fact(CN, "total", "growth", 26.3, "percent", Y23, "26.3", S3, partner=RU),
        fact(CN, "total", "share", 4, "percent", Y24, "4", S4, partner=RU, qualifier="approx"),
        fact(CN, "total", "growth", 5, "percent", Y24, "5", S5),
        fact(CN, "total", "value", 43.85e12, "CNY", Y24, "43.85 trillion", S5),
        fact(CN, "total", "growth", 3.7, "percent", Y24, "3.7", S6, partner="United States"),
        fact(CN, "total", "value", 688.3e9, "USD", Y24, "688.3 billion", S6, partner="United States"),
        fact(CN, "exports", "value", 115.49e9, "USD", Y24, "115.49 billion", S7, partner=RU),
        fact(CN, "imports", "value", 129.32e9, "USD", Y24, "129.32 billion", S7, partner=RU),
        fact(CN, "exports", "growth", 4.1, "percent", Y24, "4.1", S7, partner=RU),
        fact(CN, "imports", "growth", -0.1, "percent", Y24, "0.1", S7, partner=RU),
        fact(CN, "balance", "growth", -23.8, "percent", Y24, "23.8", S8, partner=RU),
        fact(CN, "balance", "value", -13.83e9, "USD", Y24, "13.83 billion", S8, partner=RU),
        fact(CN, "total", "growth", 7.1, "percent", DEC, "7.1", S9, partner=RU, basis="mom"),
        fact(CN, "total", "value", 21.97e9, "USD", DEC, "21.97 billion", S9, partner=RU),
        fact(CN, "exports", "growth", 7.9, "percent", DEC, "7.9", S10, partner=RU, basis="mom"),
        fact(CN, "exports", "value", 11.3e9, "USD", DEC, "11.3 billion", S10, partner=RU),
        fact(CN, "imports", "growth", 6.2, "percent", DEC, "6.2", S10, partner=RU, basis="mom"),
        fact(CN, "imports", "value", 10.67e9, "USD", DEC, "10.67 billion", S10, partner=RU),
        fact(CN, "imports", "quantity", 108.47e6, "tonnes", Y24, "108.47 million", S11, partner=RU, product="crude oil"),
        fact(CN, "imports", "quantity", 93.86e6, "tonnes", Y24, "93.86 million", S11, partner=RU, product="coal"),
        fact(CN, "imports", "quantity", 8.3e6, "tonnes", Y24, "8.3 million", S11, partner=RU, product=LNG),
        fact(CN, "imports", "growth", 1.3, "percent", Y24, "1.3", S11, partner=RU, product="crude oil"),
        fact(CN, "imports", "growth", -7.0, "percent", Y24, "7.0", S11, partner=RU, product="coal"),
        fact(CN, "imports", "growth", 3.3, "percent", Y24, "3.3", S11, partner=RU, product=LNG),
        fact(CN, "imports", "rank", 1, "number", Y24, "largest", S12, partner=RU, product="crude oil"),
        fact(CN, "imports", "share", 19.6, "percent", Y24, "19.6", S12, partner=RU, product="crude oil"),
        fact(CN, "imports", "quantity", 553.41e6, "tonnes", Y24, "553.41 million", S12, product="crude oil"),
        fact(CN, "exports", "quantity", 1.16e6, "number", Y24, "1.16 million", S13, partner=RU, product="cars",
             qualifier="approx"),
        fact(CN, "exports", "rank", 1, "number", Y24, "largest", S13, partner=RU, product="cars"),
    ],
}
