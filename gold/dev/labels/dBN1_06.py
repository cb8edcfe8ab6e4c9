from _fact import fact, period

CQ = "Chongqing"
H1 = period(2026, 1, 6)
JUN = period(2026, 6)
Y25 = period(2025, 1, 12)

ARTICLE = {
    "id": "dBN1_06",
    "title": "Electronics, cars lift Chongqing's H1 foreign trade 7.5 pct",
    "publisher": "Xinhua",
    "published": "2026-07-20",
    "notes": [
        "Real figures: Chongqing's 2025 foreign trade of 800.68 billion yuan, up 12 percent (Chongqing Customs, Jan 2026); the "
        "municipal plan for intelligent connected NEV exports above 120 billion yuan by 2027. Invented (the period is in the "
        "future): every first-half 2026 and June 2026 figure, built on a first-half 2025 base of about 383.6 billion yuan; "
        "exports 286.94 + imports 125.42 = 412.36; 412.36 / 7.16 = about 57.6 billion dollars; shares derived from the levels "
        "(257.1/286.94 = 89.6%, 71.85/286.94 = 25%, 68.42/412.36 = 16.6%); the 1,268 train trips, 580 ports, 128 countries, "
        "3.4 points, 14 months and 6.1 percent GDP growth are invented too.",
        "Judgement calls: 'January to June 2026' and 'the half-year period' are January-June 2026; 'than in the first half "
        "of last year' and 'than a year earlier' are comparison bases. June: '9.8 percent higher than a year earlier' is yoy and "
        "'up 6.1 percent from May' is mom. 'two-way trade with the bloc' carries partner ASEAN from the same sentence. 'ASEAN "
        "kept its place as Chongqing's largest trading partner' is rank 1 (among all partners). '12 percent more than in "
        "2024' is growth for 2025 (2024 is the comparison base). The 'respectively' list gives mobile "
        "phones and automobiles a value and a growth each. Trade 'shipped via the New International Land-Sea Trade Corridor' "
        "is the city's own imports and exports restricted to a transport channel, labelled with segment 'new international "
        "land-sea trade corridor'. Laptop share '25' is of the city's exports.",
        "Not facts: '1,268 China-Europe Railway Express trips' and their '8.7 percent' rise (freight train departures are not "
        "trade flows, so neither the trip count nor its growth is a count or growth of trade); '580 ports in 128 countries and "
        "regions' (reach of a logistics network, not trading partners); '3.4 percentage points above the national average' "
        "(derived comparison); '14 consecutive months' (streak); NEV exports 'more than 120 billion yuan by 2027' (a target); "
        "'economy grew 6.1 percent' (GDP, not trade; the same written number as the June month-on-month trade growth).",
        "Copy check: 8 sentences searched, 5 reworded (the exports/imports sentence, the ASEAN sentences, the Belt and Road "
        "sentence and the 2025 sentence followed Xinhua/China Daily Chongqing stories; the headline followed the stock Xinhua "
        "headline 'Chongqing's foreign trade grows X pct in ...', seen in the search results).",
        "Second check: 18 sentences searched, 3 reworded.",
    ],
    "facts": [
        fact(CQ, "total", "value", 412.36e9, "CNY", H1, "412.36 billion",
             "put the foreign trade of Chongqing, the inland municipality in southwest China, at 412.36 billion yuan for January to June 2026"),
        fact(CQ, "total", "value", 57.6e9, "USD", H1, "57.6 billion",
             "at 412.36 billion yuan for January to June 2026, equal to about 57.6 billion U.S. dollars",
             qualifier="approx"),
        fact(CQ, "total", "growth", 7.5, "percent", H1, "7.5",
             "at 412.36 billion yuan for January to June 2026, equal to about 57.6 billion U.S. dollars and 7.5 percent more than in the first half of last year"),
        fact(CQ, "exports", "growth", 8.8, "percent", H1, "8.8",
             "Exports made up 286.94 billion yuan of that sum, 8.8 percent more than a year earlier"),
        fact(CQ, "exports", "value", 286.94e9, "CNY", H1, "286.94 billion",
             "Exports made up 286.94 billion yuan of that sum"),
        fact(CQ, "imports", "growth", 4.6, "percent", H1, "4.6",
             "imports, up 4.6 percent, amounted to 125.42 billion yuan"),
        fact(CQ, "imports", "value", 125.42e9, "CNY", H1, "125.42 billion",
             "imports, up 4.6 percent, amounted to 125.42 billion yuan"),
        fact(CQ, "total", "value", 74.6e9, "CNY", JUN, "74.6 billion",
             "Growth quickened in June, when the city's trade reached 74.6 billion yuan"),
        fact(CQ, "total", "growth", 9.8, "percent", JUN, "9.8",
             "when the city's trade reached 74.6 billion yuan, 9.8 percent higher than a year earlier"),
        fact(CQ, "total", "growth", 6.1, "percent", JUN, "6.1",
             "when the city's trade reached 74.6 billion yuan, 9.8 percent higher than a year earlier and up 6.1 percent from May",
             basis="mom"),
        fact(CQ, "exports", "value", 257.1e9, "CNY", H1, "257.1 billion",
             "Exports of mechanical and electrical products totaled 257.1 billion yuan",
             product="mechanical and electrical products"),
        fact(CQ, "exports", "share", 89.6, "percent", H1, "89.6",
             "Exports of mechanical and electrical products totaled 257.1 billion yuan, or 89.6 percent of the municipality's exports",
             product="mechanical and electrical products"),
        fact(CQ, "exports", "value", 71.85e9, "CNY", H1, "71.85 billion",
             "Laptops, long Chongqing's best-known product, earned 71.85 billion yuan in export value", product="laptops"),
        fact(CQ, "exports", "growth", 4.2, "percent", H1, "4.2",
             "Laptops, long Chongqing's best-known product, earned 71.85 billion yuan in export value, up 4.2 percent",
             product="laptops"),
        fact(CQ, "exports", "share", 25, "percent", H1, "25",
             "Laptops, long Chongqing's best-known product, earned 71.85 billion yuan in export value, up 4.2 percent, and made "
             "up 25 percent of all goods the city sent abroad", product="laptops"),
        fact(CQ, "exports", "value", 29.4e9, "CNY", H1, "29.4 billion",
             "Exports of mobile phones and automobiles came to 29.4 billion yuan", product="mobile phones"),
        fact(CQ, "exports", "value", 30.26e9, "CNY", H1, "30.26 billion",
             "Exports of mobile phones and automobiles came to 29.4 billion yuan and 30.26 billion yuan respectively",
             product="automobiles"),
        fact(CQ, "exports", "growth", 18.6, "percent", H1, "18.6",
             "Exports of mobile phones and automobiles came to 29.4 billion yuan and 30.26 billion yuan respectively, up 18.6 percent",
             product="mobile phones"),
        fact(CQ, "exports", "growth", 21.3, "percent", H1, "21.3",
             "Exports of mobile phones and automobiles came to 29.4 billion yuan and 30.26 billion yuan respectively, up 18.6 "
             "percent and 21.3 percent", product="automobiles"),
        fact(CQ, "exports", "growth", 36.2, "percent", H1, "36.2",
             "New energy vehicle exports jumped 36.2 percent", product="new energy vehicles"),
        fact(CQ, "exports", "growth", 12.7, "percent", H1, "12.7",
             "overseas sales of auto parts rose 12.7 percent", product="auto parts"),
        fact(CQ, "total", "rank", 1, "number", H1, "largest",
             "ASEAN kept its place as Chongqing's largest trading partner", partner="ASEAN"),
        fact(CQ, "total", "value", 68.42e9, "CNY", H1, "68.42 billion",
             "two-way trade with the bloc came to 68.42 billion yuan", partner="ASEAN"),
        fact(CQ, "total", "growth", 10.6, "percent", H1, "10.6",
             "two-way trade with the bloc came to 68.42 billion yuan, 10.6 percent more than a year earlier", partner="ASEAN"),
        fact(CQ, "total", "share", 16.6, "percent", H1, "16.6",
             "two-way trade with the bloc came to 68.42 billion yuan, 10.6 percent more than a year earlier and equal to 16.6 percent "
             "of everything the city traded",
             partner="ASEAN"),
        fact(CQ, "total", "growth", 6.2, "percent", H1, "6.2",
             "Trade with the European Union rose 6.2 percent to 55.3 billion yuan", partner="European Union"),
        fact(CQ, "total", "value", 55.3e9, "CNY", H1, "55.3 billion",
             "Trade with the European Union rose 6.2 percent to 55.3 billion yuan", partner="European Union"),
        fact(CQ, "total", "growth", -5.4, "percent", H1, "5.4",
             "trade with the United States fell 5.4 percent to 41.7 billion yuan", partner="United States"),
        fact(CQ, "total", "value", 41.7e9, "CNY", H1, "41.7 billion",
             "trade with the United States fell 5.4 percent to 41.7 billion yuan", partner="United States"),
        fact(CQ, "total", "value", 190.2e9, "CNY", H1, "190.2 billion",
             "Belt and Road partner countries took a growing part of the city's business, with combined trade rising 9.4 percent "
             "to 190.2 billion yuan", partner="Belt and Road partner countries"),
        fact(CQ, "total", "growth", 9.4, "percent", H1, "9.4",
             "Belt and Road partner countries took a growing part of the city's business, with combined trade rising 9.4 percent",
             partner="Belt and Road partner countries"),
        fact(CQ, "total", "value", 38.6e9, "CNY", H1, "38.6 billion",
             "The city's imports and exports shipped via the New International Land-Sea Trade Corridor totaled 38.6 billion yuan",
             segment="new international land-sea trade corridor"),
        fact(CQ, "total", "growth", 14.2, "percent", H1, "14.2",
             "The city's imports and exports shipped via the New International Land-Sea Trade Corridor totaled 38.6 billion yuan "
             "in the half-year period, up 14.2 percent",
             segment="new international land-sea trade corridor"),
        fact(CQ, "total", "value", 800.68e9, "CNY", Y25, "800.68 billion",
             "The municipality's imports and exports for the whole of 2025 came to 800.68 billion yuan"),
        fact(CQ, "total", "growth", 12, "percent", Y25, "12",
             "The municipality's imports and exports for the whole of 2025 came to 800.68 billion yuan, 12 percent more than in 2024"),
    ],
}
