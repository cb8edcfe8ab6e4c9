from _fact import fact, period

YTD = period(2025, 1, 10)
OCT = period(2025, 10)
KR = "South Korea"

E_TOT = "Trade between the two neighbors reached 1.95 trillion yuan ($273.9 billion) between January and October, up 2.1 percent year-on-year"
E_RANK = "The ROK remained China's fourth-largest trading partner after ASEAN, the EU and the US, accounting for 5.2 percent of China's total foreign trade in the period"
E_EXP = "China's exports to the ROK amounted to 865.2 billion yuan, a modest 0.6 percent increase"
E_IMP = "imports from its neighbor rose 3.4 percent to 1.08 trillion yuan"
E_BAL = "leaving China with a trade deficit of 219.6 billion yuan with the country"
E_IC = "Chinese imports of the chips from the ROK rose 11.8 percent to 412.6 billion yuan, making up 38 percent of all purchases from the country"
E_NEV = "Exports of NEVs to the country jumped 152.6 percent"
E_STEEL = "Steel product exports to the ROK, however, declined 14.3 percent"
E_KR_EXP = "South Korean exports to China came to $108.9 billion in the January-October period, down 1.5 percent"
E_KR_IMP = "imports from China grew 2.1 percent to $115.8 billion"
E_KR_BAL = "leaving Seoul with a $6.9 billion deficit"
E_KR_SHARE = "China took 18.8 percent of South Korea's total exports"
E_KR_CHIP = "Semiconductors, the ROK's largest export item to China, rose 4.7 percent to $32.4 billion"
E_KR_OCT = "In October alone, the ROK shipped $11.2 billion of goods to China, 3.4 percent more than a year earlier"
E_CN = "China's total goods trade for January through October at 37.31 trillion yuan, an increase of 3.6 percent on a year earlier"

