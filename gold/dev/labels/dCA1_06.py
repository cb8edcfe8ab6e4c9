from _fact import fact, period

CN = "China"
US = "United States"
AUG = period(2026, 8)
JUL = period(2026, 7)
AUG25 = period(2025, 8)
YTD = period(2026, 1, 8)
YTD25 = period(2025, 1, 8)

S1 = "exports were worth $340.4 billion last month, 5.8% more than a year earlier"
S2 = "In July, exports had grown 6.9%."
S3 = "Imports grew 2.4% to $224.8 billion"
S4 = "Imports grew 2.4% to $224.8 billion, trailing the poll's 3.0% estimate and slower than July's 4.6% increase."
S5 = "At $115.6 billion, the trade surplus was wider than July's $109.4 billion and the $102.3 billion recorded a year earlier."
S6 = "Shipments to the United States rose 9.8% from a year earlier to $51.9 billion"
S7 = "China bought $12.8 billion of U.S. goods, 4.5% less than a year earlier"
S8 = "China bought $12.8 billion of U.S. goods, 4.5% less than a year earlier, so its surplus in trade with the U.S. came to $39.1 billion."
S9 = "Even so, the U.S. took just 15.2% of China's total exports last month."
S10 = "Exports to the European Union increased 7.3% to $50.2 billion"
S11 = ("those to the 11-member Association of Southeast Asian Nations, now the biggest market for Chinese goods, "
       "jumped 12.6% to $66.2 billion")
S12 = "Shipments to Africa surged 28.4%."
S13 = "Outbound rare earth shipments shrank to 5,105 metric tons, 11.9% less than a year earlier and 4.2% below July's level"
S14 = "Shipments of rare earth magnets, used in everything from electric vehicles to missile guidance systems, climbed 14.5% on the year to 5,960 tons."
S15 = "lifted crude oil imports to 51.0 million tons, 3.1% more than a year earlier"
S16 = "In the first eight months of the year, exports rose 5.9% to $2.56 trillion"
S17 = ("In the first eight months of the year, exports rose 5.9% to $2.56 trillion, and the trade surplus totalled "
       "$842.7 billion, up from $785.3 billion in the same period of 2025.")
S18 = "In yuan terms, August exports climbed 4.6% to 2.42 trillion yuan, while imports rose 1.3%."
RE = "rare earths"
MAG = "rare earth magnets"

