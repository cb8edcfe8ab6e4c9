from _fact import fact, period

SEP = period(2025, 9)
SEP24 = period(2024, 9)
Q3 = period(2025, 7, 9)
JAN_SEP = period(2025, 1, 9)
KR = "South Korea"

LEAD = "lifted South Korea's September exports 12.7 percent from a year earlier"
VAL = "Exports totaled US$65.95 billion last month, up from $58.5 billion in the same month of 2024"
IMP = "With imports up 8.2 percent at $56.39 billion, the country logged a trade surplus of $9.56 billion"
CHIP = "Semiconductors, the nation's flagship export, posted a record monthly total of $16.61 billion, up 22 percent on-year"
SHARE = "Chips made up 25.2 percent of overall exports"
CAR = "Exports of automobiles climbed 16.8 percent to $6.4 billion"
SHIP = "Ship exports grew for a seventh month running, up 21.9 percent at $2.89 billion"
PET = "shipments of petroleum products and petrochemicals fell to $3.93 billion and $3.56 billion, down 4.7 percent and 3.9 percent, respectively"
CHN = "shipments to China, the country's top trading partner, inched up 0.5 percent to $11.72 billion"
US = "Exports to the United States, on the other hand, slipped 1.4 percent to $10.27 billion"
ASEAN = "Exports to the Association of Southeast Asian Nations (ASEAN) surged 17.8 percent to a September record of $11.06 billion"
Q3S = "Third-quarter exports reached an all-time quarterly high of $185.03 billion, up 6.6 percent on-year"
YTD = "Cumulative exports for January-September stood at $519.6 billion, a 2.1 percent increase from a year earlier"

ARTICLE = {
    "id": "dAA2_03_korea_exports_september",
    "title": "(LEAD) S. Korea's exports surge 12.7 pct in Sept. on record chip sales, extra working days",
    "publisher": "Yonhap",
    "published": "2025-10-01",
    "notes": [
        "'last month' in an article of 2025-10-01 = September 2025; 'up from $58.5 billion in the same month of 2024' = exports value for September 2024.",
        "All growth rates are on-year (yoy); no month-on-month cue.",
        "'Chips made up 25.2 percent of overall exports': share of semiconductor exports, product 'semiconductors' (the 'Chips' sentence continues the semiconductors paragraph).",
        "'petroleum products and petrochemicals fell to ... respectively': two products, each with growth and value, paired in order.",
        "'the country's top trading partner': rank 1 of China in total trade (flow total), period the article's month.",
        "'the nation's flagship export' is not an ordinal: no rank labelled.",
        "'Third-quarter' = 2025-07..2025-09; 'January-September' = 2025-01..2025-09.",
        "Out of scope, unlabelled: the daily average of exports ($2.75 billion, -6.1 percent; per-working-day figures); working-day counts (24, four); the 25 percent and 15 percent tariffs; the $350 billion investment package; the official's outlook (forecast).",
        "Milestones and streaks unlabelled: 'strongest monthly total in three and a half years', 'biggest monthly amount since March 2022', 'the fourth month in a row', 'a fourth straight month', 'a record monthly total' (chips), 'a seventh month running', 'a four-month run of declines', 'a September record' (cars, ASEAN), 'an all-time quarterly high', 'a second consecutive month', 'the sole major market to shrink'.",
        "'the bloc took more Korean goods than the U.S. did': a comparison without a figure, nothing labelled. 'the world's largest economy' is a description of the US, not a trade rank.",
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
