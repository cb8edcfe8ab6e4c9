from _fact import fact, period

NOV = period(2025, 11)
OCT = period(2025, 10)
APR_NOV = period(2025, 4, 11)
FY25 = {"start": "2024-04", "end": "2025-03"}

LEAD = "India's merchandise exports grew 19.37 per cent in November to USD 38.13 billion"
LEAD_DEF = "shrank the trade deficit to USD 24.53 billion"
IMP = "imports slipping 1.88 per cent to USD 62.66 billion"
OCT_DEF = "In October, with festive demand lifting gold and silver imports, the deficit had climbed to an all-time high of USD 41.68 billion"
GOLD = ("November's gold imports plunged 59.15 per cent to USD 4.03 billion, far below the USD 14.72 billion of "
        "the month before")
OIL = "crude oil imports decreased 11.27 per cent to USD 14.11 billion"
US = ("November shipments to the US, India's largest export market, increased 22.61 per cent to USD 6.98 billion")
US_CUM = "Exports to America over April-November rose 11.38 per cent to USD 59.04 billion"
ELEC = "Electronic goods stayed a strong performer: their exports soared 38.99 per cent to USD 4.8 billion in November"
CUM = ("For April-November of the current fiscal year, exports were up 2.62 per cent at USD 292.07 billion and "
       "imports grew 5.59 per cent to USD 515.21 billion")
CUM_DEF = "That put the deficit for the eight months at USD 223.14 billion"
SERV = ("Services exports in November are put at an estimated USD 35.86 billion and services imports at USD 17.96 "
        "billion")
OVERALL = ("India's combined exports of goods and services in November reached an estimated USD 73.99 billion, up "
           "15.52 per cent from a year earlier")
FY = ("expects combined exports of goods and services to surpass USD 850 billion in 2025-26, against USD 825 billion "
      "in the previous fiscal")

ARTICLE = {
    "id": "dAC2_05_india_november_exports_gold_deficit",
    "title": "India's Nov exports grow 19.37 pc to USD 38.13 bn; trade gap eases to USD 24.53 bn",
    "publisher": "PTI",
    "published": "2025-12-15",
    "notes": [
        "Area India throughout; period November 2025 unless stated. Merchandise (goods) figures: product null.",
        "No comparison basis given for the November growth rates (exports, imports, gold, crude oil, the US, "
        "electronic goods): yoy, the ministry's standard; the combined 15.52% says 'from a year earlier'.",
        "Deficits are negative balances: November -24.53 bn, October -41.68 bn, April-November -223.14 bn.",
        "'far below the USD 14.72 billion of the month before': gold imports, October 2025 value.",
        "'India's largest export market': rank 1 of the US among India's export destinations, November 2025.",
        "'Exports to America' -> partner United States; 'over April-November' -> 2025-04..2025-11 (fiscal 2025-26).",
        "'the eight months' = April-November 2025.",
        "Services exports/imports: product 'services'; 'combined exports of goods and services': product "
        "'goods and services'.",
        "'against USD 825 billion in the previous fiscal': actual total exports of goods and services in fiscal 2024-25 "
        "(April 2024-March 2025), in scope; the USD 850 billion for 2025-26 is a forecast (out of scope).",
        "Out of scope, unlabelled: 'the fastest pace in more than three years' and 'an all-time high' as milestones (the "
        "October deficit value itself is labelled); the 50 per cent US tariff rate; the Rs 25,060 crore Export "
        "Promotion Mission outlay (not a trade flow).",
    ],
    "facts": [
        fact("India", "exports", "growth", 19.37, "percent", NOV, "19.37", LEAD),
        fact("India", "exports", "value", 38.13e9, "USD", NOV, "38.13 billion", LEAD),
        fact("India", "balance", "value", -24.53e9, "USD", NOV, "24.53 billion", LEAD_DEF),
        fact("India", "imports", "growth", -1.88, "percent", NOV, "1.88", IMP),
        fact("India", "imports", "value", 62.66e9, "USD", NOV, "62.66 billion", IMP),
        fact("India", "balance", "value", -41.68e9, "USD", OCT, "41.68 billion", OCT_DEF),
        fact("India", "imports", "growth", -59.15, "percent", NOV, "59.15", GOLD, product="gold"),
        fact("India", "imports", "value", 4.03e9, "USD", NOV, "4.03 billion", GOLD, product="gold"),
        fact("India", "imports", "value", 14.72e9, "USD", OCT, "14.72 billion", GOLD, product="gold"),
        fact("India", "imports", "growth", -11.27, "percent", NOV, "11.27", OIL, product="crude oil"),
        fact("India", "imports", "value", 14.11e9, "USD", NOV, "14.11 billion", OIL, product="crude oil"),
        fact("India", "exports", "rank", 1, "number", NOV, "largest", US, partner="United States"),
        fact("India", "exports", "growth", 22.61, "percent", NOV, "22.61", US, partner="United States"),
        fact("India", "exports", "value", 6.98e9, "USD", NOV, "6.98 billion", US, partner="United States"),
        fact("India", "exports", "growth", 11.38, "percent", APR_NOV, "11.38", US_CUM, partner="United States"),
        fact("India", "exports", "value", 59.04e9, "USD", APR_NOV, "59.04 billion", US_CUM, partner="United States"),
        fact("India", "exports", "growth", 38.99, "percent", NOV, "38.99", ELEC, product="electronic goods"),
        fact("India", "exports", "value", 4.8e9, "USD", NOV, "4.8 billion", ELEC, product="electronic goods"),
        fact("India", "exports", "growth", 2.62, "percent", APR_NOV, "2.62", CUM),
        fact("India", "exports", "value", 292.07e9, "USD", APR_NOV, "292.07 billion", CUM),
        fact("India", "imports", "growth", 5.59, "percent", APR_NOV, "5.59", CUM),
        fact("India", "imports", "value", 515.21e9, "USD", APR_NOV, "515.21 billion", CUM),
        fact("India", "balance", "value", -223.14e9, "USD", APR_NOV, "223.14 billion", CUM_DEF),
        fact("India", "exports", "value", 35.86e9, "USD", NOV, "35.86 billion", SERV, product="services"),
        fact("India", "imports", "value", 17.96e9, "USD", NOV, "17.96 billion", SERV, product="services"),
        fact("India", "exports", "value", 73.99e9, "USD", NOV, "73.99 billion", OVERALL, product="goods and services"),
        fact("India", "exports", "growth", 15.52, "percent", NOV, "15.52", OVERALL, product="goods and services"),
        fact("India", "exports", "value", 825e9, "USD", FY25, "825 billion", FY, product="goods and services"),
    ],
}
