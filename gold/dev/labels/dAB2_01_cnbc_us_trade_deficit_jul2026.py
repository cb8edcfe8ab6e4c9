from _fact import fact, period

JUL = period(2026, 7)
JUN = period(2026, 6)
JUL25 = period(2025, 7)
YTD = period(2026, 1, 7)
US = "United States"
GS = "goods and services"

HEAD = "Measured across goods and services, the deficit climbed 11.7% from June to $61.9 billion"
JUNE = "Revised data put the June deficit at $55.4 billion"
FLOWS = "Exports edged 0.6% higher to $294.6 billion over the month, while imports advanced 2.4% to $356.5 billion"
GOODS = "The goods-only deficit, the gauge President Donald Trump cites most when he defends his tariffs, expanded 7.5% from the previous month to $88.7 billion"
GIMP = "Imports of goods were up 2.9% at $270.0 billion"
GEXP = "exports of goods rose 0.8% to $181.3 billion"
SERV = "Services, spanning software licensing, travel and financial services, produced a smaller surplus of $26.8 billion"
CAPG = "Imports in this category rose by $6.1 billion to an all-time high of $106.4 billion"
YEARAGO = "In July 2025, the deficit had stood at $78.3 billion"
YTDBAL = "The combined goods and services deficit for January through July 2026 came to $438.9 billion, a drop of 33.7% compared with the same months of 2025"
YTDFLOWS = "Over those seven months, exports increased 7.2% while imports decreased 4.8%"
CHINA = "In July the U.S. had a $12.1 billion goods deficit with China"
CHINA_YTD = "its shortfall with Beijing so far this year amounted to $84.6 billion, about 41% smaller than in January-July 2025"
TAIWAN = "With Taiwan, where the largest contract chip manufacturer in the world is based, the gap hit $20.3 billion"
MXVN = "America's deficits with Mexico and Vietnam came to $17.4 billion and $16.9 billion, respectively"
EU = "Trade with the European Union left an $18.6 billion gap"
CANADA = "The deficit with Canada, which ranks second among America's trading partners, shrank to $4.3 billion"
SWISS = "America recorded a $1.9 billion surplus in its trade with Switzerland"

