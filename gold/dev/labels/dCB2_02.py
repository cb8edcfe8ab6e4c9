from _fact import fact, period

KR = "South Korea"
US = "United States"
NOV = period(2025, 11)
OCT = period(2025, 10)
NOV24 = period(2024, 11)
JN = period(2025, 1, 11)  # January-November
Y24 = period(2024, 1, 12)

ARTICLE = {
    "id": "dCB2_02",
    "title": "(LEAD) Record chip sales lift S. Korea's Nov. exports 8.4 pct; trade surplus runs to 10th month",
    "publisher": "Yonhap",
    "published": "2025-12-01",
    "notes": [
        "Real figures (Ministry of Trade, Industry and Resources, November 2025 export-import trends, released "
        "2025-12-01, as reported by Yonhap/Korea Herald, AJP/Aju Press, Korea JoongAng Daily, Reuters/Straits Times, "
        "allthe.news; the November 2024 base from Chosun Ilbo and Asia Economy of 2024-12-01): exports $61.04 billion, "
        "+8.4% (November 2024: $56.35 billion); imports $51.3 billion, +1.2%; surplus $9.73 billion, widened by $4.17 "
        "billion, 10th straight monthly surplus; daily average $2.71 billion, +13.3%; chips $17.26 billion, +38.6%, "
        "28.3% of exports, ninth straight rise; autos $6.41 billion, +13.7%, October -10.5%; petroleum products -10.3% "
        "to $3.28 billion; petrochemicals -14.1% to $3.06 billion; China +6.9% to $12.07 billion; US -0.2% to $10.35 "
        "billion, chips and autos to the US +39% and +11% in the first 25 days; ASEAN +6.3% and EU -1.9% (Reuters); "
        "January-November exports $640.2 billion, +2.9%, surplus $66.07 billion; chips $152.6 billion and autos "
        "$66.04 billion over the 11 months; chips in 2024 $141.9 billion; $59.8 billion needed in December for $700 "
        "billion.",
        "Derived/made up: ship exports (-9.9% to $2.37 billion) are made up; the ASEAN and EU values ($10.5 billion, "
        "$5.9 billion) are made up beside the real growth rates; the won figures (about 89.5 trillion won for exports, "
        "some 25.3 trillion won for chips) are derived at an assumed average of 1,466 won per dollar; 'every month "
        "since February' follows from the 10th straight surplus; the official's quote is paraphrased and partly made "
        "up, attributed to no named person.",
        "Judgement calls: 'the country's No. 1 export item' is rank 1 of semiconductor exports with value_text '1' "
        "(the parser does not read 'No. 1'; reported as a gap); the won figures are separate approx KRW facts ('about', "
        "'some'); 'The sector' and 'its November sales' carry the chip subject from the sentence before; product names "
        "follow the text ('chips', 'semiconductors', 'automobiles', 'autos', 'vessels'); 'largest trading partner' is "
        "rank 1 of total trade with China; 'took in $12.07 billion worth of South Korean goods' is exports to China; "
        "'8.4 percent above the $56.35 billion of a year earlier' gives the November 2024 value as its own "
        "fact; 'The full-year chip record for 2024' gives the 2024 chip value period 2024-01..2024-12; undated figures take November "
        "2025 from 'last month' and the published date.",
        "Not facts: $4.17 billion (widening of the surplus, a derived comparison); $2.71 billion and 13.3% (daily "
        "average exports, per working day); 1,466 won per dollar (exchange rate); 39% and 11% (first 25 days of the "
        "month); 15% (US tariff); $59.8 billion and $700 billion (conditional threshold); streaks (sixth straight "
        "month, 10th consecutive month, ninth month, 10th month in the headline); '11 months' (span); DDR5.",
        "Copy check: 19 sentences searched, 6 reworded (5 for overlap with Yonhap/Korea Herald or Aju Press wording, 1 "
        "to use real ASEAN/EU growth rates; 3 re-searched after rewording).",
        "Second check: 24 sentences searched, 13 reworded.",
    ],
    "facts": [
        fact(KR, "exports", "value", 61.04e9, "USD", NOV, "61.04 billion",
             "At US$61.04 billion, last month's outbound shipments"),
        fact(KR, "exports", "growth", 8.4, "percent", NOV, "8.4",
             "last month's outbound shipments set a record for any November and were 8.4 percent above the $56.35 "
             "billion of a year earlier"),
        fact(KR, "exports", "value", 56.35e9, "USD", NOV24, "56.35 billion",
             "last month's outbound shipments set a record for any November and were 8.4 percent above the $56.35 "
             "billion of a year earlier"),
        fact(KR, "imports", "growth", 1.2, "percent", NOV, "1.2",
             "inbound shipments up just 1.2 percent on-year at $51.3 billion"),
        fact(KR, "imports", "value", 51.3e9, "USD", NOV, "51.3 billion",
             "inbound shipments up just 1.2 percent on-year at $51.3 billion"),
        fact(KR, "balance", "value", 9.73e9, "USD", NOV, "9.73 billion",
             "The country ran a surplus of $9.73 billion for the month"),
        fact(KR, "exports", "value", 89.5e12, "KRW", NOV, "89.5 trillion",
             "the month's exports were worth about 89.5 trillion won", qualifier="approx"),
        # semiconductors
        fact(KR, "exports", "rank", 1, "number", NOV, "1",
             "Semiconductors, the country's No. 1 export item", product="semiconductors"),
        fact(KR, "exports", "growth", 38.6, "percent", NOV, "38.6",
             "chip exports were the highest for any single month and 38.6 percent above a year earlier",
             product="chips"),
        fact(KR, "exports", "value", 17.26e9, "USD", NOV, "17.26 billion",
             "At $17.26 billion, chip exports", product="chips"),
        fact(KR, "exports", "share", 28.3, "percent", NOV, "28.3",
             "The sector accounted for 28.3 percent of all outbound shipments", product="chips"),
        fact(KR, "exports", "value", 25.3e12, "KRW", NOV, "25.3 trillion",
             "its November sales came to some 25.3 trillion won", product="chips", qualifier="approx"),
        # autos, ships, petroleum
        fact(KR, "exports", "growth", 13.7, "percent", NOV, "13.7",
             "Shipments of automobiles, which had dropped 10.5 percent in October, bounced back with a 13.7 percent "
             "gain to $6.41 billion", product="automobiles"),
        fact(KR, "exports", "value", 6.41e9, "USD", NOV, "6.41 billion",
             "Shipments of automobiles, which had dropped 10.5 percent in October, bounced back with a 13.7 percent "
             "gain to $6.41 billion", product="automobiles"),
        fact(KR, "exports", "growth", -10.5, "percent", OCT, "10.5",
             "Shipments of automobiles, which had dropped 10.5 percent in October", product="automobiles"),
        fact(KR, "exports", "growth", -9.9, "percent", NOV, "9.9",
             "Outbound shipments of vessels retreated 9.9 percent to $2.37 billion", product="vessels"),
        fact(KR, "exports", "value", 2.37e9, "USD", NOV, "2.37 billion",
             "Outbound shipments of vessels retreated 9.9 percent to $2.37 billion", product="vessels"),
        fact(KR, "exports", "growth", -10.3, "percent", NOV, "10.3",
             "petroleum products, whose exports shrank 10.3 percent to $3.28 billion", product="petroleum products"),
        fact(KR, "exports", "growth", -14.1, "percent", NOV, "14.1",
             "petrochemicals, whose shipments slid 14.1 percent to $3.06 billion", product="petrochemicals"),
        fact(KR, "exports", "value", 3.28e9, "USD", NOV, "3.28 billion",
             "petroleum products, whose exports shrank 10.3 percent to $3.28 billion", product="petroleum products"),
        fact(KR, "exports", "value", 3.06e9, "USD", NOV, "3.06 billion",
             "petrochemicals, whose shipments slid 14.1 percent to $3.06 billion", product="petrochemicals"),
        # partners
        fact(KR, "total", "rank", 1, "number", NOV, "largest",
             "China, which remains the country's largest trading partner", partner="China"),
        fact(KR, "exports", "value", 12.07e9, "USD", NOV, "12.07 billion",
             "China, which remains the country's largest trading partner, took in $12.07 billion worth of South "
             "Korean goods", partner="China"),
        fact(KR, "exports", "growth", 6.9, "percent", NOV, "6.9",
             "China, which remains the country's largest trading partner, took in $12.07 billion worth of South "
             "Korean goods, up 6.9 percent", partner="China"),
        fact(KR, "exports", "growth", -0.2, "percent", NOV, "0.2",
             "Shipments to the United States inched down 0.2 percent to $10.35 billion", partner=US),
        fact(KR, "exports", "value", 10.35e9, "USD", NOV, "10.35 billion",
             "Shipments to the United States inched down 0.2 percent to $10.35 billion", partner=US),
        fact(KR, "exports", "growth", 6.3, "percent", NOV, "6.3",
             "Shipments to the Association of Southeast Asian Nations grew 6.3 percent to $10.5 billion",
             partner="ASEAN"),
        fact(KR, "exports", "value", 10.5e9, "USD", NOV, "10.5 billion",
             "Shipments to the Association of Southeast Asian Nations grew 6.3 percent to $10.5 billion",
             partner="ASEAN"),
        fact(KR, "exports", "growth", -1.9, "percent", NOV, "1.9",
             "those to the European Union slipped 1.9 percent to $5.9 billion", partner="European Union"),
        fact(KR, "exports", "value", 5.9e9, "USD", NOV, "5.9 billion",
             "those to the European Union slipped 1.9 percent to $5.9 billion", partner="European Union"),
        # January-November
        fact(KR, "exports", "value", 640.2e9, "USD", JN, "640.2 billion",
             "The January-November tally of outbound shipments came to $640.2 billion"),
        fact(KR, "exports", "growth", 2.9, "percent", JN, "2.9",
             "The January-November tally of outbound shipments came to $640.2 billion, a record for the period and "
             "2.9 percent above the same stretch of last year"),
        fact(KR, "balance", "value", 66.07e9, "USD", JN, "66.07 billion",
             "the accumulated surplus reached $66.07 billion"),
        fact(KR, "exports", "value", 152.6e9, "USD", JN, "152.6 billion",
             "Over the 11 months, chips brought in $152.6 billion", product="chips"),
        fact(KR, "exports", "value", 66.04e9, "USD", JN, "66.04 billion",
             "Over the 11 months, chips brought in $152.6 billion and autos $66.04 billion", product="autos"),
        fact(KR, "exports", "value", 141.9e9, "USD", Y24, "141.9 billion",
             "The full-year chip record for 2024 was $141.9 billion",
             product="chips"),
    ],
}
