from _fact import fact, period

Q1Q3 = period(2025, 1, 9)
SEP = period(2025, 9)
A = "Xi'an"

LEAD = "the total import and export value of goods trade of our city was 3,086.42 hundred million yuan, an increase of 6.8% over the same period last year (the same below)"
SHAANXI = "accounting for 91.6% of the total import and export value of Shaanxi Province"
EXP = "the export value was 1,962.15 hundred million yuan, an increase of 11.3%"
IMP = "the import value was 1,124.27 hundred million yuan, a decrease of 0.2%"
SEPT = "In September, the import and export value of our city was 362.70 hundred million yuan, an increase of 9.4%, and an increase of 4.1% compared with August"
GT = "the import and export of general trade in our city was 1,108.90 hundred million yuan, an increase of 12.6%, accounting for 35.9% of the city's total import and export value"
PT = "The import and export of processing trade was 1,254.30 hundred million yuan, an increase of 2.4%"
PE = "the import and export of private enterprises was 1,027.50 hundred million yuan, an increase of 15.2%, accounting for 33.3% of the city's total"
CNT = "The number of enterprises with actual import and export performance in our city reached 4,386"
KR_RANK = "South Korea is the largest trading partner of our city."
KR = "the import and export with South Korea was 812.70 hundred million yuan, an increase of 4.3%"
ASEAN = "the import and export with ASEAN increased by 14.6%"
US = "the import and export with the United States decreased by 12.7%"
BRI = "The import and export with Belt and Road partner countries was 1,032.80 hundred million yuan, an increase of 10.9%"
ME = "our city exported 1,705.30 hundred million yuan of mechanical and electrical products, an increase of 12.1%"
AUTO = "automobile exports increased by 23.5%"
IC = "exports of integrated circuits increased by 5.2%"

ARTICLE = {
    "id": "dAA1_05_xian_gov_q1q3_2025",
    "title": "Xi'an's import and export increased by 6.8% in the first three quarters",
    "publisher": "Xi'an Municipal Bureau of Commerce",
    "published": "2025-10-24",
    "notes": [
        "Area: 'our city' = Xi'an (headline; the release is the city's). Publisher taken from the release's closing 'Source:' line.",
        "Period: 'the first three quarters of 2025' -> 2025-01..2025-09 for every figure except the September paragraph (2025-09).",
        "'(the same below)': every later growth rate is year on year, except the one the text compares with August.",
        "'an increase of 4.1% compared with August': comparison with the month before -> September growth, basis mom.",
        "'accounting for 91.6% of the total import and export value of Shaanxi Province': share of Xi'an's total trade in the province's total, area Xi'an, partner null.",
        "'hundred million yuan' values: 3,086.42 hundred million = 308.642 billion yuan, etc.",
        "Trade modes as segments: 'general trade', 'processing trade'; enterprise type 'private enterprises'. Foreign-invested, state-owned enterprises and bonded logistics are mentioned without figures.",
        "'The number of enterprises with actual import and export performance ... reached 4,386' -> count, segment 'foreign trade enterprises'. 'an increase of 312' is a derived difference, out of scope, unlabelled.",
        "'South Korea is the largest trading partner of our city' -> rank 1, partner South Korea, period of the release (2025-01..2025-09).",
        "'automobile exports', 'exports of integrated circuits' sit under the mechanical and electrical products paragraph; products 'automobiles' and 'integrated circuits'.",
        "Out of scope, unlabelled: '2.8 percentage points higher than that of the whole country' and 'an increase of 1.9 percentage points' (percentage-point comparisons); 'the highest monthly level so far this year' (milestone, no number); China-Europe Railway Express '3,820 trains' and its 6.2% increase (not a trade flow); the annual goals (no figure).",
    ],
    "facts": [
        fact(A, "total", "value", 3086.42e8, "CNY", Q1Q3, "3,086.42 hundred million", LEAD),
        fact(A, "total", "growth", 6.8, "percent", Q1Q3, "6.8", LEAD),
        fact(A, "total", "share", 91.6, "percent", Q1Q3, "91.6", SHAANXI),
        fact(A, "exports", "value", 1962.15e8, "CNY", Q1Q3, "1,962.15 hundred million", EXP),
        fact(A, "exports", "growth", 11.3, "percent", Q1Q3, "11.3", EXP),
        fact(A, "imports", "value", 1124.27e8, "CNY", Q1Q3, "1,124.27 hundred million", IMP),
        fact(A, "imports", "growth", -0.2, "percent", Q1Q3, "0.2", IMP),
        fact(A, "total", "value", 362.70e8, "CNY", SEP, "362.70 hundred million", SEPT),
        fact(A, "total", "growth", 9.4, "percent", SEP, "9.4", SEPT),
        fact(A, "total", "growth", 4.1, "percent", SEP, "4.1", SEPT, basis="mom"),
        fact(A, "total", "value", 1108.90e8, "CNY", Q1Q3, "1,108.90 hundred million", GT, segment="general trade"),
        fact(A, "total", "growth", 12.6, "percent", Q1Q3, "12.6", GT, segment="general trade"),
        fact(A, "total", "share", 35.9, "percent", Q1Q3, "35.9", GT, segment="general trade"),
        fact(A, "total", "value", 1254.30e8, "CNY", Q1Q3, "1,254.30 hundred million", PT, segment="processing trade"),
        fact(A, "total", "growth", 2.4, "percent", Q1Q3, "2.4", PT, segment="processing trade"),
        fact(A, "total", "value", 1027.50e8, "CNY", Q1Q3, "1,027.50 hundred million", PE, segment="private enterprises"),
        fact(A, "total", "growth", 15.2, "percent", Q1Q3, "15.2", PE, segment="private enterprises"),
        fact(A, "total", "share", 33.3, "percent", Q1Q3, "33.3", PE, segment="private enterprises"),
        fact(A, "total", "count", 4386, "number", Q1Q3, "4,386", CNT, segment="foreign trade enterprises"),
        fact(A, "total", "rank", 1, "number", Q1Q3, "largest", KR_RANK, partner="South Korea"),
        fact(A, "total", "value", 812.70e8, "CNY", Q1Q3, "812.70 hundred million", KR, partner="South Korea"),
        fact(A, "total", "growth", 4.3, "percent", Q1Q3, "4.3", KR, partner="South Korea"),
        fact(A, "total", "growth", 14.6, "percent", Q1Q3, "14.6", ASEAN, partner="ASEAN"),
        fact(A, "total", "growth", -12.7, "percent", Q1Q3, "12.7", US, partner="United States"),
        fact(A, "total", "value", 1032.80e8, "CNY", Q1Q3, "1,032.80 hundred million", BRI, partner="Belt and Road partner countries"),
        fact(A, "total", "growth", 10.9, "percent", Q1Q3, "10.9", BRI, partner="Belt and Road partner countries"),
        fact(A, "exports", "value", 1705.30e8, "CNY", Q1Q3, "1,705.30 hundred million", ME, product="mechanical and electrical products"),
        fact(A, "exports", "growth", 12.1, "percent", Q1Q3, "12.1", ME, product="mechanical and electrical products"),
        fact(A, "exports", "growth", 23.5, "percent", Q1Q3, "23.5", AUTO, product="automobiles"),
        fact(A, "exports", "growth", 5.2, "percent", Q1Q3, "5.2", IC, product="integrated circuits"),
    ],
}
