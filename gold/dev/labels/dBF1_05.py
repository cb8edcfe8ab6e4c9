from _fact import fact, period

YTD = period(2025, 1, 10)
OCT = period(2025, 10)

S_CARS = "China exported 5.62 million cars between January and October, up 15.7 percent from a year earlier"
S_NEV = "Of these, 2.01 million were new energy vehicles (NEVs), an increase of 90.4 percent, which means that NEVs made up nearly 36 percent of all cars shipped abroad."
S_OCT = "The October tally was 666,000 cars, 22.9 percent more than a year before and 2.2 percent higher than in September."
S_NEV_OCT = "Overseas shipments of NEVs that month climbed 99.9 percent to 256,000 units."
S_VAL = "Car exports were worth 840.7 billion yuan (USD118.2 billion) in the first 10 months, of which electric vehicles contributed 352.6 billion yuan."
S_RU = "Shipments there plunged 48.5 percent to 430,800 units over the ten months, yet Russia still ranked first"
S_UAE = "The United Arab Emirates came second with 387,400 units, up 57.3 percent, and Mexico third with 378,500 units, a rise of 26 percent."
S_BE = "In Europe, Belgium, whose port of Zeebrugge serves as a distribution hub for the continent, was the largest market for Chinese NEVs, taking 13.6 percent of the total."
S_LIB = "Lithium-ion batteries, the largest of the new three by value, earned USD62.35 billion in the first 10 months, 26.5 percent more than in the same period last year."
S_LIB_Q = "In volume terms, 3.8 billion units were shipped, up 18.9 percent."
S_LIB_OCT = "October exports amounted to USD6.97 billion, an increase of 24.6 percent."
S_DE = "The top buyer is now Germany rather than the United States: it took USD11.27 billion of Chinese batteries, an 18.1 percent share of the total."
S_US = "Exports to the US, hit by additional tariffs, dropped 13.9 percent to USD9.94 billion."
S_SOLAR = "Exports fell 13.2 percent to USD22.4 billion over the period"
S_NEW3 = "Taken together, the new three generated exports of 955.4 billion yuan in the first 10 months, up 9.6 percent, accounting for 4.4 percent of China's total exports."

LIB = "lithium-ion batteries"
NEV = "new energy vehicles"

