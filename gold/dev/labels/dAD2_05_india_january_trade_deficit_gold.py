from _fact import fact, period

JAN = period(2026, 1)
DEC = period(2025, 12)
JAN25 = period(2025, 1)
APR_JAN = {"start": "2025-04", "end": "2026-01"}        # April-January 2025-26
APR_JAN_PREV = {"start": "2024-04", "end": "2025-01"}   # April-January 2024-25
FY25 = {"start": "2024-04", "end": "2025-03"}           # fiscal 2024-25

LEAD = "In January, India's merchandise exports inched up just 0.61 per cent year-on-year to USD 36.56 billion"
DEFICIT = "a jump in imports of gold and silver drove the trade deficit to USD 34.68 billion"
IMP = "imports climbed 19.2 per cent to USD 71.24 billion in the month"
DEC_GAP = "In December, the trade deficit was USD 25.04 billion."
GOLD = ("Imports of gold soared 349.22 per cent to USD 12.07 billion in January, compared with USD 2.69 billion a "
        "year earlier")
SILVER = "purchases of silver from abroad rose 127 per cent"
SWISS = "Gold arriving from Switzerland rose 836.85 per cent to USD 3.95 billion."
OIL = "Spending on oil imports, on the other hand, eased 0.24 per cent to USD 13.4 billion in January."
US_RANK = "the US, the largest export market for India"
US = "Exports to the US, the largest export market for India, fell 22.9 per cent to USD 6.41 billion in January"
US_CUM = "In the April-January period, though, shipments to America grew 5.84 per cent to USD 72.46 billion."
FY25_TOTAL = ("both goods and services exports were still trending higher and that total exports were projected to "
              "exceed USD 860 billion in 2025-26, compared with USD 825 billion a fiscal year earlier")
CUM = ("For April-January 2025-26 as a whole, merchandise exports grew 2.22 per cent to USD 366.63 billion and "
       "imports increased 7.21 per cent to USD 649.86 billion")
CUM_GAP = ("Over the ten months, the trade deficit rose to USD 283.23 billion, up from USD 247.38 billion in the "
           "same period a year before.")
SERV = "The ministry estimated January's services exports at USD 43.89 billion"
TOTAL = ("Total exports of goods and services for April-January are put at USD 720.76 billion, 6.15 per cent "
         "more than")
TOTAL_GAP = "Counting services, the overall trade deficit for January widened to USD 10.38 billion."

