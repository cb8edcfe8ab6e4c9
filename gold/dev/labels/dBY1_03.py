from _fact import fact, period

GX = "Guangxi"
JN = period(2025, 1, 11)
NOV = period(2025, 11)
OCT = period(2025, 10)
M_E = "mechanical and electrical products"

ARTICLE = {
    "id": "dBY1_03",
    "title": "ASEAN trade lifts Guangxi with 11.3 pct gain in first 11 months",
    "publisher": "Xinhua",
    "published": "2025-12-22",
    "notes": [
        "Real figures (none for 2025 found in the pages corpus): only the background is real - Vietnam as Guangxi's largest "
        "trading partner since 1999 (Xinhua Portuguese service, 2023-12-16; People's Daily Online, 2023-12-15), Youyiguan Port "
        "in Pingxiang as the main fruit gateway, Guangxi as the only provincial region linked to ASEAN by land and sea, and the "
        "China-ASEAN FTA 3.0 upgrade protocol signed in October 2025.",
        "Derived/made up: all 2025 figures are made up but kept consistent: Guangxi Jan-Nov total 736.1 billion yuan (+8.7%) = "
        "exports 398.3 (+10.2%) + imports 337.8 (+7%); ASEAN trade 372.46 billion (+11.3%) = exports 215.7 (+14.5%) + imports "
        "156.76 (+7.2%), 50.6% of the total; USD conversion about 52.8 billion at about 7.05 yuan per dollar; Vietnam 268.9 "
        "billion (+12.6%, 36.5%); Thailand +8.3%, Malaysia +15.9%; fruit imports 1.86 million tonnes / 14.82 billion (+18.9%); "
        "fresh durian 6.27 billion (+31.4%); border small-volume trade 98.4 billion (+9.8%); border residents' mutual trade 21.3 "
        "billion; mechanical and electrical exports to ASEAN 118.5 billion (+16.1%, 54.9% of exports to ASEAN); private "
        "enterprises 312.6 billion (83.9%); 6,830 enterprises; November 35.12 billion (+6.4%), October 38.07 billion; 1,200 "
        "train trips and the two-hour clearance time are made up.",
        "Judgement calls: the headline 11.3 pct is the same observation as the lead, labelled once; 'The figure made up 50.6 "
        "percent' carries ASEAN trade from the lead (partner ASEAN, share); 'the region's' in later sentences is Guangxi; "
        "'Exports accounted for 398.3 billion yuan of that sum' refers to the region's total foreign trade, so partner null, and "
        "'imports for 337.8 billion yuan' shares its verb; the Vietnam share 36.5 is of Guangxi's whole foreign trade, the "
        "mechanical and electrical share 54.9 is of Guangxi's exports to ASEAN and the private share 83.9 is of the ASEAN "
        "trade (the record cannot name the denominator; partner and product carry it); fresh durian imports are labelled with "
        "partner ASEAN because they are introduced as the lead item of fruit imports from ASEAN; border small-volume trade and "
        "border residents' mutual trade are labelled as segments (trade modes) with partner null, since the text names no "
        "counterpart; the count of 6,830 companies trading with ASEAN is segment 'foreign trade enterprises', partner ASEAN; "
        "38.07 billion yuan is October's own value (prior-period value), not a growth; 'up 18.9 percent in value' is value growth "
        "of fruit imports, with no volume growth given.",
        "Not facts: 11 (months), 1999 (year the streak began), under two hours (clearance time), 1,200 freight train trips, "
        "2026 (outlook), 3.0 (agreement version), October (signing month).",
        "Copy check: 18 sentences searched (12 queries), 1 reworded (the exports/imports sentence had the stock Xinhua skeleton "
        "'Of the total, exports rose X percent to Y, while imports gained Z percent to W' of a 2022 Jiangsu story).",
        "Second check: 20 sentences searched, 2 reworded.",
    ],
    "facts": [
        fact(GX, "total", "growth", 11.3, "percent", JN, "11.3",
             "trade between south China's Guangxi Zhuang Autonomous Region and the Association of Southeast Asian Nations (ASEAN) grew by 11.3 percent from a year earlier",
             partner="ASEAN"),
        fact(GX, "total", "value", 372.46e9, "CNY", JN, "372.46 billion",
             "trade between south China's Guangxi Zhuang Autonomous Region and the Association of Southeast Asian Nations (ASEAN) grew by 11.3 percent from a year earlier to 372.46 billion yuan",
             partner="ASEAN"),
        fact(GX, "total", "value", 52.8e9, "USD", JN, "52.8 billion",
             "grew by 11.3 percent from a year earlier to 372.46 billion yuan (about 52.8 billion U.S. dollars)",
             partner="ASEAN", qualifier="approx"),
        fact(GX, "total", "share", 50.6, "percent", JN, "50.6",
             "The figure made up 50.6 percent of the region's total foreign trade", partner="ASEAN"),
        fact(GX, "total", "growth", 8.7, "percent", JN, "8.7",
             "the region's total foreign trade, which rose 8.7 percent to 736.1 billion yuan over the period"),
        fact(GX, "total", "value", 736.1e9, "CNY", JN, "736.1 billion",
             "the region's total foreign trade, which rose 8.7 percent to 736.1 billion yuan over the period"),
        fact(GX, "exports", "value", 398.3e9, "CNY", JN, "398.3 billion",
             "Exports accounted for 398.3 billion yuan of that sum, a gain of 10.2 percent"),
        fact(GX, "exports", "growth", 10.2, "percent", JN, "10.2",
             "Exports accounted for 398.3 billion yuan of that sum, a gain of 10.2 percent"),
        fact(GX, "imports", "value", 337.8e9, "CNY", JN, "337.8 billion",
             "and imports for 337.8 billion yuan, a gain of 7 percent"),
        fact(GX, "imports", "growth", 7, "percent", JN, "7",
             "and imports for 337.8 billion yuan, a gain of 7 percent"),
        fact(GX, "exports", "value", 215.7e9, "CNY", JN, "215.7 billion",
             "Guangxi's exports to ASEAN members reached 215.7 billion yuan, up 14.5 percent", partner="ASEAN"),
        fact(GX, "exports", "growth", 14.5, "percent", JN, "14.5",
             "Guangxi's exports to ASEAN members reached 215.7 billion yuan, up 14.5 percent", partner="ASEAN"),
        fact(GX, "imports", "value", 156.76e9, "CNY", JN, "156.76 billion",
             "its imports from the bloc came in at 156.76 billion yuan, a rise of 7.2 percent", partner="ASEAN"),
        fact(GX, "imports", "growth", 7.2, "percent", JN, "7.2",
             "its imports from the bloc came in at 156.76 billion yuan, a rise of 7.2 percent", partner="ASEAN"),
        fact(GX, "total", "rank", 1, "number", JN, "largest",
             "Vietnam remained the region's largest trading partner", partner="Vietnam"),
        fact(GX, "total", "growth", 12.6, "percent", JN, "12.6",
             "Trade with the neighboring country grew 12.6 percent to 268.9 billion yuan", partner="Vietnam"),
        fact(GX, "total", "value", 268.9e9, "CNY", JN, "268.9 billion",
             "Trade with the neighboring country grew 12.6 percent to 268.9 billion yuan", partner="Vietnam"),
        fact(GX, "total", "share", 36.5, "percent", JN, "36.5",
             "Trade with the neighboring country grew 12.6 percent to 268.9 billion yuan, representing 36.5 percent of Guangxi's foreign trade",
             partner="Vietnam"),
        fact(GX, "total", "growth", 8.3, "percent", JN, "8.3",
             "Trade with Thailand and Malaysia increased 8.3 percent and 15.9 percent, respectively", partner="Thailand"),
        fact(GX, "total", "growth", 15.9, "percent", JN, "15.9",
             "Trade with Thailand and Malaysia increased 8.3 percent and 15.9 percent, respectively", partner="Malaysia"),
        fact(GX, "imports", "quantity", 1.86e6, "tonnes", JN, "1.86 million",
             "The region's fruit imports from ASEAN totaled 1.86 million tonnes", partner="ASEAN", product="fruit"),
        fact(GX, "imports", "value", 14.82e9, "CNY", JN, "14.82 billion",
             "The region's fruit imports from ASEAN totaled 1.86 million tonnes, worth 14.82 billion yuan",
             partner="ASEAN", product="fruit"),
        fact(GX, "imports", "growth", 18.9, "percent", JN, "18.9",
             "The region's fruit imports from ASEAN totaled 1.86 million tonnes, worth 14.82 billion yuan, up 18.9 percent in value",
             partner="ASEAN", product="fruit"),
        fact(GX, "imports", "growth", 31.4, "percent", JN, "31.4",
             "Fresh durian led the way, with imports soaring 31.4 percent to 6.27 billion yuan",
             partner="ASEAN", product="fresh durian"),
        fact(GX, "imports", "value", 6.27e9, "CNY", JN, "6.27 billion",
             "Fresh durian led the way, with imports soaring 31.4 percent to 6.27 billion yuan",
             partner="ASEAN", product="fresh durian"),
        fact(GX, "total", "growth", 9.8, "percent", JN, "9.8",
             "Border small-volume trade, which covers transactions by licensed firms at border crossings, went up 9.8 percent to 98.4 billion yuan",
             segment="border small-volume trade"),
        fact(GX, "total", "value", 98.4e9, "CNY", JN, "98.4 billion",
             "Border small-volume trade, which covers transactions by licensed firms at border crossings, went up 9.8 percent to 98.4 billion yuan",
             segment="border small-volume trade"),
        fact(GX, "total", "value", 21.3e9, "CNY", JN, "21.3 billion",
             "border residents' mutual trade reached 21.3 billion yuan", segment="border residents' mutual trade"),
        fact(GX, "exports", "growth", 16.1, "percent", JN, "16.1",
             "Exports of such goods to ASEAN rose 16.1 percent to 118.5 billion yuan", partner="ASEAN", product=M_E),
        fact(GX, "exports", "value", 118.5e9, "CNY", JN, "118.5 billion",
             "Exports of such goods to ASEAN rose 16.1 percent to 118.5 billion yuan", partner="ASEAN", product=M_E),
        fact(GX, "exports", "share", 54.9, "percent", JN, "54.9",
             "Exports of such goods to ASEAN rose 16.1 percent to 118.5 billion yuan, accounting for 54.9 percent of Guangxi's exports to the bloc",
             partner="ASEAN", product=M_E),
        fact(GX, "total", "value", 312.6e9, "CNY", JN, "312.6 billion",
             "Private enterprises handled 312.6 billion yuan of the region's trade with ASEAN",
             partner="ASEAN", segment="private enterprises"),
        fact(GX, "total", "share", 83.9, "percent", JN, "83.9",
             "Private enterprises handled 312.6 billion yuan of the region's trade with ASEAN, or 83.9 percent of the total",
             partner="ASEAN", segment="private enterprises"),
        fact(GX, "total", "count", 6830, "number", JN, "6,830",
             "6,830 companies in Guangxi recorded imports or exports with ASEAN countries during the period",
             partner="ASEAN", segment="foreign trade enterprises"),
        fact(GX, "total", "growth", 6.4, "percent", NOV, "6.4",
             "In November alone, the region's trade with ASEAN rose 6.4 percent year on year to 35.12 billion yuan", partner="ASEAN"),
        fact(GX, "total", "value", 35.12e9, "CNY", NOV, "35.12 billion",
             "In November alone, the region's trade with ASEAN rose 6.4 percent year on year to 35.12 billion yuan", partner="ASEAN"),
        fact(GX, "total", "value", 38.07e9, "CNY", OCT, "38.07 billion",
             "the region's trade with ASEAN rose 6.4 percent year on year to 35.12 billion yuan, down from 38.07 billion yuan in October",
             partner="ASEAN"),
    ],
}
