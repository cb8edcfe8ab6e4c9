from _fact import fact, period

JA = period(2025, 1, 4)
APR = period(2025, 4)
LY = period(2024, 1, 12)
HF = "Hefei"
E_TOT = "Hefei's imports and exports reached 121.26 billion yuan in the first four months of this year, up 9.8 percent from the same period last year"
E_XM = "Exports climbed 14.2 percent to 79.4 billion yuan, while imports edged up 2.3 percent to 41.86 billion yuan."
E_APR = "In April alone, the city's foreign trade totaled 33.1 billion yuan, an increase of 12.4 percent."
E_CAR = "The city exported 97,600 automobiles worth 13.85 billion yuan in the four months, with vehicles making up 17.4 percent of Hefei's total exports."
E_LY = "Last year, Hefei's foreign trade totaled 372.3 billion yuan, up 2.1 percent, ranking first among the provincial capitals of central China."

ARTICLE = {
    "id": "dA2_07_hefei_brief",
    "title": "Hefei's foreign trade up 9.8% in first four months",
    "publisher": "Hefei Daily",
    "published": "2025-05-21",
    "notes": [
        "No year in the text: 'this year' is 2025 and 'last year' is 2024, both from published (2025-05-21).",
        "'first four months of this year' -> 2025-01/2025-04; 'In April alone' -> 2025-04; 'Last year' figures -> 2024.",
        "Headline '9.8%' restates the body: labelled once.",
        "'97,600 automobiles worth 13.85 billion yuan': quantity (unit number) and value, product 'automobiles'; "
        "'vehicles making up 17.4 percent of Hefei's total exports' is the same goods: share with product 'automobiles'.",
        "'Private enterprises accounted for 58.6 percent': share, segment 'private enterprises'.",
        "'companies with import and export records rose to 2,915': count, segment 'foreign trade enterprises'; "
        "'up 186 from a year earlier': absolute change, out.",
        "'ranking first among the provincial capitals of central China': a stated rank (1) within a restricted field; "
        "the record cannot name the field; labelled as stated.",
        "Plant capacity 300,000 units a year, 'March', growth target 'above 8 percent this year': not trade flows / a target, out.",
    ],
    "facts": [
        fact(HF, "total", "value", 121.26e9, "CNY", JA, "121.26 billion", E_TOT),
        fact(HF, "total", "growth", 9.8, "percent", JA, "9.8", E_TOT),
        fact(HF, "exports", "growth", 14.2, "percent", JA, "14.2", E_XM),
        fact(HF, "exports", "value", 79.4e9, "CNY", JA, "79.4 billion", E_XM),
        fact(HF, "imports", "growth", 2.3, "percent", JA, "2.3", E_XM),
        fact(HF, "imports", "value", 41.86e9, "CNY", JA, "41.86 billion", E_XM),
        fact(HF, "total", "value", 33.1e9, "CNY", APR, "33.1 billion", E_APR),
        fact(HF, "total", "growth", 12.4, "percent", APR, "12.4", E_APR),
        fact(HF, "exports", "quantity", 97600, "number", JA, "97,600", E_CAR, product="automobiles"),
        fact(HF, "exports", "value", 13.85e9, "CNY", JA, "13.85 billion", E_CAR, product="automobiles"),
        fact(HF, "exports", "share", 17.4, "percent", JA, "17.4", E_CAR, product="automobiles"),
        fact(HF, "total", "share", 58.6, "percent", JA, "58.6",
             "Private enterprises accounted for 58.6 percent of the city's foreign trade over the period",
             segment="private enterprises"),
        fact(HF, "total", "count", 2915, "number", JA, "2,915",
             "the number of companies with import and export records rose to 2,915", segment="foreign trade enterprises"),
        fact(HF, "total", "value", 372.3e9, "CNY", LY, "372.3 billion", E_LY),
        fact(HF, "total", "growth", 2.1, "percent", LY, "2.1", E_LY),
        fact(HF, "total", "rank", 1, "number", LY, "first", E_LY),
    ],
}
