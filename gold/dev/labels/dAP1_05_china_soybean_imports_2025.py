from _fact import fact, period

Y25 = period(2025, 1, 12)
Y24 = period(2024, 1, 12)
DEC25 = period(2025, 12)
NOV25 = period(2025, 11)
DEC24 = period(2024, 12)
CN = "China"
SOY = "soybeans"
US = "United States"
E_LEAD = "December soybean arrivals in China were 12% higher than a year before"
E_DEC = "Last month's intake came to 8.89 million metric tons, compared with 7.94 million tons in December 2024"
E_MOM = "Arrivals were also 9.6% higher than November's 8.11 million tons."
E_YEAR = "For the full year, imports climbed 6.5% to 111.83 million tons"
E_PREV = "beating the previous high of 105.03 million tons set in 2024"
E_WORLD = "keeping China the world's largest soybean importer last year by a wide margin"
E_BR = ("Brazil, China's largest supplier, shipped 80.27 million tons in 2025, up 7.5% on the year and equal to 71.8% "
        "of the total")
E_US = "Arrivals from the United States, the second-largest supplier, slumped 24.4% to 16.74 million tons"
E_USSH = "America's slice of the total shrank to 15.0%, compared with 21% a year earlier"
E_USDEC = ("The first shipments booked after the truce lifted U.S. arrivals to 2.85 million tons in December, from 0.61 "
           "million tons in November, though that was still down 32.9% from a year earlier.")
E_BRDEC = "Imports from Brazil jumped 68.7% to 4.96 million tons in the month"
E_AR = ("Argentina, now the third-biggest supplier, sent 8.36 million tons, or 7.5% of the total, up from 4.1 million "
        "tons in 2024")

ARTICLE = {
    "id": "dAP1_05_china_soybean_imports_2025",
    "title": "China's 2025 soybean imports hit record 111.8 mln tons as Brazil fills U.S. gap",
    "publisher": "Reuters",
    "published": "2026-01-20",
    "notes": [
        "Dateline Jan 20 (2026): 'last month'/'December' is 2025-12, 'the full year'/'last year' is 2025; 'a year earlier' for the U.S. share is 2024.",
        "Every figure is China's imports of soybeans: area China, flow imports, product 'soybeans'; supplier countries are partners. Tonnages are measure quantity, unit tonnes.",
        "Headline '111.8 mln tons' restates the body's 111.83 million tons (rounding): one observation, labelled once from the body.",
        "The growth rates are tonnage changes; the only value figure ($49.62 billion) has no growth rate beside it, so the 'volume growth beside value growth' exclusion does not apply.",
        "Comparison bases that state a quantity are labelled for their own period: 7.94 million (Dec 2024), 8.11 million (Nov 2025), 105.03 million (2024), 0.61 million from the U.S. (Nov 2025), 4.1 million from Argentina (2024), U.S. share 21% (2024).",
        "'9.6% higher than November's 8.11 million tons': comparison with the month before, basis mom.",
        "'the world's largest soybean importer last year': rank 1 of China's soybean imports (partner null) for 2025.",
        "Ranks of suppliers: Brazil 'largest' = 1, United States 'second-largest' = 2, Argentina 'third-biggest' = 3, all for 2025.",
        "U.S. December: 2.85 million tons and 'down 32.9% from a year earlier' (-32.9, yoy) both December 2025.",
        "Out: the purchase commitments (12 million tons by end-February, 25 million tons a year 2026-2028) are pledges, not trade; tariffs 13% and 3%; crush margin 40 yuan ($5.74) a ton and soymeal price 2,780 yuan a ton are prices; analyst forecast of about 106 million tons in 2026 and 'roughly a fifth'; 'several months', 'dozens of cargoes'.",
        "Argentina's 'or 7.5% of the total' is its share of 2025 imports (8.36/111.83); Brazil's growth is also 7.5, a different fact.",
    ],
    "facts": [
        fact(CN, "imports", "growth", 12, "percent", DEC25, "12", E_LEAD, product=SOY),
        fact(CN, "imports", "quantity", 8.89e6, "tonnes", DEC25, "8.89 million", E_DEC, product=SOY),
        fact(CN, "imports", "quantity", 7.94e6, "tonnes", DEC24, "7.94 million", E_DEC, product=SOY),
        fact(CN, "imports", "growth", 9.6, "percent", DEC25, "9.6", E_MOM, product=SOY, basis="mom"),
        fact(CN, "imports", "quantity", 8.11e6, "tonnes", NOV25, "8.11 million", E_MOM, product=SOY),
        fact(CN, "imports", "growth", 6.5, "percent", Y25, "6.5", E_YEAR, product=SOY),
        fact(CN, "imports", "quantity", 111.83e6, "tonnes", Y25, "111.83 million", E_YEAR, product=SOY),
        fact(CN, "imports", "quantity", 105.03e6, "tonnes", Y24, "105.03 million", E_PREV, product=SOY),
        fact(CN, "imports", "rank", 1, "number", Y25, "largest", E_WORLD, product=SOY),
        fact(CN, "imports", "value", 49.62e9, "USD", Y25, "49.62 billion", "The shipments cost $49.62 billion",
             product=SOY),
        fact(CN, "imports", "rank", 1, "number", Y25, "largest", E_BR, partner="Brazil", product=SOY),
        fact(CN, "imports", "quantity", 80.27e6, "tonnes", Y25, "80.27 million", E_BR, partner="Brazil", product=SOY),
        fact(CN, "imports", "growth", 7.5, "percent", Y25, "7.5", E_BR, partner="Brazil", product=SOY),
        fact(CN, "imports", "share", 71.8, "percent", Y25, "71.8", E_BR, partner="Brazil", product=SOY),
        fact(CN, "imports", "rank", 2, "number", Y25, "second", E_US, partner=US, product=SOY),
        fact(CN, "imports", "growth", -24.4, "percent", Y25, "24.4", E_US, partner=US, product=SOY),
        fact(CN, "imports", "quantity", 16.74e6, "tonnes", Y25, "16.74 million", E_US, partner=US, product=SOY),
        fact(CN, "imports", "share", 15.0, "percent", Y25, "15.0", E_USSH, partner=US, product=SOY),
        fact(CN, "imports", "share", 21, "percent", Y24, "21", E_USSH, partner=US, product=SOY),
        fact(CN, "imports", "quantity", 2.85e6, "tonnes", DEC25, "2.85 million", E_USDEC, partner=US, product=SOY),
        fact(CN, "imports", "quantity", 0.61e6, "tonnes", NOV25, "0.61 million", E_USDEC, partner=US, product=SOY),
        fact(CN, "imports", "growth", -32.9, "percent", DEC25, "32.9", E_USDEC, partner=US, product=SOY),
        fact(CN, "imports", "growth", 68.7, "percent", DEC25, "68.7", E_BRDEC, partner="Brazil", product=SOY),
        fact(CN, "imports", "quantity", 4.96e6, "tonnes", DEC25, "4.96 million", E_BRDEC, partner="Brazil", product=SOY),
        fact(CN, "imports", "rank", 3, "number", Y25, "third", E_AR, partner="Argentina", product=SOY),
        fact(CN, "imports", "quantity", 8.36e6, "tonnes", Y25, "8.36 million", E_AR, partner="Argentina", product=SOY),
        fact(CN, "imports", "share", 7.5, "percent", Y25, "7.5", E_AR, partner="Argentina", product=SOY),
        fact(CN, "imports", "quantity", 4.1e6, "tonnes", Y24, "4.1 million", E_AR, partner="Argentina", product=SOY),
    ],
}
