from _fact import fact, period

YTD = period(2025, 1, 11)
NOV = period(2025, 11)
EU_9M = period(2025, 1, 9)
CN = "China"
EU = "European Union"
E_SURPLUS = ("China ran a trade surplus of US$265.8 billion with the European Union in the first 11 months of the year, "
             "the largest on record for that period and 19.6 per cent wider than a year earlier")
E_XM = ("Exports to the 27-member bloc rose 8.9 per cent year on year to US$512.1 billion between January and November, "
        "while imports from the EU slipped 0.7 per cent to US$246.3 billion")
E_TOTAL = "Two-way trade grew 5.6 per cent to US$758.4 billion."
E_YUAN = "Measured in yuan, bilateral trade rose 6.4 per cent to 5.44 trillion yuan."
E_RANK = ("The EU, China's second-largest trading partner after Asean, accounted for 13.2 per cent of the country's total "
          "foreign trade over the period.")
E_NOV = ("Shipments to the EU jumped 14.8 per cent from a year earlier to US$48.9 billion last month, while imports from "
         "the bloc fell 4.2 per cent to US$21.4 billion.")
E_US = "Exports to the United States, by contrast, plunged 28.6 per cent in November"
E_DE = ("Germany, the largest of China's trading partners within the bloc, saw two-way trade dip 0.8 per cent to "
        "US$186.2 billion.")
E_DE_X = "Chinese exports to Germany grew 7.6 per cent"
E_DE_M = "purchases of German goods, mostly cars, machinery and chemicals, fell 9.8 per cent"
E_NL = ("Exports to the Netherlands, whose port of Rotterdam is the main gateway for Chinese containers into Europe, "
        "rose 5.2 per cent to US$87.4 billion")
E_FR_IT = "shipments to France and Italy were up 12.1 per cent and 10.4 per cent, respectively"
E_EV = "China's exports of electric vehicles to the EU rose 21.7 per cent to US$11.3 billion in the first 11 months"
E_PHEV = "shipments of plug-in hybrids, which the duties do not cover, jumped 146 per cent"
E_BAT = "Exports of lithium-ion batteries to the bloc grew 18.2 per cent."
E_EUROSTAT = "Eurostat data show the EU's goods trade deficit with China reached €256.4 billion in the first nine months of 2025."

