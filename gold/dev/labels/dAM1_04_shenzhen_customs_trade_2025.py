from _fact import fact, period

Y = period(2025, 1, 12)
DEC = period(2025, 12)
SZ = "Shenzhen"
E_TOT = ("the city's goods imports and exports in 2025 added up to 45,513.6 hundred million yuan, 1.4% more than in 2024 "
         "(all growth rates below compare with 2024 unless stated otherwise)")
E_XM = ("Exports slipped 2.5% to 27,402.5 hundred million yuan, while imports climbed 8% to a record "
        "18,111.1 hundred million yuan.")
E_DEC = ("December's imports and exports totalled 4,201.7 hundred million yuan, 9.3% above the same month of 2024 "
         "and 5.2% higher than in November.")
E_DEC_XM = "Exports for the month were up 6.1% and imports up 13.9%."
E_PE = ("Private firms remained the backbone of the city's trade, handling 3.16 trillion yuan, "
        "or 69.5% of Shenzhen's total imports and exports")
E_FS = "foreign-invested and state-owned enterprises held shares of 25.2% and 5.3% respectively"
E_GT = ("General trade, whose supply chains run longer and add more value, came to "
        "24,938.4 hundred million yuan, a 54.8% share")
E_MKT = ("trade with ASEAN, Hong Kong of China and the European Union grew by 5.6%, 6.8% and 4.1% "
         "respectively")
E_ME = ("Mechanical and electrical products made up 73.7% of everything the city exported, with shipments worth "
        "20,196.1 hundred million yuan.")
E_IC = "exports of integrated circuits rose 31.8% and those of electric vehicles 18.5%"
ME = "mechanical and electrical products"

