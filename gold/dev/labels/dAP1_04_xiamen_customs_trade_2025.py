from _fact import fact, period

Y25 = period(2025, 1, 12)
DEC = period(2025, 12)
XM = "Xiamen"
E_LEAD = ("Xiamen's foreign trade reached a record 9,618.4 hundred million yuan in 2025, 3.1% more than in the "
          "previous year")
E_EX = "exports were 5,127.6 hundred million yuan, an increase of 6.8%"
E_IM = "imports were 4,490.8 hundred million yuan, a decrease of 0.9%"
E_FJ = ("Xiamen's foreign trade accounted for 45.2% of the total import and export value of Fujian Province over the "
        "same period.")
E_DEC = ("In December alone, Xiamen's imports and exports were 871.3 hundred million yuan, an increase of 8.2% year on "
         "year and 5.6% month on month")
E_ENT = "the number of enterprises in Xiamen with actual import and export performance reached 9,876"
E_PRIV = ("Private enterprises imported and exported 3,942.7 hundred million yuan, an increase of 9.6%, accounting for "
          "41.0% of the city's total foreign trade value")
E_ASEAN = ("ASEAN remained Xiamen's largest trading partner, with imports and exports of 1,812.6 hundred million yuan, "
           "an increase of 7.5%.")
E_EUUS = ("Imports and exports with the European Union and the United States were 986.5 hundred million yuan and "
          "1,021.3 hundred million yuan, an increase of 4.1% and a decrease of 9.4% respectively.")
E_TW = "Xiamen's imports and exports with Taiwan were 412.6 hundred million yuan, an increase of 6.1%."
E_ME = ("Xiamen exported 2,268.5 hundred million yuan of mechanical and electrical products, an increase of 9.7%, "
        "accounting for 44.2% of the city's total export value.")
E_LAB = ("Exports of labour-intensive products and imports of agricultural products were 1,176.4 hundred million yuan "
         "and 1,034.7 hundred million yuan, up 3.2% and down 4.3% respectively.")
ME = "mechanical and electrical products"
LAB = "labour-intensive products"
AGR = "agricultural products"

