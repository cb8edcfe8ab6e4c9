from _fact import fact, period

NOV = period(2025, 11)
YTD = period(2025, 1, 11)
E_NOV = ("the combined value of imports and exports reaching 3.9 trillion yuan (about 551.5 billion U.S. dollars), "
         "a rise of 4.1 percent year on year")
E_EXIM = ("Last month's exports came in at 2.35 trillion yuan, 5.7 percent higher than a year earlier, "
          "and imports increased slightly by 1.7 percent to 1.55 trillion yuan")
E_MOM = "Measured against October, exports were up 8.3 percent and imports up 1.3 percent"
E_YTD_EXIM = ("Over those 11 months, exports expanded 6.2 percent to 24.46 trillion yuan, "
              "while imports rose marginally, by 0.2 percent, to 16.75 trillion yuan.")
E_RESP = ("The value of China's trade with ASEAN, the European Union and the United States was 6.82 trillion yuan, "
          "5.37 trillion yuan and 3.69 trillion yuan, which meant a rise of 8.5 percent, a rise of 5.4 percent "
          "and a fall of 16.9 percent respectively.")
E_ASEAN = ("The Association of Southeast Asian Nations (ASEAN) kept its position as China's largest trading partner in "
           "January-November, and two-way trade with the bloc represented 16.6 percent of the nation's total.")
E_ME = ("the country shipped 14.6 trillion yuan worth of mechanical and electrical products abroad in the first 11 months, "
        "8.8 percent more than a year before, making up 59.7 percent of all exports")
E_IC = "Within that category, exports of integrated circuits and automobiles increased 25.2 percent and 19.5 percent respectively."

ARTICLE = {
    "id": "dA1_01_xinhua_nov_monthly",
    "title": "November exports pick up speed, lifting China's foreign trade 4.1 pct",
    "publisher": "Xinhua",
    "published": "2025-12-08",
    "notes": [
        "The text never states the year: November and the first 11 months are 2025 from the publication date (dateline Dec. 8, published 2025-12-08).",
        "'3.9 trillion yuan (about 551.5 billion U.S. dollars)': a CNY fact and a USD fact with qualifier approx.",
        "'producing a trade surplus of 800 billion yuan' is stated, so labelled as a balance value (exports 2.35 minus imports 1.55 trillion agrees).",
        "'Measured against October, exports were up 8.3 percent and imports up 1.3 percent': a comparison with the month before, basis mom.",
        "Ten consecutive months of growth (streak) and 'the month's growth outpaced October's by 4 percentage points' are out of scope.",
        "Respectively list: ASEAN, EU, US values and growths paired in order; the last growth is a fall ('a fall of 16.9 percent') -> -16.9; 8.5 and 5.4 are rises ('a rise of').",
        "ASEAN rank 1 ('largest trading partner') and its share 16.6 percent of the total are labelled for January-November.",
        "Integrated circuits and automobiles growth are export growth ('exports of'), first 11 months, from the 'Within that category' sentence about exports.",
        "The 1,200 exhibitors of an e-commerce fair are not a trade flow: out.",
    ],
    "facts": [
        fact("China", "total", "growth", 4.1, "percent", NOV, "4.1", E_NOV),
        fact("China", "total", "value", 3.9e12, "CNY", NOV, "3.9 trillion", E_NOV),
        fact("China", "total", "value", 551.5e9, "USD", NOV, "551.5 billion", E_NOV, qualifier="approx"),
        fact("China", "exports", "growth", 5.7, "percent", NOV, "5.7", E_EXIM),
        fact("China", "exports", "value", 2.35e12, "CNY", NOV, "2.35 trillion", E_EXIM),
        fact("China", "imports", "growth", 1.7, "percent", NOV, "1.7", E_EXIM),
        fact("China", "imports", "value", 1.55e12, "CNY", NOV, "1.55 trillion", E_EXIM),
        fact("China", "balance", "value", 800e9, "CNY", NOV, "800 billion", "producing a trade surplus of 800 billion yuan"),
        fact("China", "exports", "growth", 8.3, "percent", NOV, "8.3", E_MOM, basis="mom"),
        fact("China", "imports", "growth", 1.3, "percent", NOV, "1.3", E_MOM, basis="mom"),
        fact("China", "total", "value", 41.21e12, "CNY", YTD, "41.21 trillion",
             "Total foreign trade for the January-November period reached 41.21 trillion yuan, a year-on-year increase of 3.6 percent."),
        fact("China", "total", "growth", 3.6, "percent", YTD, "3.6",
             "Total foreign trade for the January-November period reached 41.21 trillion yuan, a year-on-year increase of 3.6 percent."),
        fact("China", "exports", "growth", 6.2, "percent", YTD, "6.2", E_YTD_EXIM),
        fact("China", "exports", "value", 24.46e12, "CNY", YTD, "24.46 trillion", E_YTD_EXIM),
        fact("China", "imports", "growth", 0.2, "percent", YTD, "0.2", E_YTD_EXIM),
        fact("China", "imports", "value", 16.75e12, "CNY", YTD, "16.75 trillion", E_YTD_EXIM),
        fact("China", "total", "rank", 1, "number", YTD, "largest", E_ASEAN, partner="ASEAN"),
        fact("China", "total", "share", 16.6, "percent", YTD, "16.6", E_ASEAN, partner="ASEAN"),
        fact("China", "total", "value", 6.82e12, "CNY", YTD, "6.82 trillion", E_RESP, partner="ASEAN"),
        fact("China", "total", "value", 5.37e12, "CNY", YTD, "5.37 trillion", E_RESP, partner="European Union"),
        fact("China", "total", "value", 3.69e12, "CNY", YTD, "3.69 trillion", E_RESP, partner="United States"),
        fact("China", "total", "growth", 8.5, "percent", YTD, "8.5", E_RESP, partner="ASEAN"),
        fact("China", "total", "growth", 5.4, "percent", YTD, "5.4", E_RESP, partner="European Union"),
        fact("China", "total", "growth", -16.9, "percent", YTD, "16.9", E_RESP, partner="United States"),
        fact("China", "exports", "value", 14.6e12, "CNY", YTD, "14.6 trillion", E_ME, product="mechanical and electrical products"),
        fact("China", "exports", "growth", 8.8, "percent", YTD, "8.8", E_ME, product="mechanical and electrical products"),
        fact("China", "exports", "share", 59.7, "percent", YTD, "59.7", E_ME, product="mechanical and electrical products"),
        fact("China", "exports", "growth", 25.2, "percent", YTD, "25.2", E_IC, product="integrated circuits"),
        fact("China", "exports", "growth", 19.5, "percent", YTD, "19.5", E_IC, product="automobiles"),
    ],
}
