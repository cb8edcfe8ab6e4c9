from _fact import fact, period

KR = "South Korea"
US = "United States"
MAR = period(2026, 3)
MAR_2025 = period(2025, 3)
Q1 = period(2026, 1, 3)
Y2025 = period(2025, 1, 12)

LEAD = "exports from South Korea surged 28 percent from a year earlier"
LEVELS = "Overseas sales of goods totaled US$74.62 billion last month, against $58.28 billion in the same month a year earlier"
IMPORTS = "Imports were up 14.2 percent on-year at $60.85 billion, producing a $13.77 billion trade surplus"
CHIPS = "overseas sales of semiconductors, South Korea's flagship export, surged 104.6 percent on-year to $26.81 billion"
CARS = "pushing automobile exports up 3.4 percent to $6.41 billion"
SHIPS = "Exports of ships advanced 21.8 percent to $3.02 billion"
PETRO = ("petroleum products and petrochemicals saw exports drop 8.3 percent and 9.9 percent, respectively, to $3.9 "
         "billion and $3.7 billion")
CHINA = "exports to China, the top trading partner of South Korea, grew 28.9 percent to $14.6 billion"
USA = "Sales to the United States increased 6.4 percent to $12.9 billion"
ASEAN = "Shipments to the Association of Southeast Asian Nations (ASEAN) advanced 18.2 percent to $11.8 billion"
EU = "those bound for the European Union rose 4.1 percent to $6.1 billion"
QUARTER = "First-quarter exports totaled $205.27 billion, a 28.2 percent rise from a year earlier"

ARTICLE = {
    "id": "dAG2_03_korea_exports_march_2026",
    "title": "(LEAD) Chip boom lifts S. Korea's March exports to all-time high",
    "publisher": "Yonhap",
    "published": "2026-04-01",
    "notes": [
        "Area South Korea throughout (trade ministry data). Period March 2026 ('last month', published April 1) "
        "unless stated; all growth rates are year-on-year ('from a year earlier', 'on-year', or no cue).",
        "'against $58.28 billion in the same month a year earlier': the March 2025 exports level is a stated "
        "observation of its own, period 2025-03.",
        "'Chips made up 35.9 percent of all exports' refers back to semiconductors: product "
        "'semiconductors' for value, growth and share.",
        "'respectively' list: petroleum products -8.3% and $3.9 billion, petrochemicals -9.9% and $3.7 billion.",
        "'shipments of cars to the world's largest economy': partner United States, product 'car'.",
        "'China, the top trading partner of South Korea': rank 1, flow total, partner China, period March 2026.",
        "'an all-time high of $709.7 billion in 2025': exports value for the year 2025 (period 2025-01..2025-12).",
        "Out of scope, unlabelled: 'never before exceeded $70 billion' (threshold; the exact $74.62 billion is "
        "labelled); daily average exports 22.5 percent and $3.24 billion (per-working-day averages); 'the biggest "
        "monthly figure ever', '14 consecutive months', 'the fourth month running' (milestones and streaks); 'Of the "
        "nine major regions, seven' (conditional count); the target of more than $800 billion this year "
        "(forecast/target); 2023 (a year). 'more than doubling' in the lead carries no number (104.6 percent is "
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
        fact(KR, "exports", "share", 35.9, "percent", MAR, "35.9", "Chips made up 35.9 percent of all exports in March",
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
             "shipments of cars to the world's largest economy plunged 14.7 percent", partner=US, product="car"),
        fact(KR, "exports", "growth", 18.2, "percent", MAR, "18.2", ASEAN, partner="ASEAN"),
        fact(KR, "exports", "value", 11.8e9, "USD", MAR, "11.8 billion", ASEAN, partner="ASEAN"),
        fact(KR, "exports", "growth", 4.1, "percent", MAR, "4.1", EU, partner="European Union"),
        fact(KR, "exports", "value", 6.1e9, "USD", MAR, "6.1 billion", EU, partner="European Union"),
        # First quarter, 2025
        fact(KR, "exports", "value", 205.27e9, "USD", Q1, "205.27 billion", QUARTER),
        fact(KR, "exports", "growth", 28.2, "percent", Q1, "28.2", QUARTER),
        fact(KR, "exports", "value", 709.7e9, "USD", Y2025, "709.7 billion",
             "annual exports of more than $800 billion this year, compared with an all-time high of $709.7 billion in 2025"),
    ],
}
