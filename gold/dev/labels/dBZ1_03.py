from _fact import fact, period

YW = "Yiwu"
JH = "Jinhua"
H1 = period(2023, 1, 6)
MKT = ("Africa remained Yiwu's largest market, with imports and exports of 493.9 hundred million yuan, up 30.5%; "
       "for Latin America, the United States and ASEAN the figures were 407.5, 299.3 and 236.0 hundred million yuan, with growth "
       "of 31.9%, 8.6% and 12.3% respectively.")
PROV = ("Measured against Zhejiang Province as a whole, Yiwu contributed 11.4% of imports and exports, 13.8% of exports and "
        "5.0% of imports")
PROD = ("By product, exports of labor-intensive products reached 946.7 hundred million yuan and those of mechanical and "
        "electrical products 903.5 hundred million yuan, with growth of 20.4% and 10.9% and shares of 39.9% and 38.1% of "
        "Yiwu's total exports respectively.")
BR = ("Trade with countries along the Belt and Road climbed 18.5% to 1,016.2 hundred million yuan and made up 37.8% of "
      "Yiwu's total.")
MP = ("market procurement trade carried 1,809.4 hundred million yuan of Yiwu's exports, or 76.3% of the city's export total; "
      "this mode grew 18.6%")
BRP = "Belt and Road partner countries"
LI = "labor-intensive products"
ME = "mechanical and electrical products"
MPS = "market procurement"

