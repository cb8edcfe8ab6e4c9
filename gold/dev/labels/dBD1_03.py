from _fact import fact, period

Y = period(2025, 1, 12)
DEC = period(2025, 12)
A = "Chongqing"
ASEAN_EU = ("Trade with ASEAN and the European Union, the city's two biggest partners, grew by 12.6% and 10.2% respectively, "
            "to 1326.5 hundred million yuan and 1082.4 hundred million yuan")
PHONES = ("Mobile phones, automobiles and motorcycles rose by 35.4%, 23% and 29.5% respectively, reaching export values of "
          "567 hundred million yuan, 530.3 hundred million yuan and 264.7 hundred million yuan")
GEN = ("the general trade import and export of our city was 3532.6 hundred million yuan, an increase of 14.1%, "
       "accounting for 44.1% of the total value of the city's foreign trade")
PROC = "The processing trade import and export was 3104.2 hundred million yuan, an increase of 9.5%, accounting for 38.8%."
PRIV = ("private enterprises imported and exported 3418.3 hundred million yuan, an increase of 15.2%, "
        "accounting for 42.7% of the city's total")
FIE = ("foreign-invested enterprises imported and exported 4021.7 hundred million yuan, an increase of 8.3%, "
       "accounting for 50.2%")
BR = ("The import and export to countries jointly building the \"Belt and Road\" was 4105.6 hundred million yuan, "
      "an increase of 15.8%, accounting for 51.3%.")
ME = ("The export of mechanical and electrical products was 4789.6 hundred million yuan, an increase of 10.8%, "
      "accounting for 85.7% of the city's total export value.")
NB = ("the city shipped 1521.5 hundred million yuan of them, 30.2% of all notebook computers exported from China, "
      "which put Chongqing first in the country")

