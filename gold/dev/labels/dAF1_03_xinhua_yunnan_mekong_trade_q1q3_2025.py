from _fact import fact, period

JAN_SEP = period(2025, 1, 9)
MEKONG = "Cambodia, Laos, Myanmar, Thailand, Vietnam"

LEAD = 'Over the first three quarters of 2025, foreign trade in Yunnan, a province in southwest China, rose 7.8 percent from a year earlier to 221.37 billion yuan (roughly 31.09 billion U.S. dollars)'
EXP = 'exports from the province climbed 10.6 percent to 118.2 billion yuan'
IMP = 'imports rose 4.8 percent to 103.17 billion yuan'
ASEAN_RANK = "ASEAN was Yunnan's largest trading partner"
ASEAN = "trade with the bloc came to 96.75 billion yuan, a year-on-year increase of 8.2 percent, and made up 43.7 percent of the province's total foreign trade"
MK = "Yunnan's trade with the five Mekong River countries -- Cambodia, Laos, Myanmar, Thailand and Vietnam -- grew 7.1 percent to 86.42 billion yuan."
MK_EXP = 'Shipments to the group increased 11.4 percent to 32.6 billion yuan'
MK_IMP = 'imports from those countries went up 4.6 percent to 53.82 billion yuan'
MM_RANK = "Myanmar, whose border with Yunnan runs for some 2,000 km, stayed the province's top trading partner among single countries"
MM = "Myanmar, whose border with Yunnan runs for some 2,000 km, stayed the province's top trading partner among single countries, as bilateral trade inched up 0.4 percent to 31.2 billion yuan."
MM_IMP = 'Imports from Myanmar, chiefly metal ores, agricultural products and natural gas, came to 21.4 billion yuan.'
VN = 'Trade with Vietnam increased 8.9 percent to 25.6 billion yuan'
LA = 'Trade with Laos surged 21.6 percent to 14.35 billion yuan'
LA_EXP = 'exports to the landlocked nation, a large share of them moved on the China-Laos Railway, soared 28.4 percent to 6.12 billion yuan'
FRUIT = "Yunnan's fresh fruit imports from the bloc were worth 6.83 billion yuan, a rise of 15.6 percent year on year"
PRIV = "Private firms continued to carry most of the trade, accounting for 83.2 percent of Yunnan's trade with the five Mekong countries."

