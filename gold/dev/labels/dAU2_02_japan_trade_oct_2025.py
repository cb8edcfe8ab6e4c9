from _fact import fact, period

OCT = period(2025, 10)
SEP = period(2025, 9)
FYTD = period(2025, 4, 10)
JP = "Japan"
US = "United States"
E_LEAD = "Japan's exports rose 3.6% in October from a year earlier"
E_SEP = "Economists surveyed by Harborline had looked for only 0.8% growth, and September's gain had been 4.2%."
E_XM = ("At 9.77 trillion yen, exports set a record for any October; imports, which the median forecast had seen falling 0.9%, "
        "instead grew 0.7% to 10.00 trillion yen")
E_BAL = "That left a trade deficit of 231.8 billion yen (about $1.5 billion), shrinking 53.6% from a year earlier"
E_USX = "Shipments bound for the United States were worth 1.75 trillion yen, down 3.1% year on year"
E_USX_SEP = ("Shipments bound for the United States were worth 1.75 trillion yen, down 3.1% year on year; it was a seventh monthly drop in a row, "
             "although the pace of decline eased sharply from September's 13.3% slide.")
E_USS = "Japan's trade surplus with its ally fell 33.6% to 529.4 billion yen"
E_CN = "exports to China - Japan's biggest trading partner - rose 2.1%"
E_PROD = "Automobile exports fell 3.5% and semiconductor manufacturing equipment dropped 8.9%."
E_SA = "Adjusted for seasonal swings, exports slipped 1.9% from September and imports fell 0.6%, leaving a deficit of 315.0 billion yen."
E_FY = ("For the first seven months of the fiscal year that began in April, exports rose 0.7% to 63.42 trillion yen, "
        "while imports declined, leaving a cumulative deficit of 1.46 trillion yen.")

