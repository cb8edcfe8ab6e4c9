from _fact import fact, period

H1 = period(2025, 1, 6)
JUN = period(2025, 6)
SZ = "Shenzhen"
E_LEAD = ("the city's goods trade in the first six months of 2025 came to 21,706.2 hundred million yuan (about 302.9 "
          "billion U.S. dollars)")
E_RANK = "leaving it first again among mainland Chinese cities"
E_FALL = "it was 1.5 percent lower than in January-June 2024"
E_EXP = "exports fell 8.1 percent to 13,120.6 hundred million yuan"
E_IMP = "imports, by contrast, rose 10.4 percent to 8,585.6 hundred million yuan"
E_CN = "China's foreign trade as a whole grew 2.9 percent on the year in the first half, reaching 21.79 trillion yuan"
E_SHARE = ("Even so, the city accounted for roughly 10 percent of China's total and for 47.7 percent of Guangdong "
           "Province's foreign trade.")
E_JUN = "June trade reached 3,905.8 hundred million yuan, a 4.6 percent year-on-year increase"
E_MOM = "the monthly figure was 7.2 percent above May's"
E_HT = ("high-tech exports growing 6.3 percent to 4,180.5 hundred million yuan, equal to 31.9 percent of everything the "
        "city exported")
E_LI = "Lithium battery exports rose 30.5 percent to 512.7 hundred million yuan"
E_EV = "electric vehicle exports climbed 21.9 percent"
E_ASEAN = ("ASEAN kept its place as Shenzhen's largest trading partner, exchanging 3,520.4 hundred million yuan of goods "
           "with the city in the half, 9.8 percent more than a year before.")
E_HKTW = ("Next came Hong Kong and Taiwan, in second and third place with 3,015.7 and 2,218.3 hundred million yuan "
          "respectively.")
E_US = "Trade with the United States went the other way, falling 14.2 percent"

