from _fact import fact, period

OCT = period(2025, 10)
SEP = period(2025, 9)
YTD = period(2025, 1, 10)
P = "rare earth magnets"

E_TOT = "shipments from the world's dominant magnet producer came to 5,254 metric tons last month, a 9.0% drop on September's 5,774 tons"
E_YOY = "Compared with October 2024, exports were still 7.4% higher"
E_US = "Exports to the United States sank 24.5% from the previous month to 420 tons and were 36.6% below their level a year earlier"
E_US_YTD = "Over the first 10 months of the year, U.S. buyers took 4,118 tons, down 23.3%"
E_DE = "Germany, which ranked first by volume, received 1,206 tons, down 3.1% on the month"
E_KR_VN = "South Korea and Vietnam followed with 702 tons and 516 tons, respectively"
E_EU = "Shipments to the European Union as a whole edged up 3.8% from September to 2,238 tons"
E_EU_SH = "giving the bloc 42.6% of China's total magnet exports"
E_YTD = "From January through October, magnet exports added up to 45,071 tons, 6.0% below the level of the same months of 2024"
E_RE = "China's exports of rare earths, for which customs released data earlier this month, came in at 4,343 tons in October, down 5.3% from a month earlier"
T_KR = "S.Korea 702 5.6"
T_VN = "Vietnam 516 -12.0"
T_MX = "Mexico 301 9.5"
T_IN = "India 277 -15.8"

