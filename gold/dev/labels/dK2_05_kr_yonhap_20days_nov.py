from _fact import fact, period

KR = "South Korea"
OCT = period(2024, 10)
E_EXP = "South Korea's October exports grew 4.6 percent on-year to $57.5 billion"
E_CHIP = "Exports of semiconductors jumped 40.3 percent to $12.5 billion, a record for the month, making up 21.7 percent of all outbound shipments"
E_IMP = "October imports increased 1.7 percent to $54.2 billion"
E_CN = "Shipments to China, the largest trading partner of South Korea, climbed 3.6 percent to $11.5 billion in October"
E_US = "exports to the United States grew 5.2 percent to $10.4 billion"
E_10M = "Over the first 10 months, exports grew 9.1 percent to $568.1 billion"

ARTICLE = {
    "id": "dK2_05_kr_yonhap_20days_nov",
    "title": "(LEAD) S. Korea's Nov. 1-20 exports slip 2.1 pct as car shipments slump",
    "publisher": "Yonhap",
    "published": "2024-11-21",
    "notes": [
        "The year is only in published (2024-11-21): 'Nov. 21 (Yonhap)' gives no year; October is October 2024, 'the first 10 months' January-October 2024.",
        "Everything for the Nov. 1-20 period is out of scope (figures for part of a month): the headline 2.1 pct, $34.2 billion, average daily exports ($2.21 billion, 1.1 percent), working days, product and destination rates (18.7, 16.4, 9.8, 2.4, 4.1, 7.5), imports ($35.5 billion, 3.8 percent) and the $1.3 billion deficit.",
        "'Cumulative exports for the year through Wednesday amounted to $602.3 billion' runs from January 1 to November 20, a period ending inside a month: out.",
        "Only the full month of October 2024 and the January-October total are labelled.",
        "'making up 21.7 percent of all outbound shipments' -> share of semiconductor exports in October.",
        "'the largest trading partner of South Korea' -> rank 1 of total trade with China.",
        "Out: '13th month in a row', '17th consecutive month' (streaks), 'a record for any October' / 'a record for the month' (milestones, no number), the $700 billion annual target (a goal/forecast).",
    ],
    "facts": [
        fact(KR, "exports", "value", 57.5e9, "USD", OCT, "57.5 billion", E_EXP),
        fact(KR, "exports", "growth", 4.6, "percent", OCT, "4.6", E_EXP),
        fact(KR, "exports", "value", 12.5e9, "USD", OCT, "12.5 billion", E_CHIP, product="semiconductors"),
        fact(KR, "exports", "growth", 40.3, "percent", OCT, "40.3", E_CHIP, product="semiconductors"),
        fact(KR, "exports", "share", 21.7, "percent", OCT, "21.7", E_CHIP, product="semiconductors"),
        fact(KR, "imports", "value", 54.2e9, "USD", OCT, "54.2 billion", E_IMP),
        fact(KR, "imports", "growth", 1.7, "percent", OCT, "1.7", E_IMP),
        fact(KR, "balance", "value", 3.3e9, "USD", OCT, "3.3 billion", "the country posted a trade surplus of $3.3 billion"),
        fact(KR, "total", "rank", 1, "number", OCT, "largest", E_CN, partner="China"),
        fact(KR, "exports", "value", 11.5e9, "USD", OCT, "11.5 billion", E_CN, partner="China"),
        fact(KR, "exports", "growth", 3.6, "percent", OCT, "3.6", E_CN, partner="China"),
        fact(KR, "exports", "value", 10.4e9, "USD", OCT, "10.4 billion", E_US, partner="United States"),
        fact(KR, "exports", "growth", 5.2, "percent", OCT, "5.2", E_US, partner="United States"),
        fact(KR, "exports", "value", 568.1e9, "USD", period(2024, 1, 10), "568.1 billion", E_10M),
        fact(KR, "exports", "growth", 9.1, "percent", period(2024, 1, 10), "9.1", E_10M),
    ],
}
