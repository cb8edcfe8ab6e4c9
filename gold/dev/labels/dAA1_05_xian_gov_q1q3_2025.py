from _fact import fact, period

Q1Q3 = period(2025, 1, 9)
SEP = period(2025, 9)
A = "Xi'an"

LEAD = "our city's goods trade imports and exports totaled 3,086.42 hundred million yuan in the first three quarters of 2025, up 6.8% on the same period last year (the same below)"
SHAANXI = "This made up 91.6% of Shaanxi Province's total import and export value"
EXP = "exports amounted to 1,962.15 hundred million yuan, up 11.3%"
IMP = "imports were 1,124.27 hundred million yuan, down 0.2%"
SEPT = "Our city's imports and exports in September came to 362.70 hundred million yuan, up 9.4%, and 4.1% higher than in August"
GT = "General trade imports and exports in our city reached 1,108.90 hundred million yuan in the first three quarters, up 12.6%, or 35.9% of all the city's imports and exports"
PT = "Processing trade imports and exports amounted to 1,254.30 hundred million yuan, up 2.4%"
PE = "Private enterprises' imports and exports in the first three quarters were 1,027.50 hundred million yuan, up 15.2%, making up 33.3% of the citywide total"
CNT = "In our city, 4,386 enterprises recorded actual import and export activity"
KR_RANK = "South Korea ranks as our city's largest trading partner."
KR = "Imports and exports with South Korea in the first three quarters came to 812.70 hundred million yuan, up 4.3%"
ASEAN = "trade with ASEAN grew 14.6%"
US = "trade with the United States fell 12.7%"
BRI = "Imports and exports with Belt and Road partner countries amounted to 1,032.80 hundred million yuan, up 10.9%"
ME = "exports of mechanical and electrical products from our city were 1,705.30 hundred million yuan, up 12.1%"
AUTO = "automobile exports rose 23.5%"
IC = "integrated circuit exports rose 5.2%"

ARTICLE = {
    "id": "dAA1_05_xian_gov_q1q3_2025",
    "title": "Xi'an foreign trade grows 6.8% in first three quarters of 2025",
    "publisher": "Xi'an Municipal Bureau of Commerce",
    "published": "2025-10-24",
    "notes": [
        "Area: 'our city' = Xi'an (headline; the release is the city's). Publisher taken from the release's closing 'Source:' line.",
        "Period: 'the first three quarters of 2025' -> 2025-01..2025-09 for every figure except the September paragraph (2025-09).",
        "'(the same below)': every later growth rate is year on year, except the one the text compares with August.",
        "'4.1% higher than in August': comparison with the month before -> September growth, basis mom.",
        "'This made up 91.6% of Shaanxi Province's total import and export value': share of Xi'an's total trade in the province's total, area Xi'an, partner null.",
        "'hundred million yuan' values: 3,086.42 hundred million = 308.642 billion yuan, etc.",
        "Trade modes as segments: 'general trade', 'processing trade'; enterprise type 'private enterprises'. Foreign-invested, state-owned enterprises and bonded logistics are mentioned without figures.",
        "'4,386 enterprises recorded actual import and export activity' -> count, segment 'foreign trade enterprises'. '312 more than in the same period last year' is a derived difference, out of scope, unlabelled.",
        "'South Korea ranks as our city's largest trading partner' -> rank 1, partner South Korea, period of the release (2025-01..2025-09).",
        "'automobile exports', 'integrated circuit exports' sit under the mechanical and electrical products paragraph; products 'automobiles' and 'integrated circuits'.",
        "Out of scope, unlabelled: 'exceeded the national one by 2.8 percentage points' and 'a share 1.9 percentage points above the same period last year' (percentage-point comparisons); 'the top monthly level of the year to date' (milestone, no number); China-Europe Railway Express '3,820 ... trains' and their 6.2% rise (not a trade flow); the annual goals (no figure).",
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