ARTICLE = {
    "id": "dAV1_02_reuters_re_magnets_oct_2025",
    "title": "China's rare earth magnet exports slip in October as U.S.-bound shipments slump",
    "publisher": "Reuters",
    "published": "2025-11-20",
    "notes": [
        "Dateline 'BEIJING, Nov 20 (Reuters)', 'on Thursday' (20 Nov 2025 was a Thursday): published 2025-11-20; 'last month' = October 2025.",
        "All magnet figures are exports from China in tonnes ('metric tons', 'tons'): area China, flow exports, product 'rare earth magnets' (the headline's words); destinations are partners.",
        "'a 9.0% drop on September's 5,774 tons': the 9.0% is a month-on-month fall (basis mom). The comparison base 5,774 tons is itself a stated export quantity for September 2025 and is labelled with period 2025-09 (it is not the period of the 5,254 figure).",
        "'Compared with October 2024, exports were still 7.4% higher': yoy growth of October 2025 exports; October 2024 is the comparison base, not the period.",
        "U.S.: 'sank 24.5% from the previous month' -> mom -24.5; '36.6% below their level a year earlier' -> yoy -36.6. The same 420 tons and -24.5 reappear in the table row 'U.S. 420 -24.5' and are labelled once (body evidence).",
        "'Over the first 10 months of the year, U.S. buyers took 4,118 tons, down 23.3%' -> Jan-Oct exports to United States (short name 'U.S.' resolved to United States), yoy -23.3.",
        "Germany 'ranked first by volume' -> rank 1 among destinations (partner Germany, flow exports). Its 1,206 tons and -3.1% m/m also appear in the table row 'Germany 1,206 -3.1' and are labelled once.",
        "South Korea and Vietnam 702/516 tons via 'respectively'; their m/m changes (5.6, -12.0) come only from the table, whose header '(tonnes; pct change m/m)' gives unit and basis. 'S.Korea' is South Korea.",
        "The table's order is not labelled as ranks for destinations other than Germany (no ordinal stated for them).",
        "EU: 'edged up 3.8% from September' -> mom 3.8; 2,238 tons; '42.6% of China's total magnet exports' -> share, partner European Union.",
        "'From January through October ... 45,071 tons, 6.0% below the level of the same months of 2024' -> Jan-Oct 2025 quantity and yoy -6.0.",
        "Rare earths (the raw elements, a different product from magnets): 4,343 tons in October, 'down 5.3% from a month earlier' -> mom -5.3, product 'rare earths'.",
        "Out: 'the second monthly drop in a row' and 'lowest since June' (streak/milestone), dates (Oct 30, Nov 7, Oct 9), 'one year' suspension, analyst forecast 'above 6,000 tons by December', PrNd oxide price 570,000 yuan ($80,100) per ton and its 'roughly 40%' rise (prices, not trade flows).",
    ],
    "facts": [
        fact("China", "exports", "quantity", 5254, "tonnes", OCT, "5,254", E_TOT, product=P),
        fact("China", "exports", "growth", -9.0, "percent", OCT, "9.0", E_TOT, product=P, basis="mom"),
        fact("China", "exports", "quantity", 5774, "tonnes", SEP, "5,774", E_TOT, product=P),
        fact("China", "exports", "growth", 7.4, "percent", OCT, "7.4", E_YOY, product=P),
        fact("China", "exports", "growth", -24.5, "percent", OCT, "24.5", E_US, product=P, partner="United States", basis="mom"),
        fact("China", "exports", "quantity", 420, "tonnes", OCT, "420", E_US, product=P, partner="United States"),
        fact("China", "exports", "growth", -36.6, "percent", OCT, "36.6", E_US, product=P, partner="United States"),
        fact("China", "exports", "quantity", 4118, "tonnes", YTD, "4,118", E_US_YTD, product=P, partner="United States"),
        fact("China", "exports", "growth", -23.3, "percent", YTD, "23.3", E_US_YTD, product=P, partner="United States"),
        fact("China", "exports", "rank", 1, "number", OCT, "first", E_DE, product=P, partner="Germany"),
        fact("China", "exports", "quantity", 1206, "tonnes", OCT, "1,206", E_DE, product=P, partner="Germany"),
        fact("China", "exports", "growth", -3.1, "percent", OCT, "3.1", E_DE, product=P, partner="Germany", basis="mom"),
        fact("China", "exports", "quantity", 702, "tonnes", OCT, "702", E_KR_VN, product=P, partner="South Korea"),
        fact("China", "exports", "quantity", 516, "tonnes", OCT, "516", E_KR_VN, product=P, partner="Vietnam"),
        fact("China", "exports", "growth", 3.8, "percent", OCT, "3.8", E_EU, product=P, partner="European Union", basis="mom"),
        fact("China", "exports", "quantity", 2238, "tonnes", OCT, "2,238", E_EU, product=P, partner="European Union"),
        fact("China", "exports", "share", 42.6, "percent", OCT, "42.6", E_EU_SH, product=P, partner="European Union"),
        fact("China", "exports", "quantity", 45071, "tonnes", YTD, "45,071", E_YTD, product=P),
        fact("China", "exports", "growth", -6.0, "percent", YTD, "6.0", E_YTD, product=P),
        fact("China", "exports", "quantity", 4343, "tonnes", OCT, "4,343", E_RE, product="rare earths"),
        fact("China", "exports", "growth", -5.3, "percent", OCT, "5.3", E_RE, product="rare earths", basis="mom"),
        fact("China", "exports", "growth", 5.6, "percent", OCT, "5.6", T_KR, product=P, partner="South Korea", basis="mom"),
        fact("China", "exports", "growth", -12.0, "percent", OCT, "-12.0", T_VN, product=P, partner="Vietnam", basis="mom"),
        fact("China", "exports", "quantity", 301, "tonnes", OCT, "301", T_MX, product=P, partner="Mexico"),
        fact("China", "exports", "growth", 9.5, "percent", OCT, "9.5", T_MX, product=P, partner="Mexico", basis="mom"),
        fact("China", "exports", "quantity", 277, "tonnes", OCT, "277", T_IN, product=P, partner="India"),
        fact("China", "exports", "growth", -15.8, "percent", OCT, "-15.8", T_IN, product=P, partner="India", basis="mom"),
    ],
}
