from _fact import fact, period

Y = period(2025, 1, 12)
DEC = period(2025, 12)
HN = "Hainan"

E_TOT = ("Hainan Province's goods imports and exports in 2025 amounted to 311.84 billion yuan (RMB, the same below), an "
         "all-time high, up 12.3%")
E_EXP = "Exports grew 25.4% to 118.26 billion yuan"
E_IMP = "imports rose 5.6% to 193.58 billion yuan"
E_DEC = "In December alone, the province's trade came to 31.67 billion yuan, up 20.8%"
E_GT = ("Hainan's imports and exports under general trade grew 9.8% to 190.2 billion yuan in 2025, making up 61% of the "
        "province's overall foreign trade")
E_PT = "processing trade was up 1.2 times (123.5%) at 21.6 billion yuan"
E_CNT = "Hainan had 5,862 enterprises with actual import and export records in 2025"
E_PE = "Private enterprises' trade rose 18.6% to 142.5 billion yuan, or 45.7% of the total"
E_SOE = "trade by state-owned enterprises grew 3.1% to 98.3 billion yuan, a 31.5% share"
E_FIE = "foreign-invested enterprises increased their trade 13.4% to 71.04 billion yuan, a share of 22.8%"
E_ASEAN = ("Hainan's trade with ASEAN, its largest partner, climbed 15.7% to 66.2 billion yuan, or 21.2% of the total")
E_EU = "Commerce with the European Union rose 6.4% to 35.8 billion yuan"
E_BR = ("With Belt and Road partner countries, the province's trade expanded 14.1% to 178.3 billion yuan, a 57.2% share")
E_ME = ("Hainan's exports of mechanical and electrical products jumped 31.2% to 45.6 billion yuan in 2025, representing "
        "38.6% of all the province's exports")
E_SHIP = "ship exports surged 86.1% to 8.9 billion yuan"
E_CRUDE = "Crude oil imports dropped 6.8% to 52.7 billion yuan"
E_CG = "Consumer goods imports edged up 2.5% to 40.3 billion yuan"
E_DF = "within that, offshore duty-free goods decreased 9.5% to 21.9 billion yuan"

