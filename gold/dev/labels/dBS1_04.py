from _fact import fact, period

XM = "Xiamen"
P = period(2026, 1, 10)
OCT = period(2026, 10)

S_LEAD = ("the total value of Xiamen's imports and exports in the January-October period of this year was "
          "7,742.6 hundred million yuan, 3.8% more than in the same period last year")
S_FLOWS = ("Of the total, exports contributed 4,163.9 hundred million yuan, growing 6.1%, and imports "
           "3,578.7 hundred million yuan, up 1.2%, leaving a trade surplus of 585.2 hundred million yuan")
S_RANK = ("Xiamen's foreign trade value continued to rank first among the cities of Fujian province, "
          "making up 46.1% of the provincial total")
S_OCT = ("October's two-way trade of 812.4 hundred million yuan was up 5.6% year on year and 4.2% higher than in "
         "September")
S_ASEAN = ("Trade with ASEAN, still the city's largest partner, came to 1,468.3 hundred million yuan, an increase of "
           "7.2% that lifted the bloc's weight to 19.0% of Xiamen's total")
S_EUUS = ("The European Union and the United States ranked second and third respectively, with trade of "
          "905.7 hundred million yuan and 821.5 hundred million yuan")
S_EUUS_G = "trade with the EU grew 2.3%, while trade with the US declined 4.6%"
S_TW = ("Xiamen's imports and exports with the Taiwan region reached 386.2 hundred million yuan, up 9.4%, "
        "of which imports from Taiwan were 291.5 hundred million yuan")
S_ME = ("the city's exports of mechanical and electrical products were 1,742.8 hundred million yuan, up 8.9%, "
        "taking 41.9% of Xiamen's export value")
S_AGRI = "Xiamen brought in agricultural products worth 612.9 hundred million yuan"
S_ORE = ("The city's iron ore imports came to 42.17 million tonnes, 6.3% more in quantity than a year earlier, "
         "yet their value dropped 8.1% to 355.6 hundred million yuan")
S_ENT = "In the first ten months, 11,386 enterprises in Xiamen had actual import and export records"
S_PRIV = ("Private enterprises handled imports and exports of 3,716.5 hundred million yuan, accounting for 48.0% "
          "of the city's total")

