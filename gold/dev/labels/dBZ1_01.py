from _fact import fact, period

CN = "China"
Q1 = period(2024, 1, 3)
MAR = period(2024, 3)
MAR23 = period(2023, 3)

ARTICLE = {
    "id": "dBZ1_01",
    "title": "China's first-quarter foreign trade tops 10 trillion yuan for first time",
    "publisher": "Xinhua",
    "published": "2024-04-12",
    "notes": [
        "Real figures (source, date): Q1 2024 total 10.17 trillion yuan (about 1.43 trillion USD), +5%; exports 5.74 trillion +4.9%; "
        "imports 4.43 trillion +5%; March exports 1.99 trillion -3.8%, imports 1.57 trillion +2% (Xinhua via worldnewsam.com / "
        "urdupoint.com, 2024-04-12); electromechanical exports 3.39 trillion +6.8%, 59.2%; labor-intensive exports 975.72 billion "
        "+9.1%; EU 1.27 trillion, US 1.07 trillion, EU+US+Korea+Japan 33.4%; Belt and Road 4.82 trillion +5.5%, 47.4%, +0.2 pp; "
        "firms with records +8.8%, private firms +10.4% (qdeastop.com summary of the GAC briefing, April 2024); March dollar "
        "exports -7.5%, imports -1.9%, surplus 58.55 billion USD (AP via kvia.com, 2024-04-12); March 2023 dollar exports +14.8% "
        "(dimsumdaily.hk, 2024-04-12); ASEAN largest, EU second, US third partner (people.cn, 2024-05-10); WTO 2.6% forecast "
        "(opportimes.com / khabarasia.com, April 2024).",
        "Derived/made up: surplus 1.31 trillion = 5.74 - 4.43; its -7.1% is against Q1 2023's 1.41 trillion (5.65 - 4.24, "
        "customs.gov.cn 2023-04-13). Private enterprises 5.51 trillion, +9.2%, 54.2% and ASEAN 1.61 trillion, +7.1%, 15.8% are "
        "recalled, not found in the corpus: treat as plausible made-up figures. The 18.6% month-on-month rise and the 20,000-firm "
        "survey are made up.",
        "Judgement calls: headline 'tops 10 trillion yuan' is a threshold for the same observation as 10.17 trillion: only the "
        "exact figure is labelled. 'The figure was 7.1 percent above' and 'Their share reached 47.4 percent' carry the subject "
        "(ASEAN; Belt and Road partner countries) from the sentence before. The 33.4% share is for four partners together: "
        "partner written as their names joined by ', ' (the guide only defines joined names for area). The USD growth rates "
        "(-7.5, -1.9, 14.8) are separate facts from the yuan ones; the record has no field for the currency of a growth rate. "
        "'Total trade in the month expanded 18.6 percent from February': basis mom, period March 2024. 'exports in March last "
        "year jumped 14.8 percent': period 2023-03 from the published date. Private enterprises: segment 'private enterprises', flow total.",
        "Not facts: 10 trillion (headline threshold/milestone); 'six quarters' (streak); 4.2 percentage points and 0.2 percentage "
        "points (differences); 8.8 percent and 10.4 percent (growth of the count of trading firms, which the record cannot "
        "express); 2.6 percent (WTO forecast of world trade volume); 2024 (year); around 5 percent (GDP target); 20,000 firms "
        "(survey size).",
        "Copy check: 20 sentences searched (16 queries), 12 reworded.",
        "Second check: 23 sentences searched, 4 reworded.",
    ],
    "facts": [
        fact(CN, "total", "value", 10.17e12, "CNY", Q1, "10.17 trillion",
             "China's goods trade hit a first-quarter record of 10.17 trillion yuan (about 1.43 trillion U.S. dollars) in 2024"),
        fact(CN, "total", "value", 1.43e12, "USD", Q1, "1.43 trillion",
             "China's goods trade hit a first-quarter record of 10.17 trillion yuan (about 1.43 trillion U.S. dollars) in 2024",
             qualifier="approx"),
        fact(CN, "total", "growth", 5, "percent", Q1, "5",
             "China's goods trade hit a first-quarter record of 10.17 trillion yuan (about 1.43 trillion U.S. dollars) in 2024, up 5 percent from a year earlier"),
        fact(CN, "exports", "value", 5.74e12, "CNY", Q1, "5.74 trillion",
             "exports accounted for 5.74 trillion yuan, 4.9 percent more than a year before"),
        fact(CN, "exports", "growth", 4.9, "percent", Q1, "4.9",
             "exports accounted for 5.74 trillion yuan, 4.9 percent more than a year before"),
        fact(CN, "imports", "value", 4.43e12, "CNY", Q1, "4.43 trillion",
             "imports for 4.43 trillion yuan, a 5-percent increase"),
        fact(CN, "imports", "growth", 5, "percent", Q1, "5",
             "imports for 4.43 trillion yuan, a 5-percent increase"),
        fact(CN, "balance", "value", 1.31e12, "CNY", Q1, "1.31 trillion",
             "That left a surplus of 1.31 trillion yuan, 7.1 percent smaller than in the first quarter of 2023."),
        fact(CN, "balance", "growth", -7.1, "percent", Q1, "7.1",
             "That left a surplus of 1.31 trillion yuan, 7.1 percent smaller than in the first quarter of 2023."),
        fact(CN, "total", "growth", 9.2, "percent", Q1, "9.2",
             "Their imports and exports expanded 9.2 percent to 5.51 trillion yuan", segment="private enterprises"),
        fact(CN, "total", "value", 5.51e12, "CNY", Q1, "5.51 trillion",
             "Their imports and exports expanded 9.2 percent to 5.51 trillion yuan", segment="private enterprises"),
        fact(CN, "total", "share", 54.2, "percent", Q1, "54.2",
             "Their imports and exports expanded 9.2 percent to 5.51 trillion yuan, 4.2 percentage points faster than the national pace, and took up 54.2 percent of the total.",
             segment="private enterprises"),
        fact(CN, "total", "rank", 1, "number", Q1, "largest",
             "ASEAN kept its place as China's largest trading partner", partner="ASEAN"),
        fact(CN, "total", "value", 1.61e12, "CNY", Q1, "1.61 trillion",
             "With 1.61 trillion yuan of two-way trade, or 15.8 percent of the national total, ASEAN kept its place as China's largest trading partner.", partner="ASEAN"),
        fact(CN, "total", "share", 15.8, "percent", Q1, "15.8",
             "With 1.61 trillion yuan of two-way trade, or 15.8 percent of the national total, ASEAN kept its place as China's largest trading partner.",
             partner="ASEAN"),
        fact(CN, "total", "growth", 7.1, "percent", Q1, "7.1",
             "The figure was 7.1 percent above that of a year earlier.", partner="ASEAN"),
        fact(CN, "total", "rank", 2, "number", Q1, "second",
             "the European Union, in second place with 1.27 trillion yuan of trade", partner="European Union"),
        fact(CN, "total", "value", 1.27e12, "CNY", Q1, "1.27 trillion",
             "the European Union, in second place with 1.27 trillion yuan of trade", partner="European Union"),
        fact(CN, "total", "rank", 3, "number", Q1, "third",
             "the United States, third with 1.07 trillion yuan", partner="United States"),
        fact(CN, "total", "value", 1.07e12, "CNY", Q1, "1.07 trillion",
             "the United States, third with 1.07 trillion yuan", partner="United States"),
        fact(CN, "total", "share", 33.4, "percent", Q1, "33.4",
             "Adding South Korea and Japan to the EU and the United States gives a combined 33.4 percent of China's trade.",
             partner="European Union, United States, South Korea, Japan"),
        fact(CN, "total", "value", 4.82e12, "CNY", Q1, "4.82 trillion",
             "China did 4.82 trillion yuan of trade with Belt and Road partner countries", partner="Belt and Road partner countries"),
        fact(CN, "total", "growth", 5.5, "percent", Q1, "5.5",
             "China did 4.82 trillion yuan of trade with Belt and Road partner countries, a 5.5-percent rise.",
             partner="Belt and Road partner countries"),
        fact(CN, "total", "share", 47.4, "percent", Q1, "47.4",
             "Their share reached 47.4 percent", partner="Belt and Road partner countries"),
        fact(CN, "exports", "value", 3.39e12, "CNY", Q1, "3.39 trillion",
             "Electromechanical products, from computers to automobiles and ships, remained the backbone of exports, with shipments worth 3.39 trillion yuan",
             product="electromechanical products"),
        fact(CN, "exports", "share", 59.2, "percent", Q1, "59.2",
             "Electromechanical products, from computers to automobiles and ships, remained the backbone of exports, with shipments worth 3.39 trillion yuan, or 59.2 percent of the total",
             product="electromechanical products"),
        fact(CN, "exports", "growth", 6.8, "percent", Q1, "6.8",
             "Electromechanical products, from computers to automobiles and ships, remained the backbone of exports, with shipments worth 3.39 trillion yuan, or 59.2 percent of the total, after a 6.8-percent gain.",
             product="electromechanical products"),
        fact(CN, "exports", "value", 975.72e9, "CNY", Q1, "975.72 billion",
             "Labor-intensive goods such as textiles, garments, plastic products and furniture brought in 975.72 billion yuan of export revenue",
             product="labor-intensive goods"),
        fact(CN, "exports", "growth", 9.1, "percent", Q1, "9.1",
             "Labor-intensive goods such as textiles, garments, plastic products and furniture brought in 975.72 billion yuan of export revenue, up 9.1 percent.",
             product="labor-intensive goods"),
        fact(CN, "exports", "value", 1.99e12, "CNY", MAR, "1.99 trillion",
             "March exports came to 1.99 trillion yuan, down 3.8 percent year on year"),
        fact(CN, "exports", "growth", -3.8, "percent", MAR, "3.8",
             "March exports came to 1.99 trillion yuan, down 3.8 percent year on year"),
        fact(CN, "imports", "value", 1.57e12, "CNY", MAR, "1.57 trillion",
             "whereas imports of 1.57 trillion yuan were 2 percent higher"),
        fact(CN, "imports", "growth", 2, "percent", MAR, "2",
             "whereas imports of 1.57 trillion yuan were 2 percent higher"),
        fact(CN, "total", "growth", 18.6, "percent", MAR, "18.6",
             "Total trade in the month expanded 18.6 percent from February", basis="mom"),
        fact(CN, "exports", "growth", -7.5, "percent", MAR, "7.5",
             "Measured in dollars, March exports fell 7.5 percent"),
        fact(CN, "imports", "growth", -1.9, "percent", MAR, "1.9",
             "Measured in dollars, March exports fell 7.5 percent and imports slipped 1.9 percent"),
        fact(CN, "balance", "value", 58.55e9, "USD", MAR, "58.55 billion",
             "Measured in dollars, March exports fell 7.5 percent and imports slipped 1.9 percent, leaving a monthly surplus of 58.55 billion dollars."),
        fact(CN, "exports", "growth", 14.8, "percent", MAR23, "14.8",
             "exports in March last year jumped 14.8 percent in dollar terms"),
    ],
}
