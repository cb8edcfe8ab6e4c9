from _fact import fact, period

APR = period(2025, 4)
YTD = period(2025, 1, 4)
KR = "South Korea"
US = "United States"
EU = "European Union"
E_EXP = "April exports at US$58.21 billion (about 83.2 trillion won), up 3.7 percent on-year"
E_IMP = "With imports 2.7 percent lower than a year before at $53.32 billion, the country earned a trade surplus of $4.88 billion"
E_CHIP = ("Chips, South Korea's top export product, led the way with sales abroad of $11.7 billion, "
          "17.2 percent more than a year earlier and equal to 20.1 percent of all exports.")
E_CAR = "Automobiles brought in $6.5 billion, 3.8 percent less than a year ago."
E_SHIP = "Exports of ships, which rise and fall with the timing of deliveries, reached $2 billion, a gain of 17.3 percent."
E_OIL = "Of the 15 major items, petroleum products weighed most: with global oil prices lower, their exports slid 22.8 percent to $3.4 billion"
E_RESP = ("exports to China, the United States, ASEAN and the European Union came to $10.9 billion, $10.6 billion, "
          "$9.4 billion and $6.7 billion, respectively")
E_CN_ASEAN = "China took 3.9 percent more and the 10-member ASEAN bloc 4.5 percent more"
E_YTD = ("For the first four months of the year, exports totaled $218.2 billion, down 0.5 percent from the same period last year, "
         "while the cumulative trade surplus reached $12.3 billion.")

