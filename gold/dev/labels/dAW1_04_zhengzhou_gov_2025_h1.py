from _fact import fact, period

H1 = period(2025, 1, 6)
JUN = period(2025, 6)
ZZ = "Zhengzhou"

S_TOTAL = ("Our city's imports and exports for the first half of the year totalled 2746.8 hundred million yuan, "
           "an increase of 38.7% over the same period last year (the same below), accounting for 66.6% of the province's total.")
S_RANK = "No other provincial capital in central China matched the city on either trade value or pace of growth, so it came first on both counts."
S_EXP = "Among them, exports were 1712.4 hundred million yuan, an increase of 45.6%"
S_IMP = "imports were 1034.4 hundred million yuan, an increase of 28.5%"
S_BAL = "The trade surplus was 678.0 hundred million yuan, an increase of 82.7%."
S_JUN = "In June, the city's imports and exports were 512.3 hundred million yuan, an increase of 41.2%."
S_JUN2 = ("Of which, exports were 331.6 hundred million yuan and imports were 180.7 hundred million yuan, "
          "increases of 50.3% and 27.0% respectively.")
S_MOM = "Compared with May, the total value of June rose by 9.8%."
S_GEN = ("general trade imports and exports were 1043.6 hundred million yuan, an increase of 22.4%, "
         "accounting for 38.0% of the city's total")
S_PROC = ("processing trade imports and exports were 1498.9 hundred million yuan, an increase of 51.3%, accounting for 54.6%")
S_BOND = "imports and exports in the form of bonded logistics were 204.3 hundred million yuan, an increase of 48.3%."
S_PRIV = ("Private enterprises imported and exported 1126.2 hundred million yuan, an increase of 33.1%, "
          "accounting for 41.0% of the city's total, of which exports were 702.5 hundred million yuan, an increase of 36.4%.")
S_FIE = ("Foreign-invested enterprises imported and exported 1461.5 hundred million yuan, an increase of 44.8%, "
         "accounting for 53.2%.")
S_SOE = "State-owned enterprises imported and exported 159.1 hundred million yuan, an increase of 21.7%."
S_CNT = "In the first half, 4,217 enterprises in our city had actual import and export records"
S_ME = ("Exports of mechanical and electrical products were 1478.3 hundred million yuan, an increase of 49.2%, "
        "accounting for 86.3% of the city's total export value.")
S_PHONE = "Among them, mobile phones were 1021.7 hundred million yuan, an increase of 55.4%"
S_AUTO = "automobiles were 214.6 hundred million yuan, an increase of 87.5%."
S_LAB = ("Exports of labour-intensive products were 58.9 hundred million yuan, a decrease of 6.2%, "
         "accounting for 3.4% of total exports.")
S_IC = ("On the import side, integrated circuits were 512.8 hundred million yuan, an increase of 31.6%, "
        "accounting for 49.6% of the city's total imports")
S_ORE = "metal ores and ore sands were 46.2 hundred million yuan, a decrease of 12.8%."
S_US1 = "In the first half, the United States remained the city's largest trading partner."
S_PART = ("The city's imports and exports with the United States, ASEAN and the European Union were 541.7, 392.5 and "
          "366.1 hundred million yuan respectively, increases of 19.4%, 27.3% and 35.8% respectively, accounting for "
          "19.7%, 14.3% and 13.3% of the city's total respectively.")
S_BRI = ("Imports and exports with Belt and Road partner countries were 1204.6 hundred million yuan, an increase of "
         "41.5%, accounting for 43.9%.")
S_AEZ = "Of which: Zhengzhou Airport Economy Zone | 208.36 | 46.9"

