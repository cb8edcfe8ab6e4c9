from _fact import fact, period

JN = period(2025, 1, 11)
NOV = period(2025, 11)

E_HEAD = "Imports and exports of goods by China totaled 41.21 trillion yuan (about 5.8 trillion U.S. dollars) over January-November 2025, a 3.6 percent increase from the same period a year before"
E_EXP = "exports expanded 6.2 percent to 24.46 trillion yuan"
E_IMP = "imports inched up 0.2 percent to 16.75 trillion yuan"
E_NOV = "In November alone, foreign trade reached 3.9 trillion yuan, up 4.1 percent from a year earlier"
E_NOV_RESP = "with exports and imports growing 5.7 percent and 1.7 percent, respectively"
E_USD = "Measured in U.S. dollars, November exports came in at 330.3 billion dollars, up 5.9 percent, and imports at 218.6 billion dollars, up 1.9 percent, leaving a monthly surplus of 111.68 billion dollars."
E_SURP = "The surplus for the first 11 months topped 1 trillion dollars for the first time, reaching 1.08 trillion dollars, already above the 992 billion dollars recorded for the whole of 2024."
E_ASEAN_RANK = "ASEAN held its place as China's largest trading partner during the period."
E_ASEAN = "Two-way trade with the bloc reached 6.82 trillion yuan, 8.5 percent more than a year earlier, or 16.6 percent of everything China traded with the world."
E_EU_US = "The European Union (EU) and the United States ranked second and third, with trade totaling 5.37 trillion yuan and 3.69 trillion yuan, respectively."
E_EU = "China's trade with the EU went up 5.4 percent and made up 13 percent of the total"
E_US = "while trade with the United States dropped 16.9 percent, taking a share of 8.9 percent"
E_NOVP = "In November, exports to ASEAN and the EU jumped 8.2 percent and 14.8 percent, respectively, while exports to the United States declined 28.6 percent."
E_BRI = "Belt and Road partner countries made up 51.8 percent of the total in the first 11 months, with China's trade with them up 6 percent at 21.33 trillion yuan."
E_PRIV = "Private firms stayed out in front: their imports and exports came to 23.52 trillion yuan, up 7.1 percent, and made up 57.1 percent of the national total."
E_CNT = "A total of 710,000 enterprises posted import and export records in the period"
E_ME = "exports of mechanical and electrical products rose 8.8 percent to 14.68 trillion yuan, accounting for 60 percent of total exports"
E_IC = "Among them, exports of integrated circuits and automobiles grew 24.7 percent and 17.5 percent, respectively."
E_ORE = "the country brought in 1.13 billion tonnes of iron ore, up 1.4 percent, and 517.8 million tonnes of crude oil, up 2.6 percent"

C = "China"
EU = "European Union"
US = "United States"

