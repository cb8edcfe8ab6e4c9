from _fact import fact, period

APR = period(2026, 4)
APR25 = period(2025, 4)
JAN_APR = period(2026, 1, 4)
SK = "South Korea"

LEAD = "driving South Korea's exports up 48 percent on-year in April"
VAL = "Exports totaled US$85.89 billion last month, versus $58.03 billion a year earlier"
IMP = "With imports up 16.7 percent on-year at $62.12 billion, the country booked a $23.77 billion trade surplus"
CHIPS = "semiconductor exports hit an all-time high of $31.92 billion after a 173.3 percent on-year surge"
SHARE = "Chips made up 37.2 percent of all South Korean exports in April"
SHIPS = "Ship exports grew 35.2 percent to $2.71 billion"
PETRO = "exports of petroleum products advanced 41.3 percent"
CARS = "Car exports, however, declined 5.5 percent on-year to $6.14 billion"
STEEL = "Steel exports fell 7.8 percent"
CHN = "shipments to China, the largest market for South Korean exports, jumped 60.7 percent to $17.52 billion"
USA = "Exports to the United States rose 39.4 percent to $14.78 billion"
ASEAN = "Sales to ASEAN increased 52.1 percent to $14.30 billion"
EU_ME = "exports to the European Union edged down 2.4 percent, while exports to the Middle East sank 31.6 percent"
ENERGY = "imports of energy such as crude oil, gas and coal increased 27.4 percent on-year to $13.9 billion"
YTD = "In January-April, exports totaled $299.3 billion, a 37.2 percent increase from a year earlier"

ARTICLE = {
    "id": "dAE2_03_korea_april_2026_exports",
    "title": "Chip boom lifts S. Korea's April exports 48 pct to all-time high",
    "publisher": "Yonhap",
    "published": "2026-05-01",
    "notes": [
        "Article period: April 2026 ('in April', 'last month'); the year comes from the publication date.",
        "'versus $58.03 billion a year earlier': the April 2025 exports value, labelled as its own fact (period 2025-04).",
        "Surplus $23.77 billion: balance, positive.",
        "'Chips made up 37.2 percent of all South Korean exports': share, product 'chips' in the text's words of that sentence (it refers back to the semiconductors of the previous paragraph).",
        "'exports of petroleum products': exports, product 'petroleum products'. 'Steel exports': exports of steel.",
        "'China, the largest market for South Korean exports': rank 1 of exports to China.",
        "'exports to the Middle East': exports.",
        "'imports of energy such as crude oil, gas and coal': imports, product 'energy'.",
        "January-April: period 2026-01..2026-04, exports value and yoy growth.",
        "Out of scope, unlabelled: average daily exports +48 percent to $3.58 billion (per-working-day average); 'exceeded $80 billion' and 'the second consecutive month' (milestone/streak); '15 months in a row' (streak); '17.1 percentage points' (percentage-point comparison); 'Eight of the 15 major export items grew on-year' (count of items, not trading enterprises or partners); the $900 billion annual export expectation (forecast); 'almost tripled' in the lead restates the 173.3 percent growth without a number of its own; 'the biggest monthly surplus ever recorded', 'a record for a single month', 'the highest ever for that four-month stretch' are milestones with no extra number.",
    ],
    "facts": [
        fact(SK, "exports", "growth", 48, "percent", APR, "48", LEAD),
        fact(SK, "exports", "value", 85.89e9, "USD", APR, "85.89 billion", VAL),
        fact(SK, "exports", "value", 58.03e9, "USD", APR25, "58.03 billion", VAL),
        fact(SK, "imports", "growth", 16.7, "percent", APR, "16.7", IMP),
        fact(SK, "imports", "value", 62.12e9, "USD", APR, "62.12 billion", IMP),
        fact(SK, "balance", "value", 23.77e9, "USD", APR, "23.77 billion", IMP),
        fact(SK, "exports", "growth", 173.3, "percent", APR, "173.3", CHIPS, product="semiconductors"),
        fact(SK, "exports", "value", 31.92e9, "USD", APR, "31.92 billion", CHIPS, product="semiconductors"),
        fact(SK, "exports", "share", 37.2, "percent", APR, "37.2", SHARE, product="chips"),
        fact(SK, "exports", "growth", 35.2, "percent", APR, "35.2", SHIPS, product="ships"),
        fact(SK, "exports", "value", 2.71e9, "USD", APR, "2.71 billion", SHIPS, product="ships"),
        fact(SK, "exports", "growth", 41.3, "percent", APR, "41.3", PETRO, product="petroleum products"),
        fact(SK, "exports", "growth", -5.5, "percent", APR, "5.5", CARS, product="cars"),
        fact(SK, "exports", "value", 6.14e9, "USD", APR, "6.14 billion", CARS, product="cars"),
        fact(SK, "exports", "growth", -7.8, "percent", APR, "7.8", STEEL, product="steel"),
        fact(SK, "exports", "rank", 1, "number", APR, "largest", CHN, partner="China"),
        fact(SK, "exports", "growth", 60.7, "percent", APR, "60.7", CHN, partner="China"),
        fact(SK, "exports", "value", 17.52e9, "USD", APR, "17.52 billion", CHN, partner="China"),
        fact(SK, "exports", "growth", 39.4, "percent", APR, "39.4", USA, partner="United States"),
        fact(SK, "exports", "value", 14.78e9, "USD", APR, "14.78 billion", USA, partner="United States"),
        fact(SK, "exports", "growth", 52.1, "percent", APR, "52.1", ASEAN, partner="ASEAN"),
        fact(SK, "exports", "value", 14.30e9, "USD", APR, "14.30 billion", ASEAN, partner="ASEAN"),
        fact(SK, "exports", "growth", -2.4, "percent", APR, "2.4", EU_ME, partner="European Union"),
        fact(SK, "exports", "growth", -31.6, "percent", APR, "31.6", EU_ME, partner="Middle East"),
        fact(SK, "imports", "growth", 27.4, "percent", APR, "27.4", ENERGY, product="energy"),
        fact(SK, "imports", "value", 13.9e9, "USD", APR, "13.9 billion", ENERGY, product="energy"),
        fact(SK, "exports", "growth", 37.2, "percent", JAN_APR, "37.2", YTD),
        fact(SK, "exports", "value", 299.3e9, "USD", JAN_APR, "299.3 billion", YTD),
    ],
}
