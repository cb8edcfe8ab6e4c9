from _fact import fact, period

JAN_OCT = period(2025, 1, 10)
YEAR_2024 = period(2024, 1, 12)
AF = "Africa"

LEAD = (
    "China's trade with Africa hit a record high in the first 10 months of 2025, with two-way trade rising "
    "16.7 percent year-on-year to 1.97 trillion yuan (about $275.4 billion)"
)
SHARE = "The bilateral trade accounted for 5.3 percent of China's total foreign trade over the period"
EXPORTS = "Chinese exports to Africa climbed 26.4 percent to 1.25 trillion yuan"
IMPORTS = "imports from the continent edged up 2.9 percent to 717.6 billion yuan"
SURPLUS = "leaving China with a surplus of 532.4 billion yuan"
SOUTH_AFRICA = (
    "Trade between the two reached 303.5 billion yuan, a 1.6 percent decline from a year earlier, and accounted "
    "for 15.4 percent of China-Africa trade"
)
NIGERIA = (
    "China's trade with the West African country surged 30.2 percent to 185.6 billion yuan, lifted by a 34.8 percent "
    "rise in Chinese exports to the African country"
)
EGYPT_ANGOLA = "Trade with Egypt and Angola came to 128.7 and 117.3 billion yuan, respectively"
AUTOS = "Exports of automobiles to Africa soared 41.2 percent to 78.6 billion yuan"
AUTO_UNITS = (
    "Exports of automobiles to Africa soared 41.2 percent to 78.6 billion yuan, with more than 480,000 vehicles "
    "shipped to the continent"
)
STEEL = "China also sold 14.6 million tons of steel products to African buyers, 18.5 percent more than a year earlier"
CRUDE = "China bought 23.8 million tons of crude oil from Africa, 9.4 percent less than a year earlier"
ORES = "imports of metal ores and concentrates from the continent climbed 15.2 percent"
FARM = "Imports of agricultural products from Africa grew 8.6 percent"
FARM_ITEMS = (
    "Purchases of sesame seeds, avocados and macadamia nuts from the continent rose 12.3 percent, 47.5 percent and "
    "26.0 percent, respectively"
)
RECORD_2024 = "Bilateral trade exceeded 2 trillion yuan for the first time in 2024"

