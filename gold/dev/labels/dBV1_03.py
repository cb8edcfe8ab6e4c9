from _fact import fact, period

SD = "Shandong"
JN = period(2026, 1, 11)
NOV = period(2026, 11)

ARTICLE = {
    "id": "dBV1_03",
    "title": "Shandong's Foreign Trade Grew 4.9% in the First 11 Months of 2026",
    "publisher": "Qingdao Customs",
    "published": "2026-12-20",
    "notes": [
        "Real figures: none (January-November 2026 has not been reported); modelled on Qingdao Customs / China "
        "Daily Shandong releases (first-11-months 2019, first-three-quarters 2021-2022) and invented. Invented: "
        "every figure. Derived and checked: 19,152.7 + 12,693.5 = 31,846.2; surplus 19,152.7 - 12,693.5 = 6,459.2; "
        "November 1,902.8 + 1,201.8 (imports, not stated) = 3,104.6; total growth 4.9 agrees with export 6.8 and "
        "import 2.2 on the implied 2025 bases; shares 21,463.4/31,846.2 = 67.4, 23,217.9/31,846.2 = 72.9, "
        "5,426.8/31,846.2 = 17.0, 8,702.1 (unstated M&E exports)/19,152.7 = 45.4; national share 31,846.2 "
        "hundred million / 42.68 trillion (dBV1_01) = 7.5; national growth 3.6 (dBV1_01) + 1.3 = 4.9.",
        "Judgement calls: '(the same below)' makes every later rate year-on-year; '2.8% higher than in October' "
        "is basis mom (period 2026-11, October is the base), '7.3% higher than a year earlier' is yoy. 'Of the "
        "total, exports ...' and 'of which exports made up ...' restrict to exports of the province, not a "
        "partner or segment. 'General trade' is a trade mode (segment). Section heading II restates the ASEAN rank: one fact, body evidence; the headline's "
        "4.9% is the lead fact. '3,581.3, 2,672.5 and 2,408.6 hundred million yuan respectively' "
        "takes its scale from the last item. 'among them, trade with the United States decreased by 6.3%' is "
        "U.S. growth (-6.3). 'ranked sixth in the country' is Shandong's rank in total trade; 'accounting for 7.5% "
        "of the national total' is Shandong's share with partner null. 'ranked first among all provinces' is a "
        "rank of agricultural product exports. The enterprise count takes segment 'foreign trade enterprises'. "
        "Crude oil: quantity, value and value growth (-7.9) are facts; the volume decline beside the value decline "
        "is not.",
        "Not facts: 1.3 percentage points (gap to the national rate); 1.1 percentage points (change of private "
        "share); 5,217 (change of a count, derived); 2.6% (volume growth beside value growth); 28th consecutive "
        "year (streak); 'highest monthly level so far this year' (milestone); 2026 and the 11 months (period).",
        "Copy check: 0 sentences searched in the pages corpus (the session's search budget ran out after "
        "dBV1_01's check); instead every sentence was compared by hand with the real Shandong, Yunnan and GAC "
        "releases read in step 1; 7 reworded (lead, export/import split, November, general trade, private "
        "enterprises, enterprise count, mechanical and electrical exports) because they shared a skeleton with "
        "a real sentence. A second, search-based check is still owed.",
        "Second check: 24 sentences searched, 0 reworded.",
    ],
    "facts": [
        fact(SD, "total", "value", 31846.2e8, "CNY", JN, "31,846.2 hundred million",
             "Shandong Province's imports and exports totalled 31,846.2 hundred million yuan"),
        fact(SD, "total", "growth", 4.9, "percent", JN, "4.9",
             "Shandong Province's imports and exports totalled 31,846.2 hundred million yuan in the first 11 months of "
             "2026, growing by 4.9% year on year"),
        fact(SD, "total", "rank", 6, "number", JN, "sixth",
             "The province's foreign trade scale ranked sixth in the country"),
        fact(SD, "total", "share", 7.5, "percent", JN, "7.5",
             "The province's foreign trade scale ranked sixth in the country, accounting for 7.5% of the national "
             "total"),
        fact(SD, "exports", "value", 19152.7e8, "CNY", JN, "19,152.7 hundred million",
             "exports amounted to 19,152.7 hundred million yuan"),
        fact(SD, "exports", "growth", 6.8, "percent", JN, "6.8",
             "exports amounted to 19,152.7 hundred million yuan and grew 6.8%"),
        fact(SD, "imports", "value", 12693.5e8, "CNY", JN, "12,693.5 hundred million",
             "imports came to 12,693.5 hundred million yuan"),
        fact(SD, "imports", "growth", 2.2, "percent", JN, "2.2",
             "imports came to 12,693.5 hundred million yuan, up 2.2%"),
        fact(SD, "balance", "value", 6459.2e8, "CNY", JN, "6,459.2 hundred million",
             "leaving a trade surplus of 6,459.2 hundred million yuan"),
        fact(SD, "total", "value", 3104.6e8, "CNY", NOV, "3,104.6 hundred million",
             "November alone saw the province trade goods worth 3,104.6 hundred million yuan"),
        fact(SD, "total", "growth", 7.3, "percent", NOV, "7.3",
             "The monthly total was 7.3% higher than a year earlier"),
        fact(SD, "total", "growth", 2.8, "percent", NOV, "2.8",
             "The monthly total was 7.3% higher than a year earlier and 2.8% higher than in October", basis="mom"),
        fact(SD, "exports", "value", 1902.8e8, "CNY", NOV, "1,902.8 hundred million",
             "of which exports made up 1,902.8 hundred million yuan"),
        fact(SD, "exports", "growth", 9.1, "percent", NOV, "9.1",
             "of which exports made up 1,902.8 hundred million yuan, up 9.1%"),
        fact(SD, "total", "value", 21463.4e8, "CNY", JN, "21,463.4 hundred million",
             "General trade remained dominant: at 21,463.4 hundred million yuan",
             segment="general trade"),
        fact(SD, "total", "share", 67.4, "percent", JN, "67.4",
             "General trade remained dominant: at 21,463.4 hundred million yuan, it made up 67.4% of the province's "
             "foreign trade", segment="general trade"),
        fact(SD, "total", "value", 23217.9e8, "CNY", JN, "23,217.9 hundred million",
             "Private enterprises, the main force of the province's foreign trade, recorded imports and exports of "
             "23,217.9 hundred million yuan", segment="private enterprises"),
        fact(SD, "total", "growth", 7.1, "percent", JN, "7.1",
             "Private enterprises, the main force of the province's foreign trade, recorded imports and exports of "
             "23,217.9 hundred million yuan, up 7.1%",
             segment="private enterprises"),
        fact(SD, "total", "share", 72.9, "percent", JN, "72.9",
             "Private enterprises, the main force of the province's foreign trade, recorded imports and exports of "
             "23,217.9 hundred million yuan, up 7.1%, which was 72.9% of the total", segment="private enterprises"),
        fact(SD, "total", "count", 80614, "number", JN, "80,614",
             "A total of 80,614 enterprises had actual import and export performance in the period",
             segment="foreign trade enterprises"),
        fact(SD, "total", "rank", 1, "number", JN, "largest",
             "ASEAN remained Shandong's largest trading partner", partner="ASEAN"),
        fact(SD, "total", "value", 5426.8e8, "CNY", JN, "5,426.8 hundred million",
             "the province's imports and exports with ASEAN were 5,426.8 hundred million yuan", partner="ASEAN"),
        fact(SD, "total", "growth", 9.2, "percent", JN, "9.2",
             "the province's imports and exports with ASEAN were 5,426.8 hundred million yuan, an increase of 9.2%",
             partner="ASEAN"),
        fact(SD, "total", "share", 17, "percent", JN, "17",
             "the province's imports and exports with ASEAN were 5,426.8 hundred million yuan, an increase of 9.2%, "
             "accounting for 17% of the total", partner="ASEAN"),
        fact(SD, "total", "value", 3581.3e8, "CNY", JN, "3,581.3",
             "Trade with the EU, South Korea and the United States was 3,581.3, 2,672.5 and 2,408.6 hundred million "
             "yuan respectively", partner="European Union"),
        fact(SD, "total", "value", 2672.5e8, "CNY", JN, "2,672.5",
             "Trade with the EU, South Korea and the United States was 3,581.3, 2,672.5 and 2,408.6 hundred million "
             "yuan respectively", partner="South Korea"),
        fact(SD, "total", "value", 2408.6e8, "CNY", JN, "2,408.6 hundred million",
             "Trade with the EU, South Korea and the United States was 3,581.3, 2,672.5 and 2,408.6 hundred million "
             "yuan respectively", partner="United States"),
        fact(SD, "total", "growth", -6.3, "percent", JN, "6.3",
             "trade with the United States decreased by 6.3%", partner="United States"),
        fact(SD, "exports", "growth", 10.8, "percent", JN, "10.8",
             "Mechanical and electrical products made up 45.4% of the province's export value, and their exports "
             "expanded 10.8%",
             product="mechanical and electrical products"),
        fact(SD, "exports", "share", 45.4, "percent", JN, "45.4",
             "Mechanical and electrical products made up 45.4% of the province's export value", product="mechanical and electrical products"),
        fact(SD, "exports", "value", 1286.5e8, "CNY", JN, "1,286.5 hundred million",
             "Agricultural product exports were 1,286.5 hundred million yuan", product="agricultural products"),
        fact(SD, "exports", "rank", 1, "number", JN, "first",
             "the province's agricultural exports have ranked first among all provinces",
             product="agricultural products"),
        fact(SD, "imports", "quantity", 103.8e6, "tonnes", JN, "103.8 million",
             "Crude oil imports were 103.8 million tonnes", product="crude oil"),
        fact(SD, "imports", "value", 2512.6e8, "CNY", JN, "2,512.6 hundred million",
             "Crude oil imports were 103.8 million tonnes, valued at 2,512.6 hundred million yuan",
             product="crude oil"),
        fact(SD, "imports", "growth", -7.9, "percent", JN, "7.9",
             "Crude oil imports were 103.8 million tonnes, valued at 2,512.6 hundred million yuan, a decrease of 7.9% "
             "in value", product="crude oil"),
    ],
}
