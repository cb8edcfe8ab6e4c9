from _fact import fact, period

YTD = period(2025, 1, 10)
OCT = period(2025, 10)
XM = "Xiamen"
E_TOT = ("the city's goods imports and exports totaled 7,812.4 hundred million yuan (about 109.7 billion U.S. dollars) "
         "in the first 10 months of 2025, a rise of 5.4% from the same period a year before")
E_XM = ("Exports grew 8.1% to 4,236.8 hundred million yuan and imports grew 2.3% to 3,575.6 hundred million yuan.")
E_OCT = ("Xiamen's October imports and exports came to 80.63 billion yuan, a year-on-year rise of 3.7% and a "
         "month-on-month rise of 4.6%.")
E_ENT = "Over 9,200 Xiamen enterprises recorded actual import and export performance"
E_ASEAN_RANK = "Xiamen's largest trading partner remained ASEAN."
E_ASEAN = ("the city's trade with ASEAN rose 7.4% to 1,583.5 hundred million yuan, 20.3% of its total imports "
           "and exports")
E_USEU = ("Trade with the United States and the European Union came to 87.42 and 81.26 billion yuan respectively, "
          "with the former down 9.6% and the latter up 2.7%.")
E_TW = "Xiamen's trade with the Taiwan region climbed 11.8% to 32.69 billion yuan."
E_TW_IM = "imports from the Taiwan region came to 24.13 billion yuan"
E_BRI = ("Trade with Belt and Road partner countries rose 6.5% to 4,127.7 hundred million yuan, "
         "making up 52.8% of the total")
E_ME = ("exports of mechanical and electrical products from Xiamen increased 10.3% to 1,902.6 hundred million yuan, "
        "or 44.9% of the city's exports")
E_LB = "Lithium battery and automobile exports within this category grew 26.4% and 41.7% respectively"
BRI = "Belt and Road partner countries"
ME = "mechanical and electrical products"

