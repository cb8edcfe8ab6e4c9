from _fact import fact, period

NOV = period(2025, 11)             # November 2025
OCT = period(2025, 10)             # October 2025
NOV24 = period(2024, 11)           # November 2024
APR_NOV = period(2025, 4, 11)      # April-November 2025 (first eight months of FY2025-26)

LEAD = "India's merchandise exports climbed to $38.13 billion in November, a 19.37% year-on-year jump"
BASE = "exports in November 2024 were worth $31.94 billion"
IMP = "pulled imports down 1.88% to $62.66 billion"
DEF = "the merchandise trade deficit narrowed to $24.53 billion from October's all-time high of $41.68 billion"
DEF24 = "in November 2024, the gap had stood at $31.93 billion"
GOLD = "inbound gold shipments sank 59.15% to $4.02 billion"
OIL = "purchases of crude oil from abroad slid 11.27% to $14.11 billion"
US = "exports to the US, which is India's largest export market, rose 22.61% to $6.98 billion"
US_MOM = "Against October's $6.31 billion, US-bound exports increased 10.62% month on month"
US_YTD = "shipments to the American market were 11.28% higher over April-November"
ELEC = "their November exports were worth $4.81 billion, up 38.9%, bringing shipments for April-November to $31.12 billion"
SERV = "November services exports reached $35.86 billion, an 11.67% rise from a year ago"
SERV_IMP = "imports of services were put at $17.96 billion"
CUM = "merchandise exports totalled $292.07 billion, 2.62% more than a year before"
CUM_IMP = "imports of $515.21 billion, up 5.59%"
CUM_DEF = "the goods trade deficit for the period thus came to $223.14 billion"

ARTICLE = {
    "id": "dAK2_05_india_trade_nov_2025",
    "title": "November merchandise exports up 19% for India as trade gap narrows to $24.53 billion",
    "publisher": "Economic Times",
    "published": "2025-12-15",
    "notes": [
        "Publisher: the text names ET ('told ET'); dateline 'NEW DELHI:' carries no date, so the date is the commerce ministry release (Monday 15 December 2025), which the text calls 'Monday'.",
        "The headline's '19%' and '$24.53 billion' restate body facts (19.37% rounded; deficit): labelled once from the body. The title is not article text.",
        "All merchandise figures are for India (area from the lead). 'A year earlier, in November 2024' -> November 2024; 'October's' -> October 2025.",
        "'October's all-time high of $41.68 billion' is the October 2025 deficit: a value fact for October; 'all-time high' itself is a milestone and out.",
        "'Against October's $6.31 billion, US-bound exports increased 10.62% month on month': the growth is November mom; the $6.31 billion is the October 2025 value of exports to the US.",
        "'India's largest export market' -> rank 1 for exports to the United States, November 2025.",
        "Electronics: 'their November exports' carries product 'electronic goods' from the start of the sentence; the April-November total ($31.12 billion) is a value for 2025-04..2025-11.",
        "'Over April-November, the fiscal year's first eight months' = April-November 2025 (FY2025-26 starts in April).",
        "'the goods trade deficit for the period thus came to $223.14 billion' -> April-November balance, negative.",
        "Services figures are ministry estimates; labelled as stated, product 'services'. Services import growth is not given.",
        "Crude oil: product 'crude oil' as written, imports.",
        "Out of scope: 'exports rising to 14 of India's 20 largest destinations' (conditional count), the US tariff (50%), Brent price ($63), current account deficit (1% of GDP), rupee rate (90), scheme outlay (Rs 25,060 crore, six years), 'more than a decade'.",
        "The economist and her firm are fictional; the official's remark is reported without numbers.",
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
