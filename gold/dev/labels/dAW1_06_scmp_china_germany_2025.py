from _fact import fact, period

Y = period(2025, 1, 12)
DE = "Germany"
CN = "China"
US = "United States"

S_CN_TOT = ("China's General Administration of Customs said on Wednesday that two-way goods trade with Germany rose 5.2 per "
            "cent in 2025 to 1.51 trillion yuan (about US$217.83 billion)")
S_CN_EXIM = ("China's exports to Germany grew 11.3 per cent to 842.6 billion yuan, while imports from Germany slipped 1.6 per "
             "cent to 667.4 billion yuan, leaving Beijing with a surplus of 175.2 billion yuan.")
S_ME = ("At 1.07 trillion yuan, up 5.8 per cent, trade in machinery and electrical products between the two made up more "
        "than 70 per cent of the total.")
S_DE_TOT = ("The Federal Statistical Office (Destatis) said last week that German trade with China reached 251.8 billion "
            "euros (US$296.6 billion) in 2025, up 2.1 per cent, enough to put China back at No 1, a spot the United "
            "States had taken in 2024.")
S_DE_RANK = "enough to put China back at No 1"
S_US_2024 = "No 1, a spot the United States had taken in 2024"
S_DE_Q3 = ("China had already edged ahead on a cumulative basis by the end of September, when the January-September total "
           "stood at 185.9 billion euros.")
S_DE_IMP = ("Imports from China, Germany's largest source of foreign goods every year since 2015, rose to 170.6 billion "
            "euros, while German exports to China shrank to 81.3 billion euros.")
S_DE_BAL = ("That left Germany with a deficit of 89.3 billion euros in its trade with the world's second-largest economy.")
S_2022 = "As recently as 2022, trade between the two had come to nearly 300 billion euros."
S_CARS = "Shipments of German cars and car parts to China fell 21.4 per cent to 15.7 billion euros"
S_US = ("Trade with the United States, now Germany's second-largest partner, fell 5 per cent to 240.5 billion euros as US "
        "tariffs took effect, with German exports to America down 9.4 per cent at 146.2 billion euros.")
S_DE_W = ("Overall, Germany's goods exports edged up 0.9 per cent to 1.563 trillion euros, and its trade surplus with the "
          "world narrowed to 200.5 billion euros.")

