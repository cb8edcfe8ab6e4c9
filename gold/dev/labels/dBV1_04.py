from _fact import fact, period

CN = "China"
EU = "European Union"
YTD = period(2026, 1, 11)
NOV = period(2026, 11)
Y25 = period(2025, 1, 12)

ARTICLE = {
    "id": "dBV1_04",
    "title": "China's surplus with EU tops all of 2025 as car and battery shipments keep climbing",
    "publisher": "South China Morning Post",
    "published": "2026-12-09",
    "notes": [
        "Real figures: none (January-November 2026 has not happened). Modelled on SCMP/Reuters coverage of "
        "Chinese customs data on EU trade (dollar terms, member-state breakdown, EV/battery/solar lines). "
        "Invented: every trade figure. Derived: total 768.4 = 528.6 + 239.8; surplus 288.8 = 528.6 - 239.8; "
        "surplus growth 12.7 from invented year-earlier bases (497.3 exports, 241.0 imports); total growth 4.1 "
        "agrees; November surplus 28.9 = 50.2 - 21.3; Germany 187.5 = 95.4 + 92.1.",
        "Judgement calls: the full-year 2025 surplus (US$279.4 billion) is stated as a value and labelled with "
        "period 2025-01..2025-12 even though it serves as a comparison; 'Germany stayed China's biggest trading "
        "partner within the bloc' labelled as rank 1 of China/Germany total; the EV line names the product as "
        "'electric vehicles' (the paragraph's term, 'the cars' refers back to it); 'solar products' as customs "
        "groups them; '2.4 per cent higher than in October' is growth with basis mom, period November; "
        "'12.7 per cent wider' surplus growth is +12.7; imports 'dipped 0.5' is -0.5.",
        "Not facts: countervailing duties of 35.3 per cent and the 10 per cent car tariff (tariff rates); 'late "
        "2024', 2025 scheme, January meeting (dates); the economist's US$310 billion full-year surplus (forecast); "
        "yuan gain of roughly 3 per cent (exchange rate); 0.9 percentage points (derived comparison); "
        "27-member (count of member states, not trading partners).",
        "Copy check: 9 sentences searched, 0 reworded.",
        "Second check: 26 sentences searched, 0 reworded.",
    ],
    "facts": [
        fact(CN, "exports", "value", 528.6e9, "USD", YTD, "US$528.6 billion",
             "China sold goods worth US$528.6 billion to the European Union in the first 11 months of 2026",
             partner=EU),
        fact(CN, "exports", "growth", 6.3, "percent", YTD, "6.3",
             "China sold goods worth US$528.6 billion to the European Union in the first 11 months of 2026, a rise of 6.3 per cent",
             partner=EU),
        fact(CN, "imports", "value", 239.8e9, "USD", YTD, "US$239.8 billion",
             "They dipped 0.5 per cent to US$239.8 billion.", partner=EU),
        fact(CN, "imports", "growth", -0.5, "percent", YTD, "0.5",
             "They dipped 0.5 per cent to US$239.8 billion.", partner=EU),
        fact(CN, "balance", "value", 288.8e9, "USD", YTD, "US$288.8 billion",
             "The gap left China with a surplus of US$288.8 billion against the EU for January to November",
             partner=EU),
        fact(CN, "balance", "growth", 12.7, "percent", YTD, "12.7",
             "a surplus of US$288.8 billion against the EU for January to November, 12.7 per cent wider than a year earlier",
             partner=EU),
        fact(CN, "balance", "value", 279.4e9, "USD", Y25, "US$279.4 billion",
             "the US$279.4 billion surplus posted for the whole of 2025", partner=EU),
        fact(CN, "total", "value", 768.4e9, "USD", YTD, "US$768.4 billion",
             "Two-way trade came to US$768.4 billion, up 4.1 per cent", partner=EU),
        fact(CN, "total", "growth", 4.1, "percent", YTD, "4.1",
             "Two-way trade came to US$768.4 billion, up 4.1 per cent", partner=EU),
        fact(CN, "total", "rank", 2, "number", YTD, "second-largest",
             "which kept the EU in place as China's second-largest trading partner", partner=EU),
        fact(CN, "exports", "share", 16.1, "percent", YTD, "16.1",
             "The bloc absorbed 16.1 per cent of all Chinese exports over the period.", partner=EU),
        fact(CN, "exports", "growth", 9.8, "percent", NOV, "9.8",
             "Shipments to EU markets grew 9.8 per cent year on year to US$50.2 billion last month", partner=EU),
        fact(CN, "exports", "value", 50.2e9, "USD", NOV, "US$50.2 billion",
             "Shipments to EU markets grew 9.8 per cent year on year to US$50.2 billion last month", partner=EU),
        fact(CN, "exports", "growth", 2.4, "percent", NOV, "2.4",
             "were 2.4 per cent higher than in October", partner=EU, basis="mom"),
        fact(CN, "imports", "growth", -3.6, "percent", NOV, "3.6",
             "Imports from the bloc slid 3.6 per cent to US$21.3 billion", partner=EU),
        fact(CN, "imports", "value", 21.3e9, "USD", NOV, "US$21.3 billion",
             "Imports from the bloc slid 3.6 per cent to US$21.3 billion", partner=EU),
        fact(CN, "balance", "value", 28.9e9, "USD", NOV, "US$28.9 billion",
             "leaving a monthly surplus of US$28.9 billion", partner=EU),
        fact(CN, "exports", "value", 10.6e9, "USD", YTD, "US$10.6 billion",
             "Exports of the cars to EU markets were worth US$10.6 billion in the 11 months, up 21.4 per cent",
             partner=EU, product="electric vehicles"),
        fact(CN, "exports", "growth", 21.4, "percent", YTD, "21.4",
             "Exports of the cars to EU markets were worth US$10.6 billion in the 11 months, up 21.4 per cent",
             partner=EU, product="electric vehicles"),
        fact(CN, "exports", "growth", 14.2, "percent", YTD, "14.2",
             "Lithium-ion battery shipments to the bloc rose 14.2 per cent to US$24.8 billion.",
             partner=EU, product="lithium-ion batteries"),
        fact(CN, "exports", "value", 24.8e9, "USD", YTD, "US$24.8 billion",
             "Lithium-ion battery shipments to the bloc rose 14.2 per cent to US$24.8 billion.",
             partner=EU, product="lithium-ion batteries"),
        fact(CN, "exports", "growth", -17.5, "percent", YTD, "17.5",
             "sales of cells, modules and wafers, grouped by customs as solar products, fell 17.5 per cent to US$8.9 billion",
             partner=EU, product="solar products"),
        fact(CN, "exports", "value", 8.9e9, "USD", YTD, "US$8.9 billion",
             "sales of cells, modules and wafers, grouped by customs as solar products, fell 17.5 per cent to US$8.9 billion",
             partner=EU, product="solar products"),
        fact(CN, "total", "rank", 1, "number", YTD, "biggest",
             "Germany stayed China's biggest trading partner within the bloc", partner="Germany"),
        fact(CN, "total", "value", 187.5e9, "USD", YTD, "US$187.5 billion",
             "with bilateral trade of US$187.5 billion, down 1.8 per cent", partner="Germany"),
        fact(CN, "total", "growth", -1.8, "percent", YTD, "1.8",
             "with bilateral trade of US$187.5 billion, down 1.8 per cent", partner="Germany"),
        fact(CN, "exports", "value", 95.4e9, "USD", YTD, "US$95.4 billion",
             "Chinese exports to Germany amounted to US$95.4 billion", partner="Germany"),
        fact(CN, "imports", "growth", -6.2, "percent", YTD, "6.2",
             "German goods bought by China dropped 6.2 per cent to US$92.1 billion", partner="Germany"),
        fact(CN, "imports", "value", 92.1e9, "USD", YTD, "US$92.1 billion",
             "German goods bought by China dropped 6.2 per cent to US$92.1 billion", partner="Germany"),
        fact(CN, "exports", "growth", 5.5, "percent", YTD, "5.5",
             "Shipments to the Netherlands, whose port of Rotterdam is the gateway for much of the continent's imports, rose 5.5 per cent to US$98.7 billion",
             partner="Netherlands"),
        fact(CN, "exports", "value", 98.7e9, "USD", YTD, "US$98.7 billion",
             "Shipments to the Netherlands, whose port of Rotterdam is the gateway for much of the continent's imports, rose 5.5 per cent to US$98.7 billion",
             partner="Netherlands"),
        fact(CN, "total", "growth", 2.0, "percent", YTD, "2.0",
             "Trade with France increased 2.0 per cent to US$76.3 billion", partner="France"),
        fact(CN, "total", "value", 76.3e9, "USD", YTD, "US$76.3 billion",
             "Trade with France increased 2.0 per cent to US$76.3 billion", partner="France"),
        fact(CN, "total", "growth", 3.4, "percent", YTD, "3.4",
             "trade with Italy grew 3.4 per cent to US$70.9 billion", partner="Italy"),
        fact(CN, "total", "value", 70.9e9, "USD", YTD, "US$70.9 billion",
             "trade with Italy grew 3.4 per cent to US$70.9 billion", partner="Italy"),
    ],
}
