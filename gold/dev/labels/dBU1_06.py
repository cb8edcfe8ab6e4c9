from _fact import fact, period

GX = "Guangxi"
JN = period(2026, 1, 11)
NOV = period(2026, 11)

E_LEAD = ("Nanning Customs said on Monday that south China's Guangxi Zhuang Autonomous Region traded goods worth "
          "361.9 billion yuan (about 51.1 billion U.S. dollars) with the Association of Southeast Asian Nations (ASEAN) "
          "over the first 11 months of this year, a year-on-year rise of 11.8 percent")
E_TOTAL = "The ASEAN trade made up 49 percent of the region's foreign trade, whose total rose 9.4 percent to 738.6 billion yuan during the period"
E_FLOWS = ("Outbound shipments from the region climbed 12.1 percent to 402.3 billion yuan and inbound purchases grew at a "
           "slower 6.3 percent to 336.3 billion yuan, so Guangxi ran a trade surplus of 66 billion yuan")
E_ASEAN_FLOWS = "Of the region's trade with ASEAN, exports amounted to 228.4 billion yuan and imports to 133.5 billion yuan"
E_VN = ("Two-way trade between the two reached 259.7 billion yuan, up 8.6 percent, accounting for 71.8 percent of "
        "Guangxi's trade with ASEAN")
E_TH_ID = ("Trade with Thailand and Indonesia came to 31.4 billion yuan and 22.6 billion yuan, up 15.2 percent and "
           "19.7 percent, respectively")
E_FRUIT = ("Guangxi imported 21.8 billion yuan worth of fruit from ASEAN countries, up 13.5 percent, of which fresh "
           "durians accounted for 12.6 billion yuan")
E_ELEC = "electronic components shipped to ASEAN totaled 38.7 billion yuan, surging 24.5 percent"
E_BORDER = ("Border trade, which includes small-scale exchanges by residents living near the frontier, grew 21.6 percent "
            "to 87.4 billion yuan")
E_PRIV = ("Private enterprises accounted for 55.9 percent of Guangxi's foreign trade, and the number of firms with "
          "actual import and export records rose to 7,436")
E_NOV = ("the region's imports and exports came to 74.2 billion yuan in November, 6.8 percent more than in the same "
         "month of 2025")

