from _fact import fact, period

Y2025 = period(2025, 1, 12)
Y2024 = period(2024, 1, 12)
DEC = period(2025, 12)
NOV = period(2025, 11)

LIB = "lithium-ion batteries"

TOTAL = "Overseas sales of the batteries reached US$76.6 billion in 2025, up 25.4 per cent from US$61.1 billion a year earlier"
DEC_S = ("December exports came to US$7.42 billion, 21.3 per cent more than a year earlier and 9 per cent higher than "
         "November's US$6.81 billion")
DE_RANK = "Germany overtook the US as the single largest destination"
DE = ("Germany overtook the US as the single largest destination, taking US$13.6 billion worth of Chinese batteries, "
      "up 27.5 per cent, or 17.8 per cent of the total.")
US_RANK = "The United States slipped to second place."
US = "Exports there dropped 17.2 per cent to US$11.4 billion, lowering the country's share to 14.9 per cent"
US_DEC = "in December alone shipments to the US plunged 41 per cent from a year earlier"
VN = "Vietnam, where Chinese firms have built electronics and battery assembly plants, ranked third."
EU = ("the European Union bought US$31.5 billion of Chinese lithium-ion batteries, 33 per cent more than in 2024, "
      "accounting for 41.1 per cent of the total")
SA = ("Battery exports to Saudi Arabia, which is building some of the world's biggest storage projects in the "
      "desert, more than tripled to US$2.4 billion")
GD_RANK = "Guangdong overtook Fujian, home of industry leader CATL, to become the top exporting province"
GD = "with overseas battery sales up 38.2 per cent to US$20.1 billion, or 26.2 per cent of the national figure"
FJ = "Fujian came second with US$18.2 billion."
LC = ("China imported 251,300 tonnes of lithium carbonate last year, up 6.8 per cent, with Chile supplying about "
      "65 per cent of the volume")

