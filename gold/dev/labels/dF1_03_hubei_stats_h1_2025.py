from _fact import fact, period

H1 = period(2025, 1, 6)
E_TOT = "the total import and export value of goods of Hubei Province was 351.27 billion yuan, an increase of 26.0% over the same period of the previous year"
E_XM = "Of which, exports were 246.21 billion yuan, up 31.5%; imports were 105.06 billion yuan, up 14.7%"
E_RK = "Exports and imports ranked 11th and 16th in the country respectively"
E_PE = "Private enterprises imported and exported 248.90 billion yuan, up 33.6%, accounting for 70.9% of the total"
E_AS = "ASEAN was the province's largest trading partner, with imports and exports of 62.85 billion yuan, up 41.2%"
E_ME = "The export value of mechanical and electrical products was 140.60 billion yuan, accounting for 57.1% of the province's total export value"

ARTICLE = {
    "id": "dF1_03_hubei_stats_h1_2025",
    "title": "Foreign Trade of Hubei Province Maintained Rapid Growth in the First Half of 2025",
    "publisher": "Hubei Provincial Bureau of Statistics",
    "published": "2025-07-25",
    "notes": [
        "Running period: first half of 2025 throughout; '(the same below)' makes every later growth rate year on year.",
        "Area Hubei for all figures except Wuhan's share of the province's total (area Wuhan).",
        "'The total scale ranked 14th in the country': rank 14 of Hubei's total trade.",
        "'Exports and imports ranked 11th and 16th in the country respectively': two ranks, distributed.",
        "'General trade imports and exports accounted for 74.7%': share with segment 'general trade'.",
        "'7,412 enterprises with actual import and export performance': count, segment 'foreign trade enterprises'; '836 more' is a derived comparison, out.",
        "Mechanical and electrical products: exports value and share of the province's export value.",
        "Out of scope: 23.1 and 2.4 percentage points, '20 consecutive months', 'double-digit growth' (no number), 17 cities, GDP 6.2%, 532 trains and their 18.0% increase, 28 air cargo routes.",
        "'The trade surplus continued to expand' states no number: nothing labelled (the 141.15 billion yuan balance is not written).",
    ],
    "facts": [
        fact("Hubei", "total", "value", 351.27e9, "CNY", H1, "351.27 billion", E_TOT),
        fact("Hubei", "total", "growth", 26.0, "percent", H1, "26.0", E_TOT),
        fact("Hubei", "total", "rank", 14, "number", H1, "14th", "The total scale ranked 14th in the country"),
        fact("Hubei", "exports", "value", 246.21e9, "CNY", H1, "246.21 billion", E_XM),
        fact("Hubei", "exports", "growth", 31.5, "percent", H1, "31.5", E_XM),
        fact("Hubei", "imports", "value", 105.06e9, "CNY", H1, "105.06 billion", E_XM),
        fact("Hubei", "imports", "growth", 14.7, "percent", H1, "14.7", E_XM),
        fact("Hubei", "exports", "rank", 11, "number", H1, "11th", E_RK),
        fact("Hubei", "imports", "rank", 16, "number", H1, "16th", E_RK),
        fact("Hubei", "total", "share", 74.7, "percent", H1, "74.7",
             "General trade imports and exports accounted for 74.7% of the province's total", segment="general trade"),
        fact("Hubei", "total", "value", 248.90e9, "CNY", H1, "248.90 billion", E_PE, segment="private enterprises"),
        fact("Hubei", "total", "growth", 33.6, "percent", H1, "33.6", E_PE, segment="private enterprises"),
        fact("Hubei", "total", "share", 70.9, "percent", H1, "70.9", E_PE, segment="private enterprises"),
        fact("Hubei", "total", "count", 7412, "number", H1, "7,412",
             "There were 7,412 enterprises with actual import and export performance in the province",
             segment="foreign trade enterprises"),
        fact("Hubei", "total", "rank", 1, "number", H1, "largest", E_AS, partner="ASEAN"),
        fact("Hubei", "total", "value", 62.85e9, "CNY", H1, "62.85 billion", E_AS, partner="ASEAN"),
        fact("Hubei", "total", "growth", 41.2, "percent", H1, "41.2", E_AS, partner="ASEAN"),
        fact("Hubei", "exports", "value", 140.60e9, "CNY", H1, "140.60 billion", E_ME, product="mechanical and electrical products"),
        fact("Hubei", "exports", "share", 57.1, "percent", H1, "57.1", E_ME, product="mechanical and electrical products"),
        fact("Wuhan", "total", "share", 60.8, "percent", H1, "60.8",
             "Wuhan's imports and exports accounted for 60.8% of the province's total"),
    ],
}
