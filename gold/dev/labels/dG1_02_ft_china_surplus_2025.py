from _fact import fact, period

Y = period(2025, 1, 12)
E_X = "Exports climbed 5.5 per cent to $3.77tn while imports stagnated at $2.58tn"
E_US = "Exports to the US fell 20 per cent to $420bn over the year"
E_EU = "Shipments to the EU, by contrast, rose 8.4 per cent to $560bn"
E_ASEAN = "Exports to the Association of Southeast Asian Nations jumped 13.4 per cent to $660bn"
E_SHARE = "China's share of global merchandise exports climbed to about 15.3 per cent, according to estimates based on WTO data, up from 14.2 per cent in 2023"

ARTICLE = {
    "id": "dG1_02_ft_china_surplus_2025",
    "title": "China's trade surplus swells to $1.19tn as exporters outrun Trump's tariffs",
    "publisher": "Financial Times",
    "published": "2026-01-14",
    "notes": [
        "FT-style analysis; the outlet is named only in the closing copyright line. The running period is the year 2025, stated in the text.",
        "Customs data cover goods only: the surplus, exports and imports carry product null (goods alone).",
        "Headline '$1.19tn' restates the body: labelled once, body evidence.",
        "'rose 20 per cent from 2024's $993bn': the growth of the 2025 surplus and a separate 2024 balance fact.",
        "'imports stagnated at $2.58tn': the value only; no growth number is written.",
        "'Rmb8.47tn' is the same surplus in renminbi: a separate CNY fact (exact, no 'about').",
        "December: exports growth 6.6 and the monthly surplus $114.1bn, period 2025-12. The '3 per cent gain forecast' in a poll is out.",
        "'the seventh month of the year in which the surplus topped $100bn': a streak/conditional count, out.",
        "Partner balances: 'China's surplus with the US shrank to $282bn' and 'surplus with the bloc widened to $291bn' are balance values (positive); 'the bloc' = European Union.",
        "'sales to Africa grew 25.8 per cent': exports growth, partner Africa; no value given.",
        "World export share 'about 15.3 per cent' (approx) and 14.2 per cent in 2023 (period 2023): shares of China's exports in world exports, partner null.",
        "Out: GDP growth ~5 per cent, net exports' contribution (a third), export prices, 12 per cent real-terms volume growth, renminbi 4.4 per cent and Rmb6.98, undervaluation 20 per cent, surplus 6 per cent of GDP, the $1.3tn 2026 forecast, 4.5 per cent growth forecast, 'double its share two decades ago'.",
    ],
    "facts": [
        fact("China", "balance", "value", 1.19e12, "USD", Y, "1.19tn",
             "China ran a goods trade surplus of $1.19tn in 2025"),
        fact("China", "balance", "growth", 20, "percent", Y, "20",
             "the surplus rose 20 per cent from 2024's $993bn"),
        fact("China", "balance", "value", 993e9, "USD", period(2024, 1, 12), "993bn",
             "the surplus rose 20 per cent from 2024's $993bn"),
        fact("China", "balance", "value", 8.47e12, "CNY", Y, "8.47tn",
             "Measured in renminbi, the surplus came to Rmb8.47tn"),
        fact("China", "exports", "growth", 5.5, "percent", Y, "5.5", E_X),
        fact("China", "exports", "value", 3.77e12, "USD", Y, "3.77tn", E_X),
        fact("China", "imports", "value", 2.58e12, "USD", Y, "2.58tn", E_X),
        fact("China", "exports", "growth", 6.6, "percent", period(2025, 12), "6.6",
             "Exports rose 6.6 per cent year on year"),
        fact("China", "balance", "value", 114.1e9, "USD", period(2025, 12), "114.1bn",
             "the monthly surplus reached $114.1bn"),
        fact("China", "exports", "growth", -20, "percent", Y, "20", E_US, partner="United States"),
        fact("China", "exports", "value", 420e9, "USD", Y, "420bn", E_US, partner="United States"),
        fact("China", "balance", "value", 282e9, "USD", Y, "282bn",
             "China's surplus with the US shrank to $282bn", partner="United States"),
        fact("China", "exports", "growth", 8.4, "percent", Y, "8.4", E_EU, partner="European Union"),
        fact("China", "exports", "value", 560e9, "USD", Y, "560bn", E_EU, partner="European Union"),
        fact("China", "balance", "value", 291e9, "USD", Y, "291bn",
             "China's surplus with the bloc widened to $291bn", partner="European Union"),
        fact("China", "exports", "growth", 13.4, "percent", Y, "13.4", E_ASEAN, partner="ASEAN"),
        fact("China", "exports", "value", 660e9, "USD", Y, "660bn", E_ASEAN, partner="ASEAN"),
        fact("China", "exports", "growth", 25.8, "percent", Y, "25.8",
             "sales to Africa grew 25.8 per cent", partner="Africa"),
        fact("China", "exports", "share", 15.3, "percent", Y, "15.3", E_SHARE, qualifier="approx"),
        fact("China", "exports", "share", 14.2, "percent", period(2023, 1, 12), "14.2", E_SHARE),
    ],
}
