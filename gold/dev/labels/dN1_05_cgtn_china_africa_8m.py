from _fact import fact, period

JAN_AUG = period(2025, 1, 8)

EVIDENCE_HEADLINE_TOTAL = (
    "China's trade with Africa climbed to a record 1.57 trillion yuan (about 218.8 billion U.S. dollars) "
    "in the first eight months of this year, up 14.5 percent year on year"
)
EVIDENCE_SHARE_OF_TOTAL = "Trade with the continent accounted for 5.3 percent of China's total foreign trade in the period"
EVIDENCE_OVERALL = "its growth was well above the 3.5 percent expansion of the country's overall imports and exports"
EVIDENCE_FLOWS = (
    "China's exports to Africa rose 24.6 percent to 982.36 billion yuan, while imports from the continent "
    "edged up 0.9 percent to 586.73 billion yuan"
)
EVIDENCE_SURPLUS = "leaving a trade surplus of 395.63 billion yuan on the Chinese side"
EVIDENCE_MECH_ELEC = (
    "Their exports to Africa reached 495.12 billion yuan, up 27.3 percent, accounting for 50.4 percent of "
    "China's total exports to the continent"
)
EVIDENCE_AUTOS_SOLAR = "Among them, automobiles and solar cells grew 41.5 percent and 60.2 percent, respectively"
EVIDENCE_CRUDE_VOLUME = "China bought 37.1 million tonnes of African crude during the eight months, worth 142.76 billion yuan"
EVIDENCE_CRUDE_GROWTH = "worth 142.76 billion yuan, a decrease of 11.4 percent in value"
EVIDENCE_FARM = "Imports of agricultural products from Africa grew 9.7 percent to 31.58 billion yuan"
EVIDENCE_SOUTH_AFRICA = (
    "South Africa remained China's largest trading partner on the continent, with bilateral trade of 248.37 billion yuan"
)
EVIDENCE_NIGERIA = "Nigeria ranked second at 137.52 billion yuan, a jump of 31.2 percent"
EVIDENCE_BELT_ROAD = (
    "China's trade with Belt and Road partner countries reached 15.3 trillion yuan, up 5.4 percent, "
    "and accounted for 51.7 percent of its total foreign trade"
)

MECH_ELEC = "mechanical and electrical products"
BELT_ROAD = "Belt and Road partner countries"

ARTICLE = {
    "id": "dN1_05_cgtn_china_africa_8m",
    "title": "China-Africa trade hits record high in first eight months as exports to the continent surge",
    "publisher": "CGTN",
    "published": "2025-09-12",
    "notes": [
        "Publisher from 'told CGTN'; the text gives no year ('first eight months of this year'): 2025 from published.",
        "Running period January-August 2025 for every figure; 'In the same period' carries it to the Belt and Road paragraph.",
        "'1.57 trillion yuan (about 218.8 billion U.S. dollars)': CNY fact exact, USD fact approx.",
        "'the 3.5 percent expansion of the country's overall imports and exports' is China's total trade growth with the world "
        "(partner null); 'well above' is a comparison, not a number.",
        "Automobiles and solar cells ('Among them', i.e. within mechanical and electrical exports to Africa) labelled with "
        "their own product names, partner Africa.",
        "Crude oil: 37.1 million tonnes is a quantity; 'a decrease of 11.4 percent in value' is value growth (-11.4).",
        "South Africa 'largest trading partner on the continent' and Nigeria 'ranked second' are ranks within Africa, "
        "labelled as ranks (the record cannot name the restricted field).",
        "Angola: growth only, no rank stated ('a major oil supplier').",
        "Out of scope: 'largest trading partner for 16 consecutive years' (streak), zero-tariff treatment for 100 percent of "
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
        fact("China", "total", "growth", -6.3, "percent", JAN_AUG, "6.3", "Trade with Angola, a major oil supplier, fell 6.3 percent",
             partner="Angola"),
        fact("China", "total", "value", 15.3e12, "CNY", JAN_AUG, "15.3 trillion", EVIDENCE_BELT_ROAD, partner=BELT_ROAD),
        fact("China", "total", "growth", 5.4, "percent", JAN_AUG, "5.4", EVIDENCE_BELT_ROAD, partner=BELT_ROAD),
        fact("China", "total", "share", 51.7, "percent", JAN_AUG, "51.7", EVIDENCE_BELT_ROAD, partner=BELT_ROAD),
    ],
}
