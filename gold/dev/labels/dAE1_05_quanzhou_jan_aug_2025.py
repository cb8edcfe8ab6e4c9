from _fact import fact, period

JA = period(2025, 1, 8)
AUG = period(2025, 8)
A = "Quanzhou"

LEAD = ("Quanzhou's imports and exports in the first eight months totaled 191.36 billion yuan, up 7.4% "
        "year-on-year")
EXP = "exports came to 138.52 billion yuan, growing 10.2%"
IMP = "imports stood at 52.84 billion yuan, a rise of 0.6%"
BAL = "Quanzhou thus ran a trade surplus of 85.68 billion yuan."
AUGS = ("Quanzhou's foreign trade reached 25.87 billion yuan, the best monthly result of the year to date, rising "
        "9.6% year-on-year and 4.3% month-on-month")
GT = ("Quanzhou's general trade grew 6.9% to 152.3 billion yuan, making up 79.6% of all the city's foreign "
      "trade")
MP = "market procurement trade exports rose 23.5%"
PRIV = ("Private enterprises' imports and exports climbed 9.1% to 158.64 billion yuan, equal to 82.9% of "
        "Quanzhou's total")
CNT = ("6,482 enterprises in Quanzhou actually carried out import and export business")
ASEAN = ("ASEAN kept its place as our city's largest trading partner, with trade growing 12.6% to 32.17 billion "
         "yuan")
USEU = ("Trade with the United States and the European Union came to 23.05 billion yuan and 20.41 billion yuan "
        "respectively, down 8.7% and up 5.2% respectively.")
BRI = ("Trade with countries jointly building the Belt and Road rose 11.3% and made up 54.3% of the city's "
       "overall foreign trade")
AF = "trade with Africa jumped 18.2%"
LAB = ("Quanzhou exported 62.31 billion yuan of labor-intensive products, including footwear, garments, bags and "
       "ceramics, which represented 45% of the city's exports")

ARTICLE = {
    "id": "dAE1_05_quanzhou_jan_aug_2025",
    "title": "Quanzhou sees 7.4% rise in foreign trade over January-August",
    "publisher": "Quanzhou Municipal Bureau of Commerce",
    "published": "2025-09-26",
    "notes": [
        "Publisher taken from the closing source line '(Source: Quanzhou Municipal Bureau of Commerce)'.",
        "'our city' / 'the city' = Quanzhou. Period Jan-Aug 2025 ('January through August of this year', year from publication date).",
        "Trade surplus 85.68 bn: balance value, positive.",
        "August: yoy 9.6 and mom 4.3 ('month-on-month') as separate facts.",
        "Market procurement: segment 'market procurement', flow exports, growth only (no value given).",
        "Count 6,482: segment 'foreign trade enterprises' (enterprises that actually carried out import and export business).",
        "Out of scope: '512 more than a year before' (change in a count, not expressible).",
        "Out of scope: '3.9 percentage points above the growth rate for the country as a whole' (percentage-point comparison).",
        "'largest trading partner' -> rank 1 for ASEAN (total).",
        "US/EU 'respectively' list: US 23.05 bn, -8.7%; EU 20.41 bn, +5.2%.",
        "Belt and Road: partner 'Belt and Road partner countries' ('countries jointly building the Belt and Road'); growth and share.",
        "Labor-intensive products: product 'labor-intensive products', exports, value and share of total exports.",
        "No numbers given for mechanical and electrical products, lithium batteries, stone, crude oil or agricultural imports: nothing labelled.",
        "Out of scope: 21,000 certificates of origin, 320 million yuan tariff reductions (not trade flows).",
        "'the best monthly result of the year to date': milestone, no separate fact.",
    ],
    "facts": [
        fact(A, "total", "value", 191.36e9, "CNY", JA, "191.36 billion", LEAD),
        fact(A, "total", "growth", 7.4, "percent", JA, "7.4", LEAD),
        fact(A, "exports", "value", 138.52e9, "CNY", JA, "138.52 billion", EXP),
        fact(A, "exports", "growth", 10.2, "percent", JA, "10.2", EXP),
        fact(A, "imports", "value", 52.84e9, "CNY", JA, "52.84 billion", IMP),
        fact(A, "imports", "growth", 0.6, "percent", JA, "0.6", IMP),
        fact(A, "balance", "value", 85.68e9, "CNY", JA, "85.68 billion", BAL),
        fact(A, "total", "value", 25.87e9, "CNY", AUG, "25.87 billion", AUGS),
        fact(A, "total", "growth", 9.6, "percent", AUG, "9.6", AUGS),
        fact(A, "total", "growth", 4.3, "percent", AUG, "4.3", AUGS, basis="mom"),
        fact(A, "total", "value", 152.3e9, "CNY", JA, "152.3 billion", GT, segment="general trade"),
        fact(A, "total", "growth", 6.9, "percent", JA, "6.9", GT, segment="general trade"),
        fact(A, "total", "share", 79.6, "percent", JA, "79.6", GT, segment="general trade"),
        fact(A, "exports", "growth", 23.5, "percent", JA, "23.5", MP, segment="market procurement"),
        fact(A, "total", "value", 158.64e9, "CNY", JA, "158.64 billion", PRIV, segment="private enterprises"),
        fact(A, "total", "growth", 9.1, "percent", JA, "9.1", PRIV, segment="private enterprises"),
        fact(A, "total", "share", 82.9, "percent", JA, "82.9", PRIV, segment="private enterprises"),
        fact(A, "total", "count", 6482, "number", JA, "6,482", CNT, segment="foreign trade enterprises"),
        fact(A, "total", "rank", 1, "number", JA, "largest", ASEAN, partner="ASEAN"),
        fact(A, "total", "value", 32.17e9, "CNY", JA, "32.17 billion", ASEAN, partner="ASEAN"),
        fact(A, "total", "growth", 12.6, "percent", JA, "12.6", ASEAN, partner="ASEAN"),
        fact(A, "total", "value", 23.05e9, "CNY", JA, "23.05 billion", USEU, partner="United States"),
        fact(A, "total", "value", 20.41e9, "CNY", JA, "20.41 billion", USEU, partner="European Union"),
        fact(A, "total", "growth", -8.7, "percent", JA, "8.7", USEU, partner="United States"),
        fact(A, "total", "growth", 5.2, "percent", JA, "5.2", USEU, partner="European Union"),
        fact(A, "total", "growth", 11.3, "percent", JA, "11.3", BRI, partner="Belt and Road partner countries"),
        fact(A, "total", "share", 54.3, "percent", JA, "54.3", BRI, partner="Belt and Road partner countries"),
        fact(A, "total", "growth", 18.2, "percent", JA, "18.2", AF, partner="Africa"),
        fact(A, "exports", "value", 62.31e9, "CNY", JA, "62.31 billion", LAB, product="labor-intensive products"),
        fact(A, "exports", "share", 45, "percent", JA, "45", LAB, product="labor-intensive products"),
    ],
}