ARTICLE = {
    "id": "dBS1_04",
    "title": "Exports lead Xiamen's 3.8% trade gain over January-October",
    "publisher": "Xiamen Municipal People's Government",
    "published": "2026-11-20",
    "notes": [
        "Real figures: none (January-October 2026 had not been reported when the figures were set); the shape is "
        "modelled on Xiamen Customs / city government releases translated into English (hundred million yuan, "
        "'of which', ranks among Fujian cities, enterprise counts). Invented: every figure. Derived: exports + "
        "imports = 7,742.6; surplus 585.2 = 4,163.9 - 3,578.7; total growth 3.8% agrees with the export and import "
        "growth rates; shares 46.1% (of an unstated Fujian total of about 16,800 hundred million), 19.0%, 41.9% "
        "and 48.0% agree with the stated values; imports from Taiwan (291.5) are part of trade with Taiwan (386.2).",
        "Judgement calls: 'rank first among the cities of Fujian province' is a rank of Xiamen's own total trade "
        "(area Xiamen, no partner, rank 1); ASEAN 'still the city's largest partner' is rank 1 with partner ASEAN; "
        "'ranked second and third respectively' gives EU rank 2 and US rank 3. '4.2% higher than in September' is "
        "month-on-month growth of the October total. Trade with 'the Taiwan region' has partner Taiwan. The count of "
        "'enterprises ... had actual import and export records' has segment 'foreign trade enterprises'. The iron "
        "ore value growth (-8.1) is labelled; the headline repeats the body's 3.8% and is labelled once with the "
        "body's evidence.",
        "Not facts: '1.4 percentage points above the provincial average' (derived comparison); 'ninth consecutive "
        "month' (streak); '6.3% more in quantity' for iron ore (volume growth beside value growth); '1,024 more' "
        "enterprises (derived difference); 268 freight train trips (not a trade flow); the expectation that "
        "full-year trade will exceed 9,300 hundred million yuan (forecast); 2026-11-20 (date).",
        "Copy check: 7 sentences searched (lead, Fujian rank, October, ASEAN, iron ore, enterprises, customs "
        "official quote), 1 reworded (the ASEAN sentence, which followed the wire skeleton 'X remained Y's largest "
        "trading partner, with bilateral trade of ...').",
        "Second check: 21 sentences searched, 2 reworded.",
    ],
    "facts": [
        fact(XM, "total", "value", 7742.6e8, "CNY", P, "7,742.6 hundred million", S_LEAD),
        fact(XM, "total", "growth", 3.8, "percent", P, "3.8", S_LEAD),
        fact(XM, "exports", "value", 4163.9e8, "CNY", P, "4,163.9 hundred million", S_FLOWS),
        fact(XM, "exports", "growth", 6.1, "percent", P, "6.1", S_FLOWS),
        fact(XM, "imports", "value", 3578.7e8, "CNY", P, "3,578.7 hundred million", S_FLOWS),
        fact(XM, "imports", "growth", 1.2, "percent", P, "1.2", S_FLOWS),
        fact(XM, "balance", "value", 585.2e8, "CNY", P, "585.2 hundred million", S_FLOWS),
        fact(XM, "total", "rank", 1, "number", P, "first", S_RANK),
        fact(XM, "total", "share", 46.1, "percent", P, "46.1", S_RANK),
        fact(XM, "total", "value", 812.4e8, "CNY", OCT, "812.4 hundred million", S_OCT),
        fact(XM, "total", "growth", 5.6, "percent", OCT, "5.6", S_OCT),
        fact(XM, "total", "growth", 4.2, "percent", OCT, "4.2", S_OCT, basis="mom"),
        fact(XM, "total", "rank", 1, "number", P, "largest", S_ASEAN, partner="ASEAN"),
        fact(XM, "total", "value", 1468.3e8, "CNY", P, "1,468.3 hundred million", S_ASEAN, partner="ASEAN"),
        fact(XM, "total", "growth", 7.2, "percent", P, "7.2", S_ASEAN, partner="ASEAN"),
        fact(XM, "total", "share", 19.0, "percent", P, "19.0", S_ASEAN, partner="ASEAN"),
        fact(XM, "total", "rank", 2, "number", P, "second", S_EUUS, partner="European Union"),
        fact(XM, "total", "rank", 3, "number", P, "third", S_EUUS, partner="United States"),
        fact(XM, "total", "value", 905.7e8, "CNY", P, "905.7 hundred million", S_EUUS, partner="European Union"),
        fact(XM, "total", "value", 821.5e8, "CNY", P, "821.5 hundred million", S_EUUS, partner="United States"),
        fact(XM, "total", "growth", 2.3, "percent", P, "2.3", S_EUUS_G, partner="European Union"),
        fact(XM, "total", "growth", -4.6, "percent", P, "4.6", S_EUUS_G, partner="United States"),
        fact(XM, "total", "value", 386.2e8, "CNY", P, "386.2 hundred million", S_TW, partner="Taiwan"),
        fact(XM, "total", "growth", 9.4, "percent", P, "9.4", S_TW, partner="Taiwan"),
        fact(XM, "imports", "value", 291.5e8, "CNY", P, "291.5 hundred million", S_TW, partner="Taiwan"),
        fact(XM, "exports", "value", 1742.8e8, "CNY", P, "1,742.8 hundred million", S_ME,
             product="mechanical and electrical products"),
        fact(XM, "exports", "growth", 8.9, "percent", P, "8.9", S_ME, product="mechanical and electrical products"),
        fact(XM, "exports", "share", 41.9, "percent", P, "41.9", S_ME, product="mechanical and electrical products"),
        fact(XM, "imports", "value", 612.9e8, "CNY", P, "612.9 hundred million", S_AGRI,
             product="agricultural products"),
        fact(XM, "imports", "quantity", 42.17e6, "tonnes", P, "42.17 million", S_ORE, product="iron ore"),
        fact(XM, "imports", "value", 355.6e8, "CNY", P, "355.6 hundred million", S_ORE, product="iron ore"),
        fact(XM, "imports", "growth", -8.1, "percent", P, "8.1", S_ORE, product="iron ore"),
        fact(XM, "total", "count", 11386, "number", P, "11,386", S_ENT, segment="foreign trade enterprises"),
        fact(XM, "total", "value", 3716.5e8, "CNY", P, "3,716.5 hundred million", S_PRIV,
             segment="private enterprises"),
        fact(XM, "total", "share", 48.0, "percent", P, "48.0", S_PRIV, segment="private enterprises"),
    ],
}
