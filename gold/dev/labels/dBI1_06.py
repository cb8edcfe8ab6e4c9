from _fact import fact, period

H1 = period(2025, 1, 6)
JUN = period(2025, 6)

ARTICLE = {
    "id": "dBI1_06",
    "title": "Yiwu's foreign trade climbs 24.6% in H1 as small-commodity hub leans on emerging markets",
    "publisher": "Zhejiang Daily",
    "published": "2025-07-22",
    "notes": [
        "Written for the dev set in imitation of a city-level report on Yiwu's foreign trade in the first half of 2025; no real sentence kept.",
        "All trade figures are invented, scaled to be consistent with Yiwu's real January-September 2025 figures (631.2 billion "
        "yuan, +26.3%; exports about 554 billion, imports 77.2 billion) and full-year 2025 total (836.5 billion yuan) seen in the "
        "pages corpus: H1 total 365.86 billion yuan +24.6%; exports 321.29 billion +23.4%; imports 44.57 billion +34.1%; June "
        "66.42 billion +20.8%; Africa 52.36 billion +21.7%; Latin America 47.82 billion +28.4%; Middle East exports 58.9 billion "
        "+19.3%; EU 31.55 billion +12.6%; US exports 18.7 billion -9.8%; Belt and Road 251.3 billion; market procurement exports "
        "243.5 billion; mechanical and electrical exports 134.6 billion +21%; consumer goods imports 28.9 billion +37.6%; 45,200 "
        "traders; 226 partners; 13.5% of Zhejiang.",
        "Derived: USD equivalent about 51 billion (365.86 / 7.17); Belt and Road share 68.7% = 251.3/365.86; market procurement "
        "share 75.8% = 243.5/321.29; mechanical and electrical share 41.9% = 134.6/321.29.",
        "Not labelled: '19.7 percentage points' above the provincial average (derived comparison); the 145 percent US tariff "
        "(tariff rate); '3,100 more' traders (absolute change); 'growth with 183 of them' (conditional count); 1,019 freight "
        "train trips, 75,000 booths, orders that 'roughly doubled', 'fourth district' (not trade flows).",
        "Judgement calls: the 13.5 percent is Yiwu's share of Zhejiang's total trade (area Yiwu, flow total, partner null). "
        "'largest foreign trader among the country's county-level cities' is labelled rank 1 of Yiwu's total trade in H1 "
        "(the record cannot say 'among county-level cities'). 'India was the city's biggest single-country export market' "
        "is labelled rank 1 with partner India, flow exports, no value given. The 45,200 'businesses, individual merchants "
        "included' that filed import or export declarations are a count with segment 'foreign trade enterprises', qualifier "
        "approx ('Some'); 226 'countries and regions' is a count with segment 'trading partners'. Market procurement figures "
        "take segment 'market procurement'. The 41.9 percent is a share of Yiwu's exports for the product.",
        "Own-words check: 10 distinctive stretches searched in the pages corpus; none matched a real story; no sentence reworded.",
        "Copy check (independent): 22 sentences searched, 0 reworded.",
    ],
    "facts": [
        fact("Yiwu", "total", "value", 365.86e9, "CNY", H1, "365.86 billion",
             "reported imports and exports of 365.86 billion yuan"),
        fact("Yiwu", "total", "value", 51e9, "USD", H1, "51 billion",
             "365.86 billion yuan (about 51 billion U.S. dollars)", qualifier="approx"),
        fact("Yiwu", "total", "growth", 24.6, "percent", H1, "24.6",
             "in the first half of 2025, a year-on-year rise of 24.6 percent", basis="yoy"),
        fact("Yiwu", "exports", "growth", 23.4, "percent", H1, "23.4",
             "Exports, which make up the lion's share of the city's trade, went up 23.4 percent to 321.29 billion yuan",
             basis="yoy"),
        fact("Yiwu", "exports", "value", 321.29e9, "CNY", H1, "321.29 billion",
             "Exports, which make up the lion's share of the city's trade, went up 23.4 percent to 321.29 billion yuan"),
        fact("Yiwu", "imports", "growth", 34.1, "percent", H1, "34.1",
             "imports expanded by 34.1 percent to 44.57 billion yuan", basis="yoy"),
        fact("Yiwu", "imports", "value", 44.57e9, "CNY", H1, "44.57 billion",
             "imports expanded by 34.1 percent to 44.57 billion yuan"),
        fact("Yiwu", "total", "value", 66.42e9, "CNY", JUN, "66.42 billion",
             "In June alone, the city's trade came to 66.42 billion yuan"),
        fact("Yiwu", "total", "growth", 20.8, "percent", JUN, "20.8",
             "In June alone, the city's trade came to 66.42 billion yuan, 20.8 percent more than in June last year",
             basis="yoy"),
        fact("Yiwu", "total", "share", 13.5, "percent", H1, "13.5",
             "The half-year total was equal to 13.5 percent of Zhejiang's foreign trade"),
        fact("Yiwu", "total", "rank", 1, "number", H1, "largest",
             "Yiwu held its position as the largest foreign trader among the country's county-level cities"),
        # markets
        fact("Yiwu", "total", "value", 52.36e9, "CNY", H1, "52.36 billion",
             "Trade with Africa reached 52.36 billion yuan over the six months", partner="Africa"),
        fact("Yiwu", "total", "growth", 21.7, "percent", H1, "21.7",
             "Trade with Africa reached 52.36 billion yuan over the six months, up 21.7 percent",
             partner="Africa", basis="yoy"),
        fact("Yiwu", "total", "growth", 28.4, "percent", H1, "28.4",
             "business with Latin America grew faster still, jumping 28.4 percent to 47.82 billion yuan",
             partner="Latin America", basis="yoy"),
        fact("Yiwu", "total", "value", 47.82e9, "CNY", H1, "47.82 billion",
             "business with Latin America grew faster still, jumping 28.4 percent to 47.82 billion yuan",
             partner="Latin America"),
        fact("Yiwu", "exports", "growth", 19.3, "percent", H1, "19.3",
             "Exports to the Middle East climbed 19.3 percent to 58.9 billion yuan", partner="Middle East", basis="yoy"),
        fact("Yiwu", "exports", "value", 58.9e9, "CNY", H1, "58.9 billion",
             "Exports to the Middle East climbed 19.3 percent to 58.9 billion yuan", partner="Middle East"),
        fact("Yiwu", "exports", "rank", 1, "number", H1, "biggest",
             "India was the city's biggest single-country export market", partner="India"),
        fact("Yiwu", "total", "growth", 12.6, "percent", H1, "12.6",
             "Trade with the European Union rose a more modest 12.6 percent to 31.55 billion yuan",
             partner="European Union", basis="yoy"),
        fact("Yiwu", "total", "value", 31.55e9, "CNY", H1, "31.55 billion",
             "Trade with the European Union rose a more modest 12.6 percent to 31.55 billion yuan",
             partner="European Union"),
        fact("Yiwu", "exports", "growth", -9.8, "percent", H1, "9.8",
             "Exports to the United States fell 9.8 percent to 18.7 billion yuan", partner="United States", basis="yoy"),
        fact("Yiwu", "exports", "value", 18.7e9, "CNY", H1, "18.7 billion",
             "Exports to the United States fell 9.8 percent to 18.7 billion yuan", partner="United States"),
        fact("Yiwu", "total", "value", 251.3e9, "CNY", H1, "251.3 billion",
             "Belt and Road partner countries together took 251.3 billion yuan of Yiwu's trade",
             partner="Belt and Road partner countries"),
        fact("Yiwu", "total", "share", 68.7, "percent", H1, "68.7",
             "Belt and Road partner countries together took 251.3 billion yuan of Yiwu's trade, or 68.7 percent of the total",
             partner="Belt and Road partner countries"),
        # trade mode
        fact("Yiwu", "exports", "value", 243.5e9, "CNY", H1, "243.5 billion",
             "goods worth 243.5 billion yuan left Yiwu under it", segment="market procurement"),
        fact("Yiwu", "exports", "share", 75.8, "percent", H1, "75.8",
             "goods worth 243.5 billion yuan left Yiwu under it, accounting for 75.8 percent of all exports",
             segment="market procurement"),
        # products
        fact("Yiwu", "exports", "growth", 21, "percent", H1, "21",
             "exports of mechanical and electrical products rose 21 percent to 134.6 billion yuan",
             product="mechanical and electrical products", basis="yoy"),
        fact("Yiwu", "exports", "value", 134.6e9, "CNY", H1, "134.6 billion",
             "exports of mechanical and electrical products rose 21 percent to 134.6 billion yuan",
             product="mechanical and electrical products"),
        fact("Yiwu", "exports", "share", 41.9, "percent", H1, "41.9",
             "exports of mechanical and electrical products rose 21 percent to 134.6 billion yuan, or 41.9 percent of the city's exports",
             product="mechanical and electrical products"),
        fact("Yiwu", "imports", "growth", 37.6, "percent", H1, "37.6",
             "purchases of consumer goods, from cosmetics to packaged foods, increased 37.6 percent to 28.9 billion yuan",
             product="consumer goods", basis="yoy"),
        fact("Yiwu", "imports", "value", 28.9e9, "CNY", H1, "28.9 billion",
             "purchases of consumer goods, from cosmetics to packaged foods, increased 37.6 percent to 28.9 billion yuan",
             product="consumer goods"),
        # counts
        fact("Yiwu", "total", "count", 45200, "number", H1, "45,200",
             "Some 45,200 businesses, individual merchants included, filed import or export declarations in the six months",
             segment="foreign trade enterprises", qualifier="approx"),
        fact("Yiwu", "total", "count", 226, "number", H1, "226",
             "Yiwu did business with 226 countries and regions in the period", segment="trading partners"),
    ],
}
