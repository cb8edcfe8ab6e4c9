from _fact import fact, period

HN = "Henan"
YTD = period(2026, 1, 11)
NOV = period(2026, 11)

ARTICLE = {
    "id": "dBT1_02",
    "title": "Henan Tops 740 Billion Yuan in Foreign Trade Over January-November 2026",
    "publisher": "Zhengzhou Customs",
    "published": "2026-12-20",
    "notes": [
        "Real figures: none (January-November 2026 has not happened). Modelled on Zhengzhou Customs / Henan releases "
        "(scale in hundred million yuan, national and central-China rank, private enterprises, processing trade, "
        "ASEAN/EU/US, mobile phones, labour-intensive products, integrated circuits). Invented: every figure. Derived "
        "and checked: 4,702.5 + 2,783.8 = 7,486.3; surplus 1,918.7 = 4,702.5 - 2,783.8; 468.1 + 274.8 = 742.9; shares "
        "57.7 = 4,318.4/7,486.3, 42.4 = 3,174.2/7,486.3, 47.6 = 2,236.4/4,702.5; growth rates consistent with the "
        "implied 2025 bases.",
        "Judgement calls: '(the same below)' makes every later rate year-on-year. The headline's 'Tops 740 Billion "
        "Yuan' is a threshold for the same observation as the body's 7,486.3 hundred million yuan: only the exact "
        "figure is labelled. Two rank facts for total trade: '9th in the country' (9) and '1st among the six central "
        "provinces' (1); the record cannot say which ranking, both are ranks of Henan's total trade as written. "
        "'4.6% higher than in October' is basis mom for November. The list '1,042.7, 853.6 and 1,106.9 hundred million "
        "yuan respectively' gives three partner values with the scale written once. 'enterprises ... had actual import "
        "and export records' is a count with segment 'foreign trade enterprises'. The US 'largest trading partner' is "
        "rank 1 of total trade with partner United States. Mobile phones' 47.6% is a share of exports.",
        "Not facts: 3.9 percentage points above the national rate (a derived comparison); '1,053 more than in the same "
        "period of 2025' (a difference of counts); '1,021 enterprises each traded more than 50 million yuan' (a "
        "conditional count); 'the fifth consecutive month' (a streak); 3,216 China-Europe Railway Express trips (not a "
        "trade flow); the official's expectation of passing 800 billion yuan for the full year (a forecast); 2025, 2026 "
        "(years); 'the six central provinces' (a number of provinces).",
        "Copy check: 11 sentences searched in 10 queries (headline, lead, rank, November, enterprise count, private "
        "enterprises, processing trade, partners, mobile phones with labour-intensive products, integrated circuits), 1 "
        "reworded (the private-enterprise sentence, whose 'accounting for ... of the province's total foreign trade' run "
        "matched real releases).",
        "Second check: 25 sentences searched, 8 reworded.",
    ],
    "facts": [
        fact(HN, "total", "value", 7486.3e8, "CNY", YTD, "7,486.3 hundred million",
             "Zhengzhou Customs figures put Henan Province's combined imports and exports for January-November 2026 at "
             "7,486.3 hundred million yuan"),
        fact(HN, "total", "growth", 7.2, "percent", YTD, "7.2",
             "Zhengzhou Customs figures put Henan Province's combined imports and exports for January-November 2026 at "
             "7,486.3 hundred million yuan, 7.2% more than a year earlier"),
        fact(HN, "total", "rank", 9, "number", YTD, "9th",
             "In terms of scale, the province ranked 9th in the country"),
        fact(HN, "total", "rank", 1, "number", YTD, "1st",
             "In terms of scale, the province ranked 9th in the country and 1st among the six central provinces"),
        fact(HN, "exports", "value", 4702.5e8, "CNY", YTD, "4,702.5 hundred million",
             "Exports made up 4,702.5 hundred million yuan of the total"),
        fact(HN, "exports", "growth", 9.4, "percent", YTD, "9.4",
             "Exports made up 4,702.5 hundred million yuan of the total, a 9.4% rise"),
        fact(HN, "imports", "value", 2783.8e8, "CNY", YTD, "2,783.8 hundred million",
             "imports of 2,783.8 hundred million yuan"),
        fact(HN, "imports", "growth", 3.7, "percent", YTD, "3.7",
             "imports of 2,783.8 hundred million yuan, which grew 3.7%"),
        fact(HN, "balance", "value", 1918.7e8, "CNY", YTD, "1,918.7 hundred million",
             "Exports thus outran imports by 1,918.7 hundred million yuan"),
        # November
        fact(HN, "total", "value", 742.9e8, "CNY", NOV, "742.9 hundred million",
             "November by itself contributed 742.9 hundred million yuan of imports and exports"),
        fact(HN, "total", "growth", 10.5, "percent", NOV, "10.5",
             "contributed 742.9 hundred million yuan of imports and exports, up 10.5%"),
        fact(HN, "total", "growth", 4.6, "percent", NOV, "4.6",
             "contributed 742.9 hundred million yuan of imports and exports, up 10.5%; that total was 4.6% higher than in "
             "October", basis="mom"),
        fact(HN, "exports", "value", 468.1e8, "CNY", NOV, "468.1 hundred million",
             "November exports and imports stood at 468.1 hundred million yuan and 274.8 hundred million yuan respectively"),
        fact(HN, "imports", "value", 274.8e8, "CNY", NOV, "274.8 hundred million",
             "November exports and imports stood at 468.1 hundred million yuan and 274.8 hundred million yuan respectively"),
        # enterprises
        fact(HN, "total", "count", 12486, "number", YTD, "12,486",
             "During the first 11 months, 12,486 enterprises in Henan had actual import and export records",
             segment="foreign trade enterprises"),
        fact(HN, "total", "value", 4318.4e8, "CNY", YTD, "4,318.4 hundred million",
             "Private enterprises handled 4,318.4 hundred million yuan of the province's trade",
             segment="private enterprises"),
        fact(HN, "total", "growth", 11.3, "percent", YTD, "11.3",
             "Private enterprises handled 4,318.4 hundred million yuan of the province's trade, 11.3% more than a year before",
             segment="private enterprises"),
        fact(HN, "total", "share", 57.7, "percent", YTD, "57.7",
             "Private enterprises handled 4,318.4 hundred million yuan of the province's trade, 11.3% more than a year "
             "before, giving them a 57.7% slice of Henan's foreign trade", segment="private enterprises"),
        # processing trade
        fact(HN, "total", "value", 3174.2e8, "CNY", YTD, "3,174.2 hundred million",
             "Processing trade contributed 3,174.2 hundred million yuan",
             segment="processing trade"),
        fact(HN, "total", "growth", 2.6, "percent", YTD, "2.6",
             "Processing trade contributed 3,174.2 hundred million yuan, or 42.4% of the total, after growth of 2.6%",
             segment="processing trade"),
        fact(HN, "total", "share", 42.4, "percent", YTD, "42.4",
             "Processing trade contributed 3,174.2 hundred million yuan, or 42.4% of the total", segment="processing trade"),
        # partners
        fact(HN, "total", "value", 1042.7e8, "CNY", YTD, "1,042.7",
             "Henan's imports and exports with ASEAN, the EU and the United States were 1,042.7, 853.6 and 1,106.9 "
             "hundred million yuan respectively", partner="ASEAN"),
        fact(HN, "total", "value", 853.6e8, "CNY", YTD, "853.6",
             "Henan's imports and exports with ASEAN, the EU and the United States were 1,042.7, 853.6 and 1,106.9 "
             "hundred million yuan respectively", partner="European Union"),
        fact(HN, "total", "value", 1106.9e8, "CNY", YTD, "1,106.9 hundred million",
             "Henan's imports and exports with ASEAN, the EU and the United States were 1,042.7, 853.6 and 1,106.9 "
             "hundred million yuan respectively", partner="United States"),
        fact(HN, "total", "growth", 12.4, "percent", YTD, "12.4",
             "Trade with ASEAN and the EU increased by 12.4% and 6.9%", partner="ASEAN"),
        fact(HN, "total", "growth", 6.9, "percent", YTD, "6.9",
             "Trade with ASEAN and the EU increased by 12.4% and 6.9%", partner="European Union"),
        fact(HN, "total", "growth", -4.8, "percent", YTD, "4.8",
             "trade with the United States decreased by 4.8%", partner="United States"),
        fact(HN, "total", "rank", 1, "number", YTD, "largest",
             "The United States remained Henan's largest trading partner", partner="United States"),
        # products
        fact(HN, "exports", "value", 2236.4e8, "CNY", YTD, "2,236.4 hundred million",
             "Henan exported mobile phones worth 2,236.4 hundred million yuan", product="mobile phones"),
        fact(HN, "exports", "share", 47.6, "percent", YTD, "47.6",
             "Henan exported mobile phones worth 2,236.4 hundred million yuan, accounting for 47.6% of the province's "
             "exports", product="mobile phones"),
        fact(HN, "exports", "value", 312.6e8, "CNY", YTD, "312.6 hundred million",
             "Shipments abroad of textiles, garments, furniture, footwear and other labour-intensive products climbed "
             "14.7% to 312.6 hundred million yuan", product="labour-intensive products"),
        fact(HN, "exports", "growth", 14.7, "percent", YTD, "14.7",
             "Shipments abroad of textiles, garments, furniture, footwear and other labour-intensive products climbed "
             "14.7% to 312.6 hundred million yuan", product="labour-intensive products"),
        fact(HN, "imports", "value", 1128.5e8, "CNY", YTD, "1,128.5 hundred million",
             "The import value of integrated circuits was 1,128.5 hundred million yuan", product="integrated circuits"),
        fact(HN, "imports", "growth", 2.1, "percent", YTD, "2.1",
             "The import value of integrated circuits was 1,128.5 hundred million yuan, up 2.1%",
             product="integrated circuits"),
    ],
}
