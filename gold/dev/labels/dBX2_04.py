from _fact import fact, period

PE = "Peru"
AUG = period(2025, 8)
AUG24 = period(2024, 8)
JA = period(2025, 1, 8)
JA24 = period(2024, 1, 8)
TTM = {"start": "2024-09", "end": "2025-08"}
US = "United States"

ARTICLE = {
    "id": "dBX2_04",
    "title": "Peru's trade surplus widens to US$3.1 billion in August on copper, gold sales",
    "publisher": "Andina",
    "published": "2025-10-17",
    "notes": [
        "Real figures (source, date): January-August 2025 exports US$55.640 billion, +18.8%; gold +42.7% and copper "
        "+16.7% in January-August (Mincetur via RPP, 2025-10-05); China the top destination in January-August "
        "(same source, no share given); BCR projection of a trade surplus above US$30 billion for 2025 (Andina, "
        "Velarde forum, 2025); Peru 2025 export projection of about US$85 billion (Mincetur via Diario Correo, "
        "2025-12-21).",
        "Derived/made up: every August 2025 monthly figure (balance 3.126 bn, exports 7.512 bn, +16.4% y/y, +4.2% m/m, "
        "imports 4.386 bn, +9.1%, traditional 5.702 bn +18.9%, non-traditional 1.797 bn +9.2%, copper 2.384 bn "
        "+21.5%, gold 1.912 bn +47.3%, agricultural 742 mn +14.8%, blueberries 118 mn +36.2%, China 2.764 bn / 36.8%, "
        "US 931 mn +11.3% / 12.4% / second), the August 2024 surplus 2.434 bn, the January-August surpluses 20.410 bn "
        "and 14.920 bn and their 36.8% widening (derived: 20.410/14.920), China's 35.4% eight-month share, the "
        "12-month surplus 29.85 bn, the soles conversion (about 3.52 soles per dollar), the volume, price and "
        "terms-of-trade rates. Shares derived from the made-up values (2.764/7.512, 931/7512).",
        "Judgement calls: 'the eighth month of the year' takes its year from the lead and the date; the 12-month "
        "surplus is labelled with period 2024-09..2025-08; 'the gap in Peru's favour ... widened 36.8%' is the growth "
        "of the January-August balance (+36.8); traditional/non-traditional exports are products 'traditional "
        "products'/'non-traditional products'; 'Copper, the country's top export' is a product rank (1) for August; "
        "the US 'second-largest single-country market' is rank 2 among partners; gold and copper January-August growth "
        "comes from a 'respectively' list; the headline US$3.1 billion is the same observation as the body's 3.126 "
        "and is labelled once; the soles figure is a separate PEN fact with approx.",
        "Not facts: non-traditional export volume +5.3% (volume growth), export prices +15.6% and terms of trade +12.9% "
        "(prices), gold price US$3,300 an ounce, BCR's expected full-year surplus of about US$30 billion and exports of "
        "roughly US$85 billion (forecasts), '12 months', 'eighth month', years (2024, 2025), the avocado and grape "
        "remarks carry no numbers.",
        "Copy check: 19 sentences searched (in 12 queries), 2 reworded (the imports sentence and the exports sentence "
        "had Andina's clause skeleton 'On the other hand, imports totaled ... due to higher purchases' / 'According "
        "to the issuing entity'); no excerpt shared a run of 8 words afterwards.",
        "Second check: 23 sentences searched, 2 reworded.",
    ],
    "facts": [
        fact(PE, "balance", "value", 3.126e9, "USD", AUG, "3.126 billion",
             "leaving the trade balance with a surplus of US$3.126 billion"),
        fact(PE, "balance", "value", 11e9, "PEN", AUG, "11 billion",
             "a surplus of US$3.126 billion (some 11 billion soles)", qualifier="approx"),
        fact(PE, "balance", "value", 2.434e9, "USD", AUG24, "2.434 billion",
             "leaving the trade balance with a surplus of US$3.126 billion (some 11 billion soles), up from US$2.434 billion in the same month of 2024"),
        fact(PE, "exports", "value", 7.512e9, "USD", AUG, "7.512 billion",
             "Outbound shipments came to US$7.512 billion in the eighth month of the year"),
        fact(PE, "exports", "growth", 16.4, "percent", AUG, "16.4",
             "Outbound shipments came to US$7.512 billion in the eighth month of the year, the bank said, a 16.4% increase over August 2024"),
        fact(PE, "exports", "growth", 4.2, "percent", AUG, "4.2",
             "Outbound shipments came to US$7.512 billion in the eighth month of the year, the bank said, a 16.4% increase over August 2024 and 4.2% more than in July",
             basis="mom"),
        fact(PE, "imports", "value", 4.386e9, "USD", AUG, "4.386 billion",
             "Imports, for their part, rose 9.1% year-on-year to US$4.386 billion"),
        fact(PE, "imports", "growth", 9.1, "percent", AUG, "9.1",
             "Imports, for their part, rose 9.1% year-on-year to US$4.386 billion"),
        fact(PE, "exports", "growth", 18.9, "percent", AUG, "18.9",
             "Traditional exports —mostly minerals, hydrocarbons and fishmeal— advanced 18.9% to US$5.702 billion",
             product="traditional products"),
        fact(PE, "exports", "value", 5.702e9, "USD", AUG, "5.702 billion",
             "Traditional exports —mostly minerals, hydrocarbons and fishmeal— advanced 18.9% to US$5.702 billion",
             product="traditional products"),
        fact(PE, "exports", "growth", 9.2, "percent", AUG, "9.2",
             "non-traditional shipments expanded 9.2% to US$1.797 billion", product="non-traditional products"),
        fact(PE, "exports", "value", 1.797e9, "USD", AUG, "1.797 billion",
             "non-traditional shipments expanded 9.2% to US$1.797 billion", product="non-traditional products"),
        fact(PE, "exports", "rank", 1, "number", AUG, "top",
             "Copper, the country's top export", product="copper"),
        fact(PE, "exports", "value", 2.384e9, "USD", AUG, "2.384 billion",
             "Copper, the country's top export, generated US$2.384 billion in foreign sales", product="copper"),
        fact(PE, "exports", "growth", 21.5, "percent", AUG, "21.5",
             "Copper, the country's top export, generated US$2.384 billion in foreign sales, 21.5% more than a year earlier",
             product="copper"),
        fact(PE, "exports", "growth", 47.3, "percent", AUG, "47.3",
             "Gold shipments, in turn, soared 47.3% to US$1.912 billion", product="gold"),
        fact(PE, "exports", "value", 1.912e9, "USD", AUG, "1.912 billion",
             "Gold shipments, in turn, soared 47.3% to US$1.912 billion", product="gold"),
        fact(PE, "exports", "value", 742e6, "USD", AUG, "742 million",
             "Among non-traditional goods, agricultural products reached US$742 million", product="agricultural products"),
        fact(PE, "exports", "growth", 14.8, "percent", AUG, "14.8",
             "agricultural products reached US$742 million, up 14.8%", product="agricultural products"),
        fact(PE, "exports", "growth", 36.2, "percent", AUG, "36.2",
             "Fresh blueberries, whose Peruvian campaign opens in August, jumped 36.2% to US$118 million",
             product="fresh blueberries"),
        fact(PE, "exports", "value", 118e6, "USD", AUG, "118 million",
             "Fresh blueberries, whose Peruvian campaign opens in August, jumped 36.2% to US$118 million",
             product="fresh blueberries"),
        fact(PE, "exports", "value", 2.764e9, "USD", AUG, "2.764 billion",
             "By destination, China bought US$2.764 billion worth of Peruvian goods in August", partner="China"),
        fact(PE, "exports", "share", 36.8, "percent", AUG, "36.8",
             "China bought US$2.764 billion worth of Peruvian goods in August, equal to 36.8% of the total", partner="China"),
        fact(PE, "exports", "rank", 2, "number", AUG, "second-largest",
             "Shipments to the United States, the second-largest single-country market", partner=US),
        fact(PE, "exports", "growth", 11.3, "percent", AUG, "11.3",
             "Shipments to the United States, the second-largest single-country market, increased 11.3% to US$931 million",
             partner=US),
        fact(PE, "exports", "value", 931e6, "USD", AUG, "931 million",
             "Shipments to the United States, the second-largest single-country market, increased 11.3% to US$931 million",
             partner=US),
        fact(PE, "exports", "share", 12.4, "percent", AUG, "12.4",
             "Shipments to the United States, the second-largest single-country market, increased 11.3% to US$931 million, or 12.4% of the monthly total",
             partner=US),
        fact(PE, "exports", "value", 55.64e9, "USD", JA, "55.640 billion",
             "Peru shipped US$55.640 billion worth of goods abroad between January and August 2025"),
        fact(PE, "exports", "growth", 18.8, "percent", JA, "18.8",
             "Peru shipped US$55.640 billion worth of goods abroad between January and August 2025, an 18.8% rise on the same eight months of last year"),
        fact(PE, "balance", "value", 20.41e9, "USD", JA, "20.410 billion",
             "the trade balance accumulated a surplus of US$20.410 billion between January and August"),
        fact(PE, "balance", "value", 14.92e9, "USD", JA24, "14.920 billion",
             "the trade balance accumulated a surplus of US$20.410 billion between January and August, compared with US$14.920 billion a year earlier"),
        fact(PE, "balance", "growth", 36.8, "percent", JA, "36.8",
             "the gap in Peru's favour thus widened 36.8%"),
        fact(PE, "exports", "growth", 42.7, "percent", JA, "42.7",
             "Over the same span, sales of gold and copper climbed 42.7% and 16.7%, respectively", product="gold"),
        fact(PE, "exports", "growth", 16.7, "percent", JA, "16.7",
             "Over the same span, sales of gold and copper climbed 42.7% and 16.7%, respectively", product="copper"),
        fact(PE, "exports", "rank", 1, "number", JA, "top",
             "China kept its place as the top buyer over the eight months", partner="China"),
        fact(PE, "exports", "share", 35.4, "percent", JA, "35.4",
             "China kept its place as the top buyer over the eight months, taking 35.4% of shipments", partner="China"),
        fact(PE, "balance", "value", 29.85e9, "USD", TTM, "29.85 billion",
             "in the 12 months to August, the trade surplus totaled US$29.85 billion"),
    ],
}
