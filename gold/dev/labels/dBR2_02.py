from _fact import fact, period

JP = "Japan"
US = "United States"
OCT = period(2026, 10)
SEP = period(2026, 9)
FY_TD = period(2026, 4, 10)

E_BAL = "At 143.6 billion yen, the deficit was 38.1 percent smaller than a year earlier"
E_SEP = "the red ink of September, when Japan logged a deficit of 412.5 billion yen"
E_TOT = ("Shipments abroad totaled 9.94 trillion yen, up 1.7 percent from October last year and higher for a third "
         "month running, while the import bill came to 10.08 trillion yen, a 0.8 percent gain")
E_US = "U.S.-bound shipments dropped 2.3 percent to 1.71 trillion yen"
E_USBAL = "the bilateral surplus in Japan's favor came to 486.2 billion yen, 8.2 percent smaller than a year earlier"
E_CN = ("China, Japan's largest trading partner, bought 1.62 trillion yen worth of Japanese goods, 4.8 percent more "
        "than a year before")
E_CNBAL = "Imports from China amounted to 2.32 trillion yen, leaving a 702.4 billion yen deficit with the neighbor"
E_ASIA = ("Shipments to Asia, a region that in the ministry's definition includes China, increased 5.1 percent to 5.34 "
          "trillion yen, accounting for 53.7 percent of all exports")
E_AUTO = "exports of automobiles declined 3.9 percent to 1.43 trillion yen"
E_CRUDE = "Crude oil imports fell 12.4 percent to 768.5 billion yen"
E_LNG = "imports of liquefied natural gas decreased 6.9 percent to 431.7 billion yen"
E_SA = ("Adjusted for seasonal factors, exports slipped 0.9 percent from September to 9.81 trillion yen, while imports "
        "rose to 10.12 trillion yen, resulting in a deficit of 305.7 billion yen")

