from _fact import fact, period

JAN_JUL = period(2026, 1, 7)
JUL = period(2026, 7)

LEAD = "China's goods imports and exports climbed 4.2 percent year on year to 26.78 trillion yuan (about 3.76 trillion U.S. dollars) in the first seven months of 2026"
EXP = "Exports during the January-July period rose 5 percent to 15.41 trillion yuan"
IMP = "imports increased 3.2 percent to 11.37 trillion yuan"
SURPLUS = "leaving a trade surplus of 4.04 trillion yuan"
JUL_TOTAL = "July alone saw foreign trade reach 3.92 trillion yuan, up 5.6 percent from a year earlier and 2.4 percent higher than in June"
JUL_EXP = "Exports in the month gained 6.8 percent year on year"
COUNT = "the number of enterprises with import and export records reached some 639,000 in the period"
ASEAN = "The Association of Southeast Asian Nations (ASEAN) remained China's largest trading partner over the seven months"
ASEAN2 = "with bilateral trade expanding 7.9 percent to 4.33 trillion yuan, or 16.2 percent of the country's total"
EU = "Trade with the European Union, China's second-largest trading partner, grew 4.6 percent to 3.35 trillion yuan."
US = "Trade with the United States edged up 2.1 percent and made up 9.2 percent of China's foreign trade"
BRI = "China's trade with Belt and Road partner countries totaled 13.71 trillion yuan in the period"
PRIV = "Their combined imports and exports rose 6.9 percent to 15.14 trillion yuan, representing 56.5 percent of the national figure"
ME = "exports of mechanical and electrical products reached 9.21 trillion yuan, making up 59.8 percent of total exports"
IC = "exports of integrated circuits and automobiles grew 21.3 percent and 14.5 percent, respectively"

ARTICLE = {
    "id": "dAI1_01_china_trade_jan_jul_2026",
    "title": "China's foreign trade up 4.2 pct in first seven months",
    "publisher": "Xinhua",
    "published": "2026-08-07",
    "notes": [
        "Running period: January-July 2026 (first seven months of 2026); 'July alone' figures are 2026-07.",
        "'2.4 percent higher than in June': July total growth with basis mom (comparison with the month before).",
        "'Their combined imports and exports' refers back to private enterprises: segment private enterprises, flow total.",
        "'bilateral trade expanding 7.9 percent...' continues the ASEAN sentence: partner ASEAN; 'largest' = rank 1.",
        "'second-largest trading partner' for the EU: rank 2.",
        "Integrated circuits and automobiles growths are export growths (product each), via 'respectively'.",
        "'some 639,000' enterprises with import and export records: count, segment foreign trade enterprises, approx.",
        "Out of scope, unlabelled: '0.3 percentage points faster' (derived comparison); 'about 25,000 more than a year before' (derived change in a count); '1.4 percentage points' share change (derived); the researcher's full-year forecast of 'around 4 percent' (forecast).",
        "Not labelled: qualitative statements without numbers (foreign-invested firms 'modest growth', state-owned 'broadly flat', rising import volumes).",
    ],
    "facts": [
        fact("China", "total", "growth", 4.2, "percent", JAN_JUL, "4.2", LEAD),
        fact("China", "total", "value", 26.78e12, "CNY", JAN_JUL, "26.78 trillion", LEAD),
        fact("China", "total", "value", 3.76e12, "USD", JAN_JUL, "3.76 trillion", LEAD, qualifier="approx"),
        fact("China", "exports", "growth", 5, "percent", JAN_JUL, "5", EXP),
        fact("China", "exports", "value", 15.41e12, "CNY", JAN_JUL, "15.41 trillion", EXP),
        fact("China", "imports", "growth", 3.2, "percent", JAN_JUL, "3.2", IMP),
        fact("China", "imports", "value", 11.37e12, "CNY", JAN_JUL, "11.37 trillion", IMP),
        fact("China", "balance", "value", 4.04e12, "CNY", JAN_JUL, "4.04 trillion", SURPLUS),
        fact("China", "total", "value", 3.92e12, "CNY", JUL, "3.92 trillion", JUL_TOTAL),
        fact("China", "total", "growth", 5.6, "percent", JUL, "5.6", JUL_TOTAL),
        fact("China", "total", "growth", 2.4, "percent", JUL, "2.4", JUL_TOTAL, basis="mom"),
        fact("China", "exports", "growth", 6.8, "percent", JUL, "6.8", JUL_EXP),
        fact("China", "total", "count", 639000, "number", JAN_JUL, "639,000", COUNT,
             segment="foreign trade enterprises", qualifier="approx"),
        fact("China", "total", "rank", 1, "number", JAN_JUL, "largest", ASEAN, partner="ASEAN"),
        fact("China", "total", "growth", 7.9, "percent", JAN_JUL, "7.9", ASEAN2, partner="ASEAN"),
        fact("China", "total", "value", 4.33e12, "CNY", JAN_JUL, "4.33 trillion", ASEAN2, partner="ASEAN"),
        fact("China", "total", "share", 16.2, "percent", JAN_JUL, "16.2", ASEAN2, partner="ASEAN"),
        fact("China", "total", "rank", 2, "number", JAN_JUL, "second-largest", EU, partner="European Union"),
        fact("China", "total", "growth", 4.6, "percent", JAN_JUL, "4.6", EU, partner="European Union"),
        fact("China", "total", "value", 3.35e12, "CNY", JAN_JUL, "3.35 trillion", EU, partner="European Union"),
        fact("China", "total", "growth", 2.1, "percent", JAN_JUL, "2.1", US, partner="United States"),
        fact("China", "total", "share", 9.2, "percent", JAN_JUL, "9.2", US, partner="United States"),
        fact("China", "total", "value", 13.71e12, "CNY", JAN_JUL, "13.71 trillion", BRI,
             partner="Belt and Road partner countries"),
        fact("China", "total", "growth", 6.9, "percent", JAN_JUL, "6.9", PRIV, segment="private enterprises"),
        fact("China", "total", "value", 15.14e12, "CNY", JAN_JUL, "15.14 trillion", PRIV, segment="private enterprises"),
        fact("China", "total", "share", 56.5, "percent", JAN_JUL, "56.5", PRIV, segment="private enterprises"),
        fact("China", "exports", "value", 9.21e12, "CNY", JAN_JUL, "9.21 trillion", ME,
             product="mechanical and electrical products"),
        fact("China", "exports", "share", 59.8, "percent", JAN_JUL, "59.8", ME,
             product="mechanical and electrical products"),
        fact("China", "exports", "growth", 21.3, "percent", JAN_JUL, "21.3", IC, product="integrated circuits"),
        fact("China", "exports", "growth", 14.5, "percent", JAN_JUL, "14.5", IC, product="automobiles"),
    ],
}
