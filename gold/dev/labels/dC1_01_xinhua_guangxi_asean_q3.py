from _fact import fact, period

P = period(2025, 1, 9)
E_HEAD = "totaled 574.36 billion yuan (about 80.7 billion U.S. dollars), an increase of 9.8 percent year on year"
E_EXP = "Exports, up 14.6 percent, came to 317.52 billion yuan"
E_IMP = "imports increased a modest 4.3 percent to 256.84 billion yuan"
E_ASEAN = (
    "Its trade with the bloc amounted to 271.9 billion yuan, 13.1 percent more than a year before and 47.3 percent of the "
    "region's overall foreign trade"
)
E_LIST = (
    "the region's trade with Vietnam, Thailand and Indonesia amounted to 165.3 billion yuan, 31.47 billion yuan and "
    "22.6 billion yuan respectively, representing growth of 10.6 percent, 18.2 percent and 25.7 percent"
)
E_ME = "Shipments of these goods abroad increased 16.8 percent to 178.9 billion yuan, equal to 56.3 percent of all exports from the region"
ME = "mechanical and electrical products"

ARTICLE = {
    "id": "dC1_01_xinhua_guangxi_asean_q3",
    "title": "ASEAN links push Guangxi's foreign trade 9.8 pct higher over first three quarters",
    "publisher": "Xinhua",
    "published": "2025-10-24",
    "notes": [
        "Running period: first three quarters of 2025 (stated in the lead), 2025-01..2025-09 for every fact.",
        "Area Guangxi throughout ('the region', 'the bloc' = ASEAN as partner); the headline restates the lead's 9.8 percent: one fact.",
        "'(about 80.7 billion U.S. dollars)': a separate USD fact, qualifier approx.",
        "'outstripped the nationwide figure by 5.8 percentage points': derived comparison, out.",
        "Respectively list: three partners, each with a value and a growth rate, distributed in order (6 facts).",
        "'Vietnam, the biggest single trading partner of Guangxi': rank 1 with partner Vietnam (a rank among single countries, "
        "since ASEAN as a bloc is ranked first too); 'for 25 consecutive years' is a streak, out.",
        "'these goods' carries the product 'mechanical and electrical products' from the previous sentence; the 56.3 percent is a share of exports.",
        "Border trade labelled as segment 'border trade', growth only; the 1,020-km border, freight-train journeys (and their 11 percent rise) "
        "and the canal length are not trade flows: out.",
        "'China-ASEAN Free Trade Area 3.0': a name, out.",
    ],
    "facts": [
        fact("Guangxi", "total", "growth", 9.8, "percent", P, "9.8", E_HEAD),
        fact("Guangxi", "total", "value", 574.36e9, "CNY", P, "574.36 billion", E_HEAD),
        fact("Guangxi", "total", "value", 80.7e9, "USD", P, "80.7 billion", E_HEAD, qualifier="approx"),
        fact("Guangxi", "exports", "growth", 14.6, "percent", P, "14.6", E_EXP),
        fact("Guangxi", "exports", "value", 317.52e9, "CNY", P, "317.52 billion", E_EXP),
        fact("Guangxi", "imports", "growth", 4.3, "percent", P, "4.3", E_IMP),
        fact("Guangxi", "imports", "value", 256.84e9, "CNY", P, "256.84 billion", E_IMP),
        fact("Guangxi", "total", "rank", 1, "number", P, "largest",
             "Guangxi's largest trading partner was still the Association of Southeast Asian Nations (ASEAN)", partner="ASEAN"),
        fact("Guangxi", "total", "growth", 13.1, "percent", P, "13.1", E_ASEAN, partner="ASEAN"),
        fact("Guangxi", "total", "value", 271.9e9, "CNY", P, "271.9 billion", E_ASEAN, partner="ASEAN"),
        fact("Guangxi", "total", "share", 47.3, "percent", P, "47.3", E_ASEAN, partner="ASEAN"),
        fact("Guangxi", "total", "value", 165.3e9, "CNY", P, "165.3 billion", E_LIST, partner="Vietnam"),
        fact("Guangxi", "total", "value", 31.47e9, "CNY", P, "31.47 billion", E_LIST, partner="Thailand"),
        fact("Guangxi", "total", "value", 22.6e9, "CNY", P, "22.6 billion", E_LIST, partner="Indonesia"),
        fact("Guangxi", "total", "growth", 10.6, "percent", P, "10.6", E_LIST, partner="Vietnam"),
        fact("Guangxi", "total", "growth", 18.2, "percent", P, "18.2", E_LIST, partner="Thailand"),
        fact("Guangxi", "total", "growth", 25.7, "percent", P, "25.7", E_LIST, partner="Indonesia"),
        fact("Guangxi", "total", "rank", 1, "number", P, "biggest",
             "Vietnam, the biggest single trading partner of Guangxi", partner="Vietnam"),
        fact("Guangxi", "exports", "growth", 16.8, "percent", P, "16.8", E_ME, product=ME),
        fact("Guangxi", "exports", "value", 178.9e9, "CNY", P, "178.9 billion", E_ME, product=ME),
        fact("Guangxi", "exports", "share", 56.3, "percent", P, "56.3", E_ME, product=ME),
        fact("Guangxi", "total", "growth", 21.4, "percent", P, "21.4",
             "border trade surged 21.4 percent over the nine months",
             segment="border trade"),
    ],
}
