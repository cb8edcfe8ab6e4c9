from _fact import fact, period

JUN = period(2025, 6)
H1 = period(2025, 1, 6)
KR = "South Korea"
US = "United States"
E_X = "outbound sales reached US$59.8 billion last month, 4.3 percent more than a year before"
E_M = "With imports up 3.3 percent on-year at $50.72 billion, the trade balance showed a $9.08 billion surplus"
E_CHIP = "Overseas chip sales reached $14.97 billion, an 11.6 percent jump on-year"
E_CHIP_SH = "Chips accounted for 25 percent of the country's total exports in June."
E_CAR = ("Shipments of cars hit $6.34 billion, up 2.3 percent and unmatched for any previous June: strong European demand "
         "for electric and hybrid models and a boom in used-car exports made up for a 16.0 percent slump in vehicle "
         "exports to the U.S.")
E_SHIP = "Ship exports reached $2.5 billion, a 63.4 percent surge"
E_RESP = ("pulled petrochemical and petroleum product shipments down 15.5 percent and 2 percent, respectively")
E_US = ("the United States remained the country's largest export market last month, taking $11.24 billion of goods, "
        "0.5 percent less than a year earlier")
E_CN = "China took $10.4 billion, down 2.7 percent"
E_ASEAN = "Sales to the Association of Southeast Asian Nations rose 4.1 percent to $10.03 billion"
E_EU = "those to the European Union surged 14.7 percent"
E_H1X = "Across January-June, exports amounted to $334.7 billion, 0.03 percent below the year-earlier level"
E_H1M = "With imports 1.6 percent lower at $306.9 billion, the first-half trade surplus came to $27.8 billion"
E_H1C = "First-half semiconductor exports set a record at $73.27 billion, 11.4 percent more than a year earlier."

ARTICLE = {
    "id": "dAR2_03_korea_exports_jun_2025",
    "title": "(LEAD) S. Korea's June exports up 4.3 pct on record chip sales; H1 surplus hits US$27.8 bln",
    "publisher": "Yonhap",
    "published": "2025-07-01",
    "notes": [
        "Dateline July 1 (Yonhap): 'last month' is June 2025; 'first half' and 'January-June' are 2025-01..2025-06.",
        "Headline figures (4.3 pct, US$27.8 bln) restate body facts: labelled once, with body evidence.",
        "'US$' and '$' are US dollars: USD. All growth rates are on-year (yoy) per the article's frame ('than a year before', 'on-year').",
        "Daily average exports (6.2 percent, $2.6 billion) are per-working-day averages: out of scope.",
        "'Chips accounted for 25 percent of the country's total exports in June': export share of chips, June. Chip facts use product 'chips' (the text's word for the June figures; the first-half figure says 'semiconductor').",
        "'a 16.0 percent slump in vehicle exports to the U.S.': export growth, partner United States, product 'vehicles', June.",
        "Respectively list: petrochemicals -15.5, petroleum products -2 (exports, June).",
        "'the country's largest export market last month': rank 1 of exports to the United States, June (11.24 > China's 10.4 billion).",
        "EU exports: growth only ('surged 14.7 percent'), no value stated.",
        "Out: 'the fifth monthly surplus in a row' (streak), 'Six' of 'the 15 main export categories' (conditional count), 'third-best first half ever recorded', 'largest for the period since 2018' (milestones), tariff rates (25, 50, 25 percent), '90-day', 'July 8', the 3 trillion won (US$2.2 billion) policy financing (not a trade flow).",
    ],
    "facts": [
        fact(KR, "exports", "value", 59.8e9, "USD", JUN, "59.8 billion", E_X),
        fact(KR, "exports", "growth", 4.3, "percent", JUN, "4.3", E_X),
        fact(KR, "imports", "growth", 3.3, "percent", JUN, "3.3", E_M),
        fact(KR, "imports", "value", 50.72e9, "USD", JUN, "50.72 billion", E_M),
        fact(KR, "balance", "value", 9.08e9, "USD", JUN, "9.08 billion", E_M),
        fact(KR, "exports", "growth", 11.6, "percent", JUN, "11.6", E_CHIP, product="chips"),
        fact(KR, "exports", "value", 14.97e9, "USD", JUN, "14.97 billion", E_CHIP, product="chips"),
        fact(KR, "exports", "share", 25, "percent", JUN, "25", E_CHIP_SH, product="chips"),
        fact(KR, "exports", "growth", 2.3, "percent", JUN, "2.3", E_CAR, product="cars"),
        fact(KR, "exports", "value", 6.34e9, "USD", JUN, "6.34 billion", E_CAR, product="cars"),
        fact(KR, "exports", "growth", -16.0, "percent", JUN, "16.0", E_CAR, partner=US, product="vehicles"),
        fact(KR, "exports", "growth", 63.4, "percent", JUN, "63.4", E_SHIP, product="ships"),
        fact(KR, "exports", "value", 2.5e9, "USD", JUN, "2.5 billion", E_SHIP, product="ships"),
        fact(KR, "exports", "growth", -15.5, "percent", JUN, "15.5", E_RESP, product="petrochemicals"),
        fact(KR, "exports", "growth", -2, "percent", JUN, "2", E_RESP, product="petroleum products"),
        fact(KR, "exports", "rank", 1, "number", JUN, "largest", E_US, partner=US),
        fact(KR, "exports", "growth", -0.5, "percent", JUN, "0.5", E_US, partner=US),
        fact(KR, "exports", "value", 11.24e9, "USD", JUN, "11.24 billion", E_US, partner=US),
        fact(KR, "exports", "growth", -2.7, "percent", JUN, "2.7", E_CN, partner="China"),
        fact(KR, "exports", "value", 10.4e9, "USD", JUN, "10.4 billion", E_CN, partner="China"),
        fact(KR, "exports", "growth", 4.1, "percent", JUN, "4.1", E_ASEAN, partner="ASEAN"),
        fact(KR, "exports", "value", 10.03e9, "USD", JUN, "10.03 billion", E_ASEAN, partner="ASEAN"),
        fact(KR, "exports", "growth", 14.7, "percent", JUN, "14.7", E_EU, partner="European Union"),
        fact(KR, "exports", "value", 334.7e9, "USD", H1, "334.7 billion", E_H1X),
        fact(KR, "exports", "growth", -0.03, "percent", H1, "0.03", E_H1X),
        fact(KR, "imports", "growth", -1.6, "percent", H1, "1.6", E_H1M),
        fact(KR, "imports", "value", 306.9e9, "USD", H1, "306.9 billion", E_H1M),
        fact(KR, "balance", "value", 27.8e9, "USD", H1, "27.8 billion", E_H1M),
        fact(KR, "exports", "value", 73.27e9, "USD", H1, "73.27 billion", E_H1C, product="chips"),
        fact(KR, "exports", "growth", 11.4, "percent", H1, "11.4", E_H1C, product="chips"),
    ],
}
