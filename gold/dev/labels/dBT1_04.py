from _fact import fact, period

HN = "Hainan"
JO = period(2026, 1, 10)
OCT = period(2026, 10)

ARTICLE = {
    "id": "dBT1_04",
    "title": "Zero-tariff push lifts Hainan free trade port's Jan-Oct trade 17.6 pct",
    "publisher": "Xinhua",
    "published": "2026-11-20",
    "notes": [
        "Real figures: none (January-October 2026 is modelled, not reported). Real background only: the "
        "island-wide special customs operations began on Dec. 18, 2025, and zero-tariff coverage went from 21 to "
        "74 percent of tariff lines; the 30 percent value-added threshold is the real policy rule. Modelled on Xinhua/"
        "Haikou Customs releases on Hainan trade (yuan totals, ASEAN as top partner, aircraft and duty-free imports). "
        "Invented: every 2026 trade figure (total, exports, imports, October, zero-tariff imports, duty-free goods "
        "imports, private firms, enterprise and partner counts, ASEAN/EU/Australia/RCEP trade, aircraft and crude "
        "oil), the duty savings, the duty-free retail sales and shopper count. Derived: exports + imports = "
        "96.12 + 172.31 = 268.43 billion; USD conversion at about 7.12 yuan per dollar (268.43 / 7.12 = 37.70); "
        "private share 118.9 / 268.43 = 44.3 percent; RCEP share 95.36 / 268.43 = 35.5 percent; RCEP trade exceeds "
        "ASEAN + Australia (82.88 billion).",
        "Judgement calls: area is Hainan (the province; the FTP covers the whole island, and the text says "
        "'Hainan' and 'the island'). The headline's 17.6 is the body's growth fact, labelled once with the body's "
        "evidence. 'last month' counts back from 2026-11-20 to October 2026. '6.3 percent more than in September' "
        "is a comparison with the month before: growth, basis mom. Zero-tariff imports are a trade mode "
        "(segment 'zero-tariff policy'); imports for the duty-free stores are a product ('duty-free goods'). "
        "The 'European Union and Australia ranked second and third ... respectively' list gives two ranks and two "
        "values. The RCEP partner is written out as the text defines the acronym ('Regional Comprehensive "
        "Economic Partnership members'). Crude oil: the 4.3 percent fall is the value's, so it is a value growth "
        "fact beside the tonnage, not a volume growth. The count of 9,874 enterprises is 'foreign trade "
        "enterprises'; 187 countries and regions is a count of trading partners.",
        "Not facts: 14.2 percentage points (a derived comparison with the national rate); 74 and 21 percent "
        "(shares of tariff lines, not trade flows); Dec. 18, 2025 (a date); 2.31 billion and 412 million yuan "
        "(duties saved, not trade); 30 percent (the value-added threshold); 5.84 billion yuan and 63.2 percent "
        "(sales from Hainan to the Chinese mainland under the value-added policy: domestic sales, not foreign "
        "trade); 26.8 billion yuan and 4.92 million (duty-free retail sales and shoppers, not trade flows); "
        "2,356 (an increase in the enterprise count, a derived comparison); 14 (the number of other RCEP members, "
        "a description of the bloc, not a count of Hainan's trading partners); the yuan-dollar rate implied by "
        "the conversion.",
        "Copy check: 10 sentences searched, 2 reworded (the zero-tariff coverage sentence and the value-added policy sentence, both close to real policy explainers).",
        "Second check: 21 sentences searched, 5 reworded.",
    ],
    "facts": [
        fact(HN, "total", "growth", 17.6, "percent", JO, "17.6",
             "reached 268.43 billion yuan (about 37.7 billion U.S. dollars) in January-October, 17.6 percent more than a year earlier"),
        fact(HN, "total", "value", 268.43e9, "CNY", JO, "268.43 billion",
             "Goods trade through Hainan Province, the island now run as a free trade port (FTP), reached 268.43 billion yuan"),
        fact(HN, "total", "value", 37.7e9, "USD", JO, "37.7 billion",
             "268.43 billion yuan (about 37.7 billion U.S. dollars) in January-October", qualifier="approx"),
        fact(HN, "exports", "growth", 21.3, "percent", JO, "21.3",
             "exports grew faster, by 21.3 percent, to 96.12 billion yuan"),
        fact(HN, "exports", "value", 96.12e9, "CNY", JO, "96.12 billion",
             "exports grew faster, by 21.3 percent, to 96.12 billion yuan"),
        fact(HN, "imports", "growth", 15.6, "percent", JO, "15.6",
             "Imports made up 172.31 billion yuan of the total, 15.6 percent more than a year before"),
        fact(HN, "imports", "value", 172.31e9, "CNY", JO, "172.31 billion",
             "Imports made up 172.31 billion yuan of the total"),
        fact(HN, "total", "value", 29.87e9, "CNY", OCT, "29.87 billion",
             "Trade last month came to 29.87 billion yuan"),
        fact(HN, "total", "growth", 24.1, "percent", OCT, "24.1",
             "Trade last month came to 29.87 billion yuan, 24.1 percent above the level of a year earlier"),
        fact(HN, "total", "growth", 6.3, "percent", OCT, "6.3",
             "Trade last month came to 29.87 billion yuan, 24.1 percent above the level of a year earlier and 6.3 percent more than in September",
             basis="mom"),
        fact(HN, "imports", "value", 14.26e9, "CNY", JO, "14.26 billion",
             "goods brought in under the zero-tariff policy were valued at 14.26 billion yuan",
             segment="zero-tariff policy"),
        fact(HN, "imports", "growth", 86.4, "percent", JO, "86.4",
             "goods brought in under the zero-tariff policy were valued at 14.26 billion yuan, up 86.4 percent year on year",
             segment="zero-tariff policy"),
        fact(HN, "imports", "growth", -8.2, "percent", JO, "8.2",
             "Imports of duty-free goods for those stores, however, fell 8.2 percent to 11.05 billion yuan",
             product="duty-free goods"),
        fact(HN, "imports", "value", 11.05e9, "CNY", JO, "11.05 billion",
             "Imports of duty-free goods for those stores, however, fell 8.2 percent to 11.05 billion yuan",
             product="duty-free goods"),
        fact(HN, "total", "growth", 25.3, "percent", JO, "25.3",
             "Private firms remained the backbone of the island's trade, with their imports and exports rising 25.3 percent to 118.9 billion yuan",
             segment="private enterprises"),
        fact(HN, "total", "value", 118.9e9, "CNY", JO, "118.9 billion",
             "Private firms remained the backbone of the island's trade, with their imports and exports rising 25.3 percent to 118.9 billion yuan",
             segment="private enterprises"),
        fact(HN, "total", "share", 44.3, "percent", JO, "44.3",
             "Private firms remained the backbone of the island's trade, with their imports and exports rising 25.3 percent to 118.9 billion yuan, or 44.3 percent of the total",
             segment="private enterprises"),
        fact(HN, "total", "count", 9874, "number", JO, "9,874",
             "Enterprises with actual import and export records numbered 9,874",
             segment="foreign trade enterprises"),
        fact(HN, "total", "count", 187, "number", JO, "187",
             "Hainan traded with 187 countries and regions",
             segment="trading partners"),
        fact(HN, "total", "rank", 1, "number", JO, "largest",
             "Hainan's largest partner was again the Association of Southeast Asian Nations (ASEAN)",
             partner="ASEAN"),
        fact(HN, "total", "value", 58.71e9, "CNY", JO, "58.71 billion",
             "the Association of Southeast Asian Nations (ASEAN), which accounted for 58.71 billion yuan of two-way trade, a rise of 22.8 percent", partner="ASEAN"),
        fact(HN, "total", "growth", 22.8, "percent", JO, "22.8",
             "the Association of Southeast Asian Nations (ASEAN), which accounted for 58.71 billion yuan of two-way trade, a rise of 22.8 percent", partner="ASEAN"),
        fact(HN, "total", "rank", 2, "number", JO, "second",
             "The European Union and Australia ranked second and third", partner="European Union"),
        fact(HN, "total", "rank", 3, "number", JO, "third",
             "The European Union and Australia ranked second and third", partner="Australia"),
        fact(HN, "total", "value", 31.20e9, "CNY", JO, "31.20 billion",
             "The European Union and Australia ranked second and third, at 31.20 billion yuan and 24.17 billion yuan, respectively",
             partner="European Union"),
        fact(HN, "total", "value", 24.17e9, "CNY", JO, "24.17 billion",
             "The European Union and Australia ranked second and third, at 31.20 billion yuan and 24.17 billion yuan, respectively",
             partner="Australia"),
        fact(HN, "total", "growth", 19.4, "percent", JO, "19.4",
             "Trade with the 14 other members of the Regional Comprehensive Economic Partnership (RCEP) grew 19.4 percent to 95.36 billion yuan",
             partner="Regional Comprehensive Economic Partnership members"),
        fact(HN, "total", "value", 95.36e9, "CNY", JO, "95.36 billion",
             "Trade with the 14 other members of the Regional Comprehensive Economic Partnership (RCEP) grew 19.4 percent to 95.36 billion yuan",
             partner="Regional Comprehensive Economic Partnership members"),
        fact(HN, "total", "share", 35.5, "percent", JO, "35.5",
             "Regional Comprehensive Economic Partnership (RCEP) grew 19.4 percent to 95.36 billion yuan, making up 35.5 percent of the island's total",
             partner="Regional Comprehensive Economic Partnership members"),
        fact(HN, "imports", "growth", 46.7, "percent", JO, "46.7",
             "imports of aircraft and aircraft parts, mostly for the maintenance and leasing companies clustered in Haikou and Sanya, jumped 46.7 percent to 12.84 billion yuan",
             product="aircraft and aircraft parts"),
        fact(HN, "imports", "value", 12.84e9, "CNY", JO, "12.84 billion",
             "imports of aircraft and aircraft parts, mostly for the maintenance and leasing companies clustered in Haikou and Sanya, jumped 46.7 percent to 12.84 billion yuan",
             product="aircraft and aircraft parts"),
        fact(HN, "imports", "quantity", 9.62e6, "tonnes", JO, "9.62 million",
             "Crude oil imports, mostly feedstock for the refineries in Yangpu, totaled 9.62 million tonnes",
             product="crude oil"),
        fact(HN, "imports", "value", 38.15e9, "CNY", JO, "38.15 billion",
             "Crude oil imports, mostly feedstock for the refineries in Yangpu, totaled 9.62 million tonnes, valued at 38.15 billion yuan",
             product="crude oil"),
        fact(HN, "imports", "growth", -4.3, "percent", JO, "4.3",
             "Crude oil imports, mostly feedstock for the refineries in Yangpu, totaled 9.62 million tonnes, valued at 38.15 billion yuan, with the value down 4.3 percent",
             product="crude oil"),
    ],
}
