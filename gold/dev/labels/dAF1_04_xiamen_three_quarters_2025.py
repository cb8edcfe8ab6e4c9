from _fact import fact, period

Q1_3 = period(2025, 1, 9)
SEP = period(2025, 9)
A = "Xiamen"

LEAD = "the total import and export value of Xiamen's goods trade was 7,012.6 hundred million yuan, a year-on-year increase of 3.1% (the same below)"
EXP = "Of this, exports were 3,902.4 hundred million yuan, an increase of 6.8%; imports were 3,110.2 hundred million yuan, a decrease of 1.2%."
SEPT = "In September, Xiamen's imports and exports reached 820.4 hundred million yuan, an increase of 7.5%, and 4.1% higher than in August."
GEN = "Xiamen's imports and exports by way of general trade were 5,106.3 hundred million yuan, an increase of 4%, accounting for 72.8% of the city's total import and export value"
PROC = "Imports and exports by way of processing trade were 702.5 hundred million yuan, a decrease of 2.6%."
COUNT = "the number of enterprises in Xiamen with actual import and export performance reached 9,236"
PRIV = "Private enterprises imported and exported 3,375.4 hundred million yuan, an increase of 7.9%, accounting for 48.1% of the city's total"
RANK = "ASEAN remained Xiamen's largest trading partner."
ASEAN = "the city's imports and exports with ASEAN were 1,402.3 hundred million yuan, an increase of 5.6%"
EU_US = "imports and exports with the European Union rose by 2.3%, while those with the United States fell by 8.7%"
BRI = "Xiamen's imports and exports with countries jointly building the Belt and Road reached 3,650.1 hundred million yuan, an increase of 4.9%"
ME = "Xiamen exported mechanical and electrical products worth 1,660.2 hundred million yuan, an increase of 9.4%, accounting for 42.5% of the city's total export value"
COAL = "imports of coal and lignite fell by 18.6% in value"

ARTICLE = {
    "id": "dAF1_04_xiamen_three_quarters_2025",
    "title": "Xiamen's imports and exports up 3.1% in first three quarters",
    "publisher": "Xiamen Customs",
    "published": "2025-10-23",
    "notes": [
        "Release in translated customs prose; '(the same below)' makes every later growth year-on-year, except the September comparison 'higher than in August', labelled mom.",
        "'hundred million yuan' figures converted: 7,012.6 hundred million -> 7.0126e11 CNY.",
        "Area Xiamen throughout; 'the city' = Xiamen.",
        "'ASEAN remained Xiamen's largest trading partner': rank 1, total, partner ASEAN, period first three quarters.",
        "'those with the United States fell by 8.7%': imports and exports (total) with the United States, -8.7.",
        "'the number of enterprises ... with actual import and export performance reached 9,236': count, segment 'foreign trade enterprises'.",
        "Private enterprises' 48.1%: share of the city's total foreign trade, segment 'private enterprises'.",
        "Mechanical and electrical 42.5%: share of the city's total exports.",
        "Coal and lignite: only the value growth (-18.6) labelled; the volume growth (2.1%) is out of scope (volume growth beside value growth).",
        "Out of scope, unlabelled: 'eight consecutive months' (streak); 'an increase of 532 over the same period last year' (difference of counts); '2.1 percentage points higher' (pp comparison); 'highest level for the same period in history' (milestone, no number).",
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
