from _fact import fact, period

Q1Q3 = period(2025, 1, 9)

LEAD = "Dalian's total imports and exports in January-September this year came to 3568.4 hundred million yuan, up 7.1% year-on-year (the same below)"
EXP = "Exports amounted to 1882.6 hundred million yuan, rising 18.4%"
IMP = "imports totaled 1685.8 hundred million yuan, falling 3.2%"
RANK = "By total trade, the city came 9th among the country's 15 sub-provincial cities."
BOND = "trade conducted through bonded logistics reached 795.2 hundred million yuan, 43.8% more than a year earlier, making up 22.3% of Dalian's total imports and exports"
GEN = "General trade, still the city's dominant mode, slipped 1.9% to 1879.5 hundred million yuan"
CNT = "9,126 enterprises in Dalian had actual import and export activity"
PRIV = "Private enterprises remained the main force behind the city's foreign trade, with imports and exports of 1963.2 hundred million yuan, up 3.1% and equal to 55% of the total"
BRI = "Dalian's trade with countries jointly building the \"Belt and Road\" totaled 2031.6 hundred million yuan in the three quarters, up 7.4%"
ASEAN = "Trade with ASEAN, part of that group, jumped 49.8% to 689.7 hundred million yuan and accounted for 19.3%"
JEK = "Trade with Japan, the EU and the Republic of Korea came to 548.2, 385.9 and 379.4 hundred million yuan respectively, up 3.8%, 10.6% and 26.4% respectively"
ME = "Dalian's exports of mechanical and electrical products reached 1098.3 hundred million yuan in the three quarters, growing 14.2% and representing 58.3% of all the city's exports"

ARTICLE = {
    "id": "dAD1_05_dalian_gov_foreign_trade_q1q3_2025",
    "title": "Dalian's foreign trade grows 7.1% over first three quarters",
    "publisher": "Dalian Municipal Bureau of Commerce",
    "published": "2025-10-28",
    "notes": [
        "Area Dalian throughout (the city's release). 'January-September this year': 2025-01..2025-09 from the publication date.",
        "'year-on-year (the same below)': every later growth rate is yoy; 'making up ... of Dalian's total imports and exports for the period (the same below)': later shares without a whole are shares of the city's total trade.",
        "Publisher: the release names its source line, 'Dalian Municipal Bureau of Commerce'.",
        "'came 9th among the country's 15 sub-provincial cities': rank 9 of total trade, a rank within a restricted field (labelled as a rank per the dataset convention).",
        "Trade modes as segments: 'bonded logistics', 'general trade'.",
        "'enterprises in Dalian had actual import and export activity': count, segment 'foreign trade enterprises'.",
        "'countries jointly building the \"Belt and Road\"': partner 'Belt and Road partner countries'.",
        "'the Republic of Korea': partner South Korea. The list '548.2, 385.9 and 379.4 hundred million yuan' takes its scale from the last item; growths distributed by 'respectively' in order Japan, EU, South Korea.",
        "Mechanical and electrical products: flow exports; 58.3% is a share of the city's total export value (flow exports, measure share).",
        "Out of scope, unlabelled: '3.1 percentage points above the national one' and '6.8 percentage points above that of the province' (comparisons); '15 sub-provincial cities' (size of the ranking field, not a trade figure); 'adding 7.3 percentage points' and 'lifted export growth by 8.6 percentage points' (contributions); '586 more' (change in a count, derived).",
    ],
    "facts": [
        fact("Dalian", "total", "value", 3568.4e8, "CNY", Q1Q3, "3568.4 hundred million", LEAD),
        fact("Dalian", "total", "growth", 7.1, "percent", Q1Q3, "7.1", LEAD),
        fact("Dalian", "exports", "value", 1882.6e8, "CNY", Q1Q3, "1882.6 hundred million", EXP),
        fact("Dalian", "exports", "growth", 18.4, "percent", Q1Q3, "18.4", EXP),
        fact("Dalian", "imports", "value", 1685.8e8, "CNY", Q1Q3, "1685.8 hundred million", IMP),
        fact("Dalian", "imports", "growth", -3.2, "percent", Q1Q3, "3.2", IMP),
        fact("Dalian", "total", "rank", 9, "number", Q1Q3, "9th", RANK),
        fact("Dalian", "total", "value", 795.2e8, "CNY", Q1Q3, "795.2 hundred million", BOND, segment="bonded logistics"),
        fact("Dalian", "total", "growth", 43.8, "percent", Q1Q3, "43.8", BOND, segment="bonded logistics"),
        fact("Dalian", "total", "share", 22.3, "percent", Q1Q3, "22.3", BOND, segment="bonded logistics"),
        fact("Dalian", "total", "value", 1879.5e8, "CNY", Q1Q3, "1879.5 hundred million", GEN, segment="general trade"),
        fact("Dalian", "total", "growth", -1.9, "percent", Q1Q3, "1.9", GEN, segment="general trade"),
        fact("Dalian", "total", "count", 9126, "number", Q1Q3, "9,126", CNT, segment="foreign trade enterprises"),
        fact("Dalian", "total", "value", 1963.2e8, "CNY", Q1Q3, "1963.2 hundred million", PRIV, segment="private enterprises"),
        fact("Dalian", "total", "growth", 3.1, "percent", Q1Q3, "3.1", PRIV, segment="private enterprises"),
        fact("Dalian", "total", "share", 55, "percent", Q1Q3, "55", PRIV, segment="private enterprises"),
        fact("Dalian", "total", "value", 2031.6e8, "CNY", Q1Q3, "2031.6 hundred million", BRI, partner="Belt and Road partner countries"),
        fact("Dalian", "total", "growth", 7.4, "percent", Q1Q3, "7.4", BRI, partner="Belt and Road partner countries"),
        fact("Dalian", "total", "value", 689.7e8, "CNY", Q1Q3, "689.7 hundred million", ASEAN, partner="ASEAN"),
        fact("Dalian", "total", "growth", 49.8, "percent", Q1Q3, "49.8", ASEAN, partner="ASEAN"),
        fact("Dalian", "total", "share", 19.3, "percent", Q1Q3, "19.3", ASEAN, partner="ASEAN"),
        fact("Dalian", "total", "value", 548.2e8, "CNY", Q1Q3, "548.2", JEK, partner="Japan"),
        fact("Dalian", "total", "value", 385.9e8, "CNY", Q1Q3, "385.9", JEK, partner="European Union"),
        fact("Dalian", "total", "value", 379.4e8, "CNY", Q1Q3, "379.4 hundred million", JEK, partner="South Korea"),
        fact("Dalian", "total", "growth", 3.8, "percent", Q1Q3, "3.8", JEK, partner="Japan"),
        fact("Dalian", "total", "growth", 10.6, "percent", Q1Q3, "10.6", JEK, partner="European Union"),
        fact("Dalian", "total", "growth", 26.4, "percent", Q1Q3, "26.4", JEK, partner="South Korea"),
        fact("Dalian", "exports", "value", 1098.3e8, "CNY", Q1Q3, "1098.3 hundred million", ME, product="mechanical and electrical products"),
        fact("Dalian", "exports", "growth", 14.2, "percent", Q1Q3, "14.2", ME, product="mechanical and electrical products"),
        fact("Dalian", "exports", "share", 58.3, "percent", Q1Q3, "58.3", ME, product="mechanical and electrical products"),
    ],
}
