from _fact import fact, period

Q1_Q3 = period(2025, 1, 9)
SEPTEMBER = period(2025, 9)
NEV = "new energy vehicles"
UAE = "United Arab Emirates"

CAAM = "the country exported 4.95 million vehicles between January and September, an increase of 14.8% year-on-year"
CUSTOMS = (
    "Customs statistics, compiled under another statistical definition that also counts chassis and some used "
    "vehicles, recorded 5.22 million cars exported with a value of 741.9 billion yuan ($103.6 billion), up 9.1% in "
    "value terms"
)
NEVS = (
    "CAAM data show NEV exports, which include fuel cell, plug-in hybrid and pure electric models, jumped 89.4% to "
    "1.76 million units, raising their portion of total exports to 35.5%"
)
FUEL = "exports of fuel cars declined 5.7% to 3.19 million"
PASSENGER = "Of all vehicles exported, 4.28 million were passenger cars, up 13.7%"
SEPT = (
    "China exported 652,000 autos in September, the highest for any month on record, up 21.0% year on year and 6.7% "
    "higher than in August"
)
SEPT_NEV = (
    "That month's NEV exports were 222,000, roughly twice the year-earlier figure but 0.9% below the August level"
)
MEXICO = (
    "Over the nine months Mexico took 410,700 units, up 16.0%, displacing Russia to become the top market for China's"
    " cars"
)
UAE_EV = (
    "In second place came the United Arab Emirates, a hub for re-exports to Africa and the Middle East, with 367,800 "
    "vehicles, up 59.2%"
)
RUSSIA = "Russia fell to third, with shipments plunging 58.0% to 357,700"
BELGIUM = "Belgium, the chief entry point into the EU for China's electric cars, received 233,700 vehicles"
BRAZIL = "Brazil took 176,400 passenger cars from China, up 36.2%"

