from _fact import fact, period

JF = period(2026, 1, 2)
C = "China"
E_LEAD = ("combined imports and exports for January and February were 7.73 trillion yuan (about 1.12 trillion "
          "U.S. dollars), 18.3 percent more than a year earlier")
E_XM = ("Exports for the period totaled 4.62 trillion yuan, a gain of 19.2 percent, and purchases from abroad came "
        "to 3.11 trillion yuan, 17.1 percent higher")
E_USD_BAL = "Measured in dollars, the surplus came to 213.6 billion U.S. dollars."
E_ASEAN_RANK = "The Association of Southeast Asian Nations (ASEAN) kept its place as China's biggest trading partner."
E_ASEAN = ("The bloc accounted for 16 percent of the country's foreign trade, with two-way flows of 1.24 trillion "
           "yuan, an increase of 20.3 percent.")
E_EU = "With 998.94 billion yuan of trade, up 19.9 percent, the European Union stayed the second-largest partner."
E_US = ("Trade with the United States moved the other way, shrinking 16.9 percent to 609.71 billion yuan, and its "
        "weight in China's total slipped to 7.9 percent.")
E_BRI = ("Commerce with countries taking part in the Belt and Road Initiative totaled 4.02 trillion yuan, 20 percent "
         "more than in the same months of 2025, and accounted for 52 percent of the total.")
E_ME = ("Exports of mechanical and electrical products, the backbone of the country's outbound trade, came to "
        "2.89 trillion yuan, 24.3 percent higher year on year, representing 62.6 percent of all exports.")
E_PRIV = ("Their imports and exports amounted to 4.51 trillion yuan, up 22.8 percent, lifting their share of the "
          "national total to 58.3 percent.")
E_COUNT = "The number of enterprises with import and export records rose to 482,000 in the two months"
ME = "mechanical and electrical products"
BRI = "Belt and Road partner countries"
PRIV = "private enterprises"

