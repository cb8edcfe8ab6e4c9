from _fact import fact, period

ZJ = "Zhejiang"
Q13 = period(2025, 1, 9)
Q3 = period(2025, 7, 9)

ARTICLE = {
    "id": "dBJ1_03",
    "title": "Zhejiang's Import and Export Value Exceeded 4 Trillion Yuan in the First Three Quarters",
    "publisher": "Hangzhou Customs",
    "published": "2025-10-21",
    "notes": [
        "Real figures: none taken directly for 2025 Q1-Q3 (the national growth rate of about 4% behind the "
        "'1.9 percentage points' comparison is real). Invented but plausible: every provincial amount, growth "
        "rate, share, rank, count and contribution, checked for internal consistency (exports + imports = total, "
        "shares = part / whole).",
        "Judgement calls: 'our province' is Zhejiang (headline); amounts in '100 million yuan' are scaled by 1e8; "
        "'(the same below)' makes later growth rates year-on-year; 'third place nationwide for total foreign trade, second for exports and fifth for imports' are "
        "ranks of total, exports and imports in the country; the third-quarter 'quarter-on-quarter' figure is basis "
        "qoq; 'countries jointly building the Belt and Road' is partner 'Belt and Road partner countries'; "
        "'enterprises with actual import and export performance' is a count of 'foreign trade enterprises', and "
        "'of which 97,000 were private enterprises' a count of 'private enterprises'; EU and US values are paired "
        "with the respectively list; the publisher is the named source Hangzhou Customs; the release time line "
        "gives the publication date.",
        "Not facts: '4 trillion yuan' (threshold beside the exact 40,891.5 100 million, also in the headline); "
        "'1.9 percentage points higher', '2.6 percentage points higher' (derived comparisons); 'driving ... by 1.4 "
        "percentage points' and 'contribution rate ... 107.7%' (contributions); 'an increase of 6,000' (derived "
        "change in a count); '9 consecutive months' (streak); '2025' (year).",
        "Copy check: 21 sentences searched, 2 reworded.",
        "Copy check (independent): 20 sentences searched, 7 reworded.",
    ],
    "facts": [
        # headline totals
        fact(ZJ, "total", "value", 40_891.5e8, "CNY", Q13, "40,891.5 100 million",
             "our province's total import and export value in the first three quarters of 2025 came to 40,891.5 100 million yuan, up 5.9% year-on-year"),
        fact(ZJ, "total", "growth", 5.9, "percent", Q13, "5.9",
             "our province's total import and export value in the first three quarters of 2025 came to 40,891.5 100 million yuan, up 5.9% year-on-year"),
        fact(ZJ, "exports", "value", 30_214.7e8, "CNY", Q13, "30,214.7 100 million",
             "exports contributed 30,214.7 100 million yuan and grew by 6.8%"),
        fact(ZJ, "exports", "growth", 6.8, "percent", Q13, "6.8",
             "exports contributed 30,214.7 100 million yuan and grew by 6.8%"),
        fact(ZJ, "imports", "value", 10_676.8e8, "CNY", Q13, "10,676.8 100 million",
             "imports, up 3.5%, made up the remaining 10,676.8 100 million yuan"),
        fact(ZJ, "imports", "growth", 3.5, "percent", Q13, "3.5",
             "imports, up 3.5%, made up the remaining 10,676.8 100 million yuan"),
        fact(ZJ, "total", "rank", 3, "number", Q13, "third",
             "Measured by scale, the province held third place nationwide for total foreign trade, second for exports and fifth for imports."),
        fact(ZJ, "exports", "rank", 2, "number", Q13, "second",
             "Measured by scale, the province held third place nationwide for total foreign trade, second for exports and fifth for imports."),
        fact(ZJ, "imports", "rank", 5, "number", Q13, "fifth",
             "Measured by scale, the province held third place nationwide for total foreign trade, second for exports and fifth for imports."),
        # third quarter
        fact(ZJ, "total", "value", 14_252.6e8, "CNY", Q3, "14,252.6 100 million",
             "In the third quarter alone, the province's imports and exports reached 14,252.6 100 million yuan, up 7.4%"),
        fact(ZJ, "total", "growth", 7.4, "percent", Q3, "7.4",
             "In the third quarter alone, the province's imports and exports reached 14,252.6 100 million yuan, up 7.4%"),
        fact(ZJ, "total", "growth", 4.6, "percent", Q3, "4.6",
             "In the third quarter alone, the province's imports and exports reached 14,252.6 100 million yuan, up 7.4%, and 4.6% higher than the second quarter on a quarter-on-quarter basis",
             basis="qoq"),
        # trade modes
        fact(ZJ, "total", "value", 31_452.8e8, "CNY", Q13, "31,452.8 100 million",
             "With growth of 7.0%, imports and exports under general trade reached 31,452.8 100 million yuan",
             segment="general trade"),
        fact(ZJ, "total", "growth", 7.0, "percent", Q13, "7.0",
             "With growth of 7.0%, imports and exports under general trade reached 31,452.8 100 million yuan",
             segment="general trade"),
        fact(ZJ, "total", "share", 76.9, "percent", Q13, "76.9",
             "With growth of 7.0%, imports and exports under general trade reached 31,452.8 100 million yuan in the first three quarters, making up 76.9% of the province's total import and export value",
             segment="general trade"),
        fact(ZJ, "total", "value", 3_106.2e8, "CNY", Q13, "3,106.2 100 million",
             "Processing trade, by contrast, shrank by 2.4% over the period to 3,106.2 100 million yuan",
             segment="processing trade"),
        fact(ZJ, "total", "growth", -2.4, "percent", Q13, "2.4",
             "Processing trade, by contrast, shrank by 2.4% over the period to 3,106.2 100 million yuan",
             segment="processing trade"),
        fact(ZJ, "exports", "value", 3_921.7e8, "CNY", Q13, "3,921.7 100 million",
             "Exports under market procurement trade were 3,921.7 100 million yuan, an increase of 11.3%",
             segment="market procurement"),
        fact(ZJ, "exports", "growth", 11.3, "percent", Q13, "11.3",
             "Exports under market procurement trade were 3,921.7 100 million yuan, an increase of 11.3%",
             segment="market procurement"),
        # enterprises
        fact(ZJ, "total", "count", 108_000, "number", Q13, "108,000",
             "the number of enterprises with actual import and export performance in the province was 108,000",
             segment="foreign trade enterprises"),
        fact(ZJ, "total", "count", 97_000, "number", Q13, "97,000",
             "of which 97,000 were private enterprises",
             segment="private enterprises"),
        fact(ZJ, "total", "value", 32_385.9e8, "CNY", Q13, "32,385.9 100 million",
             "The import and export value of private enterprises grew by 8.2% to 32,385.9 100 million yuan",
             segment="private enterprises"),
        fact(ZJ, "total", "growth", 8.2, "percent", Q13, "8.2",
             "The import and export value of private enterprises grew by 8.2% to 32,385.9 100 million yuan",
             segment="private enterprises"),
        fact(ZJ, "total", "share", 79.2, "percent", Q13, "79.2",
             "The import and export value of private enterprises grew by 8.2% to 32,385.9 100 million yuan, equal to 79.2% of the province's total",
             segment="private enterprises"),
        # partners
        fact(ZJ, "total", "growth", 9.1, "percent", Q13, "9.1",
             "Imports and exports with countries jointly building the Belt and Road grew by 9.1%",
             partner="Belt and Road partner countries"),
        fact(ZJ, "total", "share", 53.7, "percent", Q13, "53.7",
             "Imports and exports with countries jointly building the Belt and Road grew by 9.1% over the first three quarters, representing 53.7% of the province's total",
             partner="Belt and Road partner countries"),
        fact(ZJ, "total", "rank", 2, "number", Q13, "second",
             "ASEAN was the province's second largest trading partner",
             partner="ASEAN"),
        fact(ZJ, "total", "value", 5_412.3e8, "CNY", Q13, "5,412.3 100 million",
             "ASEAN was the province's second largest trading partner, with imports and exports of 5,412.3 100 million yuan, an increase of 10.8%",
             partner="ASEAN"),
        fact(ZJ, "total", "growth", 10.8, "percent", Q13, "10.8",
             "ASEAN was the province's second largest trading partner, with imports and exports of 5,412.3 100 million yuan, an increase of 10.8%",
             partner="ASEAN"),
        fact(ZJ, "total", "value", 6_113.5e8, "CNY", Q13, "6,113.5 100 million",
             "Trade with the European Union and the United States amounted to 6,113.5 100 million yuan and 4,203.8 100 million yuan respectively",
             partner="European Union"),
        fact(ZJ, "total", "value", 4_203.8e8, "CNY", Q13, "4,203.8 100 million",
             "Trade with the European Union and the United States amounted to 6,113.5 100 million yuan and 4,203.8 100 million yuan respectively",
             partner="United States"),
        fact(ZJ, "total", "growth", 6.9, "percent", Q13, "6.9",
             "with the EU figure up 6.9%",
             partner="European Union"),
        fact(ZJ, "total", "growth", -8.6, "percent", Q13, "8.6",
             "the US figure down 8.6%",
             partner="United States"),
        # products
        fact(ZJ, "exports", "value", 14_158.9e8, "CNY", Q13, "14,158.9 100 million",
             "Exports of mechanical and electrical products climbed 9.4% to 14,158.9 100 million yuan",
             product="mechanical and electrical products"),
        fact(ZJ, "exports", "growth", 9.4, "percent", Q13, "9.4",
             "Exports of mechanical and electrical products climbed 9.4% to 14,158.9 100 million yuan",
             product="mechanical and electrical products"),
        fact(ZJ, "exports", "share", 46.9, "percent", Q13, "46.9",
             "Exports of mechanical and electrical products climbed 9.4% to 14,158.9 100 million yuan in the first three quarters, taking a 46.9% share of everything the province shipped abroad",
             product="mechanical and electrical products"),
    ],
}
