from _fact import fact, period

Y24 = period(2024, 1, 12)
H1 = period(2025, 1, 6)

ARTICLE = {
    "id": "dBI1_03",
    "title": "Chinese cars head south, African copper heads east as trade ties deepen",
    "publisher": "China Daily",
    "published": "2025-07-21",
    "notes": [
        "Written for the corpus in my own words as a China Daily feature (scene-setting lead, figures in the "
        "middle, quotes by role only). Models read: Xinhua/People's Daily on China-Africa trade (Jan-Jul 2024, "
        "Jan-May 2025), Global Times on China-Africa Jan-Jul 2023, newswire.com.pk on MOFCOM's 2024 figures, "
        "intellinews and equalocean on 2025, gbc1.net and kushconcertseries on 2024 partners, an older China Daily "
        "Africa feature.",
        "Real figures: 2024 trade $295.6bn (+4.8%), exports $178.8bn (+3.5%), imports $116.8bn (+6.9%) as "
        "MOFCOM reported; China Africa's largest partner for the 16th year; H1 2025 trade +14.4% and exports to "
        "Africa +23.0% (equalocean, citing customs).",
        "Derived: about 2.1 trillion yuan for 2024; surplus about $62bn (178.8-116.8); 2024 share about 4.8% "
        "(2.1tn / 43.85tn); H1 2025 value 1.17 trillion yuan and about $163bn (extrapolated from the real "
        "Jan-May 963.21bn yuan); H1 share 5.4% (the real Jan-May share; 1.17/21.79 also gives 5.4); H1 import "
        "growth 2.4% (solved from the 14.4% total and 23% export growth with Jan-May weights).",
        "Invented or loosely sourced: South Africa $52.46bn (-4.6%), Angola $24.9bn, 31.7 million tonnes of "
        "Angolan crude, Nigeria $23.3bn (+3.9%), imports from the DRC $21.9bn (+51%, a figure seen on a "
        "secondary page), copper about 30% of imports from Africa, crude oil $27.6bn, automobile exports to "
        "Africa +47.2%.",
        "Not labelled on purpose: 'the 16th year in a row' (streak; the rank it qualifies is labelled); "
        "'South Africa still leads by a wide margin' and 'Angola came next' (ranks among African partners only: "
        "a rank fact with partner South Africa would read as its rank among all China's partners, which the "
        "record cannot restrict, so left out); 'the fastest growth among major suppliers' (no number); the $300bn "
        "outlook (forecast); 100 percent of its tariff lines and 53 countries (tariff policy); 2019 and the "
        "company's containers (not an area's trade); 'double-digit gains' (no number).",
        "Judgement: 'China ranked as Africa's largest trading partner' -> area Africa, partner China, rank 1, 2024. "
        "'crude oil remained the largest single item' (of China's purchases from Africa) -> area China, partner "
        "Africa, product crude oil, imports, rank 1.",
        "Judgement: 'Africa's share of China's foreign trade' -> area China, partner Africa, flow total, share. "
        "'Copper ... made up roughly 30 percent of everything China bought from Africa' -> imports share with "
        "product copper.",
        "Copy check: searched 9 distinctive stretches (lead scene, 2024 totals, surplus sentence, rank/share sentence, H1 2025 sentence, partners, DRC sentence, car exports, tariff sentence) in the pages corpus; 1 reworded: the zero-tariff sentence shared 'African countries with which it has diplomatic relations' with a Reuters story.",
        "Copy check (independent): 23 sentences searched, 2 reworded.",
    ],
    "facts": [
        fact("China", "total", "value", 295.6e9, "USD", Y24, "295.6 billion",
             "Goods trade between China and Africa reached $295.6 billion in 2024", partner="Africa"),
        fact("China", "total", "value", 2.1e12, "CNY", Y24, "2.1 trillion",
             "Goods trade between China and Africa reached $295.6 billion in 2024, or about 2.1 trillion yuan",
             partner="Africa", qualifier="approx"),
        fact("China", "total", "growth", 4.8, "percent", Y24, "4.8",
             "Goods trade between China and Africa reached $295.6 billion in 2024, or about 2.1 trillion yuan, up 4.8 percent from 2023",
             partner="Africa"),
        fact("China", "exports", "value", 178.8e9, "USD", Y24, "178.8 billion",
             "China sold $178.8 billion worth of goods to the continent, 3.5 percent more than a year earlier",
             partner="Africa"),
        fact("China", "exports", "growth", 3.5, "percent", Y24, "3.5",
             "China sold $178.8 billion worth of goods to the continent, 3.5 percent more than a year earlier",
             partner="Africa"),
        fact("China", "imports", "growth", 6.9, "percent", Y24, "6.9",
             "its purchases from Africa grew faster, by 6.9 percent, to $116.8 billion", partner="Africa"),
        fact("China", "imports", "value", 116.8e9, "USD", Y24, "116.8 billion",
             "its purchases from Africa grew faster, by 6.9 percent, to $116.8 billion", partner="Africa"),
        fact("China", "balance", "value", 62e9, "USD", Y24, "62 billion",
             "That left China with a surplus of roughly $62 billion with the continent", partner="Africa",
             qualifier="approx"),
        fact("Africa", "total", "rank", 1, "number", Y24, "largest",
             "China ranked as Africa's largest trading partner again last year", partner="China"),
        fact("China", "total", "share", 4.8, "percent", Y24, "4.8",
             "the continent accounted for about 4.8 percent of China's overall foreign trade in 2024",
             partner="Africa", qualifier="approx"),
        fact("China", "total", "growth", 14.4, "percent", H1, "14.4",
             "In the first half of this year, China-Africa trade rose 14.4 percent year-on-year to 1.17 trillion yuan",
             partner="Africa"),
        fact("China", "total", "value", 1.17e12, "CNY", H1, "1.17 trillion",
             "In the first half of this year, China-Africa trade rose 14.4 percent year-on-year to 1.17 trillion yuan",
             partner="Africa"),
        fact("China", "total", "value", 163e9, "USD", H1, "163 billion",
             "China-Africa trade rose 14.4 percent year-on-year to 1.17 trillion yuan (about $163 billion)",
             partner="Africa", qualifier="approx"),
        fact("China", "total", "share", 5.4, "percent", H1, "5.4",
             "Africa's share of China's foreign trade edged up to 5.4 percent", partner="Africa"),
        fact("China", "exports", "growth", 23, "percent", H1, "23",
             "Chinese exports to African markets surged 23 percent", partner="Africa"),
        fact("China", "imports", "growth", 2.4, "percent", H1, "2.4",
             "imports from the continent rose a more modest 2.4 percent", partner="Africa"),
        fact("China", "total", "growth", -4.6, "percent", Y24, "4.6",
             "South Africa still leads by a wide margin, though two-way trade slipped 4.6 percent last year to $52.46 billion",
             partner="South Africa"),
        fact("China", "total", "value", 52.46e9, "USD", Y24, "52.46 billion",
             "South Africa still leads by a wide margin, though two-way trade slipped 4.6 percent last year to $52.46 billion",
             partner="South Africa"),
        fact("China", "total", "value", 24.9e9, "USD", Y24, "24.9 billion",
             "Angola came next at $24.9 billion", partner="Angola"),
        fact("China", "imports", "quantity", 31.7e6, "tonnes", Y24, "31.7 million",
             "China took in 31.7 million metric tons of Angolan crude oil in 2024", partner="Angola",
             product="crude oil"),
        fact("China", "total", "growth", 3.9, "percent", Y24, "3.9",
             "Trade with Nigeria, the continent's most populous country, climbed 3.9 percent to $23.3 billion",
             partner="Nigeria"),
        fact("China", "total", "value", 23.3e9, "USD", Y24, "23.3 billion",
             "Trade with Nigeria, the continent's most populous country, climbed 3.9 percent to $23.3 billion",
             partner="Nigeria"),
        fact("China", "imports", "growth", 51, "percent", Y24, "51",
             "China's imports from the Democratic Republic of the Congo, dominated by refined copper and cobalt, jumped 51 percent to $21.9 billion",
             partner="Democratic Republic of the Congo"),
        fact("China", "imports", "value", 21.9e9, "USD", Y24, "21.9 billion",
             "China's imports from the Democratic Republic of the Congo, dominated by refined copper and cobalt, jumped 51 percent to $21.9 billion",
             partner="Democratic Republic of the Congo"),
        fact("China", "imports", "share", 30, "percent", Y24, "30",
             "Copper in its various forms made up roughly 30 percent of everything China bought from Africa last year",
             partner="Africa", product="copper", qualifier="approx"),
        fact("China", "imports", "rank", 1, "number", Y24, "largest",
             "crude oil remained the largest single item", partner="Africa", product="crude oil"),
        fact("China", "imports", "value", 27.6e9, "USD", Y24, "27.6 billion",
             "crude oil remained the largest single item, with purchases worth $27.6 billion",
             partner="Africa", product="crude oil"),
        fact("China", "exports", "growth", 47.2, "percent", Y24, "47.2",
             "Shipments of automobiles to Africa rose 47.2 percent in 2024", partner="Africa",
             product="automobiles"),
    ],
}
