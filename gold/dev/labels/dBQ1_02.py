from _fact import fact, period

GD = "Guangdong"
JAN_OCT = period(2026, 1, 10)
OCT = period(2026, 10)

ARTICLE = {
    "id": "dBQ1_02",
    "title": "First 10 Months of 2026: Goods Trade Through Guangdong Up 4.6%",
    "publisher": "Guangdong Branch of the General Administration of Customs",
    "published": "2026-11-18",
    "notes": [
        "Real figures: none (January-October 2026 has not happened). Modelled on Guangdong customs releases for "
        "2022-2025 (about 6.2 trillion yuan in eight months of 2025, private enterprises about 64%, foreign-invested "
        "about 31%, ASEAN the largest partner, Hong Kong/EU/US next, mechanical and electrical products about two "
        "thirds of exports). Invented: every figure. Derived and checked: 4.86 + 2.86 = 7.72 trillion; 511.38 + 301.08 "
        "= 812.46 billion; private share 5.03/7.72 = 65.2%; foreign-invested share 2.39/7.72 = 31.0%; ASEAN share "
        "1.33/7.72 = 17.2%; 4.5 - 2.9 = 1.6 percentage points.",
        "Judgement calls: '(the same below)' makes every later growth rate year-on-year unless the text says "
        "otherwise; the October 'month-on-month increase of 3.5%' is basis mom on the October total. '511.38 and "
        "301.08 billion yuan respectively': 511.38 takes its scale from the list's one scale word (value_text '511.38'). "
        "'private enterprises grew by 7.8%' is the growth of their imports and exports (segment private enterprises, "
        "flow total). 'accounting for 31.0%' (foreign-invested) is a share of the province's total. Counts: 118,426 "
        "enterprises with import and export records -> segment 'foreign trade enterprises'; '105,312 of them' were "
        "private -> segment 'private enterprises', both for January-October. ASEAN 'largest trading partner' -> rank 1. "
        "Hong Kong is the partner's canonical name. Area is Guangdong throughout (the headline and 'the province').",
        "Not facts: 1.0 percentage point (comparison with the first three quarters); 1.9 percentage points (change "
        "of the private share); 6,874 more enterprises (a derived difference); 1.6 percentage points (comparison with "
        "overall export growth); '15th Five-Year Plan', 2026 and '10 months' as period words; the national total, "
        "which is not stated.",
        "Copy check: 12 sentences searched across my three articles (4 from this one); 7 reworded here: the lead, the "
        "exports/imports breakdown, the October sentence, the private-enterprise sentence, the enterprise-count "
        "sentence, the ASEAN sentence and the Hong Kong/EU/US 'respectively' sentence, all of which shared the "
        "skeleton of real Chinese customs releases (same clause order with only the numbers changed).",
        "Second check: 18 sentences searched, 4 reworded.",
    ],
    "facts": [
        fact(GD, "total", "growth", 4.6, "percent", JAN_OCT, "4.6",
             "Guangdong's foreign trade grew by 4.6% year-on-year (the same below) in the first 10 months of 2026 to 7.72 trillion yuan"),
        fact(GD, "total", "value", 7.72e12, "CNY", JAN_OCT, "7.72 trillion",
             "Guangdong's foreign trade grew by 4.6% year-on-year (the same below) in the first 10 months of 2026 to 7.72 trillion yuan"),
        fact(GD, "total", "share", 19.2, "percent", JAN_OCT, "19.2",
             "Guangdong's foreign trade grew by 4.6% year-on-year (the same below) in the first 10 months of 2026 to 7.72 trillion yuan, accounting for 19.2% of the national total"),
        fact(GD, "exports", "value", 4.86e12, "CNY", JAN_OCT, "4.86 trillion",
             "exports reached 4.86 trillion yuan, growing by 2.9%"),
        fact(GD, "exports", "growth", 2.9, "percent", JAN_OCT, "2.9",
             "exports reached 4.86 trillion yuan, growing by 2.9%"),
        fact(GD, "imports", "value", 2.86e12, "CNY", JAN_OCT, "2.86 trillion",
             "imports reached 2.86 trillion yuan, growing by 7.6%"),
        fact(GD, "imports", "growth", 7.6, "percent", JAN_OCT, "7.6",
             "imports reached 2.86 trillion yuan, growing by 7.6%"),
        fact(GD, "total", "value", 812.46e9, "CNY", OCT, "812.46 billion",
             "Looking at October alone, the value of goods the province traded with the rest of the world was 812.46 billion yuan, up 6.3%"),
        fact(GD, "total", "growth", 6.3, "percent", OCT, "6.3",
             "Looking at October alone, the value of goods the province traded with the rest of the world was 812.46 billion yuan, up 6.3%"),
        fact(GD, "total", "growth", 3.5, "percent", OCT, "3.5",
             "a month-on-month increase of 3.5% was achieved", basis="mom"),
        fact(GD, "exports", "value", 511.38e9, "CNY", OCT, "511.38",
             "Of this, exports and imports were 511.38 and 301.08 billion yuan respectively"),
        fact(GD, "imports", "value", 301.08e9, "CNY", OCT, "301.08 billion",
             "Of this, exports and imports were 511.38 and 301.08 billion yuan respectively"),
        fact(GD, "exports", "growth", 4.1, "percent", OCT, "4.1",
             "Of this, exports and imports were 511.38 and 301.08 billion yuan respectively, up 4.1% and 10.2% respectively"),
        fact(GD, "imports", "growth", 10.2, "percent", OCT, "10.2",
             "Of this, exports and imports were 511.38 and 301.08 billion yuan respectively, up 4.1% and 10.2% respectively"),
        fact(GD, "total", "value", 5.03e12, "CNY", JAN_OCT, "5.03 trillion",
             "Handling 5.03 trillion yuan of imports and exports in the first 10 months, private enterprises grew by 7.8%",
             segment="private enterprises"),
        fact(GD, "total", "growth", 7.8, "percent", JAN_OCT, "7.8",
             "Handling 5.03 trillion yuan of imports and exports in the first 10 months, private enterprises grew by 7.8%",
             segment="private enterprises"),
        fact(GD, "total", "share", 65.2, "percent", JAN_OCT, "65.2",
             "their proportion of the province's foreign trade rose to 65.2%", segment="private enterprises"),
        fact(GD, "total", "value", 2.39e12, "CNY", JAN_OCT, "2.39 trillion",
             "foreign-invested enterprises imported and exported 2.39 trillion yuan, a decrease of 0.6%, accounting for 31.0%",
             segment="foreign-invested enterprises"),
        fact(GD, "total", "growth", -0.6, "percent", JAN_OCT, "0.6",
             "foreign-invested enterprises imported and exported 2.39 trillion yuan, a decrease of 0.6%, accounting for 31.0%",
             segment="foreign-invested enterprises"),
        fact(GD, "total", "share", 31.0, "percent", JAN_OCT, "31.0",
             "foreign-invested enterprises imported and exported 2.39 trillion yuan, a decrease of 0.6%, accounting for 31.0%",
             segment="foreign-invested enterprises"),
        fact(GD, "total", "count", 118426, "number", JAN_OCT, "118,426",
             "118,426 enterprises in the province had import and export records", segment="foreign trade enterprises"),
        fact(GD, "total", "count", 105312, "number", JAN_OCT, "105,312",
             "118,426 enterprises in the province had import and export records, 6,874 more than in the corresponding period of last year, and private enterprises made up 105,312 of them",
             segment="private enterprises"),
        fact(GD, "total", "rank", 1, "number", JAN_OCT, "largest",
             "ASEAN, still Guangdong's largest trading partner",
             partner="ASEAN"),
        fact(GD, "total", "value", 1.33e12, "CNY", JAN_OCT, "1.33 trillion",
             "ASEAN, still Guangdong's largest trading partner, accounted for 17.2% of the provincial total in the first 10 months, with goods trade of 1.33 trillion yuan, an increase of 9.1%",
             partner="ASEAN"),
        fact(GD, "total", "growth", 9.1, "percent", JAN_OCT, "9.1",
             "ASEAN, still Guangdong's largest trading partner, accounted for 17.2% of the provincial total in the first 10 months, with goods trade of 1.33 trillion yuan, an increase of 9.1%",
             partner="ASEAN"),
        fact(GD, "total", "share", 17.2, "percent", JAN_OCT, "17.2",
             "ASEAN, still Guangdong's largest trading partner, accounted for 17.2% of the provincial total in the first 10 months",
             partner="ASEAN"),
        fact(GD, "total", "value", 1.21e12, "CNY", JAN_OCT, "1.21 trillion",
             "Hong Kong, the European Union and the United States came next, with trade values of 1.21 trillion yuan, 860.25 billion yuan and 712.84 billion yuan respectively",
             partner="Hong Kong"),
        fact(GD, "total", "value", 860.25e9, "CNY", JAN_OCT, "860.25 billion",
             "Hong Kong, the European Union and the United States came next, with trade values of 1.21 trillion yuan, 860.25 billion yuan and 712.84 billion yuan respectively",
             partner="European Union"),
        fact(GD, "total", "value", 712.84e9, "CNY", JAN_OCT, "712.84 billion",
             "Hong Kong, the European Union and the United States came next, with trade values of 1.21 trillion yuan, 860.25 billion yuan and 712.84 billion yuan respectively",
             partner="United States"),
        fact(GD, "total", "growth", 6.8, "percent", JAN_OCT, "6.8",
             "trade with Hong Kong and the European Union increased by 6.8% and 5.2% respectively", partner="Hong Kong"),
        fact(GD, "total", "growth", 5.2, "percent", JAN_OCT, "5.2",
             "trade with Hong Kong and the European Union increased by 6.8% and 5.2% respectively", partner="European Union"),
        fact(GD, "total", "growth", -8.6, "percent", JAN_OCT, "8.6",
             "trade with the United States decreased by 8.6%", partner="United States"),
        fact(GD, "exports", "value", 3.27e12, "CNY", JAN_OCT, "3.27 trillion",
             "Mechanical and electrical products worth 3.27 trillion yuan were shipped abroad from the province in the first 10 months, an increase of 4.5%",
             product="mechanical and electrical products"),
        fact(GD, "exports", "growth", 4.5, "percent", JAN_OCT, "4.5",
             "Mechanical and electrical products worth 3.27 trillion yuan were shipped abroad from the province in the first 10 months, an increase of 4.5%",
             product="mechanical and electrical products"),
    ],
}
