from _fact import fact, period

H1 = period(2025, 1, 6)
E_TOT = "Foreign trade in Hefei, the capital of Anhui province in East China, grew 11.2 percent year-on-year to 195.6 billion yuan ($27.3 billion)"
E_EXIM = "exports went up 15.8 percent to 130.4 billion yuan and its imports grew 3 percent to 65.2 billion yuan"
E_AUTO = "automobile exports by value soared 52.3 percent to 38.6 billion yuan"
E_LAP = "overseas sales of laptops, for years a mainstay of Hefei's exports, dropped 4.2 percent to 29.1 billion yuan"
E_LIB = "Exports of lithium batteries did far better, rising 27.6 percent to 10.2 billion yuan"
E_PV = "Photovoltaic products went the other way: their exports declined 18.9 percent to 7.8 billion yuan"

ARTICLE = {
    "id": "dH1_04_chinadaily_hefei_h1",
    "title": "Vehicles and batteries drive Hefei's export growth",
    "publisher": "China Daily",
    "published": "2025-07-25",
    "notes": [
        "Running period: the first half of 2025, stated in the first sentence; all product figures take it.",
        "'($27.3 billion)' is a conversion without 'about': a separate USD fact, qualifier exact.",
        "'Hefei accounted for 44.3 percent of Anhui's combined imports and exports': Hefei's share, flow total.",
        "'sent 231,000 vehicles abroad': export quantity in vehicles, unit number, product vehicles.",
        "'Of the vehicles exported, 61.2 percent were new energy vehicles': share of vehicle exports, labelled as an export share with product new energy vehicles (the record cannot name the smaller whole).",
        "'overseas sales of laptops ... dropped': overseas sales are exports.",
        "Vehicle production (1.4 million), GDP (1.35 trillion yuan, 2024), freight train trips (612, 540), investment deals (100): not trade flows, out.",
        "Consistency: 130.4 + 65.2 = 195.6 billion yuan; 195.6 / 27.3 = 7.16 yuan per dollar.",
    ],
    "facts": [
        fact("Hefei", "total", "growth", 11.2, "percent", H1, "11.2", E_TOT),
        fact("Hefei", "total", "value", 195.6e9, "CNY", H1, "195.6 billion", E_TOT),
        fact("Hefei", "total", "value", 27.3e9, "USD", H1, "27.3 billion", E_TOT),
        fact("Hefei", "exports", "growth", 15.8, "percent", H1, "15.8", E_EXIM),
        fact("Hefei", "exports", "value", 130.4e9, "CNY", H1, "130.4 billion", E_EXIM),
        fact("Hefei", "imports", "growth", 3, "percent", H1, "3", E_EXIM),
        fact("Hefei", "imports", "value", 65.2e9, "CNY", H1, "65.2 billion", E_EXIM),
        fact("Hefei", "total", "share", 44.3, "percent", H1, "44.3",
             "Hefei accounted for 44.3 percent of Anhui's combined imports and exports"),
        fact("Hefei", "exports", "quantity", 231000, "number", H1, "231,000",
             "In the January-June period Hefei sent 231,000 vehicles abroad", product="vehicles"),
        fact("Hefei", "exports", "growth", 52.3, "percent", H1, "52.3", E_AUTO, product="automobiles"),
        fact("Hefei", "exports", "value", 38.6e9, "CNY", H1, "38.6 billion", E_AUTO, product="automobiles"),
        fact("Hefei", "exports", "share", 61.2, "percent", H1, "61.2",
             "Of the vehicles exported, 61.2 percent were new energy vehicles", product="new energy vehicles"),
        fact("Hefei", "exports", "growth", -4.2, "percent", H1, "4.2", E_LAP, product="laptops"),
        fact("Hefei", "exports", "value", 29.1e9, "CNY", H1, "29.1 billion", E_LAP, product="laptops"),
        fact("Hefei", "exports", "growth", 27.6, "percent", H1, "27.6", E_LIB, product="lithium batteries"),
        fact("Hefei", "exports", "value", 10.2e9, "CNY", H1, "10.2 billion", E_LIB, product="lithium batteries"),
        fact("Hefei", "exports", "growth", -18.9, "percent", H1, "18.9", E_PV, product="photovoltaic products"),
        fact("Hefei", "exports", "value", 7.8e9, "CNY", H1, "7.8 billion", E_PV, product="photovoltaic products"),
    ],
}
