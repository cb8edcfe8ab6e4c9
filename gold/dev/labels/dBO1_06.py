from _fact import fact, period

FS = "Foshan"
Y25 = period(2025, 1, 12)
DEC = period(2025, 12)

LEAD = "Foshan's total imports and exports rose 4.6 percent year on year to 743.68 billion yuan last year"
SPLIT = ("Of which, exports came to 566.21 billion yuan, 6.3 percent more than in 2024, while imports slipped "
         "0.5 percent to 177.47 billion yuan, leaving a trade surplus of 388.74 billion yuan")
RANK = "Foshan's trade volume ranked fourth among the province's 21 prefecture-level cities"
DECT = ("Imports and exports for the month reached 68.42 billion yuan, up 9.8 percent year on year and "
        "7.1 percent from November")
DECS = ("Of which, exports and imports were 52.37 billion yuan and 16.05 billion yuan respectively, rising "
        "11.6 percent and 4.3 percent")
CBEC = ("Cross-border e-commerce imports and exports reached 41.26 billion yuan in 2025, an increase of "
        "28.4 percent")
MP = ("Exports under market procurement trade, the mode used by small traders at the city's specialized "
      "wholesale markets, came to 23.85 billion yuan, up 17.2 percent")
HA = ("Exports of home appliances earned 129.74 billion yuan, growing 5.1 percent and accounting for "
      "22.9 percent of the city's total exports")
FURN = "Furniture exports, on the other hand, slipped 2.7 percent to 48.36 billion yuan"
MARKETS = ("Foshan's trade with ASEAN, the EU and Belt and Road partner countries grew 12.8 percent, 7.4 percent "
           "and 10.3 percent respectively, while trade with the United States dropped 9.6 percent")
BRI = "Trade with Belt and Road partner countries came to 312.15 billion yuan, 42.0 percent of the city's total"
PRIV = ("Private enterprises handled 538.4 billion yuan of the city's foreign trade, or 72.4 percent of the total")
BRP = "Belt and Road partner countries"

