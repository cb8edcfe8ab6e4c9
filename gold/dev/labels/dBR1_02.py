from _fact import fact, period

SC = "Sichuan"
Q3 = period(2026, 1, 9)
SEP = period(2026, 9)

ARTICLE = {
    "id": "dBR1_02",
    "title": "Sichuan Keeps Eighth Place Nationally as Three-Quarter Goods Trade Grows 7.4%",
    "publisher": "The People's Government of Sichuan Province",
    "published": "2026-10-23",
    "notes": [
        "Real figures: none (the first three quarters of 2026 are invented). Modelled on Sichuan provincial "
        "government and Chengdu Customs releases of 2019-2023 (rank eighth, general vs processing trade, private "
        "enterprise counts 'with actual performance', Chengdu's share near 78 percent, mechanical and electrical "
        "products over 80 percent of exports, 'hundred million yuan' units). Invented: every figure. Derived "
        "(kept consistent): 498.73 + 313.73 = 812.46 billion; prior-year exports 455.05 and imports 301.37 "
        "give 7.4 percent total growth; shares 375.14/812.46 = 46.2, 318.57/812.46 = 39.2, 389.52/812.46 = 47.9, "
        "368.74/812.46 = 45.4, 402.86/498.73 = 80.8, 632.15/812.46 = 77.8; 963.8 hundred million = 96.38 billion.",
        "Judgement calls: headline 'Eighth Place' and '7.4%' are the same observations as the body's and are "
        "labelled once with the body's evidence. 'this year' = 2026 (published 2026-10-23); 'first three "
        "quarters' and 'first nine months' = 2026-01..2026-09. September's '4.6% higher than in August' is a "
        "month-on-month growth (the comparison is with the month before). The list '141.37, 118.02 and 104.55 "
        "billion yuan respectively' takes its scale from the last figure. Counts: 8,215 firms with import or "
        "export records = segment 'foreign trade enterprises'; 7,136 = 'private enterprises'; 231 countries and "
        "regions = 'trading partners' (as of end-September, period 01..09). Chengdu's 632.15 billion and 77.8 "
        "percent are Chengdu facts (area Chengdu) for the running period. Belt and Road partner written as "
        "'Belt and Road Initiative partner countries'.",
        "Not facts: 3.9 percentage points (derived comparison with the national average); 2.2 percentage points "
        "(share difference); 612 (increase in the enterprise count, a derived comparison); 'fastest monthly pace' "
        "(milestone, no number); 'Twelve cities and prefectures' (conditional count of areas, not a trade "
        "count); 'more than 40' promotion events and 'over 3,600' freight train trips (not trade flows); "
        "'double-digit growth' (no number); October 20 (a date).",
        "Copy check: 10 sentences searched (lead, September sentence, general-trade sentence, processing-trade "
        "sentence, private-enterprise sentence, enterprise-count sentence, partner 'respectively' sentence, "
        "mechanical and electrical sentence, Chengdu sentence, official's sentence), 6 reworded (lead with the "
        "exports/imports sentence, general trade, private enterprises, enterprise count, partner list, Chengdu: "
        "each had the skeleton of a real Chengdu Customs or Sichuan release sentence); headline also reworded.",
        "Second check: 21 sentences searched, 4 reworded.",
    ],
    "facts": [
        fact(SC, "total", "value", 812.46e9, "CNY", Q3, "812.46 billion",
             "Sichuan's goods imports and exports totalled 812.46 billion yuan in the first three quarters of this year, 7.4% more than a year earlier"),
        fact(SC, "total", "growth", 7.4, "percent", Q3, "7.4",
             "Sichuan's goods imports and exports totalled 812.46 billion yuan in the first three quarters of this year, 7.4% more than a year earlier"),
        fact(SC, "total", "rank", 8, "number", Q3, "eighth",
             "the province kept eighth place nationwide"),
        fact(SC, "exports", "value", 498.73e9, "CNY", Q3, "498.73 billion",
             "Exports made up 498.73 billion yuan of the total and grew 9.6%"),
        fact(SC, "exports", "growth", 9.6, "percent", Q3, "9.6",
             "Exports made up 498.73 billion yuan of the total and grew 9.6%"),
        fact(SC, "imports", "growth", 4.1, "percent", Q3, "4.1",
             "imports rose 4.1% to 313.73 billion yuan"),
        fact(SC, "imports", "value", 313.73e9, "CNY", Q3, "313.73 billion",
             "imports rose 4.1% to 313.73 billion yuan"),
        # September
        fact(SC, "total", "value", 963.8e8, "CNY", SEP, "963.8 hundred million",
             "In September, the province's foreign trade came to 963.8 hundred million yuan"),
        fact(SC, "total", "growth", 11.2, "percent", SEP, "11.2",
             "In September, the province's foreign trade came to 963.8 hundred million yuan, up 11.2% from a year earlier"),
        fact(SC, "total", "growth", 4.6, "percent", SEP, "4.6",
             "In September, the province's foreign trade came to 963.8 hundred million yuan, up 11.2% from a year earlier and 4.6% higher than in August",
             basis="mom"),
        # trade modes
        fact(SC, "total", "value", 375.14e9, "CNY", Q3, "375.14 billion",
             "Goods moved under general trade were worth 375.14 billion yuan in the first nine months, 12.8% more than a year before",
             segment="general trade"),
        fact(SC, "total", "growth", 12.8, "percent", Q3, "12.8",
             "Goods moved under general trade were worth 375.14 billion yuan in the first nine months, 12.8% more than a year before",
             segment="general trade"),
        fact(SC, "total", "share", 46.2, "percent", Q3, "46.2",
             "general trade made up 46.2% of the province's total", segment="general trade"),
        fact(SC, "total", "value", 318.57e9, "CNY", Q3, "318.57 billion",
             "Processing trade, long the backbone of the province's electronics industry, recorded 318.57 billion yuan, down 1.3%",
             segment="processing trade"),
        fact(SC, "total", "growth", -1.3, "percent", Q3, "1.3",
             "Processing trade, long the backbone of the province's electronics industry, recorded 318.57 billion yuan, down 1.3%",
             segment="processing trade"),
        fact(SC, "total", "share", 39.2, "percent", Q3, "39.2",
             "Processing trade, long the backbone of the province's electronics industry, recorded 318.57 billion yuan, down 1.3%, and its proportion of the total fell to 39.2%.",
             segment="processing trade"),
        # enterprises
        fact(SC, "total", "growth", 15.3, "percent", Q3, "15.3",
             "Trade by private enterprises climbed 15.3% to 389.52 billion yuan", segment="private enterprises"),
        fact(SC, "total", "value", 389.52e9, "CNY", Q3, "389.52 billion",
             "Trade by private enterprises climbed 15.3% to 389.52 billion yuan", segment="private enterprises"),
        fact(SC, "total", "share", 47.9, "percent", Q3, "47.9",
             "private enterprises held 47.9% of Sichuan's foreign trade", segment="private enterprises"),
        fact(SC, "total", "count", 8215, "number", Q3, "8,215",
             "a total of 8,215 firms in the province recorded imports or exports during the nine months",
             segment="foreign trade enterprises"),
        fact(SC, "total", "count", 7136, "number", Q3, "7,136",
             "private enterprises numbered 7,136 among them", segment="private enterprises"),
        # partners
        fact(SC, "total", "value", 141.37e9, "CNY", Q3, "141.37",
             "Sichuan's trade with ASEAN, the European Union and the United States came to 141.37, 118.02 and 104.55 billion yuan respectively",
             partner="ASEAN"),
        fact(SC, "total", "value", 118.02e9, "CNY", Q3, "118.02",
             "Sichuan's trade with ASEAN, the European Union and the United States came to 141.37, 118.02 and 104.55 billion yuan respectively",
             partner="European Union"),
        fact(SC, "total", "value", 104.55e9, "CNY", Q3, "104.55 billion",
             "Sichuan's trade with ASEAN, the European Union and the United States came to 141.37, 118.02 and 104.55 billion yuan respectively",
             partner="United States"),
        fact(SC, "total", "growth", 10.6, "percent", Q3, "10.6",
             "Trade with ASEAN and the EU rose 10.6% and 6.2% respectively", partner="ASEAN"),
        fact(SC, "total", "growth", 6.2, "percent", Q3, "6.2",
             "Trade with ASEAN and the EU rose 10.6% and 6.2% respectively", partner="European Union"),
        fact(SC, "total", "growth", -8.7, "percent", Q3, "8.7",
             "trade with the United States declined by 8.7%", partner="United States"),
        fact(SC, "total", "value", 368.74e9, "CNY", Q3, "368.74 billion",
             "Belt and Road Initiative partner countries took 368.74 billion yuan of the province's trade, a 45.4% share of the total",
             partner="Belt and Road partner countries"),
        fact(SC, "total", "share", 45.4, "percent", Q3, "45.4",
             "Belt and Road Initiative partner countries took 368.74 billion yuan of the province's trade, a 45.4% share of the total",
             partner="Belt and Road partner countries"),
        fact(SC, "total", "count", 231, "number", Q3, "231",
             "By the end of September, enterprises in Sichuan had trade records with 231 countries and regions",
             segment="trading partners"),
        # products
        fact(SC, "exports", "value", 402.86e9, "CNY", Q3, "402.86 billion",
             "Sichuan shipped 402.86 billion yuan worth of mechanical and electrical products abroad, 80.8% of everything it exported",
             product="mechanical and electrical products"),
        fact(SC, "exports", "share", 80.8, "percent", Q3, "80.8",
             "Sichuan shipped 402.86 billion yuan worth of mechanical and electrical products abroad, 80.8% of everything it exported",
             product="mechanical and electrical products"),
        # Chengdu
        fact("Chengdu", "total", "value", 632.15e9, "CNY", Q3, "632.15 billion",
             "Chengdu, the provincial capital, handled 632.15 billion yuan of this trade, or 77.8% of the provincial total"),
        fact("Chengdu", "total", "share", 77.8, "percent", Q3, "77.8",
             "Chengdu, the provincial capital, handled 632.15 billion yuan of this trade, or 77.8% of the provincial total"),
    ],
}
