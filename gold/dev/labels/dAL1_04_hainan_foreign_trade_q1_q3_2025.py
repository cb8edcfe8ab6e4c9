from _fact import fact, period

JAN_SEP = period(2025, 1, 9)
Q3 = period(2025, 7, 9)
SEP = period(2025, 9)
HN = "Hainan"

LEAD = ("Goods trade in Hainan, the island province in south China, grew 7.6 percent year on year to 221.58 billion "
        "yuan (about 31.1 billion U.S. dollars) in the first three quarters of this year")
EXP = "exports from the province rose 15.4 percent to 86.72 billion yuan"
IMP = "imports grew a more modest 3.1 percent to 134.86 billion yuan"
Q3_S = "In the third quarter alone, Hainan's imports and exports expanded 10.5 percent to 78.93 billion yuan."
SEP_S = ("The province's foreign trade reached 26.41 billion yuan in September, up 11.8 percent year on year and 5.2 "
         "percent from August.")
BRI = ("Belt and Road partner countries took 57.9 percent of the province's total, with trade worth 128.37 billion "
       "yuan.")
ASEAN = ("Hainan's largest partner was still the Association of Southeast Asian Nations (ASEAN): two-way trade with "
         "the bloc increased 18.4 percent to 52.06 billion yuan.")
ASEAN_SHARE = "The bloc made up 23.5 percent of the island's foreign trade during the period."
EU = "The European Union ranked second, with trade worth 27.93 billion yuan"
USA = "while trade with the United States dropped 21.3 percent to 9.85 billion yuan amid higher tariffs"
PRIV = "handling imports and exports of 124.06 billion yuan, or 56 percent of Hainan's total."
FIRMS = "A total of 6,812 enterprises posted import and export records in the first nine months"
PARTNERS = "the island traded with 178 countries and regions"
MEP = ("exports of mechanical and electrical products grew 24.5 percent to 31.46 billion yuan, accounting for 36.3 "
       "percent of the province's total exports")
CRUDE = "purchases of crude oil fell 4.6 percent as international oil prices retreated"
MEP_P = "mechanical and electrical products"

