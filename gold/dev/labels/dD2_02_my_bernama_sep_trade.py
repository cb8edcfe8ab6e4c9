from _fact import fact, period

SEP = period(2025, 9)
YTD = period(2025, 1, 9)
MY = "Malaysia"
EE = "electrical and electronic products"
E_TOT = "total trade rising 8.0 per cent year-on-year (y-o-y) to RM260.55 billion"
E_EXIM = ("exports expanded by 12.2 per cent to RM137.62 billion, the highest monthly value ever recorded, "
          "while imports grew 3.6 per cent to RM122.93 billion")
E_BAL = "The trade surplus surged by 267.5 per cent to RM14.69 billion"
E_MOM = ("Compared with August 2025, total trade, exports and imports increased by 4.1 per cent, 6.5 per cent "
         "and 1.5 per cent, respectively")
E_EE = "with exports rising 18.9 per cent y-o-y to RM58.71 billion and accounting for 42.7 per cent of total exports"
E_CN = "trade with China, Malaysia's largest trading partner, amounted to RM43.02 billion, or 16.5 per cent of total trade"

ARTICLE = {
    "id": "dD2_02_my_bernama_sep_trade",
    "title": "Malaysia's trade up 8.0 pct to RM260.55 bln in September, exports at record high",
    "publisher": "Bernama",
    "published": "2025-10-20",
    "notes": [
        "RM (ringgit) is MYR. The headline restates the body's total-trade figures: labelled once, body as evidence.",
        "'Compared with August 2025 ... respectively': three month-on-month growth facts (basis mom), distributed by "
        "'respectively'; 'the trade surplus widened significantly' gives no number.",
        "The growth of the surplus (surged 267.5 per cent) is a balance growth fact, positive as its verb says.",
        "'the 335th consecutive month of trade surplus since November 1997' and 'for the fifth straight year' are streaks: out.",
        "'crossing the RM2 trillion mark' is a threshold for the same observation as RM2.221 trillion: the exact figure only.",
        "'Malaysia's largest trading partner' is a stated rank of China in total trade (rank 1).",
        "The E&E sentence is quoted from the ministry; product 'electrical and electronic products' (the text defines E&E).",
        "Palm oil: growth only (declined 6.8 per cent); 'average unit value and export volume fell' gives no numbers.",
        "The 19 per cent US tariff, BNM's GDP projection (4.0 to 4.8 per cent) and Q2 GDP growth (4.4 per cent) are out.",
    ],
    "facts": [
        fact(MY, "total", "growth", 8.0, "percent", SEP, "8.0", E_TOT),
        fact(MY, "total", "value", 260.55e9, "MYR", SEP, "260.55 billion", E_TOT),
        fact(MY, "exports", "growth", 12.2, "percent", SEP, "12.2", E_EXIM),
        fact(MY, "exports", "value", 137.62e9, "MYR", SEP, "137.62 billion", E_EXIM),
        fact(MY, "imports", "growth", 3.6, "percent", SEP, "3.6", E_EXIM),
        fact(MY, "imports", "value", 122.93e9, "MYR", SEP, "122.93 billion", E_EXIM),
        fact(MY, "balance", "growth", 267.5, "percent", SEP, "267.5", E_BAL),
        fact(MY, "balance", "value", 14.69e9, "MYR", SEP, "14.69 billion", E_BAL),
        fact(MY, "total", "growth", 4.1, "percent", SEP, "4.1", E_MOM, basis="mom"),
        fact(MY, "exports", "growth", 6.5, "percent", SEP, "6.5", E_MOM, basis="mom"),
        fact(MY, "imports", "growth", 1.5, "percent", SEP, "1.5", E_MOM, basis="mom"),
        fact(MY, "exports", "growth", 18.9, "percent", SEP, "18.9", E_EE, product=EE),
        fact(MY, "exports", "value", 58.71e9, "MYR", SEP, "58.71 billion", E_EE, product=EE),
        fact(MY, "exports", "share", 42.7, "percent", SEP, "42.7", E_EE, product=EE),
        fact(MY, "exports", "growth", -6.8, "percent", SEP, "6.8",
             "palm oil and palm oil-based agriculture products, which declined 6.8 per cent",
             product="palm oil and palm oil-based agriculture products"),
        fact(MY, "total", "value", 43.02e9, "MYR", SEP, "43.02 billion", E_CN, partner="China"),
        fact(MY, "total", "share", 16.5, "percent", SEP, "16.5", E_CN, partner="China"),
        fact(MY, "total", "rank", 1, "number", SEP, "largest", E_CN, partner="China"),
        fact(MY, "exports", "growth", 24.5, "percent", SEP, "24.5", "Exports to the United States jumped 24.5 per cent y-o-y",
             partner="United States"),
        fact(MY, "total", "value", 2.221e12, "MYR", YTD, "2.221 trillion",
             "For the first nine months of 2025, Malaysia's total trade reached RM2.221 trillion"),
    ],
}
