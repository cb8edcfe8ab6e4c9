from _fact import fact, period

Y2025 = period(2025, 1, 12)
CN = "China"
AF = "Africa"

TOTAL = "China's imports and exports with Africa totaled 2.49 trillion yuan ($347 billion) in 2025, up 17.8 percent year-on-year"
SHARE = "Africa accounted for 5.5 percent of China's total foreign trade"
EXP_IMP = ("Exports to Africa jumped 26.2 percent to 1.61 trillion yuan, while imports from the continent rose "
           "5.1 percent to 879.6 billion yuan")
BAL = ("China's trade surplus with Africa widened by 66.5 percent to 730.4 billion yuan, or roughly $102 billion")
RANK_CN = "China has been Africa's largest trading partner for 17 years in a row"
EXP_SHARE = "the continent still took only about 6 percent of China's total exports last year"
ZA_RANK = "South Africa, the continent's most industrialized economy, remained China's largest trading partner in Africa"
ZA = "Two-way trade reached 389.5 billion yuan, up 3.1 percent, making up 15.6 percent of China-Africa trade"
NG = ("Trade with Nigeria, Africa's most populous nation, surged 31.2 percent to 228.7 billion yuan, lifting the "
      "West African country past Angola into second place")
AO = "Imports from Angola, which ships mostly crude oil to China, fell 9.6 percent to 108.3 billion yuan"
ME = ("Mechanical and electrical products made up 53.3 percent of China's exports to Africa, and shipments in the "
      "category grew 27.9 percent")
AUTO = ("Exports of automobiles and construction machinery to the continent rose 58.7 percent and 47.3 percent, "
        "respectively")
AGRI = "Imports of agricultural products from Africa grew 14.6 percent to 42.1 billion yuan"

ARTICLE = {
    "id": "dAG1_06_china_africa_trade_2025",
    "title": "China-Africa trade hits record as exports to continent surge",
    "publisher": "China Daily",
    "published": "2026-01-22",
    "notes": [
        "Period: 2025 (full year) throughout; 'last year' counts back from the 2026-01-22 publication date.",
        "'$347 billion' and 'roughly $102 billion' are conversions of the yuan figures: separate approx USD facts.",
        "'China's trade surplus with Africa widened by 66.5 percent': balance growth +66.5 (follows its verb).",
        "'China has been Africa's largest trading partner': area Africa, partner China, rank 1 for 2025; 'for 17 years in a row' is a streak, unlabelled.",
        "'the continent still took only about 6 percent of China's total exports': China exports share, partner Africa, approx.",
        "'South Africa, the continent's most industrialized economy ... largest trading partner in Africa': rank 1 among African partners; 'Two-way trade ... 389.5 billion yuan ... 15.6 percent of China-Africa trade' is China's trade with South Africa (share of the China-Africa total).",
        "'Nigeria, Africa's most populous nation ... the West African country ... into second place': partner Nigeria, rank 2.",
        "'Mechanical and electrical products ... shipments in the category grew 27.9 percent': exports to Africa of mechanical and electrical products.",
        "Out of scope, unlabelled: '14 percentage points faster' (percentage-point comparison); '17 years in a row' (streak); '53 African countries' (not a trade flow); 'could top 2.8 trillion yuan this year' (forecast); 176 expo projects worth $11.39 billion (signed deals, not trade flows); 'the fourth China-Africa Economic and Trade Expo' (event ordinal).",
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
