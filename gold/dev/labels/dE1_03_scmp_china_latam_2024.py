from _fact import fact, period

Y = period(2024, 1, 12)
LA = "Latin America"
E_TOT = "two-way trade grew 6 per cent last year to US$518.47 billion"
E_FLOWS = "Exports from China to Latin America surged 11.5 per cent to US$273.1 billion, but imports barely moved, inching up 0.5 per cent to US$245.37 billion"
E_BR = "With bilateral trade 2.8 per cent higher year on year at US$188.17 billion, Brazil was still the largest Latin American trading partner of China"
E_MX = "Trade in goods between China and Mexico, the second-largest partner, increased 8.9 per cent to US$109.43 billion"

ARTICLE = {
    "id": "dE1_03_scmp_china_latam_2024",
    "title": "Brazilian and Mexican demand for Chinese goods lifts China-Latin America trade above US$500 billion",
    "publisher": None,
    "published": "2025-01-20",
    "notes": [
        "SCMP-style analysis; the text names no outlet, so publisher is null. 'Updated: 8:00pm, 20 Jan, 2025' gives the published date.",
        "'Latin America and the Caribbean' and 'the region' are the partner Latin America.",
        "The headline threshold 'above US$500 billion' and 'crossing US$500 billion' restate the exact 518.47 billion: exact figure only.",
        "'In 2000 the figure was only about US$12 billion' is a trade value of China with Latin America for the year 2000, qualifier approx.",
        "Brazil 'the largest Latin American trading partner of China' and Mexico 'the second-largest partner' are ranks within the region; the record cannot name the field.",
        "'accounted for 36.3 per cent of all Chinese trade with Latin America' is Brazil's share of China-Latin America trade, labelled as a share with partner Brazil.",
        "Mexico's own data on its imports from China (about US$130 billion) is a separate observation: area Mexico, partner China, imports, approx.",
        "Balance: 'ran a US$27.73 billion surplus with Latin America' is China's surplus with the partner.",
        "Out of scope: 'more than 20 times its import growth' and 'about three times its share' (derived comparisons), the soybean crop forecast of 166 million tonnes (production), 'around three quarters' (a forecast share of Brazil's exports), the port's US$1.3 billion cost and 1 million TEUs, 23 days, tariff rates of 50 and 35 per cent, regional GDP growth of 2.2 per cent, the years 2025 and 2026.",
    ],
    "facts": [
        fact("China", "total", "growth", 6, "percent", Y, "6", E_TOT, partner=LA),
        fact("China", "total", "value", 518.47e9, "USD", Y, "518.47 billion", E_TOT, partner=LA),
        fact("China", "total", "value", 12e9, "USD", period(2000, 1, 12), "12 billion",
             "In 2000 the figure was only about US$12 billion", partner=LA, qualifier="approx"),
        fact("China", "exports", "growth", 11.5, "percent", Y, "11.5", E_FLOWS, partner=LA),
        fact("China", "exports", "value", 273.1e9, "USD", Y, "273.1 billion", E_FLOWS, partner=LA),
        fact("China", "imports", "growth", 0.5, "percent", Y, "0.5", E_FLOWS, partner=LA),
        fact("China", "imports", "value", 245.37e9, "USD", Y, "245.37 billion", E_FLOWS, partner=LA),
        fact("China", "balance", "value", 27.73e9, "USD", Y, "27.73 billion",
             "China therefore ran a US$27.73 billion surplus with Latin America", partner=LA),
        fact("China", "total", "share", 8.4, "percent", Y, "8.4",
             "In 2024 the region represented 8.4 per cent of China's overall foreign trade", partner=LA),
        fact("China", "total", "rank", 1, "number", Y, "largest", E_BR, partner="Brazil"),
        fact("China", "total", "value", 188.17e9, "USD", Y, "188.17 billion", E_BR, partner="Brazil"),
        fact("China", "total", "growth", 2.8, "percent", Y, "2.8", E_BR, partner="Brazil"),
        fact("China", "total", "share", 36.3, "percent", Y, "36.3",
             "Brazil by itself accounted for 36.3 per cent of all Chinese trade with Latin America", partner="Brazil"),
        fact("China", "total", "rank", 2, "number", Y, "second-largest", E_MX, partner="Mexico"),
        fact("China", "total", "value", 109.43e9, "USD", Y, "109.43 billion", E_MX, partner="Mexico"),
        fact("China", "total", "growth", 8.9, "percent", Y, "8.9", E_MX, partner="Mexico"),
        fact("Mexico", "imports", "value", 130e9, "USD", Y, "130 billion",
             "Mexico's own statistics paint a different picture, counting imports from China at around US$130 billion last year", partner="China", qualifier="approx"),
        fact("China", "exports", "growth", 19.4, "percent", Y, "19.4",
             "in Peru, where exports from China surged 19.4 per cent", partner="Peru"),
    ],
}
