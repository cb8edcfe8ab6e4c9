from _fact import fact, period

M = period(2026, 10)
YTD = period(2026, 1, 10)
E_EXP = "Exports came to US$61.04 billion last month, 8.4 percent more than a year earlier"
E_IMP = "Inbound shipments totaled $51.32 billion, or about 75.4 trillion won, up 2.1 percent on-year"
E_CHIP = "Semiconductor exports, the country's mainstay item, surged 38.6 percent to $17.26 billion"
E_PET = "Petroleum products and petrochemicals saw exports fall 11.4 percent and 9.8 percent, respectively"
E_CN = "shipments bound for China, South Korea's largest trading partner, grew 6.9 percent to $12.1 billion"
E_US = "Exports to the U.S. slipped 0.2 percent to $10.4 billion"
E_YTD = "Cumulative exports for January-October came to $585.3 billion, up 1.8 percent on-year."

ARTICLE = {
    "id": "dE2_02_kr_yonhap_oct_exports",
    "title": "(LEAD) Record chip sales lift S. Korea's Oct. exports 8.4 pct",
    "publisher": "Yonhap",
    "published": "2026-11-01",
    "notes": [
        "The dateline 'SEJONG, Nov. 1 (Yonhap)' has no year; 'last month' and 'in October' are October 2026 from the published date.",
        "The headline restates the body's 8.4 percent: labelled once, with the body sentence.",
        "'about 89.6 trillion won' and 'about 75.4 trillion won' are won conversions of the dollar figures: KRW facts, qualifier approx.",
        "'South Korea's largest trading partner' (China): a stated rank of total trade, rank 1.",
        "'slipped 0.2 percent' is -0.2.",
        "Out of scope: daily-average exports (+4.1 percent, per working day), the first-20-days figure (+7.9 percent), "
        "'fifth month in a row', 'the 17th straight month', 'Asia's fourth-largest economy', the 6.2 percentage points, "
        "the 15 percent tariff, the $700 billion target, the exchange rate and its 5 percent move.",
        "'sent ship exports sharply higher' names no figure for ships; 'Exports of cars dipped 3.1 percent' is labelled (product cars).",
    ],
    "facts": [
        fact("South Korea", "exports", "value", 61.04e9, "USD", M, "61.04 billion", E_EXP),
        fact("South Korea", "exports", "growth", 8.4, "percent", M, "8.4", E_EXP),
        fact("South Korea", "exports", "value", 89.6e12, "KRW", M, "89.6 trillion",
             "Converted into the local currency, that amounts to about 89.6 trillion won.", qualifier="approx"),
        fact("South Korea", "imports", "growth", 2.1, "percent", M, "2.1", E_IMP),
        fact("South Korea", "imports", "value", 51.32e9, "USD", M, "51.32 billion", E_IMP),
        fact("South Korea", "imports", "value", 75.4e12, "KRW", M, "75.4 trillion", E_IMP, qualifier="approx"),
        fact("South Korea", "balance", "value", 9.72e9, "USD", M, "9.72 billion",
             "the trade balance showed a $9.72 billion surplus"),
        fact("South Korea", "exports", "growth", 38.6, "percent", M, "38.6", E_CHIP, product="semiconductors"),
        fact("South Korea", "exports", "value", 17.26e9, "USD", M, "17.26 billion", E_CHIP, product="semiconductors"),
        fact("South Korea", "exports", "share", 28.3, "percent", M, "28.3",
             "Chips made up 28.3 percent of overall exports", product="semiconductors"),
        fact("South Korea", "exports", "growth", -11.4, "percent", M, "11.4", E_PET, product="petroleum products"),
        fact("South Korea", "exports", "growth", -9.8, "percent", M, "9.8", E_PET, product="petrochemicals"),
        fact("South Korea", "exports", "growth", -3.1, "percent", M, "3.1", "Exports of cars dipped 3.1 percent", product="cars"),
        fact("South Korea", "total", "rank", 1, "number", M, "largest", E_CN, partner="China"),
        fact("South Korea", "exports", "growth", 6.9, "percent", M, "6.9", E_CN, partner="China"),
        fact("South Korea", "exports", "value", 12.1e9, "USD", M, "12.1 billion", E_CN, partner="China"),
        fact("South Korea", "exports", "growth", -0.2, "percent", M, "0.2", E_US, partner="United States"),
        fact("South Korea", "exports", "value", 10.4e9, "USD", M, "10.4 billion", E_US, partner="United States"),
        fact("South Korea", "exports", "growth", 1.8, "percent", YTD, "1.8", E_YTD),
        fact("South Korea", "exports", "value", 585.3e9, "USD", YTD, "585.3 billion", E_YTD),
    ],
}