ARTICLE = {
    "id": "dAT2_03_korea_exports_apr_2025",
    "title": "Chip boom lifts South Korea's April exports 3.7 pct despite slide in U.S. sales",
    "publisher": "Yonhap",
    "published": "2025-05-01",
    "notes": [
        "Publisher and date from the dateline 'SEJONG, May 1 (Yonhap)'; the text never states the year: April and the first four months are 2025 from the publication date.",
        "Area 'South Korea' throughout ('South Korea' in the headline and the lead). The headline's '3.7 pct' is the body's export growth, labelled once.",
        "'US$58.21 billion (about 83.2 trillion won)': a USD fact and an approx KRW fact.",
        "'the country earned a trade surplus of $4.88 billion': a positive balance. 'its third monthly surplus in a row' and 'for a third month' are streaks: out.",
        "Forecasts are out: brokerages' projected '2 percent on-year decline'. The first-20-days figure ('5.2 percent fall') is part of a month: out. "
        "'Exports per working day ... rose 3.6 percent to $2.53 billion' are per-working-day averages: out.",
        "Semiconductors ('Chips'): 'South Korea's top export product' -> rank 1 among export items; growth 17.2, value $11.7 billion, share 20.1 percent of total exports.",
        "Cars: product 'cars' for 'Automobiles brought in' (-3.8%, $6.5 billion) and for 'car sales to the U.S. slumped 19.6 percent' (partner United States). The 25 percent levy is a tariff rate: out.",
        "Ships: product 'ships' ('Exports of ships'), $2 billion read as 2e9. Petroleum products: -22.8%, $3.4 billion; 'Of the 15 major items' is not a count of traders or partners: out.",
        "Respectively list: China, United States, ASEAN, European Union export values paired in order. Growth rates come from the next two sentences: "
        "China +3.9, ASEAN +4.5 ('the 10-member ASEAN bloc'; '10-member' is not a trade figure), EU +18.4 ('hit a monthly high after an 18.4 percent jump'; the high is a milestone, out), "
        "U.S. -6.8 ('falling 6.8 percent').",
        "'China regained its spot as South Korea's largest export market' -> rank 1 of China in exports, April.",
        "'surplus in trade with Washington came to $4.8 billion, $900 million less than a year before': Washington stands for the United States; the level $4.8 billion is labelled (positive), "
        "the $900 million change is a derived comparison: out.",
        "Year to date: 'first four months of the year' -> 2025-01..2025-04: exports $218.2 billion, growth -0.5, cumulative surplus $12.3 billion.",
        "Out: 'a record for any April' (milestone), DRAM price comment, the ministry's expectation for May (forecast), the 90-day tariff pause.",
    ],
    "facts": [
        fact(KR, "exports", "growth", 3.7, "percent", APR, "3.7", E_EXP),
        fact(KR, "exports", "value", 58.21e9, "USD", APR, "58.21 billion", E_EXP),
        fact(KR, "exports", "value", 83.2e12, "KRW", APR, "83.2 trillion", E_EXP, qualifier="approx"),
        fact(KR, "imports", "growth", -2.7, "percent", APR, "2.7", E_IMP),
        fact(KR, "imports", "value", 53.32e9, "USD", APR, "53.32 billion", E_IMP),
        fact(KR, "balance", "value", 4.88e9, "USD", APR, "4.88 billion", E_IMP),
        fact(KR, "exports", "rank", 1, "number", APR, "top", E_CHIP, product="semiconductors"),
        fact(KR, "exports", "growth", 17.2, "percent", APR, "17.2", E_CHIP, product="semiconductors"),
        fact(KR, "exports", "value", 11.7e9, "USD", APR, "11.7 billion", E_CHIP, product="semiconductors"),
        fact(KR, "exports", "share", 20.1, "percent", APR, "20.1", E_CHIP, product="semiconductors"),
        fact(KR, "exports", "growth", -3.8, "percent", APR, "3.8", E_CAR, product="cars"),
        fact(KR, "exports", "value", 6.5e9, "USD", APR, "6.5 billion", E_CAR, product="cars"),
        fact(KR, "exports", "growth", -19.6, "percent", APR, "19.6", "car sales to the U.S. slumped 19.6 percent",
             product="cars", partner=US),
        fact(KR, "exports", "growth", 17.3, "percent", APR, "17.3", E_SHIP, product="ships"),
        fact(KR, "exports", "value", 2e9, "USD", APR, "2 billion", E_SHIP, product="ships"),
        fact(KR, "exports", "growth", -22.8, "percent", APR, "22.8", E_OIL, product="petroleum products"),
        fact(KR, "exports", "value", 3.4e9, "USD", APR, "3.4 billion", E_OIL, product="petroleum products"),
        fact(KR, "exports", "value", 10.9e9, "USD", APR, "10.9 billion", E_RESP, partner="China"),
        fact(KR, "exports", "value", 10.6e9, "USD", APR, "10.6 billion", E_RESP, partner=US),
        fact(KR, "exports", "value", 9.4e9, "USD", APR, "9.4 billion", E_RESP, partner="ASEAN"),
        fact(KR, "exports", "value", 6.7e9, "USD", APR, "6.7 billion", E_RESP, partner=EU),
        fact(KR, "exports", "growth", 3.9, "percent", APR, "3.9", E_CN_ASEAN, partner="China"),
        fact(KR, "exports", "growth", 4.5, "percent", APR, "4.5", E_CN_ASEAN, partner="ASEAN"),
        fact(KR, "exports", "growth", 18.4, "percent", APR, "18.4", "sales to the EU hit a monthly high after an 18.4 percent jump",
             partner=EU),
        fact(KR, "exports", "growth", -6.8, "percent", APR, "6.8", "Exports to the United States went the other way, falling 6.8 percent", partner=US),
        fact(KR, "exports", "rank", 1, "number", APR, "largest",
             "China regained its spot as South Korea's largest export market", partner="China"),
        fact(KR, "balance", "value", 4.8e9, "USD", APR, "4.8 billion",
             "Seoul's surplus in trade with Washington came to $4.8 billion, $900 million less than a year before", partner=US),
        fact(KR, "exports", "value", 218.2e9, "USD", YTD, "218.2 billion", E_YTD),
        fact(KR, "exports", "growth", -0.5, "percent", YTD, "0.5", E_YTD),
        fact(KR, "balance", "value", 12.3e9, "USD", YTD, "12.3 billion", E_YTD),
    ],
}
