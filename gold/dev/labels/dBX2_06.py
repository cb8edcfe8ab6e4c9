from _fact import fact, period

AE = "United Arab Emirates"
H1 = period(2025, 1, 6)
H124 = period(2024, 1, 6)
Q1 = period(2025, 1, 3)
Q2 = period(2025, 4, 6)
NO = "non-oil"

ARTICLE = {
    "id": "dBX2_06",
    "title": "UAE non-oil foreign trade hits record Dh1.7 trillion in first half of 2025",
    "publisher": "Gulf News",
    "published": "2025-08-24",
    "notes": [
        "Real figures (source, date): H1 2024 non-oil foreign trade Dh1.395 trillion (Khaleej Times, 2024-08-25); "
        "Q1 2025 non-oil trade 835 billion dirhams (Sheikh Mohammed via Arab News, 2025); "
        "the Dh4 trillion 2031 target; Iraq the top destination of UAE exports (H1 2024 statement); dirham peg "
        "3.6725.",
        "Derived/made up: every H1 2025 figure (total Dh1.73 trillion +24%, $471 billion at 3.6725, non-oil exports "
        "Dh368.4 billion +42.3% and 21.3% share, re-exports Dh394.6 billion +16.1%, imports Dh966.8 billion +20.6%), "
        "Q2 Dh895 billion (derived 1,730 - 835) and +7.2% on Q1 (derived 895/835), partner values, ranks, shares "
        "and growth (China 145.2 bn / 8.4%, India 109.6 bn +28.2%, Saudi Arabia 79.3, Iraq 66.1, US 62.4, Turkey "
        "48.7 bn +31.5%, Iraq 12.6% of non-oil exports), gold Dh352.8 billion / 20.4% / 41.2% of exports, telecom "
        "equipment Dh98.5 billion, jewellery Dh64.7 billion +15.6%, the 28 CEPAs, the 2.6% GDP effect and the WTO "
        "0.9% forecast figure; the paraphrase of Sheikh Mohammed's X post is invented around the real Dh4 trillion "
        "target. The components add up: 368.4 + 394.6 + 966.8 = 1,729.8.",
        "Judgement calls: every aggregate of the article is restricted to non-oil goods, so product is 'non-oil' "
        "(the text's word) for trade, exports, re-exports, imports and partner trade; re-exports are flow exports "
        "with segment 're-exports'; the headline Dh1.7 trillion and 42.3 per cent are the body observations and "
        "labelled once; '7.2 per cent more than the Dh835 billion recorded in the first three months' is basis qoq; "
        "ranks third, fourth and fifth and the three values come from a 'respectively' list; the bare 'India came "
        "second' and partner values carry the non-oil frame; 'the top destination for UAE non-oil exports' is an "
        "export rank; gold 'biggest single commodity' is a product rank (1) in total trade and telecom equipment "
        "'ranked second' a rank 2; the $471 billion is a separate approx USD fact.",
        "Not facts: Dh4 trillion target and 2031 (target), 2.7 percentage points (share difference), 28 CEPAs "
        "(agreements, not trading partners), 2.6 per cent of GDP, the 3.6725 peg (exchange rate), the WTO 0.9 per "
        "cent global trade forecast, 'fourth year', years.",
        "Copy check: 19 sentences searched (in 10 queries), 3 reworded (the gold sentence followed Gulf News' "
        "'gold topped the list of leading commodities in the UAE's non-oil foreign trade ... accounting for 17 per "
        "cent of the total' skeleton; an invented direct quote became a paraphrase; 'In a post on X, Sheikh "
        "Mohammed' matched Khaleej Times' opening and became 'Writing on X'); no excerpt shared a run of 8 words "
        "afterwards.",
        "Second check: 24 sentences searched, 1 reworded.",
    ],
    "facts": [
        fact(AE, "total", "value", 1.73e12, "AED", H1, "1.73 trillion",
             "the UAE's non-oil foreign trade reached a record Dh1.73 trillion in the first six months of 2025",
             product=NO),
        fact(AE, "total", "growth", 24, "percent", H1, "24",
             "the UAE's non-oil foreign trade reached a record Dh1.73 trillion in the first six months of 2025, up 24 per cent on the corresponding period of last year",
             product=NO),
        fact(AE, "total", "value", 471e9, "USD", H1, "471 billion",
             "The half-year total, equivalent to about $471 billion", product=NO, qualifier="approx"),
        fact(AE, "total", "value", 1.395e12, "AED", H124, "1.395 trillion",
             "The half-year total, equivalent to about $471 billion, compares with Dh1.395 trillion in January-June 2024",
             product=NO),
        fact(AE, "exports", "growth", 42.3, "percent", H1, "42.3",
             "Non-oil exports posted the fastest growth of the three trade components, surging 42.3 per cent year-on-year to Dh368.4 billion",
             product=NO),
        fact(AE, "exports", "value", 368.4e9, "AED", H1, "368.4 billion",
             "Non-oil exports posted the fastest growth of the three trade components, surging 42.3 per cent year-on-year to Dh368.4 billion",
             product=NO),
        fact(AE, "exports", "share", 21.3, "percent", H1, "21.3",
             "That lifted their share of total non-oil trade to 21.3 per cent", product=NO),
        fact(AE, "exports", "growth", 16.1, "percent", H1, "16.1",
             "Re-exports grew 16.1 per cent to Dh394.6 billion", product=NO, segment="re-exports"),
        fact(AE, "exports", "value", 394.6e9, "AED", H1, "394.6 billion",
             "Re-exports grew 16.1 per cent to Dh394.6 billion", product=NO, segment="re-exports"),
        fact(AE, "imports", "growth", 20.6, "percent", H1, "20.6",
             "imports rose 20.6 per cent to Dh966.8 billion", product=NO),
        fact(AE, "imports", "value", 966.8e9, "AED", H1, "966.8 billion",
             "imports rose 20.6 per cent to Dh966.8 billion", product=NO),
        fact(AE, "total", "value", 895e9, "AED", Q2, "895 billion",
             "In the second quarter alone, non-oil trade came to Dh895 billion", product=NO),
        fact(AE, "total", "growth", 7.2, "percent", Q2, "7.2",
             "In the second quarter alone, non-oil trade came to Dh895 billion, 7.2 per cent more than the Dh835 billion recorded in the first three months of the year",
             product=NO, basis="qoq"),
        fact(AE, "total", "value", 835e9, "AED", Q1, "835 billion",
             "the Dh835 billion recorded in the first three months of the year", product=NO),
        fact(AE, "total", "rank", 1, "number", H1, "largest",
             "China remained the UAE's largest trading partner", partner="China", product=NO),
        fact(AE, "total", "value", 145.2e9, "AED", H1, "145.2 billion",
             "China remained the UAE's largest trading partner, with bilateral non-oil trade worth Dh145.2 billion",
             partner="China", product=NO),
        fact(AE, "total", "share", 8.4, "percent", H1, "8.4",
             "China remained the UAE's largest trading partner, with bilateral non-oil trade worth Dh145.2 billion, or 8.4 per cent of the total",
             partner="China", product=NO),
        fact(AE, "total", "rank", 2, "number", H1, "second",
             "India came second at Dh109.6 billion", partner="India", product=NO),
        fact(AE, "total", "value", 109.6e9, "AED", H1, "109.6 billion",
             "India came second at Dh109.6 billion", partner="India", product=NO),
        fact(AE, "total", "growth", 28.2, "percent", H1, "28.2",
             "India came second at Dh109.6 billion, a 28.2 per cent increase", partner="India", product=NO),
        fact(AE, "total", "rank", 3, "number", H1, "third",
             "Saudi Arabia, Iraq and the United States ranked third, fourth and fifth",
             partner="Saudi Arabia", product=NO),
        fact(AE, "total", "rank", 4, "number", H1, "fourth",
             "Saudi Arabia, Iraq and the United States ranked third, fourth and fifth",
             partner="Iraq", product=NO),
        fact(AE, "total", "rank", 5, "number", H1, "fifth",
             "Saudi Arabia, Iraq and the United States ranked third, fourth and fifth",
             partner="United States", product=NO),
        fact(AE, "total", "value", 79.3e9, "AED", H1, "79.3 billion",
             "Saudi Arabia, Iraq and the United States ranked third, fourth and fifth with Dh79.3 billion, Dh66.1 billion and Dh62.4 billion, respectively",
             partner="Saudi Arabia", product=NO),
        fact(AE, "total", "value", 66.1e9, "AED", H1, "66.1 billion",
             "Saudi Arabia, Iraq and the United States ranked third, fourth and fifth with Dh79.3 billion, Dh66.1 billion and Dh62.4 billion, respectively",
             partner="Iraq", product=NO),
        fact(AE, "total", "value", 62.4e9, "AED", H1, "62.4 billion",
             "Saudi Arabia, Iraq and the United States ranked third, fourth and fifth with Dh79.3 billion, Dh66.1 billion and Dh62.4 billion, respectively",
             partner="United States", product=NO),
        fact(AE, "total", "growth", 31.5, "percent", H1, "31.5",
             "Turkey followed, its trade with the UAE expanding 31.5 per cent to Dh48.7 billion",
             partner="Turkey", product=NO),
        fact(AE, "total", "value", 48.7e9, "AED", H1, "48.7 billion",
             "Turkey followed, its trade with the UAE expanding 31.5 per cent to Dh48.7 billion",
             partner="Turkey", product=NO),
        fact(AE, "exports", "rank", 1, "number", H1, "top",
             "Iraq was again the top destination for UAE non-oil exports", partner="Iraq", product=NO),
        fact(AE, "exports", "share", 12.6, "percent", H1, "12.6",
             "Iraq was again the top destination for UAE non-oil exports, taking 12.6 per cent of the total",
             partner="Iraq", product=NO),
        fact(AE, "total", "value", 352.8e9, "AED", H1, "352.8 billion",
             "Gold, worth Dh352.8 billion, made up 20.4 per cent of everything the country traded outside oil",
             product="gold"),
        fact(AE, "total", "share", 20.4, "percent", H1, "20.4",
             "Gold, worth Dh352.8 billion, made up 20.4 per cent of everything the country traded outside oil",
             product="gold"),
        fact(AE, "total", "rank", 1, "number", H1, "biggest",
             "Gold, worth Dh352.8 billion, made up 20.4 per cent of everything the country traded outside oil and stayed the biggest single commodity",
             product="gold"),
        fact(AE, "exports", "share", 41.2, "percent", H1, "41.2",
             "On its own, the metal represented 41.2 per cent of non-oil exports", product="gold"),
        fact(AE, "total", "rank", 2, "number", H1, "second",
             "Telephones and telecommunications equipment ranked second at Dh98.5 billion",
             product="telephones and telecommunications equipment"),
        fact(AE, "total", "value", 98.5e9, "AED", H1, "98.5 billion",
             "Telephones and telecommunications equipment ranked second at Dh98.5 billion",
             product="telephones and telecommunications equipment"),
        fact(AE, "total", "value", 64.7e9, "AED", H1, "64.7 billion",
             "Jewellery trade reached Dh64.7 billion, up 15.6 per cent on the year", product="jewellery"),
        fact(AE, "total", "growth", 15.6, "percent", H1, "15.6",
             "Jewellery trade reached Dh64.7 billion, up 15.6 per cent on the year", product="jewellery"),
    ],
}
