from _fact import fact, period

Y = period(2025, 1, 12)
E_TOT = "Customs statistics put China's goods imports and exports for 2025 at 45.47 trillion yuan, up 3.8% year on year and above 45 trillion yuan for the first time"
E_XM = "Exports grew 6.1% to 26.99 trillion yuan, while imports edged up 0.5% to 18.48 trillion yuan"
E_Q = "For the four quarters, imports and exports amounted to 10.3 trillion yuan, 11.5 trillion yuan, 11.8 trillion yuan and 11.87 trillion yuan, respectively, with growth of 1.3%, 4.5%, 6% and 3% respectively"
Q1, Q2, Q3, Q4 = period(2025, 1, 3), period(2025, 4, 6), period(2025, 7, 9), period(2025, 10, 12)

ARTICLE = {
    "id": "dD1_06_scio_annual_review_2025",
    "title": "China's 2025 foreign trade reviewed at SCIO press conference",
    "publisher": "China.org.cn",
    "published": "2026-01-15",
    "notes": [
        "Transcript published January 2026 about 2025: 'last year' and 'for the year' mean 2025 (2025-01/2025-12).",
        "'above 45 trillion yuan for the first time' is the threshold of the exact 45.47 trillion: exact only.",
        "Quarterly values and rates distributed by 'respectively' to Q1-Q4 2025; 10.3 + 11.5 + 11.8 + 11.87 = 45.47.",
        "'Each quarter from the second onward came in above 11 trillion yuan' restates the Q2-Q4 values as a threshold: not labelled again.",
        "'the world's largest goods trader': stated rank 1 of China's total trade; 'for nine straight years' is a streak, out.",
        "'Every day, on average, more than 124 billion yuan': per-day average, out.",
        "'traded with more than 240 countries and regions': count of trading partners, qualifier over; 'its trade grew with 190 of them' is a conditional count, out.",
        "'More than 780,000 enterprises recorded imports or exports': count, segment 'foreign trade enterprises', qualifier over.",
        "'private enterprises making up 57.3% of the total': share of total foreign trade, segment 'private enterprises'.",
        "A Reuters reporter's question states 'last year, for the first time, China's trade surplus went above 1 trillion U.S. dollars': no exact dollar figure in the text, labelled as a threshold (balance, USD, over).",
        "GDP growth of 5%: out.",
    ],
    "facts": [
        fact("China", "total", "value", 45.47e12, "CNY", Y, "45.47 trillion", E_TOT),
        fact("China", "total", "growth", 3.8, "percent", Y, "3.8", E_TOT),
        fact("China", "exports", "value", 26.99e12, "CNY", Y, "26.99 trillion", E_XM),
        fact("China", "exports", "growth", 6.1, "percent", Y, "6.1", E_XM),
        fact("China", "imports", "value", 18.48e12, "CNY", Y, "18.48 trillion", E_XM),
        fact("China", "imports", "growth", 0.5, "percent", Y, "0.5", E_XM),
        fact("China", "total", "rank", 1, "number", Y, "largest",
             "China has been the world's largest goods trader for nine straight years"),
        fact("China", "total", "value", 10.3e12, "CNY", Q1, "10.3 trillion", E_Q),
        fact("China", "total", "value", 11.5e12, "CNY", Q2, "11.5 trillion", E_Q),
        fact("China", "total", "value", 11.8e12, "CNY", Q3, "11.8 trillion", E_Q),
        fact("China", "total", "value", 11.87e12, "CNY", Q4, "11.87 trillion", E_Q),
        fact("China", "total", "growth", 1.3, "percent", Q1, "1.3", E_Q),
        fact("China", "total", "growth", 4.5, "percent", Q2, "4.5", E_Q),
        fact("China", "total", "growth", 6, "percent", Q3, "6", E_Q),
        fact("China", "total", "growth", 3, "percent", Q4, "3", E_Q),
        fact("China", "total", "count", 240, "number", Y, "240", "China traded with more than 240 countries and regions",
             segment="trading partners", qualifier="over"),
        fact("China", "total", "value", 7.55e12, "CNY", Y, "7.55 trillion", "Trade with ASEAN amounted to 7.55 trillion yuan",
             partner="ASEAN"),
        fact("China", "total", "count", 780000, "number", Y, "780,000",
             "More than 780,000 enterprises recorded imports or exports",
             segment="foreign trade enterprises", qualifier="over"),
        fact("China", "total", "share", 57.3, "percent", Y, "57.3", "private enterprises making up 57.3% of the total",
             segment="private enterprises"),
        fact("China", "balance", "value", 1e12, "USD", Y, "1 trillion",
             "last year, for the first time, China's trade surplus went above 1 trillion U.S. dollars", qualifier="over"),
    ],
}
