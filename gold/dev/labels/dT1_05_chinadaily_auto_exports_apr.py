from _fact import fact, period

APRIL = period(2026, 4)
FOUR_MONTHS = period(2026, 1, 4)
LAST_YEAR = period(2025, 1, 12)
YEAR_2023 = period(2023, 1, 12)
AREA = "China"
VEHICLES = "vehicles"
NEVS = "new energy vehicles"
E_APRIL = "carmakers in China sent 728,000 vehicles overseas last month, a rise of 21.4 percent year-on-year and of 3.2 percent from March"
E_NEV_APRIL = "Exports of NEVs soared 53.7 percent year-on-year to 312,000 units in April"
E_NEV_SHARE = "giving them a 42.9 percent share of all vehicles exported that month"
E_FOUR_MONTHS = "January-April vehicle exports totalled 2.76 million units, 17.9 percent more than a year before."
E_SEGMENTS = (
    "Passenger vehicles contributed 2.35 million units of that, up 18.6 percent, "
    "while commercial vehicles contributed 410,000 units, up 14.1 percent."
)
E_NEV_FOUR_MONTHS = "Over the four months, NEV exports surged 61.2 percent to 1.18 million units"
E_CUSTOMS = (
    "January-April exports of automobiles, including chassis, were worth 338.4 billion yuan ($47.1 billion)"
)
E_MEXICO = (
    "Mexico was still the largest single market for Chinese-built vehicles, taking in 231,000 units from January "
    "to April, 27.5 percent more than a year earlier"
)
E_RUSSIA = "exports to Russia, formerly the leading destination, plunged 38.2 percent to 142,000 units"
E_EUROPE = "NEV shipments to Europe rose 35.4 percent"
E_HISTORY = (
    "China passed Japan in 2023 to become the largest auto exporter in the world, and it sent about 7.1 million "
    "vehicles overseas last year"
)

ARTICLE = {
    "id": "dT1_05_chinadaily_auto_exports_apr",
    "title": "NEVs power China's strong run in vehicle exports",
    "publisher": "China Daily",
    "published": "2026-05-12",
    "notes": [
        "The body gives no year for its figures ('last month', 'first four months', 'this year'); the year 2026 "
        "comes from the byline/published date. 'last year' is 2025.",
        "Vehicle counts are quantities with unit 'number' (the guide lists vehicles under quantity).",
        "'3.2 percent from March' is month-on-month (basis mom); the other April rates are year on year.",
        "'giving them a 42.9 percent share of all vehicles exported that month': the NEV share of April vehicle "
        "exports, subject carried over from the start of the sentence.",
        "Product for the CAAM totals is 'vehicles'; the customs value figure says 'exports of automobiles, including "
        "chassis' and is labelled with product 'automobiles', a separate observation from the unit counts.",
        "The customs value is given in yuan and in dollars without 'about': CNY and USD facts, both exact.",
        "No value growth is given, so the unit growth rates stand alone and are labelled (not volume beside value).",
        "Mexico 'was still the largest single market' labelled as rank 1 of China's vehicle exports to Mexico; "
        "Russia 'formerly the leading destination' has no period and is not labelled as a rank.",
        "'in 2023 to become the largest auto exporter in the world' labelled as rank 1 for 2023 (product vehicles); "
        "'about 7.1 million vehicles overseas last year' labelled approx for 2025.",
        "Out of scope: domestic sales (2.63 million units, up 2.8 percent), NEV share of domestic new vehicle sales "
        "(54.6 percent), the analyst's forecast (exceed 8 million, close to half NEVs), the CAAM's January forecast "
        "(around 10 percent), BYD's overseas sales (a company, not an area), ship capacities, the 2024 duties.",
        "'much of the gain coming from plug-in hybrids': no number, not labelled.",
    ],
    "facts": [
        fact(AREA, "exports", "quantity", 728000, "number", APRIL, "728,000", E_APRIL, product=VEHICLES),
        fact(AREA, "exports", "growth", 21.4, "percent", APRIL, "21.4", E_APRIL, product=VEHICLES),
        fact(AREA, "exports", "growth", 3.2, "percent", APRIL, "3.2", E_APRIL, product=VEHICLES, basis="mom"),
        fact(AREA, "exports", "quantity", 312000, "number", APRIL, "312,000", E_NEV_APRIL, product=NEVS),
        fact(AREA, "exports", "growth", 53.7, "percent", APRIL, "53.7", E_NEV_APRIL, product=NEVS),
        fact(AREA, "exports", "share", 42.9, "percent", APRIL, "42.9", E_NEV_SHARE, product=NEVS),
        fact(AREA, "exports", "quantity", 2.76e6, "number", FOUR_MONTHS, "2.76 million", E_FOUR_MONTHS,
             product=VEHICLES),
        fact(AREA, "exports", "growth", 17.9, "percent", FOUR_MONTHS, "17.9", E_FOUR_MONTHS, product=VEHICLES),
        fact(AREA, "exports", "quantity", 2.35e6, "number", FOUR_MONTHS, "2.35 million", E_SEGMENTS,
             product="passenger vehicles"),
        fact(AREA, "exports", "growth", 18.6, "percent", FOUR_MONTHS, "18.6", E_SEGMENTS,
             product="passenger vehicles"),
        fact(AREA, "exports", "quantity", 410000, "number", FOUR_MONTHS, "410,000", E_SEGMENTS,
             product="commercial vehicles"),
        fact(AREA, "exports", "growth", 14.1, "percent", FOUR_MONTHS, "14.1", E_SEGMENTS,
             product="commercial vehicles"),
        fact(AREA, "exports", "growth", 61.2, "percent", FOUR_MONTHS, "61.2", E_NEV_FOUR_MONTHS, product=NEVS),
        fact(AREA, "exports", "quantity", 1.18e6, "number", FOUR_MONTHS, "1.18 million", E_NEV_FOUR_MONTHS,
             product=NEVS),
        fact(AREA, "exports", "value", 338.4e9, "CNY", FOUR_MONTHS, "338.4 billion", E_CUSTOMS,
             product="automobiles"),
        fact(AREA, "exports", "value", 47.1e9, "USD", FOUR_MONTHS, "47.1 billion", E_CUSTOMS, product="automobiles"),
        fact(AREA, "exports", "rank", 1, "number", FOUR_MONTHS, "largest", E_MEXICO, partner="Mexico",
             product=VEHICLES),
        fact(AREA, "exports", "quantity", 231000, "number", FOUR_MONTHS, "231,000", E_MEXICO, partner="Mexico",
             product=VEHICLES),
        fact(AREA, "exports", "growth", 27.5, "percent", FOUR_MONTHS, "27.5", E_MEXICO, partner="Mexico",
             product=VEHICLES),
        fact(AREA, "exports", "growth", -38.2, "percent", FOUR_MONTHS, "38.2", E_RUSSIA, partner="Russia",
             product=VEHICLES),
        fact(AREA, "exports", "quantity", 142000, "number", FOUR_MONTHS, "142,000", E_RUSSIA, partner="Russia",
             product=VEHICLES),
        fact(AREA, "exports", "growth", 35.4, "percent", FOUR_MONTHS, "35.4", E_EUROPE, partner="Europe",
             product=NEVS),
        fact(AREA, "exports", "rank", 1, "number", YEAR_2023, "largest", E_HISTORY, product=VEHICLES),
        fact(AREA, "exports", "quantity", 7.1e6, "number", LAST_YEAR, "7.1 million", E_HISTORY, product=VEHICLES,
             qualifier="approx"),
    ],
}
