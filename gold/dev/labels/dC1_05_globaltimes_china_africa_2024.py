from _fact import fact, period

Y = period(2024, 1, 12)
AF = "Africa"
E_LEAD = "China's trade with Africa climbed 4.8 percent year on year to an all-time high of 295.6 billion U.S. dollars in 2024"
E_EXP = "Chinese shipments to Africa increased 3.5 percent to 178.8 billion dollars"
E_IMP = "Imports from the continent expanded more quickly, rising 6.9 percent to 116.8 billion dollars"
E_ZA = (
    "South Africa was still China's largest trading partner on the continent, though trade between the two contracted 5.6 percent "
    "to 52.5 billion dollars"
)
E_NG = "With trade worth 23.7 billion dollars, Nigeria moved up to second-largest among China's African trading partners"
E_AO_CD = "Next came Angola and the Democratic Republic of the Congo, with 23.1 billion dollars and 22.6 billion dollars respectively"
E_PROD = (
    "China's exports to Africa of automobiles, ships and steel products grew by 31.2 percent, 19.6 percent and 12.8 percent, "
    "respectively"
)
E_LA = "trade between China and Latin America also hit a record last year, increasing 6 percent to 518.5 billion dollars"

ARTICLE = {
    "id": "dC1_05_globaltimes_china_africa_2024",
    "title": "Cars and ships drive China's exports as trade with Africa reaches new high in 2024",
    "publisher": "Global Times",
    "published": "2025-01-22",
    "notes": [
        "Annual review published in January 2025: running period 2024 (stated in the lead); 'last year' also means 2024.",
        "Area China, partner Africa for the bilateral figures ('the continent', 'bilateral trade' carry the partner).",
        "'roughly 2.1 trillion yuan': the same observation in another currency, CNY fact, qualifier approx.",
        "'the fourth year in a row', 'For 16 straight years': streaks, out; the rank in 'China has remained the largest trading "
        "partner of Africa' is in, with area Africa and partner China (Africa's trade is measured).",
        "The 4.8 percent share (of China's total foreign trade) and the 4.8 percent growth are different measures: two facts.",
        "'China therefore ran a surplus of 62 billion dollars with the continent': balance, positive.",
        "Ranks within a restricted field (largest partner in Africa, second-largest on the continent, biggest partner in Latin America) "
        "are labelled as ranks, per the dev convention. Angola and the DR Congo ('Next came'): implied ranks, not labelled; their values "
        "are distributed by 'respectively'.",
        "'On its own, South Africa made up 17.8 percent of China's trade with Africa': South Africa's share, labelled "
        "as a share with partner South Africa.",
        "Product respectively list: automobiles, ships, steel products exported to Africa, growth only.",
        "Zero-tariff treatment: '100 percent of tariff lines', '33 of them in Africa' are policy numbers, not trade flows or trading "
        "partner counts: out.",
        "Trade index (1,056.53 points, base 100, 'over ten times') and the 2000-2024 average annual growth of 14.2 percent "
        "(a multi-year average the record cannot express): out.",
        "Latin America figures are from customs, Africa figures from MOFCOM; both USD.",
    ],
    "facts": [
        fact("China", "total", "value", 295.6e9, "USD", Y, "295.6 billion", E_LEAD, partner=AF),
        fact("China", "total", "growth", 4.8, "percent", Y, "4.8", E_LEAD, partner=AF),
        fact("China", "total", "value", 2.1e12, "CNY", Y, "2.1 trillion",
             "In yuan terms, bilateral trade totaled roughly 2.1 trillion yuan", partner=AF, qualifier="approx"),
        fact("Africa", "total", "rank", 1, "number", Y, "largest", "China has remained the largest trading partner of Africa", partner="China"),
        fact("China", "total", "share", 4.8, "percent", Y, "4.8",
             "last year the continent represented 4.8 percent of China's overall foreign trade", partner=AF),
        fact("China", "exports", "growth", 3.5, "percent", Y, "3.5", E_EXP, partner=AF),
        fact("China", "exports", "value", 178.8e9, "USD", Y, "178.8 billion", E_EXP, partner=AF),
        fact("China", "imports", "growth", 6.9, "percent", Y, "6.9", E_IMP, partner=AF),
        fact("China", "imports", "value", 116.8e9, "USD", Y, "116.8 billion", E_IMP, partner=AF),
        fact("China", "balance", "value", 62e9, "USD", Y, "62 billion",
             "China therefore ran a surplus of 62 billion dollars with the continent", partner=AF),
        fact("China", "total", "rank", 1, "number", Y, "largest", E_ZA, partner="South Africa"),
        fact("China", "total", "growth", -5.6, "percent", Y, "5.6", E_ZA, partner="South Africa"),
        fact("China", "total", "value", 52.5e9, "USD", Y, "52.5 billion", E_ZA, partner="South Africa"),
        fact("China", "total", "share", 17.8, "percent", Y, "17.8",
             "On its own, South Africa made up 17.8 percent of China's trade with Africa", partner="South Africa"),
        fact("China", "total", "rank", 2, "number", Y, "second-largest", E_NG, partner="Nigeria"),
        fact("China", "total", "value", 23.7e9, "USD", Y, "23.7 billion", E_NG, partner="Nigeria"),
        fact("China", "total", "value", 23.1e9, "USD", Y, "23.1 billion", E_AO_CD, partner="Angola"),
        fact("China", "total", "value", 22.6e9, "USD", Y, "22.6 billion", E_AO_CD, partner="Democratic Republic of the Congo"),
        fact("China", "exports", "growth", 31.2, "percent", Y, "31.2", E_PROD, partner=AF, product="automobiles"),
        fact("China", "exports", "growth", 19.6, "percent", Y, "19.6", E_PROD, partner=AF, product="ships"),
        fact("China", "exports", "growth", 12.8, "percent", Y, "12.8", E_PROD, partner=AF, product="steel products"),
        fact("China", "total", "growth", 6, "percent", Y, "6", E_LA, partner="Latin America"),
        fact("China", "total", "value", 518.5e9, "USD", Y, "518.5 billion", E_LA, partner="Latin America"),
        fact("China", "total", "rank", 1, "number", Y, "biggest",
             "Brazil again ranking as the biggest partner for China in the region", partner="Brazil"),
    ],
}
