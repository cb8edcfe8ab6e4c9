from _fact import fact, period

Q1 = period(2026, 1, 3)
MAR = period(2026, 3)
E_Q1 = ("China's combined goods imports and exports reached 10.84 trillion yuan (about 1.54 trillion U.S. dollars) "
        "in January-March 2026, a rise of 5.2 percent on the same quarter a year before")
E_Q1_EXIM = ("Exports made up 6.52 trillion yuan of the quarterly total, 6.4 percent more than a year earlier, "
             "and imports 4.32 trillion yuan, up 3.6 percent.")
E_MAR = ("March by itself brought 4.12 trillion yuan (about 584.4 billion dollars) of trade, "
         "7.3 percent more than a year earlier")
E_MAR_EXIM = "Exports gained 8.1 percent in March and imports 6.2 percent."
E_ASEAN_RANK = ("The Association of Southeast Asian Nations (ASEAN) held on to its place as China's largest trading partner "
                "over the three months.")
E_ASEAN = ("Trade with the bloc came to 1.84 trillion yuan, 7.6 percent more than a year before and 17 percent of "
           "everything China traded")
E_RESP = ("Trade with the European Union totaled 1.37 trillion yuan, up 5.4 percent, and trade with Latin America "
          "672.4 billion yuan, up 9.7 percent, while trade with the United States shrank 8.9 percent to 1.03 trillion yuan.")
E_AFRICA = "Trade with the continent climbed 11.6 percent to 590.3 billion yuan"
E_PRIV = "6.31 trillion yuan, an 8.4 percent increase that lifted their share of the national total to 58.2 percent"
E_HT = "Exports of high-tech products rose 11.5 percent to 1.33 trillion yuan"
EU = "European Union"
US = "United States"
LA = "Latin America"
PE = "private enterprises"
HT = "high-tech products"

ARTICLE = {
    "id": "dAQ1_01_china_trade_q1_2026",
    "title": "ASEAN, Africa trade helps lift China's first-quarter goods trade 5.2 pct",
    "publisher": "Xinhua",
    "published": "2026-04-14",
    "notes": [
        "Dateline April 14 (Tuesday); the first quarter is January-March 2026 (stated), 'March by itself' and 'March' are March 2026.",
        "Headline '5.2 pct' is the same observation as the body's quarterly growth: labelled once, evidence from the body.",
        "'10.84 trillion yuan (about 1.54 trillion U.S. dollars)' and '4.12 trillion yuan (about 584.4 billion dollars)': a CNY fact and an approx USD fact each.",
        "'the surplus for the quarter at 2.2 trillion yuan' is stated: a Q1 balance value (6.52 - 4.32 = 2.20 agrees).",
        "'Exports gained 8.1 percent in March and imports 6.2 percent': March, yoy by default (the paragraph's frame is year on year); 'imports 6.2 percent' shares the verb.",
        "'the ninth straight quarter in which trade topped 10 trillion yuan': milestone/streak, out.",
        "'growth 2.4 percentage points above the national rate', '1.6 percentage points higher than a year ago' (private share), 'beating overall export growth by 5.1 percentage points': derived comparisons, out.",
        "ASEAN 'largest trading partner' is rank 1 for Q1; its 17 percent share is of China's total trade.",
        "EU, Latin America and US each stated with their own value and growth (EU up 5.4, Latin America up 9.7, US 'shrank 8.9 percent' -> -8.9).",
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
             "That put the surplus for the quarter at 2.2 trillion yuan"),
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