ARTICLE = {
    "id": "dB1_03_haikou_customs_hainan_2025",
    "title": "Hainan Free Trade Port Posts All-Time High in Goods Trade for 2025",
    "publisher": "Haikou Customs",
    "published": "2026-01-20",
    "notes": [
        "Translated customs release; 'Source: Haikou Customs' names the issuer, taken as publisher; 'Release date: 2026-01-20'.",
        "The running period is the year 2025 (stated); 'In December alone' = 2025-12.",
        "'(the same below)' after 'over the previous year' makes every later rate year-on-year: basis yoy throughout.",
        "Area is Hainan (the province; 'Hainan Free Trade Port' covers the same island).",
        "'its pace of growth placed it among the three fastest-growing provinces': a rank of the growth rate, not of the "
        "value, and a range ('among the three fastest-growing'), not a position: out.",
        "'From December 18 to 31 ... 1.2 billion yuan' of zero-tariff imports: a figure for part of a month, out. "
        "'46 enterprises benefited for the first time from the tariff exemption policy': a conditional count of policy users, out.",
        "'up 1.2 times (123.5%)': the same observation twice ('1.2 times' is 123.5% rounded, Chinese 'increase of 1.2 "
        "times' = +120%); labelled once, as the exact 123.5.",
        "'Hainan had 5,862 enterprises' with import and export records: count, segment 'foreign trade enterprises'; "
        "'1,123 more than a year before' is a derived difference, out.",
        "Enterprise types and trade modes go in segment (general trade, processing trade, private enterprises, "
        "state-owned enterprises, foreign-invested enterprises); their shares are of the province's total trade.",
        "'Within this category, ship exports' and 'within that, offshore duty-free goods' are sub-items: product 'ships' (exports), "
        "'offshore duty-free goods' (imports).",
        "Out of scope: '1.7 percentage points above the prior year's', 'December 18' and other dates, '2026'.",
        "'making up 61%' written without decimals: value 61.",
    ],
    "facts": [
        fact(HN, "total", "value", 311.84e9, "CNY", Y, "311.84 billion", E_TOT),
        fact(HN, "total", "growth", 12.3, "percent", Y, "12.3", E_TOT),
        fact(HN, "exports", "value", 118.26e9, "CNY", Y, "118.26 billion", E_EXP),
        fact(HN, "exports", "growth", 25.4, "percent", Y, "25.4", E_EXP),
        fact(HN, "imports", "value", 193.58e9, "CNY", Y, "193.58 billion", E_IMP),
        fact(HN, "imports", "growth", 5.6, "percent", Y, "5.6", E_IMP),
        fact(HN, "total", "value", 31.67e9, "CNY", DEC, "31.67 billion", E_DEC),
        fact(HN, "total", "growth", 20.8, "percent", DEC, "20.8", E_DEC),
        fact(HN, "total", "value", 190.2e9, "CNY", Y, "190.2 billion", E_GT, segment="general trade"),
        fact(HN, "total", "growth", 9.8, "percent", Y, "9.8", E_GT, segment="general trade"),
        fact(HN, "total", "share", 61, "percent", Y, "61", E_GT, segment="general trade"),
        fact(HN, "total", "value", 21.6e9, "CNY", Y, "21.6 billion", E_PT, segment="processing trade"),
        fact(HN, "total", "growth", 123.5, "percent", Y, "123.5", E_PT, segment="processing trade"),
        fact(HN, "total", "count", 5862, "number", Y, "5,862", E_CNT, segment="foreign trade enterprises"),
        fact(HN, "total", "value", 142.5e9, "CNY", Y, "142.5 billion", E_PE, segment="private enterprises"),
        fact(HN, "total", "growth", 18.6, "percent", Y, "18.6", E_PE, segment="private enterprises"),
        fact(HN, "total", "share", 45.7, "percent", Y, "45.7", E_PE, segment="private enterprises"),
        fact(HN, "total", "value", 98.3e9, "CNY", Y, "98.3 billion", E_SOE, segment="state-owned enterprises"),
        fact(HN, "total", "growth", 3.1, "percent", Y, "3.1", E_SOE, segment="state-owned enterprises"),
        fact(HN, "total", "share", 31.5, "percent", Y, "31.5", E_SOE, segment="state-owned enterprises"),
        fact(HN, "total", "value", 71.04e9, "CNY", Y, "71.04 billion", E_FIE, segment="foreign-invested enterprises"),
        fact(HN, "total", "growth", 13.4, "percent", Y, "13.4", E_FIE, segment="foreign-invested enterprises"),
        fact(HN, "total", "share", 22.8, "percent", Y, "22.8", E_FIE, segment="foreign-invested enterprises"),
        fact(HN, "total", "rank", 1, "number", Y, "largest", E_ASEAN, partner="ASEAN"),
        fact(HN, "total", "value", 66.2e9, "CNY", Y, "66.2 billion", E_ASEAN, partner="ASEAN"),
        fact(HN, "total", "growth", 15.7, "percent", Y, "15.7", E_ASEAN, partner="ASEAN"),
        fact(HN, "total", "share", 21.2, "percent", Y, "21.2", E_ASEAN, partner="ASEAN"),
        fact(HN, "total", "value", 35.8e9, "CNY", Y, "35.8 billion", E_EU, partner="European Union"),
        fact(HN, "total", "growth", 6.4, "percent", Y, "6.4", E_EU, partner="European Union"),
        fact(HN, "total", "value", 178.3e9, "CNY", Y, "178.3 billion", E_BR, partner="Belt and Road partner countries"),
        fact(HN, "total", "growth", 14.1, "percent", Y, "14.1", E_BR, partner="Belt and Road partner countries"),
        fact(HN, "total", "share", 57.2, "percent", Y, "57.2", E_BR, partner="Belt and Road partner countries"),
        fact(HN, "exports", "value", 45.6e9, "CNY", Y, "45.6 billion", E_ME, product="mechanical and electrical products"),
        fact(HN, "exports", "growth", 31.2, "percent", Y, "31.2", E_ME, product="mechanical and electrical products"),
        fact(HN, "exports", "share", 38.6, "percent", Y, "38.6", E_ME, product="mechanical and electrical products"),
        fact(HN, "exports", "value", 8.9e9, "CNY", Y, "8.9 billion", E_SHIP, product="ships"),
        fact(HN, "exports", "growth", 86.1, "percent", Y, "86.1", E_SHIP, product="ships"),
        fact(HN, "imports", "value", 52.7e9, "CNY", Y, "52.7 billion", E_CRUDE, product="crude oil"),
        fact(HN, "imports", "growth", -6.8, "percent", Y, "6.8", E_CRUDE, product="crude oil"),
        fact(HN, "imports", "value", 40.3e9, "CNY", Y, "40.3 billion", E_CG, product="consumer goods"),
        fact(HN, "imports", "growth", 2.5, "percent", Y, "2.5", E_CG, product="consumer goods"),
        fact(HN, "imports", "value", 21.9e9, "CNY", Y, "21.9 billion", E_DF, product="offshore duty-free goods"),
        fact(HN, "imports", "growth", -9.5, "percent", Y, "9.5", E_DF, product="offshore duty-free goods"),
    ],
}
