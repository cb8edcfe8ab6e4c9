from _fact import fact, period

JF = period(2026, 1, 2)
Y2025 = period(2025, 1, 12)

LEAD = "its value climbing 18.3 percent year on year over the first two months"
TOTAL = "combined imports and exports for January and February came to 7.73 trillion yuan (about 1.1 trillion U.S. dollars)"
EXP = "Exports climbed 19.2 percent to 4.62 trillion yuan"
IMP = "imports advanced 17.1 percent to 3.11 trillion yuan"
SURPLUS = "the country ran a trade surplus of 1.51 trillion yuan"
Y25 = "Growth at a double-digit rate stands in contrast to the 3.8 percent expansion recorded across all of 2025."
ASEAN_RANK = "the Association of Southeast Asian Nations (ASEAN) kept its position as China's largest"
ASEAN = ("two-way trade jumped 20.3 percent to 1.24 trillion yuan, equal to 16 percent of the country's overall "
         "foreign trade")
EU_RANK = "In second place came the European Union"
EU = "In second place came the European Union, with trade up 19.9 percent to 998.94 billion yuan, or 12.9 percent of the total."
US_RANK = "trade with the United States, China's third-largest trading partner"
US = ("Over the same period, trade with the United States, China's third-largest trading partner, slid 16.9 percent to 609.71 "
      "billion yuan.")
BRI = "Commerce with Belt and Road partner countries rose 20 percent to 4.02 trillion yuan"
ME = ("Among exports, mechanical and electrical products totaled 2.89 trillion yuan, a gain of 24.3 percent, and "
      "made up 62.6 percent of all exports")
LABOR = ("Outbound sales of labor-intensive products, including garments, furniture and toys, rose 3.5 percent to "
         "612.4 billion yuan")
PRIV = ("Their combined imports and exports climbed 22.8 percent to 4.51 trillion yuan in the first two months, "
        "making up 58.3 percent of the national total")

ME_P = "mechanical and electrical products"
BR = "Belt and Road partner countries"

ARTICLE = {
    "id": "dAA1_01_xinhua_china_jan_feb_2026",
    "title": "China's Jan-Feb goods trade up 18.3 pct, with double-digit rises in both exports and imports",
    "publisher": "Xinhua",
    "published": "2026-03-10",
    "notes": [
        "Period: 'the first two months' / 'January and February' of 2026 (dateline March 10, lead 'got 2026 off to a robust start') "
        "-> 2026-01..2026-02 throughout; 'Over the same period' for the US carries it.",
        "'(about 1.1 trillion U.S. dollars)': separate approx USD fact for the total trade value.",
        "Trade surplus 1.51 trillion yuan: balance value, positive.",
        "'the 3.8 percent expansion recorded across all of 2025': China total trade growth, period 2025-01..2025-12 "
        "(a separate observation, in scope).",
        "ASEAN 'kept its position as China's largest' (trading partner): rank 1, value_text 'largest'; EU 'In "
        "second place came the European Union': rank 2.",
        "US 'third-largest trading partner': rank 3 of total trade.",
        "ASEAN share '16 percent of the country's overall foreign trade'; EU '12.9 percent of the total': shares of "
        "total trade with the partner.",
        "'Their combined imports and exports' = private enterprises (segment), flow total; share 58.3 of the national total.",
        "Mechanical and electrical products: exports value, growth and share of total exports (62.6).",
        "Labor-intensive products ('including garments, furniture and toys'): product 'labor-intensive products'.",
        "Out of scope, unlabelled: 'a share 2.1 percentage points above that of a year earlier' (percentage-point "
        "comparison); 'grew at double-digit rates' / 'grew at a double-digit pace' for Africa, Central Asia, crude oil, iron "
        "ore and imported M&E products (no number); the 4.5 to 5 percent GDP growth target (not trade, forecast).",
    ],
    "facts": [
        fact("China", "total", "growth", 18.3, "percent", JF, "18.3", LEAD),
        fact("China", "total", "value", 7.73e12, "CNY", JF, "7.73 trillion", TOTAL),
        fact("China", "total", "value", 1.1e12, "USD", JF, "1.1 trillion", TOTAL, qualifier="approx"),
        fact("China", "exports", "growth", 19.2, "percent", JF, "19.2", EXP),
        fact("China", "exports", "value", 4.62e12, "CNY", JF, "4.62 trillion", EXP),
        fact("China", "imports", "growth", 17.1, "percent", JF, "17.1", IMP),
        fact("China", "imports", "value", 3.11e12, "CNY", JF, "3.11 trillion", IMP),
        fact("China", "balance", "value", 1.51e12, "CNY", JF, "1.51 trillion", SURPLUS),
        fact("China", "total", "growth", 3.8, "percent", Y2025, "3.8", Y25),
        fact("China", "total", "rank", 1, "number", JF, "largest", ASEAN_RANK, partner="ASEAN"),
        fact("China", "total", "growth", 20.3, "percent", JF, "20.3", ASEAN, partner="ASEAN"),
        fact("China", "total", "value", 1.24e12, "CNY", JF, "1.24 trillion", ASEAN, partner="ASEAN"),
        fact("China", "total", "share", 16, "percent", JF, "16", ASEAN, partner="ASEAN"),
        fact("China", "total", "rank", 2, "number", JF, "second", EU_RANK, partner="European Union"),
        fact("China", "total", "growth", 19.9, "percent", JF, "19.9", EU, partner="European Union"),
        fact("China", "total", "value", 998.94e9, "CNY", JF, "998.94 billion", EU, partner="European Union"),
        fact("China", "total", "share", 12.9, "percent", JF, "12.9", EU, partner="European Union"),
        fact("China", "total", "rank", 3, "number", JF, "third-largest", US_RANK, partner="United States"),
        fact("China", "total", "growth", -16.9, "percent", JF, "16.9", US, partner="United States"),
        fact("China", "total", "value", 609.71e9, "CNY", JF, "609.71 billion", US, partner="United States"),
        fact("China", "total", "growth", 20, "percent", JF, "20", BRI, partner=BR),
        fact("China", "total", "value", 4.02e12, "CNY", JF, "4.02 trillion", BRI, partner=BR),
        fact("China", "exports", "value", 2.89e12, "CNY", JF, "2.89 trillion", ME, product=ME_P),
        fact("China", "exports", "growth", 24.3, "percent", JF, "24.3", ME, product=ME_P),
        fact("China", "exports", "share", 62.6, "percent", JF, "62.6", ME, product=ME_P),
        fact("China", "exports", "value", 612.4e9, "CNY", JF, "612.4 billion", LABOR,
             product="labor-intensive products"),
        fact("China", "exports", "growth", 3.5, "percent", JF, "3.5", LABOR, product="labor-intensive products"),
        fact("China", "total", "value", 4.51e12, "CNY", JF, "4.51 trillion", PRIV, segment="private enterprises"),
        fact("China", "total", "growth", 22.8, "percent", JF, "22.8", PRIV, segment="private enterprises"),
        fact("China", "total", "share", 58.3, "percent", JF, "58.3", PRIV, segment="private enterprises"),
    ],
}
