from _fact import fact, period

CN = "China"
Y25 = period(2025, 1, 12)
Y24 = period(2024, 1, 12)

ARTICLE = {
    "id": "dCB1_05",
    "title": "China-Africa trade hits record $348 billion in 2025 as Chinese exports surge",
    "publisher": "CGTN",
    "published": "2026-01-21",
    "notes": [
        "Real figures (source, date): China-Africa trade of $348 billion in 2025, up 17.7 percent; exports $225 "
        "billion, up 25.8 percent; imports $123 billion, up 5.4 percent (China Global South Project, 'The 2025 "
        "China-Africa Trade Rundown', Jan 2026); surplus $102 billion, widened 64.5 percent from $62 billion (SCMP "
        "via knfoz.com, Jan 2026); 2024 trade $295.6 billion (China Daily infographic, 2025-06-12); 2024 trade 2.1 "
        "trillion yuan (China Daily Asia/GAC, June 2025); China's exports to Nigeria $24.91 billion in 2025 "
        "(intelpoint.co/China Global South Project).",
        "Derived/made up: 2.5 trillion yuan for 2025 derived from $348 billion at about 7.18 yuan per dollar; every "
        "country total, growth rate and rank except Nigeria's export value is made up, calibrated so that the "
        "pieces fit (South Africa 56.83 = 24.3 exports + 32.53 imports; 56.83/348 = 16.3 percent; 408 billion yuan "
        "= 56.83 x 7.18); Nigeria's 34.6 percent export growth made up; 5.5 percent share derived from China's "
        "2025 total of about $6.35 trillion; M&E $118.6 billion made up, 118.6/225 = 52.7 percent; car export "
        "growth 112.4 percent made up (real reports say passenger car shipments more than doubled in Jan-Jul "
        "2025); Wang Lei is a made-up researcher; 'on Tuesday' set to 2026-01-20.",
        "Judgement calls: 'the top spot among its trading partners has belonged to China' labelled as a rank fact with "
        "area Africa and partner China, period 2025 (the streak '17 years in a row' itself is not a fact); 'Two-way trade "
        "with Pretoria' resolved to partner South Africa; the 16.3 percent share is South Africa's share of "
        "China-Africa trade (the record cannot name that denominator); 'South Africa and Egypt came next on that list' (as "
        "export markets) gives no number and no stated ordinal, so no rank facts for them; 'came third and fourth "
        "respectively' gives rank 3 to the DRC and rank 4 to Angola; the 2024 dollar total is a separate fact from "
        "the 2024 yuan total; 'last year' and the yuan total take 2025 from the published date; Egypt's rank "
        "comes from 'Egypt was fifth'.",
        "Not facts: 'more than doubled' restates the 112.4 percent gain (one fact); '17 years in a row' "
        "(streak); '33 least developed countries' and '53 of its diplomatic partners' (tariff policy, not "
        "trading-partner counts); '$400 billion by 2027' (forecast); '7.18 per dollar' (exchange rate); 'fifth "
        "edition', '2027' (event, year).",
        "Copy check: 21 sentences searched (in 11 look-ups), 8 reworded (lead, export/import sentence split in two, Africa share, China's rank in Africa, South Africa rank, 'came next on that list', passenger-car sentence, zero-tariff sentence).",
        "Second check: 28 sentences searched, 3 reworded.",
    ],
    "facts": [
        fact(CN, "total", "value", 348e9, "USD", Y25, "348 billion",
             "put China's trade with Africa at a record $348 billion in 2025", partner="Africa"),
        fact(CN, "total", "growth", 17.7, "percent", Y25, "17.7",
             "put China's trade with Africa at a record $348 billion in 2025, 17.7 percent above the 2024 level",
             partner="Africa"),
        fact(CN, "total", "value", 2.5e12, "CNY", Y25, "2.5 trillion",
             "Counted in yuan, the two-way flow amounted to roughly 2.5 trillion yuan last year", partner="Africa",
             qualifier="approx"),
        fact(CN, "total", "value", 2.1e12, "CNY", Y24, "2.1 trillion",
             "up from 2.1 trillion yuan in 2024", partner="Africa"),
        fact(CN, "total", "value", 295.6e9, "USD", Y24, "295.6 billion",
             "In dollar terms the 2024 total had been $295.6 billion", partner="Africa"),
        fact(CN, "exports", "value", 225e9, "USD", Y25, "225 billion",
             "Chinese goods sold to African buyers were worth $225 billion", partner="Africa"),
        fact(CN, "exports", "growth", 25.8, "percent", Y25, "25.8",
             "Chinese goods sold to African buyers were worth $225 billion, 25.8 percent more than in 2024", partner="Africa"),
        fact(CN, "imports", "growth", 5.4, "percent", Y25, "5.4",
             "Purchases in the other direction rose only 5.4 percent, to $123 billion", partner="Africa"),
        fact(CN, "imports", "value", 123e9, "USD", Y25, "123 billion",
             "Purchases in the other direction rose only 5.4 percent, to $123 billion", partner="Africa"),
        fact(CN, "balance", "value", 102e9, "USD", Y25, "102 billion",
             "That left China with a surplus of $102 billion in its trade with Africa", partner="Africa"),
        fact(CN, "balance", "growth", 64.5, "percent", Y25, "64.5",
             "The surplus widened 64.5 percent from $62 billion a year before", partner="Africa"),
        fact(CN, "balance", "value", 62e9, "USD", Y24, "62 billion",
             "The surplus widened 64.5 percent from $62 billion a year before", partner="Africa"),
        fact(CN, "total", "share", 5.5, "percent", Y25, "5.5",
             "Africa's slice of China's total foreign trade was 5.5 percent in 2025", partner="Africa"),
        fact("Africa", "total", "rank", 1, "number", Y25, "top",
             "Seen from Africa's side, the top spot among its trading partners has belonged to China", partner="China"),
        fact(CN, "total", "rank", 1, "number", Y25, "biggest",
             "South Africa again led the table as China's biggest African partner", partner="South Africa"),
        fact(CN, "total", "growth", 8.3, "percent", Y25, "8.3",
             "Two-way trade with Pretoria increased 8.3 percent to $56.83 billion", partner="South Africa"),
        fact(CN, "total", "value", 56.83e9, "USD", Y25, "56.83 billion",
             "Two-way trade with Pretoria increased 8.3 percent to $56.83 billion", partner="South Africa"),
        fact(CN, "total", "value", 408e9, "CNY", Y25, "408 billion",
             "Two-way trade with Pretoria increased 8.3 percent to $56.83 billion, about 408 billion yuan",
             partner="South Africa", qualifier="approx"),
        fact(CN, "total", "share", 16.3, "percent", Y25, "16.3",
             "represented 16.3 percent of all China-Africa trade", partner="South Africa"),
        fact(CN, "total", "rank", 2, "number", Y25, "second",
             "Nigeria climbed to second place, overtaking Angola, with trade worth $28.12 billion", partner="Nigeria"),
        fact(CN, "total", "value", 28.12e9, "USD", Y25, "28.12 billion",
             "Nigeria climbed to second place, overtaking Angola, with trade worth $28.12 billion", partner="Nigeria"),
        fact(CN, "total", "rank", 3, "number", Y25, "third",
             "The Democratic Republic of the Congo (DRC) and Angola came third and fourth respectively",
             partner="Democratic Republic of the Congo"),
        fact(CN, "total", "rank", 4, "number", Y25, "fourth",
             "The Democratic Republic of the Congo (DRC) and Angola came third and fourth respectively", partner="Angola"),
        fact(CN, "total", "value", 26.74e9, "USD", Y25, "26.74 billion",
             "The Democratic Republic of the Congo (DRC) and Angola came third and fourth respectively, at $26.74 billion and $22.41 billion",
             partner="Democratic Republic of the Congo"),
        fact(CN, "total", "value", 22.41e9, "USD", Y25, "22.41 billion",
             "The Democratic Republic of the Congo (DRC) and Angola came third and fourth respectively, at $26.74 billion and $22.41 billion",
             partner="Angola"),
        fact(CN, "total", "growth", 19.6, "percent", Y25, "19.6",
             "China's trade with Nigeria and the DRC grew 19.6 percent and 11.2 percent respectively", partner="Nigeria"),
        fact(CN, "total", "growth", 11.2, "percent", Y25, "11.2",
             "China's trade with Nigeria and the DRC grew 19.6 percent and 11.2 percent respectively",
             partner="Democratic Republic of the Congo"),
        fact(CN, "total", "growth", -9.8, "percent", Y25, "9.8",
             "its trade with Angola, which sells China mainly crude oil, fell 9.8 percent", partner="Angola"),
        fact(CN, "total", "rank", 5, "number", Y25, "fifth",
             "Egypt was fifth, with $20.67 billion", partner="Egypt"),
        fact(CN, "total", "value", 20.67e9, "USD", Y25, "20.67 billion",
             "Egypt was fifth, with $20.67 billion", partner="Egypt"),
        fact(CN, "exports", "rank", 1, "number", Y25, "biggest",
             "Looking only at exports, Nigeria was the biggest African market for Chinese products", partner="Nigeria"),
        fact(CN, "exports", "value", 24.91e9, "USD", Y25, "24.91 billion",
             "Nigeria was the biggest African market for Chinese products, taking $24.91 billion worth of goods",
             partner="Nigeria"),
        fact(CN, "exports", "growth", 34.6, "percent", Y25, "34.6",
             "taking $24.91 billion worth of goods, a jump of 34.6 percent", partner="Nigeria"),
        fact(CN, "exports", "share", 52.7, "percent", Y25, "52.7",
             "Mechanical and electrical products, from power generators to mobile phones, accounted for 52.7 percent of China's shipments to Africa",
             partner="Africa", product="mechanical and electrical products"),
        fact(CN, "exports", "value", 118.6e9, "USD", Y25, "118.6 billion",
             "accounted for 52.7 percent of China's shipments to Africa, totaling $118.6 billion",
             partner="Africa", product="mechanical and electrical products"),
        fact(CN, "exports", "growth", 112.4, "percent", Y25, "112.4",
             "exports of passenger vehicles to African buyers more than doubled, registering a 112.4 percent gain",
             partner="Africa", product="passenger vehicles"),
    ],
}
