from _fact import fact, period

Y24 = period(2024, 1, 12)
TJ = "Tianjin"
ME = "mechanical and electrical products"

TOTAL = "Tianjin's goods imports and exports in 2024 totaled 8,247.9 hundred million yuan, up 3.0% from the previous year (the same below)"
EXP = "Exports came to 4,012.6 hundred million yuan, growing 6.8%"
IMP = "imports stood at 4,235.3 hundred million yuan, down 0.3%"
BAL = "The trade deficit narrowed by 54.6% to 222.7 hundred million yuan."
PRIV = "Private enterprises in Tianjin imported and exported 4,105.2 hundred million yuan in 2024, up 9.4%, or 49.8% of the city's total foreign trade"
COUNT = "A total of 13,812 enterprises in the city had actual import and export activity"
GEN = "General trade, which remained the city's principal mode of foreign trade, came to 5,218.6 hundred million yuan."
EU_RANK = "Tianjin's largest trading partner was still the European Union."
PARTNERS_V = "the city's trade with the EU, ASEAN and the United States came to 1,146.8, 1,052.4 and 706.5 hundred million yuan respectively"
PARTNERS_G = "trade with the EU decreased 2.3%, while trade with ASEAN and the United States increased 8.9% and 1.5% respectively"
BRI = "trade with Belt and Road partner countries totaled 3,012.7 hundred million yuan, 36.5% of the city's total"
NPART = "Tianjin continued to trade with more than 200 countries and regions"
ME_EXP = "Exports of mechanical and electrical products from Tianjin reached 2,447.6 hundred million yuan in 2024, up 9.8%, making up 61.0% of the city's total exports"
AUTO_EXP = "automobile exports rose 22.6% to 213.4 hundred million yuan"
AUTO_IMP = "Tianjin brought in 109,000 automobiles in 2024, down 14.7%"

