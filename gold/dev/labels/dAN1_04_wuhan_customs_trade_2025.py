from _fact import fact, period

Y = period(2025, 1, 12)
DEC = period(2025, 12)
H = "Hubei"
E_TOTAL = ("Hubei Province's imports and exports totaled 8,967.3 hundred million yuan in 2025, "
           "up 17.7% on the previous year (the same below)")
E_EXP = "Exports made up 6,352.8 hundred million yuan, rising 25.1%"
E_IMP = "imports amounted to 2,614.5 hundred million yuan, rising 2.9%"
E_DEC = "For December alone, Hubei's imports and exports stood at 872.4 hundred million yuan, up 21.6%."
E_DEC_XM = "December exports and imports rose 27.3% and 9.4% respectively"
E_GT = ("Hubei's general trade imports and exports in 2025 totaled 6,823.5 hundred million yuan, or 76.1% of the "
        "province's foreign trade value")
E_PT = "Processing trade imports and exports fell by 3.6%"
E_COUNT = "A total of 9,712 Hubei enterprises posted actual import and export activity last year"
E_PRIV = ("Trade by private enterprises rose 24.3% to 6,447.5 hundred million yuan, making up 71.9% of the provincial "
          "total")
E_FIE = "trade by foreign-invested enterprises grew 1.8% to 1,498.2 hundred million yuan"
E_ASEAN = ("Its largest trading partner was still ASEAN, with which imports and exports rose 22.5% to 1,356.8 hundred "
           "million yuan")
E_BR = "Belt and Road partner countries took 54.6% of Hubei's total trade"
E_ME = ("Mechanical and electrical products worth 3,418.6 hundred million yuan were exported, a rise of 23.7%, "
        "making up 53.8% of the province's total exports")
E_LAB = ("Exports of garments, shoes, furniture and other labour-intensive products climbed 31.6% to 879.5 hundred "
         "million yuan")
E_AGR = "Agricultural exports expanded by 12.4%"
E_WH = "the provincial capital Wuhan contributed 52.6% of Hubei's imports and exports"
ME = "mechanical and electrical products"

