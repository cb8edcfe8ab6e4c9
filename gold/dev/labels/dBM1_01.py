from _fact import fact, period

CN = "China"
YTD = period(2026, 1, 10)   # January-October 2026
OCT = period(2026, 10)

ARTICLE = {
    "id": "dBM1_01",
    "title": "Emerging markets carry China's January-October trade to a 3.6% gain",
    "publisher": "China Daily",
    "published": "2026-11-07",
    "notes": [
        "Real figures: none for 2026 (the period has not happened); the article is modelled on the January-October "
        "2025 GAC release (37.31 trillion yuan, +3.6%; October 2025 trade 3.7 trillion, exports 2.17, imports 1.53 "
        "trillion yuan) and the 2025 product pattern (mechanical and electrical goods ~60% of exports, labour-intensive "
        "~15%). Invented: every 2026 figure. Derived so the text is internally consistent: 23.08 + 15.57 = 38.65 "
        "trillion; surplus 23.08 - 15.57 = 7.51 trillion, +8.4% on the 2025 surplus of 6.93 trillion; October "
        "2.27 + 1.59 = 3.86 trillion, +4.3% on 3.70; shares 6.05/38.65 = 15.7%, 20.3/38.65 = 52.5%, 14.02/23.08 = "
        "60.7%, 57.3% private; dollar figures at about 7.05 yuan per dollar (38.65/7.05 = 5.48; 7.51/7.05 = 1.06).",
        "Judgement calls: the headline '3.6%' is the same observation as the body's growth figure, labelled once "
        "(body evidence). '$5.48 trillion' in brackets after the yuan total is the same observation in another "
        "currency: a separate USD fact, qualifier exact (no 'about'). '2.27 and 1.59 trillion yuan, respectively' "
        "writes the scale once; value_text '2.27' takes 'trillion' from the list. 'October's trade value was 2.4 "
        "percent lower than in September' is a comparison with the month before: basis mom, value -2.4, period "
        "October. 'the trade surplus widened by 8.4 percent' is growth of the balance, +8.4 as the verb says. "
        "Ranks: 'largest' (ASEAN) = 1, 'second-largest' (EU) = 2, 'third-largest' (US) = 3, all flow total. "
        "'Private businesses' is segment 'private enterprises'. Integrated circuits' 19.8 percent is export growth "
        "('within this category' of exports). Crude oil: 468 million tonnes is an import quantity; the value of "
        "those purchases 'dropped 9.3 percent' is import growth for product crude oil.",
        "Not facts: 7.05 and 7.2 (exchange rates); '0.7 percentage points above the pace' (derived comparison); "
        "'first week' (not a number of trade); '11-member' (bloc membership, not a count of trading partners); "
        "'above 40 percent' (tariff rate); '1.1 percentage points higher' (derived change of a share); '2.6 percent "
        "more by volume' (volume growth beside value growth, out of scope); 'around 3.5 percent for 2026' (analysts' "
        "forecast); '4.8 percent' (GDP growth); 2025, 2026 (years); '10 months' (period).",
        "Copy check: 7 sentences searched, 1 reworded (the lead, which shared the 'goods imports and exports rose X "
        "percent year-on-year to Y trillion yuan ($Z trillion) in the first 10 months' order of real GAC leads).",
        "Second check: 17 sentences searched, 4 reworded.",
    ],
    "facts": [
        fact(CN, "total", "value", 38.65e12, "CNY", YTD, "38.65 trillion",
             "the value of goods China bought from and sold to the rest of the world came to 38.65 trillion yuan"),
        fact(CN, "total", "value", 5.48e12, "USD", YTD, "$5.48 trillion",
             "came to 38.65 trillion yuan ($5.48 trillion)"),
        fact(CN, "total", "growth", 3.6, "percent", YTD, "3.6",
             "came to 38.65 trillion yuan ($5.48 trillion), a gain of 3.6 percent over the same months of last year"),
        fact(CN, "exports", "value", 23.08e12, "CNY", YTD, "23.08 trillion",
             "outbound shipments were worth 23.08 trillion yuan, 4.3 percent more than a year before"),
        fact(CN, "exports", "growth", 4.3, "percent", YTD, "4.3",
             "outbound shipments were worth 23.08 trillion yuan, 4.3 percent more than a year before"),
        fact(CN, "imports", "value", 15.57e12, "CNY", YTD, "15.57 trillion",
             "inbound purchases came to 15.57 trillion yuan after a 2.5 percent gain"),
        fact(CN, "imports", "growth", 2.5, "percent", YTD, "2.5",
             "inbound purchases came to 15.57 trillion yuan after a 2.5 percent gain"),
        fact(CN, "balance", "value", 7.51e12, "CNY", YTD, "7.51 trillion",
             "the trade surplus widened by 8.4 percent from the same period of 2025 to 7.51 trillion yuan"),
        fact(CN, "balance", "growth", 8.4, "percent", YTD, "8.4",
             "the trade surplus widened by 8.4 percent from the same period of 2025 to 7.51 trillion yuan"),
        fact(CN, "balance", "value", 1.06e12, "USD", YTD, "$1.06 trillion",
             "Denominated in US dollars, the surplus reached $1.06 trillion"),
        # October alone
        fact(CN, "total", "value", 3.86e12, "CNY", OCT, "3.86 trillion",
             "Total trade for the month came to 3.86 trillion yuan"),
        fact(CN, "total", "growth", 4.3, "percent", OCT, "4.3",
             "Total trade for the month came to 3.86 trillion yuan, an increase of 4.3 percent on a year earlier"),
        fact(CN, "exports", "value", 2.27e12, "CNY", OCT, "2.27",
             "Exports and imports stood at 2.27 and 1.59 trillion yuan, respectively"),
        fact(CN, "imports", "value", 1.59e12, "CNY", OCT, "1.59 trillion",
             "Exports and imports stood at 2.27 and 1.59 trillion yuan, respectively"),
        fact(CN, "total", "growth", -2.4, "percent", OCT, "2.4",
             "October's trade value was 2.4 percent lower than in September", basis="mom"),
        # partners
        fact(CN, "total", "rank", 1, "number", YTD, "largest",
             "The Association of Southeast Asian Nations held its place as China's largest trading partner",
             partner="ASEAN"),
        fact(CN, "total", "growth", 6.9, "percent", YTD, "6.9",
             "Two-way trade with the 11-member bloc expanded 6.9 percent to 6.05 trillion yuan", partner="ASEAN"),
        fact(CN, "total", "value", 6.05e12, "CNY", YTD, "6.05 trillion",
             "Two-way trade with the 11-member bloc expanded 6.9 percent to 6.05 trillion yuan", partner="ASEAN"),
        fact(CN, "total", "share", 15.7, "percent", YTD, "15.7",
             "Two-way trade with the 11-member bloc expanded 6.9 percent to 6.05 trillion yuan, equal to 15.7 percent of "
             "China's overall foreign trade", partner="ASEAN"),
        fact(CN, "total", "rank", 2, "number", YTD, "second-largest",
             "The European Union, the second-largest partner", partner="European Union"),
        fact(CN, "total", "growth", 4.1, "percent", YTD, "4.1",
             "The European Union, the second-largest partner, saw its trade with China rise 4.1 percent",
             partner="European Union"),
        fact(CN, "total", "rank", 3, "number", YTD, "third-largest",
             "Trade with the United States, China's third-largest trading partner", partner="United States"),
        fact(CN, "total", "growth", -4.8, "percent", YTD, "4.8",
             "Trade with the United States, China's third-largest trading partner, fell 4.8 percent",
             partner="United States"),
        fact(CN, "total", "value", 20.3e12, "CNY", YTD, "20.3 trillion",
             "Commerce with Belt and Road partner countries totaled 20.3 trillion yuan",
             partner="Belt and Road partner countries"),
        fact(CN, "total", "share", 52.5, "percent", YTD, "52.5",
             "Commerce with Belt and Road partner countries totaled 20.3 trillion yuan, or 52.5 percent of the "
             "national total", partner="Belt and Road partner countries"),
        # products
        fact(CN, "exports", "value", 14.02e12, "CNY", YTD, "14.02 trillion",
             "Mechanical and electrical products supplied 60.7 percent of all exports, with overseas sales of 14.02 trillion yuan",
             product="mechanical and electrical products"),
        fact(CN, "exports", "share", 60.7, "percent", YTD, "60.7",
             "Mechanical and electrical products supplied 60.7 percent of all exports, with overseas sales of 14.02 trillion yuan", product="mechanical and electrical products"),
        fact(CN, "exports", "growth", 19.8, "percent", YTD, "19.8",
             "within this category, integrated circuits jumped 19.8 percent", product="integrated circuits"),
        fact(CN, "exports", "growth", -1.2, "percent", YTD, "1.2",
             "Garments, footwear, furniture, toys and other labour-intensive goods saw their exports slip 1.2 percent",
             product="labour-intensive products"),
        fact(CN, "exports", "share", 14.4, "percent", YTD, "14.4",
             "Garments, footwear, furniture, toys and other labour-intensive goods saw their exports slip 1.2 percent, leaving them with 14.4 percent of the export total", product="labour-intensive products"),
        fact(CN, "imports", "quantity", 468e6, "tonnes", YTD, "468 million",
             "China brought in 468 million tonnes of crude oil", product="crude oil"),
        fact(CN, "imports", "growth", -9.3, "percent", YTD, "9.3",
             "China brought in 468 million tonnes of crude oil, 2.6 percent more by volume than a year earlier, although "
             "the value of those purchases dropped 9.3 percent", product="crude oil"),
        # private enterprises
        fact(CN, "total", "growth", 6.4, "percent", YTD, "6.4",
             "Private businesses, the largest group of foreign traders, saw their imports and exports increase 6.4 "
             "percent", segment="private enterprises"),
        fact(CN, "total", "share", 57.3, "percent", YTD, "57.3",
             "Private businesses, the largest group of foreign traders, saw their imports and exports increase 6.4 "
             "percent, lifting their share of the country's total to 57.3 percent", segment="private enterprises"),
    ],
}
