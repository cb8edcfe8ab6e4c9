from _fact import fact, period

JAN_JUL = period(2026, 1, 7)
JUL = period(2026, 7)

LEAD = "In the first seven months of 2026, the combined value of China's goods exports and imports reached 26.78 trillion yuan (about 3.76 trillion U.S. dollars), a year-on-year increase of 4.2 percent"
EXP = "Exports for January-July came in at 15.41 trillion yuan, 5 percent more than a year before"
IMP = "imports totaled 11.37 trillion yuan, a gain of 3.2 percent"
SURPLUS = "The difference between the two amounted to a surplus of 4.04 trillion yuan"
JUL_TOTAL = "In July by itself, foreign trade came to 3.92 trillion yuan, 5.6 percent above the level a year earlier and up 2.4 percent from June"
JUL_EXP = "That month's exports expanded 6.8 percent year on year"
COUNT = "Roughly 639,000 enterprises registered import or export activity during the period"
ASEAN = "Over the seven months, the Association of Southeast Asian Nations (ASEAN) stayed China's largest trading partner"
ASEAN2 = "Two-way trade with the bloc grew 7.9 percent to 4.33 trillion yuan and represented 16.2 percent of China's total"
EU = "The European Union, the second-largest trading partner of China, saw its trade with the country rise 4.6 percent to 3.35 trillion yuan."
US = "China's trade with the United States increased slightly, by 2.1 percent, and accounted for 9.2 percent of the nation's foreign trade"
BRI = "During the period, trade between China and Belt and Road partner countries added up to 13.71 trillion yuan"
PRIV = "Together, their exports and imports increased 6.9 percent to 15.14 trillion yuan, equal to 56.5 percent of the national total"
ME = "outbound shipments of mechanical and electrical products were worth 9.21 trillion yuan, equivalent to 59.8 percent of China's total exports"
IC = "integrated circuits and automobiles posted export increases of 21.3 percent and 14.5 percent, respectively"

ARTICLE = {
    "id": "dAI1_01_china_trade_jan_jul_2026",
    "title": "China's January-July goods trade expands 4.2 pct",
    "publisher": "Xinhua",
    "published": "2026-08-07",
    "notes": [
        "Running period: January-July 2026 (first seven months of 2026); 'In July by itself' figures are 2026-07.",
        "'up 2.4 percent from June': July total growth with basis mom (comparison with the month before).",
        "'Together, their exports and imports' refers back to private enterprises: segment private enterprises, flow total.",
        "'Two-way trade with the bloc grew 7.9 percent...' follows the ASEAN sentence ('the bloc' = ASEAN): partner ASEAN; 'largest' = rank 1.",
        "'the second-largest trading partner of China' for the EU: rank 2.",
        "Integrated circuits and automobiles growths are export growths (product each), via 'respectively'.",
        "'Roughly 639,000' enterprises that registered import or export activity: count, segment foreign trade enterprises, approx.",
        "Out of scope, unlabelled: '0.3 percentage points quicker' (derived comparison); 'some 25,000 more than a year earlier' (derived change in a count); '1.4 percentage points' share change (derived); the researcher's full-year forecast of 'around 4 percent' (forecast).",
        "Not labelled: qualitative statements without numbers (companies with foreign investment 'grew modestly', state-owned 'roughly unchanged', rising import volumes).",
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
