from _fact import fact, period

P = period(2026, 1, 2)
Y25 = period(2025, 1, 12)

S_TOTAL = "Official data released Tuesday put the year-on-year rise in China's goods trade for January and February 2026 at 18.3 percent"
S_VALUE = "imports and exports together were worth 7.73 trillion yuan over the two months, or about 1.12 trillion U.S. dollars"
S_EXP = "Exports accounted for 4.62 trillion yuan of that total, 19.2 percent more than a year earlier"
S_IMP = "imports for 3.11 trillion yuan, a gain of 17.1 percent"
S_BAL = "leaving a trade surplus of 1.51 trillion yuan"
S_USD_EXP = "Counted in U.S. dollars, exports for the two months reached 656.5 billion dollars, a jump of 21.8 percent"
S_USD_IMP = "imports came to 442.9 billion dollars, 19.8 percent higher"
S_USD_BAL = "the dollar surplus was 213.6 billion dollars."
S_2025 = "The figures compare with a 3.8-percent expansion for the whole of 2025, when the country's foreign trade reached a record 45.47 trillion yuan."
S_ASEAN = "The Association of Southeast Asian Nations (ASEAN), China's largest trading partner, saw bilateral trade rise 20.3 percent to 1.24 trillion yuan, accounting for 16 percent of China's total foreign trade value."
S_EU = "Trade with the European Union, the second-largest trading partner, increased 19.9 percent to 998.94 billion yuan."
S_US = "Trade with the United States, by contrast, dropped 16.9 percent to 609.71 billion yuan."
S_BRI = "Over the same period, China's imports and exports with Belt and Road partner countries rose 20 percent to 4.02 trillion yuan, making up 52 percent of the total."
S_ENT = ("Private firms, foreign-invested enterprises and state-owned enterprises posted imports and exports of 4.51 trillion yuan, "
         "2.2 trillion yuan and 1 trillion yuan, respectively, up 22.8 percent, 15.3 percent and 7.4 percent.")
S_PRIV_SH = "The share of private enterprises in the national total reached 58.3 percent."
S_ME = "exports of mechanical and electrical products totaled 2.79 trillion yuan, up 21.6 percent and accounting for 60.4 percent of the country's total export value"
S_IC = "Of this, shipments of integrated circuits and automobiles increased 31.2 percent and 18.5 percent, respectively."
S_LAB = ("Labor-intensive products, including textiles, garments, furniture and toys, brought in 598.6 billion yuan in export revenue, "
         "an increase of 4.7 percent, or 13 percent of total exports.")
S_ME_IMP = "On the import side, China bought 1.08 trillion yuan worth of mechanical and electrical products in the first two months, up 22.4 percent."
S_ORE = "Imports of iron ore amounted to 198.4 million tonnes"
S_OIL = "while the value of crude oil imports rose 11.3 percent"

C = "China"
ME = "mechanical and electrical products"
LAB = "labor-intensive products"

