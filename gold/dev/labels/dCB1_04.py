from _fact import fact, period

HN = "Hainan"
JO = period(2025, 1, 10)
JO24 = period(2024, 1, 10)
OCT = period(2025, 10)

ARTICLE = {
    "id": "dCB1_04",
    "title": "Hainan FTP's foreign trade up 4.6 pct in Jan-Oct, outpacing national growth",
    "publisher": "Xinhua",
    "published": "2025-11-20",
    "notes": [
        "Real figures (source, date): China's national goods trade of 37.31 trillion yuan, up 3.6 percent, in "
        "January-October 2025 (General Administration of Customs, 2025-11-07, as reported by beijingnewsagency.com). "
        "Zero-tariff tariff lines rising from 21 to 74 percent, about 6,600 items, and the Dec. 18 launch (RTHK/Global Times, 2025-07-23); "
        "the June 2020 master plan and the island's more than 30,000 square km (Xinhua, 2025-12-18). Dateline and outlet form modelled on "
        "Xinhua Haikou stories of 2019-2024.",
        "Derived/made up: every Hainan figure is made up, calibrated on Hainan's 2024 scale (about 206 billion yuan "
        "in Jan-Sep 2024) and kept consistent: 91.24 + 140.34 = 231.58; deficit 140.34 - 91.24 = 49.1; the 2024 "
        "deficit 62.49 and the 4.6 percent total growth are derived from the made-up export and import growth rates; "
        "ASEAN share 52.87/231.58 = 22.8; M&E share 32.15/91.24 = 35.2; BRI share 138.9/231.58 = 60; private share "
        "120.6/231.58 = 52.1. USD conversion at about 7.11 yuan per dollar (derived). Huang Mingyuan is a made-up "
        "official.",
        "Judgement calls: area is Hainan throughout (the 'Hainan Free Trade Port' covers the whole island); "
        "'Private companies' labelled segment 'private enterprises' (the guide's canonical wording); the 3,682 "
        "enterprises with import and export activity are a count of 'foreign trade enterprises'; '178 countries and "
        "regions' is a count of 'trading partners'; the October month-on-month rate ('3.5 percent higher than in "
        "September') is basis mom; product for the M&E facts is written as the text words it ('mechanical and "
        "electrical goods'); the U.S. growth of -21.4 comes from 'the U.S. figure down 21.4 percent' after a "
        "respectively list (partner resolved by reading); 'Ship exports more than doubled, climbing 118.4 percent' "
        "is one growth fact (118.4), the 'more than doubled' being the same observation in words; the trade deficit "
        "'shrank' is a balance level, not a growth.",
        "Not facts: '1 percentage point faster' (derived comparison); 'Dec. 18' (date); '21 percent' and 'roughly 74 percent' of tariff lines and 'some 6,600 items' (tariff coverage); 'exceed 280 billion yuan' (officials' "
        "full-year expectation, a forecast); GDP 'grew 4.2 percent' (not trade); '30,000 square kilometers' (area); "
        "'June 2020' (year); '392 more than a year before' (derived difference); 'less than a month' (time).",
        "Copy check: 20 sentences searched (in 12 look-ups), 8 reworded (lead, national comparison, export/import split, October, the two ASEAN sentences, tariff-line sentence, closing background).",
        "Second check: 25 sentences searched, 1 reworded.",
    ],
    "facts": [
        fact(HN, "total", "growth", 4.6, "percent", JO, "4.6",
             "The Hainan Free Trade Port (FTP) handled 231.58 billion yuan (about 32.56 billion U.S. dollars) worth of imports and exports between January and October, a 4.6-percent increase"),
        fact(HN, "total", "value", 231.58e9, "CNY", JO, "231.58 billion",
             "The Hainan Free Trade Port (FTP) handled 231.58 billion yuan"),
        fact(HN, "total", "value", 32.56e9, "USD", JO, "32.56 billion",
             "handled 231.58 billion yuan (about 32.56 billion U.S. dollars) worth of imports and exports between January and October", qualifier="approx"),
        fact("China", "total", "value", 37.31e12, "CNY", JO, "37.31 trillion",
             "For the country as a whole, the General Administration of Customs put January-October goods trade at 37.31 trillion yuan"),
        fact("China", "total", "growth", 3.6, "percent", JO, "3.6",
             "For the country as a whole, the General Administration of Customs put January-October goods trade at 37.31 trillion yuan earlier this month, 3.6 percent more than a year ago"),
        fact(HN, "exports", "growth", 14.9, "percent", JO, "14.9",
             "Exports accounted for 91.24 billion yuan of Hainan's total, a 14.9-percent jump"),
        fact(HN, "exports", "value", 91.24e9, "CNY", JO, "91.24 billion",
             "Exports accounted for 91.24 billion yuan of Hainan's total, a 14.9-percent jump"),
        fact(HN, "imports", "growth", -1.1, "percent", JO, "1.1",
             "imports for 140.34 billion yuan, 1.1 percent lower than a year earlier"),
        fact(HN, "imports", "value", 140.34e9, "CNY", JO, "140.34 billion",
             "imports for 140.34 billion yuan, 1.1 percent lower than a year earlier"),
        fact(HN, "balance", "value", -49.1e9, "CNY", JO, "49.1 billion",
             "The island's trade deficit consequently shrank to 49.1 billion yuan"),
        fact(HN, "balance", "value", -62.49e9, "CNY", JO24, "62.49 billion",
             "The island's trade deficit consequently shrank to 49.1 billion yuan, compared with 62.49 billion yuan in the same period of 2024"),
        fact(HN, "total", "value", 24.37e9, "CNY", OCT, "24.37 billion",
             "October by itself brought 24.37 billion yuan of trade"),
        fact(HN, "total", "growth", 9.2, "percent", OCT, "9.2",
             "October by itself brought 24.37 billion yuan of trade, 9.2 percent above the level of October 2024"),
        fact(HN, "total", "growth", 3.5, "percent", OCT, "3.5",
             "October by itself brought 24.37 billion yuan of trade, 9.2 percent above the level of October 2024 and 3.5 percent higher than in September",
             basis="mom"),
        fact(HN, "total", "rank", 1, "number", JO, "top",
             "the Association of Southeast Asian Nations (ASEAN) held on to the top spot among Hainan's partners", partner="ASEAN"),
        fact(HN, "total", "growth", 12.3, "percent", JO, "12.3",
             "Two-way trade grew 12.3 percent to 52.87 billion yuan", partner="ASEAN"),
        fact(HN, "total", "value", 52.87e9, "CNY", JO, "52.87 billion",
             "Two-way trade grew 12.3 percent to 52.87 billion yuan", partner="ASEAN"),
        fact(HN, "total", "share", 22.8, "percent", JO, "22.8",
             "making up 22.8 percent of the island's foreign trade", partner="ASEAN"),
        fact(HN, "total", "rank", 2, "number", JO, "second",
             "The European Union ranked second with 27.64 billion yuan", partner="European Union"),
        fact(HN, "total", "value", 27.64e9, "CNY", JO, "27.64 billion",
             "The European Union ranked second with 27.64 billion yuan", partner="European Union"),
        fact(HN, "total", "growth", -3.7, "percent", JO, "3.7",
             "The European Union ranked second with 27.64 billion yuan, a decrease of 3.7 percent", partner="European Union"),
        fact(HN, "total", "value", 18.32e9, "CNY", JO, "18.32 billion",
             "Trade with Australia, Brazil and the United States amounted to 18.32 billion yuan, 14.05 billion yuan and 11.46 billion yuan, respectively",
             partner="Australia"),
        fact(HN, "total", "value", 14.05e9, "CNY", JO, "14.05 billion",
             "Trade with Australia, Brazil and the United States amounted to 18.32 billion yuan, 14.05 billion yuan and 11.46 billion yuan, respectively",
             partner="Brazil"),
        fact(HN, "total", "value", 11.46e9, "CNY", JO, "11.46 billion",
             "Trade with Australia, Brazil and the United States amounted to 18.32 billion yuan, 14.05 billion yuan and 11.46 billion yuan, respectively",
             partner="United States"),
        fact(HN, "total", "growth", -21.4, "percent", JO, "21.4",
             "with the U.S. figure down 21.4 percent", partner="United States"),
        fact(HN, "total", "value", 138.9e9, "CNY", JO, "138.9 billion",
             "Belt and Road partner countries accounted for 60 percent of the island's trade, a combined 138.9 billion yuan",
             partner="Belt and Road partner countries"),
        fact(HN, "total", "share", 60, "percent", JO, "60",
             "Belt and Road partner countries accounted for 60 percent of the island's trade",
             partner="Belt and Road partner countries"),
        fact(HN, "exports", "growth", 27.6, "percent", JO, "27.6",
             "mechanical and electrical goods were the biggest export category, with shipments soaring 27.6 percent",
             product="mechanical and electrical goods"),
        fact(HN, "exports", "value", 32.15e9, "CNY", JO, "32.15 billion",
             "mechanical and electrical goods were the biggest export category, with shipments soaring 27.6 percent to 32.15 billion yuan",
             product="mechanical and electrical goods"),
        fact(HN, "exports", "share", 35.2, "percent", JO, "35.2",
             "with shipments soaring 27.6 percent to 32.15 billion yuan, or 35.2 percent of the island's exports",
             product="mechanical and electrical goods"),
        fact(HN, "exports", "growth", 118.4, "percent", JO, "118.4",
             "Ship exports more than doubled, climbing 118.4 percent", product="ships"),
        fact(HN, "imports", "growth", -12.5, "percent", JO, "12.5",
             "Crude oil purchases declined 12.5 percent to 34.28 billion yuan", product="crude oil"),
        fact(HN, "imports", "value", 34.28e9, "CNY", JO, "34.28 billion",
             "Crude oil purchases declined 12.5 percent to 34.28 billion yuan", product="crude oil"),
        fact(HN, "total", "value", 120.6e9, "CNY", JO, "120.6 billion",
             "Their imports and exports reached 120.6 billion yuan", segment="private enterprises"),
        fact(HN, "total", "share", 52.1, "percent", JO, "52.1",
             "Their imports and exports reached 120.6 billion yuan, accounting for 52.1 percent of the FTP's total",
             segment="private enterprises"),
        fact(HN, "total", "count", 3682, "number", JO, "3,682",
             "A total of 3,682 enterprises registered import and export activity during the period",
             segment="foreign trade enterprises"),
        fact(HN, "total", "count", 178, "number", JO, "178",
             "the island traded with 178 countries and regions", segment="trading partners"),
    ],
}
