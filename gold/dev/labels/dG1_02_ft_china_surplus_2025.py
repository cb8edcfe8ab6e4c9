from _fact import fact, period

Y = period(2025, 1, 12)
E_X = "Exports grew 5.5 per cent to $3.77tn, whereas imports were flat at $2.58tn"
E_US = "exports to the US dropped 20 per cent over the year to $420bn"
E_EU = "Exports to the EU went the other way, climbing 8.4 per cent to $560bn"
E_ASEAN = "Sales to the Association of Southeast Asian Nations surged 13.4 per cent to $660bn"
E_SHARE = "Estimates drawn from WTO data put China's portion of world merchandise exports at about 15.3 per cent, compared with 14.2 per cent in 2023"

ARTICLE = {
    "id": "dG1_02_ft_china_surplus_2025",
    "title": "Exporters shrug off Trump's tariffs as China's trade surplus hits $1.19tn",
    "publisher": "Financial Times",
    "published": "2026-01-14",
    "notes": [
        "FT-style analysis; the outlet is named only in the closing copyright line. The running period is the year 2025, stated in the text.",
        "Customs data cover goods only: the surplus, exports and imports carry product null (goods alone).",
        "Headline '$1.19tn' restates the body: labelled once, body evidence.",
        "'20 per cent larger than 2024's $993bn': the growth of the 2025 surplus and a separate 2024 balance fact.",
        "'imports were flat at $2.58tn': the value only; no growth number is written.",
        "'Rmb8.47tn' is the same surplus in renminbi: a separate CNY fact (exact, no 'about').",
        "December: exports growth 6.6 and the monthly surplus $114.1bn, period 2025-12. The '3 per cent rise that surveyed economists had expected' is out.",
        "'seven months of the year with a surplus above $100bn': a streak/conditional count, out.",
        "Partner balances: 'the surplus China runs with the US shrank to $282bn' and 'the surplus China has with the bloc widened to $291bn' are balance values (positive); 'the bloc' = European Union.",
        "'exports to Africa increased 25.8 per cent': exports growth, partner Africa; no value given.",
        "World export share 'about 15.3 per cent' (approx) and 14.2 per cent in 2023 (period 2023): shares of China's exports in world exports, partner null.",
        "Out: GDP growth ~5 per cent, net exports' contribution (a third), export prices, 12 per cent real-terms volume growth, renminbi 4.4 per cent and Rmb6.98, undervaluation 20 per cent, surplus 6 per cent of GDP, the $1.3tn 2026 forecast, 4.5 per cent growth forecast, 'around twice what it was two decades earlier'.",
    ],
    "facts": [
        fact("China", "balance", "value", 1.19e12, "USD", Y, "1.19tn",
             "leaving China with a $1.19tn surplus on goods trade in 2025"),
        fact("China", "balance", "growth", 20, "percent", Y, "20",
             "the surplus was 20 per cent larger than 2024's $993bn"),
        fact("China", "balance", "value", 993e9, "USD", period(2024, 1, 12), "993bn",
             "the surplus was 20 per cent larger than 2024's $993bn"),
        fact("China", "balance", "value", 8.47e12, "CNY", Y, "8.47tn",
             "In renminbi terms the surplus amounted to Rmb8.47tn"),
        fact("China", "exports", "growth", 5.5, "percent", Y, "5.5", E_X),
        fact("China", "exports", "value", 3.77e12, "USD", Y, "3.77tn", E_X),
        fact("China", "imports", "value", 2.58e12, "USD", Y, "2.58tn", E_X),
        fact("China", "exports", "growth", 6.6, "percent", period(2025, 12), "6.6",
             "December exports were up 6.6 per cent year on year"),
        fact("China", "balance", "value", 114.1e9, "USD", period(2025, 12), "114.1bn",
             "the surplus for the month hit $114.1bn"),
        fact("China", "exports", "growth", -20, "percent", Y, "20", E_US, partner="United States"),
        fact("China", "exports", "value", 420e9, "USD", Y, "420bn", E_US, partner="United States"),
        fact("China", "balance", "value", 282e9, "USD", Y, "282bn",
             "the surplus China runs with the US shrank to $282bn", partner="United States"),
        fact("China", "exports", "growth", 8.4, "percent", Y, "8.4", E_EU, partner="European Union"),
        fact("China", "exports", "value", 560e9, "USD", Y, "560bn", E_EU, partner="European Union"),
        fact("China", "balance", "value", 291e9, "USD", Y, "291bn",
             "the surplus China has with the bloc widened to $291bn", partner="European Union"),
        fact("China", "exports", "growth", 13.4, "percent", Y, "13.4", E_ASEAN, partner="ASEAN"),
        fact("China", "exports", "value", 660e9, "USD", Y, "660bn", E_ASEAN, partner="ASEAN"),
        fact("China", "exports", "growth", 25.8, "percent", Y, "25.8",
             "exports to Africa increased 25.8 per cent", partner="Africa"),
        fact("China", "exports", "share", 15.3, "percent", Y, "15.3", E_SHARE, qualifier="approx"),
        fact("China", "exports", "share", 14.2, "percent", period(2023, 1, 12), "14.2", E_SHARE),
    ],
}