ARTICLE = {
    "id": "dBO1_06",
    "title": "Foshan's foreign trade climbs 4.6% to 743.68 billion yuan in 2025",
    "publisher": "Foshan News",
    "published": "2026-01-28",
    "notes": [
        "Real figures: none taken as stated. Modelled on Foshan and Shunde trade write-ups (greaterbayinsight.com: "
        "'Of which, exports ...; imports ...', appliances, furniture, Belt and Road share) and on Guangdong's 2025 "
        "result (9.49 trillion yuan, up 4.4 percent), so Foshan's invented 4.6 percent is 0.2 points faster. "
        "Foshan's fourth place behind Shenzhen, Dongguan and Guangzhou matches the known order. Invented: every "
        "Foshan figure. Derived and checked: 566.21 + 177.47 = 743.68; surplus 566.21 - 177.47 = 388.74; "
        "December 52.37 + 16.05 = 68.42; the growth rates imply 2024 bases of 532.66 and 178.36 (sum 711.02, "
        "743.68/711.02 = +4.6%) and for December 46.93 and 15.39 (sum 62.32, +9.8%); appliances "
        "129.74/566.21 = 22.9%; Belt and Road 312.15/743.68 = 42.0%; private 538.4/743.68 = 72.4%.",
        "Judgement calls: the headline repeats the body's 4.6% and 743.68 billion (labelled once, body evidence). "
        "'last year' = 2025 from the January 2026 date; December is December 2025. '7.1 percent from November' "
        "is a month-on-month rate. '6.3 percent more than in 2024' is 2025 growth (the base is not the period). "
        "Cross-border e-commerce is a segment of total trade; market procurement trade is an export segment. "
        "'enterprises with import and export records' is a count (segment foreign trade enterprises); "
        "'226 countries and regions' is a count of trading partners. The rank (fourth) is Foshan's total trade "
        "among Guangdong's cities. ASEAN, EU and US figures are growth only.",
        "Not facts: 0.2 percentage points faster than Guangdong (derived comparison); 21 prefecture-level cities; "
        "GDP of about 1.38 trillion yuan (not trade); 1,021 more enterprises (derived change); more than 60 "
        "overseas trade missions (events); the target of around 3 percent growth in 2026 (forecast/target).",
        "Copy check: 8 sentences searched (lead, rank, December, cross-border e-commerce, appliances and "
        "furniture, markets, enterprise count, the quote); 1 reworded (the 'Of which, exports ..., imports ...' "
        "sentence followed a Shunde report's clause order and verbs too closely).",
        "Second check: 27 sentences searched, 0 reworded.",
    ],
    "facts": [
        fact(FS, "total", "growth", 4.6, "percent", Y25, "4.6", LEAD),
        fact(FS, "total", "value", 743.68e9, "CNY", Y25, "743.68 billion", LEAD),
        fact(FS, "exports", "value", 566.21e9, "CNY", Y25, "566.21 billion", SPLIT),
        fact(FS, "exports", "growth", 6.3, "percent", Y25, "6.3", SPLIT),
        fact(FS, "imports", "growth", -0.5, "percent", Y25, "0.5", SPLIT),
        fact(FS, "imports", "value", 177.47e9, "CNY", Y25, "177.47 billion", SPLIT),
        fact(FS, "balance", "value", 388.74e9, "CNY", Y25, "388.74 billion", SPLIT),
        fact(FS, "total", "rank", 4, "number", Y25, "fourth", RANK),
        fact(FS, "total", "value", 68.42e9, "CNY", DEC, "68.42 billion", DECT),
        fact(FS, "total", "growth", 9.8, "percent", DEC, "9.8", DECT),
        fact(FS, "total", "growth", 7.1, "percent", DEC, "7.1", DECT, basis="mom"),
        fact(FS, "exports", "value", 52.37e9, "CNY", DEC, "52.37 billion", DECS),
        fact(FS, "imports", "value", 16.05e9, "CNY", DEC, "16.05 billion", DECS),
        fact(FS, "exports", "growth", 11.6, "percent", DEC, "11.6", DECS),
        fact(FS, "imports", "growth", 4.3, "percent", DEC, "4.3", DECS),
        fact(FS, "total", "value", 41.26e9, "CNY", Y25, "41.26 billion", CBEC, segment="cross-border e-commerce"),
        fact(FS, "total", "growth", 28.4, "percent", Y25, "28.4", CBEC, segment="cross-border e-commerce"),
        fact(FS, "exports", "value", 23.85e9, "CNY", Y25, "23.85 billion", MP, segment="market procurement trade"),
        fact(FS, "exports", "growth", 17.2, "percent", Y25, "17.2", MP, segment="market procurement trade"),
        fact(FS, "exports", "value", 129.74e9, "CNY", Y25, "129.74 billion", HA, product="home appliances"),
        fact(FS, "exports", "growth", 5.1, "percent", Y25, "5.1", HA, product="home appliances"),
        fact(FS, "exports", "share", 22.9, "percent", Y25, "22.9", HA, product="home appliances"),
        fact(FS, "exports", "growth", -2.7, "percent", Y25, "2.7", FURN, product="furniture"),
        fact(FS, "exports", "value", 48.36e9, "CNY", Y25, "48.36 billion", FURN, product="furniture"),
        fact(FS, "total", "growth", 12.8, "percent", Y25, "12.8", MARKETS, partner="ASEAN"),
        fact(FS, "total", "growth", 7.4, "percent", Y25, "7.4", MARKETS, partner="European Union"),
        fact(FS, "total", "growth", 10.3, "percent", Y25, "10.3", MARKETS, partner=BRP),
        fact(FS, "total", "growth", -9.6, "percent", Y25, "9.6", MARKETS, partner="United States"),
        fact(FS, "total", "value", 312.15e9, "CNY", Y25, "312.15 billion", BRI, partner=BRP),
        fact(FS, "total", "share", 42.0, "percent", Y25, "42.0", BRI, partner=BRP),
        fact(FS, "total", "count", 13856, "number", Y25, "13,856",
             "The number of enterprises with import and export records in Foshan reached 13,856 last year",
             segment="foreign trade enterprises"),
        fact(FS, "total", "count", 226, "number", Y25, "226", "Foshan did business with 226 countries and regions",
             segment="trading partners"),
        fact(FS, "total", "value", 538.4e9, "CNY", Y25, "538.4 billion", PRIV, segment="private enterprises"),
        fact(FS, "total", "share", 72.4, "percent", Y25, "72.4", PRIV, segment="private enterprises"),
    ],
}
