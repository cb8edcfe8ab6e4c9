from _fact import fact, period

US = "United States"
GS = "goods and services"
AUG = period(2026, 8)
JUL = period(2026, 7)
YTD = period(2026, 1, 8)
YTD_PREV = period(2025, 1, 8)

ARTICLE = {
    "id": "dBM2_01",
    "title": "US trade deficit widens in August as imports rebound, exports slip",
    "publisher": "Reuters",
    "published": "2026-10-06",
    "notes": [
        "Real figures: none for the reported months (August 2026 and January-August 2026 lie after the stored "
        "reporting); the structure follows real Reuters/BEA trade stories. Invented: every dollar and percent "
        "figure. Derived and checked: exports 279.6 - imports 356.0 = -76.4; goods 180.3 - 282.1 = -101.8; "
        "services 99.3 - 73.9 = +25.4; -101.8 + 25.4 = -76.4; 76.4/70.2 = +8.8%; July exports 282.1 and imports "
        "352.3 are implied by the -0.9% and +1.1% changes; China 6.7 - 24.5 = -17.8; January-August 592.3/717.9 "
        "= -17.5%, 2.21 - 2.80 = -0.59 trillion.",
        "Judgement calls: the headline figures are goods and services combined, so product 'goods and services'; "
        "goods-only figures (goods exports/imports, goods deficit, bilateral goods deficits) have product None as "
        "the guide says for goods alone; services figures have product 'services'. The 8.8% widening is basis mom "
        "(the sentence compares with July's revised level); 'Compared with July' opens the exports paragraph and "
        "'measured on the same monthly basis' opens the imports paragraph, so the goods export and import "
        "changes in those paragraphs are mom too; the China import drop says 'from July' (mom). July's revised "
        "$70.2 billion is its own fact (period 2026-07), and the $717.9 billion January-August 2025 deficit is a "
        "fact for 2025-01..2025-08, not a comparison base only. 'the largest single source of the U.S. shortfall' "
        "is a rank 1 of the goods balance with the European Union. Deficit growth follows its verb: 'widened 8.8%' "
        "-> +8.8, 'shrank 17.5%' -> -17.5.",
        "Not facts: $72.5 billion (Reuters survey forecast); $7.1 billion (a change in the goods deficit, derived "
        "from two levels); 17% and 2.5% (tariff rates); 27-nation (bloc size); 2.4% (GDP growth); half a "
        "percentage point (GDP contribution forecast); $70 billion and $80 billion (forecast range); about 6% "
        "(dollar exchange rate); 2025 and 2026 in 'first eight months of 2026'/'same stretch of 2025' (years, "
        "used only as periods); 'record' (milestone).",
        "Lint gaps: (1) the text first wrote 'stood at $17.1 and $21.9 billion, respectively' (scale written once); "
        "the lint read value_text '$17.1' as 17.1, not 17.1 billion, so the sentence now writes 'billion' after both "
        "figures. (2) 'In the same stretch of 2025 ... it had reached $717.9 billion': the lint could not see that "
        "'it' is the deficit and wanted a positive value, so 'it' became 'the deficit'. Values were not changed.",
        "Copy check: 18 sentences searched across the three articles (6 in this one), 2 reworded here (the lead "
        "figure sentence and the year-to-date sentence).",
        "Second check: 18 sentences searched, 0 reworded.",
    ],
    "facts": [
        fact(US, "balance", "value", -76.4e9, "USD", AUG, "$76.4 billion",
             "the goods and services deficit widened 8.8% and reached $76.4 billion", product=GS),
        fact(US, "balance", "growth", 8.8, "percent", AUG, "8.8",
             "Measured against July's upwardly revised shortfall of $70.2 billion, the goods and services deficit widened 8.8%",
             product=GS, basis="mom"),
        fact(US, "balance", "value", -70.2e9, "USD", JUL, "$70.2 billion",
             "July's upwardly revised shortfall of $70.2 billion", product=GS),
        fact(US, "exports", "growth", -0.9, "percent", AUG, "0.9",
             "Compared with July, total exports of goods and services dropped 0.9% to $279.6 billion",
             product=GS, basis="mom"),
        fact(US, "exports", "value", 279.6e9, "USD", AUG, "$279.6 billion",
             "total exports of goods and services dropped 0.9% to $279.6 billion", product=GS),
        fact(US, "exports", "growth", -1.6, "percent", AUG, "1.6",
             "Goods exports declined 1.6% to $180.3 billion", basis="mom"),
        fact(US, "exports", "value", 180.3e9, "USD", AUG, "$180.3 billion",
             "Goods exports declined 1.6% to $180.3 billion"),
        fact(US, "exports", "value", 99.3e9, "USD", AUG, "$99.3 billion",
             "Services exports held near their record at $99.3 billion", product="services"),
        fact(US, "imports", "growth", 1.1, "percent", AUG, "1.1",
             "Total imports of goods and services, measured on the same monthly basis, increased 1.1% to $356.0 billion",
             product=GS, basis="mom"),
        fact(US, "imports", "value", 356.0e9, "USD", AUG, "$356.0 billion",
             "Total imports of goods and services, measured on the same monthly basis, increased 1.1% to $356.0 billion",
             product=GS),
        fact(US, "imports", "growth", 1.5, "percent", AUG, "1.5",
             "Goods imports advanced 1.5% to $282.1 billion", basis="mom"),
        fact(US, "imports", "value", 282.1e9, "USD", AUG, "$282.1 billion",
             "Goods imports advanced 1.5% to $282.1 billion"),
        fact(US, "imports", "value", 73.9e9, "USD", AUG, "$73.9 billion",
             "Imports of services were little changed at $73.9 billion", product="services"),
        fact(US, "balance", "value", -101.8e9, "USD", AUG, "$101.8 billion",
             "That left the goods deficit $7.1 billion larger at $101.8 billion"),
        fact(US, "balance", "value", 25.4e9, "USD", AUG, "$25.4 billion",
             "the surplus from services trade edged up to $25.4 billion", product="services"),
        fact(US, "balance", "value", -17.8e9, "USD", AUG, "$17.8 billion",
             "the goods deficit with China shrank to $17.8 billion", partner="China"),
        fact(US, "imports", "growth", -4.2, "percent", AUG, "4.2",
             "Imports from China declined 4.2% from July to $24.5 billion", partner="China", basis="mom"),
        fact(US, "imports", "value", 24.5e9, "USD", AUG, "$24.5 billion",
             "Imports from China declined 4.2% from July to $24.5 billion", partner="China"),
        fact(US, "exports", "value", 6.7e9, "USD", AUG, "$6.7 billion",
             "shipments to China came to just $6.7 billion", partner="China"),
        fact(US, "balance", "value", -17.1e9, "USD", AUG, "$17.1 billion",
             "Goods deficits with Mexico and the European Union stood at $17.1 billion and $21.9 billion, respectively",
             partner="Mexico"),
        fact(US, "balance", "value", -21.9e9, "USD", AUG, "$21.9 billion",
             "Goods deficits with Mexico and the European Union stood at $17.1 billion and $21.9 billion, respectively",
             partner="European Union"),
        fact(US, "balance", "rank", 1, "number", AUG, "largest",
             "Goods deficits with Mexico and the European Union stood at $17.1 billion and $21.9 billion, respectively, leaving the 27-nation bloc as the largest single source of the U.S. shortfall in August",
             partner="European Union"),
        fact(US, "balance", "value", -15.6e9, "USD", AUG, "$15.6 billion",
             "The gap with Vietnam widened to a record $15.6 billion", partner="Vietnam"),
        fact(US, "balance", "growth", -17.5, "percent", YTD, "17.5",
             "Over the first eight months of 2026, the goods and services deficit shrank 17.5% on the year",
             product=GS),
        fact(US, "balance", "value", -592.3e9, "USD", YTD, "$592.3 billion",
             "Over the first eight months of 2026, the goods and services deficit shrank 17.5% on the year to $592.3 billion",
             product=GS),
        fact(US, "balance", "value", -717.9e9, "USD", YTD_PREV, "$717.9 billion",
             "In the same stretch of 2025, when companies rushed in goods ahead of the tariffs, the deficit had reached $717.9 billion",
             product=GS),
        fact(US, "exports", "growth", 4.1, "percent", YTD, "4.1",
             "Exports of goods and services rose 4.1% to $2.21 trillion over that stretch", product=GS),
        fact(US, "exports", "value", 2.21e12, "USD", YTD, "$2.21 trillion",
             "Exports of goods and services rose 4.1% to $2.21 trillion over that stretch", product=GS),
        fact(US, "imports", "growth", -1.4, "percent", YTD, "1.4",
             "imports of goods and services fell 1.4% to $2.80 trillion", product=GS),
        fact(US, "imports", "value", 2.80e12, "USD", YTD, "$2.80 trillion",
             "imports of goods and services fell 1.4% to $2.80 trillion", product=GS),
    ],
}
