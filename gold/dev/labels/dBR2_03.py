from _fact import fact, period

KR = "South Korea"
NOV = period(2026, 11)
NOV25 = period(2025, 11)
YTD = period(2026, 1, 11)

E_EX = ("The country sold US$63.85 billion worth of goods abroad last month, 4.6 percent more than the $61.04 billion "
        "shipped a year earlier")
E_IM = "At $53.92 billion, inbound shipments were 5.1 percent higher on-year"
E_BAL = ("At $53.92 billion, inbound shipments were 5.1 percent higher on-year; with the resulting $9.93 billion "
         "surplus, the trade balance has now stayed positive")
E_CHIP = "Semiconductor exports jumped 12.5 percent on-year to $19.42 billion"
E_AUTO = "Automobile exports, however, fell 3.3 percent to $6.2 billion"
E_PETRO = "outbound sales of petrochemical products slid 8.8 percent to $2.79 billion"
E_SHIP = "Ship exports soared 41.3 percent to $3.24 billion"
E_CN = ("China remained South Korea's biggest export market, taking $11.96 billion of goods, 2.4 percent more than a "
        "year before")
E_US_ASEAN = ("Cars and steel products dragged U.S.-bound shipments 1.8 percent lower to $10.21 billion, whereas ASEAN "
              "took $10.47 billion of Korean goods, a 6.2 percent gain")
E_EU = "The European Union took $5.93 billion of South Korean goods, up 3 percent"
E_ENERGY = "purchases of energy, including crude oil, gas and coal, fell 9.7 percent to $7.87 billion"
E_YTD_EX = ("Over January-November, cumulative exports were 2.9 percent higher than in the same period last year, "
            "at $658.8 billion")
E_YTD_IM = "Imports totaled $579.5 billion, producing a cumulative surplus of $79.3 billion"

