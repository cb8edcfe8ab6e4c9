from _fact import fact, period

CN = "China"
CA = "Central Asia"
Y23 = period(2023, 1, 12)
Y22 = period(2022, 1, 12)
H1 = period(2023, 1, 6)
BY_COUNTRY = ("Broken down by country, China's trade with Kazakhstan, Kyrgyzstan, Uzbekistan, Turkmenistan and "
              "Tajikistan amounted to $41 billion, $19.8 billion, $14 billion, $10.6 billion and $3.9 billion, respectively")
GROWTH = ("Trade with Tajikistan expanded the fastest, soaring 54 percent, followed by Uzbekistan at 45 percent, "
          "Kazakhstan at 32 percent and Kyrgyzstan at 28.8 percent")
TM = ("Chinese imports from Turkmenistan slipped 6.6 percent to $9.6 billion, while China's exports there grew "
      "11.3 percent to $1 billion")

ARTICLE = {
    "id": "dBZ1_05",
    "title": "China-Central Asia trade jumps 27% to record high in 2023 on closer BRI ties: experts",
    "publisher": "Global Times",
    "published": "2024-01-21",
    "notes": [
        "Real figures (source, date): GAC data as reported by Eurasianet and bne IntelliNews (2024-02-02/04): China-Central Asia trade $89.4 billion in 2023, up 27 percent from $70.2 billion; exports $61.4 billion, imports $28 billion; Kazakhstan $41 billion (+32), China's exports to it $24.7 billion and imports from it $16.3 billion; Kyrgyzstan $19.8 billion (+28.8), its sales to China $80 million; Uzbekistan $14 billion (+45), its sales to China $1.6 billion; Turkmenistan $10.6 billion (-5.2), imports from it $9.6 billion (-6.6), exports to it $1 billion (+11.3); Tajikistan $3.9 billion (+54), its sales $250 million; Tajikistan H1 2023 +84.7 percent (Eurasianet, 2023-07-28); Uzbek statistics agency: trade with China $13.7 billion, Uzbek exports $2.46 billion, written 2.5 (Gazeta.uz, 2024-02-09); China's 2023 total $5.94 trillion, down 5 percent (GAC, 2024-01-12, general knowledge); Tokayev's $40 billion by 2030 goal (Kazinform, 2023-05-17).",
        "Derived/made up: the surplus with the region $33.4 billion (61.4 - 28); the deficit with Turkmenistan $8.6 billion (9.6 - 1); 'roughly 630 billion yuan' (89.4 at about 7.05 yuan per dollar); Central Asia's 'roughly 1.5 percent' of China's total (89.4 / 5,940); the expert Qiao Weiming (an invented name) and his quotes, and the publication time, are invented.",
        "Judgement calls: 'biggest trading partner in the region' labelled rank 1 for Kazakhstan although the ranking is within Central Asia (the record has no field for a ranking's scope); the 'respectively' list distributes five values to five partners in text order; in 'soaring 54 percent, followed by Uzbekistan at 45 percent, Kazakhstan at 32 percent ...' the rise carries to each partner; 'China bought ... from Kyrgyzstan' is area China, flow imports; Uzbekistan's own statistics are area Uzbekistan, partner China, and the evidence 'The country's statistics agency' takes its subject from the sentence before; 'In the first half' is 2023-01/2023-06 from the article's year; the $70.2 billion is period 2022; the five countries together are partner 'Central Asia'; the headline's 27% is the same observation as the body's, labelled once.",
        "Not facts: $40 billion a year by 2030 (target); 'could approach $100 billion within two years' (forecast); the years 2022, 2024 and 2030; the Xi'an summit in May; 'close to half' (no number); 'five' and 'three' (counts of countries, not of trading partners of an area).",
        'Copy check: 18 sentences searched (12 queries, some two adjacent sentences to a query), 0 reworded.',
        "Second check: 23 sentences searched, 2 reworded.",
    ],
    "facts": [
        fact(CN, "total", "value", 89.4e9, "USD", Y23, "89.4 billion",
             "two-way trade with the region's five countries rising 27 percent from the $70.2 billion posted in 2022 to an all-time high of $89.4 billion in 2023",
             partner=CA),
        fact(CN, "total", "growth", 27, "percent", Y23, "27",
             "two-way trade with the region's five countries rising 27 percent from the $70.2 billion posted in 2022 to an all-time high of $89.4 billion in 2023", partner=CA),
        fact(CN, "total", "value", 70.2e9, "USD", Y22, "70.2 billion",
             "two-way trade with the region's five countries rising 27 percent from the $70.2 billion posted in 2022", partner=CA),
        fact(CN, "total", "value", 630e9, "CNY", Y23, "630 billion",
             "The figure, equal to roughly 630 billion yuan", partner=CA, qualifier="approx"),
        fact(CN, "total", "growth", -5, "percent", Y23, "5",
             "China's overall trade, which shrank 5 percent in dollar terms to $5.94 trillion last year"),
        fact(CN, "total", "value", 5.94e12, "USD", Y23, "5.94 trillion",
             "China's overall trade, which shrank 5 percent in dollar terms to $5.94 trillion last year"),
        fact(CN, "total", "share", 1.5, "percent", Y23, "1.5",
             "Central Asia accounted for roughly 1.5 percent of that total", partner=CA, qualifier="approx"),
        fact(CN, "exports", "value", 61.4e9, "USD", Y23, "61.4 billion",
             "Outbound shipments made up $61.4 billion of China's trade with the region", partner=CA),
        fact(CN, "imports", "value", 28e9, "USD", Y23, "28 billion",
             "Outbound shipments made up $61.4 billion of China's trade with the region and inbound purchases $28 billion", partner=CA),
        fact(CN, "balance", "value", 33.4e9, "USD", Y23, "33.4 billion",
             "a gap that handed China a $33.4 billion surplus with its western neighbors", partner=CA),
        fact(CN, "total", "value", 41e9, "USD", Y23, "41 billion", BY_COUNTRY, partner="Kazakhstan"),
        fact(CN, "total", "value", 19.8e9, "USD", Y23, "19.8 billion", BY_COUNTRY, partner="Kyrgyzstan"),
        fact(CN, "total", "value", 14e9, "USD", Y23, "14 billion", BY_COUNTRY, partner="Uzbekistan"),
        fact(CN, "total", "value", 10.6e9, "USD", Y23, "10.6 billion", BY_COUNTRY, partner="Turkmenistan"),
        fact(CN, "total", "value", 3.9e9, "USD", Y23, "3.9 billion", BY_COUNTRY, partner="Tajikistan"),
        fact(CN, "total", "growth", 54, "percent", Y23, "54", GROWTH, partner="Tajikistan"),
        fact(CN, "total", "growth", 45, "percent", Y23, "45", GROWTH, partner="Uzbekistan"),
        fact(CN, "total", "growth", 32, "percent", Y23, "32", GROWTH, partner="Kazakhstan"),
        fact(CN, "total", "growth", 28.8, "percent", Y23, "28.8", GROWTH, partner="Kyrgyzstan"),
        fact(CN, "total", "growth", -5.2, "percent", Y23, "5.2",
             "Turkmenistan was the lone exception, with bilateral trade shrinking 5.2 percent", partner="Turkmenistan"),
        fact(CN, "total", "growth", 84.7, "percent", H1, "84.7",
             "In the first half, China's trade with the country had already surged 84.7 percent", partner="Tajikistan"),
        fact(CN, "total", "rank", 1, "number", Y23, "biggest",
             "Kazakhstan retained its position as China's biggest trading partner in the region", partner="Kazakhstan"),
        fact(CN, "exports", "value", 24.7e9, "USD", Y23, "24.7 billion",
             "Chinese goods shipped to the country were worth $24.7 billion", partner="Kazakhstan"),
        fact(CN, "imports", "value", 16.3e9, "USD", Y23, "16.3 billion",
             "Chinese goods shipped to the country were worth $24.7 billion, against $16.3 billion in purchases from it",
             partner="Kazakhstan"),
        fact(CN, "imports", "value", 80e6, "USD", Y23, "80 million",
             "China bought only about $80 million worth of goods from Kyrgyzstan", partner="Kyrgyzstan",
             qualifier="approx"),
        fact(CN, "imports", "value", 250e6, "USD", Y23, "250 million",
             "China bought only about $80 million worth of goods from Kyrgyzstan and $250 million from Tajikistan",
             partner="Tajikistan"),
        fact(CN, "imports", "value", 1.6e9, "USD", Y23, "1.6 billion",
             "its purchases from Uzbekistan totaled $1.6 billion", partner="Uzbekistan"),
        fact("Uzbekistan", "total", "value", 13.7e9, "USD", Y23, "13.7 billion",
             "The country's statistics agency put its 2023 trade with China at $13.7 billion", partner="China"),
        fact("Uzbekistan", "exports", "value", 2.5e9, "USD", Y23, "2.5 billion",
             "with Uzbek exports to China of $2.5 billion", partner="China"),
        fact(CN, "imports", "growth", -6.6, "percent", Y23, "6.6", TM, partner="Turkmenistan"),
        fact(CN, "imports", "value", 9.6e9, "USD", Y23, "9.6 billion", TM, partner="Turkmenistan"),
        fact(CN, "exports", "growth", 11.3, "percent", Y23, "11.3", TM, partner="Turkmenistan"),
        fact(CN, "exports", "value", 1e9, "USD", Y23, "1 billion", TM, partner="Turkmenistan"),
        fact(CN, "balance", "value", -8.6e9, "USD", Y23, "8.6 billion",
             "leaving China with an $8.6 billion deficit with the country", partner="Turkmenistan"),
    ],
}
