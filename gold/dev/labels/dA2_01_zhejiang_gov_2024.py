from _fact import fact, period

Y = period(2024, 1, 12)
ZJ = "Zhejiang"
E_TOT = "the total value of imports and exports of our province was 52,418 hundred million yuan, an increase of 7.2% over the same period last year"
E_SHARE = "accounting for 12.0% of the national total and ranking third in the country"
E_EXP = "Of which, exports were 39,324 hundred million yuan, an increase of 8.6%, accounting for 15.5% of the national exports"
E_IMP = "imports were 13,094 hundred million yuan, an increase of 3.3%"
E_PRIV = "Private enterprises realized imports and exports of 42,120 hundred million yuan, an increase of 9.6%, accounting for 80.4% of the province's total"
E_GEN = "The import and export of general trade was 41,760 hundred million yuan, accounting for 79.7% of the total."
E_PROC = "The import and export of processing trade was 3,820 hundred million yuan, a decrease of 2.1%."
E_MP = "Exports in the mode of market procurement trade were 5,294 hundred million yuan, an increase of 14.6%"
E_CBEC = "The import and export of cross-border e-commerce was 5,120 hundred million yuan, an increase of 11.3%"

ARTICLE = {
    "id": "dA2_01_zhejiang_gov_2024",
    "title": "Operation of Foreign Trade of Our Province in 2024",
    "publisher": "Department of Commerce of Zhejiang Province",
    "published": "2025-01-21",
    "notes": [
        "Translated provincial release: 'our province' is Zhejiang (named in the source line); running period is 2024, stated in the text.",
        "'(the same below)' makes every later growth rate year on year: basis yoy throughout.",
        "'accounting for 12.0% of the national total and ranking third in the country' is Zhejiang's total trade: share 12.0 and rank 3.",
        "'the export scale ranked second in the country': rank 2 of Zhejiang's exports.",
        "'2.2 percentage points higher than that of the whole country' and '1.8 percentage points higher than last year': "
        "percentage-point comparisons, out.",
        "'contribution rate to the growth of national foreign trade was 16.8%': contribution to growth, out.",
        "'112,600' enterprises with import and export performance: count, segment 'foreign trade enterprises'; "
        "'private enterprises numbered 101,900': a separate count with segment 'private enterprises'.",
        "'an increase of 8,300 over the previous year': absolute change of a count, derived, out.",
        "Market procurement trade is stated for exports only: flow exports, segment 'market procurement trade'.",
        "General trade gives value and share but no growth; none invented.",
        "'pilot markets ... reached 9', '23 overseas smart logistics hubs', 'more than 600 overseas exhibitions', 2025 plan: "
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
        fact(ZJ, "exports", "rank", 2, "number", Y, "second", "the export scale ranked second in the country"),
        fact(ZJ, "imports", "value", 13094e8, "CNY", Y, "13,094 hundred million", E_IMP),
        fact(ZJ, "imports", "growth", 3.3, "percent", Y, "3.3", E_IMP),
        fact(ZJ, "total", "count", 112600, "number", Y, "112,600",
             "the number of enterprises with actual import and export performance in the province reached 112,600",
             segment="foreign trade enterprises"),
        fact(ZJ, "total", "count", 101900, "number", Y, "101,900",
             "among which private enterprises numbered 101,900", segment="private enterprises"),
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