ARTICLE = {
    "id": "dAD2_05_india_january_trade_deficit_gold",
    "title": "Jan trade deficit widens to USD 34.68 bn on gold, silver imports; exports edge up 0.61 pc",
    "publisher": "PTI",
    "published": "2026-02-16",
    "notes": [
        "Area India throughout (dateline New Delhi, 'India's merchandise exports', 'the country's').",
        "Unqualified 'exports', 'imports' and 'trade deficit' are merchandise figures: product null. "
        "Services figures are product 'services'; 'total exports of goods and services' and 'Counting services, the "
        "overall trade deficit' are product 'goods and services'.",
        "Year-on-year is the basis throughout (the lead says 'year-on-year'; no month-on-month figures).",
        "'In December, the trade deficit was USD 25.04 billion': merchandise balance December 2025, -25.04e9.",
        "'compared with USD 2.69 billion a year earlier': gold imports January 2025, a separate value fact.",
        "'Gold arriving from Switzerland': gold imports (product gold) from partner Switzerland.",
        "'Spending on oil imports': imports, product 'oil'.",
        "'the US, the largest export market for India': exports, partner United States, rank 1, period January "
        "2026 (the article's month; the ranking is stated without a period of its own).",
        "'shipments to America' -> partner United States, period April 2025-January 2026.",
        "'compared with USD 825 billion a fiscal year earlier': overall exports of goods and services (the sentence's "
        "'both goods and services exports ... total exports') in fiscal 2024-25, April 2024-March "
        "2025; value fact, exact.",
        "'April-January 2025-26' and 'the ten months': April 2025-January 2026; 'the same period a year before': April "
        "2024-January 2025. 'Total exports ... for April-January' is the same fiscal period.",
        "Out of scope, unlabelled: 'the highest in three months' and 'the sharpest rise so far in this fiscal year' (milestones), "
        "the USD 860 billion and USD 410 billion expectations for 2025-26 (forecasts), the 50 and 18 per cent tariffs "
        "(not trade flows).",
    ],
    "facts": [
        fact("India", "exports", "growth", 0.61, "percent", JAN, "0.61", LEAD),
        fact("India", "exports", "value", 36.56e9, "USD", JAN, "36.56 billion", LEAD),
        fact("India", "balance", "value", -34.68e9, "USD", JAN, "34.68 billion", DEFICIT),
        fact("India", "imports", "growth", 19.2, "percent", JAN, "19.2", IMP),
        fact("India", "imports", "value", 71.24e9, "USD", JAN, "71.24 billion", IMP),
        fact("India", "balance", "value", -25.04e9, "USD", DEC, "25.04 billion", DEC_GAP),
        fact("India", "imports", "growth", 349.22, "percent", JAN, "349.22", GOLD, product="gold"),
        fact("India", "imports", "value", 12.07e9, "USD", JAN, "12.07 billion", GOLD, product="gold"),
        fact("India", "imports", "value", 2.69e9, "USD", JAN25, "2.69 billion", GOLD, product="gold"),
        fact("India", "imports", "growth", 127, "percent", JAN, "127", SILVER, product="silver"),
        fact("India", "imports", "growth", 836.85, "percent", JAN, "836.85", SWISS, partner="Switzerland", product="gold"),
        fact("India", "imports", "value", 3.95e9, "USD", JAN, "3.95 billion", SWISS, partner="Switzerland", product="gold"),
        fact("India", "imports", "growth", -0.24, "percent", JAN, "0.24", OIL, product="oil"),
        fact("India", "imports", "value", 13.4e9, "USD", JAN, "13.4 billion", OIL, product="oil"),
        fact("India", "exports", "rank", 1, "number", JAN, "largest", US_RANK, partner="United States"),
        fact("India", "exports", "growth", -22.9, "percent", JAN, "22.9", US, partner="United States"),
        fact("India", "exports", "value", 6.41e9, "USD", JAN, "6.41 billion", US, partner="United States"),
        fact("India", "exports", "growth", 5.84, "percent", APR_JAN, "5.84", US_CUM, partner="United States"),
        fact("India", "exports", "value", 72.46e9, "USD", APR_JAN, "72.46 billion", US_CUM, partner="United States"),
        fact("India", "exports", "value", 825e9, "USD", FY25, "825 billion", FY25_TOTAL, product="goods and services"),
        fact("India", "exports", "growth", 2.22, "percent", APR_JAN, "2.22", CUM),
        fact("India", "exports", "value", 366.63e9, "USD", APR_JAN, "366.63 billion", CUM),
        fact("India", "imports", "growth", 7.21, "percent", APR_JAN, "7.21", CUM),
        fact("India", "imports", "value", 649.86e9, "USD", APR_JAN, "649.86 billion", CUM),
        fact("India", "balance", "value", -283.23e9, "USD", APR_JAN, "283.23 billion", CUM_GAP),
        fact("India", "balance", "value", -247.38e9, "USD", APR_JAN_PREV, "247.38 billion", CUM_GAP),
        fact("India", "exports", "value", 43.89e9, "USD", JAN, "43.89 billion", SERV, product="services"),
        fact("India", "exports", "value", 720.76e9, "USD", APR_JAN, "720.76 billion", TOTAL, product="goods and services"),
        fact("India", "exports", "growth", 6.15, "percent", APR_JAN, "6.15", TOTAL, product="goods and services"),
        fact("India", "balance", "value", -10.38e9, "USD", JAN, "10.38 billion", TOTAL_GAP, product="goods and services"),
    ],
}