ARTICLE = {
    "id": "dZ1_05_globaltimes_china_africa_jan_oct",
    "title": "China-Africa trade hits record 1.97 trillion yuan in first 10 months as exports to the continent surge",
    "publisher": "Global Times",
    "published": "2025-11-20",
    "notes": [
        "Running period: January-October 2025 ('the first 10 months of 2025'); every figure without its own period "
        "takes it. The headline restates the 1.97 trillion yuan total: one fact, evidence from the body.",
        "'1.97 trillion yuan (about $275.4 billion)': a CNY fact and a separate USD fact, qualifier approx.",
        "'the continent', 'African buyers', 'Bilateral trade' and 'The bilateral trade' all mean partner Africa; "
        "'the West African country' and 'the African country' are Nigeria; 'Trade between the two' is China and "
        "South Africa.",
        "'a 1.6 percent decline' (South Africa) is -1.6; '9.4 percent less than a year earlier' (crude oil) is -9.4; "
        "'18.5 percent more than a year earlier' (steel) is +18.5: 'more than'/'less than' here are comparisons, "
        "not qualifiers (exact).",
        "Share 15.4 percent is South Africa's share of China-Africa trade (a larger whole): labelled as share, partner "
        "South Africa, flow total.",
        "Ranks within Africa ('China's largest trading partner on the continent', 'Nigeria ranked second') are ranks "
        "among African partners only; the record's rank would read as China's overall rank: out, as a figure the "
        "record cannot express.",
        "'China has been Africa's largest trading partner for 16 consecutive years': a streak, and its period cannot "
        "be fixed to one span; out.",
        "'Bilateral trade exceeded 2 trillion yuan for the first time in 2024': a threshold with no exact figure given "
        "for the same observation, so the threshold is labelled (qualifier over, period 2024); 'for the first time' "
        "is the milestone wording and adds no fact.",
        "'128.7 and 117.3 billion yuan, respectively': the list's scale word applies to 128.7 (Egypt) as well.",
        "Automobiles: the value (78.6 billion yuan), growth (41.2) and 'more than 480,000 vehicles' all describe "
        "the same exports; product kept as 'automobiles' for all three, the quantity in vehicles (unit number, "
        "qualifier over).",
        "Steel and crude oil growth rates are quantity growth stated alone (no value growth beside them): labelled.",
        "Metal ores growth and agricultural products growth: value of imports from Africa, no level given.",
        "Out: the expert's forecast that full-year trade will surpass 2.3 trillion yuan; zero-tariff details "
        "(100 percent of tariff lines, 33 least developed countries, 53 African countries, December 2024, June) are "
        "not trade flows; Congo's purchases 'grew strongly' give no number.",
    ],
    "facts": [
        fact("China", "total", "value", 1.97e12, "CNY", JAN_OCT, "1.97 trillion", LEAD, partner=AF),
        fact("China", "total", "value", 275.4e9, "USD", JAN_OCT, "275.4 billion", LEAD, partner=AF,
             qualifier="approx"),
        fact("China", "total", "growth", 16.7, "percent", JAN_OCT, "16.7", LEAD, partner=AF),
        fact("China", "total", "share", 5.3, "percent", JAN_OCT, "5.3", SHARE, partner=AF),
        fact("China", "exports", "growth", 26.4, "percent", JAN_OCT, "26.4", EXPORTS, partner=AF),
        fact("China", "exports", "value", 1.25e12, "CNY", JAN_OCT, "1.25 trillion", EXPORTS, partner=AF),
        fact("China", "imports", "growth", 2.9, "percent", JAN_OCT, "2.9", IMPORTS, partner=AF),
        fact("China", "imports", "value", 717.6e9, "CNY", JAN_OCT, "717.6 billion", IMPORTS, partner=AF),
        fact("China", "balance", "value", 532.4e9, "CNY", JAN_OCT, "532.4 billion", SURPLUS, partner=AF),
        fact("China", "total", "value", 303.5e9, "CNY", JAN_OCT, "303.5 billion", SOUTH_AFRICA,
             partner="South Africa"),
        fact("China", "total", "growth", -1.6, "percent", JAN_OCT, "1.6", SOUTH_AFRICA, partner="South Africa"),
        fact("China", "total", "share", 15.4, "percent", JAN_OCT, "15.4", SOUTH_AFRICA, partner="South Africa"),
        fact("China", "total", "growth", 30.2, "percent", JAN_OCT, "30.2", NIGERIA, partner="Nigeria"),
        fact("China", "total", "value", 185.6e9, "CNY", JAN_OCT, "185.6 billion", NIGERIA, partner="Nigeria"),
        fact("China", "exports", "growth", 34.8, "percent", JAN_OCT, "34.8", NIGERIA, partner="Nigeria"),
        fact("China", "total", "value", 128.7e9, "CNY", JAN_OCT, "128.7", EGYPT_ANGOLA, partner="Egypt"),
        fact("China", "total", "value", 117.3e9, "CNY", JAN_OCT, "117.3 billion", EGYPT_ANGOLA, partner="Angola"),
        fact("China", "exports", "growth", 41.2, "percent", JAN_OCT, "41.2", AUTOS, partner=AF, product="automobiles"),
        fact("China", "exports", "value", 78.6e9, "CNY", JAN_OCT, "78.6 billion", AUTOS, partner=AF,
             product="automobiles"),
        fact("China", "exports", "quantity", 480000, "number", JAN_OCT, "480,000", AUTO_UNITS, partner=AF,
             product="automobiles", qualifier="over"),
        fact("China", "exports", "quantity", 14.6e6, "tonnes", JAN_OCT, "14.6 million", STEEL, partner=AF,
             product="steel products"),
        fact("China", "exports", "growth", 18.5, "percent", JAN_OCT, "18.5", STEEL, partner=AF,
             product="steel products"),
        fact("China", "imports", "quantity", 23.8e6, "tonnes", JAN_OCT, "23.8 million", CRUDE, partner=AF,
             product="crude oil"),
        fact("China", "imports", "growth", -9.4, "percent", JAN_OCT, "9.4", CRUDE, partner=AF, product="crude oil"),
        fact("China", "imports", "growth", 15.2, "percent", JAN_OCT, "15.2", ORES, partner=AF,
             product="metal ores and concentrates"),
        fact("China", "imports", "growth", 8.6, "percent", JAN_OCT, "8.6", FARM, partner=AF,
             product="agricultural products"),
        fact("China", "imports", "growth", 12.3, "percent", JAN_OCT, "12.3", FARM_ITEMS, partner=AF,
             product="sesame seeds"),
        fact("China", "imports", "growth", 47.5, "percent", JAN_OCT, "47.5", FARM_ITEMS, partner=AF,
             product="avocados"),
        fact("China", "imports", "growth", 26.0, "percent", JAN_OCT, "26.0", FARM_ITEMS, partner=AF,
             product="macadamia nuts"),
        fact("China", "total", "value", 2e12, "CNY", YEAR_2024, "2 trillion", RECORD_2024, partner=AF,
             qualifier="over"),
    ],
}
