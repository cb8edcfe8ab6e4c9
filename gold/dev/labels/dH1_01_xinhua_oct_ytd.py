from _fact import fact, period

YTD = period(2025, 1, 10)
OCT = period(2025, 10)
E_TOT = "China's foreign trade in goods expanded 3.6 percent year on year to 37.31 trillion yuan"
E_EXIM = "Exports went up 6.2 percent from a year earlier to 22.12 trillion yuan, and imports edged down 0.1 percent to 15.19 trillion yuan"
E_USD = "the country's imports and exports totaled 5.23 trillion dollars during the January-October period, up 3.1 percent"
E_OCT = "For October alone, total trade grew 0.1 percent, with exports slipping 0.8 percent and imports rising 1.4 percent"
E_ASEAN = "The Association of Southeast Asian Nations (ASEAN) stayed China's largest trading partner, with bilateral trade rising 9.1 percent to 6.18 trillion yuan"
E_PRIV = "Their imports and exports climbed 7.2 percent to 21.28 trillion yuan, accounting for 57 percent of the national total"

ARTICLE = {
    "id": "dH1_01_xinhua_oct_ytd",
    "title": "China's foreign trade up 3.6 pct in first 10 months",
    "publisher": "Xinhua",
    "published": "2025-11-07",
    "notes": [
        "The text states no year: 'first 10 months of this year' and 'October alone' take 2025 from the published date.",
        "'0.1 percentage points faster than that of the first three quarters' and '1.9 percentage points more': percentage-point comparisons, out.",
        "The headline restates the body's 3.6 percent: labelled once, body evidence.",
        "EU and US 'followed' ASEAN: implied ranks, not stated ones; not labelled. 'continued to contract' gives no number.",
        "GDP growth 5.2 percent, the 'around 5 percent' target and 4,100 CIIE exhibitors: not trade flows, out.",
        "Private enterprises' 'Their imports and exports' carries segment private enterprises; share of the national total, 2025-01/10.",
        "Surplus 6.93 trillion = 22.12 - 15.19 trillion yuan; ASEAN 6.18 trillion (16.6 percent of the total) is consistent but the share is not stated, so not labelled.",
    ],
    "facts": [
        fact("China", "total", "growth", 3.6, "percent", YTD, "3.6", E_TOT),
        fact("China", "total", "value", 37.31e12, "CNY", YTD, "37.31 trillion", E_TOT),
        fact("China", "exports", "growth", 6.2, "percent", YTD, "6.2", E_EXIM),
        fact("China", "exports", "value", 22.12e12, "CNY", YTD, "22.12 trillion", E_EXIM),
        fact("China", "imports", "growth", -0.1, "percent", YTD, "0.1", E_EXIM),
        fact("China", "imports", "value", 15.19e12, "CNY", YTD, "15.19 trillion", E_EXIM),
        fact("China", "balance", "value", 6.93e12, "CNY", YTD, "6.93 trillion", "leaving a trade surplus of 6.93 trillion yuan"),
        fact("China", "total", "value", 5.23e12, "USD", YTD, "5.23 trillion", E_USD),
        fact("China", "total", "growth", 3.1, "percent", YTD, "3.1", E_USD),
        fact("China", "total", "growth", 0.1, "percent", OCT, "0.1", E_OCT),
        fact("China", "exports", "growth", -0.8, "percent", OCT, "0.8", E_OCT),
        fact("China", "imports", "growth", 1.4, "percent", OCT, "1.4", E_OCT),
        fact("China", "total", "rank", 1, "number", YTD, "largest", E_ASEAN, partner="ASEAN"),
        fact("China", "total", "growth", 9.1, "percent", YTD, "9.1", E_ASEAN, partner="ASEAN"),
        fact("China", "total", "value", 6.18e12, "CNY", YTD, "6.18 trillion", E_ASEAN, partner="ASEAN"),
        fact("China", "total", "growth", 7.2, "percent", YTD, "7.2", E_PRIV, segment="private enterprises"),
        fact("China", "total", "value", 21.28e12, "CNY", YTD, "21.28 trillion", E_PRIV, segment="private enterprises"),
        fact("China", "total", "share", 57, "percent", YTD, "57", E_PRIV, segment="private enterprises"),
    ],
}
