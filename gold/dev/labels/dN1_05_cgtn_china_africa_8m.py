from _fact import fact, period

JAN_AUG = period(2025, 1, 8)

EVIDENCE_HEADLINE_TOTAL = (
    "China's trade with Africa rose 14.5 percent year on year to a record 1.57 trillion yuan "
    "(about 218.8 billion U.S. dollars)"
)
EVIDENCE_SHARE_OF_TOTAL = "The continent made up 5.3 percent of China's total foreign trade over the period"
EVIDENCE_OVERALL = "the country's overall imports and exports, which expanded 3.5 percent"
EVIDENCE_FLOWS = (
    "Exports from China to Africa jumped 24.6 percent to 982.36 billion yuan, and imports from the continent "
    "inched up 0.9 percent to 586.73 billion yuan"
)
EVIDENCE_SURPLUS = "giving China a trade surplus of 395.63 billion yuan"
EVIDENCE_MECH_ELEC = (
    "whose exports to Africa rose 27.3 percent to 495.12 billion yuan, or 50.4 percent of "
    "everything China sold to the continent"
)
EVIDENCE_AUTOS_SOLAR = "automobiles and solar cells posted growth of 41.5 percent and 60.2 percent, respectively"
EVIDENCE_CRUDE_VOLUME = "China purchased 37.1 million tonnes of crude from Africa, valued at 142.76 billion yuan"
EVIDENCE_CRUDE_GROWTH = "valued at 142.76 billion yuan, with the value down 11.4 percent"
EVIDENCE_FARM = "Agricultural imports from Africa increased 9.7 percent to 31.58 billion yuan"
EVIDENCE_SOUTH_AFRICA = (
    "South Africa was still China's largest trading partner in Africa, with two-way trade of 248.37 billion yuan"
)
EVIDENCE_NIGERIA = "Nigeria came second with 137.52 billion yuan, a rise of 31.2 percent"
EVIDENCE_BELT_ROAD = (
    "trade between China and Belt and Road partner countries rose 5.4 percent to 15.3 trillion yuan, "
    "making up 51.7 percent of its total foreign trade"
)

MECH_ELEC = "mechanical and electrical products"
BELT_ROAD = "Belt and Road partner countries"