ARTICLE = {
    "id": "dBC1_01",
    "title": "China's foreign trade grows 3.6 pct in first 11 months",
    "publisher": "Xinhua",
    "published": "2025-12-08",
    "notes": [
        "National release, Jan-Nov 2025; 'in the period'/'during the period' paragraphs inherit 2025-01..2025-11 from the running period.",
        "The headline restates the body's 3.6 percent (same identity, labelled once with body evidence).",
        "'about 5.8 trillion U.S. dollars' is the same observation as 41.21 trillion yuan in another currency: separate USD fact, qualifier approx.",
        "November exports growth appears twice with different values: 5.7 percent (yuan terms) and 5.9 percent (dollar terms); both labelled, identities differ by value. Same for imports 1.7 vs 1.9.",
        "'topped 1 trillion dollars ... reaching 1.08 trillion dollars': threshold and exact figure for one observation; only 1.08 trillion labelled. 'for the first time' is a milestone, out.",
        "'the 992 billion dollars recorded for the whole of 2024' is a comparison base but states a trade flow of its own: labelled as China balance 2024-01..2024-12 (the sentence names the year).",
        "ASEAN rank from 'largest trading partner' (value_text 'largest', rank 1); EU and US ranks from 'ranked second and third' (respectively-style coordination).",
        "'Two-way trade with the bloc' carries partner ASEAN from the previous sentence.",
        "EU/US values 5.37 and 3.69 trillion from a 'respectively' list; their growth and shares from the next sentence.",
        "Out of scope, not labelled: '0.1 percentage points faster than that of the first 10 months' (derived comparison); 'the largest number for the same period in history' (milestone); 'growth target of around 5 percent' (GDP target).",
        "710,000 enterprises posting import and export records: count, segment 'foreign trade enterprises'.",
        "Iron ore and crude oil import growth rates are the only growth stated for those goods (no value growth beside them), so labelled as growth alongside the tonnage quantities.",
        "Integrated circuits and automobiles growth are exports within mechanical and electrical products; product labelled as the narrow category in the text's words.",
    ],
    "facts": [
        fact(C, "total", "value", 41.21e12, "CNY", JN, "41.21 trillion", E_HEAD),
        fact(C, "total", "growth", 3.6, "percent", JN, "3.6", E_HEAD),
        fact(C, "total", "value", 5.8e12, "USD", JN, "5.8 trillion", E_HEAD, qualifier="approx"),
        fact(C, "exports", "growth", 6.2, "percent", JN, "6.2", E_EXP),
        fact(C, "exports", "value", 24.46e12, "CNY", JN, "24.46 trillion", E_EXP),
        fact(C, "imports", "growth", 0.2, "percent", JN, "0.2", E_IMP),
        fact(C, "imports", "value", 16.75e12, "CNY", JN, "16.75 trillion", E_IMP),
        fact(C, "balance", "value", 7.71e12, "CNY", JN, "7.71 trillion", "The trade surplus stood at 7.71 trillion yuan."),
        fact(C, "total", "value", 3.9e12, "CNY", NOV, "3.9 trillion", E_NOV),
        fact(C, "total", "growth", 4.1, "percent", NOV, "4.1", E_NOV),
        fact(C, "exports", "growth", 5.7, "percent", NOV, "5.7", E_NOV_RESP),
        fact(C, "imports", "growth", 1.7, "percent", NOV, "1.7", E_NOV_RESP),
        fact(C, "exports", "value", 330.3e9, "USD", NOV, "330.3 billion", E_USD),
        fact(C, "exports", "growth", 5.9, "percent", NOV, "5.9", E_USD),
        fact(C, "imports", "value", 218.6e9, "USD", NOV, "218.6 billion", E_USD),
        fact(C, "imports", "growth", 1.9, "percent", NOV, "1.9", E_USD),
        fact(C, "balance", "value", 111.68e9, "USD", NOV, "111.68 billion", E_USD),
        fact(C, "balance", "value", 1.08e12, "USD", JN, "1.08 trillion", E_SURP),
        fact(C, "balance", "value", 992e9, "USD", period(2024, 1, 12), "992 billion", E_SURP),
        fact(C, "total", "rank", 1, "number", JN, "largest", E_ASEAN_RANK, partner="ASEAN"),
        fact(C, "total", "growth", 8.5, "percent", JN, "8.5", E_ASEAN, partner="ASEAN"),
        fact(C, "total", "value", 6.82e12, "CNY", JN, "6.82 trillion", E_ASEAN, partner="ASEAN"),
        fact(C, "total", "share", 16.6, "percent", JN, "16.6", E_ASEAN, partner="ASEAN"),
        fact(C, "total", "rank", 2, "number", JN, "second", E_EU_US, partner=EU),
        fact(C, "total", "rank", 3, "number", JN, "third", E_EU_US, partner=US),
        fact(C, "total", "value", 5.37e12, "CNY", JN, "5.37 trillion", E_EU_US, partner=EU),
        fact(C, "total", "value", 3.69e12, "CNY", JN, "3.69 trillion", E_EU_US, partner=US),
        fact(C, "total", "growth", 5.4, "percent", JN, "5.4", E_EU, partner=EU),
        fact(C, "total", "share", 13, "percent", JN, "13", E_EU, partner=EU),
        fact(C, "total", "growth", -16.9, "percent", JN, "16.9", E_US, partner=US),
        fact(C, "total", "share", 8.9, "percent", JN, "8.9", E_US, partner=US),
        fact(C, "exports", "growth", 8.2, "percent", NOV, "8.2", E_NOVP, partner="ASEAN"),
        fact(C, "exports", "growth", 14.8, "percent", NOV, "14.8", E_NOVP, partner=EU),
        fact(C, "exports", "growth", -28.6, "percent", NOV, "28.6", E_NOVP, partner=US),
        fact(C, "total", "growth", 6, "percent", JN, "6", E_BRI, partner="Belt and Road partner countries"),
        fact(C, "total", "value", 21.33e12, "CNY", JN, "21.33 trillion", E_BRI, partner="Belt and Road partner countries"),
        fact(C, "total", "share", 51.8, "percent", JN, "51.8", E_BRI, partner="Belt and Road partner countries"),
        fact(C, "total", "growth", 7.1, "percent", JN, "7.1", E_PRIV, segment="private enterprises"),
        fact(C, "total", "value", 23.52e12, "CNY", JN, "23.52 trillion", E_PRIV, segment="private enterprises"),
        fact(C, "total", "share", 57.1, "percent", JN, "57.1", E_PRIV, segment="private enterprises"),
        fact(C, "total", "count", 710000, "number", JN, "710,000", E_CNT, segment="foreign trade enterprises"),
        fact(C, "exports", "growth", 8.8, "percent", JN, "8.8", E_ME, product="mechanical and electrical products"),
        fact(C, "exports", "value", 14.68e12, "CNY", JN, "14.68 trillion", E_ME, product="mechanical and electrical products"),
        fact(C, "exports", "share", 60, "percent", JN, "60", E_ME, product="mechanical and electrical products"),
        fact(C, "exports", "growth", 24.7, "percent", JN, "24.7", E_IC, product="integrated circuits"),
        fact(C, "exports", "growth", 17.5, "percent", JN, "17.5", E_IC, product="automobiles"),
        fact(C, "imports", "quantity", 1.13e9, "tonnes", JN, "1.13 billion", E_ORE, product="iron ore"),
        fact(C, "imports", "growth", 1.4, "percent", JN, "1.4", E_ORE, product="iron ore"),
        fact(C, "imports", "quantity", 517.8e6, "tonnes", JN, "517.8 million", E_ORE, product="crude oil"),
        fact(C, "imports", "growth", 2.6, "percent", JN, "2.6", E_ORE, product="crude oil"),
    ],
}