ARTICLE = {
    "id": "dAL1_04_hainan_foreign_trade_q1_q3_2025",
    "title": "Hainan's foreign trade up 7.6 pct in first three quarters as free trade port nears island-wide customs launch",
    "publisher": "Xinhua",
    "published": "2025-10-23",
    "notes": [
        "Area Hainan throughout ('the island province', 'the province', 'the island').",
        "'the first three quarters of this year' = 2025-01..2025-09 (year from the publication date); 'the January-"
        "September period', 'the first nine months' and 'during the period' are the same span.",
        "'In the third quarter alone' = 2025-07..2025-09. September figures: period 2025-09; '5.2 percent from August' "
        "is growth basis mom, '11.8 percent year on year' basis yoy.",
        "The bracketed dollar figure has 'about': a separate USD fact, approx.",
        "ASEAN 'largest partner' = rank 1 (total); EU 'ranked second' = rank 2 (total), both over January-"
        "September. 'The bloc made up 23.5 percent' = ASEAN's share of Hainan's total trade.",
        "'Private firms ... handling imports and exports' = trade of private enterprises (segment 'private enterprises'), value and share.",
        "'6,812 enterprises posted import and export records' = count, segment 'foreign trade enterprises'; '178 "
        "countries and regions' = count, segment 'trading partners'.",
        "Mechanical and electrical products: export growth, value and share of total exports.",
        "'purchases of crude oil fell 4.6 percent' = imports of crude oil, growth only (no value given).",
        "Out of scope, unlabelled: '3.6 percentage points higher than the national level' (derived comparison); '608 "
        "more than in the same period last year' (derived difference of a count); the 6.02 billion yuan of goods "
        "'sold duty-free to the Chinese mainland' and its 42.1 percent growth (domestic sales under the processing "
        "value-added policy, not foreign trade); zero-tariff treatment widened 'from 21 percent to 74 percent of all "
        "tariff lines' (tariff coverage, not a trade flow); 'Dec. 18', 'June 2020' (dates).",
    ],
    "facts": [
        fact(HN, "total", "value", 221.58e9, "CNY", JAN_SEP, "221.58 billion", LEAD),
        fact(HN, "total", "value", 31.1e9, "USD", JAN_SEP, "31.1 billion", LEAD, qualifier="approx"),
        fact(HN, "total", "growth", 7.6, "percent", JAN_SEP, "7.6", LEAD),
        fact(HN, "exports", "growth", 15.4, "percent", JAN_SEP, "15.4", EXP),
        fact(HN, "exports", "value", 86.72e9, "CNY", JAN_SEP, "86.72 billion", EXP),
        fact(HN, "imports", "growth", 3.1, "percent", JAN_SEP, "3.1", IMP),
        fact(HN, "imports", "value", 134.86e9, "CNY", JAN_SEP, "134.86 billion", IMP),
        fact(HN, "total", "growth", 10.5, "percent", Q3, "10.5", Q3_S),
        fact(HN, "total", "value", 78.93e9, "CNY", Q3, "78.93 billion", Q3_S),
        fact(HN, "total", "value", 26.41e9, "CNY", SEP, "26.41 billion", SEP_S),
        fact(HN, "total", "growth", 11.8, "percent", SEP, "11.8", SEP_S),
        fact(HN, "total", "growth", 5.2, "percent", SEP, "5.2", SEP_S, basis="mom"),
        fact(HN, "total", "value", 128.37e9, "CNY", JAN_SEP, "128.37 billion", BRI,
             partner="Belt and Road partner countries"),
        fact(HN, "total", "share", 57.9, "percent", JAN_SEP, "57.9", BRI, partner="Belt and Road partner countries"),
        fact(HN, "total", "rank", 1, "number", JAN_SEP, "largest", ASEAN, partner="ASEAN"),
        fact(HN, "total", "growth", 18.4, "percent", JAN_SEP, "18.4", ASEAN, partner="ASEAN"),
        fact(HN, "total", "value", 52.06e9, "CNY", JAN_SEP, "52.06 billion", ASEAN, partner="ASEAN"),
        fact(HN, "total", "share", 23.5, "percent", JAN_SEP, "23.5", ASEAN_SHARE, partner="ASEAN"),
        fact(HN, "total", "rank", 2, "number", JAN_SEP, "second", EU, partner="European Union"),
        fact(HN, "total", "value", 27.93e9, "CNY", JAN_SEP, "27.93 billion", EU, partner="European Union"),
        fact(HN, "total", "growth", -21.3, "percent", JAN_SEP, "21.3", USA, partner="United States"),
        fact(HN, "total", "value", 9.85e9, "CNY", JAN_SEP, "9.85 billion", USA, partner="United States"),
        fact(HN, "total", "value", 124.06e9, "CNY", JAN_SEP, "124.06 billion", PRIV, segment="private enterprises"),
        fact(HN, "total", "share", 56, "percent", JAN_SEP, "56", PRIV, segment="private enterprises"),
        fact(HN, "total", "count", 6812, "number", JAN_SEP, "6,812", FIRMS, segment="foreign trade enterprises"),
        fact(HN, "total", "count", 178, "number", JAN_SEP, "178", PARTNERS, segment="trading partners"),
        fact(HN, "exports", "growth", 24.5, "percent", JAN_SEP, "24.5", MEP, product=MEP_P),
        fact(HN, "exports", "value", 31.46e9, "CNY", JAN_SEP, "31.46 billion", MEP, product=MEP_P),
        fact(HN, "exports", "share", 36.3, "percent", JAN_SEP, "36.3", MEP, product=MEP_P),
        fact(HN, "imports", "growth", -4.6, "percent", JAN_SEP, "4.6", CRUDE, product="crude oil"),
    ],
}
