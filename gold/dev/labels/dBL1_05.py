from _fact import fact, period

XM = "Xiamen"
Y25 = period(2025, 1, 12)
DEC = period(2025, 12)
BR = "Belt and Road partner countries"

S_LEDE = "Foreign trade in Xiamen, a coastal hub in East China's Fujian province, grew 3.2 percent year-on-year to 962.48 billion yuan ($135.56 billion) in 2025"
S_DEFICIT = "the city's trade deficit narrowed by 19.4 percent to 57.88 billion yuan"
S_DEC = "In December, Xiamen's imports and exports totaled 87.63 billion yuan, a year-on-year increase of 6.1 percent"
S_PARTNERS = ("Trade with ASEAN, the United States and the European Union, the city's three biggest partners, stood at "
              "186.52 billion yuan, 98.37 billion yuan and 91.64 billion yuan, respectively")
S_GROW = "Trade with ASEAN and the EU grew by 7.3 percent and 4.2 percent, respectively"
S_BR = ("The city's trade with Belt and Road partner countries reached 487.3 billion yuan, up 5.6 percent, "
        "representing 50.6 percent of its total")
S_ME = "Their shipments rose 9.2 percent to 224.6 billion yuan, or 49.7 percent of the city's exports"
S_IMP = ("Metal ores, agricultural products and coal were the city's leading imports, valued at 118.4 billion yuan, "
         "96.15 billion yuan and 42.7 billion yuan, respectively")
S_ORE = "iron ore imports rose 4.5 percent in volume to 62.7 million tonnes, but fell 6.8 percent in value"
S_CBEC = "Cross-border e-commerce imports and exports in Xiamen surged 24.3 percent to 38.6 billion yuan last year"
S_PRIV = ("Private enterprises remained a major driving force, with their imports and exports growing 8.4 percent to 412.7 billion yuan, "
          "accounting for 42.9 percent of the city's total")
ME = "mechanical and electrical products"

