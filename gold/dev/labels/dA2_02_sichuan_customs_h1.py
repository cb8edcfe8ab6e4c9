from _fact import fact, period

H1 = period(2025, 1, 6)
JUN = period(2025, 6)
SC = "Sichuan"
E_TOT = "the total value of imports and exports of goods trade of Sichuan Province was 4,896.3 hundred million yuan, an increase of 2.4% over the same period last year"
E_EXP = "exports were 2,958.7 hundred million yuan, an increase of 0.9%"
E_IMP = "imports were 1,937.6 hundred million yuan, an increase of 4.8%"
E_JUN = "the import and export of our province in June was 901.2 hundred million yuan, a year-on-year increase of 5.3% and a month-on-month increase of 8.1%"
E_PROC = "processing trade of our province imported and exported 2,203.4 hundred million yuan, a decrease of 3.2%"
E_GEN = "General trade imported and exported 1,835.1 hundred million yuan, accounting for 37.5% of the total value of the province's foreign trade"
E_ASEAN = "the imports and exports to ASEAN were 793.6 hundred million yuan, an increase of 10.2%, accounting for 16.2% of the total"
E_NB = "Exports of notebook computers were 576.2 hundred million yuan, a decrease of 6.8%"
E_IC = "Imports of integrated circuits were 1,021.5 hundred million yuan, an increase of 7.4%"

ARTICLE = {
    "id": "dA2_02_sichuan_customs_h1",
    "title": "Analysis of Sichuan's Foreign Trade Imports and Exports in the First Half of the Year",
    "publisher": "Chengdu Customs",
    "published": "2025-07-18",
    "notes": [
        "The text gives no year: 'the first half of this year' is H1 2025 from published (2025-07-18); June is June 2025.",
        "'(the same below)' makes later growth rates year on year, except the June rate stated 'month-on-month' (basis mom).",
        "June: yoy 5.3 and mom 8.1 are separate facts with the same value/period; 'the highest so far this year' is not a number.",
        "'the scale ranked 8th in the country': rank 8 of Sichuan's total trade.",
        "'0.5 percentage points lower than the national level' and general trade share 'an increase of 2.2 percentage points': out.",
        "'6,437 enterprises with import and export records': count, segment 'foreign trade enterprises'; '512 more' is an absolute "
        "change, out; '1,108 enterprises achieved imports and exports for the first time' is a conditional count the record "
        "cannot express, out.",
        "'ASEAN was the largest trading partner': rank 1 with partner ASEAN.",
        "US: growth only (-9.6), no value given.",
        "'ranked among the top ... for nine consecutive years' (bonded zone, streak), 2,500 China-Europe trains: out.",
        "Notebook computers and integrated circuits are products; the notebook share of the bonded zone is not a figure.",
    ],
    "facts": [
        fact(SC, "total", "value", 4896.3e8, "CNY", H1, "4,896.3 hundred million", E_TOT),
        fact(SC, "total", "growth", 2.4, "percent", H1, "2.4", E_TOT),
        fact(SC, "total", "rank", 8, "number", H1, "8th", "the scale ranked 8th in the country"),
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
             "there were 6,437 enterprises with import and export records in the province",
             segment="foreign trade enterprises"),
        fact(SC, "total", "rank", 1, "number", H1, "largest",
             "ASEAN was the largest trading partner of our province", partner="ASEAN"),
        fact(SC, "total", "value", 793.6e8, "CNY", H1, "793.6 hundred million", E_ASEAN, partner="ASEAN"),
        fact(SC, "total", "growth", 10.2, "percent", H1, "10.2", E_ASEAN, partner="ASEAN"),
        fact(SC, "total", "share", 16.2, "percent", H1, "16.2", E_ASEAN, partner="ASEAN"),
        fact(SC, "total", "growth", -9.6, "percent", H1, "9.6",
             "imports and exports to the United States decreased by 9.6%", partner="United States"),
        fact(SC, "exports", "value", 576.2e8, "CNY", H1, "576.2 hundred million", E_NB, product="notebook computers"),
        fact(SC, "exports", "growth", -6.8, "percent", H1, "6.8", E_NB, product="notebook computers"),
        fact(SC, "imports", "value", 1021.5e8, "CNY", H1, "1,021.5 hundred million", E_IC, product="integrated circuits"),
        fact(SC, "imports", "growth", 7.4, "percent", H1, "7.4", E_IC, product="integrated circuits"),
    ],
}
