from _fact import fact, period

H1 = period(2024, 4, 9)
SEP = period(2024, 9)
US = "United States"

E_US_EXP = "Japan's exports to the United States, its largest export destination, inched up 2.1 pct year on year, reaching ¥10,381.0 billion"
E_US_IMP = "imports from the United States grew 8.2 pct to ¥5,967.4 billion"
E_US_BAL = "Japan's surplus with the country thus stood at ¥4,413.6 billion, a decline of 5.1 pct"
E_CN_EXP = "Shipments to China rose 9.8 pct to ¥9,325.4 billion"
E_CN_IMP = "Imports from China were up 3.2 pct at ¥12,388.9 billion"
E_CN_BAL = "the bilateral deficit stood at ¥3,063.5 billion, having shrunk 12.8 pct from a year earlier"

ARTICLE = {
    "id": "dJ2_01_jp_jiji_h1_fiscal2024",
    "title": "Japan's Fiscal First-Half Trade Gap Reaches ¥3,106.1 Bil.",
    "publisher": "Jiji Press",
    "published": "2024-10-17",
    "notes": [
        "The running period is the first half of fiscal 2024, April-September 2024 (2024-04/2024-09); 'For September on its own' figures are 2024-09.",
        "The headline's ¥3,106.1 Bil. deficit restates the body figure: labelled once, with the body sentence as evidence.",
        "'up 14.4 pct on the year' refers to the deficit: balance growth +14.4 (the deficit grew).",
        "'a seventh half-year period in a row', 'a third consecutive month in the red', 'shrinking for the first time in 10 months', "
        "'the first half-year gain in three periods': streaks, out.",
        "The yen's average rate (¥152.78, a depreciation of about 8.9 pct) and the crude oil import price (¥82,614 per kiloliter, up 6.1 pct) are prices, "
        "not trade flows: out. The 'up 6.1 pct' is not crude oil import growth.",
        "'its largest export destination' (Japan's) labelled as rank 1 of the United States among Japan's export partners.",
        "'car shipments there fell 6.5 pct': exports of cars to the United States; product 'cars' also for 'exports of cars'.",
        "'the bilateral deficit stood at ¥3,063.5 billion, having shrunk 12.8 pct from a year earlier': balance with China -3,063.5 billion "
        "and balance growth -12.8 (the deficit shrank).",
        "The surplus with the US 'a decline of 5.1 pct' is consistent with exports +2.1 pct and imports +8.2 pct (prior-year surplus about ¥4,652 billion).",
    ],
    "facts": [
        fact("Japan", "balance", "value", -3106.1e9, "JPY", H1, "3,106.1 billion",
             "Japan's customs-cleared trade balance at a deficit of ¥3,106.1 billion for the first half of fiscal 2024, covering April-September"),
        fact("Japan", "balance", "growth", 14.4, "percent", H1, "14.4",
             "deficit of ¥3,106.1 billion for the first half of fiscal 2024, covering April-September, with the shortfall up 14.4 pct on the year"),
        fact("Japan", "exports", "growth", 6.6, "percent", H1, "6.6",
             "Exports hit a half-year record of ¥53,565.2 billion, a rise of 6.6 pct on the year"),
        fact("Japan", "exports", "value", 53565.2e9, "JPY", H1, "53,565.2 billion",
             "Exports hit a half-year record of ¥53,565.2 billion, a rise of 6.6 pct on the year"),
        fact("Japan", "imports", "growth", 7.0, "percent", H1, "7.0",
             "imports grew 7.0 pct to ¥56,671.3 billion"),
        fact("Japan", "imports", "value", 56671.3e9, "JPY", H1, "56,671.3 billion",
             "imports grew 7.0 pct to ¥56,671.3 billion"),
        fact("Japan", "exports", "growth", 27.6, "percent", H1, "27.6",
             "Overseas sales of semiconductor-making equipment jumped 27.6 pct", product="semiconductor-making equipment"),
        fact("Japan", "exports", "growth", -1.8, "percent", H1, "1.8",
             "exports of cars dipped 1.8 pct", product="cars"),
        fact("Japan", "exports", "rank", 1, "number", H1, "largest", E_US_EXP, partner=US),
        fact("Japan", "exports", "growth", 2.1, "percent", H1, "2.1", E_US_EXP, partner=US),
        fact("Japan", "exports", "value", 10381.0e9, "JPY", H1, "10,381.0 billion", E_US_EXP, partner=US),
        fact("Japan", "exports", "growth", -6.5, "percent", H1, "6.5",
             "car shipments there fell 6.5 pct", partner=US, product="cars"),
        fact("Japan", "imports", "growth", 8.2, "percent", H1, "8.2", E_US_IMP, partner=US),
        fact("Japan", "imports", "value", 5967.4e9, "JPY", H1, "5,967.4 billion", E_US_IMP, partner=US),
        fact("Japan", "balance", "value", 4413.6e9, "JPY", H1, "4,413.6 billion", E_US_BAL, partner=US),
        fact("Japan", "balance", "growth", -5.1, "percent", H1, "5.1", E_US_BAL, partner=US),
        fact("Japan", "exports", "growth", 9.8, "percent", H1, "9.8", E_CN_EXP, partner="China"),
        fact("Japan", "exports", "value", 9325.4e9, "JPY", H1, "9,325.4 billion", E_CN_EXP, partner="China"),
        fact("Japan", "exports", "growth", 38.5, "percent", H1, "38.5",
             "Japan's semiconductor-making equipment exports to China jumped 38.5 pct",
             partner="China", product="semiconductor-making equipment"),
        fact("Japan", "imports", "growth", 3.2, "percent", H1, "3.2", E_CN_IMP, partner="China"),
        fact("Japan", "imports", "value", 12388.9e9, "JPY", H1, "12,388.9 billion", E_CN_IMP, partner="China"),
        fact("Japan", "balance", "value", -3063.5e9, "JPY", H1, "3,063.5 billion", E_CN_BAL, partner="China"),
        fact("Japan", "balance", "growth", -12.8, "percent", H1, "12.8", E_CN_BAL, partner="China"),
        fact("Japan", "balance", "value", -294.3e9, "JPY", SEP, "294.3 billion",
             "the trade balance showed a ¥294.3 billion deficit"),
        fact("Japan", "exports", "growth", -1.7, "percent", SEP, "1.7",
             "Exports slid 1.7 pct from a year earlier to ¥9,038.2 billion"),
        fact("Japan", "exports", "value", 9038.2e9, "JPY", SEP, "9,038.2 billion",
             "Exports slid 1.7 pct from a year earlier to ¥9,038.2 billion"),
        fact("Japan", "imports", "growth", 2.1, "percent", SEP, "2.1",
             "imports gained 2.1 pct to ¥9,332.5 billion"),
        fact("Japan", "imports", "value", 9332.5e9, "JPY", SEP, "9,332.5 billion",
             "imports gained 2.1 pct to ¥9,332.5 billion"),
    ],
}