ARTICLE = {
    "id": "dBU1_06",
    "title": "Guangxi's trade with ASEAN up 11.8 pct in Jan-Nov",
    "publisher": "Xinhua",
    "published": "2026-12-21",
    "notes": [
        "Real figures: none (January-November 2026 has not happened). Modelled on Xinhua and Nanning Customs releases "
        "on Guangxi's trade (Jan-May 2023, Jan-Nov 2023 Vietnam trade) and on China Railway Nanning Group corridor "
        "reports. Invented: every trade figure in the article (ASEAN trade 361.9 billion yuan, total 738.6 billion, "
        "exports 402.3, imports 336.3, Vietnam 259.7, Thailand 31.4, Indonesia 22.6, fruit 21.8, durians 12.6, "
        "electronic components 38.7, border trade 87.4, 7,436 firms, November 74.2 billion, and all growth rates and "
        "shares), and the corridor figures. Derived: the surplus of 66 billion (402.3 - 336.3); ASEAN share 49 "
        "(361.9/738.6 = 49.0); Vietnam share 71.8 (259.7/361.9); ASEAN exports + imports 228.4 + 133.5 = 361.9; the "
        "dollar figure at about 7.08 yuan per dollar; total growth 9.4 is consistent with the export and import "
        "growth rates.",
        "Judgement calls: the headline's 11.8 percent is the same observation as the lead's, labelled once with the "
        "body's evidence. ASEAN is ranked 'largest trading partner' (rank 1, partner ASEAN, flow total) and Vietnam "
        "is separately the 'largest trading partner among individual countries' (rank 1, partner Vietnam); both "
        "rank 1 with different partners. Vietnam's 71.8 percent is a share of Guangxi's trade with ASEAN (partner "
        "Vietnam, flow total). The fruit and durian figures are imports from ASEAN (the 'of which' durian figure "
        "takes product 'fresh durians'); the electronic components figure is exports to ASEAN. Border trade is a "
        "trade mode (segment 'border trade'). The 7,436 firms with actual import and export records are a count of "
        "foreign trade enterprises. 'this year' and 'November' are 2026 from the dateline (Dec. 21, 2026). The USD "
        "conversion is a separate approx fact.",
        "Not facts: '26 years in a row' (streak); '1,000 km' of frontier; 'under two hours' clearance; the corridor's "
        "1.02 million TEUs and its 11.3 percent growth, 'more than 10,400 trips', '18 provincial-level regions' and "
        "'over 200 ports' (freight and logistics counts, not trade values); the years 2017 and 2025; 'first 11 "
        "months' is the period, not a value.",
        "Copy check: 9 sentences searched (plus a re-search of the reworded lead), 4 reworded (the lead, the exports/imports sentence, the November "
        "sentence and the corridor container sentence had the standard wire skeleton; each was restructured with "
        "numbers kept).",
        "Second check: 21 sentences searched, 0 reworded.",
    ],
    "facts": [
        fact(GX, "total", "value", 361.9e9, "CNY", JN, "361.9 billion", E_LEAD, partner="ASEAN"),
        fact(GX, "total", "value", 51.1e9, "USD", JN, "51.1 billion", E_LEAD, partner="ASEAN", qualifier="approx"),
        fact(GX, "total", "growth", 11.8, "percent", JN, "11.8", E_LEAD, partner="ASEAN"),
        fact(GX, "total", "share", 49, "percent", JN, "49", E_TOTAL, partner="ASEAN"),
        fact(GX, "total", "rank", 1, "number", JN, "largest",
             "The Southeast Asian bloc has been Guangxi's largest trading partner for 26 years in a row", partner="ASEAN"),
        fact(GX, "total", "value", 738.6e9, "CNY", JN, "738.6 billion", E_TOTAL),
        fact(GX, "total", "growth", 9.4, "percent", JN, "9.4", E_TOTAL),
        fact(GX, "exports", "value", 402.3e9, "CNY", JN, "402.3 billion", E_FLOWS),
        fact(GX, "exports", "growth", 12.1, "percent", JN, "12.1", E_FLOWS),
        fact(GX, "imports", "value", 336.3e9, "CNY", JN, "336.3 billion", E_FLOWS),
        fact(GX, "imports", "growth", 6.3, "percent", JN, "6.3", E_FLOWS),
        fact(GX, "balance", "value", 66e9, "CNY", JN, "66 billion", E_FLOWS),
        fact(GX, "exports", "value", 228.4e9, "CNY", JN, "228.4 billion", E_ASEAN_FLOWS, partner="ASEAN"),
        fact(GX, "imports", "value", 133.5e9, "CNY", JN, "133.5 billion", E_ASEAN_FLOWS, partner="ASEAN"),
        fact(GX, "total", "rank", 1, "number", JN, "largest",
             "Vietnam, which borders Guangxi along more than 1,000 km of land frontier, remained the region's largest "
             "trading partner among individual countries", partner="Vietnam"),
        fact(GX, "total", "value", 259.7e9, "CNY", JN, "259.7 billion", E_VN, partner="Vietnam"),
        fact(GX, "total", "growth", 8.6, "percent", JN, "8.6", E_VN, partner="Vietnam"),
        fact(GX, "total", "share", 71.8, "percent", JN, "71.8", E_VN, partner="Vietnam"),
        fact(GX, "total", "value", 31.4e9, "CNY", JN, "31.4 billion", E_TH_ID, partner="Thailand"),
        fact(GX, "total", "value", 22.6e9, "CNY", JN, "22.6 billion", E_TH_ID, partner="Indonesia"),
        fact(GX, "total", "growth", 15.2, "percent", JN, "15.2", E_TH_ID, partner="Thailand"),
        fact(GX, "total", "growth", 19.7, "percent", JN, "19.7", E_TH_ID, partner="Indonesia"),
        fact(GX, "imports", "value", 21.8e9, "CNY", JN, "21.8 billion", E_FRUIT, partner="ASEAN", product="fruit"),
        fact(GX, "imports", "growth", 13.5, "percent", JN, "13.5", E_FRUIT, partner="ASEAN", product="fruit"),
        fact(GX, "imports", "value", 12.6e9, "CNY", JN, "12.6 billion", E_FRUIT, partner="ASEAN", product="fresh durians"),
        fact(GX, "exports", "value", 38.7e9, "CNY", JN, "38.7 billion", E_ELEC, partner="ASEAN",
             product="electronic components"),
        fact(GX, "exports", "growth", 24.5, "percent", JN, "24.5", E_ELEC, partner="ASEAN",
             product="electronic components"),
        fact(GX, "total", "value", 87.4e9, "CNY", JN, "87.4 billion", E_BORDER, segment="border trade"),
        fact(GX, "total", "growth", 21.6, "percent", JN, "21.6", E_BORDER, segment="border trade"),
        fact(GX, "total", "share", 55.9, "percent", JN, "55.9", E_PRIV, segment="private enterprises"),
        fact(GX, "total", "count", 7436, "number", JN, "7,436", E_PRIV, segment="foreign trade enterprises"),
        fact(GX, "total", "value", 74.2e9, "CNY", NOV, "74.2 billion", E_NOV),
        fact(GX, "total", "growth", 6.8, "percent", NOV, "6.8", E_NOV),
    ],
}
