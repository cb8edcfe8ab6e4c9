from _fact import fact, period

CN = "China"
JN = period(2026, 1, 11)
NOV = period(2026, 11)
OCT = period(2026, 10)

ARTICLE = {
    "id": "dBV1_01",
    "title": "Private firms gain ground as China's Jan-Nov goods trade rises 3.6 pct",
    "publisher": "Xinhua",
    "published": "2026-12-08",
    "notes": [
        "Real figures: none (January-November 2026 has not been reported); levels modelled on the GAC's "
        "January-November 2025 release (exports 24.46 trillion yuan, imports 16.75 trillion, U.S. trade 3.69 "
        "trillion) and grown by invented rates. Invented: every figure. Derived and checked: 25.52 + 17.16 = 42.68; "
        "surplus 25.52 - 17.16 = 8.36 (vs 7.71 in 2025: +8.4%); shares 6.41/42.68 = 15.0, 22.14/42.68 = 51.9, "
        "24.1/42.68 = 56.5, U.S. 3.48/3.69 in 2025 = -5.7 (level not stated); 42.68 trillion yuan at about 7.14 "
        "yuan per dollar = 5.98 trillion dollars; dollar surplus 1.18 trillion matches dBV1_02's table "
        "(3,580.4 - 2,402.7).",
        "Judgement calls: the headline's 3.6 pct is the body's lead fact, labelled once with the body evidence. "
        "The USD conversion in the lead is a separate approx fact. The dollar-terms export growth (4.8) is a second "
        "growth fact for the same flow and period, distinct by value. 'Last month alone' counts back from the "
        "published date (2026-12-08) to 2026-11. '3.4 percent higher than in October' is month-on-month "
        "(basis mom, period 2026-11); '1.4 percent in October' is October's own year-on-year growth (period "
        "2026-10). Iron ore, crude oil and soybean quantities are imports, product as written (soybeans). Crude oil "
        "import value growth (-8.3) is labelled; the volume growth beside it is not. Labour-intensive products: the "
        "decline applies to exports (the 'On the export side' frame); 'such as garments...' is not a product "
        "restriction of its own.",
        "Not facts: 2.2 percentage points (B&R growth over overall pace: derived comparison); 1.7 percentage points "
        "(change of private share); 1.9 percent (volume growth beside value growth); 6.1 percent (average import "
        "price of iron ore: a price, not a trade flow); 46 trillion yuan (forecast); 2025 and 2027 (years); the "
        "11 months (period length).",
        "Copy check: 10 sentences searched, 3 reworded (the ASEAN rank sentence, the EU/US sentence, the "
        "private-enterprise sentence).",
        "Second check: 21 sentences searched, 2 reworded.",
    ],
    "facts": [
        fact(CN, "total", "value", 42.68e12, "CNY", JN, "42.68 trillion",
             "China's goods imports and exports came to 42.68 trillion yuan"),
        fact(CN, "total", "value", 5.98e12, "USD", JN, "5.98 trillion",
             "China's goods imports and exports came to 42.68 trillion yuan (about 5.98 trillion U.S. dollars)",
             qualifier="approx"),
        fact(CN, "total", "growth", 3.6, "percent", JN, "3.6",
             "China's goods imports and exports came to 42.68 trillion yuan (about 5.98 trillion U.S. dollars) in the "
             "January-November period of 2026, an increase of 3.6 percent over the same period a year earlier"),
        fact(CN, "exports", "value", 25.52e12, "CNY", JN, "25.52 trillion",
             "Outbound shipments climbed 4.3 percent year on year to 25.52 trillion yuan"),
        fact(CN, "exports", "growth", 4.3, "percent", JN, "4.3",
             "Outbound shipments climbed 4.3 percent year on year"),
        fact(CN, "imports", "value", 17.16e12, "CNY", JN, "17.16 trillion",
             "inbound purchases went up 2.5 percent to 17.16 trillion yuan"),
        fact(CN, "imports", "growth", 2.5, "percent", JN, "2.5",
             "inbound purchases went up 2.5 percent"),
        fact(CN, "balance", "value", 8.36e12, "CNY", JN, "8.36 trillion",
             "The trade surplus consequently widened 8.4 percent to 8.36 trillion yuan"),
        fact(CN, "balance", "growth", 8.4, "percent", JN, "8.4",
             "The trade surplus consequently widened 8.4 percent"),
        fact(CN, "exports", "growth", 4.8, "percent", JN, "4.8",
             "Measured in U.S. dollars, exports expanded 4.8 percent over the period"),
        fact(CN, "balance", "value", 1.18e12, "USD", JN, "1.18 trillion",
             "the surplus reached 1.18 trillion dollars"),
        fact(CN, "total", "rank", 1, "number", JN, "largest",
             "The Association of Southeast Asian Nations (ASEAN) again held the position of China's largest trading partner", partner="ASEAN"),
        fact(CN, "total", "value", 6.41e12, "CNY", JN, "6.41 trillion",
             "Two-way trade with the bloc grew 7.2 percent to 6.41 trillion yuan", partner="ASEAN"),
        fact(CN, "total", "growth", 7.2, "percent", JN, "7.2",
             "Two-way trade with the bloc grew 7.2 percent", partner="ASEAN"),
        fact(CN, "total", "share", 15, "percent", JN, "15",
             "Two-way trade with the bloc grew 7.2 percent to 6.41 trillion yuan, or 15 percent of the country's total",
             partner="ASEAN"),
        fact(CN, "total", "growth", 5.1, "percent", JN, "5.1",
             "goods exchanged with the European Union gained 5.1 percent", partner="European Union"),
        fact(CN, "total", "rank", 3, "number", JN, "third-largest",
             "Commerce with the United States, China's third-largest trading partner", partner="United States"),
        fact(CN, "total", "growth", -5.7, "percent", JN, "5.7",
             "Commerce with the United States, China's third-largest trading partner, slid 5.7 percent year on year",
             partner="United States"),
        fact(CN, "total", "value", 22.14e12, "CNY", JN, "22.14 trillion",
             "China's imports and exports with Belt and Road partner countries amounted to 22.14 trillion yuan",
             partner="Belt and Road partner countries"),
        fact(CN, "total", "share", 51.9, "percent", JN, "51.9",
             "China's imports and exports with Belt and Road partner countries amounted to 22.14 trillion yuan, "
             "making up 51.9 percent of its foreign trade", partner="Belt and Road partner countries"),
        fact(CN, "total", "value", 24.1e12, "CNY", JN, "24.1 trillion",
             "Trade handled by private enterprises reached 24.1 trillion yuan",
             segment="private enterprises"),
        fact(CN, "total", "growth", 6.9, "percent", JN, "6.9",
             "Trade handled by private enterprises reached 24.1 trillion yuan, 6.9 percent more than a year before", segment="private enterprises"),
        fact(CN, "total", "share", 56.5, "percent", JN, "56.5",
             "Trade handled by private enterprises reached 24.1 trillion yuan, 6.9 percent more than a year before, and "
             "made up 56.5 percent of the national figure", segment="private enterprises"),
        fact(CN, "exports", "growth", 7.6, "percent", JN, "7.6",
             "sales of mechanical and electrical products rose 7.6 percent",
             product="mechanical and electrical products"),
        fact(CN, "exports", "share", 60.3, "percent", JN, "60.3",
             "sales of mechanical and electrical products rose 7.6 percent, accounting for 60.3 percent of all "
             "outbound shipments", product="mechanical and electrical products"),
        fact(CN, "exports", "growth", -1.8, "percent", JN, "1.8",
             "labour-intensive products such as garments, footwear and furniture edged down 1.8 percent",
             product="labour-intensive products"),
        fact(CN, "imports", "quantity", 1.13e9, "tonnes", JN, "1.13 billion",
             "China brought in 1.13 billion tonnes of iron ore", product="iron ore"),
        fact(CN, "imports", "quantity", 526.4e6, "tonnes", JN, "526.4 million",
             "China brought in 1.13 billion tonnes of iron ore, 526.4 million tonnes of crude oil",
             product="crude oil"),
        fact(CN, "imports", "quantity", 98.7e6, "tonnes", JN, "98.7 million",
             "China brought in 1.13 billion tonnes of iron ore, 526.4 million tonnes of crude oil and 98.7 million "
             "tonnes of soybeans", product="soybeans"),
        fact(CN, "imports", "growth", -8.3, "percent", JN, "8.3",
             "The value of crude oil purchases fell 8.3 percent", product="crude oil"),
        fact(CN, "total", "value", 3.92e12, "CNY", NOV, "3.92 trillion",
             "Last month alone, foreign trade totaled 3.92 trillion yuan"),
        fact(CN, "total", "growth", 4.5, "percent", NOV, "4.5",
             "Last month alone, foreign trade totaled 3.92 trillion yuan, up 4.5 percent year on year"),
        fact(CN, "total", "growth", 3.4, "percent", NOV, "3.4",
             "Last month alone, foreign trade totaled 3.92 trillion yuan, up 4.5 percent year on year and 3.4 "
             "percent higher than in October", basis="mom"),
        fact(CN, "total", "growth", 1.4, "percent", OCT, "1.4",
             "The year-on-year pace picked up from 1.4 percent in October"),
    ],
}