ARTICLE = {
    "id": "dAP1_01_china_trade_jan_feb_2026",
    "title": "China's Jan-Feb foreign trade jumps 18.3 pct as exports top 4.6 trln yuan",
    "publisher": "Xinhua",
    "published": "2026-03-10",
    "notes": [
        "Period: January-February 2026 reported together (2026-01/2026-02) for every fact; dateline March 10, published 2026-03-10.",
        "Headline '18.3 pct' is the same observation as the lead's 18.3 percent: labelled once (evidence from the lead).",
        "Headline 'exports top 4.6 trln yuan' is a threshold for the exact 4.62 trillion yuan in the body: only the exact figure is labelled.",
        "'7.73 trillion yuan (about 1.12 trillion U.S. dollars)': a CNY fact and a USD fact with qualifier approx.",
        "'closed with a trade surplus of 1.51 trillion yuan' is stated (4.62 - 3.11 = 1.51): balance value in CNY.",
        "'the surplus came to 213.6 billion U.S. dollars': a separately published dollar figure for the same balance, another currency, so a separate USD fact; no hedge word, qualifier exact.",
        "Bloomberg poll forecast of 7.2 percent export growth: a forecast, out.",
        "ASEAN: 'biggest trading partner' -> rank 1; its 1.24 trillion value, 20.3 percent growth and 16 percent share in the next sentence ('the bloc').",
        "EU: 'the second-largest partner' -> rank 2 (value_text 'second'); growth 19.9 and value 998.94 billion.",
        "US: 'shrinking 16.9 percent' -> -16.9; 'its weight in China's total slipped to 7.9 percent' is a share of 7.9 (the verb moves the share, the share is positive).",
        "Belt and Road: partner canonical 'Belt and Road partner countries'; '20 percent more than in the same months of 2025' is yoy growth 20 (2025 is the comparison base, not the period); share 52.",
        "Mechanical and electrical products: exports value 2.89 trillion, growth 24.3, share 62.6 of all exports. Integrated circuits, automobiles, appliances, iron ore, crude oil: no figures given.",
        "Private enterprises: segment 'private enterprises', flow total (imports and exports): value 4.51 trillion, growth 22.8, share 58.3. Foreign-invested and state-owned firms: no figures.",
        "482,000 enterprises with import and export records: count, segment 'foreign trade enterprises'. '21,000 more than a year before' is a derived change, out.",
        "Out: 'nine days long' (holiday), 'contracted' base without a figure, GDP target 4.5 to 5 percent, CPI 1.3 percent, years.",
    ],
    "facts": [
        fact(C, "total", "growth", 18.3, "percent", JF, "18.3", E_LEAD),
        fact(C, "total", "value", 7.73e12, "CNY", JF, "7.73 trillion", E_LEAD),
        fact(C, "total", "value", 1.12e12, "USD", JF, "1.12 trillion", E_LEAD, qualifier="approx"),
        fact(C, "exports", "growth", 19.2, "percent", JF, "19.2", E_XM),
        fact(C, "exports", "value", 4.62e12, "CNY", JF, "4.62 trillion", E_XM),
        fact(C, "imports", "growth", 17.1, "percent", JF, "17.1", E_XM),
        fact(C, "imports", "value", 3.11e12, "CNY", JF, "3.11 trillion", E_XM),
        fact(C, "balance", "value", 1.51e12, "CNY", JF, "1.51 trillion", "closed with a trade surplus of 1.51 trillion yuan"),
        fact(C, "balance", "value", 213.6e9, "USD", JF, "213.6 billion", E_USD_BAL),
        fact(C, "total", "rank", 1, "number", JF, "biggest", E_ASEAN_RANK, partner="ASEAN"),
        fact(C, "total", "value", 1.24e12, "CNY", JF, "1.24 trillion", E_ASEAN, partner="ASEAN"),
        fact(C, "total", "growth", 20.3, "percent", JF, "20.3", E_ASEAN, partner="ASEAN"),
        fact(C, "total", "share", 16, "percent", JF, "16", E_ASEAN, partner="ASEAN"),
        fact(C, "total", "rank", 2, "number", JF, "second", E_EU, partner="European Union"),
        fact(C, "total", "growth", 19.9, "percent", JF, "19.9", E_EU, partner="European Union"),
        fact(C, "total", "value", 998.94e9, "CNY", JF, "998.94 billion", E_EU, partner="European Union"),
        fact(C, "total", "growth", -16.9, "percent", JF, "16.9", E_US, partner="United States"),
        fact(C, "total", "value", 609.71e9, "CNY", JF, "609.71 billion", E_US, partner="United States"),
        fact(C, "total", "share", 7.9, "percent", JF, "7.9", E_US, partner="United States"),
        fact(C, "total", "value", 4.02e12, "CNY", JF, "4.02 trillion", E_BRI, partner=BRI),
        fact(C, "total", "growth", 20, "percent", JF, "20", E_BRI, partner=BRI),
        fact(C, "total", "share", 52, "percent", JF, "52", E_BRI, partner=BRI),
        fact(C, "exports", "value", 2.89e12, "CNY", JF, "2.89 trillion", E_ME, product=ME),
        fact(C, "exports", "growth", 24.3, "percent", JF, "24.3", E_ME, product=ME),
        fact(C, "exports", "share", 62.6, "percent", JF, "62.6", E_ME, product=ME),
        fact(C, "total", "value", 4.51e12, "CNY", JF, "4.51 trillion", E_PRIV, segment=PRIV),
        fact(C, "total", "growth", 22.8, "percent", JF, "22.8", E_PRIV, segment=PRIV),
        fact(C, "total", "share", 58.3, "percent", JF, "58.3", E_PRIV, segment=PRIV),
        fact(C, "total", "count", 482000, "number", JF, "482,000", E_COUNT, segment="foreign trade enterprises"),
    ],
}
