from _fact import fact, period

KR = "South Korea"
NOV = period(2024, 11)
JN = period(2024, 1, 11)
JN23 = period(2023, 1, 11)
CHIPS = "semiconductors"

ARTICLE = {
    "id": "dBZ2_02",
    "title": "(LEAD) Chip strength keeps S. Korea's exports rising in first 20 days of December, up 6.8 pct",
    "publisher": "Yonhap",
    "published": "2024-12-23",
    "notes": [
        "Real figures (source, date): Korea Customs Service Dec. 1-20, 2024 data as carried by Yonhap/Korea JoongAng "
        "Daily, 2024-12-23 (exports +6.8 percent to $40.3 billion vs $37.73 billion, imports +7.5 percent to $38.9 "
        "billion, surplus $1.35 billion, 16 vs 15.5 working days, daily average +3.5 percent to $2.52 billion, chips "
        "+23.4 percent to $8.2 billion, 20.4 percent share, +2.7 points, cars +8.9, petroleum products -14.6, China "
        "+12.4 to $8.1 billion, US +6 to $8 billion, EU +28.3 to $4.3 billion). November 2024 full month, trade ministry, "
        "2024-12-01 (Korea Herald, Chosun, MENAFN): exports +1.4 percent to $56.35 billion, imports -2.4 percent to $50.74 "
        "billion, surplus $5.61 billion (18th month), chips +30.8 percent to $12.5 billion (November record), autos -13.6 "
        "to $5.6 billion, petroleum products -18.7 and petrochemicals -5.6, ships +70.8 to $2.5 billion, biohealth +19.6 "
        "to $1.4 billion, batteries -26.3 to $658 million, China -0.6 to $11.28 billion, US -5.1 to $10.39 billion, ASEAN "
        "+0.4; January-November surplus $45.2 billion (Chosun).",
        "Derived/made up: the 22.2 percent chip share of November exports is derived (12.5 / 56.35). January-November "
        "exports of $622.4 billion (+8.3 percent), the $14.5 billion deficit a year earlier, and January-November chip "
        "exports of $127.4 billion (+45.3 percent) are derived from recalled annual and December figures, not confirmed in "
        "the corpus: treat as made up. Made up: Vietnam in both periods (Dec. 1-20 +9.1 percent to $3.2 billion; November "
        "+3.2 percent to $5.05 billion); the official's paraphrased remark; the automobiles rank wording.",
        "Judgement calls: 'Last month' is November 2024, counted back from the published date (the next paragraph names "
        "November); 'automobiles, which rank second among the country's export items' labelled as an export rank (2) of the product "
        "automobiles; 'the 10 members of ASEAN' is partner ASEAN; China's 'largest trading partner' is a total-trade rank, "
        "given the November period of its sentence; 'the first 11 months' is January-November 2024; chips, chip and "
        "semiconductor wording all labelled product 'semiconductors'.",
        "Not facts: every figure for Dec. 1-20 (part of a month: 6.8, 40.3 billion, 37.73 billion, 7.5, 38.9 billion, 1.35 "
        "billion, 23.4, 8.2 billion, 20.4 and the 2.7 percentage points, 8.9, 14.6, 12.4, 8.1 billion, 6, 8 billion, 9.1, "
        "3.2 billion, 28.3, 4.3 billion); the per-working-day average $2.52 billion and its 3.5 percent gain; 16 working "
        "days and 'half a day'; '15th consecutive month' and 'an 18th month in a row' (streaks); Jan. 1 (date); 'above $140 "
        "billion' (a projection); the $700 billion target; 'the 10 members' (bloc size, not a count of trading partners); "
        "2023 and 2025 (years).",
        "Copy check: 13 sentences searched (10 look-ups), 8 reworded (lead, Dec. 1-20 product and partner sentences, "
        "November totals, chip record, petroleum/petrochemical 'respectively', battery and China/US sentences, which "
        "shared skeletons or 8-word runs with Yonhap/Korea JoongAng Daily and Korea Herald copy).",
        "Second check: 27 sentences searched, 10 reworded.",
    ],
    "facts": [
        fact(KR, "exports", "growth", 1.4, "percent", NOV, "1.4",
             "Last month's full tally, released by the trade ministry on Dec. 1, put exports at $56.35 billion, a 1.4 percent on-year gain"),
        fact(KR, "exports", "value", 56.35e9, "USD", NOV, "56.35 billion",
             "Last month's full tally, released by the trade ministry on Dec. 1, put exports at $56.35 billion"),
        fact(KR, "imports", "growth", -2.4, "percent", NOV, "2.4",
             "imports at $50.74 billion, down 2.4 percent"),
        fact(KR, "imports", "value", 50.74e9, "USD", NOV, "50.74 billion",
             "imports at $50.74 billion"),
        fact(KR, "balance", "value", 5.61e9, "USD", NOV, "5.61 billion",
             "The trade balance stayed positive for an 18th month in a row, with a surplus of $5.61 billion"),
        fact(KR, "exports", "value", 12.5e9, "USD", NOV, "12.5 billion",
             "At $12.5 billion, November chip exports were 30.8 percent above a year earlier", product=CHIPS),
        fact(KR, "exports", "growth", 30.8, "percent", NOV, "30.8",
             "At $12.5 billion, November chip exports were 30.8 percent above a year earlier", product=CHIPS),
        fact(KR, "exports", "share", 22.2, "percent", NOV, "22.2",
             "Chips made up 22.2 percent of the country's total outbound shipments for the month", product=CHIPS),
        fact(KR, "exports", "rank", 2, "number", NOV, "second",
             "automobiles, which rank second among the country's export items", product="automobiles"),
        fact(KR, "exports", "growth", -13.6, "percent", NOV, "13.6",
             "exports of automobiles, which rank second among the country's export items, dropped 13.6 percent to $5.6 billion",
             product="automobiles"),
        fact(KR, "exports", "value", 5.6e9, "USD", NOV, "5.6 billion",
             "exports of automobiles, which rank second among the country's export items, dropped 13.6 percent to $5.6 billion",
             product="automobiles"),
        fact(KR, "exports", "growth", -18.7, "percent", NOV, "18.7",
             "petroleum products and petrochemicals, whose exports declined 18.7 percent and 5.6 percent, respectively",
             product="petroleum products"),
        fact(KR, "exports", "growth", -5.6, "percent", NOV, "5.6",
             "petroleum products and petrochemicals, whose exports declined 18.7 percent and 5.6 percent, respectively",
             product="petrochemicals"),
        fact(KR, "exports", "growth", 70.8, "percent", NOV, "70.8",
             "deliveries of LNG carriers drove ship exports up 70.8 percent to $2.5 billion", product="ships"),
        fact(KR, "exports", "value", 2.5e9, "USD", NOV, "2.5 billion",
             "deliveries of LNG carriers drove ship exports up 70.8 percent to $2.5 billion", product="ships"),
        fact(KR, "exports", "growth", 19.6, "percent", NOV, "19.6",
             "Biohealth exports expanded 19.6 percent to $1.4 billion", product="biohealth"),
        fact(KR, "exports", "value", 1.4e9, "USD", NOV, "1.4 billion",
             "Biohealth exports expanded 19.6 percent to $1.4 billion", product="biohealth"),
        fact(KR, "exports", "growth", -26.3, "percent", NOV, "26.3",
             "Rechargeable batteries were a weak spot: a cooling electric vehicle market left their exports 26.3 percent lower at $658 million", product="rechargeable batteries"),
        fact(KR, "exports", "value", 658e6, "USD", NOV, "658 million",
             "Rechargeable batteries were a weak spot: a cooling electric vehicle market left their exports 26.3 percent lower at $658 million", product="rechargeable batteries"),
        fact(KR, "exports", "growth", -0.6, "percent", NOV, "0.6",
             "China, the largest trading partner of South Korea, bought $11.28 billion worth of Korean goods in November, 0.6 percent less than a year before",
             partner="China"),
        fact(KR, "exports", "value", 11.28e9, "USD", NOV, "11.28 billion",
             "China, the largest trading partner of South Korea, bought $11.28 billion worth of Korean goods in November",
             partner="China"),
        fact(KR, "total", "rank", 1, "number", NOV, "largest",
             "China, the largest trading partner of South Korea", partner="China"),
        fact(KR, "exports", "growth", -5.1, "percent", NOV, "5.1",
             "U.S.-bound exports were down 5.1 percent at $10.39 billion", partner="United States"),
        fact(KR, "exports", "value", 10.39e9, "USD", NOV, "10.39 billion",
             "U.S.-bound exports were down 5.1 percent at $10.39 billion", partner="United States"),
        fact(KR, "exports", "growth", 3.2, "percent", NOV, "3.2",
             "Vietnam-bound exports rose 3.2 percent to $5.05 billion", partner="Vietnam"),
        fact(KR, "exports", "value", 5.05e9, "USD", NOV, "5.05 billion",
             "Vietnam-bound exports rose 3.2 percent to $5.05 billion", partner="Vietnam"),
        fact(KR, "exports", "growth", 0.4, "percent", NOV, "0.4",
             "shipments to the 10 members of ASEAN edged up 0.4 percent", partner="ASEAN"),
        fact(KR, "exports", "growth", 8.3, "percent", JN, "8.3",
             "In the January-November period, exports advanced 8.3 percent to $622.4 billion"),
        fact(KR, "exports", "value", 622.4e9, "USD", JN, "622.4 billion",
             "In the January-November period, exports advanced 8.3 percent to $622.4 billion"),
        fact(KR, "balance", "value", 45.2e9, "USD", JN, "45.2 billion",
             "the cumulative trade surplus reached $45.2 billion"),
        fact(KR, "balance", "value", -14.5e9, "USD", JN23, "14.5 billion",
             "compared with a deficit of $14.5 billion a year earlier"),
        fact(KR, "exports", "value", 127.4e9, "USD", JN, "127.4 billion",
             "Chip exports for the first 11 months totaled $127.4 billion, up 45.3 percent on-year", product=CHIPS),
        fact(KR, "exports", "growth", 45.3, "percent", JN, "45.3",
             "Chip exports for the first 11 months totaled $127.4 billion, up 45.3 percent on-year", product=CHIPS),
    ],
}