ARTICLE = {
    "id": "dBF1_05",
    "title": "China's Car Exports Reach 5.62 Million in First 10 Months as Solar Drags on 'New Three'",
    "publisher": "Yicai",
    "published": "2025-11-21",
    "notes": [
        "Running period is January-October 2025 ('first 10 months', 'between January and October', 'over the ten months', 'over the period'); 'The October tally', 'that month' and 'October exports' are 2025-10.",
        "Vehicle counts are quantity facts in unit 'number' (cars, NEVs); product in the text's words: 'cars', 'new energy vehicles' (the text defines NEVs as its acronym, so NEV figures are labelled with the written-out name), 'electric vehicles' for the customs value, 'lithium-ion batteries', 'solar cells and modules', 'new three'.",
        "'Of these, 2.01 million were new energy vehicles' is an 'of which' split; 'NEVs made up nearly 36 percent of all cars shipped abroad' is a share of car exports (approx).",
        "'2.2 percent higher than in September' is mom for 2025-10 (comparison with the month before); the 22.9 percent in the same sentence is yoy.",
        "'840.7 billion yuan (USD118.2 billion)' gives two facts, CNY and USD; the USD one is exact because the text has no approximation word. 'of which electric vehicles contributed 352.6 billion yuan' is a separate product value.",
        "Destination ranks (Russia 1, United Arab Emirates 2, Mexico 3) are ranks of car exports by units over January-October; Mexico's '26 percent' comes from 'a rise of 26 percent' with the area carried (China exports to Mexico).",
        "Belgium: rank 1 and share 13.6 of China's NEV exports; 'the total' read as China's NEV exports over the running period.",
        "Germany 'top buyer' of lithium-ion batteries: rank 1, value, share 18.1; product carried from the paragraph before ('Chinese batteries').",
        "Not labelled: battery 'up 18.9 percent' in volume terms, because it is volume growth stated beside value growth (26.5 percent), which the guide puts out of scope; the 3.8 billion units quantity itself is labelled.",
        "Out of scope, not labelled: Mexico's tariffs 'of up to 50 percent' (tariff rate), the full-year expectation of 'exceed 6.5 million units' (forecast), 'a near doubling' in the lede (restates the 90.4 percent), 'double-digit pace' (no number). 'Electric vehicles made up about 37 percent of that sum' is labelled as the EV share of new-three exports (approx).",
    ],
    "facts": [
        fact("China", "exports", "quantity", 5.62e6, "number", YTD, "5.62 million", S_CARS, product="cars"),
        fact("China", "exports", "growth", 15.7, "percent", YTD, "15.7", S_CARS, product="cars"),
        fact("China", "exports", "quantity", 2.01e6, "number", YTD, "2.01 million", S_NEV, product=NEV),
        fact("China", "exports", "growth", 90.4, "percent", YTD, "90.4", S_NEV, product=NEV),
        fact("China", "exports", "share", 36, "percent", YTD, "36", S_NEV, product=NEV, qualifier="approx"),
        fact("China", "exports", "quantity", 666000, "number", OCT, "666,000", S_OCT, product="cars"),
        fact("China", "exports", "growth", 22.9, "percent", OCT, "22.9", S_OCT, product="cars"),
        fact("China", "exports", "growth", 2.2, "percent", OCT, "2.2", S_OCT, product="cars", basis="mom"),
        fact("China", "exports", "quantity", 256000, "number", OCT, "256,000", S_NEV_OCT, product=NEV),
        fact("China", "exports", "growth", 99.9, "percent", OCT, "99.9", S_NEV_OCT, product=NEV),
        fact("China", "exports", "value", 840.7e9, "CNY", YTD, "840.7 billion", S_VAL, product="cars"),
        fact("China", "exports", "value", 118.2e9, "USD", YTD, "118.2 billion", S_VAL, product="cars"),
        fact("China", "exports", "value", 352.6e9, "CNY", YTD, "352.6 billion", S_VAL, product="electric vehicles"),
        fact("China", "exports", "growth", -48.5, "percent", YTD, "48.5", S_RU, partner="Russia", product="cars"),
        fact("China", "exports", "quantity", 430800, "number", YTD, "430,800", S_RU, partner="Russia", product="cars"),
        fact("China", "exports", "rank", 1, "number", YTD, "first", S_RU, partner="Russia", product="cars"),
        fact("China", "exports", "rank", 2, "number", YTD, "second", S_UAE, partner="United Arab Emirates", product="cars"),
        fact("China", "exports", "quantity", 387400, "number", YTD, "387,400", S_UAE, partner="United Arab Emirates", product="cars"),
        fact("China", "exports", "growth", 57.3, "percent", YTD, "57.3", S_UAE, partner="United Arab Emirates", product="cars"),
        fact("China", "exports", "rank", 3, "number", YTD, "third", S_UAE, partner="Mexico", product="cars"),
        fact("China", "exports", "quantity", 378500, "number", YTD, "378,500", S_UAE, partner="Mexico", product="cars"),
        fact("China", "exports", "growth", 26, "percent", YTD, "26", S_UAE, partner="Mexico", product="cars"),
        fact("China", "exports", "rank", 1, "number", YTD, "largest", S_BE, partner="Belgium", product=NEV),
        fact("China", "exports", "share", 13.6, "percent", YTD, "13.6", S_BE, partner="Belgium", product=NEV),
        fact("China", "exports", "value", 62.35e9, "USD", YTD, "62.35 billion", S_LIB, product=LIB),
        fact("China", "exports", "growth", 26.5, "percent", YTD, "26.5", S_LIB, product=LIB),
        fact("China", "exports", "quantity", 3.8e9, "number", YTD, "3.8 billion", S_LIB_Q, product=LIB),
        fact("China", "exports", "value", 6.97e9, "USD", OCT, "6.97 billion", S_LIB_OCT, product=LIB),
        fact("China", "exports", "growth", 24.6, "percent", OCT, "24.6", S_LIB_OCT, product=LIB),
        fact("China", "exports", "rank", 1, "number", YTD, "top", S_DE, partner="Germany", product=LIB),
        fact("China", "exports", "value", 11.27e9, "USD", YTD, "11.27 billion", S_DE, partner="Germany", product=LIB),
        fact("China", "exports", "share", 18.1, "percent", YTD, "18.1", S_DE, partner="Germany", product=LIB),
        fact("China", "exports", "growth", -13.9, "percent", YTD, "13.9", S_US, partner="United States", product=LIB),
        fact("China", "exports", "value", 9.94e9, "USD", YTD, "9.94 billion", S_US, partner="United States", product=LIB),
        fact("China", "exports", "growth", -13.2, "percent", YTD, "13.2", S_SOLAR, product="solar cells and modules"),
        fact("China", "exports", "value", 22.4e9, "USD", YTD, "22.4 billion", S_SOLAR, product="solar cells and modules"),
        fact("China", "exports", "value", 955.4e9, "CNY", YTD, "955.4 billion", S_NEW3, product="new three"),
        fact("China", "exports", "growth", 9.6, "percent", YTD, "9.6", S_NEW3, product="new three"),
        fact("China", "exports", "share", 4.4, "percent", YTD, "4.4", S_NEW3, product="new three"),
        fact("China", "exports", "share", 37, "percent", YTD, "37", "Electric vehicles made up about 37 percent of that sum.", product="electric vehicles", qualifier="approx"),
    ],
}
