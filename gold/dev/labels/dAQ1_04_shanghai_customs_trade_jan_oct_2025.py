from _fact import fact, period

YTD = period(2025, 1, 10)
OCT = period(2025, 10)
SH = "Shanghai"
E_TOTAL = ("Shanghai's goods trade in January-October 2025 totaled 36,218.4 hundred million yuan, 3.7% more than in the "
           "same ten months of 2024")
E_EXP = "Exports reached 15,603.7 hundred million yuan, up 9.4%"
E_IMP = "imports, at 20,614.7 hundred million yuan, were 0.2% lower"
E_OCT = "For October on its own, the city's trade came to 3,684.2 hundred million yuan, up 5.6% year-on-year but down 4.3% month-on-month"
E_OCT_XM = "October exports gained 12.8% and imports 0.9%"
E_GT = ("General trade was still the dominant trade mode, with 22,384.6 hundred million yuan of goods traded, up 5.2%, "
        "or 61.8% of the city's total")
E_PT = "Processing trade fell 3.4%."
E_PRIV = ("Their trade grew 15.3% to 13,869.7 hundred million yuan, lifting their share of the city's total to 38.3%")
E_FIE = "Trade by foreign-invested enterprises slipped 1.8% and made up 48.4% of the total."
E_EU_RANK = "The European Union remained Shanghai's largest trading partner"
E_RESP = ("The European Union remained Shanghai's largest trading partner, with trade of 7,012.5 hundred million yuan, up 2.7%. "
          "Trade with ASEAN rose 9.8% to 4,863.9 hundred million yuan, while trade with the United States fell 6.5% to "
          "4,127.8 hundred million yuan.")
E_JP = "Trade with Japan edged up 1.2%."
E_PROD = "electric vehicle exports rose 31.4% and integrated circuit exports 17.2%"
EU = "European Union"

ARTICLE = {
    "id": "dAQ1_04_shanghai_customs_trade_jan_oct_2025",
    "title": "Shanghai's imports and exports grow 3.7% in the first 10 months, private enterprises' share hits record high",
    "publisher": "Shanghai Customs",
    "published": "2025-11-20",
    "notes": [
        "Release by Shanghai Customs, dated 2025-11-20 in the source line; all figures are for Shanghai, the first 10 months of 2025 unless the sentence says October.",
        "Amounts in 'hundred million yuan': 36,218.4 hundred million -> 3.62184e12 CNY, and so on.",
        "'all growth rates are year on year unless stated otherwise' makes every later growth rate year on year; 'down 4.3% month-on-month' is the only mom figure (October total).",
        "The 3.7% in the headline is the same observation as the body's 3.7% total growth: labelled once.",
        "'October exports gained 12.8% and imports 0.9%' follows 'For October on its own': October figures, yoy; 'imports 0.9%' inherits the verb.",
        "Out of scope: 'picked up by 0.6 percentage points' (derived comparison), '0.9 percentage points higher' (change of a share), 'contributing 5.3 percentage points' (contribution), 'nine months in a row' (streak), the eight-day holiday, the eighth CIIE, its 4,100 exhibitors and its dates, 'final two months of the year'.",
        "Processing trade and general trade figures carry segment = trade mode; private and foreign-invested enterprises carry segment = enterprise type.",
        "'The European Union remained Shanghai's largest trading partner': rank 1, partner European Union, first 10 months.",
        "EU, ASEAN, US values and growths each stated with their partner; 'fell 6.5%' for the US -> -6.5.",
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
