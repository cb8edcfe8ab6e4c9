from _fact import fact, period

Q13 = period(2025, 1, 9)
GD = "Guangdong"
E_TOT = "In the first three quarters of the year, imports and exports of south China's Guangdong province, the nation's biggest foreign trade hub, grew 3.1 percent year-on-year to 6.96 trillion yuan (about $976 billion)"
E_Q = "the province's foreign trade rose 4.2 percent, 1.8 percent and 3.4 percent year-on-year in the first, second and third quarters respectively"
E_XM = "Exports grew 1.6 percent to 4.46 trillion yuan and imports went up 5.9 percent to 2.5 trillion yuan."
E_SEP = "For September alone, the province's trade came to 813.6 billion yuan, a rise of 6.9 percent."
E_ASEAN = "Trade with ASEAN, the province's largest trading partner, grew 7.8 percent to 1.16 trillion yuan, making up 16.7 percent of the total for Guangdong."
E_US = "trade with the United States dropped 17.2 percent to 521.3 billion yuan."
E_BR = "exports to Belt and Road partner countries increased 6.4 percent to 1.68 trillion yuan"

ARTICLE = {
    "id": "dA2_05_guangdong_q3_2025",
    "title": "Guangdong posts 3.1% trade growth over first three quarters",
    "publisher": "Xinhua",
    "published": "2025-10-23",
    "notes": [
        "Running period: the first three quarters of 2025 (year from the 'Updated: 2025-10-23' line in the text).",
        "'south China's Guangdong province' -> area Guangdong; 'the nation's biggest foreign trade hub' is descriptive and is "
        "restated as a rank by 'stayed top among provincial-level regions in trade value': one rank fact (1).",
        "'6.96 trillion yuan (about $976 billion)': CNY exact and USD approx.",
        "Quarters with 'respectively': Q1 4.2, Q2 1.8, Q3 3.4, each its own quarter period, basis yoy.",
        "'For September alone': period 2025-09.",
        "Trade WITH partners (ASEAN, United States) and exports TO Belt and Road partner countries carry a partner; area stays Guangdong.",
        "'ASEAN, the province's largest trading partner': rank 1 with partner ASEAN; '16.7 percent of the total for Guangdong': share with partner ASEAN.",
        "'39 years in a row' (streak), 'lagged the national average by 0.9 percentage points', Canton Fair '138th', "
        "'32,000 exhibitors', 'Oct 15': out. 'double-digit rate' has no number: nothing labelled.",
    ],
    "facts": [
        fact(GD, "total", "value", 6.96e12, "CNY", Q13, "6.96 trillion", E_TOT),
        fact(GD, "total", "value", 976e9, "USD", Q13, "976 billion", E_TOT, qualifier="approx"),
        fact(GD, "total", "growth", 3.1, "percent", Q13, "3.1", E_TOT),
        fact(GD, "total", "growth", 4.2, "percent", period(2025, 1, 3), "4.2", E_Q),
        fact(GD, "total", "growth", 1.8, "percent", period(2025, 4, 6), "1.8", E_Q),
        fact(GD, "total", "growth", 3.4, "percent", period(2025, 7, 9), "3.4", E_Q),
        fact(GD, "exports", "growth", 1.6, "percent", Q13, "1.6", E_XM),
        fact(GD, "exports", "value", 4.46e12, "CNY", Q13, "4.46 trillion", E_XM),
        fact(GD, "imports", "growth", 5.9, "percent", Q13, "5.9", E_XM),
        fact(GD, "imports", "value", 2.5e12, "CNY", Q13, "2.5 trillion", E_XM),
        fact(GD, "total", "value", 813.6e9, "CNY", period(2025, 9), "813.6 billion", E_SEP),
        fact(GD, "total", "growth", 6.9, "percent", period(2025, 9), "6.9", E_SEP),
        fact(GD, "total", "share", 20.7, "percent", Q13, "20.7",
             "Over the nine months, Guangdong made up 20.7 percent of China's total foreign trade"),
        fact(GD, "total", "rank", 1, "number", Q13, "top", "stayed top among provincial-level regions in trade value"),
        fact(GD, "total", "rank", 1, "number", Q13, "largest", E_ASEAN, partner="ASEAN"),
        fact(GD, "total", "growth", 7.8, "percent", Q13, "7.8", E_ASEAN, partner="ASEAN"),
        fact(GD, "total", "value", 1.16e12, "CNY", Q13, "1.16 trillion", E_ASEAN, partner="ASEAN"),
        fact(GD, "total", "share", 16.7, "percent", Q13, "16.7", E_ASEAN, partner="ASEAN"),
        fact(GD, "total", "growth", -17.2, "percent", Q13, "17.2", E_US, partner="United States"),
        fact(GD, "total", "value", 521.3e9, "CNY", Q13, "521.3 billion", E_US, partner="United States"),
        fact(GD, "exports", "growth", 6.4, "percent", Q13, "6.4", E_BR, partner="Belt and Road partner countries"),
        fact(GD, "exports", "value", 1.68e12, "CNY", Q13, "1.68 trillion", E_BR, partner="Belt and Road partner countries"),
    ],
}
