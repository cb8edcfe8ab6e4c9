from _fact import fact, period

JUL = period(2026, 7)
JUN = period(2026, 6)
JUL25 = period(2025, 7)
YTD = period(2026, 1, 7)
US = "United States"
GS = "goods and services"

HEAD = "The shortfall in goods and services rose 11.7% from June to $61.9 billion"
JUNE = "June's gap was revised to $55.4 billion"
FLOWS = "Imports rose 2.4% over the month to $356.5 billion, while exports inched up 0.6% to $294.6 billion"
GOODS = ("The deficit in goods trade, the measure President Donald Trump has pointed to most often in defending "
         "his tariffs, grew 7.5% from the prior month to $88.7 billion")
GIMP = "Goods imports increased 2.9% to $270.0 billion"
GEXP = "goods exports gained 0.8% to $181.3 billion"
SERV = ("The surplus in services, a category that covers travel, financial services and software licensing, "
        "slipped to $26.8 billion")
CAPG = "Purchases in that category climbed $6.1 billion to a record $106.4 billion"
YEARAGO = "The deficit was $78.3 billion in July 2025"
YTDBAL = ("For the first seven months of 2026, the goods and services deficit totaled $438.9 billion, "
          "down 33.7% from the same stretch of last year")
YTDFLOWS = "Exports were up 7.2% over that period, and imports were down 4.8%"
CHINA = "The goods deficit with China was $12.1 billion in July"
CHINA_YTD = ("the year-to-date shortfall with Beijing came to $84.6 billion, roughly 41% smaller than in the "
             "first seven months of 2025")
TAIWAN = "The deficit with Taiwan, home to the world's biggest contract chipmaker, reached $20.3 billion"
MXVN = "the U.S. ran deficits of $17.4 billion with Mexico and $16.9 billion with Vietnam"
EU = "The shortfall with the European Union was $18.6 billion"
CANADA = "With Canada, the second-largest U.S. trading partner, the deficit narrowed to $4.3 billion"
SWISS = "The U.S. posted a $1.9 billion surplus with Switzerland"

ARTICLE = {
    "id": "dAB2_01_cnbc_us_trade_deficit_jul2026",
    "title": "U.S. trade deficit widens to $61.9 billion in July as AI-related imports pile up",
    "publisher": "CNBC",
    "published": "2026-09-03",
    "notes": [
        "Area United States throughout (a Commerce Department release).",
        "Headline deficit, imports and exports and the year-to-date figures are goods and services (product "
        "'goods and services'); the goods deficit, goods imports and exports and all bilateral balances are goods "
        "alone (product null); the services surplus is product 'services'.",
        "Monthly changes are month-on-month: 'from June', 'over the month' (carries to exports in the same sentence), "
        "'from the prior month' (carries to goods imports and exports in the same paragraph) -> basis mom.",
        "'June's gap was revised to $55.4 billion': labelled as the June 2026 goods and services balance.",
        "'The deficit was $78.3 billion in July 2025': the year-earlier comparison figure, labelled with period 2025-07.",
        "Year-to-date growth rates (33.7, 7.2, -4.8, roughly -41) are against the same period of 2025 -> yoy; the "
        "deficit 'down 33.7%' and 'roughly 41% smaller' -> negative growth of the deficit; 'roughly' -> approx.",
        "'Purchases in that category' refers back to capital goods (previous sentence): product 'capital goods', "
        "imports, value 106.4 billion.",
        "'the second-largest U.S. trading partner': rank 2, flow total, partner Canada, period July 2026 (the "
        "article's month).",
        "'Beijing' -> partner China.",
        "Out of scope, unlabelled: the Dow Jones consensus of $58.6 billion (forecast); changes written as money "
        "('climbed $6.1 billion', pharmaceutical imports 'rose $1.3 billion', industrial supplies 'increased $2.2 "
        "billion', civilian aircraft 'fell $0.9 billion'); 'half a percentage point' from growth; GDPNow 2.4% and "
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
