from _fact import fact, period

YTD = period(2025, 1, 10)
OCT = period(2025, 10)
E_TOT = "The goods China traded with the rest of the world were worth 37.31 trillion yuan in the first 10 months of this year, a rise of 3.6 percent year on year"
E_EXIM = "Exports grew 6.2 percent from a year before to 22.12 trillion yuan, whereas imports slipped 0.1 percent to 15.19 trillion yuan"
E_USD = "combined imports and exports for January-October rose 3.1 percent to 5.23 trillion dollars"
E_OCT = "Looking only at October, a strong comparison base from a year ago held back exports, which slipped 0.8 percent, while imports rose 1.4 percent and overall trade inched up 0.1 percent"
E_ASEAN = "China's largest trading partner was still the Association of Southeast Asian Nations (ASEAN): two-way trade with the bloc increased 9.1 percent to 6.18 trillion yuan"
E_PRIV = "Private enterprises continued to carry the bulk of the country's foreign trade, with their combined imports and exports up 7.2 percent at 21.28 trillion yuan, equal to 57 percent of the national total"

ARTICLE = {
    "id": "dH1_01_xinhua_oct_ytd",
    "title": "Goods trade in China grows 3.6 pct over first 10 months of the year",
    "publisher": "Xinhua",
    "published": "2025-11-07",
    "notes": [
        "The text states no year: 'first 10 months of this year' and 'Looking only at October' take 2025 from the published date.",
        "'picked up by 0.1 percentage points compared with the first three quarters' and '1.9 percentage points higher': percentage-point comparisons, out.",
        "The headline restates the body's 3.6 percent: labelled once, body evidence.",
        "EU and US 'Next came' after ASEAN: implied ranks, not stated ones; not labelled. 'kept shrinking' gives no number.",
        "GDP growth 5.2 percent, the 'around 5 percent' target and 4,100 CIIE exhibitors: not trade flows, out.",
        "'Private enterprises ... their combined imports and exports' carries segment private enterprises; share of the national total, 2025-01/10.",
        "Surplus 6.93 trillion = 22.12 - 15.19 trillion yuan; ASEAN 6.18 trillion (16.6 percent of the total) is consistent but the share is not stated, so not labelled.",
    ],
    "facts": [
        fact("China", "total", "growth", 3.6, "percent", YTD, "3.6", E_TOT),
        fact("China", "total", "value", 37.31e12, "CNY", YTD, "37.31 trillion", E_TOT),
        fact("China", "exports", "growth", 6.2, "percent", YTD, "6.2", E_EXIM),
        fact("China", "exports", "value", 22.12e12, "CNY", YTD, "22.12 trillion", E_EXIM),
        fact("China", "imports", "growth", -0.1, "percent", YTD, "0.1", E_EXIM),
        fact("China", "imports", "value", 15.19e12, "CNY", YTD, "15.19 trillion", E_EXIM),
        fact("China", "balance", "value", 6.93e12, "CNY", YTD, "6.93 trillion", "putting the trade surplus at 6.93 trillion yuan"),
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
