from _fact import fact, period

MAR = period(2025, 3)
Q1 = period(2025, 1, 3)
HK = "Hong Kong"
E_EXP = ("Hong Kong's total goods exports in March 2025 were worth 455.5 billion Hong Kong dollars "
         "(about 58.7 billion U.S. dollars), an increase of 18.5 percent year on year")
E_IMP = "Goods imports for the month climbed 16.6 percent to HK$500.9 billion"
E_RE = "Most of the total, HK$450.9 billion, consisted of re-exports, goods routed through the city's port to other markets, with domestic exports accounting for HK$4.6 billion"
E_Q1 = "Over the whole first quarter of 2025, total exports were up 10.9 percent and imports up 9.8 percent on the same period of 2024"
E_QOQ = "total exports in the first quarter increased 12.7 percent quarter-on-quarter and imports went up 9.9 percent"
E_CN = "The mainland, Hong Kong's largest market, absorbed 55.3 percent of total exports in March, with shipments there rising 25.4 percent to HK$251.8 billion"
E_RESP = "Shipments to Taiwan, Malaysia and Vietnam jumped 61.3 percent, 57.3 percent and 41.3 percent respectively"

ARTICLE = {
    "id": "dA4_06_hongkong_exports_mar2025",
    "title": "Mainland-bound shipments surge as Hong Kong's March total exports rise 18.5 pct",
    "publisher": "Xinhua",
    "published": "2025-04-28",
    "notes": [
        "Hong Kong dollars: 'Hong Kong dollars' and 'HK$' are HKD; 'about 58.7 billion U.S. dollars' is the same observation in USD, qualifier approx.",
        "Hong Kong's headline is 'total exports' (re-exports plus domestic exports): product and segment null.",
        "JUDGEMENT: re-exports and domestic exports are labelled as segments ('re-exports', 'domestic exports'), as a trade mode "
        "like 'processing trade', not as a goods category (product). A product reading would also be defensible.",
        "'the mainland' = mainland China: partner 'China'. 'Hong Kong's largest market' = rank 1 of exports to China; "
        "'absorbed 55.3 percent of total exports' = share of Hong Kong's total exports going to China.",
        "'quarter-on-quarter' (seasonally adjusted, Q1 2025 vs Q4 2024): basis qoq, period 2025-01..2025-03, for both exports "
        "12.7 and imports 9.9 in that sentence.",
        "'respectively' list: Taiwan 61.3, Malaysia 57.3, Vietnam 41.3 (March, yoy).",
        "'or 9.1 percent of the import value' is a ratio of the deficit to imports, derived from other figures: out.",
        "Out: 1.1 million TEUs (port throughput, not a trade value).",
    ],
    "facts": [
        fact(HK, "exports", "growth", 18.5, "percent", MAR, "18.5", E_EXP),
        fact(HK, "exports", "value", 455.5e9, "HKD", MAR, "455.5 billion", E_EXP),
        fact(HK, "exports", "value", 58.7e9, "USD", MAR, "58.7 billion", E_EXP, qualifier="approx"),
        fact(HK, "imports", "growth", 16.6, "percent", MAR, "16.6", E_IMP),
        fact(HK, "imports", "value", 500.9e9, "HKD", MAR, "500.9 billion", E_IMP),
        fact(HK, "balance", "value", -45.4e9, "HKD", MAR, "45.4 billion", "which left a visible trade deficit of HK$45.4 billion"),
        fact(HK, "exports", "value", 450.9e9, "HKD", MAR, "450.9 billion", E_RE, segment="re-exports"),
        fact(HK, "exports", "value", 4.6e9, "HKD", MAR, "4.6 billion", E_RE, segment="domestic exports"),
        fact(HK, "exports", "growth", 10.9, "percent", Q1, "10.9", E_Q1),
        fact(HK, "imports", "growth", 9.8, "percent", Q1, "9.8", E_Q1),
        fact(HK, "balance", "value", -80.7e9, "HKD", Q1, "80.7 billion", "the visible trade deficit came to HK$80.7 billion"),
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
             "shipments to South Korea were 22.8 percent lower", partner="South Korea"),
        fact(HK, "exports", "growth", 11.4, "percent", MAR, "11.4",
             "shipments to the United States grew 11.4 percent", partner="United States"),
    ],
}
