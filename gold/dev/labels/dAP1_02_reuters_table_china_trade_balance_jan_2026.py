from _fact import fact, period

DEC = period(2025, 12)
NOV = period(2025, 11)
YR = period(2025, 1, 12)
C = "China"
US = "United States"
R_EXP = "Exports               357.8    6.6        330.3    5.9         3.0"
R_IMP = "Imports               243.7    5.7        218.6    1.9         0.9"
R_BAL = "Trade balance ($ bln) 114.1               111.7                113.6"
R_YEXP = "Exports               3,771.8         5.5"
R_YIMP = "Imports               2,582.6        -0.1"
R_YBAL = "Trade balance         1,189.2         19.9"
R_CEXP = "Exports (y/y pct)         4.5      4.0      6.1"
R_CIMP = "Imports (y/y pct)         3.6      0.2      0.5"
R_CBAL = "Trade balance (bln yuan)  804.4    791.9    8,501.5"
R_US = "Trade surplus with U.S. ($ bln)   25.3     23.8"

ARTICLE = {
    "id": "dAP1_02_reuters_table_china_trade_balance_jan_2026",
    "title": "TABLE-China Dec exports rise 6.6% y/y, trade surplus at $114.1 bln",
    "publisher": "Reuters",
    "published": "2026-01-14",
    "notes": [
        "Reuters TABLE item for December 2025, published 2026-01-14 (dateline Jan 14). Columns: Dec = 2025-12, Nov = 2025-11, 'Jan-Dec 2025' = 2025-01/2025-12.",
        "Headline '6.6% y/y' and '$114.1 bln' are the same observations as the December cells of the dollar table: labelled once, evidence from the table rows.",
        "Lead 'trade surplus from approaching $1.2 trillion' is a rounded threshold for the exact 1,189.2 ($ bln) full-year cell: only the exact figure is labelled.",
        "Dollar block: money cells take their scale from '(Levels in $ billions, ...)' and the row label '($ bln)'; percent columns are y/y.",
        "'Reuters poll' column (3.0, 0.9, 113.6): median forecasts, out.",
        "Full-year imports cell '-0.1': a fall written with a minus sign, value -0.1 (value_text '-0.1' as written in the cell).",
        "Full-year trade balance y/y pct 19.9: growth of the surplus (1,189.2 vs about 992 a year earlier), balance growth +19.9.",
        "Yuan block: growth rows are y/y pct for Dec, Nov and Jan-Dec 2025; the balance row is in bln yuan (CNY) per its row label. No yuan export/import levels are given.",
        "Bilateral row 'Trade surplus with U.S.': area China, partner United States, balance value in USD for Dec and Nov (a Reuters calculation from customs data, still a stated figure).",
        "Out: exchange rate ($1 = 7.0318 yuan), '31 economists', tariffs 10% and 20%, GDP forecast 4.5%, dates (Jan 19, late October), 'three years'.",
        "No dollar total-trade (exports plus imports) figure is stated, so none is labelled.",
    ],
    "facts": [
        fact(C, "exports", "value", 357.8e9, "USD", DEC, "357.8", R_EXP),
        fact(C, "exports", "growth", 6.6, "percent", DEC, "6.6", R_EXP),
        fact(C, "exports", "value", 330.3e9, "USD", NOV, "330.3", R_EXP),
        fact(C, "exports", "growth", 5.9, "percent", NOV, "5.9", R_EXP),
        fact(C, "imports", "value", 243.7e9, "USD", DEC, "243.7", R_IMP),
        fact(C, "imports", "growth", 5.7, "percent", DEC, "5.7", R_IMP),
        fact(C, "imports", "value", 218.6e9, "USD", NOV, "218.6", R_IMP),
        fact(C, "imports", "growth", 1.9, "percent", NOV, "1.9", R_IMP),
        fact(C, "balance", "value", 114.1e9, "USD", DEC, "114.1", R_BAL),
        fact(C, "balance", "value", 111.7e9, "USD", NOV, "111.7", R_BAL),
        fact(C, "exports", "value", 3771.8e9, "USD", YR, "3,771.8", R_YEXP),
        fact(C, "exports", "growth", 5.5, "percent", YR, "5.5", R_YEXP),
        fact(C, "imports", "value", 2582.6e9, "USD", YR, "2,582.6", R_YIMP),
        fact(C, "imports", "growth", -0.1, "percent", YR, "-0.1", R_YIMP),
        fact(C, "balance", "value", 1189.2e9, "USD", YR, "1,189.2", R_YBAL),
        fact(C, "balance", "growth", 19.9, "percent", YR, "19.9", R_YBAL),
        fact(C, "exports", "growth", 4.5, "percent", DEC, "4.5", R_CEXP),
        fact(C, "exports", "growth", 4.0, "percent", NOV, "4.0", R_CEXP),
        fact(C, "exports", "growth", 6.1, "percent", YR, "6.1", R_CEXP),
        fact(C, "imports", "growth", 3.6, "percent", DEC, "3.6", R_CIMP),
        fact(C, "imports", "growth", 0.2, "percent", NOV, "0.2", R_CIMP),
        fact(C, "imports", "growth", 0.5, "percent", YR, "0.5", R_CIMP),
        fact(C, "balance", "value", 804.4e9, "CNY", DEC, "804.4", R_CBAL),
        fact(C, "balance", "value", 791.9e9, "CNY", NOV, "791.9", R_CBAL),
        fact(C, "balance", "value", 8501.5e9, "CNY", YR, "8,501.5", R_CBAL),
        fact(C, "balance", "value", 25.3e9, "USD", DEC, "25.3", R_US, partner=US),
        fact(C, "balance", "value", 23.8e9, "USD", NOV, "23.8", R_US, partner=US),
    ],
}
