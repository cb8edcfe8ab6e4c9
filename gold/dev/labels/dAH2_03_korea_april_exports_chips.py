from _fact import fact, period

APR = period(2026, 4)
JAN_APR = period(2026, 1, 4)
Y2025 = period(2025, 1, 12)
KR = "South Korea"

EXP = "Last month, the country shipped $70.83 billion worth of goods abroad, up 21.7 percent on-year"
IMP = "Imports gained 7.8 percent, reaching $57.45 billion"
BAL = "so the country posted a $13.38 billion trade surplus"
CHIPS = "Chip exports were up 104.3 percent from a year earlier at $23.9 billion"
CHIP_SHARE = "Last month, chips accounted for 33.7 percent of the country's overall exports"
COMPUTERS = "Computer exports, mainly solid-state drives for data centers, climbed 61.8 percent to $1.92 billion."
CARS = "car exports fell 3.2 percent to $6.29 billion"
PETRO = "Petrochemical and petroleum product shipments dropped 9.4 percent and 4.8 percent, respectively"
STEEL = "steel exports declined 6.1 percent"
CHINA = "Demand for chips pushed exports to China, the largest of Korea's trading partners, up 11.6 percent to $12.3 billion."
US = "Sales to the US gained 9.4 percent to $11.6 billion"
ASEAN = "Shipments to ASEAN countries surged 19.7 percent to $11.4 billion"
EU = "exports to the European Union inched up 2.1 percent to $6.1 billion"
ENERGY = "Imports of energy, including crude oil, gas and coal, dropped 5.2 percent on-year to $10.3 billion"
YTD = "Exports in the January-April period totaled $269.3 billion, 23.4 percent more than a year earlier."
Y25 = "following a record $709.7 billion in 2025"

ARTICLE = {
    "id": "dAH2_03_korea_april_exports_chips",
    "title": "AI-driven chip boom lifts April exports for 11th straight month",
    "publisher": None,
    "published": "2026-05-01",
    "notes": [
        "Written as a Korea Herald story (no dateline, no outlet named in the body): publisher null as the guide "
        "says when the text names none.",
        "Published Friday 2026-05-01; 'last month' = April 2026, the running period.",
        "'the country shipped $70.83 billion worth of goods abroad' = South Korea's exports. 'Imports gained 7.8 percent' is "
        "on-year by default.",
        "'Chip exports' / 'chips accounted for 33.7 percent of the country's overall exports': product 'chips'; the share is "
        "of total exports.",
        "'Petrochemical and petroleum product shipments dropped 9.4 percent and 4.8 percent, respectively': "
        "two facts, both falls.",
        "'exports to China, the largest of Korea's trading partners': rank 1 of China as trading partner (flow total), given "
        "the article's period (April 2026) as in the guide's rank example.",
        "'Shipments to ASEAN countries': partner ASEAN.",
        "'Imports of energy, including crude oil, gas and coal': imports, product 'energy'.",
        "'$709.7 billion in 2025': full-year 2025 exports (period 2025-01..2025-12), its own fact.",
        "Out of scope, unlabelled: streaks ('an 11th month in a row', 'the 15th consecutive month in the black'); milestones "
        "('the most ever for an April', 'a record share', 'never started a year this strongly'); 'exports averaged "
        "$3.08 billion a day, up 22.9 percent' (per-working-day average); 'Of the 15 major export items, eight' "
        "(conditional count); the 15 percent US tariff; the forecast that exports will exceed $800 billion this "
        "year.",
    ],
    "facts": [
        fact(KR, "exports", "growth", 21.7, "percent", APR, "21.7", EXP),
        fact(KR, "exports", "value", 70.83e9, "USD", APR, "70.83 billion", EXP),
        fact(KR, "imports", "growth", 7.8, "percent", APR, "7.8", IMP),
        fact(KR, "imports", "value", 57.45e9, "USD", APR, "57.45 billion", IMP),
        fact(KR, "balance", "value", 13.38e9, "USD", APR, "13.38 billion", BAL),
        fact(KR, "exports", "growth", 104.3, "percent", APR, "104.3", CHIPS, product="chips"),
        fact(KR, "exports", "value", 23.9e9, "USD", APR, "23.9 billion", CHIPS, product="chips"),
        fact(KR, "exports", "share", 33.7, "percent", APR, "33.7", CHIP_SHARE, product="chips"),
        fact(KR, "exports", "growth", 61.8, "percent", APR, "61.8", COMPUTERS, product="computers"),
        fact(KR, "exports", "value", 1.92e9, "USD", APR, "1.92 billion", COMPUTERS, product="computers"),
        fact(KR, "exports", "growth", -3.2, "percent", APR, "3.2", CARS, product="cars"),
        fact(KR, "exports", "value", 6.29e9, "USD", APR, "6.29 billion", CARS, product="cars"),
        fact(KR, "exports", "growth", -9.4, "percent", APR, "9.4", PETRO, product="petrochemical products"),
        fact(KR, "exports", "growth", -4.8, "percent", APR, "4.8", PETRO, product="petroleum products"),
        fact(KR, "exports", "growth", -6.1, "percent", APR, "6.1", STEEL, product="steel"),
        fact(KR, "total", "rank", 1, "number", APR, "largest", CHINA, partner="China"),
        fact(KR, "exports", "growth", 11.6, "percent", APR, "11.6", CHINA, partner="China"),
        fact(KR, "exports", "value", 12.3e9, "USD", APR, "12.3 billion", CHINA, partner="China"),
        fact(KR, "exports", "growth", 9.4, "percent", APR, "9.4", US, partner="United States"),
        fact(KR, "exports", "value", 11.6e9, "USD", APR, "11.6 billion", US, partner="United States"),
        fact(KR, "exports", "growth", 19.7, "percent", APR, "19.7", ASEAN, partner="ASEAN"),
        fact(KR, "exports", "value", 11.4e9, "USD", APR, "11.4 billion", ASEAN, partner="ASEAN"),
        fact(KR, "exports", "growth", 2.1, "percent", APR, "2.1", EU, partner="European Union"),
        fact(KR, "exports", "value", 6.1e9, "USD", APR, "6.1 billion", EU, partner="European Union"),
        fact(KR, "imports", "growth", -5.2, "percent", APR, "5.2", ENERGY, product="energy"),
        fact(KR, "imports", "value", 10.3e9, "USD", APR, "10.3 billion", ENERGY, product="energy"),
        fact(KR, "exports", "value", 269.3e9, "USD", JAN_APR, "269.3 billion", YTD),
        fact(KR, "exports", "growth", 23.4, "percent", JAN_APR, "23.4", YTD),
        fact(KR, "exports", "value", 709.7e9, "USD", Y2025, "709.7 billion", Y25),
    ],
}
