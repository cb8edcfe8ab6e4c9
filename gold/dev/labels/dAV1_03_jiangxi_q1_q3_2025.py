from _fact import fact, period

Q13 = period(2025, 1, 9)
Q3 = period(2025, 7, 9)

E_TOT = "the total import and export value of goods trade of our province was 3,842.6 hundred million yuan, a year-on-year decrease of 1.8%"
E_EXP = "exports were 2,871.3 hundred million yuan, an increase of 2.4%"
E_IMP = "imports were 971.3 hundred million yuan, a decrease of 12.3%"
E_BAL = "The trade surplus was 1,900 hundred million yuan, expanding by 12%"
E_Q3 = "In the third quarter, the province's imports and exports were 1,367.2 hundred million yuan, an increase of 3.5%"
E_Q3_QOQ = "Compared with the second quarter, the third-quarter import and export value increased by 4.9%"
E_GEN = "general trade accounted for 78.3% of the province's total import and export value"
E_PROC = "imports and exports under processing trade increased by 6.5%"
E_PRIV = "Private enterprises in the province imported and exported 3,107.5 hundred million yuan, accounting for 80.9% of the province's total"
E_CNT = "The number of enterprises with actual import and export performance reached 7,612"
E_ASEAN = "ASEAN remained the largest trading partner of our province, with bilateral imports and exports increasing by 9.3%"
E_US = "Imports and exports with the United States decreased by 21.6%"
E_BRI = "Trade with Belt and Road partner countries totaled 2,035.9 hundred million yuan, accounting for 53% of the total"
E_ME = "The province exported mechanical and electrical products worth 1,503.6 hundred million yuan, accounting for 52.4% of the total export value"
E_LB_AUTO = "exports of lithium batteries and automobiles increased by 20.8% and 27.3% respectively"
E_CU = "the province imported 1.52 million tons of copper ore and concentrates, up 3.7% in quantity, while the import value fell by 9.2%"
E_NC = "Nanchang ranked first in the province with imports and exports of 905.4 hundred million yuan"
E_GZ = "followed by Ganzhou with 701.2 hundred million yuan"