ARTICLE = {
    "id": "dAN1_04_wuhan_customs_trade_2025",
    "title": "Hubei's 2025 imports and exports climb 17.7% to 896.73 billion yuan",
    "publisher": "Wuhan Customs",
    "published": "2026-01-20",
    "notes": [
        "Publisher: the release closes with '(Source: Wuhan Customs)'; dateline Jan. 20 with the year from 'said on January 20 that ... in 2025' -> published 2026-01-20.",
        "Headline '896.73 billion yuan' and body '8,967.3 hundred million yuan' are the same observation (8.9673e11 CNY, 2025): labelled once, from the body; headline 17.7% likewise once.",
        "'(the same below)' makes every later rate a year-on-year change: basis yoy throughout, including December alone.",
        "'outpaced the national rate for the same period by 13.9 percentage points': derived comparison, out; 'the largest the province has ever recorded' and 'set an all-time high for the province': milestones, out.",
        "December: 'December exports and imports rose 27.3% and 9.4% respectively' -> December 2025 export and import growth, paired in order.",
        "General trade value and share: segment 'general trade', flow total; processing trade 'fell by 3.6%' -> -3.6, segment 'processing trade'.",
        "'9,712 Hubei enterprises posted actual import and export activity': count, segment 'foreign trade enterprises'; '684 more than in 2024' is an absolute change, out.",
        "Private enterprises value/growth/share and foreign-invested enterprises value/growth: segment as named, flow total.",
        "ASEAN 'largest trading partner' -> rank 1, partner ASEAN, flow total, 2025.",
        "'commerce with Africa and Latin America outpaced the provincial average': no number, nothing labelled.",
        "Mechanical and electrical products share 53.8% is a share of total exports (flow exports). Labour-intensive products: product 'labour-intensive products' (the examples 'garments, shoes, furniture' are not separate facts).",
        "Agricultural products 'expanded by 12.4%' is export growth (sentence subject 'Agricultural exports').",
        "Wuhan share 52.6%: area Wuhan, flow total, share of Hubei's total (the record has no field for the larger whole).",
        "Out of scope: '14 of the province's 17 cities' (conditional count), 103 cargo routes and over 1,200 China-Europe Railway Express trips (not trade flows), the 1 trillion yuan target for 2027 (a goal, not a fact), years.",
    ],
    "facts": [
        fact(H, "total", "value", 896.73e9, "CNY", Y, "8,967.3 hundred million", E_TOTAL),
        fact(H, "total", "growth", 17.7, "percent", Y, "17.7", E_TOTAL),
        fact(H, "exports", "value", 635.28e9, "CNY", Y, "6,352.8 hundred million", E_EXP),
        fact(H, "exports", "growth", 25.1, "percent", Y, "25.1", E_EXP),
        fact(H, "imports", "value", 261.45e9, "CNY", Y, "2,614.5 hundred million", E_IMP),
        fact(H, "imports", "growth", 2.9, "percent", Y, "2.9", E_IMP),
        fact(H, "total", "value", 87.24e9, "CNY", DEC, "872.4 hundred million", E_DEC),
        fact(H, "total", "growth", 21.6, "percent", DEC, "21.6", E_DEC),
        fact(H, "exports", "growth", 27.3, "percent", DEC, "27.3", E_DEC_XM),
        fact(H, "imports", "growth", 9.4, "percent", DEC, "9.4", E_DEC_XM),
        fact(H, "total", "value", 682.35e9, "CNY", Y, "6,823.5 hundred million", E_GT, segment="general trade"),
        fact(H, "total", "share", 76.1, "percent", Y, "76.1", E_GT, segment="general trade"),
        fact(H, "total", "growth", -3.6, "percent", Y, "3.6", E_PT, segment="processing trade"),
        fact(H, "total", "count", 9712, "number", Y, "9,712", E_COUNT, segment="foreign trade enterprises"),
        fact(H, "total", "value", 644.75e9, "CNY", Y, "6,447.5 hundred million", E_PRIV, segment="private enterprises"),
        fact(H, "total", "growth", 24.3, "percent", Y, "24.3", E_PRIV, segment="private enterprises"),
        fact(H, "total", "share", 71.9, "percent", Y, "71.9", E_PRIV, segment="private enterprises"),
        fact(H, "total", "value", 149.82e9, "CNY", Y, "1,498.2 hundred million", E_FIE, segment="foreign-invested enterprises"),
        fact(H, "total", "growth", 1.8, "percent", Y, "1.8", E_FIE, segment="foreign-invested enterprises"),
        fact(H, "total", "rank", 1, "number", Y, "largest", E_ASEAN, partner="ASEAN"),
        fact(H, "total", "value", 135.68e9, "CNY", Y, "1,356.8 hundred million", E_ASEAN, partner="ASEAN"),
        fact(H, "total", "growth", 22.5, "percent", Y, "22.5", E_ASEAN, partner="ASEAN"),
        fact(H, "total", "share", 54.6, "percent", Y, "54.6", E_BR, partner="Belt and Road partner countries"),
        fact(H, "exports", "value", 341.86e9, "CNY", Y, "3,418.6 hundred million", E_ME, product=ME),
        fact(H, "exports", "growth", 23.7, "percent", Y, "23.7", E_ME, product=ME),
        fact(H, "exports", "share", 53.8, "percent", Y, "53.8", E_ME, product=ME),
        fact(H, "exports", "value", 87.95e9, "CNY", Y, "879.5 hundred million", E_LAB, product="labour-intensive products"),
        fact(H, "exports", "growth", 31.6, "percent", Y, "31.6", E_LAB, product="labour-intensive products"),
        fact(H, "exports", "growth", 12.4, "percent", Y, "12.4", E_AGR, product="agricultural products"),
        fact("Wuhan", "total", "share", 52.6, "percent", Y, "52.6", E_WH),
    ],
}
