from _fact import fact, period

NOV = period(2025, 11)             # November 2025 ("last month" from the Dec. 1 dateline)
OCT = period(2025, 10)             # October 2025, named as the comparison month for cars
JAN_NOV = period(2025, 1, 11)      # "January through November" / "January-November"

KOR = "South Korea"

LEAD = "Exports totaled $61.04 billion last month, an 8.4 percent increase from a year earlier"
IMP = "With imports up 1.2 percent on-year at $51.3 billion, the trade surplus reached $9.73 billion"
CHIPS = "semiconductor shipments abroad jumped 38.6 percent on-year to $17.26 billion"
CHIP_SHARE = "Semiconductors made up 28.3 percent of all the country's exports"
CARS = ("Automobiles, the second-biggest item in the export basket, saw shipments rise 13.7 percent to $6.41 billion "
        "after a 10.5 percent on-year drop in October")
CAR_RANK = "Automobiles, the second-biggest item in the export basket"
SHIPS = "exports of ships up 16.5 percent to $2.89 billion"
PETRO = ("exports of petroleum products and petrochemicals down 10.3 percent and 14.1 percent, "
         "respectively, to $3.28 billion and $3.06 billion")
CHINA = "a 6.9 percent rise in shipments to China, the top destination for South Korean goods, to $12.07 billion"
US = "Exports to the United States edged down 0.2 percent to $10.35 billion"
ASEAN = "Shipments bound for the Association of Southeast Asian Nations (ASEAN) rose 6.3 percent to $10.4 billion"
YTD = "For January through November, exports climbed 2.9 percent on-year to a record $640.2 billion"
YTD_BAL = "the trade surplus totaled $66.07 billion"
YTD_ITEMS = ("Over the same stretch, semiconductor and automobile exports added up to $152.6 billion and "
             "$66.04 billion, respectively")

ARTICLE = {
    "id": "dAJ2_03_korea_exports_nov_2025",
    "title": "(LEAD) Record chip shipments, car recovery lift S. Korea's Nov. exports 8.4 pct",
    "publisher": "Yonhap",
    "published": "2025-12-01",
    "notes": [
        "Area South Korea throughout (Ministry of Trade, Industry and Resources data); 'last month' from the Dec. 1, 2025 dateline is November 2025, the running period; all growth is on-year (yoy).",
        "'after a 10.5 percent on-year drop in October' is a stated observation for car exports in October 2025: growth -10.5, period October.",
        "'the second-biggest item in the export basket' is rank 2 on automobile exports; 'the top destination for South Korean goods' is rank 1 on exports to China.",
        "Semiconductor share 28.3 percent is of total exports (share of a larger whole, product semiconductors).",
        "Petroleum products / petrochemicals: a double 'respectively' list pairing 10.3/3.28 billion and 14.1/3.06 billion.",
        "'Over the same stretch' carries the January-November period from the previous paragraph; semiconductors and automobiles in a 'respectively' list.",
        "Out of scope: daily average exports 13.3 percent / $2.71 billion (per-working-day averages); US$700 billion annual target and the official's $60 billion December threshold (forecasts/conditions); 15 percent U.S. car tariff; 366 trillion won (US$249 billion) policy financing (not a trade flow); Bank of Korea growth forecasts 1.8/1.6 percent; streaks ('a sixth straight month'); 'over eight years'.",
    ],
    "facts": [
        fact(KOR, "exports", "value", 61.04e9, "USD", NOV, "61.04 billion", LEAD),
        fact(KOR, "exports", "growth", 8.4, "percent", NOV, "8.4", LEAD),
        fact(KOR, "imports", "growth", 1.2, "percent", NOV, "1.2", IMP),
        fact(KOR, "imports", "value", 51.3e9, "USD", NOV, "51.3 billion", IMP),
        fact(KOR, "balance", "value", 9.73e9, "USD", NOV, "9.73 billion", IMP),
        fact(KOR, "exports", "growth", 38.6, "percent", NOV, "38.6", CHIPS, product="semiconductors"),
        fact(KOR, "exports", "value", 17.26e9, "USD", NOV, "17.26 billion", CHIPS, product="semiconductors"),
        fact(KOR, "exports", "share", 28.3, "percent", NOV, "28.3", CHIP_SHARE, product="semiconductors"),
        fact(KOR, "exports", "growth", 13.7, "percent", NOV, "13.7", CARS, product="automobiles"),
        fact(KOR, "exports", "value", 6.41e9, "USD", NOV, "6.41 billion", CARS, product="automobiles"),
        fact(KOR, "exports", "rank", 2, "number", NOV, "second-biggest", CAR_RANK, product="automobiles"),
        fact(KOR, "exports", "growth", -10.5, "percent", OCT, "10.5", CARS, product="automobiles"),
        fact(KOR, "exports", "growth", 16.5, "percent", NOV, "16.5", SHIPS, product="ships"),
        fact(KOR, "exports", "value", 2.89e9, "USD", NOV, "2.89 billion", SHIPS, product="ships"),
        fact(KOR, "exports", "growth", -10.3, "percent", NOV, "10.3", PETRO, product="petroleum products"),
        fact(KOR, "exports", "growth", -14.1, "percent", NOV, "14.1", PETRO, product="petrochemicals"),
        fact(KOR, "exports", "value", 3.28e9, "USD", NOV, "3.28 billion", PETRO, product="petroleum products"),
        fact(KOR, "exports", "value", 3.06e9, "USD", NOV, "3.06 billion", PETRO, product="petrochemicals"),
        fact(KOR, "exports", "growth", 6.9, "percent", NOV, "6.9", CHINA, partner="China"),
        fact(KOR, "exports", "value", 12.07e9, "USD", NOV, "12.07 billion", CHINA, partner="China"),
        fact(KOR, "exports", "rank", 1, "number", NOV, "top", CHINA, partner="China"),
        fact(KOR, "exports", "growth", -0.2, "percent", NOV, "0.2", US, partner="United States"),
        fact(KOR, "exports", "value", 10.35e9, "USD", NOV, "10.35 billion", US, partner="United States"),
        fact(KOR, "exports", "growth", 6.3, "percent", NOV, "6.3", ASEAN, partner="ASEAN"),
        fact(KOR, "exports", "value", 10.4e9, "USD", NOV, "10.4 billion", ASEAN, partner="ASEAN"),
        fact(KOR, "exports", "growth", 2.9, "percent", JAN_NOV, "2.9", YTD),
        fact(KOR, "exports", "value", 640.2e9, "USD", JAN_NOV, "640.2 billion", YTD),
        fact(KOR, "balance", "value", 66.07e9, "USD", JAN_NOV, "66.07 billion", YTD_BAL),
        fact(KOR, "exports", "value", 152.6e9, "USD", JAN_NOV, "152.6 billion", YTD_ITEMS, product="semiconductors"),
        fact(KOR, "exports", "value", 66.04e9, "USD", JAN_NOV, "66.04 billion", YTD_ITEMS, product="automobiles"),
    ],
}