ARTICLE = {
    "id": "dAS1_04_xiamen_customs_trade_2025",
    "title": "Xiamen's Jan-Oct foreign trade rises 5.4%, led by 8.1% export growth",
    "publisher": "Xiamen Customs",
    "published": "2025-11-21",
    "notes": [
        "Publisher: the release names Xiamen Customs as its source in the byline line ('Xiamen Customs | Release date: 2025-11-21'); published 2025-11-21 from that line.",
        "Area is Xiamen throughout (the city of the release); 'the city' and sentences with no named area take Xiamen.",
        "Cumulative period: 'the first 10 months of 2025' = 2025-01/2025-10, carried by 'Over the same stretch' and by the later paragraphs (partners, Taiwan, Belt and Road, commodities) that state no period of their own.",
        "'7,812.4 hundred million yuan (about 109.7 billion U.S. dollars)': a CNY fact (7.8124e11) and a USD fact with qualifier approx. The headline's 5.4% and 8.1% are the same observations as the body's and are labelled once.",
        "'outpacing growth for the country as a whole by 1.8 percentage points' and 'a share 0.5 percentage points above the same period last year': derived comparisons, out.",
        "October: 'a year-on-year rise of 3.7% and a month-on-month rise of 4.6%' -> one yoy and one mom growth fact for 2025-10. 'the sixth month in a row ... above 75 billion yuan' is a streak with a threshold: out.",
        "'Over 9,200 Xiamen enterprises recorded actual import and export performance': count of trading enterprises, segment 'foreign trade enterprises', qualifier over. 'newly registered foreign trade operators outnumbered those of the same period last year by 1,136': a change in a count (derived comparison), out.",
        "'Xiamen's largest trading partner remained ASEAN': rank 1, Jan-Oct; its share 20.3 percent is a share of the city's total trade.",
        "'87.42 and 81.26 billion yuan respectively': the scale word 'billion' governs both list members (87.42e9 and 81.26e9). 'with the former down 9.6% and the latter up 2.7%': former = United States (-9.6), latter = European Union (+2.7). The US and EU are not ranked in the text (no rank labelled).",
        "Taiwan: 'the Taiwan region' is written with canonical partner name 'Taiwan'. 'imports from the Taiwan region came to 24.13 billion yuan' is an imports value; the products named after it ('consisting mostly of integrated circuits, agricultural products and food') describe its composition and do not restrict the figure.",
        "Belt and Road share 52.8 percent is of the city's total trade (partner Belt and Road partner countries).",
        "Mechanical and electrical products: exports value, growth and share of total exports. 'Lithium battery and automobile exports within this category grew 26.4% and 41.7% respectively': export growth by product, Jan-Oct.",
        "Labor-intensive products, metal ores, coal and grain are named without figures: no facts.",
        "Out: 287 China-Europe freight train trips (not a trade flow); the whole-year forecast 'will top 930 billion yuan' (forecast).",
    ],
    "facts": [
        fact(XM, "total", "value", 7812.4e8, "CNY", YTD, "7,812.4 hundred million", E_TOT),
        fact(XM, "total", "value", 109.7e9, "USD", YTD, "109.7 billion", E_TOT, qualifier="approx"),
        fact(XM, "total", "growth", 5.4, "percent", YTD, "5.4", E_TOT),
        fact(XM, "exports", "value", 4236.8e8, "CNY", YTD, "4,236.8 hundred million", E_XM),
        fact(XM, "exports", "growth", 8.1, "percent", YTD, "8.1", E_XM),
        fact(XM, "imports", "value", 3575.6e8, "CNY", YTD, "3,575.6 hundred million", E_XM),
        fact(XM, "imports", "growth", 2.3, "percent", YTD, "2.3", E_XM),
        fact(XM, "total", "value", 80.63e9, "CNY", OCT, "80.63 billion", E_OCT),
        fact(XM, "total", "growth", 3.7, "percent", OCT, "3.7", E_OCT),
        fact(XM, "total", "growth", 4.6, "percent", OCT, "4.6", E_OCT, basis="mom"),
        fact(XM, "total", "count", 9200, "number", YTD, "9,200", E_ENT, segment="foreign trade enterprises", qualifier="over"),
        fact(XM, "total", "rank", 1, "number", YTD, "largest", E_ASEAN_RANK, partner="ASEAN"),
        fact(XM, "total", "value", 1583.5e8, "CNY", YTD, "1,583.5 hundred million", E_ASEAN, partner="ASEAN"),
        fact(XM, "total", "growth", 7.4, "percent", YTD, "7.4", E_ASEAN, partner="ASEAN"),
        fact(XM, "total", "share", 20.3, "percent", YTD, "20.3", E_ASEAN, partner="ASEAN"),
        fact(XM, "total", "value", 87.42e9, "CNY", YTD, "87.42", E_USEU, partner="United States"),
        fact(XM, "total", "value", 81.26e9, "CNY", YTD, "81.26 billion", E_USEU, partner="European Union"),
        fact(XM, "total", "growth", -9.6, "percent", YTD, "9.6", E_USEU, partner="United States"),
        fact(XM, "total", "growth", 2.7, "percent", YTD, "2.7", E_USEU, partner="European Union"),
        fact(XM, "total", "value", 32.69e9, "CNY", YTD, "32.69 billion", E_TW, partner="Taiwan"),
        fact(XM, "total", "growth", 11.8, "percent", YTD, "11.8", E_TW, partner="Taiwan"),
        fact(XM, "imports", "value", 24.13e9, "CNY", YTD, "24.13 billion", E_TW_IM, partner="Taiwan"),
        fact(XM, "total", "value", 4127.7e8, "CNY", YTD, "4,127.7 hundred million", E_BRI, partner=BRI),
        fact(XM, "total", "growth", 6.5, "percent", YTD, "6.5", E_BRI, partner=BRI),
        fact(XM, "total", "share", 52.8, "percent", YTD, "52.8", E_BRI, partner=BRI),
        fact(XM, "exports", "value", 1902.6e8, "CNY", YTD, "1,902.6 hundred million", E_ME, product=ME),
        fact(XM, "exports", "growth", 10.3, "percent", YTD, "10.3", E_ME, product=ME),
        fact(XM, "exports", "share", 44.9, "percent", YTD, "44.9", E_ME, product=ME),
        fact(XM, "exports", "growth", 26.4, "percent", YTD, "26.4", E_LB, product="lithium batteries"),
        fact(XM, "exports", "growth", 41.7, "percent", YTD, "41.7", E_LB, product="automobiles"),
    ],
}
