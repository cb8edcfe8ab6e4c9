from _fact import fact, period

KR = "South Korea"
NOV = period(2025, 11)
NOV_PREV = period(2024, 11)
OCT = period(2025, 10)
YTD = period(2025, 1, 11)
Y2024 = period(2024, 1, 12)

ARTICLE = {
    "id": "dBM2_03",
    "title": "S. Korea's exports up 8.4 pct in Nov. on record chip sales, car rebound",
    "publisher": "Yonhap",
    "published": "2025-12-01",
    "notes": [
        "Real figures (trade ministry data of Dec. 1, 2025 as carried by Yonhap, Reuters, Korea JoongAng Daily "
        "and AJP in the stored pages): exports $61.04 billion, +8.4%; imports $51.3 billion, +1.2%; surplus "
        "$9.73 billion; chips $17.26 billion, +38.6%, 28.3% of exports; cars $6.41 billion, +13.7%, after -10.5% "
        "in October; petroleum products -10.3%, petrochemicals -14.1%, steel -16%; China +6.9% to $12.07 billion; "
        "U.S. -0.2% to $10.35 billion; ASEAN +6.3%; EU -1.9%; energy imports -18.4% to $8.72 billion; daily "
        "average exports +13.3% to $2.71 billion; January-November exports $640.2 billion, +2.9%; cumulative "
        "surplus $66.07 billion; January-November chips $152.6 billion and cars $66.04 billion; 2024 chip exports "
        "$141.9 billion; the $700 billion / $59.8 billion projection. Invented: ASEAN value $10.2 billion; the "
        "'one fewer working day' explanation. Derived: November 2024 exports $56.3 billion (61.04/1.084); "
        "January-November imports $574.1 billion (640.2 - 66.07) and their +0.6% (from the real year-earlier "
        "cumulative exports and surplus).",
        "Judgement calls: 'the $56.3 billion of a year earlier' is a fact for November 2024 (comparison base "
        "that states a level). 'after a 10.5 percent decline in October' is a fact for October 2025 car exports. "
        "'Chip shipments, the country's biggest export item' is rank 1 of chip exports; 'China, which remains "
        "the biggest market for South Korean exports' is rank 1 of exports to China. Products in the text's words: 'chips' (the text "
        "says 'Chip shipments'/'Chip exports'; 'They accounted for 28.3 percent' carries the subject), 'cars', "
        "'petroleum products', 'petrochemicals', 'steel', 'energy'. The '$141.9 billion full-year record "
        "that the industry set in 2024' is 2024 chip exports (period 2024-01..2024-12). 'respectively' list: petroleum "
        "products -10.3, petrochemicals -14.1.",
        "Not facts: sixth month in a row, 10 months in a row since February (streaks); $2.71 billion and 13.3 "
        "percent (average daily exports, a per-working-day average); one fewer working day; 15 percent and 25 "
        "percent (tariff rates); Nov. 1 (date); 10-member (bloc size); $700 billion (target/milestone) and "
        "$59.8 billion (conditional projection for December); 'record', 'no previous November has seen a larger figure', 'a high for "
        "the period' (milestones); 2024 in 'set in 2024' is used only as the period.",
        "Copy check: 18 sentences searched across the three articles (6 in this one), 4 reworded after the search "
        "(lead, exports sentence, imports sentence, chip sentence) plus 1 reworded on my own review (the U.S.-bound "
        "exports sentence, close to a Reuters clause read in the learning step).",
        "Second check: 15 sentences searched, 6 reworded.",
    ],
    "facts": [
        fact(KR, "exports", "value", 61.04e9, "USD", NOV, "US$61.04 billion",
             "the value of goods shipped abroad reached US$61.04 billion last month"),
        fact(KR, "exports", "growth", 8.4, "percent", NOV, "8.4",
             "the value of goods shipped abroad reached US$61.04 billion last month, 8.4 percent more than the $56.3 billion of a year earlier"),
        fact(KR, "exports", "value", 56.3e9, "USD", NOV_PREV, "$56.3 billion",
             "8.4 percent more than the $56.3 billion of a year earlier"),
        fact(KR, "imports", "growth", 1.2, "percent", NOV, "1.2",
             "With imports up 1.2 percent at $51.3 billion"),
        fact(KR, "imports", "value", 51.3e9, "USD", NOV, "$51.3 billion",
             "With imports up 1.2 percent at $51.3 billion"),
        fact(KR, "balance", "value", 9.73e9, "USD", NOV, "$9.73 billion",
             "the country booked a trade surplus of $9.73 billion"),
        fact(KR, "exports", "rank", 1, "number", NOV, "biggest",
             "Chip shipments, the country's biggest export item", product="chips"),
        fact(KR, "exports", "growth", 38.6, "percent", NOV, "38.6",
             "Chip shipments, the country's biggest export item, jumped 38.6 percent on-year to $17.26 billion",
             product="chips"),
        fact(KR, "exports", "value", 17.26e9, "USD", NOV, "$17.26 billion",
             "Chip shipments, the country's biggest export item, jumped 38.6 percent on-year to $17.26 billion",
             product="chips"),
        fact(KR, "exports", "share", 28.3, "percent", NOV, "28.3",
             "They accounted for 28.3 percent of total outbound shipments", product="chips"),
        fact(KR, "exports", "growth", 13.7, "percent", NOV, "13.7",
             "Car exports swung back to growth, advancing 13.7 percent to $6.41 billion", product="cars"),
        fact(KR, "exports", "value", 6.41e9, "USD", NOV, "$6.41 billion",
             "Car exports swung back to growth, advancing 13.7 percent to $6.41 billion", product="cars"),
        fact(KR, "exports", "growth", -10.5, "percent", OCT, "10.5",
             "Car exports swung back to growth, advancing 13.7 percent to $6.41 billion after a 10.5 percent decline in October",
             product="cars"),
        fact(KR, "exports", "growth", -10.3, "percent", NOV, "10.3",
             "Shipments of petroleum products and petrochemicals fell 10.3 percent and 14.1 percent, respectively",
             product="petroleum products"),
        fact(KR, "exports", "growth", -14.1, "percent", NOV, "14.1",
             "Shipments of petroleum products and petrochemicals fell 10.3 percent and 14.1 percent, respectively",
             product="petrochemicals"),
        fact(KR, "exports", "growth", -16, "percent", NOV, "16",
             "steel exports slid 16 percent", product="steel"),
        fact(KR, "exports", "rank", 1, "number", NOV, "biggest",
             "China, which remains the biggest market for South Korean exports", partner="China"),
        fact(KR, "exports", "growth", 6.9, "percent", NOV, "6.9",
             "China, which remains the biggest market for South Korean exports, took $12.07 billion of the country's goods, up 6.9 percent",
             partner="China"),
        fact(KR, "exports", "value", 12.07e9, "USD", NOV, "$12.07 billion",
             "China, which remains the biggest market for South Korean exports, took $12.07 billion of the country's goods, up 6.9 percent",
             partner="China"),
        fact(KR, "exports", "growth", -0.2, "percent", NOV, "0.2",
             "U.S.-bound exports edged down 0.2 percent to $10.35 billion", partner="United States"),
        fact(KR, "exports", "value", 10.35e9, "USD", NOV, "$10.35 billion",
             "U.S.-bound exports edged down 0.2 percent to $10.35 billion", partner="United States"),
        fact(KR, "exports", "growth", 6.3, "percent", NOV, "6.3",
             "Exports to the 10-member Association of Southeast Asian Nations grew 6.3 percent to $10.2 billion",
             partner="ASEAN"),
        fact(KR, "exports", "value", 10.2e9, "USD", NOV, "$10.2 billion",
             "Exports to the 10-member Association of Southeast Asian Nations grew 6.3 percent to $10.2 billion",
             partner="ASEAN"),
        fact(KR, "exports", "growth", -1.9, "percent", NOV, "1.9",
             "those to the European Union fell 1.9 percent", partner="European Union"),
        fact(KR, "imports", "growth", -18.4, "percent", NOV, "18.4",
             "The bill for energy imports shrank by 18.4 percent, to $8.72 billion", product="energy"),
        fact(KR, "imports", "value", 8.72e9, "USD", NOV, "$8.72 billion",
             "The bill for energy imports shrank by 18.4 percent, to $8.72 billion", product="energy"),
        fact(KR, "exports", "value", 640.2e9, "USD", YTD, "$640.2 billion",
             "In the January-November period, exports added up to a record $640.2 billion"),
        fact(KR, "exports", "growth", 2.9, "percent", YTD, "2.9",
             "In the January-November period, exports added up to a record $640.2 billion, a 2.9 percent increase from the same period last year"),
        fact(KR, "imports", "value", 574.1e9, "USD", YTD, "$574.1 billion",
             "Imports came to $574.1 billion, up 0.6 percent"),
        fact(KR, "imports", "growth", 0.6, "percent", YTD, "0.6",
             "Imports came to $574.1 billion, up 0.6 percent"),
        fact(KR, "balance", "value", 66.07e9, "USD", YTD, "$66.07 billion",
             "putting the cumulative trade surplus at $66.07 billion"),
        fact(KR, "exports", "value", 152.6e9, "USD", YTD, "$152.6 billion",
             "Chip exports for the 11 months came to $152.6 billion", product="chips"),
        fact(KR, "exports", "value", 141.9e9, "USD", Y2024, "$141.9 billion",
             "Chip exports for the 11 months came to $152.6 billion, topping the $141.9 billion full-year record that the industry set in 2024",
             product="chips"),
        fact(KR, "exports", "value", 66.04e9, "USD", YTD, "$66.04 billion",
             "car exports over the same months totaled $66.04 billion", product="cars"),
    ],
}
