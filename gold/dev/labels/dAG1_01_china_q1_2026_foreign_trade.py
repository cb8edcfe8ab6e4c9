from _fact import fact, period

Q1 = period(2026, 1, 3)
JAN_FEB = period(2026, 1, 2)
MAR = period(2026, 3)

LEAD = "China's foreign trade in goods rose 14.6 percent year on year to 11.8 trillion yuan (about 1.71 trillion U.S. dollars) in the first quarter of 2026"
EXP = "Exports grew 15.5 percent from the same period last year to 7.08 trillion yuan"
IMP = "imports went up 13.2 percent to 4.72 trillion yuan"
BAL = "The trade surplus widened 20.4 percent to 2.36 trillion yuan."
JF = "following an 18.3-percent surge in January and February"
MARCH = "Imports and exports for the month alone totaled 4.06 trillion yuan, up 7.8 percent year on year."
ASEAN_RANK = "The Association of Southeast Asian Nations (ASEAN) remained China's largest trading partner."
ASEAN = "Trade between the two sides expanded 16.8 percent to 2 trillion yuan, accounting for 16.9 percent of China's total foreign trade value."
EU_RANK = "The European Union, China's second-largest trading partner"
EU = "The European Union, China's second-largest trading partner, saw its trade with China grow 15.2 percent to 1.54 trillion yuan"
US = "China's trade with the United States declined 11.6 percent to 912.4 billion yuan"
BRI = "China's imports and exports with Belt and Road partner countries increased 16.4 percent"
BRI_SHARE = "China's imports and exports with Belt and Road partner countries increased 16.4 percent, 1.8 percentage points faster than the overall pace, and accounted for 51.9 percent of the total"
PRIV = "Their imports and exports jumped 17.3 percent to 6.86 trillion yuan, making up 58.1 percent of the national total"
ME = "exports of mechanical and electrical products reached 4.43 trillion yuan, up 20.1 percent and representing 62.6 percent of total exports"
HT = "Exports of high-tech products rose 23.5 percent"

ARTICLE = {
    "id": "dAG1_01_china_q1_2026_foreign_trade",
    "title": "China's foreign trade up 14.6 pct in Q1",
    "publisher": "Xinhua",
    "published": "2026-04-14",
    "notes": [
        "Dateline Tuesday April 14, 2026; running period Q1 2026 (2026-01..2026-03).",
        "'an 18.3-percent surge in January and February': China total growth for 2026-01..2026-02 (an earlier period stated in the article, labelled as its own observation).",
        "'for the month alone' refers back to March: period 2026-03.",
        "'Trade between the two sides': China with ASEAN (partner ASEAN), Q1.",
        "'largest trading partner' -> rank 1 (value_text 'largest'); 'second-largest trading partner' -> rank 2 for the EU.",
        "'saw its trade with China grow 15.2 percent': the EU's trade with China as reported from China's customs data; labelled area China, partner European Union, the same observation as China's trade with the EU.",
        "Belt and Road share 51.9: share of China's total trade, partner 'Belt and Road partner countries'.",
        "'making up 58.1 percent of the national total': share of China's total trade, segment private enterprises.",
        "'62.6 percent of total exports': share of China's exports, product mechanical and electrical products.",
        "USD conversion 1.71 trillion labelled as a separate approx fact ('about').",
        "Out of scope, unlabelled: '12th consecutive quarter ... above 10 trillion yuan' (streak/milestone); '1.8 percentage points faster than the overall pace' and 'up 1.3 percentage points from a year earlier' (percentage-point comparisons); the GAC survey of 'about 20,000' enterprises and its '2.9 percentage points' (survey, not a trade flow); 'double-digit growth' for Africa and Latin America (no number); the second-quarter outlook (forecast).",
    ],
    "facts": [
        fact("China", "total", "growth", 14.6, "percent", Q1, "14.6", LEAD),
        fact("China", "total", "value", 11.8e12, "CNY", Q1, "11.8 trillion", LEAD),
        fact("China", "total", "value", 1.71e12, "USD", Q1, "1.71 trillion", LEAD, qualifier="approx"),
        fact("China", "exports", "growth", 15.5, "percent", Q1, "15.5", EXP),
        fact("China", "exports", "value", 7.08e12, "CNY", Q1, "7.08 trillion", EXP),
        fact("China", "imports", "growth", 13.2, "percent", Q1, "13.2", IMP),
        fact("China", "imports", "value", 4.72e12, "CNY", Q1, "4.72 trillion", IMP),
        fact("China", "balance", "growth", 20.4, "percent", Q1, "20.4", BAL),
        fact("China", "balance", "value", 2.36e12, "CNY", Q1, "2.36 trillion", BAL),
        fact("China", "total", "growth", 18.3, "percent", JAN_FEB, "18.3", JF),
        fact("China", "total", "value", 4.06e12, "CNY", MAR, "4.06 trillion", MARCH),
        fact("China", "total", "growth", 7.8, "percent", MAR, "7.8", MARCH),
        fact("China", "total", "rank", 1, "number", Q1, "largest", ASEAN_RANK, partner="ASEAN"),
        fact("China", "total", "growth", 16.8, "percent", Q1, "16.8", ASEAN, partner="ASEAN"),
        fact("China", "total", "value", 2e12, "CNY", Q1, "2 trillion", ASEAN, partner="ASEAN"),
        fact("China", "total", "share", 16.9, "percent", Q1, "16.9", ASEAN, partner="ASEAN"),
        fact("China", "total", "rank", 2, "number", Q1, "second", EU_RANK, partner="European Union"),
        fact("China", "total", "growth", 15.2, "percent", Q1, "15.2", EU, partner="European Union"),
        fact("China", "total", "value", 1.54e12, "CNY", Q1, "1.54 trillion", EU, partner="European Union"),
        fact("China", "total", "growth", -11.6, "percent", Q1, "11.6", US, partner="United States"),
        fact("China", "total", "value", 912.4e9, "CNY", Q1, "912.4 billion", US, partner="United States"),
        fact("China", "total", "growth", 16.4, "percent", Q1, "16.4", BRI, partner="Belt and Road partner countries"),
        fact("China", "total", "share", 51.9, "percent", Q1, "51.9", BRI_SHARE, partner="Belt and Road partner countries"),
        fact("China", "total", "growth", 17.3, "percent", Q1, "17.3", PRIV, segment="private enterprises"),
        fact("China", "total", "value", 6.86e12, "CNY", Q1, "6.86 trillion", PRIV, segment="private enterprises"),
        fact("China", "total", "share", 58.1, "percent", Q1, "58.1", PRIV, segment="private enterprises"),
        fact("China", "exports", "value", 4.43e12, "CNY", Q1, "4.43 trillion", ME, product="mechanical and electrical products"),
        fact("China", "exports", "growth", 20.1, "percent", Q1, "20.1", ME, product="mechanical and electrical products"),
        fact("China", "exports", "share", 62.6, "percent", Q1, "62.6", ME, product="mechanical and electrical products"),
        fact("China", "exports", "growth", 23.5, "percent", Q1, "23.5", HT, product="high-tech products"),
    ],
}
