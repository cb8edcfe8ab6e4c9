from _fact import fact, period

Y = period(2024, 1, 12)
Y23 = period(2023, 1, 12)

E1 = "China exported 5.86 million vehicles in 2024, up 19.3 percent from a year earlier, cementing its position as the world's largest exporter of vehicles for a second consecutive year"
E_PC = "overseas shipments of passenger vehicles rose 19.7 percent to 4.96 million units last year, while commercial vehicle exports grew 17.5 percent to 904,000 units"
E_PC_SHARE = "Passenger models thus made up 84.6 percent of the total."
E_NEV = "Their exports increased 6.7 percent year-on-year to 1.28 million units, accounting for 21.9 percent of the country's vehicle exports, a far cry from the 77.6 percent surge recorded in 2023."
E_CUS = "Customs figures, which count chassis as well as complete vehicles, put the country's automobile exports at 6.41 million units last year, up 22.8 percent, with exports of electric vehicles exceeding 2 million units for the first time."
E_VAL = "The customs data valued automobile exports at about $117 billion."
E_RU = "Russia remained the biggest buyer of Chinese vehicles, taking about 1.16 million units, or roughly 18 percent of the customs total."
E_MX = "Mexico ranked second with about 445,000 units and the United Arab Emirates third with around 330,000."
E_JP = "Japan, which was the world's leading vehicle exporter until 2022, shipped about 4.2 million vehicles abroad last year"

ARTICLE = {
    "id": "dAX1_02_chinadaily_vehicles_exports_2024",
    "title": "Overseas shipments keep China in pole position as top vehicle exporter",
    "publisher": "China Daily",
    "published": "2025-01-21",
    "notes": [
        "Sources: CAAM full-year 2024 release (5.859 million vehicles, +19.3 percent; NEV exports 1.284 million, +6.7 percent; 2023 NEV export growth 77.6 percent as reported by Xinhua/MIIT) and GAC 2024 customs figures (6.41 million automobiles including chassis, +22.8 percent; electric vehicles over 2 million). The passenger/commercial split (4.96 million, +19.7; 904,000, +17.5) and the destination volumes (Russia about 1.16 million, Mexico about 445,000, UAE about 330,000) are from memory of CAAM/CPCA reporting and back-calculation from CPCA's 2025 figures; the export value 'about $117 billion' and Japan's 'about 4.2 million' are approximate figures I could not confirm in a stored release. Shares 84.6 and 21.9 are computed from the stated volumes. Sentences are my own.",
        "Quantities of vehicles are measure quantity with unit number; product in the text's words ('vehicles', 'passenger vehicles', 'commercial vehicles', 'new energy vehicles', 'automobiles', 'electric vehicles').",
        "CAAM's 5.86 million 'vehicles' and customs' 6.41 million 'automobiles' (chassis included) are two statistics for roughly the same flow; the text names them with different products, so they are separate facts, both labelled as written.",
        "'Passenger models thus made up 84.6 percent of the total': share of vehicle exports, product written as 'passenger vehicles' (the category the paragraph names) rather than 'passenger models'.",
        "'Their exports' refers to new energy vehicles named in the previous sentence; the 77.6 percent surge is a 2023 growth fact (period 2023), not a comparison base to drop: it is stated as its own figure.",
        "'exceeding 2 million units for the first time': quantity over 2 million (qualifier over); 'for the first time' is a milestone and is not labelled separately.",
        "'world's largest exporter of vehicles' is rank 1 for China's vehicle exports. 'for a second consecutive year' is a streak: out of scope. Japan 'the world's leading vehicle exporter until 2022' is a rank for an unspecified earlier period: not labelled.",
        "Destinations: Russia rank 1 ('biggest buyer'), Mexico rank 2, UAE rank 3, each with an approximate quantity; Russia's 'roughly 18 percent of the customs total' is an approx share. 'Belgium and Brazil rounded out the top five' gives no individual positions: not labelled.",
        "Out of scope: the CAAM forecast of about 6.2 million vehicles in 2025; the recycling fee and tariffs carry no numbers.",
    ],
    "facts": [
        fact("China", "exports", "quantity", 5.86e6, "number", Y, "5.86 million", E1, product="vehicles"),
        fact("China", "exports", "growth", 19.3, "percent", Y, "19.3", E1, product="vehicles"),
        fact("China", "exports", "rank", 1, "number", Y, "largest", E1, product="vehicles"),
        fact("China", "exports", "growth", 19.7, "percent", Y, "19.7", E_PC, product="passenger vehicles"),
        fact("China", "exports", "quantity", 4.96e6, "number", Y, "4.96 million", E_PC, product="passenger vehicles"),
        fact("China", "exports", "growth", 17.5, "percent", Y, "17.5", E_PC, product="commercial vehicles"),
        fact("China", "exports", "quantity", 904000, "number", Y, "904,000", E_PC, product="commercial vehicles"),
        fact("China", "exports", "share", 84.6, "percent", Y, "84.6", E_PC_SHARE, product="passenger vehicles"),
        fact("China", "exports", "growth", 6.7, "percent", Y, "6.7", E_NEV, product="new energy vehicles"),
        fact("China", "exports", "quantity", 1.28e6, "number", Y, "1.28 million", E_NEV, product="new energy vehicles"),
        fact("China", "exports", "share", 21.9, "percent", Y, "21.9", E_NEV, product="new energy vehicles"),
        fact("China", "exports", "growth", 77.6, "percent", Y23, "77.6", E_NEV, product="new energy vehicles"),
        fact("China", "exports", "quantity", 6.41e6, "number", Y, "6.41 million", E_CUS, product="automobiles"),
        fact("China", "exports", "growth", 22.8, "percent", Y, "22.8", E_CUS, product="automobiles"),
        fact("China", "exports", "quantity", 2e6, "number", Y, "2 million", E_CUS, product="electric vehicles", qualifier="over"),
        fact("China", "exports", "value", 117e9, "USD", Y, "117 billion", E_VAL, product="automobiles", qualifier="approx"),
        fact("China", "exports", "rank", 1, "number", Y, "biggest", E_RU, partner="Russia", product="vehicles"),
        fact("China", "exports", "quantity", 1.16e6, "number", Y, "1.16 million", E_RU, partner="Russia", product="vehicles", qualifier="approx"),
        fact("China", "exports", "share", 18, "percent", Y, "18", E_RU, partner="Russia", product="vehicles", qualifier="approx"),
        fact("China", "exports", "rank", 2, "number", Y, "second", E_MX, partner="Mexico", product="vehicles"),
        fact("China", "exports", "quantity", 445000, "number", Y, "445,000", E_MX, partner="Mexico", product="vehicles", qualifier="approx"),
        fact("China", "exports", "rank", 3, "number", Y, "third", E_MX, partner="United Arab Emirates", product="vehicles"),
        fact("China", "exports", "quantity", 330000, "number", Y, "330,000", E_MX, partner="United Arab Emirates", product="vehicles", qualifier="approx"),
        fact("Japan", "exports", "quantity", 4.2e6, "number", Y, "4.2 million", E_JP, product="vehicles", qualifier="approx"),
    ],
}
