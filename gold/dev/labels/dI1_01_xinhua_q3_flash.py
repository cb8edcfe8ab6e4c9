from _fact import fact, period

Q3 = period(2025, 7, 9)
E_TOTAL = "reached 11.61 trillion yuan (about 1.63 trillion U.S. dollars) in the third quarter, up 6.0 percent on a year earlier"
E_EXP = "In the July-September period, exports increased 7.1 percent to 6.73 trillion yuan"
E_IMP = "imports gained 4.5 percent to 4.88 trillion yuan"
E_ASEAN = "Goods exchanged with the bloc grew by 9.4 percent, reaching 1.96 trillion yuan and accounting for 16.9 percent of all of China's foreign trade in the quarter"
E_PRIV = "their imports and exports totaled 6.64 trillion yuan, or 57.2 percent of the whole"
E_ME = "mechanical and electrical products made up 60.3 percent of all exports, with their outbound sales up 8.8 percent at 4.06 trillion yuan"
ME = "mechanical and electrical products"

ARTICLE = {
    "id": "dI1_01_xinhua_q3_flash",
    "title": "Exports stay solid as China's third-quarter trade gains 6 pct",
    "publisher": "Xinhua",
    "published": "2025-10-13",
    "notes": [
        "The text names no year: 'the third quarter' and 'September' take 2025 from the published date.",
        "Headline '6 pct' restates the body's 6.0 percent: labelled once, body evidence.",
        "USD conversion with 'about': separate fact, approx.",
        "'outpaced that of the second quarter by 2.1 percentage points', '1.3 percentage points higher', 'exceeded 10 trillion yuan in each of the past 11 consecutive quarters': out of scope.",
        "GDP 4.8 / 5.2 percent is an analyst expectation and not trade: out.",
        "'The largest trading partner of China was still' ASEAN: rank 1 for the quarter.",
        "Private firms: segment 'private firms' (the text's words), total flow.",
    ],
    "facts": [
        fact("China", "total", "value", 11.61e12, "CNY", Q3, "11.61 trillion", E_TOTAL),
        fact("China", "total", "value", 1.63e12, "USD", Q3, "1.63 trillion", E_TOTAL, qualifier="approx"),
        fact("China", "total", "growth", 6.0, "percent", Q3, "6.0", E_TOTAL),
        fact("China", "exports", "value", 6.73e12, "CNY", Q3, "6.73 trillion", E_EXP),
        fact("China", "exports", "growth", 7.1, "percent", Q3, "7.1", E_EXP),
        fact("China", "imports", "value", 4.88e12, "CNY", Q3, "4.88 trillion", E_IMP),
        fact("China", "imports", "growth", 4.5, "percent", Q3, "4.5", E_IMP),
        fact("China", "balance", "value", 1.85e12, "CNY", Q3, "1.85 trillion",
             "the quarter closed with a trade surplus of 1.85 trillion yuan"),
        fact("China", "total", "growth", 7.9, "percent", period(2025, 9), "7.9",
             "China's total trade in September by itself climbed 7.9 percent year on year"),
        fact("China", "total", "rank", 1, "number", Q3, "largest",
             "The largest trading partner of China was still the Association of Southeast Asian Nations (ASEAN)", partner="ASEAN"),
        fact("China", "total", "growth", 9.4, "percent", Q3, "9.4", E_ASEAN, partner="ASEAN"),
        fact("China", "total", "value", 1.96e12, "CNY", Q3, "1.96 trillion", E_ASEAN, partner="ASEAN"),
        fact("China", "total", "share", 16.9, "percent", Q3, "16.9", E_ASEAN, partner="ASEAN"),
        fact("China", "total", "value", 6.64e12, "CNY", Q3, "6.64 trillion", E_PRIV, segment="private firms"),
        fact("China", "total", "share", 57.2, "percent", Q3, "57.2", E_PRIV, segment="private firms"),
        fact("China", "exports", "growth", 8.8, "percent", Q3, "8.8", E_ME, product=ME),
        fact("China", "exports", "value", 4.06e12, "CNY", Q3, "4.06 trillion", E_ME, product=ME),
        fact("China", "exports", "share", 60.3, "percent", Q3, "60.3", E_ME, product=ME),
    ],
}
