from _fact import fact, period

JAN_SEP = period(2025, 1, 9)
Q3 = period(2025, 7, 9)

LEAD = "Southeast China's Fujian Province saw its foreign trade rise 4.6 percent year on year to 1.52 trillion yuan (about 213.5 billion U.S. dollars) in the first three quarters of 2025"
EXP = "Fujian's exports expanded 7.3 percent to 940.2 billion yuan"
IMP = "its imports edged up 0.5 percent to 579.8 billion yuan"
Q3_TXT = "In the third quarter alone, the province's imports and exports totaled 536.4 billion yuan, up 7.8 percent from a year earlier and 3.1 percent higher than in the second quarter."
ASEAN_RANK = "The Association of Southeast Asian Nations remained Fujian's largest trading partner"
ASEAN = "with trade reaching 345.6 billion yuan in the nine months, an increase of 8.9 percent that lifted its share of the province's total to 22.7 percent"
BRI = "Fujian's trade with Belt and Road partner countries grew 6.2 percent to 852.1 billion yuan, accounting for 56.1 percent of the total."
EU = "Trade with the European Union rose 3.8 percent"
US = "that with the United States fell 11.7 percent"
TW = "Fujian reported trade with the island of 62.3 billion yuan over the period, up 5.4 percent year on year"
PRIV = "Private enterprises, which form the backbone of the province's foreign trade, saw their imports and exports grow 7.5 percent to 1.08 trillion yuan, or 71.1 percent of the total."
ME = "Exports of mechanical and electrical products climbed 10.2 percent to 382.7 billion yuan and made up 40.7 percent of the province's exports."
LI = "Lithium batteries, a pillar product of the battery industry cluster in the city of Ningde, posted export growth of 15.6 percent, with shipments totaling 58.4 billion yuan."

ARTICLE = {
    "id": "dAI1_03_fujian_trade_q1_q3_2025",
    "title": "China's Fujian sees foreign trade up 4.6 pct in first three quarters",
    "publisher": "Xinhua",
    "published": "2025-10-24",
    "notes": [
        "Area Fujian throughout ('the province', 'its'). Running period: first three quarters of 2025 = 2025-01..2025-09; 'the nine months' and 'over the period' are the same.",
        "'In the third quarter alone' = 2025-07..2025-09; '3.1 percent higher than in the second quarter' = growth basis qoq.",
        "'the island' refers back to Taiwan: partner Taiwan. 'that with the United States' = Fujian's trade with the United States.",
        "'largest trading partner' = rank 1 for ASEAN; the share of 22.7 percent is ASEAN's share of Fujian's total trade.",
        "Private enterprises: flow total ('imports and exports'), segment private enterprises.",
        "Lithium batteries: flow exports ('export growth', 'shipments'), product lithium batteries.",
        "Out of scope, unlabelled: '0.6 percentage points higher than the national average' (derived comparison); 'more than a fifth' cut in clearance time (not a trade flow).",
        "Not labelled: labour-intensive goods 'kept stable' (no number).",
    ],
    "facts": [
        fact("Fujian", "total", "growth", 4.6, "percent", JAN_SEP, "4.6", LEAD),
        fact("Fujian", "total", "value", 1.52e12, "CNY", JAN_SEP, "1.52 trillion", LEAD),
        fact("Fujian", "total", "value", 213.5e9, "USD", JAN_SEP, "213.5 billion", LEAD, qualifier="approx"),
        fact("Fujian", "exports", "growth", 7.3, "percent", JAN_SEP, "7.3", EXP),
        fact("Fujian", "exports", "value", 940.2e9, "CNY", JAN_SEP, "940.2 billion", EXP),
        fact("Fujian", "imports", "growth", 0.5, "percent", JAN_SEP, "0.5", IMP),
        fact("Fujian", "imports", "value", 579.8e9, "CNY", JAN_SEP, "579.8 billion", IMP),
        fact("Fujian", "total", "value", 536.4e9, "CNY", Q3, "536.4 billion", Q3_TXT),
        fact("Fujian", "total", "growth", 7.8, "percent", Q3, "7.8", Q3_TXT),
        fact("Fujian", "total", "growth", 3.1, "percent", Q3, "3.1", Q3_TXT, basis="qoq"),
        fact("Fujian", "total", "rank", 1, "number", JAN_SEP, "largest", ASEAN_RANK, partner="ASEAN"),
        fact("Fujian", "total", "value", 345.6e9, "CNY", JAN_SEP, "345.6 billion", ASEAN, partner="ASEAN"),
        fact("Fujian", "total", "growth", 8.9, "percent", JAN_SEP, "8.9", ASEAN, partner="ASEAN"),
        fact("Fujian", "total", "share", 22.7, "percent", JAN_SEP, "22.7", ASEAN, partner="ASEAN"),
        fact("Fujian", "total", "growth", 6.2, "percent", JAN_SEP, "6.2", BRI, partner="Belt and Road partner countries"),
        fact("Fujian", "total", "value", 852.1e9, "CNY", JAN_SEP, "852.1 billion", BRI, partner="Belt and Road partner countries"),
        fact("Fujian", "total", "share", 56.1, "percent", JAN_SEP, "56.1", BRI, partner="Belt and Road partner countries"),
        fact("Fujian", "total", "growth", 3.8, "percent", JAN_SEP, "3.8", EU, partner="European Union"),
        fact("Fujian", "total", "growth", -11.7, "percent", JAN_SEP, "11.7", US, partner="United States"),
        fact("Fujian", "total", "value", 62.3e9, "CNY", JAN_SEP, "62.3 billion", TW, partner="Taiwan"),
        fact("Fujian", "total", "growth", 5.4, "percent", JAN_SEP, "5.4", TW, partner="Taiwan"),
        fact("Fujian", "total", "growth", 7.5, "percent", JAN_SEP, "7.5", PRIV, segment="private enterprises"),
        fact("Fujian", "total", "value", 1.08e12, "CNY", JAN_SEP, "1.08 trillion", PRIV, segment="private enterprises"),
        fact("Fujian", "total", "share", 71.1, "percent", JAN_SEP, "71.1", PRIV, segment="private enterprises"),
        fact("Fujian", "exports", "growth", 10.2, "percent", JAN_SEP, "10.2", ME, product="mechanical and electrical products"),
        fact("Fujian", "exports", "value", 382.7e9, "CNY", JAN_SEP, "382.7 billion", ME, product="mechanical and electrical products"),
        fact("Fujian", "exports", "share", 40.7, "percent", JAN_SEP, "40.7", ME, product="mechanical and electrical products"),
        fact("Fujian", "exports", "growth", 15.6, "percent", JAN_SEP, "15.6", LI, product="lithium batteries"),
        fact("Fujian", "exports", "value", 58.4e9, "CNY", JAN_SEP, "58.4 billion", LI, product="lithium batteries"),
    ],
}
