from _fact import fact, period

YTD = period(2025, 1, 11)
NOV = period(2025, 11)
E_LEAD = (
    "in the first 11 months, the value of China's goods trade reached 41.21 trillion yuan "
    "(about 5.8 trillion U.S. dollars), up 3.6 percent year on year"
)
E_EXP = "exports at 24.46 trillion yuan, an increase of 6.2 percent"
E_IMP = "imports at 16.75 trillion yuan, a decrease of 0.2 percent"
E_NOV = (
    "For November on its own, trade totaled 3.9 trillion yuan, a 4.1 percent increase over a year earlier, "
    "and exports gained 5.7 percent"
)
E_ASEAN = (
    "Trade between the two came to 6.83 trillion yuan, 8.5 percent more than a year before, making up 16.6 percent "
    "of the overall figure"
)

ARTICLE = {
    "id": "dC1_06_xinhua_flash_jan_nov",
    "title": "China's imports and exports expand 3.6 pct over first 11 months",
    "publisher": "Xinhua",
    "published": "2025-12-08",
    "notes": [
        "Short flash (118 words); the dateline 'Dec. 8 (Xinhua)' and the text give no year: 2025 from published. "
        "'first 11 months' -> 2025-01..2025-11; 'November on its own' -> 2025-11.",
        "Headline restates the lead's 3.6 percent: one fact.",
        "'(about 5.8 trillion U.S. dollars)': separate USD fact, approx.",
        "'a decrease of 0.2 percent' (imports): a fall, -0.2.",
        "ASEAN paragraph has no period of its own: the running period (first 11 months); 'largest trading partner' is rank 1 with "
        "partner ASEAN, and 16.6 percent is ASEAN's share of China's total.",
        "'Further details will follow': no numbers.",
    ],
    "facts": [
        fact("China", "total", "growth", 3.6, "percent", YTD, "3.6", E_LEAD),
        fact("China", "total", "value", 41.21e12, "CNY", YTD, "41.21 trillion", E_LEAD),
        fact("China", "total", "value", 5.8e12, "USD", YTD, "5.8 trillion", E_LEAD, qualifier="approx"),
        fact("China", "exports", "growth", 6.2, "percent", YTD, "6.2", E_EXP),
        fact("China", "exports", "value", 24.46e12, "CNY", YTD, "24.46 trillion", E_EXP),
        fact("China", "imports", "growth", -0.2, "percent", YTD, "0.2", E_IMP),
        fact("China", "imports", "value", 16.75e12, "CNY", YTD, "16.75 trillion", E_IMP),
        fact("China", "total", "growth", 4.1, "percent", NOV, "4.1", E_NOV),
        fact("China", "total", "value", 3.9e12, "CNY", NOV, "3.9 trillion", E_NOV),
        fact("China", "exports", "growth", 5.7, "percent", NOV, "5.7", E_NOV),
        fact("China", "total", "rank", 1, "number", YTD, "largest", "China's largest trading partner was still ASEAN", partner="ASEAN"),
        fact("China", "total", "value", 6.83e12, "CNY", YTD, "6.83 trillion", E_ASEAN, partner="ASEAN"),
        fact("China", "total", "growth", 8.5, "percent", YTD, "8.5", E_ASEAN, partner="ASEAN"),
        fact("China", "total", "share", 16.6, "percent", YTD, "16.6", E_ASEAN, partner="ASEAN"),
    ],
}