ARTICLE = {
    "id": "dAW1_06_scmp_china_germany_2025",
    "title": "China reclaims top spot in Germany's trade as Merz arrives in Beijing",
    "publisher": "South China Morning Post",
    "published": "2026-02-25",
    "notes": [
        "Real figures: GACC (Xinhua, 2026-02-25): China-Germany goods trade 2025 1.51 trillion yuan (about 217.83 billion dollars), +5.2%, 1.4 points above China's overall growth; machinery and electrical products 1.07 trillion yuan, +5.8%, over 70% of the total; Germany China's largest trading partner in Europe. Destatis (2026-02-20, via CGTN/Global Times and others): trade with China 251.8 billion euros (+2.1%, $296.6 billion), imports from China 170.6 billion, exports to China 81.3 billion, China Germany's top import source since 2015; US trade 240.5 billion (-5.0%), exports to the US 146.2 billion (-9.4%); total exports 1.563 trillion (+0.9%), surplus 200.5 billion; January-September 2025 trade with China 185.9 billion euros; US top partner in 2024; 2022 trade near 300 billion euros (GTAI). Illustrative, not real: China's exports to/imports from Germany and their growth and the 175.2 billion yuan surplus (written to sum to the real 1.51 trillion and +5.2%), the car-exports figure, the unnamed economist and her quote.",
        "Two areas with their own currencies: the GACC figures are area China, partner Germany, in CNY; the Destatis figures are area Germany, partner China (or United States, or the world), in EUR. The deficit 89.3 billion euros (170.6 - 81.3, stated in the text) is Germany's balance with China, -8.93e10.",
        "Currency conversions in parentheses are separate approx USD facts ('about US$217.83 billion'; 'US$296.6 billion' carries no hedge word but is a conversion of the same observation, labelled approx as the guide's example does).",
        "Ranks: 'put China back at No 1' -> Germany / partner China / total / rank 1 (2025); the same sentence says it is 'a spot the United States had taken in 2024' -> Germany / partner United States / rank 1 / 2024 (value_text '1', the position named); 'now Germany's second-largest partner' -> United States rank 2 (2025); 'Germany's largest source of foreign goods every year since 2015' -> imports rank 1 for 2025 only (the earlier years are a streak, not labelled).",
        "'Among European countries, Germany was still the one China traded with most' is NOT labelled: the rank is among European partners only, which the record cannot express (a partner rank 1 would read as Germany being China's top partner overall). Likewise 'the world's second-largest economy' is not a trade rank.",
        "'more than 70 per cent of the total' -> share 70, qualifier over, product 'machinery and electrical products', flow total (two-way trade), area China partner Germany.",
        "'As recently as 2022, trade between the two had come to nearly 300 billion euros' -> Germany / China / total / value 3e11 EUR approx, period 2022.",
        "'the January-September total stood at 185.9 billion euros' -> period 2025-01..2025-09.",
        "'its trade surplus with the world narrowed to 200.5 billion euros' -> Germany balance +2.005e11, partner null; the narrowing itself has no number.",
        "Not labelled: 'a pace 1.4 percentage points quicker than China's trade with the world as a whole' (derived comparison), the forecast 'fall by a further 5 per cent this year', 'about 30 business leaders' (not a trade flow).",
    ],
    "facts": [
        fact(CN, "total", "value", 1.51e12, "CNY", Y, "1.51 trillion", S_CN_TOT, partner=DE),
        fact(CN, "total", "value", 2.1783e11, "USD", Y, "217.83 billion", S_CN_TOT, partner=DE, qualifier="approx"),
        fact(CN, "total", "growth", 5.2, "percent", Y, "5.2", S_CN_TOT, partner=DE),
        fact(CN, "exports", "value", 8.426e11, "CNY", Y, "842.6 billion", S_CN_EXIM, partner=DE),
        fact(CN, "exports", "growth", 11.3, "percent", Y, "11.3", S_CN_EXIM, partner=DE),
        fact(CN, "imports", "value", 6.674e11, "CNY", Y, "667.4 billion", S_CN_EXIM, partner=DE),
        fact(CN, "imports", "growth", -1.6, "percent", Y, "1.6", S_CN_EXIM, partner=DE),
        fact(CN, "balance", "value", 1.752e11, "CNY", Y, "175.2 billion", S_CN_EXIM, partner=DE),
        fact(CN, "total", "value", 1.07e12, "CNY", Y, "1.07 trillion", S_ME, partner=DE, product="machinery and electrical products"),
        fact(CN, "total", "growth", 5.8, "percent", Y, "5.8", S_ME, partner=DE, product="machinery and electrical products"),
        fact(CN, "total", "share", 70, "percent", Y, "70", S_ME, partner=DE, product="machinery and electrical products", qualifier="over"),
        fact(DE, "total", "value", 2.518e11, "EUR", Y, "251.8 billion", S_DE_TOT, partner=CN),
        fact(DE, "total", "value", 2.966e11, "USD", Y, "296.6 billion", S_DE_TOT, partner=CN, qualifier="approx"),
        fact(DE, "total", "growth", 2.1, "percent", Y, "2.1", S_DE_TOT, partner=CN),
        fact(DE, "total", "rank", 1, "number", Y, "1", S_DE_RANK, partner=CN),
        fact(DE, "total", "rank", 1, "number", period(2024, 1, 12), "1", S_US_2024, partner=US),
        fact(DE, "total", "value", 1.859e11, "EUR", period(2025, 1, 9), "185.9 billion", S_DE_Q3, partner=CN),
        fact(DE, "imports", "value", 1.706e11, "EUR", Y, "170.6 billion", S_DE_IMP, partner=CN),
        fact(DE, "imports", "rank", 1, "number", Y, "largest", S_DE_IMP, partner=CN),
        fact(DE, "exports", "value", 8.13e10, "EUR", Y, "81.3 billion", S_DE_IMP, partner=CN),
        fact(DE, "balance", "value", -8.93e10, "EUR", Y, "89.3 billion", S_DE_BAL, partner=CN),
        fact(DE, "total", "value", 3e11, "EUR", period(2022, 1, 12), "300 billion", S_2022, partner=CN, qualifier="approx"),
        fact(DE, "exports", "value", 1.57e10, "EUR", Y, "15.7 billion", S_CARS, partner=CN, product="cars and car parts"),
        fact(DE, "exports", "growth", -21.4, "percent", Y, "21.4", S_CARS, partner=CN, product="cars and car parts"),
        fact(DE, "total", "rank", 2, "number", Y, "second", S_US, partner=US),
        fact(DE, "total", "value", 2.405e11, "EUR", Y, "240.5 billion", S_US, partner=US),
        fact(DE, "total", "growth", -5, "percent", Y, "5", S_US, partner=US),
        fact(DE, "exports", "value", 1.462e11, "EUR", Y, "146.2 billion", S_US, partner=US),
        fact(DE, "exports", "growth", -9.4, "percent", Y, "9.4", S_US, partner=US),
        fact(DE, "exports", "value", 1.563e12, "EUR", Y, "1.563 trillion", S_DE_W),
        fact(DE, "exports", "growth", 0.9, "percent", Y, "0.9", S_DE_W),
        fact(DE, "balance", "value", 2.005e11, "EUR", Y, "200.5 billion", S_DE_W),
    ],
}
