from _fact import fact, period

AUG = period(2026, 8)
JAN_AUG = period(2026, 1, 8)
Y2025 = period(2025, 1, 12)
KR = "South Korea"

LEAD = "South Korea's exports soared 41.7 percent on-year in August to the highest monthly level on record"
VALUE = "Outbound shipments came to $82.74 billion last month"
IMP = "Imports rose 17.4 percent to $60.93 billion, leaving a trade surplus of $21.81 billion"
CHIPS = "Chip exports more than doubled, surging 126.9 percent from a year earlier to $34.27 billion"
CHIPSHARE = "Chips accounted for 41.4 percent of the country's total exports"
CARS = "Automobile exports gained 7.4 percent to $5.93 billion"
SHIPS = "Ship exports jumped 28.3 percent to $2.86 billion"
DISPLAYS = "shipments of displays rose 9.6 percent to $1.66 billion"
OIL = "Petroleum products slipped 6.8 percent"
CHINA = "exports to China, Korea's largest export market, jumped 38.6 percent to $15.27 billion"
ASEAN = ("Shipments to ASEAN climbed 33.5 percent to $13.61 billion, making the Southeast Asian bloc the "
         "second-largest destination for Korean goods")
USA = "Exports to the US rose 12.3 percent to $9.82 billion"
EU = "Those to the European Union increased 9.1 percent to $6.02 billion"
CUM = ("For the January-August period, exports totaled $592.6 billion, up 30.4 percent from the same period "
       "last year")
CUMBAL = "the cumulative trade surplus reached $123.8 billion"
YEAR25 = "up from a record $709.7 billion in 2025"

ARTICLE = {
    "id": "dAB2_03_koreaherald_kr_aug2026_exports_record",
    "title": "Exports hit record high in August on chip boom, surplus tops $21b",
    "publisher": "The Korea Herald",
    "published": "2026-09-01",
    "notes": [
        "Area South Korea throughout (Ministry of Trade, Industry and Resources data); running period August 2026 "
        "('last month' from the 2026-09-01 publication date).",
        "All growth rates are on-year (stated or default) -> yoy.",
        "Product names in the text's words: chips ('Chip exports', 'Chips accounted for'), automobiles, ships, "
        "displays, petroleum products.",
        "'Chips accounted for 41.4 percent of the country's total exports': share, product chips.",
        "'Korea's largest export market': rank 1 of exports, partner China. 'the second-largest destination for "
        "Korean goods': rank 2 of exports, partner ASEAN ('the Southeast Asian bloc').",
        "'Those to the European Union': exports to the EU.",
        "'the cumulative trade surplus reached $123.8 billion': January-August 2026 balance (same sentence as the "
        "January-August exports).",
        "'up from a record $709.7 billion in 2025': 2025 annual exports, labelled with period 2025-01..2025-12 "
        "although the sentence is a forecast (the 2025 figure itself is an outcome).",
        "'more than doubled, surging 126.9 percent': threshold and exact figure for one observation; the exact "
        "figure only.",
        "Out of scope, unlabelled: 'the first time monthly exports topped the $80 billion mark' (milestone); '15th "
        "consecutive month', '19 straight months' (streaks); 'up 15.6 percentage points' (percentage points); 22 "
        "working days and 'one more'; average daily exports $3.76 billion and 35.2 percent (per-working-day); the "
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
