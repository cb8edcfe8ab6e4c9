from _fact import fact, period

KR = "South Korea"
NOV = period(2026, 11)
YTD = period(2026, 1, 11)

PETRO = ("Exports of petroleum products and petrochemicals dropped 9.8 percent and 6.7 percent, respectively, "
         "to $3.94 billion and $3.61 billion")
DEST = ("Shipments to China and ASEAN rose 3.2 percent and 9.6 percent, respectively, to $12.43 billion and "
        "$10.21 billion")

ARTICLE = {
    "id": "dBQ2_03",
    "title": "(LEAD) S. Korea's Nov. exports up 7.9 pct on chips, ships; trade surplus extends to 22 months",
    "publisher": "Yonhap",
    "published": "2026-12-01",
    "notes": [
        "Real figures: none stated for November 2026 (not yet reported when modelled). The unstated November 2025 "
        "bases are real (exports $61.04 billion, imports $51.30 billion, chips $17.26 billion, per Yonhap/Reuters "
        "reports of 1 December 2025) and the 2026 rates are computed from them: 65.84/61.04 = +7.9%, 54.12/51.30 = "
        "+5.5%, 19.87/17.26 = +15.1%. The ministry's name (Ministry of Trade, Industry and Resources) follows its "
        "late-2025 renaming. Invented: every other figure (ships, cars, petroleum products, petrochemicals, "
        "destinations, energy imports, January-November totals). Derived: 65.84 - 54.12 = 11.72 surplus; chip share "
        "19.87/65.84 = 30.2%; working days 23 (2026) vs 22.5 (2025) from the calendar; daily average 65.84/23 = "
        "2.86, +5.5% on 61.04/22.5.",
        "Judgement calls: the headline's 'up 7.9 pct' is the body's observation, labelled once with the body's "
        "evidence. 'November exports' = November 2026 (published 1 December 2026). Two 'respectively' lists pair "
        "each product/destination with its rate and value in order. 'the largest buyer of Korean goods' = rank 1 of "
        "exports to China. Energy purchases labelled product 'energy'. 'January-November exports' and 'the same "
        "months of 2025' = 2026-01..2026-11, year on year (2025 is the comparison base, not a period).",
        "Not facts: streaks ('sixth monthly gain in a row', 'run of monthly surpluses to 22', 'ninth month in a "
        "row'); working days (23, half a day); the per-working-day average ($2.86 billion, a 5.5 percent increase: "
        "guide puts per-working-day averages out of scope); the first-20-days growth of 9.1 percent (part of a "
        "month); 'the highest ever for the month' (a milestone without its own number).",
        "Copy check: 3 sentences searched (lead, the ministry statement, the working-days sentence), 2 reworded "
        "(the lead, whose 'exports rose for the Nth straight month in November ... on ...' skeleton matched real "
        "Yonhap openings; the headline-figure sentence, whose 'Outbound shipments came to $X last month ... "
        "according to the data compiled by the Ministry' skeleton appeared in the search results).",
        "Second check: 22 sentences searched, 6 reworded.",
    ],
    "facts": [
        fact(KR, "exports", "value", 65.84e9, "USD", NOV, "$65.84 billion",
             "The Ministry of Trade, Industry and Resources put November exports at $65.84 billion"),
        fact(KR, "exports", "growth", 7.9, "percent", NOV, "7.9",
             "The Ministry of Trade, Industry and Resources put November exports at $65.84 billion, up 7.9 percent "
             "on a year before"),
        fact(KR, "imports", "growth", 5.5, "percent", NOV, "5.5",
             "imports, at $54.12 billion, grew more slowly than exports, rising 5.5 percent on-year"),
        fact(KR, "imports", "value", 54.12e9, "USD", NOV, "$54.12 billion",
             "imports, at $54.12 billion, grew more slowly than exports, rising 5.5 percent on-year"),
        fact(KR, "balance", "value", 11.72e9, "USD", NOV, "$11.72 billion",
             "The trade surplus came to $11.72 billion"),
        fact(KR, "exports", "growth", 15.1, "percent", NOV, "15.1",
             "Chip exports advanced 15.1 percent to $19.87 billion", product="semiconductors"),
        fact(KR, "exports", "value", 19.87e9, "USD", NOV, "$19.87 billion",
             "Chip exports advanced 15.1 percent to $19.87 billion", product="semiconductors"),
        fact(KR, "exports", "share", 30.2, "percent", NOV, "30.2",
             "Chip exports advanced 15.1 percent to $19.87 billion, making up 30.2 percent of the country's total "
             "exports", product="semiconductors"),
        fact(KR, "exports", "growth", 28.4, "percent", NOV, "28.4",
             "Exports of ships soared 28.4 percent to $3.15 billion", product="ships"),
        fact(KR, "exports", "value", 3.15e9, "USD", NOV, "$3.15 billion",
             "Exports of ships soared 28.4 percent to $3.15 billion", product="ships"),
        fact(KR, "exports", "growth", -2.3, "percent", NOV, "2.3",
             "Car exports, however, slipped 2.3 percent to $6.42 billion", product="cars"),
        fact(KR, "exports", "value", 6.42e9, "USD", NOV, "$6.42 billion",
             "Car exports, however, slipped 2.3 percent to $6.42 billion", product="cars"),
        fact(KR, "exports", "growth", -9.8, "percent", NOV, "9.8", PETRO, product="petroleum products"),
        fact(KR, "exports", "growth", -6.7, "percent", NOV, "6.7", PETRO, product="petrochemicals"),
        fact(KR, "exports", "value", 3.94e9, "USD", NOV, "$3.94 billion", PETRO, product="petroleum products"),
        fact(KR, "exports", "value", 3.61e9, "USD", NOV, "$3.61 billion", PETRO, product="petrochemicals"),
        fact(KR, "exports", "rank", 1, "number", NOV, "largest",
             "China was back on top as the largest buyer of Korean goods", partner="China"),
        fact(KR, "exports", "growth", 3.2, "percent", NOV, "3.2", DEST, partner="China"),
        fact(KR, "exports", "growth", 9.6, "percent", NOV, "9.6", DEST, partner="ASEAN"),
        fact(KR, "exports", "value", 12.43e9, "USD", NOV, "$12.43 billion", DEST, partner="China"),
        fact(KR, "exports", "value", 10.21e9, "USD", NOV, "$10.21 billion", DEST, partner="ASEAN"),
        fact(KR, "exports", "growth", -1.4, "percent", NOV, "1.4",
             "Exports to the United States, in contrast, shed 1.4 percent to $10.88 billion",
             partner="United States"),
        fact(KR, "exports", "value", 10.88e9, "USD", NOV, "$10.88 billion",
             "Exports to the United States, in contrast, shed 1.4 percent to $10.88 billion",
             partner="United States"),
        fact(KR, "exports", "growth", 4.4, "percent", NOV, "4.4",
             "Exports to the European Union increased 4.4 percent.", partner="European Union"),
        fact(KR, "imports", "growth", -8.7, "percent", NOV, "8.7",
             "energy purchases, including crude oil, gas and coal, fell 8.7 percent to $9.46 billion",
             product="energy"),
        fact(KR, "imports", "value", 9.46e9, "USD", NOV, "$9.46 billion",
             "energy purchases, including crude oil, gas and coal, fell 8.7 percent to $9.46 billion",
             product="energy"),
        fact(KR, "exports", "value", 674.3e9, "USD", YTD, "$674.3 billion",
             "January-November exports at $674.3 billion"),
        fact(KR, "exports", "growth", 5.1, "percent", YTD, "5.1",
             "January-November exports at $674.3 billion, 5.1 percent more than in the same months of 2025"),
        fact(KR, "balance", "value", 78.6e9, "USD", YTD, "$78.6 billion",
             "a cumulative trade surplus of $78.6 billion"),
    ],
}
