from _fact import fact, period

Q3 = period(2025, 7, 9)
E_TOTAL = "expanded 6.0 percent from a year earlier to 11.61 trillion yuan (about 1.63 trillion U.S. dollars) in the third quarter"
E_EXP = "Outbound shipments went up 7.1 percent to 6.73 trillion yuan in the July-September period"
E_IMP = "inbound shipments increased 4.5 percent to 4.88 trillion yuan"
E_ASEAN = "Trade with the bloc rose 9.4 percent to 1.96 trillion yuan, or 16.9 percent of the nation's foreign trade during the quarter"
E_PRIV = "Their imports and exports came to 6.64 trillion yuan in the three months, making up 57.2 percent of the total"
E_ME = "Exports of mechanical and electrical products climbed 8.8 percent to 4.06 trillion yuan, accounting for 60.3 percent of all exports"
ME = "mechanical and electrical products"

ARTICLE = {
    "id": "dI1_01_xinhua_q3_flash",
    "title": "China's Q3 foreign trade up 6 pct as exports hold firm",
    "publisher": "Xinhua",
    "published": "2025-10-13",
    "notes": [
        "The text names no year: 'the third quarter' and 'September' take 2025 from the published date.",
        "Headline '6 pct' restates the body's 6.0 percent: labelled once, body evidence.",
        "USD conversion with 'about': separate fact, approx.",
        "'2.1 percentage points faster', 'up 1.3 percentage points', '10 trillion yuan for 11 quarters in a row': out of scope.",
        "GDP 4.8 / 5.2 percent is an analyst expectation and not trade: out.",
        "'stayed China's largest trading partner' for ASEAN: rank 1 for the quarter.",
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
             "putting the quarterly trade surplus at 1.85 trillion yuan"),
        fact("China", "total", "growth", 7.9, "percent", period(2025, 9), "7.9",
             "In September alone, the country's total trade grew 7.9 percent year on year"),
        fact("China", "total", "rank", 1, "number", Q3, "largest",
             "The Association of Southeast Asian Nations (ASEAN) stayed China's largest trading partner", partner="ASEAN"),
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
