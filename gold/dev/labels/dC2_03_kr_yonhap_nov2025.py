from _fact import fact, period

NOV = period(2025, 11)
YTD = period(2025, 1, 11)
KR = "South Korea"
E_EXP = "Outbound sales reached US$61.04 billion last month, an 8.4 percent increase from a year earlier"
E_IMP = "imports up 1.2 percent on-year at $51.30 billion, the country ran a trade surplus of $9.73 billion"
E_CHIP = "semiconductor exports jumped 38.6 percent from a year earlier to $17.26 billion, making up 28.3 percent of all exports"
E_AUTO = "Automobile exports climbed 13.7 percent to $6.41 billion"
E_SHIP = "exports of ships increased 5.9 percent to $2.65 billion"
E_PS = "petrochemicals and steel stayed sluggish, declining 14.1 percent and 16 percent, respectively"
E_CN = "shipments to China, the largest trading partner of South Korea, rose 6.9 percent to $12.07 billion"
E_US = "Exports to the United States slipped 0.2 percent to $10.35 billion"
E_ASEAN = "sales to the 10-member ASEAN bloc increased 6.3 percent to $10.42 billion"
E_YTD = "In the first 11 months of 2025, exports totaled $640.2 billion, a 2.9 percent gain on a year earlier"
E_CHIP_YTD = "chip exports amounted to $152.6 billion, already more than the $141.9 billion full-year record reached in 2024"

ARTICLE = {
    "id": "dC2_03_kr_yonhap_nov2025",
    "title": "(LEAD) Record chip shipments extend S. Korea's export gains to 6 months in Nov.",
    "publisher": "Yonhap",
    "published": "2025-12-01",
    "notes": [
        "'last month' / 'November' against the dateline Dec. 1 (published 2025-12-01): 2025-11; the text itself names 2025 for the year to date.",
        "Streaks are out: 'run of export growth to six months', 'its 10th straight monthly surplus', 'nine months in a row'; so are 'the highest figure ever for a November' and 'a monthly record' (milestones, no number).",
        "'exports per day rose 13.3 percent to $2.71 billion': per-working-day average, out per the guide.",
        "'making up 28.3 percent of all exports': share of chips in exports, labelled.",
        "'declining 14.1 percent and 16 percent, respectively': distributed over petrochemicals and steel.",
        "'the largest trading partner of South Korea' (China): rank 1 of total trade with China.",
        "'10-member ASEAN bloc': the 10 is not a trade figure, out.",
        "'surpassing the earlier record for those months, which was set in 2022': milestone with no number, out.",
        "'$141.9 billion full-year record reached in 2024': chip exports of 2024, a stated observation of another period, labelled with period 2024.",
        "'exceed $700 billion ... if December shipments hit $59.8 billion': conditional/forecast, out.",
        "Korean figures are in dollars only (no won in the text).",
        "Products in the text's words: 'semiconductor exports' (November) -> semiconductors; 'chip exports' over the January-November stretch and the 2024 record -> chips.",
    ],
    "facts": [
        fact(KR, "exports", "value", 61.04e9, "USD", NOV, "61.04 billion", E_EXP),
        fact(KR, "exports", "growth", 8.4, "percent", NOV, "8.4", E_EXP),
        fact(KR, "imports", "value", 51.30e9, "USD", NOV, "51.30 billion", E_IMP),
        fact(KR, "imports", "growth", 1.2, "percent", NOV, "1.2", E_IMP),
        fact(KR, "balance", "value", 9.73e9, "USD", NOV, "9.73 billion", E_IMP),
        fact(KR, "exports", "value", 17.26e9, "USD", NOV, "17.26 billion", E_CHIP, product="semiconductors"),
        fact(KR, "exports", "growth", 38.6, "percent", NOV, "38.6", E_CHIP, product="semiconductors"),
        fact(KR, "exports", "share", 28.3, "percent", NOV, "28.3", E_CHIP, product="semiconductors"),
        fact(KR, "exports", "value", 6.41e9, "USD", NOV, "6.41 billion", E_AUTO, product="automobiles"),
        fact(KR, "exports", "growth", 13.7, "percent", NOV, "13.7", E_AUTO, product="automobiles"),
        fact(KR, "exports", "value", 2.65e9, "USD", NOV, "2.65 billion", E_SHIP, product="ships"),
        fact(KR, "exports", "growth", 5.9, "percent", NOV, "5.9", E_SHIP, product="ships"),
        fact(KR, "exports", "growth", -14.1, "percent", NOV, "14.1", E_PS, product="petrochemicals"),
        fact(KR, "exports", "growth", -16, "percent", NOV, "16", E_PS, product="steel"),
        fact(KR, "total", "rank", 1, "number", NOV, "largest", E_CN, partner="China"),
        fact(KR, "exports", "value", 12.07e9, "USD", NOV, "12.07 billion", E_CN, partner="China"),
        fact(KR, "exports", "growth", 6.9, "percent", NOV, "6.9", E_CN, partner="China"),
        fact(KR, "exports", "value", 10.35e9, "USD", NOV, "10.35 billion", E_US, partner="United States"),
        fact(KR, "exports", "growth", -0.2, "percent", NOV, "0.2", E_US, partner="United States"),
        fact(KR, "exports", "value", 10.42e9, "USD", NOV, "10.42 billion", E_ASEAN, partner="ASEAN"),
        fact(KR, "exports", "growth", 6.3, "percent", NOV, "6.3", E_ASEAN, partner="ASEAN"),
        fact(KR, "exports", "growth", -1.9, "percent", NOV, "1.9", "Shipments to the European Union dropped 1.9 percent",
             partner="European Union"),
        fact(KR, "exports", "value", 640.2e9, "USD", YTD, "640.2 billion", E_YTD),
        fact(KR, "exports", "growth", 2.9, "percent", YTD, "2.9", E_YTD),
        fact(KR, "exports", "value", 152.6e9, "USD", YTD, "152.6 billion", E_CHIP_YTD, product="chips"),
        fact(KR, "exports", "value", 141.9e9, "USD", period(2024, 1, 12), "141.9 billion", E_CHIP_YTD, product="chips"),
    ],
}
