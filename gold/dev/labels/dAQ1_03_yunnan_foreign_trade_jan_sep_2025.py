from _fact import fact, period

YTD = period(2025, 1, 9)
SEP = period(2025, 9)
Y = "Yunnan"
E_TOT = ("the border province of Yunnan in southwest China traded goods worth 205.36 billion yuan (about 28.84 billion "
         "U.S. dollars) with the rest of the world in January-September 2025, 15.2 percent more than in the same months of 2024")
E_NAT = "nationwide, China's goods trade grew 4 percent over January-September"
E_EXIM = "Of the total, exports accounted for 121.84 billion yuan, up 19.6 percent, and imports for 83.52 billion yuan, up 9.3 percent."
E_SEP = "September's trade on its own was 22.4 percent higher than a year earlier"
E_ASEAN = ("with which it traded 88.47 billion yuan worth of goods, a jump of 21.3 percent that raised the bloc's weight "
           "to 43.1 percent of the provincial total")
E_RESP = ("Its trade with Myanmar reached 31.62 billion yuan, up 12.4 percent; with Laos, 12.78 billion yuan, up 35.1 percent; "
          "and with Vietnam, 24.05 billion yuan, up 26.8 percent.")
E_SA = "Trade with South Asian countries, a focus of the province since the 9th China-South Asia Expo was held in Kunming in June, rose 18.7 percent to 9.36 billion yuan."
E_FV = "Exports of fruit and vegetables increased 27.5 percent to 19.42 billion yuan"
E_ORE = "purchases of metal ores, mostly from Myanmar and Laos, grew 16.2 percent to 15.73 billion yuan"
E_KM = ("The provincial capital Kunming handled 96.38 billion yuan worth of imports and exports, up 13.5 percent, "
        "accounting for 46.9 percent of Yunnan's total.")
FV = "fruit and vegetables"

ARTICLE = {
    "id": "dAQ1_03_yunnan_foreign_trade_jan_sep_2025",
    "title": "Surging ASEAN trade lifts Yunnan's nine-month foreign trade 15.2 pct",
    "publisher": "Xinhua",
    "published": "2025-10-24",
    "notes": [
        "Dateline Oct. 24 (Xinhua); 'January-September 2025', 'January-September' and 'first nine months' are 2025-01..2025-09; 'September's trade on its own' is 2025-09.",
        "Area 'Yunnan' (descriptor 'the border province of ... in southwest China' dropped); headline 15.2 pct is the body's total growth, labelled once.",
        "'205.36 billion yuan (about 28.84 billion U.S. dollars)': a CNY fact and an approx USD fact.",
        "'nationwide, China's goods trade grew 4 percent over January-September' is a stated national figure: area China, total growth 4, Jan-Sep 2025. 'beat the national figure by 11.2 percentage points' is derived: out.",
        "'the quickest monthly growth of 2025' is a superlative, not a rank of a trade flow: out.",
        "Myanmar, Laos, Vietnam each stated with their own value and growth: 31.62 billion yuan / 12.4 percent, 12.78 billion yuan / 35.1 percent, 24.05 billion yuan / 26.8 percent.",
        "'more than 4,000 km' border: not trade. China-Laos Railway 3.72 million tonnes of cross-border cargo and 'more than 1,100 trains': freight, not stated as trade: out.",
        "'9th China-South Asia Expo': an event number, not a rank: out. South Asia trade: partner 'South Asia'.",
        "'Exports of fruit and vegetables': product 'fruit and vegetables', exports. 'purchases of metal ores': imports, product 'metal ores'.",
        "Kunming: area Kunming, total value, growth, and share 46.9 percent of Yunnan's total.",
        "'A total of 3,912 enterprises ... recorded import and export activities': count, segment 'foreign trade enterprises'; '412 more than a year earlier' is a derived change: out.",
        "ASEAN 'largest trading partner' of Yunnan: rank 1; 43.1 percent is its share of the province's total.",
    ],
    "facts": [
        fact(Y, "total", "value", 205.36e9, "CNY", YTD, "205.36 billion", E_TOT),
        fact(Y, "total", "value", 28.84e9, "USD", YTD, "28.84 billion", E_TOT, qualifier="approx"),
        fact(Y, "total", "growth", 15.2, "percent", YTD, "15.2", E_TOT),
        fact("China", "total", "growth", 4, "percent", YTD, "4", E_NAT),
        fact(Y, "exports", "growth", 19.6, "percent", YTD, "19.6", E_EXIM),
        fact(Y, "exports", "value", 121.84e9, "CNY", YTD, "121.84 billion", E_EXIM),
        fact(Y, "imports", "growth", 9.3, "percent", YTD, "9.3", E_EXIM),
        fact(Y, "imports", "value", 83.52e9, "CNY", YTD, "83.52 billion", E_EXIM),
        fact(Y, "total", "growth", 22.4, "percent", SEP, "22.4", E_SEP),
        fact(Y, "total", "rank", 1, "number", YTD, "largest", "Yunnan's largest trading partner was still ASEAN", partner="ASEAN"),
        fact(Y, "total", "growth", 21.3, "percent", YTD, "21.3", E_ASEAN, partner="ASEAN"),
        fact(Y, "total", "value", 88.47e9, "CNY", YTD, "88.47 billion", E_ASEAN, partner="ASEAN"),
        fact(Y, "total", "share", 43.1, "percent", YTD, "43.1", E_ASEAN, partner="ASEAN"),
        fact(Y, "total", "value", 31.62e9, "CNY", YTD, "31.62 billion", E_RESP, partner="Myanmar"),
        fact(Y, "total", "value", 12.78e9, "CNY", YTD, "12.78 billion", E_RESP, partner="Laos"),
        fact(Y, "total", "value", 24.05e9, "CNY", YTD, "24.05 billion", E_RESP, partner="Vietnam"),
        fact(Y, "total", "growth", 12.4, "percent", YTD, "12.4", E_RESP, partner="Myanmar"),
        fact(Y, "total", "growth", 35.1, "percent", YTD, "35.1", E_RESP, partner="Laos"),
        fact(Y, "total", "growth", 26.8, "percent", YTD, "26.8", E_RESP, partner="Vietnam"),
        fact(Y, "total", "growth", 18.7, "percent", YTD, "18.7", E_SA, partner="South Asia"),
        fact(Y, "total", "value", 9.36e9, "CNY", YTD, "9.36 billion", E_SA, partner="South Asia"),
        fact(Y, "exports", "growth", 27.5, "percent", YTD, "27.5", E_FV, product=FV),
        fact(Y, "exports", "value", 19.42e9, "CNY", YTD, "19.42 billion", E_FV, product=FV),
        fact(Y, "imports", "growth", 16.2, "percent", YTD, "16.2", E_ORE, product="metal ores"),
        fact(Y, "imports", "value", 15.73e9, "CNY", YTD, "15.73 billion", E_ORE, product="metal ores"),
        fact("Kunming", "total", "value", 96.38e9, "CNY", YTD, "96.38 billion", E_KM),
        fact("Kunming", "total", "growth", 13.5, "percent", YTD, "13.5", E_KM),
        fact("Kunming", "total", "share", 46.9, "percent", YTD, "46.9", E_KM),
        fact(Y, "total", "count", 3912, "number", YTD, "3,912",
             "A total of 3,912 enterprises in Yunnan recorded import and export activities in the first nine months",
             segment="foreign trade enterprises"),
    ],
}
