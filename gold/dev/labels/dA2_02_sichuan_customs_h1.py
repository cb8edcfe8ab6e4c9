from _fact import fact, period

H1 = period(2025, 1, 6)
JUN = period(2025, 6)
SC = "Sichuan"
E_TOT = "Sichuan Province's goods trade imports and exports totalled 4,896.3 hundred million yuan in the first half of this year, up 2.4% on the same period of last year"
E_EXP = "Exports came to 2,958.7 hundred million yuan, growing 0.9%"
E_IMP = "imports to 1,937.6 hundred million yuan, growing 4.8%"
E_JUN = "June trade in our province reached 901.2 hundred million yuan, up 5.3% year-on-year and up 8.1% month-on-month"
E_PROC = "Processing trade in our province amounted to 2,203.4 hundred million yuan in the first half, down 3.2%"
E_GEN = "General trade reached 1,835.1 hundred million yuan, making up 37.5% of the province's total foreign trade"
E_ASEAN = "two-way trade of 793.6 hundred million yuan, up 10.2%, or 16.2% of the total"
E_NB = "Notebook computer exports came to 576.2 hundred million yuan, down 6.8%"
E_IC = "Integrated circuit imports rose 7.4% to 1,021.5 hundred million yuan"

ARTICLE = {
    "id": "dA2_02_sichuan_customs_h1",
    "title": "How Sichuan's Goods Trade Fared in the First Six Months: An Analysis",
    "publisher": "Chengdu Customs",
    "published": "2025-07-18",
    "notes": [
        "The text gives no year: 'the first half of this year' is H1 2025 from published (2025-07-18); June is June 2025.",
        "'(the same below)' makes later growth rates year on year, except the June rate stated 'month-on-month' (basis mom).",
        "June: yoy 5.3 and mom 8.1 are separate facts with the same value/period; 'the biggest monthly total so far this year' is not a number.",
        "'putting the province 8th in the country by scale': rank 8 of Sichuan's total trade.",
        "'trailed the national rate by 0.5 percentage points' and general trade share '2.2 percentage points larger than before': out.",
        "'6,437 enterprises in the province recorded import and export activity': count, segment 'foreign trade enterprises'; '512 more' is an absolute "
        "change, out; '1,108 of them traded across the border for the first time' is a conditional count the record "
        "cannot express, out.",
        "'ASEAN ranked as our province's largest trading partner': rank 1 with partner ASEAN.",
        "US: growth only (-9.6), no value given.",
        "'for nine years in a row ... among the leading comprehensive bonded zones' (bonded zone, streak), 2,500 China-Europe train runs: out.",
        "Notebook computers and integrated circuits are products; the notebook share of the bonded zone is not a figure.",
    ],
    "facts": [
        fact(SC, "total", "value", 4896.3e8, "CNY", H1, "4,896.3 hundred million", E_TOT),
        fact(SC, "total", "growth", 2.4, "percent", H1, "2.4", E_TOT),
        fact(SC, "total", "rank", 8, "number", H1, "8th", "putting the province 8th in the country by scale"),
        fact(SC, "exports", "value", 2958.7e8, "CNY", H1, "2,958.7 hundred million", E_EXP),
        fact(SC, "exports", "growth", 0.9, "percent", H1, "0.9", E_EXP),
        fact(SC, "imports", "value", 1937.6e8, "CNY", H1, "1,937.6 hundred million", E_IMP),
        fact(SC, "imports", "growth", 4.8, "percent", H1, "4.8", E_IMP),
        fact(SC, "total", "value", 901.2e8, "CNY", JUN, "901.2 hundred million", E_JUN),
        fact(SC, "total", "growth", 5.3, "percent", JUN, "5.3", E_JUN),
        fact(SC, "total", "growth", 8.1, "percent", JUN, "8.1", E_JUN, basis="mom"),
        fact(SC, "total", "value", 2203.4e8, "CNY", H1, "2,203.4 hundred million", E_PROC, segment="processing trade"),
        fact(SC, "total", "growth", -3.2, "percent", H1, "3.2", E_PROC, segment="processing trade"),
        fact(SC, "total", "value", 1835.1e8, "CNY", H1, "1,835.1 hundred million", E_GEN, segment="general trade"),
        fact(SC, "total", "share", 37.5, "percent", H1, "37.5", E_GEN, segment="general trade"),
        fact(SC, "total", "count", 6437, "number", H1, "6,437",
             "6,437 enterprises in the province recorded import and export activity",
             segment="foreign trade enterprises"),
        fact(SC, "total", "rank", 1, "number", H1, "largest",
             "ASEAN ranked as our province's largest trading partner", partner="ASEAN"),
        fact(SC, "total", "value", 793.6e8, "CNY", H1, "793.6 hundred million", E_ASEAN, partner="ASEAN"),
        fact(SC, "total", "growth", 10.2, "percent", H1, "10.2", E_ASEAN, partner="ASEAN"),
        fact(SC, "total", "share", 16.2, "percent", H1, "16.2", E_ASEAN, partner="ASEAN"),
        fact(SC, "total", "growth", -9.6, "percent", H1, "9.6",
             "trade with the United States fell 9.6%", partner="United States"),
        fact(SC, "exports", "value", 576.2e8, "CNY", H1, "576.2 hundred million", E_NB, product="notebook computers"),
        fact(SC, "exports", "growth", -6.8, "percent", H1, "6.8", E_NB, product="notebook computers"),
        fact(SC, "imports", "value", 1021.5e8, "CNY", H1, "1,021.5 hundred million", E_IC, product="integrated circuits"),
        fact(SC, "imports", "growth", 7.4, "percent", H1, "7.4", E_IC, product="integrated circuits"),
    ],
}
