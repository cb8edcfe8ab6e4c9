from _fact import fact, period

Y2025 = period(2025, 1, 12)
CN = "China"
AF = "Africa"

TOTAL = "China's trade with Africa rose 17.8 percent year-on-year in 2025 to 2.49 trillion yuan ($347 billion)"
SHARE = "Africa made up 5.5 percent of China's overall foreign trade"
EXP_IMP = ("China's exports to the continent soared 26.2 percent to 1.61 trillion yuan, and its imports from Africa "
           "grew 5.1 percent to 879.6 billion yuan")
BAL = "the surplus China ran with Africa widened 66.5 percent to 730.4 billion yuan, about $102 billion"
RANK_CN = "China has ranked as Africa's largest trading partner for 17 consecutive years"
EXP_SHARE = "Africa received only about 6 percent of all Chinese exports last year"
ZA_RANK = "South Africa, the most industrialized economy on the continent, was still the largest African trading partner of China"
ZA = "Bilateral trade grew 3.1 percent to 389.5 billion yuan, accounting for 15.6 percent of trade between China and Africa"
NG = ("China's trade with Nigeria, the most populous country in Africa, jumped 31.2 percent to 228.7 billion yuan, "
      "moving the West African nation ahead of Angola into second place")
AO = "Imports from Angola, whose shipments to China are mostly crude oil, dropped 9.6 percent to 108.3 billion yuan"
ME = ("Shipments of mechanical and electrical products to Africa grew 27.9 percent and accounted for 53.3 percent of "
      "all Chinese shipments to the continent")
AUTO = ("Automobile and construction machinery exports to Africa increased 58.7 percent and 47.3 percent, "
        "respectively")
AGRI = "Agricultural imports from Africa increased 14.6 percent to 42.1 billion yuan"

ARTICLE = {
    "id": "dAG1_06_china_africa_trade_2025",
    "title": "Record China-Africa trade in 2025 driven by surging exports to the continent",
    "publisher": "China Daily",
    "published": "2026-01-22",
    "notes": [
        "Period: 2025 (full year) throughout; 'last year' counts back from the 2026-01-22 publication date.",
        "'$347 billion' and 'about $102 billion' are conversions of the yuan figures: separate approx USD facts.",
        "'the surplus China ran with Africa widened 66.5 percent': balance growth +66.5 (follows its verb).",
        "'China has ranked as Africa's largest trading partner': area Africa, partner China, rank 1 for 2025; 'for 17 consecutive years' is a streak, unlabelled.",
        "'Africa received only about 6 percent of all Chinese exports': China exports share, partner Africa, approx.",
        "'South Africa, the most industrialized economy on the continent ... largest African trading partner of China': rank 1 among African partners; 'Bilateral trade ... 389.5 billion yuan ... 15.6 percent of trade between China and Africa' is China's trade with South Africa (share of the China-Africa total).",
        "'Nigeria, the most populous country in Africa ... the West African nation ... into second place': partner Nigeria, rank 2.",
        "'Shipments of mechanical and electrical products to Africa grew 27.9 percent': exports to Africa of mechanical and electrical products.",
        "Out of scope, unlabelled: '14 percentage points faster' (percentage-point comparison); '17 consecutive years' (streak); '53 African nations' (not a trade flow); 'may exceed 2.8 trillion yuan this year' (forecast); 176 expo projects valued at $11.39 billion (signed deals, not trade flows); 'the fourth China-Africa Economic and Trade Expo' (event ordinal).",
    ],
    "facts": [
        fact(CN, "total", "value", 2.49e12, "CNY", Y2025, "2.49 trillion", TOTAL, partner=AF),
        fact(CN, "total", "value", 347e9, "USD", Y2025, "347 billion", TOTAL, partner=AF, qualifier="approx"),
        fact(CN, "total", "growth", 17.8, "percent", Y2025, "17.8", TOTAL, partner=AF),
        fact(CN, "total", "share", 5.5, "percent", Y2025, "5.5", SHARE, partner=AF),
        fact(CN, "exports", "growth", 26.2, "percent", Y2025, "26.2", EXP_IMP, partner=AF),
        fact(CN, "exports", "value", 1.61e12, "CNY", Y2025, "1.61 trillion", EXP_IMP, partner=AF),
        fact(CN, "imports", "growth", 5.1, "percent", Y2025, "5.1", EXP_IMP, partner=AF),
        fact(CN, "imports", "value", 879.6e9, "CNY", Y2025, "879.6 billion", EXP_IMP, partner=AF),
        fact(CN, "balance", "growth", 66.5, "percent", Y2025, "66.5", BAL, partner=AF),
        fact(CN, "balance", "value", 730.4e9, "CNY", Y2025, "730.4 billion", BAL, partner=AF),
        fact(CN, "balance", "value", 102e9, "USD", Y2025, "102 billion", BAL, partner=AF, qualifier="approx"),
        fact(AF, "total", "rank", 1, "number", Y2025, "largest", RANK_CN, partner=CN),
        fact(CN, "exports", "share", 6, "percent", Y2025, "6", EXP_SHARE, partner=AF, qualifier="approx"),
        fact(CN, "total", "rank", 1, "number", Y2025, "largest", ZA_RANK, partner="South Africa"),
        fact(CN, "total", "value", 389.5e9, "CNY", Y2025, "389.5 billion", ZA, partner="South Africa"),
        fact(CN, "total", "growth", 3.1, "percent", Y2025, "3.1", ZA, partner="South Africa"),
        fact(CN, "total", "share", 15.6, "percent", Y2025, "15.6", ZA, partner="South Africa"),
        fact(CN, "total", "growth", 31.2, "percent", Y2025, "31.2", NG, partner="Nigeria"),
        fact(CN, "total", "value", 228.7e9, "CNY", Y2025, "228.7 billion", NG, partner="Nigeria"),
        fact(CN, "total", "rank", 2, "number", Y2025, "second", NG, partner="Nigeria"),
        fact(CN, "imports", "growth", -9.6, "percent", Y2025, "9.6", AO, partner="Angola"),
        fact(CN, "imports", "value", 108.3e9, "CNY", Y2025, "108.3 billion", AO, partner="Angola"),
        fact(CN, "exports", "share", 53.3, "percent", Y2025, "53.3", ME, partner=AF, product="mechanical and electrical products"),
        fact(CN, "exports", "growth", 27.9, "percent", Y2025, "27.9", ME, partner=AF, product="mechanical and electrical products"),
        fact(CN, "exports", "growth", 58.7, "percent", Y2025, "58.7", AUTO, partner=AF, product="automobiles"),
        fact(CN, "exports", "growth", 47.3, "percent", Y2025, "47.3", AUTO, partner=AF, product="construction machinery"),
        fact(CN, "imports", "growth", 14.6, "percent", Y2025, "14.6", AGRI, partner=AF, product="agricultural products"),
        fact(CN, "imports", "value", 42.1e9, "CNY", Y2025, "42.1 billion", AGRI, partner=AF, product="agricultural products"),
    ],
}