ARTICLE = {
    "id": "dN1_05_cgtn_china_africa_8m",
    "title": "China's trade with Africa reaches record in January-August as exports to the continent soar",
    "publisher": "CGTN",
    "published": "2025-09-12",
    "notes": [
        "Publisher from 'told CGTN'; the text gives no year ('first eight months of this year'): 2025 from published.",
        "Running period January-August 2025 for every figure; 'Over the same period' carries it to the Belt and Road paragraph.",
        "'1.57 trillion yuan (about 218.8 billion U.S. dollars)': CNY fact exact, USD fact approx.",
        "'the country's overall imports and exports, which expanded 3.5 percent' is China's total trade growth with the world "
        "(partner null); 'far faster' is a comparison, not a number.",
        "Automobiles and solar cells ('Within the category', i.e. within mechanical and electrical exports to Africa) labelled with "
        "their own product names, partner Africa.",
        "Crude oil: 37.1 million tonnes is a quantity; 'with the value down 11.4 percent' is value growth (-11.4).",
        "South Africa 'largest trading partner in Africa' and Nigeria 'came second' are ranks within Africa, "
        "labelled as ranks (the record cannot name the restricted field).",
        "Angola: growth only, no rank stated ('a key oil supplier').",
        "Out of scope: 'For 16 years in a row ... Africa's largest trading partner' (streak), zero-tariff treatment for 100 percent of "
        "tariff lines and 53 countries, the Changsha expo's 176 projects worth 11.39 billion dollars (not trade flows).",
        "Sesame, coffee and avocados named without figures: nothing to label.",
    ],
    "facts": [
        fact("China", "total", "value", 1.57e12, "CNY", JAN_AUG, "1.57 trillion", EVIDENCE_HEADLINE_TOTAL, partner="Africa"),
        fact("China", "total", "value", 218.8e9, "USD", JAN_AUG, "218.8 billion", EVIDENCE_HEADLINE_TOTAL, partner="Africa",
             qualifier="approx"),
        fact("China", "total", "growth", 14.5, "percent", JAN_AUG, "14.5", EVIDENCE_HEADLINE_TOTAL, partner="Africa"),
        fact("China", "total", "share", 5.3, "percent", JAN_AUG, "5.3", EVIDENCE_SHARE_OF_TOTAL, partner="Africa"),
        fact("China", "total", "growth", 3.5, "percent", JAN_AUG, "3.5", EVIDENCE_OVERALL),
        fact("China", "exports", "growth", 24.6, "percent", JAN_AUG, "24.6", EVIDENCE_FLOWS, partner="Africa"),
        fact("China", "exports", "value", 982.36e9, "CNY", JAN_AUG, "982.36 billion", EVIDENCE_FLOWS, partner="Africa"),
        fact("China", "imports", "growth", 0.9, "percent", JAN_AUG, "0.9", EVIDENCE_FLOWS, partner="Africa"),
        fact("China", "imports", "value", 586.73e9, "CNY", JAN_AUG, "586.73 billion", EVIDENCE_FLOWS, partner="Africa"),
        fact("China", "balance", "value", 395.63e9, "CNY", JAN_AUG, "395.63 billion", EVIDENCE_SURPLUS, partner="Africa"),
        fact("China", "exports", "value", 495.12e9, "CNY", JAN_AUG, "495.12 billion", EVIDENCE_MECH_ELEC, partner="Africa",
             product=MECH_ELEC),
        fact("China", "exports", "growth", 27.3, "percent", JAN_AUG, "27.3", EVIDENCE_MECH_ELEC, partner="Africa",
             product=MECH_ELEC),
        fact("China", "exports", "share", 50.4, "percent", JAN_AUG, "50.4", EVIDENCE_MECH_ELEC, partner="Africa",
             product=MECH_ELEC),
        fact("China", "exports", "growth", 41.5, "percent", JAN_AUG, "41.5", EVIDENCE_AUTOS_SOLAR, partner="Africa",
             product="automobiles"),
        fact("China", "exports", "growth", 60.2, "percent", JAN_AUG, "60.2", EVIDENCE_AUTOS_SOLAR, partner="Africa",
             product="solar cells"),
        fact("China", "imports", "quantity", 37.1e6, "tonnes", JAN_AUG, "37.1 million", EVIDENCE_CRUDE_VOLUME,
             partner="Africa", product="crude oil"),
        fact("China", "imports", "value", 142.76e9, "CNY", JAN_AUG, "142.76 billion", EVIDENCE_CRUDE_VOLUME,
             partner="Africa", product="crude oil"),
        fact("China", "imports", "growth", -11.4, "percent", JAN_AUG, "11.4", EVIDENCE_CRUDE_GROWTH, partner="Africa",
             product="crude oil"),
        fact("China", "imports", "growth", 9.7, "percent", JAN_AUG, "9.7", EVIDENCE_FARM, partner="Africa",
             product="agricultural products"),
        fact("China", "imports", "value", 31.58e9, "CNY", JAN_AUG, "31.58 billion", EVIDENCE_FARM, partner="Africa",
             product="agricultural products"),
        fact("China", "total", "rank", 1, "number", JAN_AUG, "largest", EVIDENCE_SOUTH_AFRICA, partner="South Africa"),
        fact("China", "total", "value", 248.37e9, "CNY", JAN_AUG, "248.37 billion", EVIDENCE_SOUTH_AFRICA,
             partner="South Africa"),
        fact("China", "total", "rank", 2, "number", JAN_AUG, "second", EVIDENCE_NIGERIA, partner="Nigeria"),
        fact("China", "total", "value", 137.52e9, "CNY", JAN_AUG, "137.52 billion", EVIDENCE_NIGERIA, partner="Nigeria"),
        fact("China", "total", "growth", 31.2, "percent", JAN_AUG, "31.2", EVIDENCE_NIGERIA, partner="Nigeria"),
        fact("China", "total", "growth", -6.3, "percent", JAN_AUG, "6.3", "China's trade with Angola, a key oil supplier, dropped 6.3 percent",
             partner="Angola"),
        fact("China", "total", "value", 15.3e12, "CNY", JAN_AUG, "15.3 trillion", EVIDENCE_BELT_ROAD, partner=BELT_ROAD),
        fact("China", "total", "growth", 5.4, "percent", JAN_AUG, "5.4", EVIDENCE_BELT_ROAD, partner=BELT_ROAD),
        fact("China", "total", "share", 51.7, "percent", JAN_AUG, "51.7", EVIDENCE_BELT_ROAD, partner=BELT_ROAD),
    ],
}
