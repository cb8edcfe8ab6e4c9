from _fact import fact, period

YTD = period(2025, 1, 10)
OCT = period(2025, 10)
SH = "Shanghai"
E_TOTAL = ("the total import and export value of goods of Shanghai reached 36,218.4 hundred million yuan (RMB, the same below), "
           "an increase of 3.7% over the same period last year (the same below)")
E_EXP = "exports were 15,603.7 hundred million yuan, an increase of 9.4%"
E_IMP = "imports were 20,614.7 hundred million yuan, a decrease of 0.2%"
E_OCT = "In October alone, Shanghai's imports and exports totaled 3,684.2 hundred million yuan, up 5.6% year-on-year and down 4.3% month-on-month"
E_OCT_XM = "Exports grew by 12.8% and imports by 0.9%"
E_GT = ("Shanghai's imports and exports under general trade were 22,384.6 hundred million yuan, an increase of 5.2%, "
        "accounting for 61.8% of the city's total foreign trade value")
E_PT = "Imports and exports under processing trade decreased by 3.4%."
E_PRIV = ("private enterprises in Shanghai imported and exported 13,869.7 hundred million yuan, an increase of 15.3%, "
          "accounting for 38.3% of the city's total")
E_FIE = "Foreign-invested enterprises registered a decrease of 1.8% in imports and exports, accounting for 48.4% of the total."
E_EU_RANK = "the European Union remained Shanghai's largest trading partner"
E_RESP = ("Shanghai's imports and exports with the EU, ASEAN and the United States were 7,012.5 hundred million yuan, "
          "4,863.9 hundred million yuan and 4,127.8 hundred million yuan respectively, an increase of 2.7%, an increase of 9.8% "
          "and a decrease of 6.5% respectively.")
E_JP = "Trade with Japan edged up 1.2%."
E_PROD = "Exports of electric vehicles and integrated circuits increased by 31.4% and 17.2% respectively"
EU = "European Union"

ARTICLE = {
    "id": "dAQ1_04_shanghai_customs_trade_jan_oct_2025",
    "title": "Shanghai's imports and exports grow 3.7% in the first 10 months, private enterprises' share hits record high",
    "publisher": "Shanghai Customs",
    "published": "2025-11-20",
    "notes": [
        "Release by Shanghai Customs, dated 2025-11-20 in the source line; all figures are for Shanghai, the first 10 months of 2025 unless the sentence says October.",
        "Amounts in 'hundred million yuan': 36,218.4 hundred million -> 3.62184e12 CNY, and so on.",
        "'(the same below)' makes every later growth rate year on year; 'down 4.3% month-on-month' is the only mom figure (October total).",
        "The 3.7% in the headline is the same observation as the body's 3.7% total growth: labelled once.",
        "'Exports grew by 12.8% and imports by 0.9%' follows 'In October alone': October figures, yoy; 'imports by 0.9%' inherits the verb.",
        "Out of scope: '0.6 percentage points faster' (derived comparison), 'up 0.9 percentage points' (change of a share), 'driving ... growth by 5.3 percentage points' (contribution), 'ninth consecutive month' (streak), the eight-day holiday, the eighth CIIE, its 4,100 exhibitors and its dates, 'last two months of the year'.",
        "Processing trade and general trade figures carry segment = trade mode; private and foreign-invested enterprises carry segment = enterprise type.",
        "'the European Union remained Shanghai's largest trading partner': rank 1, partner European Union, first 10 months.",
        "Respectively list: EU, ASEAN, US values and growths paired in order; 'a decrease of 6.5%' for the US -> -6.5.",
        "Electric vehicles and integrated circuits growth rates are export growth (first 10 months, yoy).",
    ],
    "facts": [
        fact(SH, "total", "value", 36218.4e8, "CNY", YTD, "36,218.4 hundred million", E_TOTAL),
        fact(SH, "total", "growth", 3.7, "percent", YTD, "3.7", E_TOTAL),
        fact(SH, "exports", "value", 15603.7e8, "CNY", YTD, "15,603.7 hundred million", E_EXP),
        fact(SH, "exports", "growth", 9.4, "percent", YTD, "9.4", E_EXP),
        fact(SH, "imports", "value", 20614.7e8, "CNY", YTD, "20,614.7 hundred million", E_IMP),
        fact(SH, "imports", "growth", -0.2, "percent", YTD, "0.2", E_IMP),
        fact(SH, "total", "value", 3684.2e8, "CNY", OCT, "3,684.2 hundred million", E_OCT),
        fact(SH, "total", "growth", 5.6, "percent", OCT, "5.6", E_OCT),
        fact(SH, "total", "growth", -4.3, "percent", OCT, "4.3", E_OCT, basis="mom"),
        fact(SH, "exports", "growth", 12.8, "percent", OCT, "12.8", E_OCT_XM),
        fact(SH, "imports", "growth", 0.9, "percent", OCT, "0.9", E_OCT_XM),
        fact(SH, "total", "value", 22384.6e8, "CNY", YTD, "22,384.6 hundred million", E_GT, segment="general trade"),
        fact(SH, "total", "growth", 5.2, "percent", YTD, "5.2", E_GT, segment="general trade"),
        fact(SH, "total", "share", 61.8, "percent", YTD, "61.8", E_GT, segment="general trade"),
        fact(SH, "total", "growth", -3.4, "percent", YTD, "3.4", E_PT, segment="processing trade"),
        fact(SH, "total", "value", 13869.7e8, "CNY", YTD, "13,869.7 hundred million", E_PRIV, segment="private enterprises"),
        fact(SH, "total", "growth", 15.3, "percent", YTD, "15.3", E_PRIV, segment="private enterprises"),
        fact(SH, "total", "share", 38.3, "percent", YTD, "38.3", E_PRIV, segment="private enterprises"),
        fact(SH, "total", "growth", -1.8, "percent", YTD, "1.8", E_FIE, segment="foreign-invested enterprises"),
        fact(SH, "total", "share", 48.4, "percent", YTD, "48.4", E_FIE, segment="foreign-invested enterprises"),
        fact(SH, "total", "rank", 1, "number", YTD, "largest", E_EU_RANK, partner=EU),
        fact(SH, "total", "value", 7012.5e8, "CNY", YTD, "7,012.5 hundred million", E_RESP, partner=EU),
        fact(SH, "total", "value", 4863.9e8, "CNY", YTD, "4,863.9 hundred million", E_RESP, partner="ASEAN"),
        fact(SH, "total", "value", 4127.8e8, "CNY", YTD, "4,127.8 hundred million", E_RESP, partner="United States"),
        fact(SH, "total", "growth", 2.7, "percent", YTD, "2.7", E_RESP, partner=EU),
        fact(SH, "total", "growth", 9.8, "percent", YTD, "9.8", E_RESP, partner="ASEAN"),
        fact(SH, "total", "growth", -6.5, "percent", YTD, "6.5", E_RESP, partner="United States"),
        fact(SH, "total", "growth", 1.2, "percent", YTD, "1.2", E_JP, partner="Japan"),
        fact(SH, "exports", "growth", 31.4, "percent", YTD, "31.4", E_PROD, product="electric vehicles"),
        fact(SH, "exports", "growth", 17.2, "percent", YTD, "17.2", E_PROD, product="integrated circuits"),
    ],
}