ARTICLE = {
    "id": "dAU2_02_japan_trade_oct_2025",
    "title": "Japan's exports rise 3.6% in October, beating forecasts as Asia and Europe offset U.S. slump",
    "publisher": "Harborline Wire",
    "published": "2025-11-21",
    "notes": [
        "Area Japan throughout (Ministry of Finance customs-cleared goods trade, yen); goods-only figures carry product null.",
        "Headline '3.6% in October' is the same observation as the lead: labelled once (lead evidence).",
        "'September's gain had been 4.2%': a stated September export growth (yoy), labelled with period 2025-09.",
        "Poll figures (0.8% export gain expected, 'the median forecast had seen falling 0.9%', '271.4 billion yen shortfall forecast') and the economist's "
        "'about 2% in November': forecasts, out.",
        "'231.8 billion yen (about $1.5 billion)': a JPY deficit and a USD deficit with qualifier approx, both negative.",
        "'shrinking 53.6% from a year earlier': growth of a deficit follows its verb, shrinking -> -53.6, basis yoy.",
        "'September's deficit was revised to 237.4 billion yen': September balance -237.4e9 (revised figure).",
        "'a record for any October', 'fourth straight month in the red', 'seventh monthly drop in a row', 'third consecutive gain': "
        "milestones and streaks, out.",
        "'Export volumes ... fell 1.2%': volume growth beside value growth, out.",
        "Tariff rates 15% and 27.5%: not trade flows, out. '($1 = 157.10 yen)': exchange rate, out.",
        "'from September's 13.3% slide': a stated September growth of exports to the US, slide -> -13.3, labelled with period 2025-09 (yoy, "
        "the paragraph's measure is year on year).",
        "'Measured in value, car exports to the U.S. fell 7.5%': exports, partner United States, product cars, -7.5 yoy.",
        "'Japan's trade surplus with its ally fell 33.6% to 529.4 billion yen': surplus positive; its growth -33.6 ('fell').",
        "'Shipments to Asia, the destination of 52.4% of Japan's exports in October': export share, partner Asia. 'also grew': no number.",
        "'Japan's biggest trading partner': rank 1, flow total, partner China, running period October 2025 (no other period stated).",
        "'Shipments of chip-making machinery to China fell': no number. 'Japan's deficit with its neighbour stood at 766.5 billion yen': balance with China.",
        "Seasonally adjusted paragraph: 'from September' sets basis mom for exports -1.9 and imports -0.6 (inherits the frame and the verb 'fell'). "
        "The adjusted deficit 315.0 billion yen differs from the unadjusted 231.8 billion yen for the same month; the record has no adjustment field, "
        "so both are labelled as written (as the guide does for two statements that disagree), a separate fact by value.",
        "Fiscal year to date: 'first seven months of the fiscal year that began in April' -> 2025-04 to 2025-10. 'imports declined': no number.",
    ],
    "facts": [
        fact(JP, "exports", "growth", 3.6, "percent", OCT, "3.6", E_LEAD),
        fact(JP, "exports", "growth", 4.2, "percent", SEP, "4.2", E_SEP),
        fact(JP, "exports", "value", 9.77e12, "JPY", OCT, "9.77 trillion", E_XM),
        fact(JP, "imports", "growth", 0.7, "percent", OCT, "0.7", E_XM),
        fact(JP, "imports", "value", 10.0e12, "JPY", OCT, "10.00 trillion", E_XM),
        fact(JP, "balance", "value", -231.8e9, "JPY", OCT, "231.8 billion", E_BAL),
        fact(JP, "balance", "value", -1.5e9, "USD", OCT, "1.5 billion", E_BAL, qualifier="approx"),
        fact(JP, "balance", "growth", -53.6, "percent", OCT, "53.6", E_BAL),
        fact(JP, "balance", "value", -237.4e9, "JPY", SEP, "237.4 billion", "September's deficit was revised to 237.4 billion yen."),
        fact(JP, "exports", "growth", -3.1, "percent", OCT, "3.1", E_USX, partner=US),
        fact(JP, "exports", "value", 1.75e12, "JPY", OCT, "1.75 trillion", E_USX, partner=US),
        fact(JP, "exports", "growth", -13.3, "percent", SEP, "13.3", E_USX_SEP, partner=US),
        fact(JP, "exports", "growth", -7.5, "percent", OCT, "7.5", "Measured in value, car exports to the U.S. fell 7.5%",
             partner=US, product="cars"),
        fact(JP, "imports", "growth", 20.9, "percent", OCT, "20.9", "Imports from the United States jumped 20.9%", partner=US),
        fact(JP, "balance", "growth", -33.6, "percent", OCT, "33.6", E_USS, partner=US),
        fact(JP, "balance", "value", 529.4e9, "JPY", OCT, "529.4 billion", E_USS, partner=US),
        fact(JP, "exports", "share", 52.4, "percent", OCT, "52.4",
             "Shipments to Asia, the destination of 52.4% of Japan's exports in October", partner="Asia"),
        fact(JP, "exports", "growth", 2.1, "percent", OCT, "2.1", E_CN, partner="China"),
        fact(JP, "total", "rank", 1, "number", OCT, "biggest", E_CN, partner="China"),
        fact(JP, "balance", "value", -766.5e9, "JPY", OCT, "766.5 billion",
             "Japan's deficit with its neighbour stood at 766.5 billion yen", partner="China"),
        fact(JP, "exports", "growth", 9.2, "percent", OCT, "9.2", "Exports to the European Union climbed 9.2%", partner="European Union"),
        fact(JP, "exports", "growth", 16.8, "percent", OCT, "16.8",
             "exports of semiconductors and other electronic components increased 16.8%",
             product="semiconductors and other electronic components"),
        fact(JP, "exports", "growth", -3.5, "percent", OCT, "3.5", E_PROD, product="automobiles"),
        fact(JP, "exports", "growth", -8.9, "percent", OCT, "8.9", E_PROD, product="semiconductor manufacturing equipment"),
        fact(JP, "exports", "growth", -1.9, "percent", OCT, "1.9", E_SA, basis="mom"),
        fact(JP, "imports", "growth", -0.6, "percent", OCT, "0.6", E_SA, basis="mom"),
        fact(JP, "balance", "value", -315.0e9, "JPY", OCT, "315.0 billion", E_SA),
        fact(JP, "exports", "growth", 0.7, "percent", FYTD, "0.7", E_FY),
        fact(JP, "exports", "value", 63.42e12, "JPY", FYTD, "63.42 trillion", E_FY),
        fact(JP, "balance", "value", -1.46e12, "JPY", FYTD, "1.46 trillion", E_FY),
    ],
}
