from _fact import fact, period

SEP = period(2025, 9)
YTD = period(2025, 1, 9)
MY = "Malaysia"
EE = "electrical and electronic products"
E_TOT = "total trade grew 8.0 per cent year-on-year (y-o-y) to RM260.55 billion"
E_EXIM = ("exports climbed 12.2 per cent to RM137.62 billion, a record for any single month, "
          "and imports increased 3.6 per cent to RM122.93 billion")
E_BAL = "At RM14.69 billion, the trade surplus was 267.5 per cent bigger than a year earlier"
E_MOM = ("On a month-on-month basis, total trade, exports and imports went up by 4.1 per cent, 6.5 per cent "
         "and 1.5 per cent, respectively, from August 2025")
E_EE = "their exports increased 18.9 per cent y-o-y to RM58.71 billion, making up 42.7 per cent of all exports"
E_CN = "trade with China, the country's largest trading partner, came to RM43.02 billion, equal to 16.5 per cent of the overall figure"

ARTICLE = {
    "id": "dD2_02_my_bernama_sep_trade",
    "title": "Malaysia's September trade climbs 8.0 pct to RM260.55 bln as exports hit all-time high",
    "publisher": "Bernama",
    "published": "2025-10-20",
    "notes": [
        "RM (ringgit) is MYR. The headline restates the body's total-trade figures: labelled once, body as evidence.",
        "'On a month-on-month basis ... respectively, from August 2025': three month-on-month growth facts (basis mom), distributed by "
        "'respectively'; 'the surplus was substantially wider' gives no number.",
        "The growth of the surplus ('267.5 per cent bigger than a year earlier') is a balance growth fact, positive as its wording says.",
        "'a surplus for 335 months in a row since November 1997' and 'the fifth year in a row' are streaks: out.",
        "'exceeded RM2 trillion' is a threshold for the same observation as RM2.221 trillion: the exact figure only.",
        "'the country's largest trading partner' is a stated rank of China in total trade (rank 1).",
        "The E&E sentence is attributed to the ministry; product 'electrical and electronic products' (the text defines E&E).",
        "Palm oil: growth only (down 6.8 per cent); 'lower average unit values and smaller export volumes' gives no numbers.",
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
             "palm oil and palm oil-based agriculture products, down 6.8 per cent",
             product="palm oil and palm oil-based agriculture products"),
        fact(MY, "total", "value", 43.02e9, "MYR", SEP, "43.02 billion", E_CN, partner="China"),
        fact(MY, "total", "share", 16.5, "percent", SEP, "16.5", E_CN, partner="China"),
        fact(MY, "total", "rank", 1, "number", SEP, "largest", E_CN, partner="China"),
        fact(MY, "exports", "growth", 24.5, "percent", SEP, "24.5", "exports to the United States rose 24.5 per cent y-o-y",
             partner="United States"),
        fact(MY, "total", "value", 2.221e12, "MYR", YTD, "2.221 trillion",
             "Malaysia's total trade for January-September 2025 amounted to RM2.221 trillion"),
    ],
}
