from _fact import fact, period

KR = "South Korea"
US = "United States"
MAR = period(2026, 3)
MAR_2025 = period(2025, 3)
Q1 = period(2026, 1, 3)
Y2025 = period(2025, 1, 12)

LEAD = "South Korea's exports jumped 28 percent in March from a year earlier"
LEVELS = "Outbound shipments reached US$74.62 billion last month, compared with $58.28 billion tallied a year earlier"
IMPORTS = "Imports rose 14.2 percent on-year to $60.85 billion, resulting in a trade surplus of $13.77 billion"
CHIPS = "exports of semiconductors, the country's key export item, soared 104.6 percent on-year to $26.81 billion"
CARS = "Automobile exports rose 3.4 percent to $6.41 billion"
SHIPS = "Ship exports gained 21.8 percent to $3.02 billion"
PETRO = ("Exports of petroleum products and petrochemicals fell 8.3 percent and 9.9 percent, respectively, to $3.9 "
         "billion and $3.7 billion")
CHINA = "exports to China, South Korea's top trading partner, rose 28.9 percent to $14.6 billion"
USA = "Shipments to the United States added 6.4 percent to $12.9 billion"
ASEAN = "Exports to the Association of Southeast Asian Nations (ASEAN) climbed 18.2 percent to $11.8 billion"
EU = "those to the European Union went up 4.1 percent to $6.1 billion"
QUARTER = "In the first quarter, exports came to $205.27 billion, up 28.2 percent from a year earlier"

ARTICLE = {
    "id": "dAG2_03_korea_exports_march_2026",
    "title": "(LEAD) S. Korea's March exports hit record high on chip boom",
    "publisher": "Yonhap",
    "published": "2026-04-01",
    "notes": [
        "Area South Korea throughout (trade ministry data). Period March 2026 ('last month', published April 1) "
        "unless stated; all growth rates are year-on-year ('from a year earlier', 'on-year', or no cue).",
        "'compared with $58.28 billion tallied a year earlier': the March 2025 exports level is a stated "
        "observation of its own, period 2025-03.",
        "'Chips accounted for 35.9 percent of total exports' refers back to semiconductors: product "
        "'semiconductors' for value, growth and share.",
        "'respectively' list: petroleum products -8.3% and $3.9 billion, petrochemicals -9.9% and $3.7 billion.",
        "'car exports to the world's largest economy': partner United States, product 'car'.",
        "'China, South Korea's top trading partner': rank 1, flow total, partner China, period March 2026.",
        "'a record $709.7 billion in 2025': exports value for the year 2025 (period 2025-01..2025-12).",
        "Out of scope, unlabelled: 'topped the $70 billion mark' (threshold; the exact $74.62 billion is "
        "labelled); daily average exports 22.5 percent and $3.24 billion (per-working-day averages); 'largest for "
        "any month on record', '14 months in a row', 'fourth straight month' (milestones and streaks); 'seven of "
        "the country's nine major regions' (conditional count); the target of above $800 billion this year "
        "(forecast/target); 2023 (a year). 'more than doubled' in the lead carries no number (104.6 percent is "
        "labelled).",
    ],
    "facts": [
        fact(KR, "exports", "growth", 28, "percent", MAR, "28", LEAD),
        fact(KR, "exports", "value", 74.62e9, "USD", MAR, "74.62 billion", LEVELS),
        fact(KR, "exports", "value", 58.28e9, "USD", MAR_2025, "58.28 billion", LEVELS),
        fact(KR, "imports", "growth", 14.2, "percent", MAR, "14.2", IMPORTS),
        fact(KR, "imports", "value", 60.85e9, "USD", MAR, "60.85 billion", IMPORTS),
        fact(KR, "balance", "value", 13.77e9, "USD", MAR, "13.77 billion", IMPORTS),
        # Items
        fact(KR, "exports", "growth", 104.6, "percent", MAR, "104.6", CHIPS, product="semiconductors"),
        fact(KR, "exports", "value", 26.81e9, "USD", MAR, "26.81 billion", CHIPS, product="semiconductors"),
        fact(KR, "exports", "share", 35.9, "percent", MAR, "35.9", "Chips accounted for 35.9 percent of total exports",
             product="semiconductors"),
        fact(KR, "exports", "growth", 3.4, "percent", MAR, "3.4", CARS, product="automobile"),
        fact(KR, "exports", "value", 6.41e9, "USD", MAR, "6.41 billion", CARS, product="automobile"),
        fact(KR, "exports", "growth", 21.8, "percent", MAR, "21.8", SHIPS, product="ship"),
        fact(KR, "exports", "value", 3.02e9, "USD", MAR, "3.02 billion", SHIPS, product="ship"),
        fact(KR, "exports", "growth", -8.3, "percent", MAR, "8.3", PETRO, product="petroleum products"),
        fact(KR, "exports", "growth", -9.9, "percent", MAR, "9.9", PETRO, product="petrochemicals"),
        fact(KR, "exports", "value", 3.9e9, "USD", MAR, "3.9 billion", PETRO, product="petroleum products"),
        fact(KR, "exports", "value", 3.7e9, "USD", MAR, "3.7 billion", PETRO, product="petrochemicals"),
        # Destinations
        fact(KR, "total", "rank", 1, "number", MAR, "top", CHINA, partner="China"),
        fact(KR, "exports", "growth", 28.9, "percent", MAR, "28.9", CHINA, partner="China"),
        fact(KR, "exports", "value", 14.6e9, "USD", MAR, "14.6 billion", CHINA, partner="China"),
        fact(KR, "exports", "growth", 6.4, "percent", MAR, "6.4", USA, partner=US),
        fact(KR, "exports", "value", 12.9e9, "USD", MAR, "12.9 billion", USA, partner=US),
        fact(KR, "exports", "growth", -14.7, "percent", MAR, "14.7",
             "car exports to the world's largest economy sank 14.7 percent", partner=US, product="car"),
        fact(KR, "exports", "growth", 18.2, "percent", MAR, "18.2", ASEAN, partner="ASEAN"),
        fact(KR, "exports", "value", 11.8e9, "USD", MAR, "11.8 billion", ASEAN, partner="ASEAN"),
        fact(KR, "exports", "growth", 4.1, "percent", MAR, "4.1", EU, partner="European Union"),
        fact(KR, "exports", "value", 6.1e9, "USD", MAR, "6.1 billion", EU, partner="European Union"),
        # First quarter, 2025
        fact(KR, "exports", "value", 205.27e9, "USD", Q1, "205.27 billion", QUARTER),
        fact(KR, "exports", "growth", 28.2, "percent", Q1, "28.2", QUARTER),
        fact(KR, "exports", "value", 709.7e9, "USD", Y2025, "709.7 billion",
             "lift annual exports above $800 billion this year, up from a record $709.7 billion in 2025"),
    ],
}