ARTICLE = {
    "id": "dAF1_03_xinhua_yunnan_mekong_trade_q1q3_2025",
    "title": "Mekong neighbors power 7.8 pct rise in Yunnan's foreign trade in first three quarters",
    "publisher": "Xinhua",
    "published": "2025-10-27",
    "notes": [
        "Area Yunnan throughout ('the province', 'Yunnan's'); period 'first three quarters of 2025', 'Between "
        "January and September', 'the first nine months' = 2025-01..2025-09.",
        "'the bloc' (twice) refers back to ASEAN: partner ASEAN for the 96.75 billion yuan trade and the fresh "
        "fruit imports.",
        "The five Mekong River countries, named in the text, are a grouped partner joined with ', ' in text "
        "order: 'Cambodia, Laos, Myanmar, Thailand, Vietnam'. 'Shipments to the group', 'imports from "
        "those countries' and 'the five Mekong countries' (private enterprises' share) take the same partner.",
        "'Imports from Myanmar' = Yunnan's imports from Myanmar; 'the landlocked nation' = Laos "
        "(Yunnan's exports to Laos).",
        "'the province's top trading partner among single countries': rank 1 for Myanmar; the record "
        "cannot name the restricted field. ASEAN 'largest trading partner' is also rank 1.",
        "Private enterprises' 83.2 percent is a share of Yunnan's trade with the five Mekong countries: share, "
        "segment 'private enterprises', that partner.",
        "'fresh fruit imports from the bloc were worth 6.83 billion yuan, a rise of 15.6 percent': imports, product 'fresh fruit'.",
        "'roughly 31.09 billion U.S. dollars': conversion of the yuan total, separate USD fact, approx.",
        "Out of scope, unlabelled: '3.8 percentage points higher than the national average' (percentage-point "
        "comparison); 'For the 20th year in a row' (streak); 'some 2,000 km' (border length); 'December 2021' (a "
        "date); 'more than 2,600 cross-border freight trains' (not a trade flow); 'more than 600 million' "
        "(population).",
    ],
    "facts": [
        fact("Yunnan", "total", "growth", 7.8, "percent", JAN_SEP, "7.8", LEAD),
        fact("Yunnan", "total", "value", 221.37e9, "CNY", JAN_SEP, "221.37 billion", LEAD),
        fact("Yunnan", "total", "value", 31.09e9, "USD", JAN_SEP, "31.09 billion", LEAD, qualifier="approx"),
        fact("Yunnan", "exports", "growth", 10.6, "percent", JAN_SEP, "10.6", EXP),
        fact("Yunnan", "exports", "value", 118.2e9, "CNY", JAN_SEP, "118.2 billion", EXP),
        fact("Yunnan", "imports", "growth", 4.8, "percent", JAN_SEP, "4.8", IMP),
        fact("Yunnan", "imports", "value", 103.17e9, "CNY", JAN_SEP, "103.17 billion", IMP),
        fact("Yunnan", "total", "rank", 1, "number", JAN_SEP, "largest", ASEAN_RANK, partner="ASEAN"),
        fact("Yunnan", "total", "value", 96.75e9, "CNY", JAN_SEP, "96.75 billion", ASEAN, partner="ASEAN"),
        fact("Yunnan", "total", "growth", 8.2, "percent", JAN_SEP, "8.2", ASEAN, partner="ASEAN"),
        fact("Yunnan", "total", "share", 43.7, "percent", JAN_SEP, "43.7", ASEAN, partner="ASEAN"),
        fact("Yunnan", "total", "growth", 7.1, "percent", JAN_SEP, "7.1", MK, partner=MEKONG),
        fact("Yunnan", "total", "value", 86.42e9, "CNY", JAN_SEP, "86.42 billion", MK, partner=MEKONG),
        fact("Yunnan", "exports", "growth", 11.4, "percent", JAN_SEP, "11.4", MK_EXP, partner=MEKONG),
        fact("Yunnan", "exports", "value", 32.6e9, "CNY", JAN_SEP, "32.6 billion", MK_EXP, partner=MEKONG),
        fact("Yunnan", "imports", "growth", 4.6, "percent", JAN_SEP, "4.6", MK_IMP, partner=MEKONG),
        fact("Yunnan", "imports", "value", 53.82e9, "CNY", JAN_SEP, "53.82 billion", MK_IMP, partner=MEKONG),
        fact("Yunnan", "total", "rank", 1, "number", JAN_SEP, "top", MM_RANK, partner="Myanmar"),
        fact("Yunnan", "total", "growth", 0.4, "percent", JAN_SEP, "0.4", MM, partner="Myanmar"),
        fact("Yunnan", "total", "value", 31.2e9, "CNY", JAN_SEP, "31.2 billion", MM, partner="Myanmar"),
        fact("Yunnan", "imports", "value", 21.4e9, "CNY", JAN_SEP, "21.4 billion", MM_IMP, partner="Myanmar"),
        fact("Yunnan", "total", "growth", 8.9, "percent", JAN_SEP, "8.9", VN, partner="Vietnam"),
        fact("Yunnan", "total", "value", 25.6e9, "CNY", JAN_SEP, "25.6 billion", VN, partner="Vietnam"),
        fact("Yunnan", "total", "growth", 21.6, "percent", JAN_SEP, "21.6", LA, partner="Laos"),
        fact("Yunnan", "total", "value", 14.35e9, "CNY", JAN_SEP, "14.35 billion", LA, partner="Laos"),
        fact("Yunnan", "exports", "growth", 28.4, "percent", JAN_SEP, "28.4", LA_EXP, partner="Laos"),
        fact("Yunnan", "exports", "value", 6.12e9, "CNY", JAN_SEP, "6.12 billion", LA_EXP, partner="Laos"),
        fact("Yunnan", "imports", "value", 6.83e9, "CNY", JAN_SEP, "6.83 billion", FRUIT, partner="ASEAN", product="fresh fruit"),
        fact("Yunnan", "imports", "growth", 15.6, "percent", JAN_SEP, "15.6", FRUIT, partner="ASEAN", product="fresh fruit"),
        fact("Yunnan", "total", "share", 83.2, "percent", JAN_SEP, "83.2", PRIV, partner=MEKONG, segment="private enterprises"),
    ],
}