ARTICLE = {
    "id": "dBL1_05",
    "title": "Xiamen posts 3.2% foreign trade growth in 2025, reaching 962.48b yuan",
    "publisher": "China Daily",
    "published": "2026-01-22",
    "notes": [
        "Real figures: none taken verbatim; layout modelled on China Daily regional (Fujian/Qingdao) customs stories. "
        "Invented but internally consistent: exports + imports = total; deficit = imports - exports and its narrowing "
        "recomputed from implied 2024 bases; shares recomputed from values; USD at about 7.1 yuan per dollar.",
        "Judgement calls: 'last year' in a January 2026 story = 2025. The headline repeats the body's total and growth (labelled once). "
        "The dollar conversion has no 'about', so qualifier exact. Deficit value negative; 'narrowed by 19.4 percent' -> growth -19.4. "
        "'5.4 percent more than in November' -> mom for December. "
        "'the city's three biggest partners' names a set, not an ordinal for each, so no rank facts for ASEAN/US/EU. "
        "'Their shipments' carries mechanical and electrical products (exports) from the sentence before. "
        "Iron ore: quantity 62.7 million tonnes and value growth -6.8 labelled; product 'iron ore'. "
        "Share 45.2 is Xiamen's total as a share of Fujian's total (area Xiamen, no partner).",
        "Not facts: 'rose 4.5 percent in volume' (volume growth beside value growth); "
        "'third consecutive year ... above 900 billion yuan' (streak/milestone); '15 sub-provincial cities' (not a flow); "
        "12.96 million TEUs (port throughput, not a trade flow); 'more than 10 new international shipping routes' (plan); dates.",
        "Copy check: 4 sentences searched, 1 reworded (before searching, after comparing with a story read in step 2). Second check: 21 sentences searched, 2 reworded.",
    ],
    "facts": [
        fact(XM, "total", "value", 962.48e9, "CNY", Y25, "962.48 billion", S_LEDE),
        fact(XM, "total", "value", 135.56e9, "USD", Y25, "135.56 billion", S_LEDE),
        fact(XM, "total", "growth", 3.2, "percent", Y25, "3.2", S_LEDE),
        fact(XM, "total", "share", 45.2, "percent", Y25, "45.2",
             "The city's imports and exports made up 45.2 percent of Fujian's total last year"),
        fact(XM, "total", "rank", 4, "number", Y25, "fourth",
             "Xiamen ranked fourth among China's 15 sub-provincial cities by trade value"),
        fact(XM, "exports", "value", 452.3e9, "CNY", Y25, "452.3 billion", "Exports climbed 5.1 percent to 452.3 billion yuan"),
        fact(XM, "exports", "growth", 5.1, "percent", Y25, "5.1", "Exports climbed 5.1 percent to 452.3 billion yuan"),
        fact(XM, "imports", "value", 510.18e9, "CNY", Y25, "510.18 billion", "imports edged up 1.6 percent to 510.18 billion yuan"),
        fact(XM, "imports", "growth", 1.6, "percent", Y25, "1.6", "imports edged up 1.6 percent to 510.18 billion yuan"),
        fact(XM, "balance", "value", -57.88e9, "CNY", Y25, "57.88 billion", S_DEFICIT),
        fact(XM, "balance", "growth", -19.4, "percent", Y25, "19.4", S_DEFICIT),
        fact(XM, "total", "value", 87.63e9, "CNY", DEC, "87.63 billion", S_DEC),
        fact(XM, "total", "growth", 6.1, "percent", DEC, "6.1", S_DEC),
        fact(XM, "total", "growth", 5.4, "percent", DEC, "5.4", "5.4 percent more than in November", basis="mom"),
        fact(XM, "total", "value", 186.52e9, "CNY", Y25, "186.52 billion", S_PARTNERS, partner="ASEAN"),
        fact(XM, "total", "value", 98.37e9, "CNY", Y25, "98.37 billion", S_PARTNERS, partner="United States"),
        fact(XM, "total", "value", 91.64e9, "CNY", Y25, "91.64 billion", S_PARTNERS, partner="European Union"),
        fact(XM, "total", "growth", 7.3, "percent", Y25, "7.3", S_GROW, partner="ASEAN"),
        fact(XM, "total", "growth", 4.2, "percent", Y25, "4.2", S_GROW, partner="European Union"),
        fact(XM, "total", "growth", -8.9, "percent", Y25, "8.9", "while trade with the US fell 8.9 percent", partner="United States"),
        fact(XM, "total", "value", 487.3e9, "CNY", Y25, "487.3 billion", S_BR, partner=BR),
        fact(XM, "total", "growth", 5.6, "percent", Y25, "5.6", S_BR, partner=BR),
        fact(XM, "total", "share", 50.6, "percent", Y25, "50.6", S_BR, partner=BR),
        fact(XM, "exports", "value", 224.6e9, "CNY", Y25, "224.6 billion", S_ME, product=ME),
        fact(XM, "exports", "growth", 9.2, "percent", Y25, "9.2", S_ME, product=ME),
        fact(XM, "exports", "share", 49.7, "percent", Y25, "49.7", S_ME, product=ME),
        fact(XM, "imports", "value", 118.4e9, "CNY", Y25, "118.4 billion", S_IMP, product="metal ores"),
        fact(XM, "imports", "value", 96.15e9, "CNY", Y25, "96.15 billion", S_IMP, product="agricultural products"),
        fact(XM, "imports", "value", 42.7e9, "CNY", Y25, "42.7 billion", S_IMP, product="coal"),
        fact(XM, "imports", "quantity", 62.7e6, "tonnes", Y25, "62.7 million", S_ORE, product="iron ore"),
        fact(XM, "imports", "growth", -6.8, "percent", Y25, "6.8", S_ORE, product="iron ore"),
        fact(XM, "total", "value", 38.6e9, "CNY", Y25, "38.6 billion", S_CBEC, segment="cross-border e-commerce"),
        fact(XM, "total", "growth", 24.3, "percent", Y25, "24.3", S_CBEC, segment="cross-border e-commerce"),
        fact(XM, "total", "value", 412.7e9, "CNY", Y25, "412.7 billion", S_PRIV, segment="private enterprises"),
        fact(XM, "total", "growth", 8.4, "percent", Y25, "8.4", S_PRIV, segment="private enterprises"),
        fact(XM, "total", "share", 42.9, "percent", Y25, "42.9", S_PRIV, segment="private enterprises"),
    ],
}
