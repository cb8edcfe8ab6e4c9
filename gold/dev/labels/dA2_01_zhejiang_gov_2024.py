from _fact import fact, period

Y = period(2024, 1, 12)
ZJ = "Zhejiang"
E_TOT = "our province's imports and exports came to 52,418 hundred million yuan, up 7.2% on the previous year"
E_SHARE = "This made up 12.0% of the country's total and put the province third nationwide."
E_EXP = "Exports amounted to 39,324 hundred million yuan, growing 8.6% and representing 15.5% of China's exports"
E_IMP = "imports totalled 13,094 hundred million yuan, growing 3.3%"
E_PRIV = "Trade by private enterprises came to 42,120 hundred million yuan, up 9.6%, or 80.4% of the provincial total"
E_GEN = "General trade made up 41,760 hundred million yuan of imports and exports, or 79.7% of the total."
E_PROC = "Processing trade fell 2.1% to 3,820 hundred million yuan."
E_MP = "Exports under market procurement trade rose 14.6% to 5,294 hundred million yuan"
E_CBEC = "Trade via cross-border e-commerce climbed 11.3% to 5,120 hundred million yuan"

ARTICLE = {
    "id": "dA2_01_zhejiang_gov_2024",
    "title": "How Our Province's Foreign Trade Performed in 2024",
    "publisher": "Department of Commerce of Zhejiang Province",
    "published": "2025-01-21",
    "notes": [
        "Translated provincial release: 'our province' is Zhejiang (named in the source line); running period is 2024, stated in the text.",
        "'(the same below)' makes every later growth rate year on year: basis yoy throughout.",
        "'made up 12.0% of the country's total and put the province third nationwide' is Zhejiang's total trade: share 12.0 and rank 3.",
        "'placing second nationally by export scale': rank 2 of Zhejiang's exports.",
        "'grew 2.2 percentage points faster than the nation's as a whole' and 'a share 1.8 percentage points above the previous year's': "
        "percentage-point comparisons, out.",
        "'supplied 16.8% of the increase in China's foreign trade': contribution to growth, out.",
        "'112,600 enterprises' that carried out import and export business: count, segment 'foreign trade enterprises'; "
        "'101,900 of them were private enterprises': a separate count with segment 'private enterprises'.",
        "'8,300 more than a year before': absolute change of a count, derived, out.",
        "Market procurement trade is stated for exports only: flow exports, segment 'market procurement trade'.",
        "General trade gives value and share but no growth; none invented.",
        "'9 pilot markets', '23 new overseas smart logistics hubs', 'over 600 exhibitions abroad', 2025 plan: "
        "not trade flows, out.",
    ],
    "facts": [
        fact(ZJ, "total", "value", 52418e8, "CNY", Y, "52,418 hundred million", E_TOT),
        fact(ZJ, "total", "growth", 7.2, "percent", Y, "7.2", E_TOT),
        fact(ZJ, "total", "share", 12.0, "percent", Y, "12.0", E_SHARE),
        fact(ZJ, "total", "rank", 3, "number", Y, "third", E_SHARE),
        fact(ZJ, "exports", "value", 39324e8, "CNY", Y, "39,324 hundred million", E_EXP),
        fact(ZJ, "exports", "growth", 8.6, "percent", Y, "8.6", E_EXP),
        fact(ZJ, "exports", "share", 15.5, "percent", Y, "15.5", E_EXP),
        fact(ZJ, "exports", "rank", 2, "number", Y, "second", "placing second nationally by export scale"),
        fact(ZJ, "imports", "value", 13094e8, "CNY", Y, "13,094 hundred million", E_IMP),
        fact(ZJ, "imports", "growth", 3.3, "percent", Y, "3.3", E_IMP),
        fact(ZJ, "total", "count", 112600, "number", Y, "112,600",
             "112,600 enterprises in the province actually carried out import and export business",
             segment="foreign trade enterprises"),
        fact(ZJ, "total", "count", 101900, "number", Y, "101,900",
             "101,900 of them were private enterprises", segment="private enterprises"),
        fact(ZJ, "total", "value", 42120e8, "CNY", Y, "42,120 hundred million", E_PRIV, segment="private enterprises"),
        fact(ZJ, "total", "growth", 9.6, "percent", Y, "9.6", E_PRIV, segment="private enterprises"),
        fact(ZJ, "total", "share", 80.4, "percent", Y, "80.4", E_PRIV, segment="private enterprises"),
        fact(ZJ, "total", "value", 41760e8, "CNY", Y, "41,760 hundred million", E_GEN, segment="general trade"),
        fact(ZJ, "total", "share", 79.7, "percent", Y, "79.7", E_GEN, segment="general trade"),
        fact(ZJ, "total", "value", 3820e8, "CNY", Y, "3,820 hundred million", E_PROC, segment="processing trade"),
        fact(ZJ, "total", "growth", -2.1, "percent", Y, "2.1", E_PROC, segment="processing trade"),
        fact(ZJ, "exports", "value", 5294e8, "CNY", Y, "5,294 hundred million", E_MP, segment="market procurement trade"),
        fact(ZJ, "exports", "growth", 14.6, "percent", Y, "14.6", E_MP, segment="market procurement trade"),
        fact(ZJ, "total", "value", 5120e8, "CNY", Y, "5,120 hundred million", E_CBEC, segment="cross-border e-commerce"),
        fact(ZJ, "total", "growth", 11.3, "percent", Y, "11.3", E_CBEC, segment="cross-border e-commerce"),
    ],
}