ARTICLE = {
    "id": "dAL1_05_tianjin_foreign_trade_2024",
    "title": "Tianjin Posts 3.0% Rise in Foreign Trade Value for 2024",
    "publisher": "Tianjin Municipal People's Government",
    "published": "2025-01-24",
    "notes": [
        "Translated-government style: money is written 'N hundred million yuan' (N x 1e8 CNY). All facts are for 2024 "
        "(2024-01..2024-12), area Tianjin; '(the same below)' makes every later growth a year-on-year change.",
        "Headline '3.0% Rise in Foreign Trade Value for 2024' is the same observation as the body's total growth: labelled once.",
        "'The trade deficit narrowed ... to 222.7 hundred million yuan' = balance -2.227e10 CNY; 'narrowed by 54.6%' = growth of the "
        "deficit -54.6 (the verb narrows).",
        "Private enterprises: segment 'private enterprises' for value, growth and share of the city's total.",
        "'13,812 enterprises in the city had actual import and export activity' = count, segment 'foreign trade enterprises'.",
        "General trade: value only (segment 'general trade'); no growth is stated for it.",
        "'Tianjin's largest trading partner was still the European Union' = rank 1, partner European Union, flow total, running "
        "period 2024.",
        "The 'respectively' list: 1,146.8 and 1,052.4 take their scale ('hundred million yuan') from the end of the list "
        "(value_text is the bare number); the last item is written with its scale word ('706.5 hundred million'). The "
        "growth list maps in order EU -2.3, ASEAN +8.9, United States +1.5.",
        "'more than 200 countries and regions' = count of trading partners, qualifier over.",
        "Automobile exports and imports are part of the mechanical and electrical section but are labelled with product "
        "'automobiles'. '109,000 automobiles' = quantity (unit number); 'down 14.7%' is the growth of that "
        "quantity, the only growth given for automobile imports, so labelled as growth.",
        "Out of scope, unlabelled: 'the fourth year running above 800 billion yuan' (streak/milestone); "
        "'2.9 percentage points above' (derived comparison); '702 more than a year earlier' (derived change in a "
        "count); 'double-digit rates' for lithium-ion batteries and wind turbines (no number); 2025 plans.",
    ],
    "facts": [
        fact(TJ, "total", "value", 8247.9e8, "CNY", Y24, "8,247.9 hundred million", TOTAL),
        fact(TJ, "total", "growth", 3.0, "percent", Y24, "3.0", TOTAL),
        fact(TJ, "exports", "value", 4012.6e8, "CNY", Y24, "4,012.6 hundred million", EXP),
        fact(TJ, "exports", "growth", 6.8, "percent", Y24, "6.8", EXP),
        fact(TJ, "imports", "value", 4235.3e8, "CNY", Y24, "4,235.3 hundred million", IMP),
        fact(TJ, "imports", "growth", -0.3, "percent", Y24, "0.3", IMP),
        fact(TJ, "balance", "value", -222.7e8, "CNY", Y24, "222.7 hundred million", BAL),
        fact(TJ, "balance", "growth", -54.6, "percent", Y24, "54.6", BAL),
        fact(TJ, "total", "value", 4105.2e8, "CNY", Y24, "4,105.2 hundred million", PRIV, segment="private enterprises"),
        fact(TJ, "total", "growth", 9.4, "percent", Y24, "9.4", PRIV, segment="private enterprises"),
        fact(TJ, "total", "share", 49.8, "percent", Y24, "49.8", PRIV, segment="private enterprises"),
        fact(TJ, "total", "count", 13812, "number", Y24, "13,812", COUNT, segment="foreign trade enterprises"),
        fact(TJ, "total", "value", 5218.6e8, "CNY", Y24, "5,218.6 hundred million", GEN, segment="general trade"),
        fact(TJ, "total", "rank", 1, "number", Y24, "largest", EU_RANK, partner="European Union"),
        fact(TJ, "total", "value", 1146.8e8, "CNY", Y24, "1,146.8", PARTNERS_V, partner="European Union"),
        fact(TJ, "total", "value", 1052.4e8, "CNY", Y24, "1,052.4", PARTNERS_V, partner="ASEAN"),
        fact(TJ, "total", "value", 706.5e8, "CNY", Y24, "706.5 hundred million", PARTNERS_V, partner="United States"),
        fact(TJ, "total", "growth", -2.3, "percent", Y24, "2.3", PARTNERS_G, partner="European Union"),
        fact(TJ, "total", "growth", 8.9, "percent", Y24, "8.9", PARTNERS_G, partner="ASEAN"),
        fact(TJ, "total", "growth", 1.5, "percent", Y24, "1.5", PARTNERS_G, partner="United States"),
        fact(TJ, "total", "value", 3012.7e8, "CNY", Y24, "3,012.7 hundred million", BRI,
             partner="Belt and Road partner countries"),
        fact(TJ, "total", "share", 36.5, "percent", Y24, "36.5", BRI, partner="Belt and Road partner countries"),
        fact(TJ, "total", "count", 200, "number", Y24, "200", NPART, segment="trading partners", qualifier="over"),
        fact(TJ, "exports", "value", 2447.6e8, "CNY", Y24, "2,447.6 hundred million", ME_EXP, product=ME),
        fact(TJ, "exports", "growth", 9.8, "percent", Y24, "9.8", ME_EXP, product=ME),
        fact(TJ, "exports", "share", 61.0, "percent", Y24, "61.0", ME_EXP, product=ME),
        fact(TJ, "exports", "value", 213.4e8, "CNY", Y24, "213.4 hundred million", AUTO_EXP, product="automobiles"),
        fact(TJ, "exports", "growth", 22.6, "percent", Y24, "22.6", AUTO_EXP, product="automobiles"),
        fact(TJ, "imports", "quantity", 109000, "number", Y24, "109,000", AUTO_IMP, product="automobiles"),
        fact(TJ, "imports", "growth", -14.7, "percent", Y24, "14.7", AUTO_IMP, product="automobiles"),
    ],
}