ARTICLE = {
    "id": "dZ1_06_caixin_china_auto_exports_q1_q3",
    "title": "Analysis: Record Nine-Month Car Exports for China as New Energy Models Rise and Russian Demand Wanes",
    "publisher": "Caixin",
    "published": "2025-10-22",
    "notes": [
        "Running period: January-September 2025 ('the first nine months of 2025', 'between January and September', "
        "'the nine months'); September figures are 2025-09.",
        "Two sources for one total: CAAM's 4.95 million units (+14.8%) and customs' 5.22 million with a value of "
        "741.9 billion yuan ($103.6 billion, +9.1% in value). They disagree beyond rounding because the scopes differ; "
        "the record has no source field, so both are labelled as written. The '$103.6 billion' has no 'about': exact.",
        "The customs sentence gives the value growth (9.1%) and no unit growth, so nothing is dropped as 'volume "
        "growth beside value growth'; CAAM's 14.8% unit growth stands alone (no CAAM value) and is labelled.",
        "Goods named several ways: product follows each evidence's own word: 'vehicles' (CAAM total, UAE, "
        "Belgium), 'cars' (customs, Mexico), 'autos' (September total), 'passenger cars', 'fuel cars'. Russia's "
        "evidence names no good: 'cars' from the paragraph's 'top market for China's cars'.",
        "NEVs: the text defines the acronym, so product is written out as 'new energy vehicles' everywhere (by analogy "
        "with the guide's rule for defined acronyms in area), including 'NEV exports' in September.",
        "'NEV exports' (Jan-Sep and September) are exports; 'raising their portion of total exports to 35.5%' is the "
        "NEV share of vehicle exports (share, product new energy vehicles).",
        "Quantities in units/vehicles have unit 'number'; bare '3.19 million', '222,000', '357,700', '176,400' take "
        "units from context.",
        "September: 'up 21.0% year on year' is yoy; '6.7% higher than in August' and '0.9% below the August level' are "
        "comparisons with the month before: basis mom, period stays September.",
        "Ranks among destinations of China's car exports: Mexico 'top' = 1, UAE 'second' = 2, Russia 'third' = 3, "
        "period Jan-Sep. 'the highest for any month on record' is a milestone: out.",
        "Out: 'more than doubled' (plug-in hybrids) and 'roughly twice' (September NEVs) give no numeral; EU duties "
        "of up to 35.3%, Mexico's proposed tariffs of up to 50%, Brazil's duty; average customs value per vehicle "
        "(about $19,800) is a unit value, not a trade flow; Chery's 936,000 vehicles is a company's figure, not an "
        "area's; the analyst's forecast of over 6.5 million for the full year.",
    ],
    "facts": [
        fact("China", "exports", "quantity", 4.95e6, "number", Q1_Q3, "4.95 million", CAAM, product="vehicles"),
        fact("China", "exports", "growth", 14.8, "percent", Q1_Q3, "14.8", CAAM, product="vehicles"),
        fact("China", "exports", "quantity", 5.22e6, "number", Q1_Q3, "5.22 million", CUSTOMS, product="cars"),
        fact("China", "exports", "value", 741.9e9, "CNY", Q1_Q3, "741.9 billion", CUSTOMS, product="cars"),
        fact("China", "exports", "value", 103.6e9, "USD", Q1_Q3, "103.6 billion", CUSTOMS, product="cars"),
        fact("China", "exports", "growth", 9.1, "percent", Q1_Q3, "9.1", CUSTOMS, product="cars"),
        fact("China", "exports", "growth", 89.4, "percent", Q1_Q3, "89.4", NEVS, product=NEV),
        fact("China", "exports", "quantity", 1.76e6, "number", Q1_Q3, "1.76 million", NEVS, product=NEV),
        fact("China", "exports", "share", 35.5, "percent", Q1_Q3, "35.5", NEVS, product=NEV),
        fact("China", "exports", "growth", -5.7, "percent", Q1_Q3, "5.7", FUEL, product="fuel cars"),
        fact("China", "exports", "quantity", 3.19e6, "number", Q1_Q3, "3.19 million", FUEL, product="fuel cars"),
        fact("China", "exports", "quantity", 4.28e6, "number", Q1_Q3, "4.28 million", PASSENGER,
             product="passenger cars"),
        fact("China", "exports", "growth", 13.7, "percent", Q1_Q3, "13.7", PASSENGER, product="passenger cars"),
        fact("China", "exports", "quantity", 652000, "number", SEPTEMBER, "652,000", SEPT, product="autos"),
        fact("China", "exports", "growth", 21.0, "percent", SEPTEMBER, "21.0", SEPT, product="autos"),
        fact("China", "exports", "growth", 6.7, "percent", SEPTEMBER, "6.7", SEPT, product="autos", basis="mom"),
        fact("China", "exports", "quantity", 222000, "number", SEPTEMBER, "222,000", SEPT_NEV, product=NEV),
        fact("China", "exports", "growth", -0.9, "percent", SEPTEMBER, "0.9", SEPT_NEV, product=NEV, basis="mom"),
        fact("China", "exports", "rank", 1, "number", Q1_Q3, "top", MEXICO, partner="Mexico", product="cars"),
        fact("China", "exports", "quantity", 410700, "number", Q1_Q3, "410,700", MEXICO, partner="Mexico",
             product="cars"),
        fact("China", "exports", "growth", 16.0, "percent", Q1_Q3, "16.0", MEXICO, partner="Mexico", product="cars"),
        fact("China", "exports", "rank", 2, "number", Q1_Q3, "second", UAE_EV, partner=UAE, product="vehicles"),
        fact("China", "exports", "quantity", 367800, "number", Q1_Q3, "367,800", UAE_EV, partner=UAE,
             product="vehicles"),
        fact("China", "exports", "growth", 59.2, "percent", Q1_Q3, "59.2", UAE_EV, partner=UAE, product="vehicles"),
        fact("China", "exports", "rank", 3, "number", Q1_Q3, "third", RUSSIA, partner="Russia", product="cars"),
        fact("China", "exports", "growth", -58.0, "percent", Q1_Q3, "58.0", RUSSIA, partner="Russia", product="cars"),
        fact("China", "exports", "quantity", 357700, "number", Q1_Q3, "357,700", RUSSIA, partner="Russia",
             product="cars"),
        fact("China", "exports", "quantity", 233700, "number", Q1_Q3, "233,700", BELGIUM, partner="Belgium",
             product="vehicles"),
        fact("China", "exports", "growth", 36.2, "percent", Q1_Q3, "36.2", BRAZIL, partner="Brazil",
             product="passenger cars"),
        fact("China", "exports", "quantity", 176400, "number", Q1_Q3, "176,400", BRAZIL, partner="Brazil",
             product="passenger cars"),
    ],
}
