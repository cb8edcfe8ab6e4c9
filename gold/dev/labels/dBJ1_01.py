from _fact import fact, period

CN = "China"
NOV = period(2025, 11)
OCT = period(2025, 10)
JN = period(2025, 1, 11)

ARTICLE = {
    "id": "dBJ1_01",
    "title": "November exports bounce back as China's Jan-Nov foreign trade grows 3.6 pct",
    "publisher": "Xinhua",
    "published": "2025-12-08",
    "notes": [
        "Real figures (GAC release of 2025-12-08 as reported): Jan-Nov total, exports, imports and growth; "
        "November yuan totals and growth; USD surpluses (Nov, Oct, Jan-Nov) and the ~22% widening; ASEAN, EU, "
        "US values/growth/shares; Belt and Road growth and share; crude oil Jan-Nov volume; US tariff average. "
        "Invented: month-on-month export/import growth, mechanical and electrical share, labour-intensive growth, "
        "soybean volume, volume growth and value growth.",
        "Judgement calls: ASEAN 'stayed ahead of the rest' states no numeral, so no rank fact is labelled; "
        "'outbound/inbound shipments' are exports/imports; the month-on-month paragraph is basis mom; "
        "the October surplus (comparison base) is labelled as its own October fact; the dollar surplus "
        "growth 'about 22 percent' is approx; 'an 8.9-percent share' is the US share of China's trade; "
        "product and share figures with no period in the sentence take the article's running period (Jan-Nov); "
        "soybean value growth is labelled with product 'soybeans'.",
        "Not facts: '4 percentage points faster' (derived comparison); '10th straight month' (streak); "
        "'roughly 100 billion dollars' and 'about 45 trillion yuan' (forecasts); '1-trillion-dollar mark' "
        "(threshold beside the exact 1.08 trillion); '47.5 percent' (tariff rate); '11.4 million barrels per day' "
        "(daily average); soybean '6.9 percent by volume' (volume growth beside value growth); '2025', '2026' (years).",
        "Copy check: 24 sentences searched, 1 reworded.",
        "Copy check (independent): 24 sentences searched, 7 reworded.",
    ],
    "facts": [
        # January-November totals
        fact(CN, "total", "growth", 3.6, "percent", JN, "3.6",
             "Growing 3.6 percent from a year earlier, China's goods trade for January-November 2025 reached a combined 41.21 trillion yuan"),
        fact(CN, "total", "value", 41.21e12, "CNY", JN, "41.21 trillion",
             "China's goods trade for January-November 2025 reached a combined 41.21 trillion yuan"),
        fact(CN, "total", "value", 5.82e12, "USD", JN, "5.82 trillion",
             "China's goods trade for January-November 2025 reached a combined 41.21 trillion yuan (about 5.82 trillion U.S. dollars)",
             qualifier="approx"),
        fact(CN, "exports", "value", 24.46e12, "CNY", JN, "24.46 trillion",
             "outbound shipments came to 24.46 trillion yuan after a 6.2-percent gain"),
        fact(CN, "exports", "growth", 6.2, "percent", JN, "6.2",
             "outbound shipments came to 24.46 trillion yuan after a 6.2-percent gain"),
        fact(CN, "imports", "value", 16.75e12, "CNY", JN, "16.75 trillion",
             "inbound shipments to 16.75 trillion yuan, a marginal rise of 0.2 percent"),
        fact(CN, "imports", "growth", 0.2, "percent", JN, "0.2",
             "inbound shipments to 16.75 trillion yuan, a marginal rise of 0.2 percent"),
        # November
        fact(CN, "total", "value", 3.9e12, "CNY", NOV, "3.9 trillion",
             "At 3.9 trillion yuan, combined trade for the month beat the year-earlier level by 4.1 percent"),
        fact(CN, "total", "growth", 4.1, "percent", NOV, "4.1",
             "At 3.9 trillion yuan, combined trade for the month beat the year-earlier level by 4.1 percent"),
        fact(CN, "exports", "value", 2.35e12, "CNY", NOV, "2.35 trillion",
             "Exports and imports for November reached 2.35 trillion yuan and 1.55 trillion yuan, expanding 5.7 percent and 1.7 percent, respectively."),
        fact(CN, "imports", "value", 1.55e12, "CNY", NOV, "1.55 trillion",
             "Exports and imports for November reached 2.35 trillion yuan and 1.55 trillion yuan, expanding 5.7 percent and 1.7 percent, respectively."),
        fact(CN, "exports", "growth", 5.7, "percent", NOV, "5.7",
             "Exports and imports for November reached 2.35 trillion yuan and 1.55 trillion yuan, expanding 5.7 percent and 1.7 percent, respectively."),
        fact(CN, "imports", "growth", 1.7, "percent", NOV, "1.7",
             "Exports and imports for November reached 2.35 trillion yuan and 1.55 trillion yuan, expanding 5.7 percent and 1.7 percent, respectively."),
        fact(CN, "exports", "growth", 8.9, "percent", NOV, "8.9",
             "Compared with October, the month's exports were up 8.9 percent", basis="mom"),
        fact(CN, "imports", "growth", 3.4, "percent", NOV, "3.4",
             "Compared with October, the month's exports were up 8.9 percent, while imports gained 3.4 percent.",
             basis="mom"),
        # balances in dollars
        fact(CN, "balance", "value", 111.68e9, "USD", NOV, "111.68 billion",
             "China's trade surplus for November widened to 111.68 billion dollars"),
        fact(CN, "balance", "value", 90.07e9, "USD", OCT, "90.07 billion",
             "topping both October's 90.07 billion dollars"),
        fact(CN, "balance", "growth", 22, "percent", JN, "22",
             "the surplus in dollar terms reached 1.08 trillion dollars, about 22 percent bigger than a year before",
             qualifier="approx"),
        fact(CN, "balance", "value", 1.08e12, "USD", JN, "1.08 trillion",
             "the surplus in dollar terms reached 1.08 trillion dollars, about 22 percent bigger than a year before"),
        # partners
        fact(CN, "total", "growth", 8.5, "percent", JN, "8.5",
             "China's trade with the bloc expanded 8.5 percent to 6.82 trillion yuan during the 11 months",
             partner="ASEAN"),
        fact(CN, "total", "value", 6.82e12, "CNY", JN, "6.82 trillion",
             "China's trade with the bloc expanded 8.5 percent to 6.82 trillion yuan during the 11 months",
             partner="ASEAN"),
        fact(CN, "total", "share", 16.6, "percent", JN, "16.6",
             "China's trade with the bloc expanded 8.5 percent to 6.82 trillion yuan during the 11 months, making up 16.6 percent of the country's foreign trade",
             partner="ASEAN"),
        fact(CN, "total", "rank", 2, "number", JN, "second",
             "Trade with the European Union, China's second-largest trading partner",
             partner="European Union"),
        fact(CN, "total", "growth", 5.4, "percent", JN, "5.4",
             "Trade with the European Union, China's second-largest trading partner, grew 5.4 percent to 5.37 trillion yuan",
             partner="European Union"),
        fact(CN, "total", "value", 5.37e12, "CNY", JN, "5.37 trillion",
             "Trade with the European Union, China's second-largest trading partner, grew 5.4 percent to 5.37 trillion yuan",
             partner="European Union"),
        fact(CN, "total", "share", 13, "percent", JN, "13",
             "Trade with the European Union, China's second-largest trading partner, grew 5.4 percent to 5.37 trillion yuan, or 13 percent of the total.",
             partner="European Union"),
        fact(CN, "total", "growth", -16.9, "percent", JN, "16.9",
             "Bilateral trade fell 16.9 percent to 3.69 trillion yuan in the first 11 months",
             partner="United States"),
        fact(CN, "total", "value", 3.69e12, "CNY", JN, "3.69 trillion",
             "Bilateral trade fell 16.9 percent to 3.69 trillion yuan in the first 11 months",
             partner="United States"),
        fact(CN, "total", "rank", 3, "number", JN, "third",
             "leaving the country as China's third-largest trading partner with an 8.9-percent share",
             partner="United States"),
        fact(CN, "total", "share", 8.9, "percent", JN, "8.9",
             "leaving the country as China's third-largest trading partner with an 8.9-percent share",
             partner="United States"),
        fact(CN, "total", "growth", 6, "percent", JN, "6",
             "China's trade with Belt and Road partner countries rose 6 percent over the period",
             partner="Belt and Road partner countries"),
        fact(CN, "total", "share", 51.8, "percent", JN, "51.8",
             "China's trade with Belt and Road partner countries rose 6 percent over the period, equal to 51.8 percent of overall foreign trade.",
             partner="Belt and Road partner countries"),
        # products
        fact(CN, "exports", "share", 60.4, "percent", JN, "60.4",
             "mechanical and electrical goods made up 60.4 percent of all exports",
             product="mechanical and electrical goods"),
        fact(CN, "exports", "growth", -2.9, "percent", JN, "2.9",
             "Their exports slipped 2.9 percent",
             product="labour-intensive products"),
        fact(CN, "imports", "quantity", 521.87e6, "tonnes", JN, "521.87 million",
             "China's crude oil arrivals averaged roughly 11.4 million barrels per day over January-November, for a total of 521.87 million tonnes",
             product="crude oil"),
        fact(CN, "imports", "quantity", 104.3e6, "tonnes", JN, "104.3 million",
             "Soybean purchases rose 6.9 percent by volume to 104.3 million tonnes",
             product="soybeans"),
        fact(CN, "imports", "growth", -8.4, "percent", JN, "8.4",
             "their import bill fell 8.4 percent",
             product="soybeans"),
    ],
}
