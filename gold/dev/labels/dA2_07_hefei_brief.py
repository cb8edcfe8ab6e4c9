from _fact import fact, period

JA = period(2025, 1, 4)
APR = period(2025, 4)
LY = period(2024, 1, 12)
HF = "Hefei"
E_TOT = "Imports and exports of Hefei totaled 121.26 billion yuan in the first four months of this year, rising 9.8 percent from the same period last year"
E_XM = "Exports rose 14.2 percent to 79.4 billion yuan and imports inched up 2.3 percent to 41.86 billion yuan."
E_APR = "The city's trade in April by itself amounted to 33.1 billion yuan, up 12.4 percent."
E_CAR = "Over the four months Hefei exported 97,600 automobiles valued at 13.85 billion yuan, and vehicles accounted for 17.4 percent of the city's total exports."
E_LY = "Hefei's foreign trade came to 372.3 billion yuan last year, an increase of 2.1 percent, which placed it first among central China's provincial capitals."

ARTICLE = {
    "id": "dA2_07_hefei_brief",
    "title": "Hefei's imports and exports rise 9.8% over first four months",
    "publisher": "Hefei Daily",
    "published": "2025-05-21",
    "notes": [
        "No year in the text: 'this year' is 2025 and 'last year' is 2024, both from published (2025-05-21).",
        "'first four months of this year' -> 2025-01/2025-04; 'in April by itself' -> 2025-04; 'last year' figures -> 2024.",
        "Headline '9.8%' restates the body: labelled once.",
        "'97,600 automobiles valued at 13.85 billion yuan': quantity (unit number) and value, product 'automobiles'; "
        "'vehicles accounted for 17.4 percent of the city's total exports' is the same goods: share with product 'automobiles'.",
        "'private enterprises made up 58.6 percent': share, segment 'private enterprises'.",
        "'companies with import and export records numbered 2,915': count, segment 'foreign trade enterprises'; "
        "'186 more than a year before': absolute change, out.",
        "'placed it first among central China's provincial capitals': a stated rank (1) within a restricted field; "
        "the record cannot name the field; labelled as stated.",
        "Plant capacity 300,000 units of annual capacity, 'March', growth target 'more than 8 percent this year': not trade flows / a target, out.",
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
             "private enterprises made up 58.6 percent of Hefei's foreign trade",
             segment="private enterprises"),
        fact(HF, "total", "count", 2915, "number", JA, "2,915",
             "companies with import and export records numbered 2,915", segment="foreign trade enterprises"),
        fact(HF, "total", "value", 372.3e9, "CNY", LY, "372.3 billion", E_LY),
        fact(HF, "total", "growth", 2.1, "percent", LY, "2.1", E_LY),
        fact(HF, "total", "rank", 1, "number", LY, "first", E_LY),
    ],
}
