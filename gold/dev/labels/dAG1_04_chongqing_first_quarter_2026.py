from _fact import fact, period

Q1 = period(2026, 1, 3)
MAR = period(2026, 3)
CQ = "Chongqing"

LEAD = "Chongqing's total imports and exports came to 196.83 billion yuan, up 9.6% year-on-year"
EXP = "exports amounted to 1386.5 hundred million yuan, up 11.2%"
IMP = "imports to 581.8 hundred million yuan, up 6%"
MAR_YOY = "Chongqing's trade in March totaled 728.4 hundred million yuan, a year-on-year rise of 13.5%"
MAR_MOM = ("Measured against February, when the Spring Festival holiday disrupted output at many firms, "
           "the monthly figure grew by 41.2%")
GT = ("General trade imports and exports in Chongqing rose 14.8% to 812.7 hundred million yuan in the first quarter, "
      "equal to 41.3% of the city's total")
ENT = "A total of 4,312 Chongqing enterprises recorded actual imports or exports in the quarter"
PRIV = "Private enterprises among them traded 903.6 hundred million yuan, up 15.7%, which was 45.9% of the city's total"
ASEAN_RANK = "ASEAN was still Chongqing's largest trading partner"
ASEAN = "the city's trade with the bloc reached 315.6 hundred million yuan in the quarter, up 14.2%"
EU_US = ("The EU and the United States came second and third, with trade of 262.4 hundred million yuan "
         "and 187.3 hundred million yuan respectively")
EU_US_G = "Trade with the former grew by 9.1%, and trade with the latter fell by 6.8%"
BRI = "Trade with countries jointly building the Belt and Road rose 13.1% over the period"
NB = "Chongqing's notebook computer exports grew 6.3% to 351.2 hundred million yuan"
NB_RANK = "the notebook computer was still the city's largest export product"
CAR = "Automobile exports increased by 19.8%"

ARTICLE = {
    "id": "dAG1_04_chongqing_first_quarter_2026",
    "title": "Chongqing posts 9.6% rise in Q1 foreign trade",
    "publisher": "Chongqing Customs",
    "published": "2026-04-17",
    "notes": [
        "A customs-district release in translated English; 'hundred million yuan' renders 亿元 (1386.5 hundred million = 138.65 billion).",
        "Period: 'the first quarter of 2026' (Q1 2026) for every figure except the March paragraph.",
        "'Measured against February ... the monthly figure grew by 41.2%': the March total, basis mom (comparison with the month before).",
        "'4,312 Chongqing enterprises recorded actual imports or exports': count, segment foreign trade enterprises.",
        "'The EU and the United States came second and third': rank 2 European Union, rank 3 United States; 'the former' = EU, 'the latter' = United States.",
        "'countries jointly building the Belt and Road': partner Belt and Road partner countries.",
        "'the notebook computer was still the city's largest export product': rank 1 of notebook computers among exports.",
        "Out of scope, unlabelled: '4.3 percentage points above the national one', '1.9 percentage points bigger than a year earlier', 'contributed 6.8 percentage points to the city's foreign trade growth' (percentage-point comparisons/contributions); '371 more' (derived difference of a count); 3,126 rail-sea intermodal trains and their 16.5% increase (not a trade flow); 'for the full year above 800 billion yuan' (target/forecast).",
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
