from _fact import fact, period

Y = period(2025, 1, 12)
H = "Hunan"
BR = "Belt and Road partner countries"
ME = "mechanical and electrical products"
E_LEAD = ("Foreign trade in the central Chinese province of Hunan reached 603.42 billion yuan "
          "(about 84.3 billion U.S. dollars) in 2025, an 8.3 percent increase on 2024")
E_NAT = "outpacing the national growth rate of 3.8 percent"
E_XM = ("Of that total, 411.58 billion yuan came from exports, 10.2 percent more than a year earlier, and 191.84 billion "
        "yuan from imports, which grew 4.4 percent")
E_ASEAN = ("Trade with the Association of Southeast Asian Nations (ASEAN), still Hunan's largest trading partner, rose "
           "12.7 percent to 118.6 billion yuan, equal to 19.7 percent of the provincial total.")
E_AF = "Trade with Africa surged 15.6 percent to a record 65.1 billion yuan"
E_EUUS = ("Hunan's trade with the European Union and the United States stood at 52.3 billion yuan and 41.7 billion yuan "
          "respectively, with the latter dropping 14.2 percent")
E_BR = ("Trade with Belt and Road partner countries expanded 11.4 percent to 282.6 billion yuan, making up 46.8 percent "
        "of the total.")
E_ME = ("exports of mechanical and electrical products rose 12.5 percent to 198.9 billion yuan, or 48.3 percent of the "
        "province's exports")
E_LAB = ("Exports of labor-intensive products such as clothing, footwear and furniture reached 72.4 billion yuan, "
         "up 6.1 percent")
E_CS = "Changsha, the provincial capital, contributed 314.4 billion yuan, or 52.1 percent of Hunan's foreign trade"

ARTICLE = {
    "id": "dAO1_03_hunan_foreign_trade_2025",
    "title": "Hunan\'s 2025 foreign trade grows 8.3 pct, beating national pace",
    "publisher": "Xinhua",
    "published": "2026-01-20",
    "notes": [
        "Running period is 2025 (lead); 'last year' in a text dated 2026-01-20 is 2025. Every fact is 2025-01..2025-12.",
        "Headline 'grows 8.3 pct' is the same observation as the lead's growth: labelled once (lead as evidence).",
        "'603.42 billion yuan (about 84.3 billion U.S. dollars)': a CNY fact and a USD fact with qualifier approx.",
        "'outpacing the national growth rate of 3.8 percent': a stated trade growth rate for China as a whole -> area China, total growth 3.8 (in scope: a trade flow attributed to an area, not a derived comparison).",
        "Exports 411.58 + imports 191.84 = 603.42; no balance is stated, none labelled.",
        "ASEAN: rank 1 ('largest'), value, growth, share 19.7 percent of Hunan's total.",
        "Africa: growth 15.6 and value 65.1 billion; 'a record' is a milestone word, not a number.",
        "EU/US respectively list: values 52.3 and 41.7 billion; 'the latter dropping 14.2 percent' -> US growth -14.2. EU growth not stated.",
        "Belt and Road: growth, value, share (partner 'Belt and Road partner countries').",
        "Mechanical and electrical products: export growth, value, share of the province's exports. Labour-intensive products: product written as in the text, 'labor-intensive products'. Agricultural products: export growth only.",
        "Private enterprises: share 82.6 percent of total trade, segment 'private enterprises'.",
        "'The number of enterprises with actual import and export performance reached 8,316 last year': count, segment 'foreign trade enterprises'; 'an increase of 508 from 2024' is a derived difference, out.",
        "Changsha: area 'Changsha' (descriptor 'the provincial capital' dropped), total value 314.4 billion and share 52.1 percent of Hunan's trade.",
        "Expo: 4,700 exhibitors, 53 African countries, 168 agreements worth 11.4 billion U.S. dollars: exhibitors, participants and deals are not trade flows, out. 'fourth' expo: an ordinal of an event, out.",
        "China-Europe freight train trips (about 1,200): not a trade flow, out. Zero-tariff access, years: out.",
    ],
    "facts": [
        fact(H, "total", "growth", 8.3, "percent", Y, "8.3", E_LEAD),
        fact(H, "total", "value", 603.42e9, "CNY", Y, "603.42 billion", E_LEAD),
        fact(H, "total", "value", 84.3e9, "USD", Y, "84.3 billion", E_LEAD, qualifier="approx"),
        fact("China", "total", "growth", 3.8, "percent", Y, "3.8", E_NAT),
        fact(H, "exports", "growth", 10.2, "percent", Y, "10.2", E_XM),
        fact(H, "exports", "value", 411.58e9, "CNY", Y, "411.58 billion", E_XM),
        fact(H, "imports", "growth", 4.4, "percent", Y, "4.4", E_XM),
        fact(H, "imports", "value", 191.84e9, "CNY", Y, "191.84 billion", E_XM),
        fact(H, "total", "rank", 1, "number", Y, "largest", E_ASEAN, partner="ASEAN"),
        fact(H, "total", "value", 118.6e9, "CNY", Y, "118.6 billion", E_ASEAN, partner="ASEAN"),
        fact(H, "total", "growth", 12.7, "percent", Y, "12.7", E_ASEAN, partner="ASEAN"),
        fact(H, "total", "share", 19.7, "percent", Y, "19.7", E_ASEAN, partner="ASEAN"),
        fact(H, "total", "growth", 15.6, "percent", Y, "15.6", E_AF, partner="Africa"),
        fact(H, "total", "value", 65.1e9, "CNY", Y, "65.1 billion", E_AF, partner="Africa"),
        fact(H, "total", "value", 52.3e9, "CNY", Y, "52.3 billion", E_EUUS, partner="European Union"),
        fact(H, "total", "value", 41.7e9, "CNY", Y, "41.7 billion", E_EUUS, partner="United States"),
        fact(H, "total", "growth", -14.2, "percent", Y, "14.2", E_EUUS, partner="United States"),
        fact(H, "total", "growth", 11.4, "percent", Y, "11.4", E_BR, partner=BR),
        fact(H, "total", "value", 282.6e9, "CNY", Y, "282.6 billion", E_BR, partner=BR),
        fact(H, "total", "share", 46.8, "percent", Y, "46.8", E_BR, partner=BR),
        fact(H, "exports", "growth", 12.5, "percent", Y, "12.5", E_ME, product=ME),
        fact(H, "exports", "value", 198.9e9, "CNY", Y, "198.9 billion", E_ME, product=ME),
        fact(H, "exports", "share", 48.3, "percent", Y, "48.3", E_ME, product=ME),
        fact(H, "exports", "value", 72.4e9, "CNY", Y, "72.4 billion", E_LAB, product="labor-intensive products"),
        fact(H, "exports", "growth", 6.1, "percent", Y, "6.1", E_LAB, product="labor-intensive products"),
        fact(H, "exports", "growth", 9.8, "percent", Y, "9.8", "agricultural product exports grew 9.8 percent",
             product="agricultural products"),
        fact(H, "total", "share", 82.6, "percent", Y, "82.6",
             "Private enterprises, the backbone of the province's trade, accounted for 82.6 percent of the total.",
             segment="private enterprises"),
        fact(H, "total", "count", 8316, "number", Y, "8,316",
             "The number of enterprises with actual import and export performance reached 8,316 last year",
             segment="foreign trade enterprises"),
        fact("Changsha", "total", "value", 314.4e9, "CNY", Y, "314.4 billion", E_CS),
        fact("Changsha", "total", "share", 52.1, "percent", Y, "52.1", E_CS),
    ],
}