ARTICLE = {
    "id": "dAW1_04_zhengzhou_gov_2025_h1",
    "title": "Operation of Zhengzhou's Foreign Trade Imports and Exports in the First Half of 2025",
    "publisher": "Zhengzhou Municipal Bureau of Commerce",
    "published": "2025-08-04",
    "notes": [
        "Real figures (Zhengzhou Municipal Bureau of Commerce via dahe.cn, 2025-08-05): H1 2025 total 2746.8 hundred million yuan, +38.7%, first among central-China provincial capitals in both value and growth; Henan's H1 total 4125.3 hundred million gives the 66.6% share. The export/import split, June figures, trade modes, enterprise types, products, partners, enterprise count and the Airport Economy Zone row are illustrative figures written to be internally consistent (shares recomputed from the values), not real statistics.",
        "'(the same below)' after the first growth rate makes every later bare 'an increase of x%' year on year; all such growth facts carry basis yoy.",
        "'Compared with May, the total value of June rose by 9.8%' is a comparison with the month before: basis mom. It is placed last in its paragraph so the mom frame does not carry over to the yoy June export/import rates given before it.",
        "The surplus growth 'an increase of 82.7%' is labelled as balance growth +82.7 (a surplus that grew).",
        "'No other provincial capital in central China matched the city on either trade value or pace of growth, so it came first on both counts': one rank fact (Zhengzhou / total / rank 1). The ranking of the growth rate would have the same identity, so it is not a second fact. The peer group (central-China capitals) cannot be expressed in the record; an area rank always implies some peer group, so it is labelled.",
        "'the United States remained the city's largest trading partner' -> partner United States, total, rank 1 (value_text 'largest').",
        "'pulling the city's foreign trade growth up by 25.7 percentage points' is a contribution to growth: out of scope, not labelled.",
        "'4,217 enterprises ... had actual import and export records' -> count, segment 'foreign trade enterprises', flow total. '312 more than in the same period last year' is an absolute change: out of scope.",
        "Mobile phones and automobiles ('Among them' under mechanical and electrical exports) are exports with product 'mobile phones' / 'automobiles'. Integrated circuits and metal ores are imports ('On the import side' carries to the metal ores clause).",
        "The attached table's scale comes from its header '(Unit: billion yuan, %)' (a header in '100 million yuan' was tried first, but the project's number parser does not take a table scale from it, so the table is given in billion yuan). Its total/exports/imports rows repeat body facts (same identity) and are not labelled again; the Zhengzhou Airport Economy Zone row is labelled with area 'Zhengzhou Airport Economy Zone' (value and growth).",
        "'ASEAN', 'European Union' and 'Belt and Road partner countries' are partners; the three-way 'respectively' list gives value, growth and share for each.",
    ],
    "facts": [
        fact(ZZ, "total", "value", 2.7468e11, "CNY", H1, "2746.8 hundred million", S_TOTAL),
        fact(ZZ, "total", "growth", 38.7, "percent", H1, "38.7", S_TOTAL),
        fact(ZZ, "total", "share", 66.6, "percent", H1, "66.6", S_TOTAL),
        fact(ZZ, "total", "rank", 1, "number", H1, "first", S_RANK),
        fact(ZZ, "exports", "value", 1.7124e11, "CNY", H1, "1712.4 hundred million", S_EXP),
        fact(ZZ, "exports", "growth", 45.6, "percent", H1, "45.6", S_EXP),
        fact(ZZ, "imports", "value", 1.0344e11, "CNY", H1, "1034.4 hundred million", S_IMP),
        fact(ZZ, "imports", "growth", 28.5, "percent", H1, "28.5", S_IMP),
        fact(ZZ, "balance", "value", 6.78e10, "CNY", H1, "678.0 hundred million", S_BAL),
        fact(ZZ, "balance", "growth", 82.7, "percent", H1, "82.7", S_BAL),
        fact(ZZ, "total", "value", 5.123e10, "CNY", JUN, "512.3 hundred million", S_JUN),
        fact(ZZ, "total", "growth", 41.2, "percent", JUN, "41.2", S_JUN),
        fact(ZZ, "exports", "value", 3.316e10, "CNY", JUN, "331.6 hundred million", S_JUN2),
        fact(ZZ, "imports", "value", 1.807e10, "CNY", JUN, "180.7 hundred million", S_JUN2),
        fact(ZZ, "exports", "growth", 50.3, "percent", JUN, "50.3", S_JUN2),
        fact(ZZ, "imports", "growth", 27.0, "percent", JUN, "27.0", S_JUN2),
        fact(ZZ, "total", "growth", 9.8, "percent", JUN, "9.8", S_MOM, basis="mom"),
        fact(ZZ, "total", "value", 1.0436e11, "CNY", H1, "1043.6 hundred million", S_GEN, segment="general trade"),
        fact(ZZ, "total", "growth", 22.4, "percent", H1, "22.4", S_GEN, segment="general trade"),
        fact(ZZ, "total", "share", 38.0, "percent", H1, "38.0", S_GEN, segment="general trade"),
        fact(ZZ, "total", "value", 1.4989e11, "CNY", H1, "1498.9 hundred million", S_PROC, segment="processing trade"),
        fact(ZZ, "total", "growth", 51.3, "percent", H1, "51.3", S_PROC, segment="processing trade"),
        fact(ZZ, "total", "share", 54.6, "percent", H1, "54.6", S_PROC, segment="processing trade"),
        fact(ZZ, "total", "value", 2.043e10, "CNY", H1, "204.3 hundred million", S_BOND, segment="bonded logistics"),
        fact(ZZ, "total", "growth", 48.3, "percent", H1, "48.3", S_BOND, segment="bonded logistics"),
        fact(ZZ, "total", "value", 1.1262e11, "CNY", H1, "1126.2 hundred million", S_PRIV, segment="private enterprises"),
        fact(ZZ, "total", "growth", 33.1, "percent", H1, "33.1", S_PRIV, segment="private enterprises"),
        fact(ZZ, "total", "share", 41.0, "percent", H1, "41.0", S_PRIV, segment="private enterprises"),
        fact(ZZ, "exports", "value", 7.025e10, "CNY", H1, "702.5 hundred million", S_PRIV, segment="private enterprises"),
        fact(ZZ, "exports", "growth", 36.4, "percent", H1, "36.4", S_PRIV, segment="private enterprises"),
        fact(ZZ, "total", "value", 1.4615e11, "CNY", H1, "1461.5 hundred million", S_FIE, segment="foreign-invested enterprises"),
        fact(ZZ, "total", "growth", 44.8, "percent", H1, "44.8", S_FIE, segment="foreign-invested enterprises"),
        fact(ZZ, "total", "share", 53.2, "percent", H1, "53.2", S_FIE, segment="foreign-invested enterprises"),
        fact(ZZ, "total", "value", 1.591e10, "CNY", H1, "159.1 hundred million", S_SOE, segment="state-owned enterprises"),
        fact(ZZ, "total", "growth", 21.7, "percent", H1, "21.7", S_SOE, segment="state-owned enterprises"),
        fact(ZZ, "total", "count", 4217, "number", H1, "4,217", S_CNT, segment="foreign trade enterprises"),
        fact(ZZ, "exports", "value", 1.4783e11, "CNY", H1, "1478.3 hundred million", S_ME, product="mechanical and electrical products"),
        fact(ZZ, "exports", "growth", 49.2, "percent", H1, "49.2", S_ME, product="mechanical and electrical products"),
        fact(ZZ, "exports", "share", 86.3, "percent", H1, "86.3", S_ME, product="mechanical and electrical products"),
        fact(ZZ, "exports", "value", 1.0217e11, "CNY", H1, "1021.7 hundred million", S_PHONE, product="mobile phones"),
        fact(ZZ, "exports", "growth", 55.4, "percent", H1, "55.4", S_PHONE, product="mobile phones"),
        fact(ZZ, "exports", "value", 2.146e10, "CNY", H1, "214.6 hundred million", S_AUTO, product="automobiles"),
        fact(ZZ, "exports", "growth", 87.5, "percent", H1, "87.5", S_AUTO, product="automobiles"),
        fact(ZZ, "exports", "value", 5.89e9, "CNY", H1, "58.9 hundred million", S_LAB, product="labour-intensive products"),
        fact(ZZ, "exports", "growth", -6.2, "percent", H1, "6.2", S_LAB, product="labour-intensive products"),
        fact(ZZ, "exports", "share", 3.4, "percent", H1, "3.4", S_LAB, product="labour-intensive products"),
        fact(ZZ, "imports", "value", 5.128e10, "CNY", H1, "512.8 hundred million", S_IC, product="integrated circuits"),
        fact(ZZ, "imports", "growth", 31.6, "percent", H1, "31.6", S_IC, product="integrated circuits"),
        fact(ZZ, "imports", "share", 49.6, "percent", H1, "49.6", S_IC, product="integrated circuits"),
        fact(ZZ, "imports", "value", 4.62e9, "CNY", H1, "46.2 hundred million", S_ORE, product="metal ores and ore sands"),
        fact(ZZ, "imports", "growth", -12.8, "percent", H1, "12.8", S_ORE, product="metal ores and ore sands"),
        fact(ZZ, "total", "rank", 1, "number", H1, "largest", S_US1, partner="United States"),
        fact(ZZ, "total", "value", 5.417e10, "CNY", H1, "541.7", S_PART, partner="United States"),
        fact(ZZ, "total", "value", 3.925e10, "CNY", H1, "392.5", S_PART, partner="ASEAN"),
        fact(ZZ, "total", "value", 3.661e10, "CNY", H1, "366.1 hundred million", S_PART, partner="European Union"),
        fact(ZZ, "total", "growth", 19.4, "percent", H1, "19.4", S_PART, partner="United States"),
        fact(ZZ, "total", "growth", 27.3, "percent", H1, "27.3", S_PART, partner="ASEAN"),
        fact(ZZ, "total", "growth", 35.8, "percent", H1, "35.8", S_PART, partner="European Union"),
        fact(ZZ, "total", "share", 19.7, "percent", H1, "19.7", S_PART, partner="United States"),
        fact(ZZ, "total", "share", 14.3, "percent", H1, "14.3", S_PART, partner="ASEAN"),
        fact(ZZ, "total", "share", 13.3, "percent", H1, "13.3", S_PART, partner="European Union"),
        fact(ZZ, "total", "value", 1.2046e11, "CNY", H1, "1204.6 hundred million", S_BRI, partner="Belt and Road partner countries"),
        fact(ZZ, "total", "growth", 41.5, "percent", H1, "41.5", S_BRI, partner="Belt and Road partner countries"),
        fact(ZZ, "total", "share", 43.9, "percent", H1, "43.9", S_BRI, partner="Belt and Road partner countries"),
        fact("Zhengzhou Airport Economy Zone", "total", "value", 2.0836e11, "CNY", H1, "208.36", S_AEZ),
        fact("Zhengzhou Airport Economy Zone", "total", "growth", 46.9, "percent", H1, "46.9", S_AEZ),
    ],
}