ARTICLE = {
    "id": "dBD1_03",
    "title": "Chongqing's foreign trade import and export value reached 8006.8 hundred million yuan in 2025, an increase of 12%",
    "publisher": "Chongqing Customs",
    "published": "2026-01-26",
    "notes": [
        "Area Chongqing throughout ('our city' and 'the city' = Chongqing from the headline and lead); running period the year 2025 (2025-01..12).",
        "Amounts in 'hundred million yuan' are scaled by 1e8 (8006.8 hundred million -> 8.0068e11). The headline total and growth restate the body and are labelled once.",
        "The attached table is flattened into lines; its title '(unit: 100 million yuan)' gives the scale of the value column, and the 'Year-on-year (%)' column is growth. (A header written '(unit: 100 million yuan, %)' was not read as a scale by the lint's parser, so the unit for the percent column was moved into its column header.) Each row is labelled as a value fact and a growth fact for that partner.",
        "'In December' -> period 2025-12 for the monthly total and growth.",
        "Trade modes (general trade, processing trade, bonded logistics) and enterprise types (private, state-owned, foreign-invested) go in segment.",
        "'about 230 countries and regions' -> count of trading partners, approx. 'its trade grew with nearly 180 of them' is a conditional count and is not labelled.",
        "'ASEAN and the European Union, the city's two biggest partners' does not state which is first, so no rank facts were labelled for them; their growth rates are coordinated with 'respectively' and their values follow in the same order.",
        "Notebook computers: '30.2% of all notebook computers exported from China' is labelled as a share of Chongqing's notebook exports (of the national whole) and 'which put Chongqing first in the country' as rank 1 for Chongqing's notebook exports, both area Chongqing.",
        "'new three items' kept as product in the text's words; the fruits import value (41.8 hundred million yuan) has no growth rate.",
        "Out of scope, not labelled: '8.2 percentage points higher than the national growth rate' (derived comparison); 'a record high' for the enterprise count (milestone); the 15th Five-Year Plan mention.",
    ],
    "facts": [
        fact(A, "total", "value", 8006.8e8, "CNY", Y, "8006.8 hundred million",
             "customs statistics put the city's combined imports and exports for 2025 at 8006.8 hundred million yuan, up 12% on the previous year"),
        fact(A, "total", "growth", 12, "percent", Y, "12",
             "customs statistics put the city's combined imports and exports for 2025 at 8006.8 hundred million yuan, up 12% on the previous year"),
        fact(A, "exports", "value", 5587.3e8, "CNY", Y, "5587.3 hundred million",
             "outbound shipments came to 5587.3 hundred million yuan, up 10.2%"),
        fact(A, "exports", "growth", 10.2, "percent", Y, "10.2",
             "outbound shipments came to 5587.3 hundred million yuan, up 10.2%"),
        fact(A, "imports", "value", 2419.5e8, "CNY", Y, "2419.5 hundred million",
             "inbound goods totalled 2419.5 hundred million yuan, up 14.8%"),
        fact(A, "imports", "growth", 14.8, "percent", Y, "14.8",
             "inbound goods totalled 2419.5 hundred million yuan, up 14.8%"),
        fact(A, "total", "value", 812.4e8, "CNY", DEC, "812.4 hundred million",
             "In December, the city's import and export was 812.4 hundred million yuan, an increase of 15.7%."),
        fact(A, "total", "growth", 15.7, "percent", DEC, "15.7",
             "In December, the city's import and export was 812.4 hundred million yuan, an increase of 15.7%."),
        fact(A, "total", "value", 3532.6e8, "CNY", Y, "3532.6 hundred million", GEN, segment="general trade"),
        fact(A, "total", "growth", 14.1, "percent", Y, "14.1", GEN, segment="general trade"),
        fact(A, "total", "share", 44.1, "percent", Y, "44.1", GEN, segment="general trade"),
        fact(A, "total", "value", 3104.2e8, "CNY", Y, "3104.2 hundred million", PROC, segment="processing trade"),
        fact(A, "total", "growth", 9.5, "percent", Y, "9.5", PROC, segment="processing trade"),
        fact(A, "total", "share", 38.8, "percent", Y, "38.8", PROC, segment="processing trade"),
        fact(A, "total", "value", 1302.5e8, "CNY", Y, "1302.5 hundred million",
             "the import and export in the form of bonded logistics was 1302.5 hundred million yuan, an increase of 13.4%",
             segment="bonded logistics"),
        fact(A, "total", "growth", 13.4, "percent", Y, "13.4",
             "the import and export in the form of bonded logistics was 1302.5 hundred million yuan, an increase of 13.4%",
             segment="bonded logistics"),
        fact(A, "total", "count", 7136, "number", Y, "7,136",
             "The number of enterprises with actual import and export performance in the city reached 7,136",
             segment="foreign trade enterprises"),
        fact(A, "total", "value", 3418.3e8, "CNY", Y, "3418.3 hundred million", PRIV, segment="private enterprises"),
        fact(A, "total", "growth", 15.2, "percent", Y, "15.2", PRIV, segment="private enterprises"),
        fact(A, "total", "share", 42.7, "percent", Y, "42.7", PRIV, segment="private enterprises"),
        fact(A, "total", "value", 562.1e8, "CNY", Y, "562.1 hundred million",
             "state-owned enterprises imported and exported 562.1 hundred million yuan, an increase of 21.4%",
             segment="state-owned enterprises"),
        fact(A, "total", "growth", 21.4, "percent", Y, "21.4",
             "state-owned enterprises imported and exported 562.1 hundred million yuan, an increase of 21.4%",
             segment="state-owned enterprises"),
        fact(A, "total", "value", 4021.7e8, "CNY", Y, "4021.7 hundred million", FIE, segment="foreign-invested enterprises"),
        fact(A, "total", "growth", 8.3, "percent", Y, "8.3", FIE, segment="foreign-invested enterprises"),
        fact(A, "total", "share", 50.2, "percent", Y, "50.2", FIE, segment="foreign-invested enterprises"),
        fact(A, "total", "count", 230, "number", Y, "230",
             "the city did business with about 230 countries and regions", segment="trading partners", qualifier="approx"),
        fact(A, "total", "value", 1326.5e8, "CNY", Y, "1326.5 hundred million", ASEAN_EU, partner="ASEAN"),
        fact(A, "total", "value", 1082.4e8, "CNY", Y, "1082.4 hundred million", ASEAN_EU, partner="European Union"),
        fact(A, "total", "growth", 12.6, "percent", Y, "12.6", ASEAN_EU, partner="ASEAN"),
        fact(A, "total", "growth", 10.2, "percent", Y, "10.2", ASEAN_EU, partner="European Union"),
        fact(A, "total", "value", 4105.6e8, "CNY", Y, "4105.6 hundred million", BR, partner="Belt and Road partner countries"),
        fact(A, "total", "growth", 15.8, "percent", Y, "15.8", BR, partner="Belt and Road partner countries"),
        fact(A, "total", "share", 51.3, "percent", Y, "51.3", BR, partner="Belt and Road partner countries"),
        fact(A, "total", "value", 768.9e8, "CNY", Y, "768.9", "United States  768.9  -6.3", partner="United States"),
        fact(A, "total", "growth", -6.3, "percent", Y, "-6.3", "United States  768.9  -6.3", partner="United States"),
        fact(A, "total", "value", 512.7e8, "CNY", Y, "512.7", "Latin America  512.7  18.4", partner="Latin America"),
        fact(A, "total", "growth", 18.4, "percent", Y, "18.4", "Latin America  512.7  18.4", partner="Latin America"),
        fact(A, "total", "value", 196.3e8, "CNY", Y, "196.3", "Africa  196.3  24.1", partner="Africa"),
        fact(A, "total", "growth", 24.1, "percent", Y, "24.1", "Africa  196.3  24.1", partner="Africa"),
        fact(A, "total", "value", 301.8e8, "CNY", Y, "301.8", "Middle East  301.8  9.7", partner="Middle East"),
        fact(A, "total", "growth", 9.7, "percent", Y, "9.7", "Middle East  301.8  9.7", partner="Middle East"),
        fact(A, "exports", "value", 4789.6e8, "CNY", Y, "4789.6 hundred million", ME, product="mechanical and electrical products"),
        fact(A, "exports", "growth", 10.8, "percent", Y, "10.8", ME, product="mechanical and electrical products"),
        fact(A, "exports", "share", 85.7, "percent", Y, "85.7", ME, product="mechanical and electrical products"),
        fact(A, "exports", "value", 1521.5e8, "CNY", Y, "1521.5 hundred million", NB, product="notebook computers"),
        fact(A, "exports", "share", 30.2, "percent", Y, "30.2", NB, product="notebook computers"),
        fact(A, "exports", "rank", 1, "number", Y, "first", NB, product="notebook computers"),
        fact(A, "exports", "value", 567e8, "CNY", Y, "567 hundred million", PHONES, product="mobile phones"),
        fact(A, "exports", "value", 530.3e8, "CNY", Y, "530.3 hundred million", PHONES, product="automobiles"),
        fact(A, "exports", "value", 264.7e8, "CNY", Y, "264.7 hundred million", PHONES, product="motorcycles"),
        fact(A, "exports", "growth", 35.4, "percent", Y, "35.4", PHONES, product="mobile phones"),
        fact(A, "exports", "growth", 23, "percent", Y, "23", PHONES, product="automobiles"),
        fact(A, "exports", "growth", 29.5, "percent", Y, "29.5", PHONES, product="motorcycles"),
        fact(A, "exports", "growth", 73.5, "percent", Y, "73.5",
             "Shipments abroad of the \"new three items\" — electric vehicles, photovoltaic products and lithium batteries — were up 73.5%.",
             product="new three items"),
        fact(A, "imports", "value", 987.2e8, "CNY", Y, "987.2 hundred million",
             "The import of integrated circuits was 987.2 hundred million yuan, an increase of 19.6%", product="integrated circuits"),
        fact(A, "imports", "growth", 19.6, "percent", Y, "19.6",
             "The import of integrated circuits was 987.2 hundred million yuan, an increase of 19.6%", product="integrated circuits"),
        fact(A, "imports", "value", 203.4e8, "CNY", Y, "203.4 hundred million",
             "the import of agricultural products was 203.4 hundred million yuan, an increase of 6.9%", product="agricultural products"),
        fact(A, "imports", "growth", 6.9, "percent", Y, "6.9",
             "the import of agricultural products was 203.4 hundred million yuan, an increase of 6.9%", product="agricultural products"),
        fact(A, "imports", "value", 41.8e8, "CNY", Y, "41.8 hundred million",
             "of which the import of fruits was 41.8 hundred million yuan", product="fruits"),
    ],
}
