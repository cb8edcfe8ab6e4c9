from _fact import fact, period

Y2025 = period(2025, 1, 12)
Y2024 = period(2024, 1, 12)
DEC = period(2025, 12)
NOV = period(2025, 11)

LIB = "lithium-ion batteries"

TOTAL = "overseas shipments of the batteries totalled US$76.6 billion in 2025, 25.4 per cent more than the US$61.1 billion of a year earlier"
DEC_S = ("December's battery exports were worth US$7.42 billion, up 21.3 per cent from a year before and 9 per cent "
         "above November's US$6.81 billion")
DE_RANK = "Germany displaced the US as the largest single market"
DE = ("With purchases of US$13.6 billion worth of Chinese batteries, up 27.5 per cent and equal to 17.8 per cent of "
      "the total, Germany displaced the US as the largest single market.")
US_RANK = "The US fell back to second place."
US = "Chinese exports to the country declined 17.2 per cent to US$11.4 billion, cutting its share to 14.9 per cent"
US_DEC = "December shipments to the US alone sank 41 per cent year on year"
VN = "Vietnam, home to electronics and battery assembly plants built by Chinese companies, came third."
EU = ("the European Union bought US$31.5 billion worth of Chinese lithium-ion batteries, up 33 per cent on 2024 and "
      "equal to 41.1 per cent of the total")
SA = ("Exports of batteries to Saudi Arabia, which is developing some of the biggest storage projects anywhere in "
      "its desert, more than tripled to US$2.4 billion")
GD_RANK = "Guangdong became the top exporting province"
GD = "its overseas battery sales rose 38.2 per cent to US$20.1 billion, equal to 26.2 per cent of the national figure"
FJ = "Fujian ranked second with US$18.2 billion."
LC = ("Last year China's imports of lithium carbonate climbed 6.8 per cent to 251,300 tonnes, about 65 per cent of "
      "which came from Chile")

ARTICLE = {
    "id": "dAA1_03_scmp_china_lithium_battery_exports_2025",
    "title": "Record US$76.6 billion in Chinese lithium-ion battery exports in 2025 as European buying offsets US slump",
    "publisher": "South China Morning Post",
    "published": "2026-01-21",
    "notes": [
        "Publisher: the body names no outlet (SCMP pieces carry no dateline); the field records the outlet whose "
        "style and house conventions (US$, per cent) the piece follows.",
        "Published 2026-01-21: 'last year' and '2025' = 2025-01..2025-12; 'of a year earlier' beside the 2025 total "
        "= 2024 (US$61.1 billion, its own value fact); 'December' = 2025-12; 'November's US$6.81 billion' = "
        "2025-11.",
        "Product 'lithium-ion batteries' for every battery export figure ('the batteries', 'Chinese batteries', "
        "'battery sales', 'battery exports', 'Exports of batteries'), area China unless a province is the subject.",
        "'9 per cent above November's': December growth on the month (basis mom); 'up 21.3 per cent from a year "
        "before': yoy.",
        "Germany 'the largest single market': rank 1 (value_text 'largest'); US 'fell back to second place': "
        "rank 2; Vietnam 'came third': rank 3; shares 17.8, 14.9 and 41.1 are of China's lithium-ion battery "
        "exports ('of the total').",
        "'Chinese exports to the country' = to the United States; 'its share' = the US share.",
        "Saudi Arabia: 'more than tripled' gives no percentage; only the value US$2.4 billion is labelled.",
        "Guangdong 'the top exporting province': area Guangdong, exports of lithium-ion batteries, rank 1 "
        "(value_text 'top'); Fujian 'ranked second': rank 2 with value US$18.2 billion; Guangdong share 26.2 of the "
        "national figure.",
        "Lithium carbonate: China imports, quantity 251,300 tonnes and growth 6.8 (quantity growth with no value "
        "growth beside it, in scope); 'about 65 per cent of which came from Chile': share of China's lithium "
        "carbonate imports, partner Chile, approx.",
        "Out of scope, unlabelled: the average export price ('down by roughly 17 per cent, to about US$15,000 a "
        "tonne': prices, not trade flows); InfoLink's 30 per cent forecast for storage installations; domestic "
        "output of more than 1,700 gigawatt-hours (production); 'more than tripled' (no number); tariff and rebate "
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