ARTICLE = {
    "id": "dCA1_06",
    "title": "China's August exports beat forecasts as ASEAN, U.S. shipments pick up",
    "publisher": "Reuters",
    "published": "2026-09-07",
    "notes": [
        "Real figures (GACC via AP/Reuters/RTTNews/Catenaa, 2025-09-08): August 2025 trade surplus 102.3 billion USD "
        "and January-August 2025 surplus 785.3 billion USD, both used as prior-period values; the August 2025 bases "
        "(exports 321.8 billion, imports 219.5 billion, exports to the US 47.3 billion, to the EU 46.8 billion, rare "
        "earth exports 5,792 t, crude imports 49.49 million t) anchor the made-up 2026 figures.",
        "Derived/made up: every August 2026, July 2026 and January-August 2026 figure is made up (the period is in the "
        "future), kept consistent with the 2025 bases: exports 340.4 billion +5.8%, imports 224.8 billion +2.4%, surplus "
        "115.6 billion (July 109.4 billion), July export and import growth 6.9% and 4.6%; US exports 51.9 billion "
        "+9.8%, imports from the US 12.8 billion -4.5%, surplus with the US 39.1 billion (derived), US share 15.2% "
        "(derived: 51.9/340.4); EU 50.2 billion +7.3%; ASEAN 66.2 billion +12.6%; Africa +28.4%; rare earths 5,105 t "
        "-11.9% y/y and -4.2% m/m; magnets 5,960 t +14.5%; crude 51.0 million t +3.1%; January-August exports 2.56 "
        "trillion +5.9% and surplus 842.7 billion; yuan exports 2.42 trillion +4.6% and imports +1.3%. The economist "
        "Tan Mei Ling and Harbourfront Research are invented; the 2026 growth target, the 47% tariff average, the "
        "yuan's 2.5% gain and the PMI reading are made up.",
        "Judgement calls: 'last month' and the bare rates take August 2026 from the headline and the published date; "
        "July figures and 'a year earlier' / 'the same period of 2025' values are labelled with their own periods; "
        "'4.2% below July's level' is month-on-month; 'now the biggest market for Chinese goods' is ASEAN's rank 1 as "
        "an export market; the $39.1 billion surplus is China's balance with the United States; the yuan-terms "
        "growth rates are separate facts from the dollar rates; rare earth tonnage growth is labelled as growth (no "
        "value growth beside it).",
        "Not facts: 4.1% and 3.0% (poll forecasts); 30 economists (poll size); about 3% by December (forecast); "
        "roughly 47% (tariff rate); 'a second straight monthly increase' (streak); 11-member (bloc size); 2.5% "
        "(exchange-rate move); 47.6 (PMI reading) and 'the fifth month in a row' (streak); around 4.5% (GDP growth target); 2026 and 2025 as years.",
        "Copy check: 14 sentences searched, 3 reworded (the lead, the exports sentence, whose 'Outbound shipments rose X% year on year to $Y, customs data ... Monday' skeleton matched SCMP and Reuters copy, and the PMI sentence's '50-point mark that separates expansion from contraction').",
        "Second check: 22 sentences searched, 5 reworded.",
    ],
    "facts": [
        fact(CN, "exports", "growth", 5.8, "percent", AUG, "5.8", S1),
        fact(CN, "exports", "value", 340.4e9, "USD", AUG, "340.4 billion", S1),
        fact(CN, "exports", "growth", 6.9, "percent", JUL, "6.9", S2),
        fact(CN, "imports", "growth", 2.4, "percent", AUG, "2.4", S3),
        fact(CN, "imports", "value", 224.8e9, "USD", AUG, "224.8 billion", S3),
        fact(CN, "imports", "growth", 4.6, "percent", JUL, "4.6", S4),
        fact(CN, "balance", "value", 115.6e9, "USD", AUG, "115.6 billion", S5),
        fact(CN, "balance", "value", 109.4e9, "USD", JUL, "109.4 billion", S5),
        fact(CN, "balance", "value", 102.3e9, "USD", AUG25, "102.3 billion", S5),
        fact(CN, "exports", "growth", 9.8, "percent", AUG, "9.8", S6, partner=US),
        fact(CN, "exports", "value", 51.9e9, "USD", AUG, "51.9 billion", S6, partner=US),
        fact(CN, "imports", "growth", -4.5, "percent", AUG, "4.5", S7, partner=US),
        fact(CN, "imports", "value", 12.8e9, "USD", AUG, "12.8 billion", S7, partner=US),
        fact(CN, "balance", "value", 39.1e9, "USD", AUG, "39.1 billion", S8, partner=US),
        fact(CN, "exports", "share", 15.2, "percent", AUG, "15.2", S9, partner=US),
        fact(CN, "exports", "growth", 7.3, "percent", AUG, "7.3", S10, partner="European Union"),
        fact(CN, "exports", "value", 50.2e9, "USD", AUG, "50.2 billion", S10, partner="European Union"),
        fact(CN, "exports", "rank", 1, "number", AUG, "biggest", S11, partner="ASEAN"),
        fact(CN, "exports", "growth", 12.6, "percent", AUG, "12.6", S11, partner="ASEAN"),
        fact(CN, "exports", "value", 66.2e9, "USD", AUG, "66.2 billion", S11, partner="ASEAN"),
        fact(CN, "exports", "growth", 28.4, "percent", AUG, "28.4", S12, partner="Africa"),
        fact(CN, "exports", "growth", -11.9, "percent", AUG, "11.9", S13, product=RE),
        fact(CN, "exports", "quantity", 5105, "tonnes", AUG, "5,105", S13, product=RE),
        fact(CN, "exports", "growth", -4.2, "percent", AUG, "4.2", S13, product=RE, basis="mom"),
        fact(CN, "exports", "growth", 14.5, "percent", AUG, "14.5", S14, product=MAG),
        fact(CN, "exports", "quantity", 5960, "tonnes", AUG, "5,960", S14, product=MAG),
        fact(CN, "imports", "growth", 3.1, "percent", AUG, "3.1", S15, product="crude oil"),
        fact(CN, "imports", "quantity", 51.0e6, "tonnes", AUG, "51.0 million", S15, product="crude oil"),
        fact(CN, "exports", "growth", 5.9, "percent", YTD, "5.9", S16),
        fact(CN, "exports", "value", 2.56e12, "USD", YTD, "2.56 trillion", S16),
        fact(CN, "balance", "value", 842.7e9, "USD", YTD, "842.7 billion", S17),
        fact(CN, "balance", "value", 785.3e9, "USD", YTD25, "785.3 billion", S17),
        fact(CN, "exports", "growth", 4.6, "percent", AUG, "4.6", S18),
        fact(CN, "exports", "value", 2.42e12, "CNY", AUG, "2.42 trillion", S18),
        fact(CN, "imports", "growth", 1.3, "percent", AUG, "1.3", S18),
    ],
}
