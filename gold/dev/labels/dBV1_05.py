from _fact import fact, period

CN = "China"
YTD = period(2026, 1, 10)
OCT = period(2026, 10)
SV = "services"
KIS = "knowledge-intensive services"
TR = "travel services"

ARTICLE = {
    "id": "dBV1_05",
    "title": "Recovering travel spending lifts China's Jan-Oct services trade 6.8%",
    "publisher": "CGTN",
    "published": "2026-11-30",
    "notes": [
        "Real figures: none (January-October 2026 has not happened). Modelled on MOFCOM's monthly services-trade "
        "releases as reported by CGTN, Xinhua and China Daily (total, exports, imports, deficit, knowledge-intensive "
        "services with shares, travel services, a single-month figure). Invented: every figure. Derived: services "
        "6.48 = 2.87 + 3.61; deficit 740 billion = 3.61 - 2.87 trillion, its -23.1 percent from invented bases "
        "(2.553 and 3.515 trillion a year earlier; total growth 6.8 agrees); knowledge-intensive 2.95 = 1.66 + 1.29, "
        "shares 45.5 = 2.95/6.48 and 57.8 = 1.66/2.87; travel 1.71 = 0.2364 + 1.47 (growth 9.4 agrees with 38.2 and "
        "5.9); goods 37.31 = 22.03 + 15.28, surplus 6.75; combined 43.79 = 37.31 + 6.48, growth 4.3 and services share "
        "14.8 agree with the bases; USD 915 billion at about 7.08 yuan per dollar.",
        "Judgement calls: the dollar conversion is a separate approx USD fact; services figures carry product "
        "'services', the sub-groups 'knowledge-intensive services' and 'travel services' (travel exports and imports "
        "likewise); goods figures have product null; the combined total is product 'goods and services'; the 14.8 "
        "percent share of services in the combined total is labelled as a share of China's services total trade; "
        "the deficit 'narrowed 23.1 percent' is growth -23.1 and its value -740 billion.",
        "Not facts: 9.7 and 0.3 percentage points (derived comparisons); 221.7 billion yuan smaller (a difference, "
        "derived); more than 50 visa-free countries (not trading partners); eight-day holiday; the researcher's "
        "7.8 trillion yuan full-year figure (forecast); 2027, 2026 to 2030, 15th Five-Year Plan (years, plan numbers).",
        "Copy check: 9 sentences searched, 0 reworded.",
        "Second check: 25 sentences searched, 1 reworded.",
    ],
    "facts": [
        fact(CN, "total", "value", 6.48e12, "CNY", YTD, "6.48 trillion",
             "China's trade in services reached 6.48 trillion yuan (about $915 billion) between January and October",
             product=SV),
        fact(CN, "total", "value", 915e9, "USD", YTD, "$915 billion",
             "China's trade in services reached 6.48 trillion yuan (about $915 billion) between January and October",
             product=SV, qualifier="approx"),
        fact(CN, "total", "growth", 6.8, "percent", YTD, "6.8",
             "between January and October, 6.8 percent more than in the same months of last year", product=SV),
        fact(CN, "exports", "growth", 12.4, "percent", YTD, "12.4",
             "Sales of services to foreign buyers climbed 12.4 percent to 2.87 trillion yuan", product=SV),
        fact(CN, "exports", "value", 2.87e12, "CNY", YTD, "2.87 trillion",
             "Sales of services to foreign buyers climbed 12.4 percent to 2.87 trillion yuan", product=SV),
        fact(CN, "imports", "growth", 2.7, "percent", YTD, "2.7",
             "purchases of services from abroad edged up 2.7 percent to 3.61 trillion yuan", product=SV),
        fact(CN, "imports", "value", 3.61e12, "CNY", YTD, "3.61 trillion",
             "purchases of services from abroad edged up 2.7 percent to 3.61 trillion yuan", product=SV),
        fact(CN, "balance", "growth", -23.1, "percent", YTD, "23.1",
             "The services trade deficit narrowed 23.1 percent year on year to 740 billion yuan", product=SV),
        fact(CN, "balance", "value", -740e9, "CNY", YTD, "740 billion",
             "The services trade deficit narrowed 23.1 percent year on year to 740 billion yuan", product=SV),
        fact(CN, "total", "growth", 7.9, "percent", YTD, "7.9",
             "Trade in this category rose 7.9 percent to 2.95 trillion yuan", product=KIS),
        fact(CN, "total", "value", 2.95e12, "CNY", YTD, "2.95 trillion",
             "Trade in this category rose 7.9 percent to 2.95 trillion yuan", product=KIS),
        fact(CN, "total", "share", 45.5, "percent", YTD, "45.5",
             "accounting for 45.5 percent of all services trade", product=KIS),
        fact(CN, "exports", "value", 1.66e12, "CNY", YTD, "1.66 trillion",
             "Chinese providers sold 1.66 trillion yuan worth of such services abroad, up 10.2 percent", product=KIS),
        fact(CN, "exports", "growth", 10.2, "percent", YTD, "10.2",
             "Chinese providers sold 1.66 trillion yuan worth of such services abroad, up 10.2 percent", product=KIS),
        fact(CN, "exports", "share", 57.8, "percent", YTD, "57.8",
             "which made up 57.8 percent of total services exports", product=KIS),
        fact(CN, "imports", "growth", 5.1, "percent", YTD, "5.1",
             "Imports of knowledge-intensive services went up 5.1 percent to 1.29 trillion yuan.", product=KIS),
        fact(CN, "imports", "value", 1.29e12, "CNY", YTD, "1.29 trillion",
             "Imports of knowledge-intensive services went up 5.1 percent to 1.29 trillion yuan.", product=KIS),
        fact(CN, "total", "value", 1.71e12, "CNY", YTD, "1.71 trillion",
             "Two-way trade in travel services came to 1.71 trillion yuan, up 9.4 percent.", product=TR),
        fact(CN, "total", "growth", 9.4, "percent", YTD, "9.4",
             "Two-way trade in travel services came to 1.71 trillion yuan, up 9.4 percent.", product=TR),
        fact(CN, "exports", "growth", 38.2, "percent", YTD, "38.2",
             "Travel exports, which measure what foreign visitors spend inside China, jumped 38.2 percent to 236.4 billion yuan",
             product=TR),
        fact(CN, "exports", "value", 236.4e9, "CNY", YTD, "236.4 billion",
             "Travel exports, which measure what foreign visitors spend inside China, jumped 38.2 percent to 236.4 billion yuan",
             product=TR),
        fact(CN, "imports", "growth", 5.9, "percent", YTD, "5.9",
             "Travel imports, driven mainly by Chinese tourists heading overseas, rose 5.9 percent to 1.47 trillion yuan.",
             product=TR),
        fact(CN, "imports", "value", 1.47e12, "CNY", YTD, "1.47 trillion",
             "Travel imports, driven mainly by Chinese tourists heading overseas, rose 5.9 percent to 1.47 trillion yuan.",
             product=TR),
        fact(CN, "total", "value", 668.2e9, "CNY", OCT, "668.2 billion",
             "services trade in October alone totaled 668.2 billion yuan, an increase of 8.5 percent year on year",
             product=SV),
        fact(CN, "total", "growth", 8.5, "percent", OCT, "8.5",
             "services trade in October alone totaled 668.2 billion yuan, an increase of 8.5 percent year on year",
             product=SV),
        fact(CN, "total", "value", 37.31e12, "CNY", YTD, "37.31 trillion",
             "China's goods imports and exports came to 37.31 trillion yuan in the first 10 months, up 3.9 percent"),
        fact(CN, "total", "growth", 3.9, "percent", YTD, "3.9",
             "China's goods imports and exports came to 37.31 trillion yuan in the first 10 months, up 3.9 percent"),
        fact(CN, "exports", "growth", 6.4, "percent", YTD, "6.4",
             "Goods exports rose 6.4 percent to 22.03 trillion yuan"),
        fact(CN, "exports", "value", 22.03e12, "CNY", YTD, "22.03 trillion",
             "Goods exports rose 6.4 percent to 22.03 trillion yuan"),
        fact(CN, "imports", "growth", 0.5, "percent", YTD, "0.5",
             "goods imports gained 0.5 percent to 15.28 trillion yuan"),
        fact(CN, "imports", "value", 15.28e12, "CNY", YTD, "15.28 trillion",
             "goods imports gained 0.5 percent to 15.28 trillion yuan"),
        fact(CN, "balance", "value", 6.75e12, "CNY", YTD, "6.75 trillion",
             "producing a goods trade surplus of 6.75 trillion yuan"),
        fact(CN, "total", "value", 43.79e12, "CNY", YTD, "43.79 trillion",
             "China's trade in goods and services amounted to 43.79 trillion yuan over the 10 months, an increase of 4.3 percent",
             product="goods and services"),
        fact(CN, "total", "growth", 4.3, "percent", YTD, "4.3",
             "China's trade in goods and services amounted to 43.79 trillion yuan over the 10 months, an increase of 4.3 percent",
             product="goods and services"),
        fact(CN, "total", "share", 14.8, "percent", YTD, "14.8",
             "Services made up 14.8 percent of that combined figure", product=SV),
    ],
}
