from _fact import fact, period

NOV = period(2025, 11)
OCT = period(2025, 10)
NOV_2024 = period(2024, 11)
APR_NOV = period(2025, 4, 11)

LEAD = "Merchandise exports from India climbed 19.37 per cent to $38.13 billion in November"
INR = "Measured in rupees, the month's exports amounted to about ₹3.38 lakh crore"
IMP = "The import bill slipped 1.88 per cent year-on-year to $62.66 billion"
DEF = "That brought the trade deficit down to $24.53 billion, a five-month low, from an all-time high of $41.68 billion in October; in November 2024 the gap had been $31.93 billion"
GOLD = "inbound gold shipments tumbled 59.15 per cent to $4.02 billion"
OIL = "Oil purchases from abroad dropped 11.27 per cent"
US = "Shipments to the US, the largest destination for Indian goods, rose 22.61 per cent to $6.98 billion in November"
US_CUM = "Cumulative exports to America for April-November reached $59.04 billion"
US_MOM = "US-bound exports had risen 10.62 per cent over October's level"
CN_UAE = "Exports to China, on a steady upward path this fiscal year, surged 90.1 per cent in November, and those to the UAE increased 8.4 per cent to $3.27 billion"
ELEC = "electronic goods led all categories: their exports jumped 38.5 per cent to $4.8 billion"
CUM = "In April-November, merchandise exports grew 2.62 per cent to $292.07 billion and imports advanced 5.59 per cent to $515.21 billion"
CUM_DEF = "That put the trade deficit for the eight months at $223.14 billion"
SERV = "The ministry's estimate for November services exports is $35.86 billion, an increase of 11.67 per cent on the year"
OVERALL = "Combining goods and services, total exports came to $73.99 billion, while the trade deficit on that overall basis shrank to $6.64 billion"

ARTICLE = {
    "id": "dAB2_05_et_india_november_2025_trade",
    "title": "November exports up 19% as slump in gold imports pulls India's trade deficit to five-month low",
    "publisher": "The Economic Times",
    "published": "2025-12-15",
    "notes": [
        "Area India throughout; merchandise figures have product null; 'November' is November 2025 (publication 2025-12-15).",
        "'about ₹3.38 lakh crore': the November export value in rupees, a second currency for the same observation; INR fact, approx.",
        "Growth rates with no stated base ('climbed 19.37 per cent', 'tumbled 59.15 per cent', 'surged 90.1 per cent'...) are year-on-year by default.",
        "Deficit sentence: three balance observations, November 2025 (-24.53bn), October 2025 (-41.68bn) and November 2024 (-31.93bn), each with its own period.",
        "'inbound gold shipments' product 'gold'; 'Oil purchases from abroad' product 'oil'.",
        "'the largest destination for Indian goods': exports rank 1, partner United States, November 2025 (the sentence's month).",
        "'Cumulative exports to America for April-November': partner United States, April-November 2025.",
        "'US-bound exports had risen 10.62 per cent over October's level': basis mom, November 2025.",
        "'electronic goods led all categories: their exports jumped 38.5 per cent to $4.8 billion': product 'electronic goods', November.",
        "'In April-November' is April-November 2025 (fiscal 2025-26); 'the trade deficit for the eight months' is that period's merchandise balance.",
        "'November services exports': product 'services'. 'Combining goods and services, total exports ... the trade deficit on that overall basis': product 'goods and services', November 2025.",
        "Out of scope, unlabelled: 'a five-month low' and 'their best November showing in over ten years' (milestones), the 50 per cent US levy, the current account forecast of 'close to 1 per cent of GDP in 2025-26', 'the first tranche' of the trade deal (not a trade flow), the ₹25,060 crore export promotion mission (a budget, not a trade flow).",
    ],
    "facts": [
        fact("India", "exports", "growth", 19.37, "percent", NOV, "19.37", LEAD),
        fact("India", "exports", "value", 38.13e9, "USD", NOV, "38.13 billion", LEAD),
        fact("India", "exports", "value", 3.38e12, "INR", NOV, "3.38 lakh crore", INR, qualifier="approx"),
        fact("India", "imports", "growth", -1.88, "percent", NOV, "1.88", IMP),
        fact("India", "imports", "value", 62.66e9, "USD", NOV, "62.66 billion", IMP),
        fact("India", "balance", "value", -24.53e9, "USD", NOV, "24.53 billion", DEF),
        fact("India", "balance", "value", -41.68e9, "USD", OCT, "41.68 billion", DEF),
        fact("India", "balance", "value", -31.93e9, "USD", NOV_2024, "31.93 billion", DEF),
        fact("India", "imports", "growth", -59.15, "percent", NOV, "59.15", GOLD, product="gold"),
        fact("India", "imports", "value", 4.02e9, "USD", NOV, "4.02 billion", GOLD, product="gold"),
        fact("India", "imports", "growth", -11.27, "percent", NOV, "11.27", OIL, product="oil"),
        fact("India", "exports", "rank", 1, "number", NOV, "largest", US, partner="United States"),
        fact("India", "exports", "growth", 22.61, "percent", NOV, "22.61", US, partner="United States"),
        fact("India", "exports", "value", 6.98e9, "USD", NOV, "6.98 billion", US, partner="United States"),
        fact("India", "exports", "value", 59.04e9, "USD", APR_NOV, "59.04 billion", US_CUM, partner="United States"),
        fact("India", "exports", "growth", 10.62, "percent", NOV, "10.62", US_MOM, partner="United States", basis="mom"),
        fact("India", "exports", "growth", 90.1, "percent", NOV, "90.1", CN_UAE, partner="China"),
        fact("India", "exports", "growth", 8.4, "percent", NOV, "8.4", CN_UAE, partner="United Arab Emirates"),
        fact("India", "exports", "value", 3.27e9, "USD", NOV, "3.27 billion", CN_UAE, partner="United Arab Emirates"),
        fact("India", "exports", "growth", 38.5, "percent", NOV, "38.5", ELEC, product="electronic goods"),
        fact("India", "exports", "value", 4.8e9, "USD", NOV, "4.8 billion", ELEC, product="electronic goods"),
        fact("India", "exports", "growth", 2.62, "percent", APR_NOV, "2.62", CUM),
        fact("India", "exports", "value", 292.07e9, "USD", APR_NOV, "292.07 billion", CUM),
        fact("India", "imports", "growth", 5.59, "percent", APR_NOV, "5.59", CUM),
        fact("India", "imports", "value", 515.21e9, "USD", APR_NOV, "515.21 billion", CUM),
        fact("India", "balance", "value", -223.14e9, "USD", APR_NOV, "223.14 billion", CUM_DEF),
        fact("India", "exports", "value", 35.86e9, "USD", NOV, "35.86 billion", SERV, product="services"),
        fact("India", "exports", "growth", 11.67, "percent", NOV, "11.67", SERV, product="services"),
        fact("India", "exports", "value", 73.99e9, "USD", NOV, "73.99 billion", OVERALL, product="goods and services"),
        fact("India", "balance", "value", -6.64e9, "USD", NOV, "6.64 billion", OVERALL, product="goods and services"),
    ],
}
