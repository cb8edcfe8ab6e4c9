from _fact import fact, period

AUG = period(2026, 8)
JAN_AUG = period(2026, 1, 8)
Y2025 = period(2025, 1, 12)
KR = "South Korea"

LEAD = "South Korea's exports hit an all-time monthly high in August after jumping 41.7 percent on-year"
VALUE = "Figures compiled by the Ministry of Trade, Industry and Resources put last month's exports at $82.74 billion"
IMP = "With imports up 17.4 percent at $60.93 billion, the trade balance showed a surplus of $21.81 billion"
CHIPS = "Exports of chips soared 126.9 percent from a year before to $34.27 billion"
CHIPSHARE = "Chips represented 41.4 percent of all the country's exports"
CARS = "Shipments of automobiles grew 7.4 percent to $5.93 billion"
SHIPS = "ship exports up 28.3 percent to $2.86 billion"
DISPLAYS = "exports of displays advanced 9.6 percent to $1.66 billion"
OIL = "Exports of petroleum products fell 6.8 percent"
CHINA = "shipments to China, the largest buyer of Korean exports, surged 38.6 percent to $15.27 billion"
ASEAN = "Exports to ASEAN rose 33.5 percent to $13.61 billion, which put the Southeast Asian grouping in second place among Korea's export markets"
USA = "Sales to the US climbed 12.3 percent to $9.82 billion"
EU = "Exports bound for the European Union grew 9.1 percent to $6.02 billion"
CUM = "Exports in the first eight months of the year amounted to $592.6 billion, a 30.4 percent increase over the same months of 2025"
CUMBAL = "the trade surplus for the period added up to $123.8 billion"
YEAR25 = "beating the record $709.7 billion set in 2025"

ARTICLE = {
    "id": "dAB2_03_koreaherald_kr_aug2026_exports_record",
    "title": "August exports reach all-time high as chip boom lifts surplus above $21b",
    "publisher": "The Korea Herald",
    "published": "2026-09-01",
    "notes": [
        "Area South Korea throughout (Ministry of Trade, Industry and Resources data); running period August 2026 "
        "('last month's' from the 2026-09-01 publication date).",
        "All growth rates are on-year (stated or default) -> yoy.",
        "Product names in the text's words: chips ('Exports of chips', 'Chips represented'), automobiles, ships, "
        "displays, petroleum products.",
        "'Chips represented 41.4 percent of all the country's exports': share, product chips.",
        "'the largest buyer of Korean exports': rank 1 of exports, partner China. 'in second place among Korea's export "
        "markets': rank 2 of exports, partner ASEAN ('the Southeast Asian grouping').",
        "'Exports bound for the European Union': exports to the EU.",
        "'the trade surplus for the period added up to $123.8 billion': January-August 2026 balance (same sentence as the "
        "exports of the first eight months).",
        "'beating the record $709.7 billion set in 2025': 2025 annual exports, labelled with period 2025-01..2025-12 "
        "although the sentence is a forecast (the 2025 figure itself is an outcome).",
        "'soared 126.9 percent ... more than doubling': threshold and exact figure for one observation; the exact "
        "figure only.",
        "Out of scope, unlabelled: 'the first month ever in which exports exceeded $80 billion' (milestone); 'the run of "
        "on-year increases to 15 months', '19 months in a row' (streaks); '15.6 percentage points more' (percentage points); 22 "
        "working days and 'one more'; per-working-day exports $3.76 billion and 35.2 percent (per-working-day); the "
        "$850 billion annual forecast.",
    ],
    "facts": [
        fact(KR, "exports", "growth", 41.7, "percent", AUG, "41.7", LEAD),
        fact(KR, "exports", "value", 82.74e9, "USD", AUG, "82.74 billion", VALUE),
        fact(KR, "imports", "growth", 17.4, "percent", AUG, "17.4", IMP),
        fact(KR, "imports", "value", 60.93e9, "USD", AUG, "60.93 billion", IMP),
        fact(KR, "balance", "value", 21.81e9, "USD", AUG, "21.81 billion", IMP),
        fact(KR, "exports", "growth", 126.9, "percent", AUG, "126.9", CHIPS, product="chips"),
        fact(KR, "exports", "value", 34.27e9, "USD", AUG, "34.27 billion", CHIPS, product="chips"),
        fact(KR, "exports", "share", 41.4, "percent", AUG, "41.4", CHIPSHARE, product="chips"),
        fact(KR, "exports", "growth", 7.4, "percent", AUG, "7.4", CARS, product="automobiles"),
        fact(KR, "exports", "value", 5.93e9, "USD", AUG, "5.93 billion", CARS, product="automobiles"),
        fact(KR, "exports", "growth", 28.3, "percent", AUG, "28.3", SHIPS, product="ships"),
        fact(KR, "exports", "value", 2.86e9, "USD", AUG, "2.86 billion", SHIPS, product="ships"),
        fact(KR, "exports", "growth", 9.6, "percent", AUG, "9.6", DISPLAYS, product="displays"),
        fact(KR, "exports", "value", 1.66e9, "USD", AUG, "1.66 billion", DISPLAYS, product="displays"),
        fact(KR, "exports", "growth", -6.8, "percent", AUG, "6.8", OIL, product="petroleum products"),
        fact(KR, "exports", "rank", 1, "number", AUG, "largest", CHINA, partner="China"),
        fact(KR, "exports", "growth", 38.6, "percent", AUG, "38.6", CHINA, partner="China"),
        fact(KR, "exports", "value", 15.27e9, "USD", AUG, "15.27 billion", CHINA, partner="China"),
        fact(KR, "exports", "growth", 33.5, "percent", AUG, "33.5", ASEAN, partner="ASEAN"),
        fact(KR, "exports", "value", 13.61e9, "USD", AUG, "13.61 billion", ASEAN, partner="ASEAN"),
        fact(KR, "exports", "rank", 2, "number", AUG, "second", ASEAN, partner="ASEAN"),
        fact(KR, "exports", "growth", 12.3, "percent", AUG, "12.3", USA, partner="United States"),
        fact(KR, "exports", "value", 9.82e9, "USD", AUG, "9.82 billion", USA, partner="United States"),
        fact(KR, "exports", "growth", 9.1, "percent", AUG, "9.1", EU, partner="European Union"),
        fact(KR, "exports", "value", 6.02e9, "USD", AUG, "6.02 billion", EU, partner="European Union"),
        fact(KR, "exports", "value", 592.6e9, "USD", JAN_AUG, "592.6 billion", CUM),
        fact(KR, "exports", "growth", 30.4, "percent", JAN_AUG, "30.4", CUM),
        fact(KR, "balance", "value", 123.8e9, "USD", JAN_AUG, "123.8 billion", CUMBAL),
        fact(KR, "exports", "value", 709.7e9, "USD", Y2025, "709.7 billion", YEAR25),
    ],
}
