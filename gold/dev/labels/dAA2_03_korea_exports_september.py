from _fact import fact, period

SEP = period(2025, 9)
SEP24 = period(2024, 9)
Q3 = period(2025, 7, 9)
JAN_SEP = period(2025, 1, 9)
KR = "South Korea"

LEAD = "South Korea's exports jumped 12.7 percent on-year in September"
VAL = "Outbound shipments came to US$65.95 billion last month, compared with $58.5 billion a year earlier"
IMP = "Imports rose 8.2 percent to $56.39 billion, resulting in a trade surplus of $9.56 billion"
CHIP = "exports of semiconductors, the country's key export item, rose 22 percent on-year to $16.61 billion"
SHARE = "Chips accounted for 25.2 percent of the country's total exports"
CAR = "Car exports advanced 16.8 percent to $6.4 billion"
SHIP = "Exports of ships gained 21.9 percent to $2.89 billion"
PET = "Petroleum products and petrochemicals, however, declined 4.7 percent and 3.9 percent, respectively, to $3.93 billion and $3.56 billion"
CHN = "exports to China, South Korea's top trading partner, edged up 0.5 percent to $11.72 billion"
US = "Shipments to the United States, however, fell 1.4 percent to $10.27 billion"
ASEAN = "Exports to the Association of Southeast Asian Nations (ASEAN) jumped 17.8 percent to $11.06 billion"
Q3S = "In the third quarter, exports rose 6.6 percent from a year earlier to $185.03 billion"
YTD = "For the January-September period, exports came to $519.6 billion, up 2.1 percent on-year"

ARTICLE = {
    "id": "dAA2_03_korea_exports_september",
    "title": "(LEAD) S. Korea's Sept. exports jump 12.7 pct on record chip sales, more working days",
    "publisher": "Yonhap",
    "published": "2025-10-01",
    "notes": [
        "'last month' in an article of 2025-10-01 = September 2025; 'compared with $58.5 billion a year earlier' = exports value for September 2024.",
        "All growth rates are on-year (yoy); no month-on-month cue.",
        "'Chips accounted for 25.2 percent of the country's total exports': share of semiconductor exports, product 'semiconductors' (the 'Chips' sentence continues the semiconductors paragraph).",
        "'Petroleum products and petrochemicals ... respectively': two products, each with growth and value, paired in order.",
        "'South Korea's top trading partner': rank 1 of China in total trade (flow total), period the article's month.",
        "'the country's key export item' is not an ordinal: no rank labelled.",
        "'the third quarter' = 2025-07..2025-09; 'the January-September period' = 2025-01..2025-09.",
        "Out of scope, unlabelled: the daily average of exports ($2.75 billion, -6.1 percent; per-working-day figures); working-day counts (24, four); the 25 percent and 15 percent tariffs; the $350 billion investment package; the official's outlook (forecast).",
        "Milestones and streaks unlabelled: 'highest monthly level in three and a half years', 'largest monthly figure since March 2022', 'fourth consecutive month', 'four straight months', 'seventh consecutive month', 'four-month losing streak', 'largest for any September', 'largest quarterly amount on record', 'second month in a row', 'the only decline among major destinations'.",
        "'Shipments to the bloc exceeded those to the U.S.': a comparison without a figure, nothing labelled. 'the world's largest economy' is a description of the US, not a trade rank.",
    ],
    "facts": [
        fact(KR, "exports", "growth", 12.7, "percent", SEP, "12.7", LEAD),
        fact(KR, "exports", "value", 65.95e9, "USD", SEP, "65.95 billion", VAL),
        fact(KR, "exports", "value", 58.5e9, "USD", SEP24, "58.5 billion", VAL),
        fact(KR, "imports", "growth", 8.2, "percent", SEP, "8.2", IMP),
        fact(KR, "imports", "value", 56.39e9, "USD", SEP, "56.39 billion", IMP),
        fact(KR, "balance", "value", 9.56e9, "USD", SEP, "9.56 billion", IMP),
        fact(KR, "exports", "growth", 22, "percent", SEP, "22", CHIP, product="semiconductors"),
        fact(KR, "exports", "value", 16.61e9, "USD", SEP, "16.61 billion", CHIP, product="semiconductors"),
        fact(KR, "exports", "share", 25.2, "percent", SEP, "25.2", SHARE, product="semiconductors"),
        fact(KR, "exports", "growth", 16.8, "percent", SEP, "16.8", CAR, product="cars"),
        fact(KR, "exports", "value", 6.4e9, "USD", SEP, "6.4 billion", CAR, product="cars"),
        fact(KR, "exports", "growth", 21.9, "percent", SEP, "21.9", SHIP, product="ships"),
        fact(KR, "exports", "value", 2.89e9, "USD", SEP, "2.89 billion", SHIP, product="ships"),
        fact(KR, "exports", "growth", -4.7, "percent", SEP, "4.7", PET, product="petroleum products"),
        fact(KR, "exports", "growth", -3.9, "percent", SEP, "3.9", PET, product="petrochemicals"),
        fact(KR, "exports", "value", 3.93e9, "USD", SEP, "3.93 billion", PET, product="petroleum products"),
        fact(KR, "exports", "value", 3.56e9, "USD", SEP, "3.56 billion", PET, product="petrochemicals"),
        fact(KR, "total", "rank", 1, "number", SEP, "top", CHN, partner="China"),
        fact(KR, "exports", "growth", 0.5, "percent", SEP, "0.5", CHN, partner="China"),
        fact(KR, "exports", "value", 11.72e9, "USD", SEP, "11.72 billion", CHN, partner="China"),
        fact(KR, "exports", "growth", -1.4, "percent", SEP, "1.4", US, partner="United States"),
        fact(KR, "exports", "value", 10.27e9, "USD", SEP, "10.27 billion", US, partner="United States"),
        fact(KR, "exports", "growth", 17.8, "percent", SEP, "17.8", ASEAN, partner="ASEAN"),
        fact(KR, "exports", "value", 11.06e9, "USD", SEP, "11.06 billion", ASEAN, partner="ASEAN"),
        fact(KR, "exports", "growth", 6.6, "percent", Q3, "6.6", Q3S),
        fact(KR, "exports", "value", 185.03e9, "USD", Q3, "185.03 billion", Q3S),
        fact(KR, "exports", "value", 519.6e9, "USD", JAN_SEP, "519.6 billion", YTD),
        fact(KR, "exports", "growth", 2.1, "percent", JAN_SEP, "2.1", YTD),
    ],
}
