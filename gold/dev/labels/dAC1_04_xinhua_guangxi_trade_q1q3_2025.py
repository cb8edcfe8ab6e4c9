from _fact import fact, period

Q1_Q3 = period(2025, 1, 9)
SEP = period(2025, 9)

LEAD = "saw its foreign trade grow 9.6 percent year on year to 568.42 billion yuan (about 79.83 billion U.S. dollars) in the first three quarters of 2025"
EXP_IMP = "the region's exports jumped 12.3 percent to 302.15 billion yuan, while its imports rose 6.7 percent to 266.27 billion yuan"
SEPT = "In September alone, Guangxi's imports and exports came in at 69.8 billion yuan, up 14.1 percent from the same month last year"
ASEAN_RANK = "The Association of Southeast Asian Nations (ASEAN) remained the region's largest trading partner"
ASEAN = "Guangxi's trade with the bloc increased 11.4 percent to 273.9 billion yuan, accounting for 48.2 percent of its total foreign trade"
VN_RANK = "Vietnam, which shares a long land border with Guangxi, stayed the region's biggest single trading partner"
VN = "Trade with the neighboring country climbed 13.8 percent to 183.65 billion yuan during the nine months"
US = "Trade with the United States, by contrast, shrank 9.2 percent"
PRIV = "Their imports and exports totaled 385.6 billion yuan, up 10.9 percent and making up 67.8 percent of Guangxi's total"
BORDER = "Border trade, which covers both small-amount trade by border companies and mutual trade among border residents, expanded 18.2 percent to 73.51 billion yuan"
ME = "Guangxi exported 158.4 billion yuan worth of such products in the first three quarters, up 15.6 percent and accounting for 52.4 percent of its total exports"
FRUIT = "fruit purchases, mainly durians, mangosteens and longans from Southeast Asian countries, rose 7.9 percent to 17.33 billion yuan"
CZ = "Chongzuo, a border city home to the Youyiguan Port, a key land gateway for fruit trade with Vietnam, ranked first among the region's 14 prefecture-level cities with foreign trade of 142.36 billion yuan, up 21.4 percent year on year"

G = "Guangxi"

ARTICLE = {
    "id": "dAC1_04_xinhua_guangxi_trade_q1q3_2025",
    "title": "China's Guangxi sees foreign trade up 9.6 pct in first three quarters",
    "publisher": "Xinhua",
    "published": "2025-10-21",
    "notes": [
        "Area 'South China's Guangxi Zhuang Autonomous Region' -> Guangxi (descriptor dropped); the running period is January-September 2025.",
        "'the bloc' refers back to ASEAN; 'the neighboring country' refers back to Vietnam; 'Their imports and exports' refers to private businesses (segment 'private enterprises').",
        "ASEAN 'largest trading partner' and Vietnam 'biggest single trading partner' are both labelled rank 1 (one a bloc, the other a single country), period January-September.",
        "US decline (-9.2) has no stated period of its own: the article's running period, January-September.",
        "Mechanical and electrical exports: 'such products' refers to 'mechanical and electrical goods' in the previous sentence; the 52.4 percent is a share of total exports.",
        "Fruit imports: 'mainly ... from Southeast Asian countries' describes the composition, so partner left null.",
        "Chongzuo 'ranked first among the region's 14 prefecture-level cities' labelled as rank 1 of Chongzuo's total trade; '14' (number of cities) is not a trade figure.",
        "Border trade: segment 'border trade' (trade mode).",
        "Out of scope, unlabelled: '5.6 percentage points higher than the national average' (derived comparison); '26th year in a row' (streak); 'the fastest monthly expansion so far this year' (no number); 'under two hours' clearance times; the expo's '22nd', '3,200 exhibiting enterprises' and '60 countries and regions' (not trade flows); 'exceed 780 billion yuan for the full year' (forecast).",
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