ARTICLE = {
    "id": "dBR2_02",
    "title": "Asian chip demand offsets U.S. slump, trimming Japan's Oct. trade deficit to 143.6 bil. yen",
    "publisher": "Kyodo",
    "published": "2026-11-18",
    "notes": [
        "Real figures: none for October 2026 (it has not happened). The year-earlier base is modelled on the real "
        "October 2025 release (deficit 231.8 billion yen, exports 9.77 trillion, imports 10.0 trillion, exports to "
        "the U.S. 1.75 trillion, surplus with the U.S. 529.4 billion), none of which is stated in the article. "
        "Invented: every stated figure. Derived and checked: 9.94 - 10.08 = -0.14 trillion, consistent with the "
        "143.6 billion deficit within rounding; 143.6/231.8 = -38.1%; 9.94/9.77 = +1.7%; 10.08/10.0 = +0.8%; "
        "1.71/1.75 = -2.3%; 486.2/529.4 = -8.2%; 1.71 - 1.22 = 0.49 trillion (US surplus 486.2 billion); 2.32 - "
        "1.62 = 0.70 trillion (China deficit 702.4 billion); 1.71/9.94 = 17.2%; 5.34/9.94 = 53.7%; seasonally "
        "adjusted 9.81 - 10.12 = -0.31 trillion (deficit 305.7 billion).",
        "Judgement calls: the headline deficit (143.6 bil.) is the body's observation, labelled once with the body's "
        "evidence. The seasonally adjusted exports, imports and deficit are labelled as their own facts (the record "
        "has no adjustment field; their values differ from the unadjusted ones, so identities do not clash); "
        "'slipped 0.9 percent from September' is basis mom. 'than a year earlier', 'than a year before' and 'from October last year' are "
        "comparison bases (yoy), not periods. 'the red ink of September' is a fact for September 2026. 'Japan's "
        "largest trading partner' is a rank of total trade with China (1). 'the bilateral surplus in Japan's favor' "
        "is the surplus with the United States (named in the same sentence). 'April-October period, the first seven months of fiscal 2026' "
        "is 2026-04 to 2026-10. Car exports to the U.S. are product 'cars' and the overall figure 'automobiles', as "
        "written. Asia is the partner 'Asia' as the ministry defines it.",
        "Not facts: 2.5 percent (forecast of economists); 2.1 percent (volume growth beside value growth); 15 "
        "percent (tariff rate); $64.20 (crude price per barrel); 151.26 (exchange rate) and 1.4 percent (change in "
        "the yen, not a trade flow); 'fourth month in a row', 'third straight month', '19th consecutive month' "
        "(streaks); fiscal 2026 (a year).",
        "Copy check: 10 sentences searched, 3 reworded (the lead, the deficit sentence, the China exports sentence).",
        "Second check: 23 sentences searched, 4 reworded.",
    ],
    "facts": [
        fact(JP, "balance", "value", -143.6e9, "JPY", OCT, "143.6 billion", E_BAL),
        fact(JP, "balance", "growth", -38.1, "percent", OCT, "38.1", E_BAL),
        fact(JP, "balance", "value", -412.5e9, "JPY", SEP, "412.5 billion", E_SEP),
        fact(JP, "exports", "value", 9.94e12, "JPY", OCT, "9.94 trillion", E_TOT),
        fact(JP, "exports", "growth", 1.7, "percent", OCT, "1.7", E_TOT),
        fact(JP, "imports", "value", 10.08e12, "JPY", OCT, "10.08 trillion", E_TOT),
        fact(JP, "imports", "growth", 0.8, "percent", OCT, "0.8", E_TOT),
        fact(JP, "exports", "value", 1.71e12, "JPY", OCT, "1.71 trillion", E_US, partner=US),
        fact(JP, "exports", "growth", -2.3, "percent", OCT, "2.3", E_US, partner=US),
        fact(JP, "exports", "growth", -4.6, "percent", OCT, "4.6",
             "Measured by value, car shipments to the United States were down 4.6 percent", partner=US, product="cars"),
        fact(JP, "exports", "share", 17.2, "percent", OCT, "17.2",
             "The United States took 17.2 percent of Japan's exports in the month", partner=US),
        fact(JP, "balance", "value", 486.2e9, "JPY", OCT, "486.2 billion", E_USBAL, partner=US),
        fact(JP, "balance", "growth", -8.2, "percent", OCT, "8.2", E_USBAL, partner=US),
        fact(JP, "imports", "value", 1.22e12, "JPY", OCT, "1.22 trillion",
             "keeping imports from the United States little changed at 1.22 trillion yen", partner=US),
        fact(JP, "exports", "value", 1.62e12, "JPY", OCT, "1.62 trillion", E_CN, partner="China"),
        fact(JP, "exports", "growth", 4.8, "percent", OCT, "4.8", E_CN, partner="China"),
        fact(JP, "total", "rank", 1, "number", OCT, "largest", "China, Japan's largest trading partner",
             partner="China"),
        fact(JP, "imports", "value", 2.32e12, "JPY", OCT, "2.32 trillion", E_CNBAL, partner="China"),
        fact(JP, "balance", "value", -702.4e9, "JPY", OCT, "702.4 billion", E_CNBAL, partner="China"),
        fact(JP, "exports", "value", 5.34e12, "JPY", OCT, "5.34 trillion", E_ASIA, partner="Asia"),
        fact(JP, "exports", "growth", 5.1, "percent", OCT, "5.1", E_ASIA, partner="Asia"),
        fact(JP, "exports", "share", 53.7, "percent", OCT, "53.7", E_ASIA, partner="Asia"),
        fact(JP, "exports", "value", 1.43e12, "JPY", OCT, "1.43 trillion", E_AUTO, product="automobiles"),
        fact(JP, "exports", "growth", -3.9, "percent", OCT, "3.9", E_AUTO, product="automobiles"),
        fact(JP, "exports", "growth", 14.2, "percent", OCT, "14.2",
             "Sales abroad of semiconductors and other electronic components jumped 14.2 percent",
             product="semiconductors and other electronic components"),
        fact(JP, "imports", "value", 768.5e9, "JPY", OCT, "768.5 billion", E_CRUDE, product="crude oil"),
        fact(JP, "imports", "growth", -12.4, "percent", OCT, "12.4", E_CRUDE, product="crude oil"),
        fact(JP, "imports", "value", 431.7e9, "JPY", OCT, "431.7 billion", E_LNG, product="liquefied natural gas"),
        fact(JP, "imports", "growth", -6.9, "percent", OCT, "6.9", E_LNG, product="liquefied natural gas"),
        fact(JP, "exports", "value", 9.81e12, "JPY", OCT, "9.81 trillion", E_SA),
        fact(JP, "exports", "growth", -0.9, "percent", OCT, "0.9", E_SA, basis="mom"),
        fact(JP, "imports", "value", 10.12e12, "JPY", OCT, "10.12 trillion", E_SA),
        fact(JP, "balance", "value", -305.7e9, "JPY", OCT, "305.7 billion", E_SA),
        fact(JP, "balance", "value", -1.58e12, "JPY", FY_TD, "1.58 trillion",
             "In the April-October period, the first seven months of fiscal 2026, Japan's deficit came to 1.58 "
             "trillion yen"),
    ],
}
