from _fact import fact, period

P = period(2025, 1, 9)
SD = "Shandong"
QD = "Qingdao"

E_TOT = ("From January to September, the province's combined imports and exports reached 2.61 trillion yuan ($366.6 "
         "billion), a year-on-year rise of 4.4 percent")
E_RANK = "By trade value, Shandong thus held sixth place among China's provincial-level regions"
E_EXP = "Exports came to 1.6 trillion yuan, a 7 percent increase"
E_IMP = "imports inched up 0.6 percent to 1.01 trillion yuan"
E_Q = ("trade reached 828.1 billion yuan in the first quarter, 889.4 billion yuan in the second and 892.5 billion yuan "
       "in the third, with year-on-year increases of 1.8 percent, 4.9 percent and 6.3 percent respectively")
E_M = ("Monthly trade for July, August and September stood at 292.3 billion yuan, 296.8 billion yuan and 303.4 billion "
       "yuan respectively")
E_GT = ("general trade, which grew 5.8 percent to 1.71 trillion yuan over the nine months, a 65.5 percent share of "
        "the total")
E_ASEAN_R = "ASEAN ranked as Shandong's largest trading partner"
E_ASEAN = "Two-way trade with the bloc rose 9.3 percent to 452.6 billion yuan"
E_US = "By contrast, commerce with the United States shrank 14.8 percent to 201.4 billion yuan"
E_ME = ("Shipments of these goods climbed 10.2 percent to 781.2 billion yuan, making up 48.8 percent of the "
        "province's total exports")
E_AG = ("Agricultural exports from Shandong increased 3.8 percent to 105.7 billion yuan, keeping the province first in "
        "the country")
E_CRUDE = ("imports of crude oil, Shandong's biggest single import item, dropped 8.2 percent to 212.4 billion yuan")
E_QD_R = "Qingdao kept its place as the top foreign trade city in the province"
E_QD = ("Qingdao's own imports and exports rose 5.1 percent to 690 billion yuan, equal to 26.4 percent of Shandong's "
        "total")
E_QD_EXP = "its exports increased 8.3 percent to 421.6 billion yuan"