ARTICLE = {
    "id": "dAP1_04_xiamen_customs_trade_2025",
    "title": "Xiamen's foreign trade reaches 961.84 billion yuan in 2025, exports up 6.8%",
    "publisher": "Xiamen Customs",
    "published": "2026-01-20",
    "notes": [
        "Annual release: every figure without a month is the year 2025 (Jan-Dec); 'all growth rates below are likewise year on year' makes every later growth rate year on year.",
        "Headline '961.84 billion yuan' and 'exports up 6.8%' restate the body's 9,618.4 hundred million yuan and 6.8%: same observations, labelled once from the body.",
        "Xiamen's 45.2% of Fujian's total is a share fact with area Xiamen, flow total, partner null (the whole is Fujian's trade, not a partner).",
        "December alone: value and year-on-year growth 8.2; '5.6% month on month' is basis mom. 'the highest monthly level of the year' is a milestone: out.",
        "'9,876' enterprises with actual import and export performance: a count, segment 'foreign trade enterprises'. '512 more than in the previous year' is a derived change: out.",
        "Private enterprises' '2.4 percentage points higher than in the previous year' is a derived comparison: out.",
        "ASEAN 'largest trading partner' -> rank 1 (partner ASEAN, flow total) for 2025.",
        "EU/US respectively-list: 986.5 and 4.1 (rise) go to the EU, 1,021.3 and 9.4 (decrease, -9.4) to the United States, in text order.",
        "Labour-intensive exports and agricultural imports respectively-list: 1,176.4 / up 3.2 to labour-intensive product exports; 1,034.7 / down 4.3 (-4.3) to agricultural product imports.",
        "The 'Mini Three Links' passage has no trade figure; '1.2 million trips' on the Xiamen-Kinmen passenger route is not a trade flow: out. '14th Five-Year Plan' is not a trade number: out.",
        "No trade balance is stated (the 636.8 hundred million surplus is only implied), so no balance fact.",
    ],
    "facts": [
        fact(XM, "total", "value", 9618.4e8, "CNY", Y25, "9,618.4 hundred million", E_LEAD),
        fact(XM, "total", "growth", 3.1, "percent", Y25, "3.1", E_LEAD),
        fact(XM, "exports", "value", 5127.6e8, "CNY", Y25, "5,127.6 hundred million", E_EX),
        fact(XM, "exports", "growth", 6.8, "percent", Y25, "6.8", E_EX),
        fact(XM, "imports", "value", 4490.8e8, "CNY", Y25, "4,490.8 hundred million", E_IM),
        fact(XM, "imports", "growth", -0.9, "percent", Y25, "0.9", E_IM),
        fact(XM, "total", "share", 45.2, "percent", Y25, "45.2", E_FJ),
        fact(XM, "total", "value", 871.3e8, "CNY", DEC, "871.3 hundred million", E_DEC),
        fact(XM, "total", "growth", 8.2, "percent", DEC, "8.2", E_DEC),
        fact(XM, "total", "growth", 5.6, "percent", DEC, "5.6", E_DEC, basis="mom"),
        fact(XM, "total", "count", 9876, "number", Y25, "9,876", E_ENT, segment="foreign trade enterprises"),
        fact(XM, "total", "value", 3942.7e8, "CNY", Y25, "3,942.7 hundred million", E_PRIV, segment="private enterprises"),
        fact(XM, "total", "growth", 9.6, "percent", Y25, "9.6", E_PRIV, segment="private enterprises"),
        fact(XM, "total", "share", 41.0, "percent", Y25, "41.0", E_PRIV, segment="private enterprises"),
        fact(XM, "total", "rank", 1, "number", Y25, "largest", E_ASEAN, partner="ASEAN"),
        fact(XM, "total", "value", 1812.6e8, "CNY", Y25, "1,812.6 hundred million", E_ASEAN, partner="ASEAN"),
        fact(XM, "total", "growth", 7.5, "percent", Y25, "7.5", E_ASEAN, partner="ASEAN"),
        fact(XM, "total", "value", 986.5e8, "CNY", Y25, "986.5 hundred million", E_EUUS, partner="European Union"),
        fact(XM, "total", "value", 1021.3e8, "CNY", Y25, "1,021.3 hundred million", E_EUUS, partner="United States"),
        fact(XM, "total", "growth", 4.1, "percent", Y25, "4.1", E_EUUS, partner="European Union"),
        fact(XM, "total", "growth", -9.4, "percent", Y25, "9.4", E_EUUS, partner="United States"),
        fact(XM, "total", "value", 412.6e8, "CNY", Y25, "412.6 hundred million", E_TW, partner="Taiwan"),
        fact(XM, "total", "growth", 6.1, "percent", Y25, "6.1", E_TW, partner="Taiwan"),
        fact(XM, "exports", "value", 2268.5e8, "CNY", Y25, "2,268.5 hundred million", E_ME, product=ME),
        fact(XM, "exports", "growth", 9.7, "percent", Y25, "9.7", E_ME, product=ME),
        fact(XM, "exports", "share", 44.2, "percent", Y25, "44.2", E_ME, product=ME),
        fact(XM, "exports", "value", 1176.4e8, "CNY", Y25, "1,176.4 hundred million", E_LAB, product=LAB),
        fact(XM, "imports", "value", 1034.7e8, "CNY", Y25, "1,034.7 hundred million", E_LAB, product=AGR),
        fact(XM, "exports", "growth", 3.2, "percent", Y25, "3.2", E_LAB, product=LAB),
        fact(XM, "imports", "growth", -4.3, "percent", Y25, "4.3", E_LAB, product=AGR),
    ],
}