ARTICLE = {
    "id": "dBZ1_03",
    "title": "Yiwu's Foreign Trade Maintains Rapid Growth in the First Half of the Year",
    "publisher": None,
    "published": "2023-07-28",
    "notes": [
        "Real figures (source, date): Jinhua H1 2023 imports and exports 369.41 billion yuan +15.2%, exports 316.75 billion "
        "+11.2%, GDP 273.303 billion +7% (english.jinhua.gov.cn, 2023-08-03). Yiwu's own H1 2023 figures were not found in the "
        "corpus.",
        "Derived/made up: Jinhua imports 52.66 billion = 369.41 - 316.75, and +47.0% back-computed from the total and export "
        "growth rates. Yiwu H1 2023 exports 2,372.6 and imports 315.1 hundred million yuan are back-computed from Yiwu Customs' "
        "H1 2024 figures (2,880.3 and 367.4, +21.4% and +16.6%; chinanews via cppjump.com, 2024-07-22); total 2,687.7 set to "
        "their sum. Africa 493.9, Latin America 407.5, United States 299.3, ASEAN 236.0 and market procurement 1,809.4 are "
        "back-computed the same way from H1 2024 (578.3, 539.5, 405, 330.8 and 2,328.7). 72.8% = 2,687.7/3,694.1 and 76.3% = "
        "1,809.4/2,372.6 (derived). Made up (interpolated between Yiwu Customs' Jan-Apr 2023 and Jan-Jul 2023 releases, "
        "english.jinhua.gov.cn 2023-05-26 and qwitaly.com 2023-08-29): growth 18.9/15.4/54.8%, provincial shares 11.4/13.8/5.0% "
        "and their 1.5/1.6/1.7 pp rises, market procurement +18.6%, Africa +30.5%, Latin America +31.9%, Belt and Road 1,016.2 "
        "+18.5% 37.8%, labor-intensive 946.7 +20.4% 39.9%, mechanical and electrical 903.5 +10.9% 38.1%. Purely made up: "
        "United States +8.6%, ASEAN +12.3%, Africa as largest market, 226 and 171 partners, 89.7% contribution, 1,087 train "
        "trips +9.2%, 210,000 daily visitors, the release date and translator names.",
        "Judgement calls: publisher null (a city government site release; the text names no outlet); '(the same below)' "
        "makes every later growth year-on-year. 'the first half of the year' = 2023-01/2023-06 from the release date. The "
        "provincial shares (11.4, 13.8, 5.0) and the 72.8% share of Jinhua are shares of a larger area's trade, labelled with "
        "area Yiwu, partner null; 'the city's total' read as Jinhua's (the sentence follows the Jinhua figures). Bare numbers "
        "'407.5, 299.3 and 236.0 hundred million yuan' take their scale from the list's end. 'Africa remained Yiwu's largest "
        "market' is a rank of total trade (the clause gives imports and exports). 'countries along the Belt and Road' mapped to "
        "the canonical 'Belt and Road partner countries'. Market procurement figures: segment 'market procurement', flow "
        "exports. 226 countries and regions: count, segment 'trading partners'.",
        "Not facts: 1.5, 1.6 and 1.7 percentage points (differences); 89.7% (contribution to export growth); 171 (conditional "
        "count '171 registered trade growth'); 1,087 trips and 9.2% (freight train departures); 210,000 "
        "(visitors); 273.303 billion and 7% (GDP); July 20 and 2023-07-28 (dates).",
        "Copy check: 12 sentences searched (8 queries), 7 reworded.",
        "Second check: 18 sentences searched, 7 reworded.",
    ],
    "facts": [
        fact(YW, "total", "value", 268.77e9, "CNY", H1, "2,687.7 hundred million",
             "Yiwu's imports and exports in January-June this year came to 2,687.7 hundred million yuan"),
        fact(YW, "total", "growth", 18.9, "percent", H1, "18.9",
             "Yiwu's imports and exports in January-June this year came to 2,687.7 hundred million yuan, up 18.9% year-on-year"),
        fact(YW, "exports", "value", 237.26e9, "CNY", H1, "2,372.6 hundred million",
             "Of this, exports reached 2,372.6 hundred million yuan, up 15.4%"),
        fact(YW, "exports", "growth", 15.4, "percent", H1, "15.4",
             "Of this, exports reached 2,372.6 hundred million yuan, up 15.4%"),
        fact(YW, "imports", "value", 31.51e9, "CNY", H1, "315.1 hundred million",
             "and imports 315.1 hundred million yuan, up 54.8%"),
        fact(YW, "imports", "growth", 54.8, "percent", H1, "54.8",
             "and imports 315.1 hundred million yuan, up 54.8%"),
        fact(YW, "total", "share", 11.4, "percent", H1, "11.4", PROV),
        fact(YW, "exports", "share", 13.8, "percent", H1, "13.8", PROV),
        fact(YW, "imports", "share", 5.0, "percent", H1, "5.0", PROV),
        fact(JH, "total", "value", 369.41e9, "CNY", H1, "369.41 billion",
             "Jinhua City as a whole traded 369.41 billion yuan of goods"),
        fact(JH, "total", "growth", 15.2, "percent", H1, "15.2",
             "Jinhua City as a whole traded 369.41 billion yuan of goods, 15.2% more than a year earlier"),
        fact(JH, "exports", "value", 316.75e9, "CNY", H1, "316.75 billion",
             "its exports grew 11.2% to 316.75 billion yuan"),
        fact(JH, "exports", "growth", 11.2, "percent", H1, "11.2",
             "its exports grew 11.2% to 316.75 billion yuan"),
        fact(JH, "imports", "value", 52.66e9, "CNY", H1, "52.66 billion",
             "its imports 47.0% to 52.66 billion yuan"),
        fact(JH, "imports", "growth", 47.0, "percent", H1, "47.0",
             "its imports 47.0% to 52.66 billion yuan"),
        fact(YW, "total", "share", 72.8, "percent", H1, "72.8",
             "Yiwu's import and export value accounted for 72.8% of the city's total."),
        fact(YW, "exports", "value", 180.94e9, "CNY", H1, "1,809.4 hundred million", MP, segment=MPS),
        fact(YW, "exports", "share", 76.3, "percent", H1, "76.3", MP, segment=MPS),
        fact(YW, "exports", "growth", 18.6, "percent", H1, "18.6", MP, segment=MPS),
        fact(YW, "total", "rank", 1, "number", H1, "largest",
             "Africa remained Yiwu's largest market, with imports and exports of 493.9 hundred million yuan", partner="Africa"),
        fact(YW, "total", "value", 49.39e9, "CNY", H1, "493.9 hundred million",
             "Africa remained Yiwu's largest market, with imports and exports of 493.9 hundred million yuan", partner="Africa"),
        fact(YW, "total", "growth", 30.5, "percent", H1, "30.5",
             "Africa remained Yiwu's largest market, with imports and exports of 493.9 hundred million yuan, up 30.5%",
             partner="Africa"),
        fact(YW, "total", "value", 40.75e9, "CNY", H1, "407.5", MKT, partner="Latin America"),
        fact(YW, "total", "value", 29.93e9, "CNY", H1, "299.3", MKT, partner="United States"),
        fact(YW, "total", "value", 23.6e9, "CNY", H1, "236.0 hundred million", MKT, partner="ASEAN"),
        fact(YW, "total", "growth", 31.9, "percent", H1, "31.9", MKT, partner="Latin America"),
        fact(YW, "total", "growth", 8.6, "percent", H1, "8.6", MKT, partner="United States"),
        fact(YW, "total", "growth", 12.3, "percent", H1, "12.3", MKT, partner="ASEAN"),
        fact(YW, "total", "value", 101.62e9, "CNY", H1, "1,016.2 hundred million", BR, partner=BRP),
        fact(YW, "total", "growth", 18.5, "percent", H1, "18.5", BR, partner=BRP),
        fact(YW, "total", "share", 37.8, "percent", H1, "37.8", BR, partner=BRP),
        fact(YW, "total", "count", 226, "number", H1, "226",
             "the 226 countries and regions that Yiwu traded with in the first half of the year", segment="trading partners"),
        fact(YW, "exports", "value", 94.67e9, "CNY", H1, "946.7 hundred million", PROD, product=LI),
        fact(YW, "exports", "value", 90.35e9, "CNY", H1, "903.5 hundred million", PROD, product=ME),
        fact(YW, "exports", "growth", 20.4, "percent", H1, "20.4", PROD, product=LI),
        fact(YW, "exports", "growth", 10.9, "percent", H1, "10.9", PROD, product=ME),
        fact(YW, "exports", "share", 39.9, "percent", H1, "39.9", PROD, product=LI),
        fact(YW, "exports", "share", 38.1, "percent", H1, "38.1", PROD, product=ME),
    ],
}
