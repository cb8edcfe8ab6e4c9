from _fact import fact, period

CL = "Chile"
NOV = period(2026, 11)
OCT = period(2026, 10)
NOV25 = period(2025, 11)
YTD = period(2026, 1, 11)

ROW_BAL = "Trade balance ($ mln)       1,742      1,193      1,303"
ROW_EXP = "Exports ($ bln)             9.418      9.105      8.593"
ROW_IMP = "Imports ($ bln)             7.676      7.912      7.290"
ROW_CU = "Copper exports ($ bln)      5.127      4.925      4.466"

ARTICLE = {
    "id": "dBV2_02",
    "title": "Chile's trade surplus widens in November as copper revenue climbs -central bank",
    "publisher": "Reuters",
    "published": "2026-12-07",
    "notes": [
        "Real figures: none (November 2026 data did not exist when written); the structure (central bank monthly "
        "release: balance, exports, imports, copper export revenue, a three-column wire table for the month, the month "
        "before and a year earlier) is modelled on Reuters Chile trade briefs of 2018-2021; company names and the "
        "El Teniente accident of 2025 are real context. Invented: every 2026 and November 2025 figure, the LME price, "
        "the policy rate and growth forecast, the peso quote. Derived: balance = 9.418 - 7.676 = 1.742 (Oct: "
        "9.105 - 7.912 = 1.193; Nov 2025: 8.593 - 7.290 = 1.303); exports 9.418/8.593 = +9.6% y/y and "
        "9.418/9.105 = +3.4% m/m; imports 7.676/7.290 = +5.3% y/y and 7.676/7.912 = -3.0% m/m; copper "
        "5.127/4.466 = +14.8% y/y, 5.127/4.925 = +4.1% m/m, 5.127/9.418 = 54.4% share; China 3.871/9.418 = 41.1%.",
        "Judgement calls: the table cells for November 2026 and the November 2025 balance restate observations the "
        "prose already gives, so they are labelled once, with the prose evidence; the other five cells (October 2026 "
        "balance, exports, imports, copper; November 2025 exports, imports, copper) are labelled from their rows, "
        "whose header '($ mln)' or '($ bln)' gives the scale, with the column's period. '4.1% above October's level', "
        "'up 3.4% on the month' and 'fell 3.0% compared with October' are month-on-month. 'Revenue from copper sales "
        "abroad' is copper exports (product copper); 'The metal accounted for 54.4% of all Chilean shipments' is "
        "copper's share of exports. 'In the same month last year' dates the $1.303 billion surplus to 2025-11. "
        "'China, the largest buyer' is rank 1 of export partners.",
        "Not facts: the LME copper price (close to $11,300 a tonne) and its 'roughly 12%' rise (a price, not a trade "
        "flow); $10,000 a tonne in the quote (a price threshold); 'second-largest producer' of lithium (a production "
        "rank, not a trade rank); the 4.25% policy rate and the 2.25%-2.75% growth forecast; the peso's 0.4% move and "
        "918 per dollar; the expectation that the surplus will narrow in 2027 (forecast); Dec. 16; years.",
        "Copy check: 7 sentences searched (lead, copper revenue sentence, exports/imports sentence, lithium "
        "sentence, fruit/salmon sentence, miners background sentence, quote), 3 reworded (the lead, which kept the "
        "'Chile posted a trade surplus of ... in <month>, the central bank said on Monday' skeleton of real briefs; "
        "the copper revenue sentence, close to 'Copper export revenue jumped ... to ...'; the miners background "
        "sentence, close to a Reuters background line).",
        "Second check: 22 sentences searched, 2 reworded.",
    ],
    "facts": [
        fact(CL, "balance", "value", 1.742e9, "USD", NOV, "$1.742 billion",
             "Chile's goods trade ended November with a $1.742 billion surplus"),
        fact(CL, "balance", "value", 1.303e9, "USD", NOV25, "$1.303 billion",
             "The November surplus compared with $1.303 billion in the same month last year"),
        fact(CL, "exports", "value", 5.127e9, "USD", NOV, "$5.127 billion",
             "Revenue from copper sales abroad rose 14.8% on the year to $5.127 billion", product="copper"),
        fact(CL, "exports", "growth", 14.8, "percent", NOV, "14.8",
             "Revenue from copper sales abroad rose 14.8% on the year to $5.127 billion", product="copper"),
        fact(CL, "exports", "growth", 4.1, "percent", NOV, "4.1",
             "Revenue from copper sales abroad rose 14.8% on the year to $5.127 billion, bank figures showed, leaving it 4.1% above October's level.",
             product="copper", basis="mom"),
        fact(CL, "exports", "share", 54.4, "percent", NOV, "54.4",
             "The metal accounted for 54.4% of all Chilean shipments in the month.", product="copper"),
        fact(CL, "exports", "value", 9.418e9, "USD", NOV, "$9.418 billion",
             "Overall exports rose 9.6% year on year to $9.418 billion"),
        fact(CL, "exports", "growth", 9.6, "percent", NOV, "9.6",
             "Overall exports rose 9.6% year on year to $9.418 billion"),
        fact(CL, "exports", "growth", 3.4, "percent", NOV, "3.4",
             "Overall exports rose 9.6% year on year to $9.418 billion and were up 3.4% on the month.", basis="mom"),
        fact(CL, "imports", "value", 7.676e9, "USD", NOV, "$7.676 billion",
             "Imports increased 5.3% to $7.676 billion"),
        fact(CL, "imports", "growth", 5.3, "percent", NOV, "5.3",
             "Imports increased 5.3% to $7.676 billion"),
        fact(CL, "imports", "growth", -3.0, "percent", NOV, "3.0",
             "Imports increased 5.3% to $7.676 billion, though they fell 3.0% compared with October", basis="mom"),
        fact(CL, "exports", "value", 284e6, "USD", NOV, "$284 million",
             "Exports of lithium carbonate, of which Chile is the world's second-largest producer, slipped 6.2% to $284 million",
             product="lithium carbonate"),
        fact(CL, "exports", "growth", -6.2, "percent", NOV, "6.2",
             "Exports of lithium carbonate, of which Chile is the world's second-largest producer, slipped 6.2% to $284 million",
             product="lithium carbonate"),
        fact(CL, "exports", "value", 612e6, "USD", NOV, "$612 million",
             "Fruit exports jumped 21.5% to $612 million", product="fruit"),
        fact(CL, "exports", "growth", 21.5, "percent", NOV, "21.5",
             "Fruit exports jumped 21.5% to $612 million", product="fruit"),
        fact(CL, "exports", "value", 598e6, "USD", NOV, "$598 million",
             "shipments of salmon and trout gained 4.7% to $598 million", product="salmon and trout"),
        fact(CL, "exports", "growth", 4.7, "percent", NOV, "4.7",
             "shipments of salmon and trout gained 4.7% to $598 million", product="salmon and trout"),
        fact(CL, "exports", "rank", 1, "number", NOV, "largest",
             "China, the largest buyer of Chilean goods", partner="China"),
        fact(CL, "exports", "value", 3.871e9, "USD", NOV, "$3.871 billion",
             "China, the largest buyer of Chilean goods, took $3.871 billion worth", partner="China"),
        fact(CL, "exports", "share", 41.1, "percent", NOV, "41.1",
             "China, the largest buyer of Chilean goods, took $3.871 billion worth, or 41.1% of the total",
             partner="China"),
        fact(CL, "exports", "value", 1.262e9, "USD", NOV, "$1.262 billion",
             "exports to the United States rose 2.8% to $1.262 billion", partner="United States"),
        fact(CL, "exports", "growth", 2.8, "percent", NOV, "2.8",
             "exports to the United States rose 2.8% to $1.262 billion", partner="United States"),
        fact(CL, "balance", "value", 15.633e9, "USD", YTD, "$15.633 billion",
             "Chile's surplus for the year's first 11 months added up to $15.633 billion"),
        fact(CL, "balance", "value", 1.193e9, "USD", OCT, "1,193", ROW_BAL),
        fact(CL, "exports", "value", 9.105e9, "USD", OCT, "9.105", ROW_EXP),
        fact(CL, "exports", "value", 8.593e9, "USD", NOV25, "8.593", ROW_EXP),
        fact(CL, "imports", "value", 7.912e9, "USD", OCT, "7.912", ROW_IMP),
        fact(CL, "imports", "value", 7.290e9, "USD", NOV25, "7.290", ROW_IMP),
        fact(CL, "exports", "value", 4.925e9, "USD", OCT, "4.925", ROW_CU, product="copper"),
        fact(CL, "exports", "value", 4.466e9, "USD", NOV25, "4.466", ROW_CU, product="copper"),
    ],
}