ARTICLE = {
    "id": "dB1_04_shandong_q3_2025",
    "title": "Shandong's trade growth gathers pace every quarter",
    "publisher": "chinadaily.com.cn",
    "published": "2025-10-22",
    "notes": [
        "Publisher as named in the byline line ('chinadaily.com.cn'); published from 'Updated: 2025-10-22'.",
        "Running period Jan-Sep 2025 ('first three quarters of 2025', 'From January to September', 'the nine months'); "
        "every figure without its own period takes it.",
        "Quarter list with 'respectively': Q1 = 2025-01/03, Q2 = 04/06, Q3 = 07/09, each a value and a yoy growth; the "
        "month list gives July, August, September values only (no growth stated).",
        "Subjects carried across sentences and paragraphs: 'which grew 5.8 percent' = general trade; 'Two-way trade with "
        "the bloc' = Shandong with ASEAN; 'Shipments of these goods' = mechanical and electrical products; 'its "
        "exports' = Qingdao.",
        "'($366.6 billion)': the same observation in USD, a separate fact, qualifier exact (no 'about').",
        "'By trade value, Shandong thus held sixth place' = rank 6 of Shandong's total trade among provinces.",
        "'keeping the province first in the country' for agricultural exports: rank 1 with product 'agricultural products'; "
        "'for a 26th year in a row' is a streak, out.",
        "'imports of crude oil, Shandong's biggest single import item': a stated rank of the product among Shandong's "
        "imports, labelled rank 1 with product 'crude oil', by analogy with partner ranks ('largest trading partner'). "
        "'Mechanical and electrical products dominated outbound sales' states no ordinal: not labelled.",
        "'Qingdao kept its place as the top foreign trade city in the province': rank 1 of Qingdao's total trade (within Shandong).",
        "'Most trade was still conducted as general trade' is not an ordinal; its share 65.5 percent is labelled.",
        "Out of scope: 'beat the national pace by 0.4 percentage points', 'the highest ever for a single month', "
        "'more than 300 enterprises' at the fair (not trading-enterprise counts of an area's trade), '138th'.",
    ],
    "facts": [
        fact(SD, "total", "value", 2.61e12, "CNY", P, "2.61 trillion", E_TOT),
        fact(SD, "total", "value", 366.6e9, "USD", P, "366.6 billion", E_TOT),
        fact(SD, "total", "growth", 4.4, "percent", P, "4.4", E_TOT),
        fact(SD, "total", "rank", 6, "number", P, "sixth", E_RANK),
        fact(SD, "exports", "growth", 7, "percent", P, "7", E_EXP),
        fact(SD, "exports", "value", 1.6e12, "CNY", P, "1.6 trillion", E_EXP),
        fact(SD, "imports", "growth", 0.6, "percent", P, "0.6", E_IMP),
        fact(SD, "imports", "value", 1.01e12, "CNY", P, "1.01 trillion", E_IMP),
        fact(SD, "total", "value", 828.1e9, "CNY", period(2025, 1, 3), "828.1 billion", E_Q),
        fact(SD, "total", "value", 889.4e9, "CNY", period(2025, 4, 6), "889.4 billion", E_Q),
        fact(SD, "total", "value", 892.5e9, "CNY", period(2025, 7, 9), "892.5 billion", E_Q),
        fact(SD, "total", "growth", 1.8, "percent", period(2025, 1, 3), "1.8", E_Q),
        fact(SD, "total", "growth", 4.9, "percent", period(2025, 4, 6), "4.9", E_Q),
        fact(SD, "total", "growth", 6.3, "percent", period(2025, 7, 9), "6.3", E_Q),
        fact(SD, "total", "value", 292.3e9, "CNY", period(2025, 7), "292.3 billion", E_M),
        fact(SD, "total", "value", 296.8e9, "CNY", period(2025, 8), "296.8 billion", E_M),
        fact(SD, "total", "value", 303.4e9, "CNY", period(2025, 9), "303.4 billion", E_M),
        fact(SD, "total", "value", 1.71e12, "CNY", P, "1.71 trillion", E_GT, segment="general trade"),
        fact(SD, "total", "growth", 5.8, "percent", P, "5.8", E_GT, segment="general trade"),
        fact(SD, "total", "share", 65.5, "percent", P, "65.5", E_GT, segment="general trade"),
        fact(SD, "total", "rank", 1, "number", P, "largest", E_ASEAN_R, partner="ASEAN"),
        fact(SD, "total", "growth", 9.3, "percent", P, "9.3", E_ASEAN, partner="ASEAN"),
        fact(SD, "total", "value", 452.6e9, "CNY", P, "452.6 billion", E_ASEAN, partner="ASEAN"),
        fact(SD, "total", "growth", -14.8, "percent", P, "14.8", E_US, partner="United States"),
        fact(SD, "total", "value", 201.4e9, "CNY", P, "201.4 billion", E_US, partner="United States"),
        fact(SD, "exports", "growth", 10.2, "percent", P, "10.2", E_ME, product="mechanical and electrical products"),
        fact(SD, "exports", "value", 781.2e9, "CNY", P, "781.2 billion", E_ME, product="mechanical and electrical products"),
        fact(SD, "exports", "share", 48.8, "percent", P, "48.8", E_ME, product="mechanical and electrical products"),
        fact(SD, "exports", "value", 105.7e9, "CNY", P, "105.7 billion", E_AG, product="agricultural products"),
        fact(SD, "exports", "growth", 3.8, "percent", P, "3.8", E_AG, product="agricultural products"),
        fact(SD, "exports", "rank", 1, "number", P, "first", E_AG, product="agricultural products"),
        fact(SD, "imports", "rank", 1, "number", P, "biggest", E_CRUDE, product="crude oil"),
        fact(SD, "imports", "growth", -8.2, "percent", P, "8.2", E_CRUDE, product="crude oil"),
        fact(SD, "imports", "value", 212.4e9, "CNY", P, "212.4 billion", E_CRUDE, product="crude oil"),
        fact(QD, "total", "rank", 1, "number", P, "top", E_QD_R),
        fact(QD, "total", "growth", 5.1, "percent", P, "5.1", E_QD),
        fact(QD, "total", "value", 690e9, "CNY", P, "690 billion", E_QD),
        fact(QD, "total", "share", 26.4, "percent", P, "26.4", E_QD),
        fact(QD, "exports", "growth", 8.3, "percent", P, "8.3", E_QD_EXP),
        fact(QD, "exports", "value", 421.6e9, "CNY", P, "421.6 billion", E_QD_EXP),
    ],
}
