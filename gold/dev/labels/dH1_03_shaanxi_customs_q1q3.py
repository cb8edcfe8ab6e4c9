from _fact import fact, period

Q = period(2025, 1, 9)
E_TOT = "Shaanxi Province's goods trade came to 341.56 billion yuan in the first three quarters of 2025, up 9.8% over the same period last year"
E_EXIM = "the province exported 216.43 billion yuan of goods, up 17.2%, and imported 125.13 billion yuan, down 1.1%"
E_GT = "imports and exports under general trade reached 170.25 billion yuan, up 12.6%, or 49.8% of Shaanxi's overall foreign trade"
E_PR = "Private enterprises kept gaining momentum, with their imports and exports totalling 137.9 billion yuan, up 18.3%, or 40.4% of the provincial total"
E_PARTNERS = "whose trade with Shaanxi came to 58.27 billion yuan, 41.9 billion yuan and 39.2 billion yuan respectively"

ARTICLE = {
    "id": "dH1_03_shaanxi_customs_q1q3",
    "title": "Imports and Exports of Shaanxi Province: A Review of the First Three Quarters of 2025",
    "publisher": "Xi'an Customs",
    "published": "2025-10-22",
    "notes": [
        "Publisher: the issuing unit named in the text, Xi'an Customs.",
        "'(the same below)': every later rate is year on year over January-September 2025.",
        "'outpacing the national growth rate by 6.3 percentage points': out.",
        "'247 more than a year before': a difference between two counts, out; the count 3,126 of private enterprises with import and export records is labelled (segment private enterprises).",
        "'three biggest partners': the order of a list, implied ranks, not labelled. Republic of Korea -> South Korea.",
        "The three partner values are distributed by 'respectively' in text order: ASEAN, European Union, South Korea.",
        "Electromechanical products: exports 171.8 billion yuan; integrated circuits, automobiles and solar cells are named without figures.",
        "China-Europe Railway Express trains (3,950) and regional GDP growth (5.5%): out.",
        "Consistency: 216.43 + 125.13 = 341.56; 170.25 / 341.56 = 49.8%; 137.9 / 341.56 = 40.4%.",
    ],
    "facts": [
        fact("Shaanxi", "total", "value", 341.56e9, "CNY", Q, "341.56 billion", E_TOT),
        fact("Shaanxi", "total", "growth", 9.8, "percent", Q, "9.8", E_TOT),
        fact("Shaanxi", "exports", "value", 216.43e9, "CNY", Q, "216.43 billion", E_EXIM),
        fact("Shaanxi", "exports", "growth", 17.2, "percent", Q, "17.2", E_EXIM),
        fact("Shaanxi", "imports", "value", 125.13e9, "CNY", Q, "125.13 billion", E_EXIM),
        fact("Shaanxi", "imports", "growth", -1.1, "percent", Q, "1.1", E_EXIM),
        fact("Shaanxi", "total", "value", 170.25e9, "CNY", Q, "170.25 billion", E_GT, segment="general trade"),
        fact("Shaanxi", "total", "growth", 12.6, "percent", Q, "12.6", E_GT, segment="general trade"),
        fact("Shaanxi", "total", "share", 49.8, "percent", Q, "49.8", E_GT, segment="general trade"),
        fact("Shaanxi", "total", "value", 128.72e9, "CNY", Q, "128.72 billion",
             "Imports and exports under processing trade totalled 128.72 billion yuan", segment="processing trade"),
        fact("Shaanxi", "total", "value", 137.9e9, "CNY", Q, "137.9 billion", E_PR, segment="private enterprises"),
        fact("Shaanxi", "total", "growth", 18.3, "percent", Q, "18.3", E_PR, segment="private enterprises"),
        fact("Shaanxi", "total", "share", 40.4, "percent", Q, "40.4", E_PR, segment="private enterprises"),
        fact("Shaanxi", "total", "count", 3126, "number", Q, "3,126",
             "In all, 3,126 private enterprises posted actual import and export records",
             segment="private enterprises"),
        fact("Shaanxi", "total", "value", 58.27e9, "CNY", Q, "58.27 billion", E_PARTNERS, partner="ASEAN"),
        fact("Shaanxi", "total", "value", 41.9e9, "CNY", Q, "41.9 billion", E_PARTNERS, partner="European Union"),
        fact("Shaanxi", "total", "value", 39.2e9, "CNY", Q, "39.2 billion", E_PARTNERS, partner="South Korea"),
        fact("Shaanxi", "exports", "value", 171.8e9, "CNY", Q, "171.8 billion",
             "Exports of electromechanical products from the province were worth 171.8 billion yuan", product="electromechanical products"),
    ],
}