ARTICLE = {
    "id": "dAV1_03_jiangxi_q1_q3_2025",
    "title": "Jiangxi's Foreign Trade Reaches 384.26 Billion Yuan in the First Three Quarters, with Private Enterprises Accounting for Over 80%",
    "publisher": "Nanchang Customs",
    "published": "2025-10-23",
    "notes": [
        "Provincial customs release; 'Source: Nanchang Customs' and 'Release time: 2025-10-23' are in the text, so publisher Nanchang Customs, published 2025-10-23.",
        "Area is Jiangxi throughout ('our province', headline 'Jiangxi's'), except the city figures (Nanchang, Ganzhou). Running period: first three quarters of 2025 = 2025-01..2025-09.",
        "Headline '384.26 Billion Yuan' and body '3,842.6 hundred million yuan' are the same observation: one fact, body evidence.",
        "Headline 'Private Enterprises Accounting for Over 80%' is a threshold for the body's exact '80.9%': label the exact share only.",
        "'(the same below)' after 'year-on-year' makes every later unqualified growth rate yoy.",
        "Trade surplus 1,900 hundred million yuan (balance value, positive) and 'expanding by 12%' (growth of a surplus follows its verb: +12).",
        "Third quarter alone: period 2025-07..2025-09; 3.5% is yoy (same below); 'Compared with the second quarter ... increased by 4.9%' is basis qoq.",
        "Out: 'the cumulative decline has narrowed for two consecutive months' (streak), '0.5 percentage points higher' (derived comparison), 'an increase of 312' enterprises (change in a count, not expressible), 'eleven districted cities', '16 measures', '486 China-Europe freight train trips' (non-trade).",
        "General trade 78.3% share and processing trade +6.5%: segment 'general trade' / 'processing trade', flow total.",
        "Enterprise count 7,612 'with actual import and export performance' -> count, segment 'foreign trade enterprises'.",
        "ASEAN 'largest trading partner of our province' -> rank 1 plus growth 9.3; US -21.6 ('decreased'); Belt and Road value and 53% share, partner 'Belt and Road partner countries'.",
        "Mechanical and electrical products: exports value and 52.4% share of total export value. Lithium batteries and automobiles export growth via 'respectively'.",
        "Copper ore and concentrates: 1.52 million tons import quantity (in); 'up 3.7% in quantity' is volume growth beside value growth (out); 'import value fell by 9.2%' -> value growth -9.2 (in).",
        "Cities: Nanchang 'ranked first in the province' -> area Nanchang, rank 1, value 905.4 hundred million; Ganzhou 701.2 hundred million ('followed by' is not labelled as rank 2: no ordinal is stated). 'Ji'an posted the fastest growth' ranks growth, not trade, and gives no number: out.",
    ],
    "facts": [
        fact("Jiangxi", "total", "value", 3842.6e8, "CNY", Q13, "3,842.6 hundred million", E_TOT),
        fact("Jiangxi", "total", "growth", -1.8, "percent", Q13, "1.8", E_TOT),
        fact("Jiangxi", "exports", "value", 2871.3e8, "CNY", Q13, "2,871.3 hundred million", E_EXP),
        fact("Jiangxi", "exports", "growth", 2.4, "percent", Q13, "2.4", E_EXP),
        fact("Jiangxi", "imports", "value", 971.3e8, "CNY", Q13, "971.3 hundred million", E_IMP),
        fact("Jiangxi", "imports", "growth", -12.3, "percent", Q13, "12.3", E_IMP),
        fact("Jiangxi", "balance", "value", 1900e8, "CNY", Q13, "1,900 hundred million", E_BAL),
        fact("Jiangxi", "balance", "growth", 12, "percent", Q13, "12", E_BAL),
        fact("Jiangxi", "total", "value", 1367.2e8, "CNY", Q3, "1,367.2 hundred million", E_Q3),
        fact("Jiangxi", "total", "growth", 3.5, "percent", Q3, "3.5", E_Q3),
        fact("Jiangxi", "total", "growth", 4.9, "percent", Q3, "4.9", E_Q3_QOQ, basis="qoq"),
        fact("Jiangxi", "total", "share", 78.3, "percent", Q13, "78.3", E_GEN, segment="general trade"),
        fact("Jiangxi", "total", "growth", 6.5, "percent", Q13, "6.5", E_PROC, segment="processing trade"),
        fact("Jiangxi", "total", "value", 3107.5e8, "CNY", Q13, "3,107.5 hundred million", E_PRIV, segment="private enterprises"),
        fact("Jiangxi", "total", "share", 80.9, "percent", Q13, "80.9", E_PRIV, segment="private enterprises"),
        fact("Jiangxi", "total", "count", 7612, "number", Q13, "7,612", E_CNT, segment="foreign trade enterprises"),
        fact("Jiangxi", "total", "rank", 1, "number", Q13, "largest", E_ASEAN, partner="ASEAN"),
        fact("Jiangxi", "total", "growth", 9.3, "percent", Q13, "9.3", E_ASEAN, partner="ASEAN"),
        fact("Jiangxi", "total", "growth", -21.6, "percent", Q13, "21.6", E_US, partner="United States"),
        fact("Jiangxi", "total", "value", 2035.9e8, "CNY", Q13, "2,035.9 hundred million", E_BRI, partner="Belt and Road partner countries"),
        fact("Jiangxi", "total", "share", 53, "percent", Q13, "53", E_BRI, partner="Belt and Road partner countries"),
        fact("Jiangxi", "exports", "value", 1503.6e8, "CNY", Q13, "1,503.6 hundred million", E_ME, product="mechanical and electrical products"),
        fact("Jiangxi", "exports", "share", 52.4, "percent", Q13, "52.4", E_ME, product="mechanical and electrical products"),
        fact("Jiangxi", "exports", "growth", 20.8, "percent", Q13, "20.8", E_LB_AUTO, product="lithium batteries"),
        fact("Jiangxi", "exports", "growth", 27.3, "percent", Q13, "27.3", E_LB_AUTO, product="automobiles"),
        fact("Jiangxi", "imports", "quantity", 1.52e6, "tonnes", Q13, "1.52 million", E_CU, product="copper ore and concentrates"),
        fact("Jiangxi", "imports", "growth", -9.2, "percent", Q13, "9.2", E_CU, product="copper ore and concentrates"),
        fact("Nanchang", "total", "rank", 1, "number", Q13, "first", E_NC),
        fact("Nanchang", "total", "value", 905.4e8, "CNY", Q13, "905.4 hundred million", E_NC),
        fact("Ganzhou", "total", "value", 701.2e8, "CNY", Q13, "701.2 hundred million", E_GZ),
    ],
}