ARTICLE = {
    "id": "dAB2_01_cnbc_us_trade_deficit_jul2026",
    "title": "July U.S. trade gap grows to $61.9 billion on surge in AI hardware imports",
    "publisher": "CNBC",
    "published": "2026-09-03",
    "notes": [
        "Area United States throughout (a Commerce Department release).",
        "Headline deficit, imports and exports and the year-to-date figures are goods and services (product "
        "'goods and services'); the goods deficit, goods imports and exports and all bilateral balances are goods "
        "alone (product null); the services surplus is product 'services'.",
        "Monthly changes are month-on-month: 'from June', 'over the month' (carries to imports in the same sentence), "
        "'from the previous month' (carries to goods imports and exports in the same paragraph) -> basis mom.",
        "'Revised data put the June deficit at $55.4 billion': labelled as the June 2026 goods and services balance.",
        "'In July 2025, the deficit had stood at $78.3 billion': the year-earlier comparison figure, labelled with period 2025-07.",
        "Year-to-date growth rates (33.7, 7.2, -4.8, roughly -41) are against the same period of 2025 -> yoy; the "
        "deficit 'a drop of 33.7%' and 'about 41% smaller' -> negative growth of the deficit; 'about' -> approx.",
        "'Imports in this category' refers back to capital goods (previous sentence): product 'capital goods', "
        "imports, value 106.4 billion.",
        "'ranks second among America's trading partners': rank 2, flow total, partner Canada, period July 2026 (the "
        "article's month).",
        "'Beijing' -> partner China.",
        "Out of scope, unlabelled: the Dow Jones survey figure of $58.6 billion (forecast); changes written as money "
        "('rose by $6.1 billion', pharmaceutical imports 'increased by $1.3 billion', industrial supplies lifted 'by $2.2 "
        "billion', civilian aircraft 'dropped by $0.9 billion'); 'half a percentage point' from growth; GDPNow 2.4% and "
        "2.7% (GDP, forecast).",
    ],
    "facts": [
        fact(US, "balance", "value", -61.9e9, "USD", JUL, "61.9 billion", HEAD, product=GS),
        fact(US, "balance", "growth", 11.7, "percent", JUL, "11.7", HEAD, product=GS, basis="mom"),
        fact(US, "balance", "value", -55.4e9, "USD", JUN, "55.4 billion", JUNE, product=GS),
        fact(US, "imports", "growth", 2.4, "percent", JUL, "2.4", FLOWS, product=GS, basis="mom"),
        fact(US, "imports", "value", 356.5e9, "USD", JUL, "356.5 billion", FLOWS, product=GS),
        fact(US, "exports", "growth", 0.6, "percent", JUL, "0.6", FLOWS, product=GS, basis="mom"),
        fact(US, "exports", "value", 294.6e9, "USD", JUL, "294.6 billion", FLOWS, product=GS),
        fact(US, "balance", "growth", 7.5, "percent", JUL, "7.5", GOODS, basis="mom"),
        fact(US, "balance", "value", -88.7e9, "USD", JUL, "88.7 billion", GOODS),
        fact(US, "imports", "growth", 2.9, "percent", JUL, "2.9", GIMP, basis="mom"),
        fact(US, "imports", "value", 270.0e9, "USD", JUL, "270.0 billion", GIMP),
        fact(US, "exports", "growth", 0.8, "percent", JUL, "0.8", GEXP, basis="mom"),
        fact(US, "exports", "value", 181.3e9, "USD", JUL, "181.3 billion", GEXP),
        fact(US, "balance", "value", 26.8e9, "USD", JUL, "26.8 billion", SERV, product="services"),
        fact(US, "imports", "value", 106.4e9, "USD", JUL, "106.4 billion", CAPG, product="capital goods"),
        fact(US, "balance", "value", -78.3e9, "USD", JUL25, "78.3 billion", YEARAGO, product=GS),
        fact(US, "balance", "value", -438.9e9, "USD", YTD, "438.9 billion", YTDBAL, product=GS),
        fact(US, "balance", "growth", -33.7, "percent", YTD, "33.7", YTDBAL, product=GS),
        fact(US, "exports", "growth", 7.2, "percent", YTD, "7.2", YTDFLOWS, product=GS),
        fact(US, "imports", "growth", -4.8, "percent", YTD, "4.8", YTDFLOWS, product=GS),
        fact(US, "balance", "value", -12.1e9, "USD", JUL, "12.1 billion", CHINA, partner="China"),
        fact(US, "balance", "value", -84.6e9, "USD", YTD, "84.6 billion", CHINA_YTD, partner="China"),
        fact(US, "balance", "growth", -41, "percent", YTD, "41", CHINA_YTD, partner="China", qualifier="approx"),
        fact(US, "balance", "value", -20.3e9, "USD", JUL, "20.3 billion", TAIWAN, partner="Taiwan"),
        fact(US, "balance", "value", -17.4e9, "USD", JUL, "17.4 billion", MXVN, partner="Mexico"),
        fact(US, "balance", "value", -16.9e9, "USD", JUL, "16.9 billion", MXVN, partner="Vietnam"),
        fact(US, "balance", "value", -18.6e9, "USD", JUL, "18.6 billion", EU, partner="European Union"),
        fact(US, "total", "rank", 2, "number", JUL, "second", CANADA, partner="Canada"),
        fact(US, "balance", "value", -4.3e9, "USD", JUL, "4.3 billion", CANADA, partner="Canada"),
        fact(US, "balance", "value", 1.9e9, "USD", JUL, "1.9 billion", SWISS, partner="Switzerland"),
    ],
}
