from _fact import fact, period

IN = "India"
US = "United States"
NOV = period(2025, 11)
OCT = period(2025, 10)
NOV24 = period(2024, 11)
FY = period(2025, 4, 11)  # April-November 2025-26
GS = "goods and services"

ARTICLE = {
    "id": "dCB2_03",
    "title": "Gold import slump shrinks trade deficit to USD 24.53 bn in Nov as exports climb 19.37 pc to USD 38.13 bn",
    "publisher": "PTI",
    "published": "2025-12-15",
    "notes": [
        "Real figures (Ministry of Commerce and Industry, November 2025 trade data, released 2025-12-15, as reported by "
        "PTI/Lokmat Times, Business Standard, Deccan Herald, ANI/LatestLY, Financial Express, NDTV Profit, Basis Point "
        "Insight, Hindusthan Samachar): merchandise exports USD 38.13 billion, +19.37% (November 2024: USD 31.94 "
        "billion); imports USD 62.66 billion, -1.88% (USD 63.87 billion); deficit USD 24.53 billion, five-month low "
        "(October record USD 41.68 billion; November 2024 USD 31.93 billion); Reuters poll USD 32 billion; gold imports "
        "about USD 4 billion, down about 60% from USD 9.8 billion, October USD 14.72 billion, April-November +3.3% to "
        "USD 45.26 billion; silver +125.40% to USD 1.07 billion; exports to the US +22.61% to USD 6.98 billion, "
        "October USD 6.31 billion; April-November exports +2.62% to USD 292.07 billion, imports +5.59% to USD 515.21 "
        "billion; services exports USD 35.86 billion (USD 32.11 billion), services imports USD 17.96 billion; overall "
        "exports USD 73.99 billion +15.52%, overall imports USD 80.63 billion, overall deficit USD 6.64 billion; 50% "
        "US tariff incl. a 25% penalty from August 27; 14 of 20 partners (PHDCCI); gold above Rs 1.35 lakh per 10 "
        "grams; rupee low 90.15; GDP +8.2% in July-September.",
        "Derived/made up: the April-November deficit USD 223.14 billion is 515.21 - 292.07 (also reported by some "
        "outlets); the rupee figures (Rs 3,38,213.1 crore, Rs 5,55,794.2 crore, +25.46%, +3.1%) are derived at assumed "
        "average rates of 88.70 (November 2025) and 84.40 (November 2024) rupees per dollar, not the ministry's own "
        "rupee figures; the Agrawal remarks are paraphrased, not quoted; the PTI desk initials are made up.",
        "Judgement calls: the October and year-ago deficits are negative balances with their own periods (the "
        "'down from' list carries 'deficit'); gold growth 'nearly 60' and value 'about USD 4 billion' are approx; "
        "'The yellow metal's inbound shipments' is gold imports (April-November); 'these shipments' carries the US "
        "partner to October; 'The import bill for the period' carries April-November; rupee-term growth rates are "
        "separate facts from the dollar ones (same fields but value; the record cannot say 'in rupee terms'); services "
        "and overall figures are estimates but stated as figures, labelled exact; 'combined' and 'overall' flows take "
        "product 'goods and services'; undated figures take November 2025 from the headline and the published date.",
        "Not facts: USD 32 billion (Reuters poll forecast); 50 per cent (tariff) and 'half of it' (penalty); Rs 1.35 "
        "lakh per 10 grams (gold price); 90.15 (exchange rate); 8.2 per cent (GDP growth); 'Of India's 20 major trading "
        "partners, 14' (conditional count); 'two months of contraction', 'five months', 'in a decade', 'first eight months' "
        "(streaks, milestones, spans); August 27 (date); 2025-26 (fiscal year label).",
        "Copy check: 15 sentences searched, 4 reworded (2 re-searched after rewording).",
        "Second check: 24 sentences searched, 9 reworded.",
    ],
    "facts": [
        fact(IN, "exports", "growth", 19.37, "percent", NOV, "19.37",
             "put India's merchandise exports for November at USD 38.13 billion, 19.37 per cent higher than a year "
             "earlier"),
        fact(IN, "exports", "value", 38.13e9, "USD", NOV, "38.13 billion",
             "put India's merchandise exports for November at USD 38.13 billion"),
        fact(IN, "imports", "growth", -1.88, "percent", NOV, "1.88",
             "pulled imports down 1.88 per cent to USD 62.66 billion"),
        fact(IN, "imports", "value", 62.66e9, "USD", NOV, "62.66 billion",
             "pulled imports down 1.88 per cent to USD 62.66 billion"),
        fact(IN, "exports", "value", 31.94e9, "USD", NOV24, "31.94 billion",
             "In November last year, outward shipments had stood at USD 31.94 billion"),
        fact(IN, "imports", "value", 63.87e9, "USD", NOV24, "63.87 billion",
             "In November last year, outward shipments had stood at USD 31.94 billion and the import bill at USD "
             "63.87 billion"),
        fact(IN, "balance", "value", -24.53e9, "USD", NOV, "24.53 billion",
             "At USD 24.53 billion, last month's merchandise trade deficit"),
        fact(IN, "balance", "value", -41.68e9, "USD", OCT, "41.68 billion",
             "last month's merchandise trade deficit was the narrowest in five months, down from an all-time high of "
             "USD 41.68 billion in October"),
        fact(IN, "balance", "value", -31.93e9, "USD", NOV24, "31.93 billion",
             "last month's merchandise trade deficit was the narrowest in five months, down from an all-time high of "
             "USD 41.68 billion in October and from USD 31.93 billion a year earlier"),
        # gold and silver
        fact(IN, "imports", "value", 14.72e9, "USD", OCT, "14.72 billion",
             "Gold imports, which had hit a record USD 14.72 billion in October", product="gold"),
        fact(IN, "imports", "growth", -60, "percent", NOV, "60",
             "Gold imports, which had hit a record USD 14.72 billion in October, slumped nearly 60 per cent",
             product="gold", qualifier="approx"),
        fact(IN, "imports", "value", 4e9, "USD", NOV, "4 billion",
             "Gold imports, which had hit a record USD 14.72 billion in October, slumped nearly 60 per cent to about "
             "USD 4 billion", product="gold", qualifier="approx"),
        fact(IN, "imports", "value", 9.8e9, "USD", NOV24, "9.8 billion",
             "Gold imports, which had hit a record USD 14.72 billion in October, slumped nearly 60 per cent to about "
             "USD 4 billion, against USD 9.8 billion in November 2024", product="gold"),
        fact(IN, "imports", "growth", 3.3, "percent", FY, "3.3",
             "The yellow metal's inbound shipments for April-November, however, were up 3.3 per cent at USD 45.26 "
             "billion", product="gold"),
        fact(IN, "imports", "value", 45.26e9, "USD", FY, "45.26 billion",
             "The yellow metal's inbound shipments for April-November, however, were up 3.3 per cent at USD 45.26 "
             "billion", product="gold"),
        fact(IN, "imports", "growth", 125.4, "percent", NOV, "125.4",
             "Silver imports more than doubled, rising 125.4 per cent to USD 1.07 billion in the month",
             product="silver"),
        fact(IN, "imports", "value", 1.07e9, "USD", NOV, "1.07 billion",
             "Silver imports more than doubled, rising 125.4 per cent to USD 1.07 billion in the month",
             product="silver"),
        # United States
        fact(IN, "exports", "rank", 1, "number", NOV, "largest",
             "Exports to the US, India's largest export market", partner=US),
        fact(IN, "exports", "growth", 22.61, "percent", NOV, "22.61",
             "Exports to the US, India's largest export market, grew 22.61 per cent to USD 6.98 billion in November",
             partner=US),
        fact(IN, "exports", "value", 6.98e9, "USD", NOV, "6.98 billion",
             "Exports to the US, India's largest export market, grew 22.61 per cent to USD 6.98 billion in November",
             partner=US),
        fact(IN, "exports", "value", 6.31e9, "USD", OCT, "6.31 billion",
             "In October, these shipments were worth USD 6.31 billion.", partner=US),
        # April-November
        fact(IN, "exports", "value", 292.07e9, "USD", FY, "292.07 billion",
             "Outbound shipments in April-November 2025-26, the fiscal year's first eight months, added up to USD "
             "292.07 billion"),
        fact(IN, "exports", "growth", 2.62, "percent", FY, "2.62",
             "Outbound shipments in April-November 2025-26, the fiscal year's first eight months, added up to USD "
             "292.07 billion, up 2.62 per cent on a year earlier"),
        fact(IN, "imports", "growth", 5.59, "percent", FY, "5.59",
             "The import bill for the period climbed 5.59 per cent to USD 515.21 billion"),
        fact(IN, "imports", "value", 515.21e9, "USD", FY, "515.21 billion",
             "The import bill for the period climbed 5.59 per cent to USD 515.21 billion"),
        fact(IN, "balance", "value", -223.14e9, "USD", FY, "223.14 billion",
             "the cumulative trade deficit stood at USD 223.14 billion"),
        # services and overall
        fact(IN, "exports", "value", 35.86e9, "USD", NOV, "35.86 billion",
             "The value of services exports in November is estimated at USD 35.86 billion", product="services"),
        fact(IN, "exports", "value", 32.11e9, "USD", NOV24, "32.11 billion",
             "The value of services exports in November is estimated at USD 35.86 billion, as against USD 32.11 "
             "billion a year ago", product="services"),
        fact(IN, "imports", "value", 17.96e9, "USD", NOV, "17.96 billion",
             "services imports are pegged at USD 17.96 billion", product="services"),
        fact(IN, "exports", "value", 73.99e9, "USD", NOV, "73.99 billion",
             "Combined goods and services exports for the month are put at USD 73.99 billion", product=GS),
        fact(IN, "exports", "growth", 15.52, "percent", NOV, "15.52",
             "Combined goods and services exports for the month are put at USD 73.99 billion, up 15.52 per cent",
             product=GS),
        fact(IN, "imports", "value", 80.63e9, "USD", NOV, "80.63 billion",
             "combined imports of USD 80.63 billion", product=GS),
        fact(IN, "balance", "value", -6.64e9, "USD", NOV, "6.64 billion",
             "an overall trade deficit of USD 6.64 billion", product=GS),
        # rupee terms
        fact(IN, "exports", "growth", 25.46, "percent", NOV, "25.46",
             "In rupee terms, merchandise exports increased 25.46 per cent to Rs 3,38,213.1 crore in November"),
        fact(IN, "exports", "value", 3.382131e12, "INR", NOV, "3,38,213.1 crore",
             "In rupee terms, merchandise exports increased 25.46 per cent to Rs 3,38,213.1 crore in November"),
        fact(IN, "imports", "growth", 3.1, "percent", NOV, "3.1",
             "imports went up 3.1 per cent to Rs 5,55,794.2 crore"),
        fact(IN, "imports", "value", 5.557942e12, "INR", NOV, "5,55,794.2 crore",
             "imports went up 3.1 per cent to Rs 5,55,794.2 crore"),
    ],
}
