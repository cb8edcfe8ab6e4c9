from _fact import fact, period

JAN_OCT = period(2025, 1, 10)
YEAR_2024 = period(2024, 1, 12)
AF = "Africa"

LEAD = (
    "Trade between China and Africa grew 16.7 percent year-on-year to an all-time high of 1.97 trillion yuan (about "
    "$275.4 billion) from January to October 2025"
)
SHARE = "Africa's share of China's overall foreign trade in the period was 5.3 percent"
EXPORTS = "China's exports to Africa rose 26.4 percent to 1.25 trillion yuan"
IMPORTS = "its imports from the continent inched 2.9 percent higher to 717.6 billion yuan"
SURPLUS = "giving China a 532.4 billion yuan surplus"
SOUTH_AFRICA = (
    "Trade between China and South Africa slipped 1.6 percent from a year before to 303.5 billion yuan, making up "
    "15.4 percent of all China-Africa trade"
)
NIGERIA = (
    "Booming Nigerian demand for solar panels, motorcycles and trucks pushed China's exports there up 34.8 percent, "
    "helping trade with the West African nation jump 30.2 percent to 185.6 billion yuan"
)
EGYPT_ANGOLA = "China's trade with Egypt and Angola amounted to 128.7 and 117.3 billion yuan, respectively"
AUTOS = "China's exports of automobiles to Africa jumped 41.2 percent to 78.6 billion yuan"
AUTO_UNITS = (
    "China's exports of automobiles to Africa jumped 41.2 percent to 78.6 billion yuan, as over 480,000 vehicles were"
    " delivered to the continent"
)
STEEL = "Shipments of steel products to buyers in Africa reached 14.6 million tons, up 18.5 percent year on year"
CRUDE = "crude oil brought in from Africa totaled 23.8 million tons, down 9.4 percent from a year before"
ORES = "purchases of metal ores and concentrates from Africa rose 15.2 percent"
FARM = "Agricultural products that China imported from Africa increased 8.6 percent"
FARM_ITEMS = (
    "African sesame seeds, avocados and macadamia nuts saw gains of 12.3 percent, 47.5 percent and 26.0 percent, "
    "respectively"
)
RECORD_2024 = "trade between the two sides first topped 2 trillion yuan in 2024"

ARTICLE = {
    "id": "dZ1_05_globaltimes_china_africa_jan_oct",
    "title": "Record 1.97 trillion yuan in China-Africa trade for Jan-Oct, led by soaring exports to Africa",
    "publisher": "Global Times",
    "published": "2025-11-20",
    "notes": [
        "Running period: January-October 2025 ('from January to October 2025'); every figure without its own period "
        "takes it. The headline restates the 1.97 trillion yuan total: one fact, evidence from the body.",
        "'1.97 trillion yuan (about $275.4 billion)': a CNY fact and a separate USD fact, qualifier approx.",
        "'the continent', 'buyers in Africa', 'bilateral trade' and 'trade between the two sides' all mean partner Africa; "
        "'the West African nation' and 'exports there' are Nigeria; 'Trade between China and South Africa' names "
        "South Africa.",
        "'slipped 1.6 percent' (South Africa) is -1.6; 'down 9.4 percent from a year before' (crude oil) is -9.4; "
        "'up 18.5 percent year on year' (steel) is +18.5; all exact.",
        "Share 15.4 percent is South Africa's share of China-Africa trade (a larger whole): labelled as share, partner "
        "South Africa, flow total.",
        "Ranks within Africa ('China's biggest African trading partner', 'Nigeria came next') are ranks "
        "among African partners only; the record's rank would read as China's overall rank: out, as a figure the "
        "record cannot express.",
        "'For 16 years running, China has been the biggest trading partner of Africa': a streak, and its period cannot "
        "be fixed to one span; out.",
        "'trade between the two sides first topped 2 trillion yuan in 2024': a threshold with no exact figure given "
        "for the same observation, so the threshold is labelled (qualifier over, period 2024); 'first' "
        "is the milestone wording and adds no fact.",
        "'128.7 and 117.3 billion yuan, respectively': the list's scale word applies to 128.7 (Egypt) as well.",
        "Automobiles: the value (78.6 billion yuan), growth (41.2) and 'over 480,000 vehicles' all describe "
        "the same exports; product kept as 'automobiles' for all three, the quantity in vehicles (unit number, "
        "qualifier over).",
        "Steel and crude oil growth rates are quantity growth stated alone (no value growth beside them): labelled.",
        "Metal ores growth and agricultural products growth: value of imports from Africa, no level given.",
        "Out: the expert's forecast that full-year trade will surpass 2.3 trillion yuan; zero-tariff details "
        "(100 percent of tariff lines, 33 least developed countries, 53 African countries, December 2024, June) are "
        "not trade flows; purchases from Congo ('substantially more') give no number.",
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