ARTICLE = {
    "id": "dBE1_01",
    "title": "China's foreign trade jumps 18.3 pct in first two months as exports, imports both post double-digit gains",
    "publisher": "Xinhua",
    "published": "2026-03-10",
    "notes": [
        'Provenance: headline totals, yuan and dollar export/import figures, ASEAN/EU/US, Belt and Road and enterprise-type figures follow real GAC January-February 2026 reporting; the product-segment figures (mechanical and electrical, labor-intensive, integrated circuits, automobiles, iron ore, crude oil) and the derived shares are illustrative, written to be consistent with the totals.',
        "Publication date 2026-03-10 from the dateline (March 10, Xinhua) and the 2026 running period; the January-February release is labelled as period 2026-01..2026-02 throughout.",
        "Headline 18.3 pct is the same observation as the body's 18.3 percent: labelled once, with the body sentence as evidence.",
        "'about 1.12 trillion U.S. dollars' is the same observation as 7.73 trillion yuan in another currency: a separate USD fact, qualifier approx.",
        "Dollar-terms growth rates (exports 21.8, imports 19.8) are labelled as separate growth facts beside the yuan-terms rates (19.2, 17.1); the record cannot say which currency a growth rate is computed in, so both appear as China exports/imports growth yoy for the same period with different values.",
        "'leaving a trade surplus of 1.51 trillion yuan' and 'the dollar surplus was 213.6 billion dollars': balance values, positive (surplus).",
        "The 2025 comparison sentence gives two facts for the whole of 2025 (growth 3.8 and value 45.47 trillion yuan), period 2025-01..2025-12; 'record' is a milestone word, not a number.",
        "Ranks: 'largest trading partner' -> ASEAN rank 1; 'the second-largest trading partner' -> European Union rank 2 (the partner is carried from 'Trade with the European Union'). The US is given no rank in the text.",
        "Enterprise-type 'respectively' list flattened into six facts with segment private enterprises / foreign-invested enterprises / state-owned enterprises; 'Private firms' normalised to 'private enterprises'. '1 trillion yuan' is labelled value 1e12 exact.",
        "Share 58.3 is private enterprises' share of total trade (flow total, segment private enterprises).",
        "Mechanical and electrical products: export value, growth, share of total exports; imports value and growth as separate import facts. 'integrated circuits' and 'automobiles' growth from the 'respectively' sentence are export growth ('shipments' carried from the export sentence before it).",
        "Labor-intensive products: the 'or 13 percent of total exports' clause is a share of exports.",
        "Iron ore: quantity 198.4 million tonnes, imports. Crude oil: only value growth 11.3 (the text says 'the value of crude oil imports rose'), no level given.",
        "Not labelled: 'Spring Festival holiday ... mid-February' (not a figure), the analysts' paragraph (no numbers).",
    ],
    "facts": [
        fact(C, "total", "growth", 18.3, "percent", P, "18.3", S_TOTAL),
        fact(C, "total", "value", 7.73e12, "CNY", P, "7.73 trillion", S_VALUE),
        fact(C, "total", "value", 1.12e12, "USD", P, "1.12 trillion", S_VALUE, qualifier="approx"),
        fact(C, "exports", "growth", 19.2, "percent", P, "19.2", S_EXP),
        fact(C, "exports", "value", 4.62e12, "CNY", P, "4.62 trillion", S_EXP),
        fact(C, "imports", "growth", 17.1, "percent", P, "17.1", S_IMP),
        fact(C, "imports", "value", 3.11e12, "CNY", P, "3.11 trillion", S_IMP),
        fact(C, "balance", "value", 1.51e12, "CNY", P, "1.51 trillion", S_BAL),
        fact(C, "exports", "growth", 21.8, "percent", P, "21.8", S_USD_EXP),
        fact(C, "exports", "value", 656.5e9, "USD", P, "656.5 billion", S_USD_EXP),
        fact(C, "imports", "growth", 19.8, "percent", P, "19.8", S_USD_IMP),
        fact(C, "imports", "value", 442.9e9, "USD", P, "442.9 billion", S_USD_IMP),
        fact(C, "balance", "value", 213.6e9, "USD", P, "213.6 billion", S_USD_BAL),
        fact(C, "total", "growth", 3.8, "percent", Y25, "3.8", S_2025),
        fact(C, "total", "value", 45.47e12, "CNY", Y25, "45.47 trillion", S_2025),
        fact(C, "total", "rank", 1, "number", P, "largest", S_ASEAN, partner="ASEAN"),
        fact(C, "total", "growth", 20.3, "percent", P, "20.3", S_ASEAN, partner="ASEAN"),
        fact(C, "total", "value", 1.24e12, "CNY", P, "1.24 trillion", S_ASEAN, partner="ASEAN"),
        fact(C, "total", "share", 16, "percent", P, "16", S_ASEAN, partner="ASEAN"),
        fact(C, "total", "rank", 2, "number", P, "second-largest", S_EU, partner="European Union"),
        fact(C, "total", "growth", 19.9, "percent", P, "19.9", S_EU, partner="European Union"),
        fact(C, "total", "value", 998.94e9, "CNY", P, "998.94 billion", S_EU, partner="European Union"),
        fact(C, "total", "growth", -16.9, "percent", P, "16.9", S_US, partner="United States"),
        fact(C, "total", "value", 609.71e9, "CNY", P, "609.71 billion", S_US, partner="United States"),
        fact(C, "total", "growth", 20, "percent", P, "20", S_BRI, partner="Belt and Road partner countries"),
        fact(C, "total", "value", 4.02e12, "CNY", P, "4.02 trillion", S_BRI, partner="Belt and Road partner countries"),
        fact(C, "total", "share", 52, "percent", P, "52", S_BRI, partner="Belt and Road partner countries"),
        fact(C, "total", "value", 4.51e12, "CNY", P, "4.51 trillion", S_ENT, segment="private enterprises"),
        fact(C, "total", "value", 2.2e12, "CNY", P, "2.2 trillion", S_ENT, segment="foreign-invested enterprises"),
        fact(C, "total", "value", 1e12, "CNY", P, "1 trillion", S_ENT, segment="state-owned enterprises"),
        fact(C, "total", "growth", 22.8, "percent", P, "22.8", S_ENT, segment="private enterprises"),
        fact(C, "total", "growth", 15.3, "percent", P, "15.3", S_ENT, segment="foreign-invested enterprises"),
        fact(C, "total", "growth", 7.4, "percent", P, "7.4", S_ENT, segment="state-owned enterprises"),
        fact(C, "total", "share", 58.3, "percent", P, "58.3", S_PRIV_SH, segment="private enterprises"),
        fact(C, "exports", "value", 2.79e12, "CNY", P, "2.79 trillion", S_ME, product=ME),
        fact(C, "exports", "growth", 21.6, "percent", P, "21.6", S_ME, product=ME),
        fact(C, "exports", "share", 60.4, "percent", P, "60.4", S_ME, product=ME),
        fact(C, "exports", "growth", 31.2, "percent", P, "31.2", S_IC, product="integrated circuits"),
        fact(C, "exports", "growth", 18.5, "percent", P, "18.5", S_IC, product="automobiles"),
        fact(C, "exports", "value", 598.6e9, "CNY", P, "598.6 billion", S_LAB, product=LAB),
        fact(C, "exports", "growth", 4.7, "percent", P, "4.7", S_LAB, product=LAB),
        fact(C, "exports", "share", 13, "percent", P, "13", S_LAB, product=LAB),
        fact(C, "imports", "value", 1.08e12, "CNY", P, "1.08 trillion", S_ME_IMP, product=ME),
        fact(C, "imports", "growth", 22.4, "percent", P, "22.4", S_ME_IMP, product=ME),
        fact(C, "imports", "quantity", 198.4e6, "tonnes", P, "198.4 million", S_ORE, product="iron ore"),
        fact(C, "imports", "growth", 11.3, "percent", P, "11.3", S_OIL, product="crude oil"),
    ],
}
