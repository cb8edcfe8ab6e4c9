from _fact import fact, period

KR = "South Korea"
OCT = period(2026, 10)
JAN_OCT = period(2026, 1, 10)
Y2025 = period(2025, 1, 12)

EXP = "Outbound shipments jumped 40.7 percent on-year to US$83.84 billion last month"
IMP = "Imports rose 18.6 percent to $63.51 billion, resulting in a trade surplus of $20.33 billion"
CHIP = "Chip exports more than doubled, surging 115.3 percent on-year to a record $33.86 billion"
SHARE = "Chips accounted for 40.4 percent of the country's total exports"
COMP = "Shipments of computers, which include server-grade solid-state drives, shot up 88.2 percent to $2.03 billion"
CAR = "Car exports climbed 31.8 percent to $6.67 billion"
SHIP = "Exports of ships advanced 12.4 percent"
RESP = "those of petrochemicals and steel products rose 9.1 percent and 6.5 percent, respectively"
OIL = "Petroleum product exports, however, slipped 3.9 percent to $3.82 billion"
CHN = ("exports to China, South Korea's largest trading partner, surged 47.3 percent to $16.12 billion")
USA = "Shipments to the United States rose 29.6 percent to $13.88 billion"
ASEAN = "Exports to the Association of Southeast Asian Nations jumped 38.4 percent to $12.6 billion"
EU = "those to the European Union increased 19.8 percent"
NRG = "energy purchases, including crude oil, gas and coal, went up 6.7 percent to $11.42 billion"
YTD = "Exports for the January-October period came to $742.4 billion, up 28.2 percent from a year earlier"
ANN = "last year's annual record of $709.7 billion"

ARTICLE = {
    "id": "dAF2_03_yonhap_korea_oct2026_exports",
    "title": "S. Korea's exports jump 40.7 pct in Oct. to record high on chip boom, holiday base effect",
    "publisher": "Yonhap",
    "published": "2026-11-01",
    "notes": [
        "Period: 'last month' in a story dated Nov. 1, 2026 = October 2026; all growth rates year-on-year "
        "('on-year', 'from a year earlier').",
        "'US$' and '$' are U.S. dollars.",
        "Chip figures carry product 'chips' (the text's words: 'Chip exports', 'Chips accounted for'); "
        "'Chips accounted for 40.4 percent of the country's total exports' is a share of exports.",
        "'those of petrochemicals and steel products rose 9.1 percent and 6.5 percent, respectively': two export "
        "growth facts.",
        "'China, South Korea's largest trading partner': rank 1, flow total, partner China, period October 2026.",
        "'the Association of Southeast Asian Nations' = ASEAN.",
        "'Exports for the January-October period': January-October 2026. 'last year's annual record of "
        "$709.7 billion': exports value for 2025 (January-December 2025).",
        "Out of scope, unlabelled: average daily exports ($3.81 billion, 27.9 percent: per-working-day averages); "
        "working days (22, two more); streaks (17th consecutive month, 21 months in a row, first time in three "
        "months); thresholds and milestones ('more than 40 percent' in the lead restates the 40.7 percent, "
        "'$80 billion mark', '40 percent threshold', records); the conditional counts (13 of 15 major items, all "
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