ARTICLE = {
    "id": "dAQ1_06_china_eu_trade_jan_nov_2025",
    "title": "China's trade surplus with EU swells to US$265.8 billion as exporters pivot from US market",
    "publisher": "South China Morning Post",
    "published": "2025-12-08",
    "notes": [
        "Byline line gives 'Published: 8 Dec 2025': published 2025-12-08; 'the first 11 months of the year' and 'between January and November' are 2025-01..2025-11; 'last month' and 'November' are November 2025.",
        "Area China throughout except the Eurostat sentence; the bloc, 'the EU', 'the 27-member bloc' -> partner European Union.",
        "Headline US$265.8 billion is the same observation as the body's surplus: labelled once. '19.6 per cent wider': growth of a surplus follows its comparative, +19.6.",
        "'Measured in yuan, bilateral trade rose 6.4 per cent to 5.44 trillion yuan': the same observation as the USD two-way trade in another currency, so a separate CNY value fact; its growth (6.4, in yuan terms) differs from the USD growth (5.6) and is labelled as its own growth fact (the record has no currency field for growth).",
        "'China's second-largest trading partner after Asean': rank 2 and share 13.2 per cent, partner European Union, Jan-Nov.",
        "'after Asean' only implies that Asean ranks first; no number or rank word is stated for Asean, so no Asean rank fact.",
        "'Exports to the United States ... plunged 28.6 per cent in November': November exports growth, partner United States.",
        "Germany 'the largest of China's trading partners within the bloc' is a rank among EU members only, which the record cannot express (partner Germany, rank 1 would mean China's largest partner overall): not labelled.",
        "'purchases of German goods ... fell 9.8 per cent': China's imports from Germany.",
        "France and Italy 'shipments ... up 12.1 per cent and 10.4 per cent, respectively': China's exports, Jan-Nov.",
        "Electric vehicles, plug-in hybrids and lithium-ion batteries: China's exports to the EU, Jan-Nov, product in the text's words.",
        "Eurostat figure for another period, labelled as stated: area European Union, partner China, balance -256.4e9 EUR, January-September 2025 ('goods trade deficit' -> goods, product null).",
        "Out of scope: duty rates (7.8 and 35.3 per cent, the 10 per cent tariff), October 30 last year, '27-member', the end-of-October truce, the analyst's forecasts (over US$290 billion for the full year; EU exports shrinking in 2026).",
    ],
    "facts": [
        fact(CN, "balance", "growth", 19.6, "percent", YTD, "19.6", E_SURPLUS, partner=EU),
        fact(CN, "balance", "value", 265.8e9, "USD", YTD, "265.8 billion", E_SURPLUS, partner=EU),
        fact(CN, "exports", "growth", 8.9, "percent", YTD, "8.9", E_XM, partner=EU),
        fact(CN, "exports", "value", 512.1e9, "USD", YTD, "512.1 billion", E_XM, partner=EU),
        fact(CN, "imports", "growth", -0.7, "percent", YTD, "0.7", E_XM, partner=EU),
        fact(CN, "imports", "value", 246.3e9, "USD", YTD, "246.3 billion", E_XM, partner=EU),
        fact(CN, "total", "growth", 5.6, "percent", YTD, "5.6", E_TOTAL, partner=EU),
        fact(CN, "total", "value", 758.4e9, "USD", YTD, "758.4 billion", E_TOTAL, partner=EU),
        fact(CN, "total", "growth", 6.4, "percent", YTD, "6.4", E_YUAN, partner=EU),
        fact(CN, "total", "value", 5.44e12, "CNY", YTD, "5.44 trillion", E_YUAN, partner=EU),
        fact(CN, "total", "rank", 2, "number", YTD, "second", E_RANK, partner=EU),
        fact(CN, "total", "share", 13.2, "percent", YTD, "13.2", E_RANK, partner=EU),
        fact(CN, "exports", "growth", 14.8, "percent", NOV, "14.8", E_NOV, partner=EU),
        fact(CN, "exports", "value", 48.9e9, "USD", NOV, "48.9 billion", E_NOV, partner=EU),
        fact(CN, "imports", "growth", -4.2, "percent", NOV, "4.2", E_NOV, partner=EU),
        fact(CN, "imports", "value", 21.4e9, "USD", NOV, "21.4 billion", E_NOV, partner=EU),
        fact(CN, "exports", "growth", -28.6, "percent", NOV, "28.6", E_US, partner="United States"),
        fact(CN, "total", "growth", -0.8, "percent", YTD, "0.8", E_DE, partner="Germany"),
        fact(CN, "total", "value", 186.2e9, "USD", YTD, "186.2 billion", E_DE, partner="Germany"),
        fact(CN, "exports", "growth", 7.6, "percent", YTD, "7.6", E_DE_X, partner="Germany"),
        fact(CN, "imports", "growth", -9.8, "percent", YTD, "9.8", E_DE_M, partner="Germany"),
        fact(CN, "exports", "growth", 5.2, "percent", YTD, "5.2", E_NL, partner="Netherlands"),
        fact(CN, "exports", "value", 87.4e9, "USD", YTD, "87.4 billion", E_NL, partner="Netherlands"),
        fact(CN, "exports", "growth", 12.1, "percent", YTD, "12.1", E_FR_IT, partner="France"),
        fact(CN, "exports", "growth", 10.4, "percent", YTD, "10.4", E_FR_IT, partner="Italy"),
        fact(CN, "exports", "growth", 21.7, "percent", YTD, "21.7", E_EV, partner=EU, product="electric vehicles"),
        fact(CN, "exports", "value", 11.3e9, "USD", YTD, "11.3 billion", E_EV, partner=EU, product="electric vehicles"),
        fact(CN, "exports", "growth", 146, "percent", YTD, "146", E_PHEV, partner=EU, product="plug-in hybrids"),
        fact(CN, "exports", "growth", 18.2, "percent", YTD, "18.2", E_BAT, partner=EU, product="lithium-ion batteries"),
        fact(EU, "balance", "value", -256.4e9, "EUR", EU_9M, "256.4 billion", E_EUROSTAT, partner=CN),
    ],
}
