from _fact import fact, period

CN = "China"
YTD = period(2026, 1, 11)
NOV = period(2026, 11)

ARTICLE = {
    "id": "dBR1_01",
    "title": "China's 11-month goods trade rises 4 pct as November shipments pick up",
    "publisher": "Xinhua",
    "published": "2026-12-07",
    "notes": [
        "Real figures: none (November 2026 has not happened). Modelled on the Xinhua/GAC January-November 2025 "
        "release (41.21 trillion yuan, ASEAN 6.82 trillion, EU 5.37 trillion, US 3.69 trillion, Belt and Road "
        "51.8 percent share, mechanical and electrical products about 60 percent of exports) and on Reuters "
        "commodity items (rare earth tonnages, soybean and crude tonnages). Invented: every 2026 figure. "
        "Derived (kept consistent): exports 25.56 + imports 17.30 = 42.86 trillion; surplus 25.56 - 17.30 = 8.26 "
        "trillion, 7.1 percent above the 2025 surplus of 7.71 trillion; November 2.46 + 1.61 = 4.07 trillion; "
        "shares 7.29/42.86 = 17.0, 15.49/25.56 = 60.6; dollar figures at about 7.09 yuan per dollar "
        "(346.8 - 227.0 = 119.8 billion; 42.86 trillion / 7.1 = about 6.04 trillion dollars); October implied by "
        "the month-on-month rates: total 3.83, exports 2.34 trillion.",
        "Judgement calls: the headline's '4 pct' is the same observation as the body's 4.0 percent and is "
        "labelled once with the body's evidence. The month-on-month paragraph opens with 'Measured against "
        "October' and states 'month on month' for total trade; exports' 5.1 percent in the same sentence carries "
        "the mom frame. Rank of the EU from 'came second'. Rare earths shipped abroad = exports; 'crude oil "
        "arrivals' and 'Crude purchases' = imports of crude oil, January-November (the sentence names the "
        "period). The crude value (1.86 trillion yuan) and its value growth (-9.6) are facts; the tonnage is a "
        "quantity fact. 'Last month' = November 2026 (published 2026-12-07). Dollar values are a separate "
        "currency observation from the yuan values; the 6.04 trillion dollar figure is approx ('about').",
        "Not facts: 0.4 percentage points (derived comparison); 'tenth consecutive month' (streak); 7.09 per "
        "dollar (exchange rate); 1.4 percentage points (derived share difference); 2.1 percent by volume "
        "(volume growth beside value growth); 'largest monthly volume this year' (milestone, no number); "
        "46 trillion yuan (forecast/milestone by an economist); 2025, 2026 (years).",
        "Copy check: 10 sentences searched (headline, lead, exports/imports sentence, November sentence, "
        "month-on-month sentence, ASEAN sentence, product sentence, crude sentence, spokesperson sentence, "
        "economist sentence), 1 reworded (the headline had the same skeleton as a real 'China's foreign trade "
        "up X pct in first 11 months' headline).",
        "Second check: 20 sentences searched, 4 reworded.",
    ],
    "facts": [
        # January-November totals
        fact(CN, "total", "value", 42.86e12, "CNY", YTD, "42.86 trillion",
             "put China's goods imports and exports for the January-November period at 42.86 trillion yuan (about 6.04 trillion U.S. dollars), 4.0 percent more than a year earlier"),
        fact(CN, "total", "value", 6.04e12, "USD", YTD, "6.04 trillion",
             "42.86 trillion yuan (about 6.04 trillion U.S. dollars)", qualifier="approx"),
        fact(CN, "total", "growth", 4.0, "percent", YTD, "4.0",
             "put China's goods imports and exports for the January-November period at 42.86 trillion yuan (about 6.04 trillion U.S. dollars), 4.0 percent more than a year earlier"),
        fact(CN, "exports", "value", 25.56e12, "CNY", YTD, "25.56 trillion",
             "Outbound shipments over the 11 months totalled 25.56 trillion yuan, a rise of 4.5 percent"),
        fact(CN, "exports", "growth", 4.5, "percent", YTD, "4.5",
             "Outbound shipments over the 11 months totalled 25.56 trillion yuan, a rise of 4.5 percent"),
        fact(CN, "imports", "value", 17.30e12, "CNY", YTD, "17.30 trillion",
             "inbound shipments came to 17.30 trillion yuan, 3.3 percent more than in the same period of 2025"),
        fact(CN, "imports", "growth", 3.3, "percent", YTD, "3.3",
             "inbound shipments came to 17.30 trillion yuan, 3.3 percent more than in the same period of 2025"),
        fact(CN, "balance", "value", 8.26e12, "CNY", YTD, "8.26 trillion",
             "The resulting trade surplus of 8.26 trillion yuan widened 7.1 percent year on year."),
        fact(CN, "balance", "growth", 7.1, "percent", YTD, "7.1",
             "The resulting trade surplus of 8.26 trillion yuan widened 7.1 percent year on year."),
        # November, yuan
        fact(CN, "total", "value", 4.07e12, "CNY", NOV, "4.07 trillion",
             "Last month alone, total trade reached 4.07 trillion yuan, a year-on-year increase of 4.4 percent"),
        fact(CN, "total", "growth", 4.4, "percent", NOV, "4.4",
             "Last month alone, total trade reached 4.07 trillion yuan, a year-on-year increase of 4.4 percent"),
        fact(CN, "exports", "growth", 4.7, "percent", NOV, "4.7",
             "exports accounted for 2.46 trillion yuan after a 4.7 percent gain"),
        fact(CN, "exports", "value", 2.46e12, "CNY", NOV, "2.46 trillion",
             "exports accounted for 2.46 trillion yuan after a 4.7 percent gain"),
        fact(CN, "imports", "growth", 3.9, "percent", NOV, "3.9",
             "imports for 1.61 trillion yuan after a 3.9 percent rise"),
        fact(CN, "imports", "value", 1.61e12, "CNY", NOV, "1.61 trillion",
             "imports for 1.61 trillion yuan after a 3.9 percent rise"),
        # November, month on month
        fact(CN, "total", "growth", 6.3, "percent", NOV, "6.3",
             "Total trade expanded 6.3 percent month on month", basis="mom"),
        fact(CN, "exports", "growth", 5.1, "percent", NOV, "5.1",
             "Total trade expanded 6.3 percent month on month, and exports gained 5.1 percent", basis="mom"),
        # November, dollars
        fact(CN, "exports", "value", 346.8e9, "USD", NOV, "346.8 billion",
             "Denominated in U.S. dollars, November exports amounted to 346.8 billion dollars"),
        fact(CN, "balance", "value", 119.8e9, "USD", NOV, "119.8 billion",
             "the monthly trade surplus stood at 119.8 billion dollars"),
        # partners, January-November
        fact(CN, "total", "rank", 1, "number", YTD, "largest",
             "Trade with ASEAN came to 7.29 trillion yuan over the 11 months, or 17.0 percent of the country's total, so the bloc stayed the largest of China's trading partners", partner="ASEAN"),
        fact(CN, "total", "value", 7.29e12, "CNY", YTD, "7.29 trillion",
             "Trade with ASEAN came to 7.29 trillion yuan",
             partner="ASEAN"),
        fact(CN, "total", "share", 17.0, "percent", YTD, "17.0",
             "Trade with ASEAN came to 7.29 trillion yuan over the 11 months, or 17.0 percent of the country's total", partner="ASEAN"),
        fact(CN, "total", "rank", 2, "number", YTD, "second",
             "The European Union came second", partner="European Union"),
        fact(CN, "total", "growth", 3.9, "percent", YTD, "3.9",
             "The European Union came second, as trade with the bloc grew 3.9 percent", partner="European Union"),
        fact(CN, "total", "rank", 3, "number", YTD, "third-largest",
             "trade with the United States, the third-largest partner, shrank 4.1 percent",
             partner="United States"),
        fact(CN, "total", "growth", -4.1, "percent", YTD, "4.1",
             "trade with the United States, the third-largest partner, shrank 4.1 percent",
             partner="United States"),
        fact(CN, "total", "share", 53.2, "percent", YTD, "53.2",
             "Commerce with Belt and Road partner countries made up 53.2 percent of the national total",
             partner="Belt and Road partner countries"),
        # products
        fact(CN, "exports", "value", 15.49e12, "CNY", YTD, "15.49 trillion",
             "mechanical and electrical products climbed to 15.49 trillion yuan",
             product="mechanical and electrical products"),
        fact(CN, "exports", "share", 60.6, "percent", YTD, "60.6",
             "mechanical and electrical products climbed to 15.49 trillion yuan, a 60.6 percent share of all exports",
             product="mechanical and electrical products"),
        fact(CN, "exports", "growth", -1.8, "percent", YTD, "1.8",
             "sales abroad of labour-intensive goods such as garments, footwear and furniture slipped 1.8 percent",
             product="labour-intensive goods"),
        # commodities
        fact(CN, "exports", "quantity", 5812.4, "tonnes", NOV, "5,812.4",
             "the country shipped 5,812.4 tonnes of rare earths abroad in November", product="rare earths"),
        fact(CN, "imports", "quantity", 8.14e6, "tonnes", NOV, "8.14 million",
             "Soybean imports came in at 8.14 million tonnes last month", product="soybeans"),
        fact(CN, "imports", "quantity", 517.3e6, "tonnes", YTD, "517.3 million",
             "crude oil arrivals for the January-November period reached 517.3 million tonnes", product="crude oil"),
        fact(CN, "imports", "growth", -9.6, "percent", YTD, "9.6",
             "Crude purchases grew 2.1 percent by volume but fell 9.6 percent in value to 1.86 trillion yuan",
             product="crude oil"),
        fact(CN, "imports", "value", 1.86e12, "CNY", YTD, "1.86 trillion",
             "Crude purchases grew 2.1 percent by volume but fell 9.6 percent in value to 1.86 trillion yuan",
             product="crude oil"),
    ],
}