ARTICLE = {
    "id": "dAT1_04_shenzhen_foreign_trade_h1_2025",
    "title": "Imports and new energy exports lift Shenzhen as half-year trade stays above 2 trillion yuan",
    "publisher": "Shenzhen Government Online",
    "published": "2025-07-23",
    "notes": [
        "Publisher and date from the source line 'Source: Shenzhen Government Online | Updated: July 23, 2025'.",
        "Article period: 'first six months of 2025' = 2025-01..2025-06; later 'first half' / 'half-year' sentences and the "
        "partner and product paragraphs carry that period. 'June' is 2025-06 from the article year.",
        "'21,706.2 hundred million yuan (about 302.9 billion U.S. dollars)': a CNY fact (2.17062e12, exact) and a USD fact "
        "(approx).",
        "'above 2 trillion yuan' is a threshold for the same observation as 21,706.2 hundred million: only "
        "the exact figure is labelled. The headline 'stays above 2 trillion yuan' likewise. 'for a fifth year in a row' is a "
        "streak: out.",
        "'leaving it first again among mainland Chinese cities': rank 1 of Shenzhen's total trade, value_text "
        "'first'.",
        "'it was 1.5 percent lower than in January-June 2024': growth -1.5 yoy; 2024 is the comparison base, not the period.",
        "'Shenzhen in surplus by 4,535 hundred million yuan' is stated, so a balance value (13,120.6 - 8,585.6 agrees).",
        "National figures 'China's foreign trade as a whole grew 2.9 percent ... reaching 21.79 trillion yuan' are China "
        "facts (area China) in this Shenzhen article. 'trailed the national pace by 4.4 percentage points' is a derived "
        "comparison: out.",
        "'roughly 10 percent of China's total': Shenzhen total share 10, qualifier approx. '47.7 percent of Guangdong "
        "Province's foreign trade': Shenzhen total share 47.7 (share of the provincial whole). No Guangdong "
        "value is stated, so no Guangdong fact.",
        "'the monthly figure was 7.2 percent above May's': comparison with the month before, basis mom, period "
        "June 2025.",
        "High-tech products: 'high-tech exports' (of high-tech products); value, growth and 31.9 percent share of "
        "everything the city exported, all exports.",
        "Electric vehicles growth 21.9 is an export growth (product 'electric vehicles'); no EV value is given.",
        "Partners: ASEAN rank 1 ('largest'), value and growth; 'Next came Hong Kong and Taiwan, in second and third place "
        "with 3,015.7 and 2,218.3 hundred million yuan respectively': ranks 2 and 3 and values paired in order; the bare "
        "numbers 3,015.7 and 2,218.3 take the scale 'hundred million' written once at the end of the list.",
        "United States: 'falling 14.2 percent' -> -14.2, flow total ('Trade with').",
        "Private firms and enterprise numbers are mentioned without figures: nothing to label.",
        "15.8 million TEUs of containers (port throughput, not a trade flow) and 'could again exceed 4.5 trillion yuan' "
        "(an official's full-year expectation, a forecast): out.",
    ],
    "facts": [
        fact(SZ, "total", "value", 2.17062e12, "CNY", H1, "21,706.2 hundred million", E_LEAD),
        fact(SZ, "total", "value", 302.9e9, "USD", H1, "302.9 billion", E_LEAD, qualifier="approx"),
        fact(SZ, "total", "rank", 1, "number", H1, "first", E_RANK),
        fact(SZ, "total", "growth", -1.5, "percent", H1, "1.5", E_FALL),
        fact(SZ, "exports", "growth", -8.1, "percent", H1, "8.1", E_EXP),
        fact(SZ, "exports", "value", 1.31206e12, "CNY", H1, "13,120.6 hundred million", E_EXP),
        fact(SZ, "imports", "growth", 10.4, "percent", H1, "10.4", E_IMP),
        fact(SZ, "imports", "value", 8.5856e11, "CNY", H1, "8,585.6 hundred million", E_IMP),
        fact(SZ, "balance", "value", 4.535e11, "CNY", H1, "4,535 hundred million",
             "Shenzhen in surplus by 4,535 hundred million yuan"),
        fact("China", "total", "growth", 2.9, "percent", H1, "2.9", E_CN),
        fact("China", "total", "value", 21.79e12, "CNY", H1, "21.79 trillion", E_CN),
        fact(SZ, "total", "share", 10, "percent", H1, "10", E_SHARE, qualifier="approx"),
        fact(SZ, "total", "share", 47.7, "percent", H1, "47.7", E_SHARE),
        fact(SZ, "total", "value", 3.9058e11, "CNY", JUN, "3,905.8 hundred million", E_JUN),
        fact(SZ, "total", "growth", 4.6, "percent", JUN, "4.6", E_JUN),
        fact(SZ, "total", "growth", 7.2, "percent", JUN, "7.2", E_MOM, basis="mom"),
        fact(SZ, "exports", "value", 4.1805e11, "CNY", H1, "4,180.5 hundred million", E_HT, product="high-tech products"),
        fact(SZ, "exports", "growth", 6.3, "percent", H1, "6.3", E_HT, product="high-tech products"),
        fact(SZ, "exports", "share", 31.9, "percent", H1, "31.9", E_HT, product="high-tech products"),
        fact(SZ, "exports", "value", 5.127e10, "CNY", H1, "512.7 hundred million", E_LI, product="lithium batteries"),
        fact(SZ, "exports", "growth", 30.5, "percent", H1, "30.5", E_LI, product="lithium batteries"),
        fact(SZ, "exports", "growth", 21.9, "percent", H1, "21.9", E_EV, product="electric vehicles"),
        fact(SZ, "total", "rank", 1, "number", H1, "largest", E_ASEAN, partner="ASEAN"),
        fact(SZ, "total", "value", 3.5204e11, "CNY", H1, "3,520.4 hundred million", E_ASEAN, partner="ASEAN"),
        fact(SZ, "total", "growth", 9.8, "percent", H1, "9.8", E_ASEAN, partner="ASEAN"),
        fact(SZ, "total", "rank", 2, "number", H1, "second", E_HKTW, partner="Hong Kong"),
        fact(SZ, "total", "rank", 3, "number", H1, "third", E_HKTW, partner="Taiwan"),
        fact(SZ, "total", "value", 3.0157e11, "CNY", H1, "3,015.7", E_HKTW, partner="Hong Kong"),
        fact(SZ, "total", "value", 2.2183e11, "CNY", H1, "2,218.3 hundred million", E_HKTW, partner="Taiwan"),
        fact(SZ, "total", "growth", -14.2, "percent", H1, "14.2", E_US, partner="United States"),
    ],
}
