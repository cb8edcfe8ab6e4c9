from _fact import fact, period

Q1 = period(2026, 1, 3)
MAR = period(2026, 3)
CQ = "Chongqing"

LEAD = ("the total import and export value of Chongqing's foreign trade was 196.83 billion yuan, "
        "a year-on-year increase of 9.6%")
EXP = "exports were 1386.5 hundred million yuan, an increase of 11.2%"
IMP = "imports were 581.8 hundred million yuan, an increase of 6%"
MAR_YOY = "In March, the city's imports and exports reached 728.4 hundred million yuan, up 13.5% year-on-year"
MAR_MOM = ("Compared with February, when the production of many enterprises was affected by the Spring Festival "
           "holiday, the monthly scale rose by 41.2%")
GT = ("Chongqing's general trade imports and exports were 812.7 hundred million yuan, an increase of 14.8%, "
      "accounting for 41.3% of the city's total foreign trade value")
ENT = "4,312 enterprises in Chongqing had actual import and export performance"
PRIV = ("private enterprises imported and exported 903.6 hundred million yuan, an increase of 15.7%, "
        "accounting for 45.9% of the city's total")
ASEAN_RANK = "ASEAN remained Chongqing's largest trading partner"
ASEAN = "the city's imports and exports with ASEAN were 315.6 hundred million yuan, an increase of 14.2%"
EU_US = ("The EU and the United States ranked second and third, with imports and exports of 262.4 hundred million "
         "yuan and 187.3 hundred million yuan respectively")
EU_US_G = "Trade with the former increased by 9.1%, while trade with the latter decreased by 6.8%"
BRI = "the city's imports and exports with countries jointly building the Belt and Road increased by 13.1%"
NB = "Chongqing exported notebook computers worth 351.2 hundred million yuan, an increase of 6.3%"
NB_RANK = "the notebook computer remained the largest export product of the city"
CAR = "Exports of automobiles increased by 19.8%"

ARTICLE = {
    "id": "dAG1_04_chongqing_first_quarter_2026",
    "title": "Chongqing's foreign trade grows 9.6% in first quarter",
    "publisher": "Chongqing Customs",
    "published": "2026-04-17",
    "notes": [
        "A customs-district release in translated English; 'hundred million yuan' renders 亿元 (1386.5 hundred million = 138.65 billion).",
        "Period: 'the first quarter of 2026' (Q1 2026) for every figure except the March paragraph.",
        "'Compared with February ... the monthly scale rose by 41.2%': the March total, basis mom (comparison with the month before).",
        "'4,312 enterprises ... had actual import and export performance': count, segment foreign trade enterprises.",
        "'The EU and the United States ranked second and third': rank 2 European Union, rank 3 United States; 'the former' = EU, 'the latter' = United States.",
        "'countries jointly building the Belt and Road': partner Belt and Road partner countries.",
        "'the notebook computer remained the largest export product': rank 1 of notebook computers among exports.",
        "Out of scope, unlabelled: '4.3 percentage points higher than the national growth rate', '1.9 percentage points higher than the same period last year', 'driving the growth ... by 6.8 percentage points' (percentage-point comparisons/contributions); '371 more' (derived difference of a count); 3,126 rail-sea intermodal trains and their 16.5% increase (not a trade flow); 'above 800 billion yuan for the whole year' (target/forecast).",
        "Processing trade is mentioned without a figure; nothing to label.",
    ],
    "facts": [
        fact(CQ, "total", "value", 196.83e9, "CNY", Q1, "196.83 billion", LEAD),
        fact(CQ, "total", "growth", 9.6, "percent", Q1, "9.6", LEAD),
        fact(CQ, "exports", "value", 1386.5e8, "CNY", Q1, "1386.5 hundred million", EXP),
        fact(CQ, "exports", "growth", 11.2, "percent", Q1, "11.2", EXP),
        fact(CQ, "imports", "value", 581.8e8, "CNY", Q1, "581.8 hundred million", IMP),
        fact(CQ, "imports", "growth", 6, "percent", Q1, "6", IMP),
        fact(CQ, "total", "value", 728.4e8, "CNY", MAR, "728.4 hundred million", MAR_YOY),
        fact(CQ, "total", "growth", 13.5, "percent", MAR, "13.5", MAR_YOY),
        fact(CQ, "total", "growth", 41.2, "percent", MAR, "41.2", MAR_MOM, basis="mom"),
        fact(CQ, "total", "value", 812.7e8, "CNY", Q1, "812.7 hundred million", GT, segment="general trade"),
        fact(CQ, "total", "growth", 14.8, "percent", Q1, "14.8", GT, segment="general trade"),
        fact(CQ, "total", "share", 41.3, "percent", Q1, "41.3", GT, segment="general trade"),
        fact(CQ, "total", "count", 4312, "number", Q1, "4,312", ENT, segment="foreign trade enterprises"),
        fact(CQ, "total", "value", 903.6e8, "CNY", Q1, "903.6 hundred million", PRIV, segment="private enterprises"),
        fact(CQ, "total", "growth", 15.7, "percent", Q1, "15.7", PRIV, segment="private enterprises"),
        fact(CQ, "total", "share", 45.9, "percent", Q1, "45.9", PRIV, segment="private enterprises"),
        fact(CQ, "total", "rank", 1, "number", Q1, "largest", ASEAN_RANK, partner="ASEAN"),
        fact(CQ, "total", "value", 315.6e8, "CNY", Q1, "315.6 hundred million", ASEAN, partner="ASEAN"),
        fact(CQ, "total", "growth", 14.2, "percent", Q1, "14.2", ASEAN, partner="ASEAN"),
        fact(CQ, "total", "rank", 2, "number", Q1, "second", EU_US, partner="European Union"),
        fact(CQ, "total", "rank", 3, "number", Q1, "third", EU_US, partner="United States"),
        fact(CQ, "total", "value", 262.4e8, "CNY", Q1, "262.4 hundred million", EU_US, partner="European Union"),
        fact(CQ, "total", "value", 187.3e8, "CNY", Q1, "187.3 hundred million", EU_US, partner="United States"),
        fact(CQ, "total", "growth", 9.1, "percent", Q1, "9.1", EU_US_G, partner="European Union"),
        fact(CQ, "total", "growth", -6.8, "percent", Q1, "6.8", EU_US_G, partner="United States"),
        fact(CQ, "total", "growth", 13.1, "percent", Q1, "13.1", BRI, partner="Belt and Road partner countries"),
        fact(CQ, "exports", "value", 351.2e8, "CNY", Q1, "351.2 hundred million", NB, product="notebook computers"),
        fact(CQ, "exports", "growth", 6.3, "percent", Q1, "6.3", NB, product="notebook computers"),
        fact(CQ, "exports", "rank", 1, "number", Q1, "largest", NB_RANK, product="notebook computers"),
        fact(CQ, "exports", "growth", 19.8, "percent", Q1, "19.8", CAR, product="automobiles"),
    ],
}
