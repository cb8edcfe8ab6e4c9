from _fact import fact, period

H1 = period(2025, 1, 6)
E_TOT = "Hubei Province's total value of goods imports and exports reached 351.27 billion yuan in the first half of 2025, 26.0% more than in the same period of the previous year"
E_XM = "Exports amounted to 246.21 billion yuan, a rise of 31.5%, and imports to 105.06 billion yuan, a rise of 14.7%"
E_RK = "Nationally, exports and imports placed 11th and 16th, respectively"
E_PE = "Imports and exports by private enterprises came to 248.90 billion yuan, up 33.6% and equal to 70.9% of the total"
E_AS = "As the province's largest trading partner, ASEAN registered imports and exports of 62.85 billion yuan, an increase of 41.2%"
E_ME = "Exports of mechanical and electrical products totaled 140.60 billion yuan, or 57.1% of all exports from the province"

ARTICLE = {
    "id": "dF1_03_hubei_stats_h1_2025",
    "title": "Hubei's Foreign Trade Kept Growing Fast in the First Half of 2025",
    "publisher": "Hubei Provincial Bureau of Statistics",
    "published": "2025-07-25",
    "notes": [
        "Running period: first half of 2025 throughout; '(the same below)' makes every later growth rate year on year.",
        "Area Hubei for all figures except Wuhan's share of the province's total (area Wuhan).",
        "'In total scale, the province came 14th nationwide': rank 14 of Hubei's total trade.",
        "'exports and imports placed 11th and 16th, respectively': two ranks, distributed.",
        "'The share of general trade ... was 74.7%': share with segment 'general trade'.",
        "'7,412 enterprises in the province recorded actual import and export activity': count, segment 'foreign trade enterprises'; '836 more' is a derived comparison, out.",
        "Mechanical and electrical products: exports value and share of the province's export value.",
        "Out of scope: 23.1 and 2.4 percentage points, 'expanded for 20 consecutive months', 'double-digit growth' (no number), 17 cities, GDP 6.2%, 532 trains and their 18.0% increase, 28 air cargo routes.",
        "'The trade surplus kept widening' states no number: nothing labelled (the 141.15 billion yuan balance is not written).",
    ],
    "facts": [
        fact("Hubei", "total", "value", 351.27e9, "CNY", H1, "351.27 billion", E_TOT),
        fact("Hubei", "total", "growth", 26.0, "percent", H1, "26.0", E_TOT),
        fact("Hubei", "total", "rank", 14, "number", H1, "14th", "In total scale, the province came 14th nationwide"),
        fact("Hubei", "exports", "value", 246.21e9, "CNY", H1, "246.21 billion", E_XM),
        fact("Hubei", "exports", "growth", 31.5, "percent", H1, "31.5", E_XM),
        fact("Hubei", "imports", "value", 105.06e9, "CNY", H1, "105.06 billion", E_XM),
        fact("Hubei", "imports", "growth", 14.7, "percent", H1, "14.7", E_XM),
        fact("Hubei", "exports", "rank", 11, "number", H1, "11th", E_RK),
        fact("Hubei", "imports", "rank", 16, "number", H1, "16th", E_RK),
        fact("Hubei", "total", "share", 74.7, "percent", H1, "74.7",
             "The share of general trade in the province's total imports and exports was 74.7%", segment="general trade"),
        fact("Hubei", "total", "value", 248.90e9, "CNY", H1, "248.90 billion", E_PE, segment="private enterprises"),
        fact("Hubei", "total", "growth", 33.6, "percent", H1, "33.6", E_PE, segment="private enterprises"),
        fact("Hubei", "total", "share", 70.9, "percent", H1, "70.9", E_PE, segment="private enterprises"),
        fact("Hubei", "total", "count", 7412, "number", H1, "7,412",
             "A total of 7,412 enterprises in the province recorded actual import and export activity",
             segment="foreign trade enterprises"),
        fact("Hubei", "total", "rank", 1, "number", H1, "largest", E_AS, partner="ASEAN"),
        fact("Hubei", "total", "value", 62.85e9, "CNY", H1, "62.85 billion", E_AS, partner="ASEAN"),
        fact("Hubei", "total", "growth", 41.2, "percent", H1, "41.2", E_AS, partner="ASEAN"),
        fact("Hubei", "exports", "value", 140.60e9, "CNY", H1, "140.60 billion", E_ME, product="mechanical and electrical products"),
        fact("Hubei", "exports", "share", 57.1, "percent", H1, "57.1", E_ME, product="mechanical and electrical products"),
        fact("Wuhan", "total", "share", 60.8, "percent", H1, "60.8",
             "Imports and exports of Wuhan made up 60.8% of the provincial total"),
    ],
}
