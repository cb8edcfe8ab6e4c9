from _fact import fact, period

Q1_3 = period(2025, 1, 9)
SEP = period(2025, 9)
A = "Xiamen"

LEAD = "Xiamen's goods trade in the first three quarters of 2025 totaled 7,012.6 hundred million yuan in imports and exports, up 3.1% year on year (the same below)"
EXP = 'Exports made up 3,902.4 hundred million yuan, up 6.8%, while imports came to 3,110.2 hundred million yuan, down 1.2%.'
SEPT = "Xiamen's September imports and exports came to 820.4 hundred million yuan, rising 7.5% and standing 4.1% above the August level."
GEN = "Xiamen's general trade imports and exports amounted to 5,106.3 hundred million yuan, up 4%, or 72.8% of the city's overall trade value"
PROC = 'Processing trade imports and exports totaled 702.5 hundred million yuan, down 2.6%.'
COUNT = '9,236 enterprises in Xiamen had actual import and export activity'
PRIV = "Private enterprises, which remained the backbone of the city's foreign trade, traded 3,375.4 hundred million yuan in imports and exports, up 7.9%, a 48.1% share of the city's total"
RANK = "ASEAN was still Xiamen's largest trading partner"
ASEAN = "the city's trade with ASEAN reached 1,402.3 hundred million yuan, up 5.6%"
EU_US = 'Trade with the European Union grew 2.3% in the same period, whereas trade with the United States declined 8.7%'
BRI = "Xiamen's trade with countries jointly building the Belt and Road came to 3,650.1 hundred million yuan, up 4.9%"
ME = "the city's exports of mechanical and electrical products were worth 1,660.2 hundred million yuan, up 9.4%, or 42.5% of its total exports"
COAL = 'the value of coal and lignite imports dropped 18.6%'

ARTICLE = {
    "id": "dAF1_04_xiamen_three_quarters_2025",
    "title": "Xiamen's foreign trade grows 3.1% in first three quarters",
    "publisher": "Xiamen Customs",
    "published": "2025-10-23",
    "notes": [
        "Release in translated customs prose; '(the same below)' makes every later growth year-on-year, except the September comparison 'above the August level', labelled mom.",
        "'hundred million yuan' figures converted: 7,012.6 hundred million -> 7.0126e11 CNY.",
        "Area Xiamen throughout; 'the city' = Xiamen.",
        "'ASEAN was still Xiamen's largest trading partner': rank 1, total, partner ASEAN, period first three quarters.",
        "'trade with the United States declined 8.7%': imports and exports (total) with the United States, -8.7.",
        "'9,236 enterprises in Xiamen had actual import and export activity': count, segment 'foreign trade enterprises'.",
        "Private enterprises' 48.1%: share of the city's total foreign trade, segment 'private enterprises'.",
        "Mechanical and electrical 42.5%: share of the city's total exports.",
        "Coal and lignite: only the value growth (-18.6) labelled; the volume growth (2.1%) is out of scope (volume growth beside value growth).",
        "Out of scope, unlabelled: 'eight straight months' (streak); '532 more than a year earlier' (difference of counts); '2.1 percentage points higher' (pp comparison); 'a record for the period' (milestone, no number).",
    ],
    "facts": [
        fact(A, "total", "value", 7.0126e11, "CNY", Q1_3, "7,012.6 hundred million", LEAD),
        fact(A, "total", "growth", 3.1, "percent", Q1_3, "3.1", LEAD),
        fact(A, "exports", "value", 3.9024e11, "CNY", Q1_3, "3,902.4 hundred million", EXP),
        fact(A, "exports", "growth", 6.8, "percent", Q1_3, "6.8", EXP),
        fact(A, "imports", "value", 3.1102e11, "CNY", Q1_3, "3,110.2 hundred million", EXP),
        fact(A, "imports", "growth", -1.2, "percent", Q1_3, "1.2", EXP),
        fact(A, "total", "value", 8.204e10, "CNY", SEP, "820.4 hundred million", SEPT),
        fact(A, "total", "growth", 7.5, "percent", SEP, "7.5", SEPT),
        fact(A, "total", "growth", 4.1, "percent", SEP, "4.1", SEPT, basis="mom"),
        fact(A, "total", "value", 5.1063e11, "CNY", Q1_3, "5,106.3 hundred million", GEN, segment="general trade"),
        fact(A, "total", "growth", 4, "percent", Q1_3, "4", GEN, segment="general trade"),
        fact(A, "total", "share", 72.8, "percent", Q1_3, "72.8", GEN, segment="general trade"),
        fact(A, "total", "value", 7.025e10, "CNY", Q1_3, "702.5 hundred million", PROC, segment="processing trade"),
        fact(A, "total", "growth", -2.6, "percent", Q1_3, "2.6", PROC, segment="processing trade"),
        fact(A, "total", "count", 9236, "number", Q1_3, "9,236", COUNT, segment="foreign trade enterprises"),
        fact(A, "total", "value", 3.3754e11, "CNY", Q1_3, "3,375.4 hundred million", PRIV, segment="private enterprises"),
        fact(A, "total", "growth", 7.9, "percent", Q1_3, "7.9", PRIV, segment="private enterprises"),
        fact(A, "total", "share", 48.1, "percent", Q1_3, "48.1", PRIV, segment="private enterprises"),
        fact(A, "total", "rank", 1, "number", Q1_3, "largest", RANK, partner="ASEAN"),
        fact(A, "total", "value", 1.4023e11, "CNY", Q1_3, "1,402.3 hundred million", ASEAN, partner="ASEAN"),
        fact(A, "total", "growth", 5.6, "percent", Q1_3, "5.6", ASEAN, partner="ASEAN"),
        fact(A, "total", "growth", 2.3, "percent", Q1_3, "2.3", EU_US, partner="European Union"),
        fact(A, "total", "growth", -8.7, "percent", Q1_3, "8.7", EU_US, partner="United States"),
        fact(A, "total", "value", 3.6501e11, "CNY", Q1_3, "3,650.1 hundred million", BRI, partner="Belt and Road partner countries"),
        fact(A, "total", "growth", 4.9, "percent", Q1_3, "4.9", BRI, partner="Belt and Road partner countries"),
        fact(A, "exports", "value", 1.6602e11, "CNY", Q1_3, "1,660.2 hundred million", ME, product="mechanical and electrical products"),
        fact(A, "exports", "growth", 9.4, "percent", Q1_3, "9.4", ME, product="mechanical and electrical products"),
        fact(A, "exports", "share", 42.5, "percent", Q1_3, "42.5", ME, product="mechanical and electrical products"),
        fact(A, "imports", "growth", -18.6, "percent", Q1_3, "18.6", COAL, product="coal and lignite"),
    ],
}
