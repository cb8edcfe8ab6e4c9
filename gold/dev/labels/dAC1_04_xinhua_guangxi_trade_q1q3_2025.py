from _fact import fact, period

Q1_Q3 = period(2025, 1, 9)
SEP = period(2025, 9)

LEAD = 'reached 568.42 billion yuan (about 79.83 billion U.S. dollars) during the January-September period of 2025, a year-on-year increase of 9.6 percent'
EXP_IMP = 'Exports from the region in January-September surged 12.3 percent to 302.15 billion yuan, and imports grew 6.7 percent to 266.27 billion yuan'
SEPT = "Guangxi's imports and exports for September stood at 69.8 billion yuan, 14.1 percent more than in the same month a year earlier"
ASEAN_RANK = "The region's largest trading partner was still the Association of Southeast Asian Nations (ASEAN)"
ASEAN = "Trade between Guangxi and the bloc rose 11.4 percent to 273.9 billion yuan, or 48.2 percent of the region's total foreign trade"
VN_RANK = "Vietnam, which has a long land border with Guangxi, was the region's biggest single trading partner"
VN = 'trade with the neighboring country grew 13.8 percent to 183.65 billion yuan'
US = 'trade with the United States contracted 9.2 percent'
PRIV = "Their imports and exports amounted to 385.6 billion yuan, a rise of 10.9 percent, representing 67.8 percent of the region's total"
BORDER = 'border trade, a category covering small-amount trade by border firms as well as mutual trade among residents of border areas, grew 18.2 percent to 73.51 billion yuan'
ME = "the region's exports of such products came to 158.4 billion yuan, an increase of 15.6 percent, making up 52.4 percent of total exports"
FRUIT = 'purchases of fruit, chiefly durians, mangosteens and longans from Southeast Asia, grew 7.9 percent to 17.33 billion yuan'
CZ = "Among Guangxi's 14 prefecture-level cities, Chongzuo came first, its foreign trade totaling 142.36 billion yuan, a year-on-year rise of 21.4 percent"

G = "Guangxi"

ARTICLE = {
    "id": "dAC1_04_xinhua_guangxi_trade_q1q3_2025",
    "title": "Guangxi's foreign trade grows 9.6 pct over first three quarters",
    "publisher": "Xinhua",
    "published": "2025-10-21",
    "notes": [
        "Area 'South China's Guangxi Zhuang Autonomous Region' -> Guangxi (descriptor dropped); the running period is January-September 2025.",
        "'the bloc' refers back to ASEAN; 'the neighboring country' refers back to Vietnam; 'Their imports and exports' refers to privately owned companies (segment 'private enterprises').",
        "ASEAN 'largest trading partner' and Vietnam 'biggest single trading partner' are both labelled rank 1 (one a bloc, the other a single country), period January-September.",
        "US decline (-9.2) has no stated period of its own: the article's running period, January-September.",
        "Mechanical and electrical exports: 'such products' refers to 'Mechanical and electrical goods' in the previous sentence; the 52.4 percent is a share of total exports.",
        "Fruit imports: 'chiefly ... from Southeast Asia' describes the composition, so partner left null.",
        "Chongzuo 'came first' among 'Guangxi's 14 prefecture-level cities', labelled as rank 1 of Chongzuo's total trade; '14' (number of cities) is not a trade figure.",
        "Border trade: segment 'border trade' (trade mode).",
        "Out of scope, unlabelled: '5.6 percentage points above the national average' (derived comparison); '26th consecutive year' (streak); 'the quickest monthly growth of the year so far' (no number); 'less than two hours' clearance times; the expo's '22nd', '3,200 exhibiting enterprises' and '60 countries and regions' (not trade flows); 'full-year foreign trade will top 780 billion yuan' (forecast).",
    ],
    "facts": [
        fact(G, "total", "growth", 9.6, "percent", Q1_Q3, "9.6", LEAD),
        fact(G, "total", "value", 568.42e9, "CNY", Q1_Q3, "568.42 billion", LEAD),
        fact(G, "total", "value", 79.83e9, "USD", Q1_Q3, "79.83 billion", LEAD, qualifier="approx"),
        fact(G, "exports", "growth", 12.3, "percent", Q1_Q3, "12.3", EXP_IMP),
        fact(G, "exports", "value", 302.15e9, "CNY", Q1_Q3, "302.15 billion", EXP_IMP),
        fact(G, "imports", "growth", 6.7, "percent", Q1_Q3, "6.7", EXP_IMP),
        fact(G, "imports", "value", 266.27e9, "CNY", Q1_Q3, "266.27 billion", EXP_IMP),
        fact(G, "total", "value", 69.8e9, "CNY", SEP, "69.8 billion", SEPT),
        fact(G, "total", "growth", 14.1, "percent", SEP, "14.1", SEPT),
        fact(G, "total", "rank", 1, "number", Q1_Q3, "largest", ASEAN_RANK, partner="ASEAN"),
        fact(G, "total", "growth", 11.4, "percent", Q1_Q3, "11.4", ASEAN, partner="ASEAN"),
        fact(G, "total", "value", 273.9e9, "CNY", Q1_Q3, "273.9 billion", ASEAN, partner="ASEAN"),
        fact(G, "total", "share", 48.2, "percent", Q1_Q3, "48.2", ASEAN, partner="ASEAN"),
        fact(G, "total", "rank", 1, "number", Q1_Q3, "biggest", VN_RANK, partner="Vietnam"),
        fact(G, "total", "growth", 13.8, "percent", Q1_Q3, "13.8", VN, partner="Vietnam"),
        fact(G, "total", "value", 183.65e9, "CNY", Q1_Q3, "183.65 billion", VN, partner="Vietnam"),
        fact(G, "total", "growth", -9.2, "percent", Q1_Q3, "9.2", US, partner="United States"),
        fact(G, "total", "value", 385.6e9, "CNY", Q1_Q3, "385.6 billion", PRIV, segment="private enterprises"),
        fact(G, "total", "growth", 10.9, "percent", Q1_Q3, "10.9", PRIV, segment="private enterprises"),
        fact(G, "total", "share", 67.8, "percent", Q1_Q3, "67.8", PRIV, segment="private enterprises"),
        fact(G, "total", "growth", 18.2, "percent", Q1_Q3, "18.2", BORDER, segment="border trade"),
        fact(G, "total", "value", 73.51e9, "CNY", Q1_Q3, "73.51 billion", BORDER, segment="border trade"),
        fact(G, "exports", "value", 158.4e9, "CNY", Q1_Q3, "158.4 billion", ME, product="mechanical and electrical goods"),
        fact(G, "exports", "growth", 15.6, "percent", Q1_Q3, "15.6", ME, product="mechanical and electrical goods"),
        fact(G, "exports", "share", 52.4, "percent", Q1_Q3, "52.4", ME, product="mechanical and electrical goods"),
        fact(G, "imports", "growth", 7.9, "percent", Q1_Q3, "7.9", FRUIT, product="fruit"),
        fact(G, "imports", "value", 17.33e9, "CNY", Q1_Q3, "17.33 billion", FRUIT, product="fruit"),
        fact("Chongzuo", "total", "rank", 1, "number", Q1_Q3, "first", CZ),
        fact("Chongzuo", "total", "value", 142.36e9, "CNY", Q1_Q3, "142.36 billion", CZ),
        fact("Chongzuo", "total", "growth", 21.4, "percent", Q1_Q3, "21.4", CZ),
    ],
}
