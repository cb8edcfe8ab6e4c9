from _fact import fact, period

Q1 = period(2026, 1, 3)
MAR = period(2026, 3)
E_Q1 = ("China's goods imports and exports grew 5.2 percent year on year to 10.84 trillion yuan "
        "(about 1.54 trillion U.S. dollars) in the first quarter of 2026")
E_Q1_EXIM = ("Exports expanded 6.4 percent from a year earlier to 6.52 trillion yuan during the January-March period, "
             "while imports increased 3.6 percent to 4.32 trillion yuan.")
E_MAR = ("In March alone, the value of foreign trade reached 4.12 trillion yuan (about 584.4 billion dollars), "
         "up 7.3 percent year on year")
E_MAR_EXIM = "Exports climbed 8.1 percent last month and imports 6.2 percent."
E_ASEAN_RANK = "The Association of Southeast Asian Nations (ASEAN) remained China's largest trading partner in the quarter."
E_ASEAN = ("Two-way trade with the bloc rose 7.6 percent to 1.84 trillion yuan, accounting for 17 percent of "
           "China's total foreign trade")
E_RESP = ("China's trade with the European Union, the United States and Latin America reached 1.37 trillion yuan, "
          "1.03 trillion yuan and 672.4 billion yuan, respectively, with the EU and Latin America up 5.4 percent and "
          "9.7 percent and the United States down 8.9 percent.")
E_AFRICA = "Trade with the continent climbed 11.6 percent to 590.3 billion yuan"
E_PRIV = "Their imports and exports rose 8.4 percent to 6.31 trillion yuan, or 58.2 percent of the national total"
E_HT = "Exports of high-tech products rose 11.5 percent to 1.33 trillion yuan"
EU = "European Union"
US = "United States"
LA = "Latin America"
PE = "private enterprises"
HT = "high-tech products"

ARTICLE = {
    "id": "dAQ1_01_china_trade_q1_2026",
    "title": "China's foreign trade up 5.2 pct in Q1 as trade with ASEAN, Africa gains pace",
    "publisher": "Xinhua",
    "published": "2026-04-14",
    "notes": [
        "Dateline April 14 (Tuesday); the first quarter is January-March 2026 (stated), 'March alone' and 'last month' are March 2026.",
        "Headline '5.2 pct' is the same observation as the body's quarterly growth: labelled once, evidence from the body.",
        "'10.84 trillion yuan (about 1.54 trillion U.S. dollars)' and '4.12 trillion yuan (about 584.4 billion dollars)': a CNY fact and an approx USD fact each.",
        "'trade surplus came in at 2.2 trillion yuan' is stated: a Q1 balance value (6.52 - 4.32 = 2.20 agrees).",
        "'Exports climbed 8.1 percent last month and imports 6.2 percent': March, yoy by default (the paragraph's frame is year on year); 'imports 6.2 percent' shares the verb.",
        "'above the 10-trillion-yuan threshold for nine quarters in a row': milestone/streak, out.",
        "'outpacing the national growth rate by 2.4 percentage points', 'up 1.6 percentage points from a year ago' (private share), 'beating overall export growth by 5.1 percentage points': derived comparisons, out.",
        "ASEAN 'largest trading partner' is rank 1 for Q1; its 17 percent share is of China's total trade.",
        "Respectively list: EU, US, Latin America values in order; growths are re-ordered in the text (EU and Latin America up 5.4 and 9.7, US down 8.9 -> -8.9).",
        "Africa: 'Trade with the continent' is total trade with Africa, Q1.",
        "Private enterprises: segment 'private enterprises', flow total; 58.2 percent is their share of the national total.",
        "High-tech products: exports only, value and growth, Q1.",
        "Unnamed GAC official's comments contain no figures. Canton Fair session number (139th), 30,000 exhibitors and 'three phases' are not trade flows: out. 'first two months' and 'mid-February' give no figures.",
    ],
    "facts": [
        fact("China", "total", "growth", 5.2, "percent", Q1, "5.2", E_Q1),
        fact("China", "total", "value", 10.84e12, "CNY", Q1, "10.84 trillion", E_Q1),
        fact("China", "total", "value", 1.54e12, "USD", Q1, "1.54 trillion", E_Q1, qualifier="approx"),
        fact("China", "exports", "growth", 6.4, "percent", Q1, "6.4", E_Q1_EXIM),
        fact("China", "exports", "value", 6.52e12, "CNY", Q1, "6.52 trillion", E_Q1_EXIM),
        fact("China", "imports", "growth", 3.6, "percent", Q1, "3.6", E_Q1_EXIM),
        fact("China", "imports", "value", 4.32e12, "CNY", Q1, "4.32 trillion", E_Q1_EXIM),
        fact("China", "balance", "value", 2.2e12, "CNY", Q1, "2.2 trillion",
             "The country's trade surplus came in at 2.2 trillion yuan"),
        fact("China", "total", "value", 4.12e12, "CNY", MAR, "4.12 trillion", E_MAR),
        fact("China", "total", "value", 584.4e9, "USD", MAR, "584.4 billion", E_MAR, qualifier="approx"),
        fact("China", "total", "growth", 7.3, "percent", MAR, "7.3", E_MAR),
        fact("China", "exports", "growth", 8.1, "percent", MAR, "8.1", E_MAR_EXIM),
        fact("China", "imports", "growth", 6.2, "percent", MAR, "6.2", E_MAR_EXIM),
        fact("China", "total", "rank", 1, "number", Q1, "largest", E_ASEAN_RANK, partner="ASEAN"),
        fact("China", "total", "growth", 7.6, "percent", Q1, "7.6", E_ASEAN, partner="ASEAN"),
        fact("China", "total", "value", 1.84e12, "CNY", Q1, "1.84 trillion", E_ASEAN, partner="ASEAN"),
        fact("China", "total", "share", 17, "percent", Q1, "17", E_ASEAN, partner="ASEAN"),
        fact("China", "total", "value", 1.37e12, "CNY", Q1, "1.37 trillion", E_RESP, partner=EU),
        fact("China", "total", "value", 1.03e12, "CNY", Q1, "1.03 trillion", E_RESP, partner=US),
        fact("China", "total", "value", 672.4e9, "CNY", Q1, "672.4 billion", E_RESP, partner=LA),
        fact("China", "total", "growth", 5.4, "percent", Q1, "5.4", E_RESP, partner=EU),
        fact("China", "total", "growth", 9.7, "percent", Q1, "9.7", E_RESP, partner=LA),
        fact("China", "total", "growth", -8.9, "percent", Q1, "8.9", E_RESP, partner=US),
        fact("China", "total", "growth", 11.6, "percent", Q1, "11.6", E_AFRICA, partner="Africa"),
        fact("China", "total", "value", 590.3e9, "CNY", Q1, "590.3 billion", E_AFRICA, partner="Africa"),
        fact("China", "total", "growth", 8.4, "percent", Q1, "8.4", E_PRIV, segment=PE),
        fact("China", "total", "value", 6.31e12, "CNY", Q1, "6.31 trillion", E_PRIV, segment=PE),
        fact("China", "total", "share", 58.2, "percent", Q1, "58.2", E_PRIV, segment=PE),
        fact("China", "exports", "growth", 11.5, "percent", Q1, "11.5", E_HT, product=HT),
        fact("China", "exports", "value", 1.33e12, "CNY", Q1, "1.33 trillion", E_HT, product=HT),
    ],
}
