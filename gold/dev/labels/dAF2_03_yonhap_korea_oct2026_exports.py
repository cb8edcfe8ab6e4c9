from _fact import fact, period

KR = "South Korea"
OCT = period(2026, 10)
JAN_OCT = period(2026, 1, 10)
Y2025 = period(2025, 1, 12)

EXP = "put last month's exports at US$83.84 billion, up 40.7 percent on-year"
IMP = "imports up 18.6 percent at $63.51 billion, the trade surplus reached $20.33 billion"
CHIP = "pushed chip exports to a record $33.86 billion, up 115.3 percent on-year"
SHARE = "Chips made up 40.4 percent of all exports"
COMP = "Computer exports, a category that covers server-grade solid-state drives, rose 88.2 percent to $2.03 billion"
CAR = "Exports of cars grew 31.8 percent to $6.67 billion"
SHIP = "Ship exports increased 12.4 percent"
RESP = "outbound sales of petrochemicals and steel products gained 9.1 percent and 6.5 percent, respectively"
OIL = "pulled petroleum product exports down 3.9 percent to $3.82 billion"
CHN = ("exports to China, the largest trading partner of South Korea, jump 47.3 percent to $16.12 billion")
USA = "Exports headed to the United States went up 29.6 percent to $13.88 billion"
ASEAN = "Shipments to the Association of Southeast Asian Nations soared 38.4 percent to $12.6 billion"
EU = "exports to the European Union grew 19.8 percent"
NRG = "Imports of energy, such as crude oil, gas and coal, rose 6.7 percent to $11.42 billion"
YTD = "Cumulative exports from January through October reached $742.4 billion, a 28.2 percent increase from a year earlier"
ANN = "the full-year record of $709.7 billion set last year"

ARTICLE = {
    "id": "dAF2_03_yonhap_korea_oct2026_exports",
    "title": "S. Korea's Oct. exports hit all-time high, up 40.7 pct, on chip rally and low holiday base",
    "publisher": "Yonhap",
    "published": "2026-11-01",
    "notes": [
        "Period: 'last month's' in a story dated Nov. 1, 2026 = October 2026; all growth rates year-on-year "
        "('on-year', 'from a year earlier').",
        "'US$' and '$' are U.S. dollars.",
        "Chip figures carry product 'chips' (the text's words: 'chip exports', 'Chips made up'); "
        "'Chips made up 40.4 percent of all exports' is a share of exports.",
        "'outbound sales of petrochemicals and steel products gained 9.1 percent and 6.5 percent, respectively': two export "
        "growth facts.",
        "'China, the largest trading partner of South Korea': rank 1, flow total, partner China, period October 2026.",
        "'the Association of Southeast Asian Nations' = ASEAN.",
        "'Cumulative exports from January through October': January-October 2026. 'the full-year record of "
        "$709.7 billion set last year': exports value for 2025 (January-December 2025).",
        "Out of scope, unlabelled: average daily exports ($3.81 billion, 27.9 percent: per-working-day averages); "
        "working days (22, two more); streaks (17 months running, 21 straight months, first time in three "
        "months); thresholds and milestones ('more than 40 percent' in the lead restates the 40.7 percent, "
        "'exceeded $80 billion', 'above 40 percent', records); the conditional counts (13 of 15 major items, all "
        "nine regional markets); the 15 percent U.S. tariff; the official's $850 billion outlook (forecast).",
    ],
    "facts": [
        fact(KR, "exports", "growth", 40.7, "percent", OCT, "40.7", EXP),
        fact(KR, "exports", "value", 83.84e9, "USD", OCT, "83.84 billion", EXP),
        fact(KR, "imports", "growth", 18.6, "percent", OCT, "18.6", IMP),
        fact(KR, "imports", "value", 63.51e9, "USD", OCT, "63.51 billion", IMP),
        fact(KR, "balance", "value", 20.33e9, "USD", OCT, "20.33 billion", IMP),
        fact(KR, "exports", "growth", 115.3, "percent", OCT, "115.3", CHIP, product="chips"),
        fact(KR, "exports", "value", 33.86e9, "USD", OCT, "33.86 billion", CHIP, product="chips"),
        fact(KR, "exports", "share", 40.4, "percent", OCT, "40.4", SHARE, product="chips"),
        fact(KR, "exports", "growth", 88.2, "percent", OCT, "88.2", COMP, product="computers"),
        fact(KR, "exports", "value", 2.03e9, "USD", OCT, "2.03 billion", COMP, product="computers"),
        fact(KR, "exports", "growth", 31.8, "percent", OCT, "31.8", CAR, product="cars"),
        fact(KR, "exports", "value", 6.67e9, "USD", OCT, "6.67 billion", CAR, product="cars"),
        fact(KR, "exports", "growth", 12.4, "percent", OCT, "12.4", SHIP, product="ships"),
        fact(KR, "exports", "growth", 9.1, "percent", OCT, "9.1", RESP, product="petrochemicals"),
        fact(KR, "exports", "growth", 6.5, "percent", OCT, "6.5", RESP, product="steel products"),
        fact(KR, "exports", "growth", -3.9, "percent", OCT, "3.9", OIL, product="petroleum products"),
        fact(KR, "exports", "value", 3.82e9, "USD", OCT, "3.82 billion", OIL, product="petroleum products"),
        fact(KR, "total", "rank", 1, "number", OCT, "largest", CHN, partner="China"),
        fact(KR, "exports", "growth", 47.3, "percent", OCT, "47.3", CHN, partner="China"),
        fact(KR, "exports", "value", 16.12e9, "USD", OCT, "16.12 billion", CHN, partner="China"),
        fact(KR, "exports", "growth", 29.6, "percent", OCT, "29.6", USA, partner="United States"),
        fact(KR, "exports", "value", 13.88e9, "USD", OCT, "13.88 billion", USA, partner="United States"),
        fact(KR, "exports", "growth", 38.4, "percent", OCT, "38.4", ASEAN, partner="ASEAN"),
        fact(KR, "exports", "value", 12.6e9, "USD", OCT, "12.6 billion", ASEAN, partner="ASEAN"),
        fact(KR, "exports", "growth", 19.8, "percent", OCT, "19.8", EU, partner="European Union"),
        fact(KR, "imports", "growth", 6.7, "percent", OCT, "6.7", NRG, product="energy"),
        fact(KR, "imports", "value", 11.42e9, "USD", OCT, "11.42 billion", NRG, product="energy"),
        fact(KR, "exports", "value", 742.4e9, "USD", JAN_OCT, "742.4 billion", YTD),
        fact(KR, "exports", "growth", 28.2, "percent", JAN_OCT, "28.2", YTD),
        fact(KR, "exports", "value", 709.7e9, "USD", Y2025, "709.7 billion", ANN),
    ],
}
