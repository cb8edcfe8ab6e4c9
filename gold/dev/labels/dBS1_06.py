from _fact import fact, period

CN = "China"
AF = "Africa"
P = period(2026, 1, 9)
SEP = period(2026, 9)

S_LEAD = ("Goods trade between China and African countries reached a record 1.99 trillion yuan (about 280.3 billion "
          "U.S. dollars) in the first three quarters of 2026, with the January-September total 9.6 percent higher "
          "than a year earlier")
S_SHARE = ("Trade with Africa made up 5.8 percent of China's overall foreign trade, which grew 2.9 percent to "
           "34.6 trillion yuan in the nine-month period")
S_FLOWS = ("Shipments from China to African markets were worth 1.32 trillion yuan, a 13.1 percent gain, against "
           "purchases from the continent of 665.6 billion yuan, which were 3.2 percent higher; the difference gave China "
           "a surplus of 657.7 billion yuan")
S_SEP = "In September alone, China-Africa trade expanded 11.2 percent to 231.6 billion yuan"
S_SA = "South Africa remained China's largest trading partner on the continent."
S_PARTNERS = ("China's trade with South Africa, Nigeria and Angola stood at 291.6 billion yuan, 138.4 billion yuan and "
              "121.7 billion yuan, increasing by 3.1 percent, 12.4 percent and 7.9 percent, respectively")
S_PRODUCTS = ("Mechanical and electrical products and labor-intensive goods dominated China's shipments to Africa, "
              "with exports of 731.8 and 276.4 billion yuan respectively")
S_ME_SHARE = ("The former category, which includes machinery, power equipment and telecommunications gear, took up "
              "55.3 percent of China's total exports to the continent")
S_AUTO = "The value of automobile exports to Africa rose 31.5 percent to 77.1 billion yuan."
S_AUTO_Q = "Chinese carmakers shipped 598,000 automobiles to African markets"
S_CRUDE = ("China bought 38.6 million tonnes of crude oil from Africa, worth 141.8 billion yuan, down 6.4 percent in "
           "value")
S_AGRI = ("Purchases of African farm produce, including sesame, avocados, coffee and macadamia nuts, jumped 18.3 percent "
          "to 27.6 billion yuan")
S_2019 = ("The value of China-Africa trade in the first three quarters compares with 1.06 trillion yuan in the same "
          "period of 2019")