ARTICLE = {
    "id": "dAM1_04_shenzhen_customs_trade_2025",
    "title": "Shenzhen's foreign trade reached 4.55 trillion yuan in 2025, ranking first among mainland cities",
    "publisher": "Shenzhen Customs",
    "published": "2026-01-22",
    "notes": [
        "Annual figures are calendar 2025 (2025-01..2025-12); release dated 2026-01-22 ('Release date' line).",
        "Headline '4.55 trillion yuan' is the body's 45,513.6 hundred million yuan rounded: one observation, labelled once with the exact body figure.",
        "'ranking first among mainland cities' (headline) and 'placing Shenzhen first among foreign trade cities on the mainland' (body): Shenzhen total trade rank 1 for 2025, labelled once from the body.",
        "'(all growth rates below compare with 2024 unless stated otherwise)' after the first growth rate makes every later rate year on year; '(shares below are of this total unless stated otherwise)' after the private-enterprise share makes later bare shares ('a 54.8% share') shares of the city's total import and export value.",
        "Exports export-leading streak '33 years running': streak, out (no rank number stated for 2025 exports).",
        "'5.2% higher than in November': a comparison with the month before, basis mom, December total trade.",
        "'Exports for the month were up 6.1% and imports up 13.9%': December, yoy by the convention stated in the first paragraph.",
        "62,300 enterprises with actual import and export records: count, segment 'foreign trade enterprises'. '8,600 more than in the previous year' is a derived difference: out.",
        "FIE and SOE: shares only, paired by 'respectively'.",
        "'1.2 percentage points above the 2024 level' (general trade share) and 'expand 5.3 percentage points faster' (Belt and Road trade): derived comparisons, out. Belt and Road trade has no stated figure of its own.",
        "Processing trade: growth only (-6.4, 'shrank').",
        "ASEAN 'largest trading partner' -> rank 1; respectively list ASEAN/Hong Kong/EU growth; 'Hong Kong of China' -> partner Hong Kong. US 'fell by 21.7%' -> -21.7.",
        "IC and EV growth are export growth (from 'exports of integrated circuits rose ... and those of electric vehicles'), listed under mechanical and electrical exports; mobile phones and computers 'sold less abroad' with no number: nothing to label.",
        "High-tech products 57.1%: share of total import and export value (flow total).",
        "Plans for 2026 in the last paragraph carry no numbers.",
    ],
    "facts": [
        fact(SZ, "total", "value", 45513.6e8, "CNY", Y, "45,513.6 hundred million", E_TOT),
        fact(SZ, "total", "growth", 1.4, "percent", Y, "1.4", E_TOT),
        fact(SZ, "total", "rank", 1, "number", Y, "first", "placing Shenzhen first among foreign trade cities on the mainland"),
        fact(SZ, "exports", "value", 27402.5e8, "CNY", Y, "27,402.5 hundred million", E_XM),
        fact(SZ, "exports", "growth", -2.5, "percent", Y, "2.5", E_XM),
        fact(SZ, "imports", "value", 18111.1e8, "CNY", Y, "18,111.1 hundred million", E_XM),
        fact(SZ, "imports", "growth", 8, "percent", Y, "8", E_XM),
        fact(SZ, "total", "value", 4201.7e8, "CNY", DEC, "4,201.7 hundred million", E_DEC),
        fact(SZ, "total", "growth", 9.3, "percent", DEC, "9.3", E_DEC),
        fact(SZ, "total", "growth", 5.2, "percent", DEC, "5.2", E_DEC, basis="mom"),
        fact(SZ, "exports", "growth", 6.1, "percent", DEC, "6.1", E_DEC_XM),
        fact(SZ, "imports", "growth", 13.9, "percent", DEC, "13.9", E_DEC_XM),
        fact(SZ, "total", "count", 62300, "number", Y, "62,300",
             "A total of 62,300 Shenzhen companies recorded import or export business during 2025", segment="foreign trade enterprises"),
        fact(SZ, "total", "value", 3.16e12, "CNY", Y, "3.16 trillion", E_PE, segment="private enterprises"),
        fact(SZ, "total", "share", 69.5, "percent", Y, "69.5", E_PE, segment="private enterprises"),
        fact(SZ, "total", "share", 25.2, "percent", Y, "25.2", E_FS, segment="foreign-invested enterprises"),
        fact(SZ, "total", "share", 5.3, "percent", Y, "5.3", E_FS, segment="state-owned enterprises"),
        fact(SZ, "total", "value", 24938.4e8, "CNY", Y, "24,938.4 hundred million", E_GT, segment="general trade"),
        fact(SZ, "total", "share", 54.8, "percent", Y, "54.8", E_GT, segment="general trade"),
        fact(SZ, "total", "growth", -6.4, "percent", Y, "6.4",
             "Processing trade shrank by 6.4%", segment="processing trade"),
        fact(SZ, "total", "rank", 1, "number", Y, "largest", "ASEAN was Shenzhen's largest trading partner", partner="ASEAN"),
        fact(SZ, "total", "growth", 5.6, "percent", Y, "5.6", E_MKT, partner="ASEAN"),
        fact(SZ, "total", "growth", 6.8, "percent", Y, "6.8", E_MKT, partner="Hong Kong"),
        fact(SZ, "total", "growth", 4.1, "percent", Y, "4.1", E_MKT, partner="European Union"),
        fact(SZ, "total", "growth", -21.7, "percent", Y, "21.7",
             "whereas trade with the United States fell by 21.7%", partner="United States"),
        fact(SZ, "exports", "value", 20196.1e8, "CNY", Y, "20,196.1 hundred million", E_ME, product=ME),
        fact(SZ, "exports", "share", 73.7, "percent", Y, "73.7", E_ME, product=ME),
        fact(SZ, "exports", "growth", 31.8, "percent", Y, "31.8", E_IC, product="integrated circuits"),
        fact(SZ, "exports", "growth", 18.5, "percent", Y, "18.5", E_IC, product="electric vehicles"),
        fact(SZ, "total", "share", 57.1, "percent", Y, "57.1",
             "High-tech products accounted for 57.1% of the city's total imports and exports", product="high-tech products"),
    ],
}
