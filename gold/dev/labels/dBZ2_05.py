from _fact import fact, period

KH = "Cambodia"
P = period(2024, 1, 10)
P23 = period(2023, 1, 10)
OCT = period(2024, 10)
Q1 = period(2024, 1, 3)

ARTICLE = {
    "id": "dBZ2_05",
    "title": "Cambodia's foreign trade passes $45 billion in 10 months as exports climb 16 percent",
    "publisher": "Khmer Times",
    "published": "2024-11-12",
    "notes": [
        "Real figures (source, date): GDCE January-October 2024 data as reported by CambodgeMag (2024-11): exports "
        "$21.57bn up 16% from $18.59bn; exports to the US $8.23bn up 9.8%, imports from the US $217m up 7.5%; Vietnam "
        "second market, exports $2.9bn up 31.2%, imports $3.4bn up 14.5%; China third market, exports about $1.4bn up "
        "12%, imports $10.9bn up 23.2%. GDCE January-September 2024 (Phnom Penh Post via asiannews.online, 2024-10-11): "
        "exports $19.83bn, imports $21.1bn, September exports $2.25bn. Bicycle exports down 43% in Q1 2024 (GDCE via "
        "APP/UrduPoint, 2024-04-16).",
        "Derived/made up: January-October imports $23.52bn (up 17% from $20.10bn), total trade $45.09bn (up 16.5%), "
        "deficit $1.95bn vs $1.51bn (widened about 29%) are made up to fit between the real January-September and "
        "January-November totals; October exports about $1.74bn derived as $21.57bn less $19.83bn, and the 22.7% fall "
        "from September derived against $2.25bn; the US share 38.2% derived (8.23/21.57); China's import share of "
        "about 46% derived (10.9/23.52); GFT exports $11.47bn up 21.6% and bicycle exports $338.6m down 27.4% are made "
        "up; reporter, economist, quotes and date are made up.",
        "Judgement calls: 'Of that sum, $21.57 billion was exports' is the exports value, not a share; the "
        "deficit's growth 'widened by about 29 percent' is +29 (approx), a balance growth; 'October itself' and 'in "
        "October alone' with 'from September' give a month-on-month basis; 'absorbed 38.2 percent of the "
        "Kingdom's exports' is the US share of exports; 'largest supplier' is China's import rank 1 and "
        "'third-biggest buyer' its export rank 3; 'second place among export destinations' is Vietnam's export rank; "
        "GFT labelled product 'garment, footwear and travel goods'; the Q1 bicycle fall (43 percent slump) is labelled "
        "with period 2024-01..2024-03; the year for 'January-October' and 'the first quarter' comes from the article.",
        "Not facts: US tariffs of up to 25 percent on Chinese goods; the forecast that full-year exports pass $26 "
        "billion; economic growth of around 6 percent for 2024; roughly 900,000 workers; 'first 10 months' as a period "
        "word; the years.",
        "Copy check: 18 sentences searched, 1 reworded ('The United States remained Cambodia's largest export market' matched a Vietstock/Khmer Times line almost word for word; now 'Cambodia's biggest customer was again the United States').",
        "Second check: 26 sentences searched, 6 reworded."
    ],
    "facts": [
        fact(KH, "total", "value", 45.09e9, "USD", P, "45.09 billion",
             "Goods worth $45.09 billion moved in and out of Cambodia in the first 10 months of this year"),
        fact(KH, "total", "growth", 16.5, "percent", P, "16.5",
             "Goods worth $45.09 billion moved in and out of Cambodia in the first 10 months of this year, 16.5 percent more than in the same period of 2023"),
        fact(KH, "exports", "value", 21.57e9, "USD", P, "21.57 billion",
             "Of that sum, $21.57 billion was exports"),
        fact(KH, "exports", "growth", 16, "percent", P, "16",
             "$21.57 billion was exports, which grew 16 percent from $18.59 billion a year ago"),
        fact(KH, "exports", "value", 18.59e9, "USD", P23, "18.59 billion",
             "$21.57 billion was exports, which grew 16 percent from $18.59 billion a year ago"),
        fact(KH, "imports", "growth", 17, "percent", P, "17",
             "Imports increased 17 percent to $23.52 billion"),
        fact(KH, "imports", "value", 23.52e9, "USD", P, "23.52 billion",
             "Imports increased 17 percent to $23.52 billion"),
        fact(KH, "imports", "value", 20.10e9, "USD", P23, "20.10 billion",
             "compared with $20.10 billion in January-October 2023"),
        fact(KH, "balance", "growth", 29, "percent", P, "29",
             "the Kingdom's trade deficit widened by about 29 percent to $1.95 billion", qualifier="approx"),
        fact(KH, "balance", "value", -1.95e9, "USD", P, "1.95 billion",
             "the Kingdom's trade deficit widened by about 29 percent to $1.95 billion"),
        fact(KH, "balance", "value", -1.51e9, "USD", P23, "1.51 billion",
             "the Kingdom's trade deficit widened by about 29 percent to $1.95 billion, from $1.51 billion in the corresponding period last year"),
        fact(KH, "exports", "value", 1.74e9, "USD", OCT, "1.74 billion",
             "exports in October alone came to about $1.74 billion", qualifier="approx"),
        fact(KH, "exports", "growth", -22.7, "percent", OCT, "22.7",
             "exports in October alone came to about $1.74 billion, down 22.7 percent from September", basis="mom"),
        fact(KH, "exports", "rank", 1, "number", P, "biggest",
             "Cambodia's biggest customer was again the United States", partner="United States"),
        fact(KH, "exports", "value", 8.23e9, "USD", P, "8.23 billion",
             "The US absorbed 38.2 percent of the Kingdom's exports over the 10-month period: $8.23 billion worth", partner="United States"),
        fact(KH, "exports", "growth", 9.8, "percent", P, "9.8",
             "The US absorbed 38.2 percent of the Kingdom's exports over the 10-month period: $8.23 billion worth, 9.8 percent more than a year earlier",
             partner="United States"),
        fact(KH, "exports", "share", 38.2, "percent", P, "38.2",
             "The US absorbed 38.2 percent of the Kingdom's exports", partner="United States"),
        fact(KH, "imports", "value", 217e6, "USD", P, "217 million",
             "Cambodian imports of American products rose 7.5 percent to $217 million", partner="United States"),
        fact(KH, "imports", "growth", 7.5, "percent", P, "7.5",
             "Cambodian imports of American products rose 7.5 percent to $217 million",
             partner="United States"),
        fact(KH, "exports", "rank", 2, "number", P, "second",
             "Vietnam held on to second place among export destinations", partner="Vietnam"),
        fact(KH, "exports", "value", 2.9e9, "USD", P, "2.9 billion",
             "taking $2.9 billion of Cambodian products", partner="Vietnam"),
        fact(KH, "exports", "growth", 31.2, "percent", P, "31.2",
             "taking $2.9 billion of Cambodian products, 31.2 percent more than a year earlier", partner="Vietnam"),
        fact(KH, "imports", "growth", 14.5, "percent", P, "14.5",
             "Imports from the neighbouring country grew 14.5 percent to $3.4 billion", partner="Vietnam"),
        fact(KH, "imports", "value", 3.4e9, "USD", P, "3.4 billion",
             "Imports from the neighbouring country grew 14.5 percent to $3.4 billion", partner="Vietnam"),
        fact(KH, "exports", "rank", 3, "number", P, "third-biggest",
             "China was the third-biggest buyer of Cambodian goods", partner="China"),
        fact(KH, "exports", "value", 1.4e9, "USD", P, "1.4 billion",
             "China was the third-biggest buyer of Cambodian goods at roughly $1.4 billion", partner="China",
             qualifier="approx"),
        fact(KH, "exports", "growth", 12, "percent", P, "12",
             "China was the third-biggest buyer of Cambodian goods at roughly $1.4 billion, up 12 percent", partner="China"),
        fact(KH, "imports", "rank", 1, "number", P, "largest",
             "it was by far the Kingdom's largest supplier", partner="China"),
        fact(KH, "imports", "growth", 23.2, "percent", P, "23.2",
             "Imports from China jumped 23.2 percent to $10.9 billion", partner="China"),
        fact(KH, "imports", "value", 10.9e9, "USD", P, "10.9 billion",
             "Imports from China jumped 23.2 percent to $10.9 billion", partner="China"),
        fact(KH, "imports", "share", 46, "percent", P, "46",
             "Imports from China jumped 23.2 percent to $10.9 billion, or about 46 percent of everything Cambodia brought in",
             partner="China", qualifier="approx"),
        fact(KH, "exports", "value", 11.47e9, "USD", P, "11.47 billion",
             "put January-October earnings from garment, footwear and travel goods (GFT) exports at $11.47 billion",
             product="garment, footwear and travel goods"),
        fact(KH, "exports", "growth", 21.6, "percent", P, "21.6",
             "put January-October earnings from garment, footwear and travel goods (GFT) exports at $11.47 billion, 21.6 percent more than a year earlier",
             product="garment, footwear and travel goods"),
        fact(KH, "exports", "growth", -27.4, "percent", P, "27.4",
             "Shipments of bicycles, including electric bicycles, fell 27.4 percent to $338.6 million", product="bicycles"),
        fact(KH, "exports", "value", 338.6e6, "USD", P, "338.6 million",
             "Shipments of bicycles, including electric bicycles, fell 27.4 percent to $338.6 million", product="bicycles"),
        fact(KH, "exports", "growth", -43, "percent", Q1, "43",
             "the decline has moderated since the 43 percent slump recorded in the first quarter", product="bicycles"),
    ],
}
