from _fact import fact, period

H1 = period(2025, 1, 6)
JUN = period(2025, 6)
F = "Fujian"

S_TOTAL = "the total import and export value of goods trade of our province was 1,005.23 billion yuan (the same below), an increase of 4.1% year-on-year"
S_XE = "Of which, exports were 623.18 billion yuan, an increase of 7.6%; imports were 382.05 billion yuan, a decrease of 1.2%."
S_JUN = "In June, the import and export value of the province was 181.26 billion yuan, an increase of 6.3% year-on-year, and 4.5% higher than in May."
S_GT = "the import and export of general trade of the province was 758.34 billion yuan, an increase of 3.8%, accounting for 75.4% of the total foreign trade value of the province"
S_PT = "the import and export of processing trade was 110.47 billion yuan, a decrease of 2.6%, accounting for 11%"
S_BL = "the import and export in the form of bonded logistics was 126.29 billion yuan, an increase of 12.4%"
S_PE = "Private enterprises imported and exported 634.21 billion yuan, an increase of 7.9%, accounting for 63.1% of the total"
S_PEX = "of which exports were 471.25 billion yuan, an increase of 10.2%, accounting for 75.6% of the province's total export value"
S_FS = "the import and export of foreign-invested enterprises and state-owned enterprises were 231.06 billion yuan and 136.24 billion yuan, a decrease of 1.9% and 4.5% respectively"
S_AS = "ASEAN remained the largest trading partner of the province, with import and export of 198.05 billion yuan, an increase of 9.6%."
S_UE = "The United States and the European Union ranked second and third, with import and export of 108.32 billion yuan and 96.24 billion yuan respectively, a decrease of 8.4% and an increase of 3.1% respectively."
S_BR = "The import and export to Belt and Road partner countries was 512.67 billion yuan, an increase of 6.8%, accounting for 51% of the total."
S_ME = "the province exported 265.43 billion yuan of mechanical and electrical products, an increase of 9.8%, accounting for 42.6% of the total export value"
S_N3 = "the export of the \"new three\" products of electric vehicles, lithium batteries and solar cells was 41.26 billion yuan, an increase of 15.3%"
S_LI = "the export of labour-intensive products was 187.62 billion yuan, an increase of 2.1%, accounting for 30.1%"
S_FG = "the export of footwear and garments was 61.28 billion yuan and 39.85 billion yuan, an increase of 4.6% and a decrease of 3.2% respectively"
S_CR = "the province imported 31.25 million tons of crude oil, a decrease of 2.4%, with a value of 145.23 billion yuan, a decrease of 9.7%"
S_MO = "imported 54.86 billion yuan of metal ores and ore sands, an increase of 6.1%"
S_AG = "imported 70.24 billion yuan of agricultural products, a decrease of 5.3%"
S_XM = "the import and export of Xiamen was 461.23 billion yuan, an increase of 3.5%, accounting for 45.9% of the province's total"
S_FZ = "the import and export of Fuzhou was 180.56 billion yuan, an increase of 5.2%"