ARTICLE = {
    "id": "dAV1_06_gt_china_rok_jan_oct_2025",
    "title": "China-ROK trade edges up in first 10 months as chips anchor ties; experts eye fresh impetus after Xi's state visit",
    "publisher": "Global Times",
    "published": "2025-11-09",
    "notes": [
        "Running period is January-October 2025 (headline 'first 10 months', 'between January and October'); 'In October alone' is 2025-10.",
        "The Republic of Korea / ROK / Seoul / South Korea are all partner or area 'South Korea'.",
        "Chinese customs (GAC) figures: area China, partner South Korea. ROK ministry figures: area South Korea, partner China ('South Korean exports to China', 'imports from China', 'leaving Seoul with a ... deficit').",
        "'1.95 trillion yuan ($273.9 billion)': same observation in two currencies -> CNY fact and USD fact; no 'about', so the USD fact is exact.",
        "'fourth-largest trading partner' -> rank 4, flow total; '5.2 percent of China's total foreign trade' -> share of China's total trade with partner South Korea.",
        "China's deficit with the ROK (219.6 billion yuan) and Seoul's deficit with China ($6.9 billion) are both negative balances, each seen from its own side; the mirror statistics are inconsistent (each side reports a deficit with the other), which the article itself explains; both labelled as written, under different areas.",
        "'Chinese imports of the chips' refers back to 'Integrated circuits' in the previous sentence: product 'integrated circuits'; '38 percent of all purchases from the country' is the share of imports from South Korea.",
        "'Exports of NEVs to the country' = China's exports to South Korea of new energy vehicles (acronym written out: 'new energy vehicles').",
        "'Semiconductors, the ROK's largest export item to China' read as rank 1 of that product among South Korea's exports to China (hard call: a product rank rather than a partner rank, but still the rank of a trade flow).",
        "'China took 18.8 percent of South Korea's total exports': area South Korea, partner China, exports share.",
        "'In October alone, the ROK shipped $11.2 billion of goods to China': area South Korea, partner China, exports, period 2025-10.",
        "China's overall trade (37.31 trillion yuan, 3.6 percent) is in scope with partner null.",
        "Out: forecast that trade 'could again top $320 billion' (forecast in a quote), anti-dumping duties 'up to 38 percent' (tariff rate, not a trade flow), 'more than 10 cooperation documents', 'over 1,100' flights a week, year 2015.",
    ],
    "facts": [
        fact("China", "total", "value", 1.95e12, "CNY", YTD, "1.95 trillion", E_TOT, partner=KR),
        fact("China", "total", "value", 273.9e9, "USD", YTD, "273.9 billion", E_TOT, partner=KR),
        fact("China", "total", "growth", 2.1, "percent", YTD, "2.1", E_TOT, partner=KR),
        fact("China", "total", "rank", 4, "number", YTD, "fourth", E_RANK, partner=KR),
        fact("China", "total", "share", 5.2, "percent", YTD, "5.2", E_RANK, partner=KR),
        fact("China", "exports", "value", 865.2e9, "CNY", YTD, "865.2 billion", E_EXP, partner=KR),
        fact("China", "exports", "growth", 0.6, "percent", YTD, "0.6", E_EXP, partner=KR),
        fact("China", "imports", "growth", 3.4, "percent", YTD, "3.4", E_IMP, partner=KR),
        fact("China", "imports", "value", 1.08e12, "CNY", YTD, "1.08 trillion", E_IMP, partner=KR),
        fact("China", "balance", "value", -219.6e9, "CNY", YTD, "219.6 billion", E_BAL, partner=KR),
        fact("China", "imports", "growth", 11.8, "percent", YTD, "11.8", E_IC, partner=KR, product="integrated circuits"),
        fact("China", "imports", "value", 412.6e9, "CNY", YTD, "412.6 billion", E_IC, partner=KR, product="integrated circuits"),
        fact("China", "imports", "share", 38, "percent", YTD, "38", E_IC, partner=KR, product="integrated circuits"),
        fact("China", "exports", "growth", 152.6, "percent", YTD, "152.6", E_NEV, partner=KR, product="new energy vehicles"),
        fact("China", "exports", "growth", -14.3, "percent", YTD, "14.3", E_STEEL, partner=KR, product="steel products"),
        fact("South Korea", "exports", "value", 108.9e9, "USD", YTD, "108.9 billion", E_KR_EXP, partner="China"),
        fact("South Korea", "exports", "growth", -1.5, "percent", YTD, "1.5", E_KR_EXP, partner="China"),
        fact("South Korea", "imports", "growth", 2.1, "percent", YTD, "2.1", E_KR_IMP, partner="China"),
        fact("South Korea", "imports", "value", 115.8e9, "USD", YTD, "115.8 billion", E_KR_IMP, partner="China"),
        fact("South Korea", "balance", "value", -6.9e9, "USD", YTD, "6.9 billion", E_KR_BAL, partner="China"),
        fact("South Korea", "exports", "share", 18.8, "percent", YTD, "18.8", E_KR_SHARE, partner="China"),
        fact("South Korea", "exports", "rank", 1, "number", YTD, "largest", E_KR_CHIP, partner="China", product="semiconductors"),
        fact("South Korea", "exports", "growth", 4.7, "percent", YTD, "4.7", E_KR_CHIP, partner="China", product="semiconductors"),
        fact("South Korea", "exports", "value", 32.4e9, "USD", YTD, "32.4 billion", E_KR_CHIP, partner="China", product="semiconductors"),
        fact("South Korea", "exports", "value", 11.2e9, "USD", OCT, "11.2 billion", E_KR_OCT, partner="China"),
        fact("South Korea", "exports", "growth", 3.4, "percent", OCT, "3.4", E_KR_OCT, partner="China"),
        fact("China", "total", "growth", 3.6, "percent", YTD, "3.6", E_CN),
        fact("China", "total", "value", 37.31e12, "CNY", YTD, "37.31 trillion", E_CN),
    ],
}
