from _fact import fact, period

IN = "India"
NOV = period(2026, 11)
OCT = period(2026, 10)
NOV25 = period(2025, 11)
APR_NOV = period(2026, 4, 11)

ARTICLE = {
    "id": "dBP2_05",
    "title": "Gold imports swell India's goods trade gap to $29.37 billion in November",
    "publisher": "IANS",
    "published": "2026-12-15",
    "notes": [
        "Real figures: the November 2025 bases as reported in December 2025 (merchandise exports $38.13 billion, "
        "imports $62.66 billion, deficit $24.53 billion, services exports $35.86 billion). Modelled on the "
        "commerce ministry's monthly releases and wire stories (IANS, Reuters, Financial Express) of 2018-2025. "
        "Invented: every November 2026, October 2026 and April-November 2026 figure. Derived and checked: deficit "
        "29.37 = 66.21 - 36.84; exports -3.4% = 36.84/38.13; imports +5.7% = 66.21/62.66; gold +53% from a "
        "$4.0 billion base (not stated); crude -7.5% from $14.11 billion (not stated); services +6.5% = "
        "38.2/35.86; overall exports 75.04 = 36.84 + 38.2; US -8.2% from $6.98 billion (not stated); "
        "engineering share 29 = 10.70/36.84; engineering -2.7% from $11.0 "
        "billion (not stated); April-November deficit 240.47 = 536.10 - 295.63; US April-November -1.9% from "
        "$59.04 billion (not stated); rupee values = dollar values x 88.885.",
        "Judgement calls: the rupee values are separate facts (another currency), exact as written; 'Rs "
        "3,27,452.34 crore' -> value_text '3,27,452.34 crore' (Indian digit grouping). 'The shortfall was "
        "nonetheless smaller than in October, when it had reached $33.90 billion' -> an October 2026 balance "
        "fact. The November 2025 bases ('from $38.13 billion in November 2025', 'the $62.66 billion of a year "
        "before', 'the $35.86 billion earned a year ago') are labelled as November 2025 facts. 'Engineering goods, the biggest "
        "category' -> rank 1 of engineering goods exports. Overall exports of goods and services -> product "
        "'goods and services'. Services exports and imports are estimates but stated as values: labelled exact.",
        "Not facts: the surveyed economists' $31.5 billion (forecast); the rupee at 88.9 per dollar (exchange "
        "rate); 'the third monthly decline in the past four' (streak); the 50 per cent US duty (tariff); '17' of "
        "'30 major product groups' registering growth (conditional count of product groups); the current account "
        "deficit at 1.1 per cent of GDP (forecast, not a trade flow); 2025, 2026-27 (years).",
        "Copy check: 11 sentences searched, 1 reworded (the April-November sentence: 'exports increased X per "
        "cent to $Y and imports went up Z per cent to $W, leaving a trade deficit of $V' had the skeleton of a "
        "2017 wire line; recast as 'imports of ... exceeded goods exports of ..., putting the cumulative trade "
        "deficit at ...' and searched again).",
        "Second check: 21 sentences searched, 2 reworded.",
    ],
    "facts": [
        fact(IN, "balance", "value", -29.37e9, "USD", NOV, "$29.37 billion",
             "pushed India's merchandise trade deficit up to $29.37 billion in November"),
        fact(IN, "balance", "value", -24.53e9, "USD", NOV25, "$24.53 billion",
             "pushed India's merchandise trade deficit up to $29.37 billion in November from $24.53 billion a year "
             "earlier"),
        fact(IN, "balance", "value", -33.90e9, "USD", OCT, "$33.90 billion",
             "The shortfall was nonetheless smaller than in October, when it had reached $33.90 billion"),
        fact(IN, "exports", "growth", -3.4, "percent", NOV, "3.4",
             "Goods exports came to $36.84 billion, down 3.4 per cent year-on-year"),
        fact(IN, "exports", "value", 36.84e9, "USD", NOV, "$36.84 billion",
             "Goods exports came to $36.84 billion, down 3.4 per cent year-on-year"),
        fact(IN, "exports", "value", 38.13e9, "USD", NOV25, "$38.13 billion",
             "Goods exports came to $36.84 billion, down 3.4 per cent year-on-year from $38.13 billion in November "
             "2025"),
        fact(IN, "imports", "growth", 5.7, "percent", NOV, "5.7",
             "imports, at $66.21 billion, were 5.7 per cent higher than the $62.66 billion of a year before"),
        fact(IN, "imports", "value", 66.21e9, "USD", NOV, "$66.21 billion",
             "imports, at $66.21 billion, were 5.7 per cent higher than the $62.66 billion of a year before"),
        fact(IN, "imports", "value", 62.66e9, "USD", NOV25, "$62.66 billion",
             "imports, at $66.21 billion, were 5.7 per cent higher than the $62.66 billion of a year before"),
        fact(IN, "exports", "value", 3.2745234e12, "INR", NOV, "3,27,452.34 crore",
             "Measured in rupees, exports were worth Rs 3,27,452.34 crore"),
        fact(IN, "imports", "value", 5.8850759e12, "INR", NOV, "5,88,507.59 crore",
             "Measured in rupees, exports were worth Rs 3,27,452.34 crore and imports Rs 5,88,507.59 crore"),
        fact(IN, "imports", "growth", 53, "percent", NOV, "53",
             "Inbound gold shipments rose 53 per cent to $6.12 billion", product="gold"),
        fact(IN, "imports", "value", 6.12e9, "USD", NOV, "$6.12 billion",
             "Inbound gold shipments rose 53 per cent to $6.12 billion", product="gold"),
        fact(IN, "imports", "growth", -7.5, "percent", NOV, "7.5",
             "Crude oil imports, by contrast, eased 7.5 per cent to $13.05 billion", product="crude oil"),
        fact(IN, "imports", "value", 13.05e9, "USD", NOV, "$13.05 billion",
             "Crude oil imports, by contrast, eased 7.5 per cent to $13.05 billion", product="crude oil"),
        fact(IN, "exports", "value", 38.2e9, "USD", NOV, "$38.2 billion",
             "The ministry's provisional estimate puts services exports for November at $38.2 billion",
             product="services"),
        fact(IN, "exports", "growth", 6.5, "percent", NOV, "6.5",
             "services exports for November at $38.2 billion, 6.5 per cent above the $35.86 billion earned a year "
             "ago", product="services"),
        fact(IN, "exports", "value", 35.86e9, "USD", NOV25, "$35.86 billion",
             "services exports for November at $38.2 billion, 6.5 per cent above the $35.86 billion earned a year "
             "ago", product="services"),
        fact(IN, "imports", "value", 18.6e9, "USD", NOV, "$18.6 billion",
             "with services imports estimated at $18.6 billion", product="services"),
        fact(IN, "exports", "value", 75.04e9, "USD", NOV, "$75.04 billion",
             "Combining goods and services, India's overall exports for the month are estimated at $75.04 billion",
             product="goods and services"),
        fact(IN, "exports", "rank", 1, "number", NOV, "largest",
             "Shipments to the United States, India's largest export market", partner="United States"),
        fact(IN, "exports", "growth", -8.2, "percent", NOV, "8.2",
             "Shipments to the United States, India's largest export market, fell 8.2 per cent to $6.41 billion",
             partner="United States"),
        fact(IN, "exports", "value", 6.41e9, "USD", NOV, "$6.41 billion",
             "Shipments to the United States, India's largest export market, fell 8.2 per cent to $6.41 billion",
             partner="United States"),
        fact(IN, "exports", "rank", 1, "number", NOV, "biggest",
             "Engineering goods, the biggest category", product="engineering goods"),
        fact(IN, "exports", "value", 10.70e9, "USD", NOV, "$10.70 billion",
             "Engineering goods, the biggest category, brought in $10.70 billion", product="engineering goods"),
        fact(IN, "exports", "share", 29, "percent", NOV, "29",
             "Engineering goods, the biggest category, brought in $10.70 billion, accounting for 29 per cent of "
             "merchandise exports", product="engineering goods"),
        fact(IN, "exports", "growth", -2.7, "percent", NOV, "2.7",
             "although that was 2.7 per cent less than a year ago", product="engineering goods"),
        fact(IN, "imports", "value", 536.10e9, "USD", APR_NOV, "$536.10 billion",
             "imports of $536.10 billion exceeded goods exports of $295.63 billion"),
        fact(IN, "exports", "value", 295.63e9, "USD", APR_NOV, "$295.63 billion",
             "imports of $536.10 billion exceeded goods exports of $295.63 billion"),
        fact(IN, "balance", "value", -240.47e9, "USD", APR_NOV, "$240.47 billion",
             "putting the cumulative trade deficit at $240.47 billion"),
        fact(IN, "exports", "growth", 1.2, "percent", APR_NOV, "1.2",
             "Outbound shipments in the period were up 1.2 per cent on a year earlier"),
        fact(IN, "imports", "growth", 4.9, "percent", APR_NOV, "4.9",
             "Outbound shipments in the period were up 1.2 per cent on a year earlier, and inbound ones 4.9 per cent"),
        fact(IN, "exports", "value", 57.90e9, "USD", APR_NOV, "$57.90 billion",
             "Exports to the US during those eight months amounted to $57.90 billion", partner="United States"),
        fact(IN, "exports", "growth", -1.9, "percent", APR_NOV, "1.9",
             "Exports to the US during those eight months amounted to $57.90 billion, 1.9 per cent lower than in "
             "April-November 2025", partner="United States"),
    ],
}