ARTICLE = {
    "id": "dBS1_06",
    "title": "China-Africa trade hits record in first three quarters as car exports surge",
    "publisher": "Xinhua",
    "published": "2026-10-20",
    "notes": [
        "Real figures: none for 2026. Modelled on real reporting: the January-September 2025 base (about 1.8 trillion "
        "yuan, consistent with the reported 2025 China-Africa trade of about $348 billion, exports about $225 "
        "billion); the 2019 comparison value 1.06 trillion yuan (about $155 billion for January-September 2019); "
        "automobile units and value scaled from the reported 280,000 cars worth $5.23 billion in H1 2025; the "
        "zero-tariff access for 53 African countries from May 1, 2026. Invented: every 2026 figure. Derived: "
        "exports 1.32 trillion + imports 665.6 billion = 1.99 trillion (within rounding); surplus 657.7 billion "
        "(from unrounded exports of 1,323.3 billion); total growth 9.6% agrees with 13.1% and 3.2%; share 5.8% = "
        "1.99 / 34.6; mechanical and electrical share 55.3% = 731.8 / 1,323.3; USD 280.3 billion at about 7.1 yuan "
        "per dollar.",
        "Judgement calls: the bilateral figures are area China with partner Africa; 'South Africa remained China's "
        "largest trading partner on the continent' is area China, partner South Africa, rank 1. The '731.8 and "
        "276.4 billion yuan respectively' list takes its scale from the last figure. The 55.3% share belongs to "
        "'the former category' (mechanical and electrical products). The unit count of automobiles is a quantity "
        "with unit number. 'Compares with 1.06 trillion yuan in the same period of 2019' is a stated value of the "
        "same flow for January-September 2019, labelled with that period. 'About 280.3 billion U.S. dollars' is an "
        "approx USD fact beside the CNY fact.",
        "Not facts: '36.8 percent more' automobiles (volume growth beside value growth); 'about 470 billion yuan "
        "more than in the same period of 2024' (derived difference); '11 consecutive quarters' (streak); 'the "
        "fastest monthly pace so far this year' and 'a record' (milestones); the 53 African countries with "
        "diplomatic relations and May 1 (a policy scope and a date, not a count of trading partners); 'every two "
        "years' (expo schedule); Oct. 20 (dateline).",
        "Copy check: 6 sentences searched (lead, exports/imports, country list with 'respectively', product list, "
        "automobiles, the official's zero-tariff remark), 1 reworded (the zero-tariff remark, which shared the run "
        "'zero-tariff treatment for 100 percent of ...' with a real report).",
        "Second check: 19 sentences searched, 1 reworded.",
    ],
    "facts": [
        fact(CN, "total", "value", 1.99e12, "CNY", P, "1.99 trillion", S_LEAD, partner=AF),
        fact(CN, "total", "value", 280.3e9, "USD", P, "280.3 billion", S_LEAD, partner=AF, qualifier="approx"),
        fact(CN, "total", "growth", 9.6, "percent", P, "9.6", S_LEAD, partner=AF),
        fact(CN, "total", "share", 5.8, "percent", P, "5.8", S_SHARE, partner=AF),
        fact(CN, "total", "value", 34.6e12, "CNY", P, "34.6 trillion", S_SHARE),
        fact(CN, "total", "growth", 2.9, "percent", P, "2.9", S_SHARE),
        fact(CN, "exports", "value", 1.32e12, "CNY", P, "1.32 trillion", S_FLOWS, partner=AF),
        fact(CN, "exports", "growth", 13.1, "percent", P, "13.1", S_FLOWS, partner=AF),
        fact(CN, "imports", "value", 665.6e9, "CNY", P, "665.6 billion", S_FLOWS, partner=AF),
        fact(CN, "imports", "growth", 3.2, "percent", P, "3.2", S_FLOWS, partner=AF),
        fact(CN, "balance", "value", 657.7e9, "CNY", P, "657.7 billion", S_FLOWS, partner=AF),
        fact(CN, "total", "value", 231.6e9, "CNY", SEP, "231.6 billion", S_SEP, partner=AF),
        fact(CN, "total", "growth", 11.2, "percent", SEP, "11.2", S_SEP, partner=AF),
        fact(CN, "total", "rank", 1, "number", P, "largest", S_SA, partner="South Africa"),
        fact(CN, "total", "value", 291.6e9, "CNY", P, "291.6 billion", S_PARTNERS, partner="South Africa"),
        fact(CN, "total", "value", 138.4e9, "CNY", P, "138.4 billion", S_PARTNERS, partner="Nigeria"),
        fact(CN, "total", "value", 121.7e9, "CNY", P, "121.7 billion", S_PARTNERS, partner="Angola"),
        fact(CN, "total", "growth", 3.1, "percent", P, "3.1", S_PARTNERS, partner="South Africa"),
        fact(CN, "total", "growth", 12.4, "percent", P, "12.4", S_PARTNERS, partner="Nigeria"),
        fact(CN, "total", "growth", 7.9, "percent", P, "7.9", S_PARTNERS, partner="Angola"),
        fact(CN, "exports", "value", 731.8e9, "CNY", P, "731.8", S_PRODUCTS, partner=AF,
             product="mechanical and electrical products"),
        fact(CN, "exports", "value", 276.4e9, "CNY", P, "276.4 billion", S_PRODUCTS, partner=AF,
             product="labor-intensive goods"),
        fact(CN, "exports", "share", 55.3, "percent", P, "55.3", S_ME_SHARE, partner=AF,
             product="mechanical and electrical products"),
        fact(CN, "exports", "value", 77.1e9, "CNY", P, "77.1 billion", S_AUTO, partner=AF, product="automobiles"),
        fact(CN, "exports", "growth", 31.5, "percent", P, "31.5", S_AUTO, partner=AF, product="automobiles"),
        fact(CN, "exports", "quantity", 598000, "number", P, "598,000", S_AUTO_Q, partner=AF, product="automobiles"),
        fact(CN, "imports", "quantity", 38.6e6, "tonnes", P, "38.6 million", S_CRUDE, partner=AF, product="crude oil"),
        fact(CN, "imports", "value", 141.8e9, "CNY", P, "141.8 billion", S_CRUDE, partner=AF, product="crude oil"),
        fact(CN, "imports", "growth", -6.4, "percent", P, "6.4", S_CRUDE, partner=AF, product="crude oil"),
        fact(CN, "imports", "value", 27.6e9, "CNY", P, "27.6 billion", S_AGRI, partner=AF, product="farm produce"),
        fact(CN, "imports", "growth", 18.3, "percent", P, "18.3", S_AGRI, partner=AF, product="farm produce"),
        fact(CN, "total", "value", 1.06e12, "CNY", period(2019, 1, 9), "1.06 trillion", S_2019, partner=AF),
    ],
}
