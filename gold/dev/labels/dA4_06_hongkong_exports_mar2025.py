from _fact import fact, period

MAR = period(2025, 3)
Q1 = period(2025, 1, 3)
HK = "Hong Kong"
E_EXP = ("The value of Hong Kong's total exports of goods rose 18.5 percent year on year in March 2025 to 455.5 billion "
         "Hong Kong dollars (about 58.7 billion U.S. dollars)")
E_IMP = "Imports of goods increased 16.6 percent to HK$500.9 billion in the month"
E_RE = "made up the bulk of the total at HK$450.9 billion, while domestic exports amounted to HK$4.6 billion"
E_Q1 = "For the first quarter of 2025 as a whole, total exports grew 10.9 percent and imports 9.8 percent over the same period in 2024"
E_QOQ = "the value of total exports in the first quarter went up 12.7 percent quarter-on-quarter, while imports climbed 9.9 percent"
E_CN = "Total exports to the mainland, Hong Kong's largest market, rose 25.4 percent in March to HK$251.8 billion, taking 55.3 percent of the total"
E_RESP = "Exports to Taiwan, Malaysia and Vietnam soared 61.3 percent, 57.3 percent and 41.3 percent respectively"

ARTICLE = {
    "id": "dA4_06_hongkong_exports_mar2025",
    "title": "Hong Kong's total exports up 18.5 pct in March as shipments to mainland surge",
    "publisher": "Xinhua",
    "published": "2025-04-28",
    "notes": [
        "Hong Kong dollars: 'Hong Kong dollars' and 'HK$' are HKD; 'about 58.7 billion U.S. dollars' is the same observation in USD, qualifier approx.",
        "Hong Kong's headline is 'total exports' (re-exports plus domestic exports): product and segment null.",
        "JUDGEMENT: re-exports and domestic exports are labelled as segments ('re-exports', 'domestic exports'), as a trade mode "
        "like 'processing trade', not as a goods category (product). A product reading would also be defensible.",
        "'the mainland' = mainland China: partner 'China'. 'Hong Kong's largest market' = rank 1 of exports to China; "
        "'taking 55.3 percent of the total' = share of Hong Kong's total exports going to China.",
        "'quarter-on-quarter' (seasonally adjusted, Q1 2025 vs Q4 2024): basis qoq, period 2025-01..2025-03, for both exports "
        "12.7 and imports 9.9 in that sentence.",
        "'respectively' list: Taiwan 61.3, Malaysia 57.3, Vietnam 41.3 (March, yoy).",
        "'equivalent to 9.1 percent of the value of imports' is a ratio of the deficit to imports, derived from other figures: out.",
        "Out: 1.1 million TEUs (port throughput, not a trade value).",
    ],
    "facts": [
        fact(HK, "exports", "growth", 18.5, "percent", MAR, "18.5", E_EXP),
        fact(HK, "exports", "value", 455.5e9, "HKD", MAR, "455.5 billion", E_EXP),
        fact(HK, "exports", "value", 58.7e9, "USD", MAR, "58.7 billion", E_EXP, qualifier="approx"),
        fact(HK, "imports", "growth", 16.6, "percent", MAR, "16.6", E_IMP),
        fact(HK, "imports", "value", 500.9e9, "HKD", MAR, "500.9 billion", E_IMP),
        fact(HK, "balance", "value", -45.4e9, "HKD", MAR, "45.4 billion", "resulting in a visible trade deficit of HK$45.4 billion"),
        fact(HK, "exports", "value", 450.9e9, "HKD", MAR, "450.9 billion", E_RE, segment="re-exports"),
        fact(HK, "exports", "value", 4.6e9, "HKD", MAR, "4.6 billion", E_RE, segment="domestic exports"),
        fact(HK, "exports", "growth", 10.9, "percent", Q1, "10.9", E_Q1),
        fact(HK, "imports", "growth", 9.8, "percent", Q1, "9.8", E_Q1),
        fact(HK, "balance", "value", -80.7e9, "HKD", Q1, "80.7 billion", "with a visible trade deficit of HK$80.7 billion recorded"),
        fact(HK, "exports", "growth", 12.7, "percent", Q1, "12.7", E_QOQ, basis="qoq"),
        fact(HK, "imports", "growth", 9.9, "percent", Q1, "9.9", E_QOQ, basis="qoq"),
        fact(HK, "exports", "rank", 1, "number", MAR, "largest", E_CN, partner="China"),
        fact(HK, "exports", "growth", 25.4, "percent", MAR, "25.4", E_CN, partner="China"),
        fact(HK, "exports", "value", 251.8e9, "HKD", MAR, "251.8 billion", E_CN, partner="China"),
        fact(HK, "exports", "share", 55.3, "percent", MAR, "55.3", E_CN, partner="China"),
        fact(HK, "exports", "growth", 61.3, "percent", MAR, "61.3", E_RESP, partner="Taiwan"),
        fact(HK, "exports", "growth", 57.3, "percent", MAR, "57.3", E_RESP, partner="Malaysia"),
        fact(HK, "exports", "growth", 41.3, "percent", MAR, "41.3", E_RESP, partner="Vietnam"),
        fact(HK, "exports", "growth", -22.8, "percent", MAR, "22.8",
             "those to South Korea dropped 22.8 percent", partner="South Korea"),
        fact(HK, "exports", "growth", 11.4, "percent", MAR, "11.4",
             "exports to the United States went up 11.4 percent", partner="United States"),
    ],
}
