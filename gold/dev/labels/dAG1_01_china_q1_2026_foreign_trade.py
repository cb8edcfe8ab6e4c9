from _fact import fact, period

Q1 = period(2026, 1, 3)
JAN_FEB = period(2026, 1, 2)
MAR = period(2026, 3)

LEAD = "China's goods trade expanded by 14.6 percent year on year in the first quarter of 2026, reaching 11.8 trillion yuan (about 1.71 trillion U.S. dollars)"
EXP = "exports totaled 7.08 trillion yuan, a rise of 15.5 percent over the year-earlier period"
IMP = "imports increased 13.2 percent to 4.72 trillion yuan"
BAL = "The surplus in trade widened by 20.4 percent, reaching 2.36 trillion yuan."
JF = "After a surge of 18.3 percent in January and February combined"
MARCH = "Trade in March by itself reached 4.06 trillion yuan, rising 7.8 percent year on year."
ASEAN_RANK = "China's largest trading partner was still the Association of Southeast Asian Nations (ASEAN)."
ASEAN = "Two-way trade with the bloc grew 16.8 percent to 2 trillion yuan and made up 16.9 percent of the country's overall foreign trade."
EU_RANK = "the European Union, which ranked as China's second-largest trading partner"
EU = "trade with the European Union, which ranked as China's second-largest trading partner, rose 15.2 percent to 1.54 trillion yuan"
US = "trade with the United States fell 11.6 percent to 912.4 billion yuan"
BRI = "Trade with Belt and Road partner countries climbed 16.4 percent"
BRI_SHARE = "Trade with Belt and Road partner countries climbed 16.4 percent, outpacing overall growth by 1.8 percentage points, and represented 51.9 percent of the total"
PRIV = "Their combined imports and exports soared 17.3 percent to 6.86 trillion yuan, equal to 58.1 percent of the national total"
ME = "Mechanical and electrical products accounted for 62.6 percent of total exports, with their shipments abroad rising 20.1 percent to 4.43 trillion yuan"
HT = "High-tech product exports increased 23.5 percent"

ARTICLE = {
    "id": "dAG1_01_china_q1_2026_foreign_trade",
    "title": "China's goods trade grows 14.6 pct in first quarter",
    "publisher": "Xinhua",
    "published": "2026-04-14",
    "notes": [
        "Dateline Tuesday April 14, 2026; running period Q1 2026 (2026-01..2026-03).",
        "'a surge of 18.3 percent in January and February combined': China total growth for 2026-01..2026-02 (an earlier period stated in the article, labelled as its own observation).",
        "'Trade in March by itself': period 2026-03.",
        "'Two-way trade with the bloc': China with ASEAN (partner ASEAN), Q1.",
        "'largest trading partner' -> rank 1 (value_text 'largest'); 'second-largest trading partner' -> rank 2 for the EU.",
        "'trade with the European Union ... rose 15.2 percent': China's trade with the EU as reported from China's customs data; labelled area China, partner European Union.",
        "Belt and Road share 51.9: share of China's total trade, partner 'Belt and Road partner countries'.",
        "'equal to 58.1 percent of the national total': share of China's total trade, segment private enterprises.",
        "'62.6 percent of total exports': share of China's exports, product mechanical and electrical products.",
        "USD conversion 1.71 trillion labelled as a separate approx fact ('about').",
        "Out of scope, unlabelled: 'the 12th quarter in a row ... topped 10 trillion yuan' (streak/milestone); 'outpacing overall growth by 1.8 percentage points' and '1.3 percentage points higher than a year earlier' (percentage-point comparisons); the GAC survey of 'about 20,000' enterprises and its '2.9 percentage points' (survey, not a trade flow); 'grow by double digits' for Africa and Latin America (no number); the second-quarter outlook (forecast).",
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
