from _fact import fact, period

NOV = period(2025, 11)             # November 2025
OCT = period(2025, 10)             # October 2025
NOV24 = period(2024, 11)           # November 2024
APR_NOV = period(2025, 4, 11)      # April-November 2025 (first eight months of FY2025-26)

LEAD = "India's merchandise exports surged 19.37% year-on-year to $38.13 billion in November"
BASE = "Outbound shipments had been valued at $31.94 billion in November 2024"
IMP = "Imports declined 1.88% to $62.66 billion"
DEF = "The merchandise trade deficit consequently shrank to $24.53 billion, from an all-time high of $41.68 billion in October"
DEF24 = "The gap was $31.93 billion in the year-ago month"
GOLD = "Gold imports plunged 59.15% to $4.02 billion"
OIL = "crude oil imports contracted 11.27% to $14.11 billion on softer global prices"
US = "Shipments to the US, India's largest export market, grew 22.61% to $6.98 billion"
US_MOM = "Sequentially, exports to the US were up 10.62% from $6.31 billion in October"
US_YTD = "For April-November, exports to the American market rose 11.28%"
ELEC = "Their exports rose 38.9% to $4.81 billion in November, taking the April-November total to $31.12 billion"
SERV = "The ministry estimated services exports for November at $35.86 billion, up 11.67% from a year ago"
SERV_IMP = "services imports were pegged at $17.96 billion"
CUM = "For the first eight months of the fiscal year, merchandise exports rose 2.62% to $292.07 billion"
CUM_IMP = "imports were up 5.59% at $515.21 billion"
CUM_DEF = "leaving a cumulative goods trade gap of $223.14 billion"

ARTICLE = {
    "id": "dAK2_05_india_trade_nov_2025",
    "title": "India's merchandise exports jump 19% in November; trade deficit shrinks to $24.53 billion",
    "publisher": "Economic Times",
    "published": "2025-12-15",
    "notes": [
        "Publisher: the text names ET ('told ET'); dateline 'NEW DELHI:' carries no date, so the date is the commerce ministry release (Monday 15 December 2025), which the text calls 'Monday'.",
        "The headline's '19%' and '$24.53 billion' restate body facts (19.37% rounded; deficit): labelled once from the body. The title is not article text.",
        "All merchandise figures are for India (area from the lead). 'the year-ago month' -> November 2024; 'in October' -> October 2025.",
        "'all-time high of $41.68 billion in October' is the October 2025 deficit: a value fact for October; 'all-time high' itself is a milestone and out.",
        "'Sequentially ... up 10.62% from $6.31 billion in October': the growth is November mom; the $6.31 billion is the October 2025 value of exports to the US.",
        "'India's largest export market' -> rank 1 for exports to the United States, November 2025.",
        "Electronics: 'Their exports' carries product 'electronic goods' from the previous sentence; the April-November total ($31.12 billion) is a value for 2025-04..2025-11.",
        "'For the first eight months of the fiscal year' = April-November 2025 (FY2025-26 starts in April).",
        "'cumulative goods trade gap of $223.14 billion' -> April-November balance, negative.",
        "Services figures are ministry estimates; labelled as stated, product 'services'. Services import growth is not given.",
        "Crude oil: product 'crude oil' as written, imports.",
        "Out of scope: 'positive export growth to 14 of its 20 largest destinations' (conditional count), the US tariff (50%), Brent price ($63), current account deficit (1% of GDP), rupee rate (90), scheme outlay (Rs 25,060 crore, six years), 'more than a decade'.",
        "The economist and her firm are fictional; the commerce secretary's remark is reported without numbers.",
    ],
    "facts": [
        fact("India", "exports", "growth", 19.37, "percent", NOV, "19.37", LEAD),
        fact("India", "exports", "value", 38.13e9, "USD", NOV, "38.13 billion", LEAD),
        fact("India", "exports", "value", 31.94e9, "USD", NOV24, "31.94 billion", BASE),
        fact("India", "imports", "growth", -1.88, "percent", NOV, "1.88", IMP),
        fact("India", "imports", "value", 62.66e9, "USD", NOV, "62.66 billion", IMP),
        fact("India", "balance", "value", -24.53e9, "USD", NOV, "24.53 billion", DEF),
        fact("India", "balance", "value", -41.68e9, "USD", OCT, "41.68 billion", DEF),
        fact("India", "balance", "value", -31.93e9, "USD", NOV24, "31.93 billion", DEF24),
        fact("India", "imports", "growth", -59.15, "percent", NOV, "59.15", GOLD, product="gold"),
        fact("India", "imports", "value", 4.02e9, "USD", NOV, "4.02 billion", GOLD, product="gold"),
        fact("India", "imports", "growth", -11.27, "percent", NOV, "11.27", OIL, product="crude oil"),
        fact("India", "imports", "value", 14.11e9, "USD", NOV, "14.11 billion", OIL, product="crude oil"),
        fact("India", "exports", "rank", 1, "number", NOV, "largest", US, partner="United States"),
        fact("India", "exports", "growth", 22.61, "percent", NOV, "22.61", US, partner="United States"),
        fact("India", "exports", "value", 6.98e9, "USD", NOV, "6.98 billion", US, partner="United States"),
        fact("India", "exports", "growth", 10.62, "percent", NOV, "10.62", US_MOM, partner="United States", basis="mom"),
        fact("India", "exports", "value", 6.31e9, "USD", OCT, "6.31 billion", US_MOM, partner="United States"),
        fact("India", "exports", "growth", 11.28, "percent", APR_NOV, "11.28", US_YTD, partner="United States"),
        fact("India", "exports", "growth", 38.9, "percent", NOV, "38.9", ELEC, product="electronic goods"),
        fact("India", "exports", "value", 4.81e9, "USD", NOV, "4.81 billion", ELEC, product="electronic goods"),
        fact("India", "exports", "value", 31.12e9, "USD", APR_NOV, "31.12 billion", ELEC, product="electronic goods"),
        fact("India", "exports", "value", 35.86e9, "USD", NOV, "35.86 billion", SERV, product="services"),
        fact("India", "exports", "growth", 11.67, "percent", NOV, "11.67", SERV, product="services"),
        fact("India", "imports", "value", 17.96e9, "USD", NOV, "17.96 billion", SERV_IMP, product="services"),
        fact("India", "exports", "growth", 2.62, "percent", APR_NOV, "2.62", CUM),
        fact("India", "exports", "value", 292.07e9, "USD", APR_NOV, "292.07 billion", CUM),
        fact("India", "imports", "growth", 5.59, "percent", APR_NOV, "5.59", CUM_IMP),
        fact("India", "imports", "value", 515.21e9, "USD", APR_NOV, "515.21 billion", CUM_IMP),
        fact("India", "balance", "value", -223.14e9, "USD", APR_NOV, "223.14 billion", CUM_DEF),
    ],
}