ARTICLE = {
    "id": "dBR2_03",
    "title": "(LEAD) S. Korea's Nov. exports up 4.6 pct on record chip sales, surplus streak hits 22 months",
    "publisher": "Yonhap",
    "published": "2026-12-01",
    "notes": [
        "Real figures: none for November 2026 (it has not happened). The year-earlier bases are the real November "
        "2025 figures as reported (Yonhap, Reuters, AJP): exports $61.04 billion (stated in the article, labelled with "
        "period 2025-11), imports $51.3 billion, chips $17.26 billion, cars $6.41 billion, petrochemicals $3.06 "
        "billion, energy imports $8.72 billion, January-November 2025 exports $640.2 billion and surplus $66.07 "
        "billion; apart from $61.04 billion these are used only to size the invented 2026 growth rates. Invented: "
        "every 2026 figure. Derived and checked: 63.85 - 53.92 = 9.93; 63.85/61.04 = +4.6%; 53.92/51.3 = +5.1%; "
        "19.42/17.26 = +12.5%; 19.42/63.85 = 30.4%; 6.2/6.41 = -3.3%; 2.79/3.06 = -8.8%; 7.87/8.72 = -9.7%; "
        "658.8/640.2 = +2.9%; 658.8 - 579.5 = 79.3; daily average 63.85/22.5 = 2.84 against 61.04/22 = 2.77 (+2.3%); "
        "the 18th month of export growth and 22nd month of surplus follow the real streaks (growth since June 2025, "
        "surplus since February 2025). Real annual exports first passed $700 billion in 2025, so the ministry's "
        "2026 projection is written as a fresh record of around $720 billion.",
        "Judgement calls: the headline 4.6 pct is the body's observation, labelled once with the body's evidence. "
        "'the $61.04 billion shipped a year earlier' is a separate fact with period November 2025. 'last month' "
        "counts back from 2026-12-01 to November 2026. 'China remained South Korea's biggest export market' is a "
        "rank of exports to China (1). The chip share uses product 'semiconductors' like the chip value ('Chips' "
        "is the same category). Energy imports are product 'energy'. '4.6 percent more than', '2.4 percent more "
        "than a year before' and 'than in the same period last year' are yoy comparison bases. 'ASEAN took $10.47 billion of "
        "Korean goods' is exports to ASEAN. The $9.93 billion 'resulting surplus' is the November balance (positive).",
        "Not facts: $2.84 billion a day and 2.3 percent (per-working-day averages); 22.5 working days and half a "
        "day; 7.9 percent (first 20 days of the month, part of a month); '18th consecutive month', '22nd straight "
        "month' and '22 months' in the headline (streaks); 'an all-time monthly high' (milestone, no separate "
        "number); 2023, 2024 and November 2025 as a date (years); around $720 billion and around $85 billion "
        "(ministry projections for the full year).",
        "Copy check: 10 sentences searched, 5 reworded (the lead, the export-total sentence, the imports/surplus "
        "sentence, the daily-average sentence, the China sentence).",
        "Second check: 23 sentences searched, 4 reworded.",
    ],
    "facts": [
        fact(KR, "exports", "value", 63.85e9, "USD", NOV, "US$63.85 billion", E_EX),
        fact(KR, "exports", "growth", 4.6, "percent", NOV, "4.6", E_EX),
        fact(KR, "exports", "value", 61.04e9, "USD", NOV25, "$61.04 billion", E_EX),
        fact(KR, "imports", "value", 53.92e9, "USD", NOV, "$53.92 billion", E_IM),
        fact(KR, "imports", "growth", 5.1, "percent", NOV, "5.1", E_IM),
        fact(KR, "balance", "value", 9.93e9, "USD", NOV, "$9.93 billion", E_BAL),
        fact(KR, "exports", "value", 19.42e9, "USD", NOV, "$19.42 billion", E_CHIP, product="semiconductors"),
        fact(KR, "exports", "growth", 12.5, "percent", NOV, "12.5", E_CHIP, product="semiconductors"),
        fact(KR, "exports", "share", 30.4, "percent", NOV, "30.4",
             "Chips made up 30.4 percent of the country's total exports", product="semiconductors"),
        fact(KR, "exports", "value", 6.2e9, "USD", NOV, "$6.2 billion", E_AUTO, product="automobiles"),
        fact(KR, "exports", "growth", -3.3, "percent", NOV, "3.3", E_AUTO, product="automobiles"),
        fact(KR, "exports", "value", 2.79e9, "USD", NOV, "$2.79 billion", E_PETRO, product="petrochemical products"),
        fact(KR, "exports", "growth", -8.8, "percent", NOV, "8.8", E_PETRO, product="petrochemical products"),
        fact(KR, "exports", "value", 3.24e9, "USD", NOV, "$3.24 billion", E_SHIP, product="ships"),
        fact(KR, "exports", "growth", 41.3, "percent", NOV, "41.3", E_SHIP, product="ships"),
        fact(KR, "exports", "growth", 45.6, "percent", NOV, "45.6",
             "Shipments of computers, including solid-state drives, surged 45.6 percent", product="computers"),
        fact(KR, "exports", "value", 11.96e9, "USD", NOV, "$11.96 billion", E_CN, partner="China"),
        fact(KR, "exports", "growth", 2.4, "percent", NOV, "2.4", E_CN, partner="China"),
        fact(KR, "exports", "rank", 1, "number", NOV, "biggest", "China remained South Korea's biggest export market",
             partner="China"),
        fact(KR, "exports", "value", 10.21e9, "USD", NOV, "$10.21 billion", E_US_ASEAN, partner="United States"),
        fact(KR, "exports", "growth", -1.8, "percent", NOV, "1.8", E_US_ASEAN, partner="United States"),
        fact(KR, "exports", "value", 10.47e9, "USD", NOV, "$10.47 billion", E_US_ASEAN, partner="ASEAN"),
        fact(KR, "exports", "growth", 6.2, "percent", NOV, "6.2", E_US_ASEAN, partner="ASEAN"),
        fact(KR, "exports", "value", 5.93e9, "USD", NOV, "$5.93 billion", E_EU, partner="European Union"),
        fact(KR, "exports", "growth", 3, "percent", NOV, "3", E_EU, partner="European Union"),
        fact(KR, "imports", "value", 7.87e9, "USD", NOV, "$7.87 billion", E_ENERGY, product="energy"),
        fact(KR, "imports", "growth", -9.7, "percent", NOV, "9.7", E_ENERGY, product="energy"),
        fact(KR, "exports", "value", 658.8e9, "USD", YTD, "$658.8 billion", E_YTD_EX),
        fact(KR, "exports", "growth", 2.9, "percent", YTD, "2.9", E_YTD_EX),
        fact(KR, "imports", "value", 579.5e9, "USD", YTD, "$579.5 billion", E_YTD_IM),
        fact(KR, "balance", "value", 79.3e9, "USD", YTD, "$79.3 billion", E_YTD_IM),
    ],
}