ARTICLE = {
    "id": "dAA1_03_scmp_china_lithium_battery_exports_2025",
    "title": "China's lithium-ion battery exports hit record US$76.6 billion as Europe buys more and US demand fades",
    "publisher": "South China Morning Post",
    "published": "2026-01-21",
    "notes": [
        "Publisher: the body names no outlet (SCMP pieces carry no dateline); the field records the outlet whose "
        "style and house conventions (US$, per cent) the piece follows.",
        "Published 2026-01-21: 'last year' and '2025' = 2025-01..2025-12; 'a year earlier' beside the 2025 total "
        "= 2024 (US$61.1 billion, its own value fact); 'December' = 2025-12; 'November's US$6.81 billion' = "
        "2025-11.",
        "Product 'lithium-ion batteries' for every battery export figure ('the batteries', 'Chinese batteries', "
        "'battery sales', 'Battery exports'), area China unless a province is the subject.",
        "'9 per cent higher than November's': December growth on the month (basis mom); '21.3 per cent more than a "
        "year earlier': yoy.",
        "Germany 'the single largest destination': rank 1 (value_text 'largest'); US 'slipped to second place': "
        "rank 2; Vietnam 'ranked third': rank 3; shares 17.8, 14.9 and 41.1 are of China's lithium-ion battery "
        "exports ('of the total').",
        "'Exports there' = to the United States; 'the country's share' = the US share.",
        "Saudi Arabia: 'more than tripled' gives no percentage; only the value US$2.4 billion is labelled.",
        "Guangdong 'the top exporting province': area Guangdong, exports of lithium-ion batteries, rank 1 "
        "(value_text 'top'); Fujian 'came second': rank 2 with value US$18.2 billion; Guangdong share 26.2 of the "
        "national figure.",
        "Lithium carbonate: China imports, quantity 251,300 tonnes and growth 6.8 (quantity growth with no value "
        "growth beside it, in scope); 'Chile supplying about 65 per cent of the volume': share of China's lithium "
        "carbonate imports, partner Chile, approx.",
        "Out of scope, unlabelled: the average export price ('slid by roughly 17 per cent, to about US$15,000' per "
        "tonne: prices, not trade flows); InfoLink's 30 per cent forecast for storage installations; domestic "
        "output of 1,700 gigawatt-hours (production); 'more than tripled' (no number); tariff and rebate "
        "measures (no figures).",
    ],
    "facts": [
        fact("China", "exports", "value", 76.6e9, "USD", Y2025, "76.6 billion", TOTAL, product=LIB),
        fact("China", "exports", "growth", 25.4, "percent", Y2025, "25.4", TOTAL, product=LIB),
        fact("China", "exports", "value", 61.1e9, "USD", Y2024, "61.1 billion", TOTAL, product=LIB),
        fact("China", "exports", "value", 7.42e9, "USD", DEC, "7.42 billion", DEC_S, product=LIB),
        fact("China", "exports", "growth", 21.3, "percent", DEC, "21.3", DEC_S, product=LIB),
        fact("China", "exports", "growth", 9, "percent", DEC, "9", DEC_S, product=LIB, basis="mom"),
        fact("China", "exports", "value", 6.81e9, "USD", NOV, "6.81 billion", DEC_S, product=LIB),
        fact("China", "exports", "rank", 1, "number", Y2025, "largest", DE_RANK, partner="Germany", product=LIB),
        fact("China", "exports", "value", 13.6e9, "USD", Y2025, "13.6 billion", DE, partner="Germany", product=LIB),
        fact("China", "exports", "growth", 27.5, "percent", Y2025, "27.5", DE, partner="Germany", product=LIB),
        fact("China", "exports", "share", 17.8, "percent", Y2025, "17.8", DE, partner="Germany", product=LIB),
        fact("China", "exports", "rank", 2, "number", Y2025, "second", US_RANK, partner="United States",
             product=LIB),
        fact("China", "exports", "growth", -17.2, "percent", Y2025, "17.2", US, partner="United States",
             product=LIB),
        fact("China", "exports", "value", 11.4e9, "USD", Y2025, "11.4 billion", US, partner="United States",
             product=LIB),
        fact("China", "exports", "share", 14.9, "percent", Y2025, "14.9", US, partner="United States", product=LIB),
        fact("China", "exports", "growth", -41, "percent", DEC, "41", US_DEC, partner="United States", product=LIB),
        fact("China", "exports", "rank", 3, "number", Y2025, "third", VN, partner="Vietnam", product=LIB),
        fact("China", "exports", "value", 31.5e9, "USD", Y2025, "31.5 billion", EU, partner="European Union",
             product=LIB),
        fact("China", "exports", "growth", 33, "percent", Y2025, "33", EU, partner="European Union", product=LIB),
        fact("China", "exports", "share", 41.1, "percent", Y2025, "41.1", EU, partner="European Union",
             product=LIB),
        fact("China", "exports", "value", 2.4e9, "USD", Y2025, "2.4 billion", SA, partner="Saudi Arabia",
             product=LIB),
        fact("Guangdong", "exports", "rank", 1, "number", Y2025, "top", GD_RANK, product=LIB),
        fact("Guangdong", "exports", "growth", 38.2, "percent", Y2025, "38.2", GD, product=LIB),
        fact("Guangdong", "exports", "value", 20.1e9, "USD", Y2025, "20.1 billion", GD, product=LIB),
        fact("Guangdong", "exports", "share", 26.2, "percent", Y2025, "26.2", GD, product=LIB),
        fact("Fujian", "exports", "rank", 2, "number", Y2025, "second", FJ, product=LIB),
        fact("Fujian", "exports", "value", 18.2e9, "USD", Y2025, "18.2 billion", FJ, product=LIB),
        fact("China", "imports", "quantity", 251300, "tonnes", Y2025, "251,300", LC, product="lithium carbonate"),
        fact("China", "imports", "growth", 6.8, "percent", Y2025, "6.8", LC, product="lithium carbonate"),
        fact("China", "imports", "share", 65, "percent", Y2025, "65", LC, partner="Chile",
             product="lithium carbonate", qualifier="approx"),
    ],
}