ARTICLE = {
    "id": "dBA1_02",
    "title": "Fujian's foreign trade exceeds 1 trillion yuan in first half of 2025",
    "publisher": "Fujian Provincial People's Government",
    "published": "2025-07-21",
    "notes": [
        "A translated provincial government release in the numbered-section style of Chinese government websites. The figures are composed (no verified Fujian H1 2025 release was at hand) but internally consistent: exports + imports = total, and every share matches its value over its whole.",
        "Area Fujian throughout: 'our province' / 'the province' name it; sentences that name no area carry it from the headline and opening paragraph.",
        "Headline 'exceeds 1 trillion yuan' is a threshold for the exact 1,005.23 billion yuan in the body: only the exact figure is labelled.",
        "'the growth rate was 1.2 percentage points higher than that of the whole country' is a derived comparison: out of scope, not labelled.",
        "'4.5% higher than in May' is a month-on-month growth for June (comparison base May, not the period): basis mom, period 2025-06.",
        "Trade modes as segments: 'general trade', 'processing trade', 'bonded logistics'. The processing-trade share 'accounting for 11%' is of the provincial total (same structure as the general-trade sentence).",
        "Enterprise types as segments: 'private enterprises', 'foreign-invested enterprises', 'state-owned enterprises'. The count of 28,416 private enterprises with import and export performance is a count with segment 'private enterprises' (the guide's narrower type).",
        "Private-enterprise exports: share 75.6% is of the province's total exports (flow exports, segment private enterprises).",
        "'a decrease of 1.9% and 4.5% respectively': both negative; 'a decrease of 8.4% and an increase of 3.1% respectively' pairs the US (-8.4) and the EU (+3.1); ranks 2 and 3 from 'ranked second and third'. ASEAN 'the largest trading partner' is rank 1.",
        "'new three' products labelled with the text's own name 'new three' (its members are listed as an apposition).",
        "Labour-intensive products share 30.1% is of total exports (parallel to the mechanical and electrical sentence). Footwear and garments via 'respectively'.",
        "Crude oil: the quantity (31.25 million tons), the value (145.23 billion yuan) and the value growth (-9.7%) are labelled; the quantity decrease of 2.4% is volume growth beside value growth and is out of scope.",
        "Xiamen and Fuzhou are areas in their own right; Xiamen's 45.9% is its share of the province's total.",
        "Not labelled: the date line, the policy paragraph at the end (no figures).",
    ],
    "facts": [
        fact(F, "total", "value", 1005.23e9, "CNY", H1, "1,005.23 billion", S_TOTAL),
        fact(F, "total", "growth", 4.1, "percent", H1, "4.1", S_TOTAL),
        fact(F, "exports", "value", 623.18e9, "CNY", H1, "623.18 billion", S_XE),
        fact(F, "exports", "growth", 7.6, "percent", H1, "7.6", S_XE),
        fact(F, "imports", "value", 382.05e9, "CNY", H1, "382.05 billion", S_XE),
        fact(F, "imports", "growth", -1.2, "percent", H1, "1.2", S_XE),
        fact(F, "total", "value", 181.26e9, "CNY", JUN, "181.26 billion", S_JUN),
        fact(F, "total", "growth", 6.3, "percent", JUN, "6.3", S_JUN),
        fact(F, "total", "growth", 4.5, "percent", JUN, "4.5", S_JUN, basis="mom"),
        fact(F, "total", "value", 758.34e9, "CNY", H1, "758.34 billion", S_GT, segment="general trade"),
        fact(F, "total", "growth", 3.8, "percent", H1, "3.8", S_GT, segment="general trade"),
        fact(F, "total", "share", 75.4, "percent", H1, "75.4", S_GT, segment="general trade"),
        fact(F, "total", "value", 110.47e9, "CNY", H1, "110.47 billion", S_PT, segment="processing trade"),
        fact(F, "total", "growth", -2.6, "percent", H1, "2.6", S_PT, segment="processing trade"),
        fact(F, "total", "share", 11, "percent", H1, "11", S_PT, segment="processing trade"),
        fact(F, "total", "value", 126.29e9, "CNY", H1, "126.29 billion", S_BL, segment="bonded logistics"),
        fact(F, "total", "growth", 12.4, "percent", H1, "12.4", S_BL, segment="bonded logistics"),
        fact(F, "total", "count", 28416, "number", H1, "28,416",
             "the number of private enterprises with actual import and export performance in the province reached 28,416", segment="private enterprises"),
        fact(F, "total", "value", 634.21e9, "CNY", H1, "634.21 billion", S_PE, segment="private enterprises"),
        fact(F, "total", "growth", 7.9, "percent", H1, "7.9", S_PE, segment="private enterprises"),
        fact(F, "total", "share", 63.1, "percent", H1, "63.1", S_PE, segment="private enterprises"),
        fact(F, "exports", "value", 471.25e9, "CNY", H1, "471.25 billion", S_PEX, segment="private enterprises"),
        fact(F, "exports", "growth", 10.2, "percent", H1, "10.2", S_PEX, segment="private enterprises"),
        fact(F, "exports", "share", 75.6, "percent", H1, "75.6", S_PEX, segment="private enterprises"),
        fact(F, "total", "value", 231.06e9, "CNY", H1, "231.06 billion", S_FS, segment="foreign-invested enterprises"),
        fact(F, "total", "value", 136.24e9, "CNY", H1, "136.24 billion", S_FS, segment="state-owned enterprises"),
        fact(F, "total", "growth", -1.9, "percent", H1, "1.9", S_FS, segment="foreign-invested enterprises"),
        fact(F, "total", "growth", -4.5, "percent", H1, "4.5", S_FS, segment="state-owned enterprises"),
        fact(F, "total", "rank", 1, "number", H1, "largest", S_AS, partner="ASEAN"),
        fact(F, "total", "value", 198.05e9, "CNY", H1, "198.05 billion", S_AS, partner="ASEAN"),
        fact(F, "total", "growth", 9.6, "percent", H1, "9.6", S_AS, partner="ASEAN"),
        fact(F, "total", "rank", 2, "number", H1, "second", S_UE, partner="United States"),
        fact(F, "total", "rank", 3, "number", H1, "third", S_UE, partner="European Union"),
        fact(F, "total", "value", 108.32e9, "CNY", H1, "108.32 billion", S_UE, partner="United States"),
        fact(F, "total", "value", 96.24e9, "CNY", H1, "96.24 billion", S_UE, partner="European Union"),
        fact(F, "total", "growth", -8.4, "percent", H1, "8.4", S_UE, partner="United States"),
        fact(F, "total", "growth", 3.1, "percent", H1, "3.1", S_UE, partner="European Union"),
        fact(F, "total", "value", 512.67e9, "CNY", H1, "512.67 billion", S_BR, partner="Belt and Road partner countries"),
        fact(F, "total", "growth", 6.8, "percent", H1, "6.8", S_BR, partner="Belt and Road partner countries"),
        fact(F, "total", "share", 51, "percent", H1, "51", S_BR, partner="Belt and Road partner countries"),
        fact(F, "exports", "value", 265.43e9, "CNY", H1, "265.43 billion", S_ME, product="mechanical and electrical products"),
        fact(F, "exports", "growth", 9.8, "percent", H1, "9.8", S_ME, product="mechanical and electrical products"),
        fact(F, "exports", "share", 42.6, "percent", H1, "42.6", S_ME, product="mechanical and electrical products"),
        fact(F, "exports", "value", 41.26e9, "CNY", H1, "41.26 billion", S_N3, product="new three"),
        fact(F, "exports", "growth", 15.3, "percent", H1, "15.3", S_N3, product="new three"),
        fact(F, "exports", "value", 187.62e9, "CNY", H1, "187.62 billion", S_LI, product="labour-intensive products"),
        fact(F, "exports", "growth", 2.1, "percent", H1, "2.1", S_LI, product="labour-intensive products"),
        fact(F, "exports", "share", 30.1, "percent", H1, "30.1", S_LI, product="labour-intensive products"),
        fact(F, "exports", "value", 61.28e9, "CNY", H1, "61.28 billion", S_FG, product="footwear"),
        fact(F, "exports", "value", 39.85e9, "CNY", H1, "39.85 billion", S_FG, product="garments"),
        fact(F, "exports", "growth", 4.6, "percent", H1, "4.6", S_FG, product="footwear"),
        fact(F, "exports", "growth", -3.2, "percent", H1, "3.2", S_FG, product="garments"),
        fact(F, "imports", "quantity", 31.25e6, "tonnes", H1, "31.25 million", S_CR, product="crude oil"),
        fact(F, "imports", "value", 145.23e9, "CNY", H1, "145.23 billion", S_CR, product="crude oil"),
        fact(F, "imports", "growth", -9.7, "percent", H1, "9.7", S_CR, product="crude oil"),
        fact(F, "imports", "value", 54.86e9, "CNY", H1, "54.86 billion", S_MO, product="metal ores and ore sands"),
        fact(F, "imports", "growth", 6.1, "percent", H1, "6.1", S_MO, product="metal ores and ore sands"),
        fact(F, "imports", "value", 70.24e9, "CNY", H1, "70.24 billion", S_AG, product="agricultural products"),
        fact(F, "imports", "growth", -5.3, "percent", H1, "5.3", S_AG, product="agricultural products"),
        fact("Xiamen", "total", "value", 461.23e9, "CNY", H1, "461.23 billion", S_XM),
        fact("Xiamen", "total", "growth", 3.5, "percent", H1, "3.5", S_XM),
        fact("Xiamen", "total", "share", 45.9, "percent", H1, "45.9", S_XM),
        fact("Fuzhou", "total", "value", 180.56e9, "CNY", H1, "180.56 billion", S_FZ),
        fact("Fuzhou", "total", "growth", 5.2, "percent", H1, "5.2", S_FZ),
    ],
}
