from _fact import fact, period

JAN_SEP = period(2025, 1, 9)
Q3 = period(2025, 7, 9)

LEAD = "Foreign trade in southeast China's Fujian Province totaled 1.52 trillion yuan (about 213.5 billion U.S. dollars) in the first three quarters of 2025, up 4.6 percent year on year"
EXP = "Fujian's exports for January-September increased 7.3 percent to 940.2 billion yuan"
IMP = "imports inched up 0.5 percent to 579.8 billion yuan"
Q3_TXT = "The province's trade in the third quarter on its own came to 536.4 billion yuan, a rise of 7.8 percent from a year before and 3.1 percent more than in the April-June quarter."
ASEAN_RANK = "Fujian's largest trading partner was still the Association of Southeast Asian Nations"
ASEAN = "with nine-month trade of 345.6 billion yuan, 8.9 percent more than a year before, taking ASEAN's portion of the provincial total to 22.7 percent"
BRI = "Trade between Fujian and Belt and Road partner countries increased 6.2 percent to 852.1 billion yuan, or 56.1 percent of the total."
EU = "trade with the European Union went up 3.8 percent"
US = "Fujian's trade with the United States dropped 11.7 percent"
TW = "traded goods worth 62.3 billion yuan with the island during the period, a year-on-year rise of 5.4 percent"
PRIV = "Imports and exports by private enterprises, the mainstay of the province's foreign trade, expanded 7.5 percent to 1.08 trillion yuan, making up 71.1 percent of the total."
ME = "Outbound shipments of mechanical and electrical products increased 10.2 percent to 382.7 billion yuan, equal to 40.7 percent of Fujian's exports."
LI = "Exports of lithium batteries, a mainstay of Ningde's battery manufacturing cluster, grew 15.6 percent to 58.4 billion yuan."

ARTICLE = {
    "id": "dAI1_03_fujian_trade_q1_q3_2025",
    "title": "Fujian's January-September foreign trade grows 4.6 pct",
    "publisher": "Xinhua",
    "published": "2025-10-24",
    "notes": [
        "Area Fujian throughout ('the province', 'provincial'). Running period: first three quarters of 2025 = 2025-01..2025-09; 'January-September', 'nine-month' and 'during the period' are the same.",
        "'in the third quarter on its own' = 2025-07..2025-09; '3.1 percent more than in the April-June quarter' = growth basis qoq.",
        "'the island' refers back to Taiwan: partner Taiwan. 'trade with the European Union went up 3.8 percent' = Fujian's trade with the EU.",
        "'largest trading partner' = rank 1 for ASEAN; the share of 22.7 percent is ASEAN's share of Fujian's total trade.",
        "Private enterprises: flow total ('imports and exports'), segment private enterprises.",
        "Lithium batteries: flow exports ('Exports of lithium batteries'), product lithium batteries.",
        "Out of scope, unlabelled: '0.6 percentage points above the national growth rate' (derived comparison); 'more than a fifth' cut in clearance time (not a trade flow).",
        "Not labelled: labour-intensive goods 'held steady' (no number).",
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
