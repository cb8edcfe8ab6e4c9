from _fact import fact, period

SEP = period(2025, 9)
AUG = period(2025, 8)
YTD = period(2025, 1, 9)
CN = "China"
V = "vehicles"
NEV = "new energy vehicles"
AUTO = "automobiles"
E_LEAD = ("Vehicle exports from China hit 652,000 in September, the highest monthly figure on record and a 21.0 percent "
          "increase on September 2024")
E_MOM = "That was 6.5 percent more than August's 612,000 units"
E_NEV = ("222,000 were new energy vehicles (NEVs), 100.1 percent more than a year earlier and 34.0 percent of all "
         "vehicle exports")
E_NEV_MOM = "NEV exports were 0.9 percent lower than in August"
E_CONV = "The other 430,000 units were conventional fuel-powered vehicles."
E_YTD = "January-September exports reached 4.95 million vehicles, a gain of 14.8 percent"
E_NEV_YTD = "1.758 million NEVs among them, up 89.4 percent from the same months of 2024"
E_CUS = ("recorded 721,000 automobiles exported in September with a value of 12.83 billion U.S. dollars (roughly 91.4 "
         "billion yuan)")
E_CUS_YTD = "Its January-September tally of automobile exports was worth 95.9 billion dollars."
E_TOP = "Mexico is now the biggest buyer of Chinese vehicles, having overtaken Russia this year."
E_MX = "Shipments to Mexico over the first nine months totalled 410,700 vehicles, up 16.2 percent"
E_UAE = "the United Arab Emirates ranked second on 367,800, a 59.1 percent rise"
E_RU = "Russia, with 357,700 units, dropped to third place."
E_RU_VAL = "By value, customs data show car exports to Russia fell 49.3 percent in the period"
E_BE = "In fourth place was Belgium, the main gateway for Chinese NEVs into the European Union, at 233,700."
E_BR = "In September alone, exports to Brazil dropped 41.2 percent from a year earlier to 12,400 units"

ARTICLE = {
    "id": "dAT1_05_china_vehicle_exports_sep_2025",
    "title": "Record September for Chinese vehicle exports, with new energy models up twofold",
    "publisher": "China Auto Trade Review",
    "published": "2025-10-21",
    "notes": [
        "Publisher and date from the byline 'By a staff reporter | China Auto Trade Review | October 21, 2025'; the year of "
        "'September', 'August' and 'the first nine months' is 2025 from that date.",
        "Vehicle counts are measure quantity with unit 'number' (guide: quantity covers vehicles; pieces are 'number').",
        "Product follows the text's word in each passage: CAAM figures and destination figures say 'vehicles' (a bare "
        "'units' or a bare number in a vehicles paragraph inherits 'vehicles'); customs figures say 'automobiles'; the "
        "Russia value growth says 'car exports' -> 'cars'; NEV figures 'new energy vehicles'; the remainder "
        "'conventional fuel-powered vehicles'.",
        "'the highest monthly figure on record' is a milestone: out. The headline 'new energy models up twofold' has no number: the body "
        "figure 100.1 percent is labelled once.",
        "'That was 6.5 percent more than August's 612,000 units': basis mom; the same clause states August's "
        "exports: a quantity fact for 2025-08 (the comparison base is labelled as its own observation, period August).",
        "'NEV exports were 0.9 percent lower than in August': basis mom, -0.9.",
        "'34.0 percent of all vehicle exports': NEV exports share 34.0 (222,000 / 652,000 agrees).",
        "'1.758 million NEVs among them': NEV exports quantity, first nine months; 'from the same months of 2024' is "
        "the comparison base.",
        "CAAM (652,000 vehicles) and customs (721,000 automobiles, counting used cars and chassis) give different counts "
        "for September exports; both are stated, so both are labelled as written (the product words also differ).",
        "'12.83 billion U.S. dollars (roughly 91.4 billion yuan)': USD fact exact, CNY fact approx ('roughly').",
        "Destinations are January-September ('this year', 'over the first nine months', 'in the period'): Mexico rank 1 "
        "('the biggest buyer'), UAE rank 2 ('ranked second'), Russia rank 3 ('dropped to third place'), Belgium rank 4 ('In "
        "fourth place'), each with its vehicle count; Belgium's 233,700 has no unit word and is a vehicle count from context.",
        "Russia: 'By value, ... car exports to Russia fell 49.3 percent' is value growth, labelled -49.3. 'the 57.9 "
        "percent slide in vehicle numbers' is volume growth beside value growth for the same flow: out.",
        "Brazil: September (the sentence names the month), yoy, fall -41.2, quantity 12,400 vehicles.",
        "Out: the analyst's full-year expectation of about 6.5 million vehicles (forecast); 'duties as high as 50 percent' "
        "(a tariff rate, not a trade flow); 'BYD alone sold 71,256 vehicles overseas' (a company's sales, not an "
        "economy's trade); 'domestic sales rose 11.2 percent' (not trade); 'two years ago', 'National Day' (no figures).",
    ],
    "facts": [
        fact(CN, "exports", "quantity", 652000, "number", SEP, "652,000", E_LEAD, product=V),
        fact(CN, "exports", "growth", 21.0, "percent", SEP, "21.0", E_LEAD, product=V),
        fact(CN, "exports", "growth", 6.5, "percent", SEP, "6.5", E_MOM, product=V, basis="mom"),
        fact(CN, "exports", "quantity", 612000, "number", AUG, "612,000", E_MOM, product=V),
        fact(CN, "exports", "quantity", 222000, "number", SEP, "222,000", E_NEV, product=NEV),
        fact(CN, "exports", "growth", 100.1, "percent", SEP, "100.1", E_NEV, product=NEV),
        fact(CN, "exports", "share", 34.0, "percent", SEP, "34.0", E_NEV, product=NEV),
        fact(CN, "exports", "growth", -0.9, "percent", SEP, "0.9", E_NEV_MOM, product=NEV, basis="mom"),
        fact(CN, "exports", "quantity", 430000, "number", SEP, "430,000", E_CONV, product="conventional fuel-powered vehicles"),
        fact(CN, "exports", "quantity", 4.95e6, "number", YTD, "4.95 million", E_YTD, product=V),
        fact(CN, "exports", "growth", 14.8, "percent", YTD, "14.8", E_YTD, product=V),
        fact(CN, "exports", "quantity", 1.758e6, "number", YTD, "1.758 million", E_NEV_YTD, product=NEV),
        fact(CN, "exports", "growth", 89.4, "percent", YTD, "89.4", E_NEV_YTD, product=NEV),
        fact(CN, "exports", "quantity", 721000, "number", SEP, "721,000", E_CUS, product=AUTO),
        fact(CN, "exports", "value", 12.83e9, "USD", SEP, "12.83 billion", E_CUS, product=AUTO),
        fact(CN, "exports", "value", 91.4e9, "CNY", SEP, "91.4 billion", E_CUS, product=AUTO, qualifier="approx"),
        fact(CN, "exports", "value", 95.9e9, "USD", YTD, "95.9 billion", E_CUS_YTD, product=AUTO),
        fact(CN, "exports", "rank", 1, "number", YTD, "biggest", E_TOP, partner="Mexico", product=V),
        fact(CN, "exports", "quantity", 410700, "number", YTD, "410,700", E_MX, partner="Mexico", product=V),
        fact(CN, "exports", "growth", 16.2, "percent", YTD, "16.2", E_MX, partner="Mexico", product=V),
        fact(CN, "exports", "rank", 2, "number", YTD, "second", E_UAE, partner="United Arab Emirates", product=V),
        fact(CN, "exports", "quantity", 367800, "number", YTD, "367,800", E_UAE, partner="United Arab Emirates", product=V),
        fact(CN, "exports", "growth", 59.1, "percent", YTD, "59.1", E_UAE, partner="United Arab Emirates", product=V),
        fact(CN, "exports", "rank", 3, "number", YTD, "third", E_RU, partner="Russia", product=V),
        fact(CN, "exports", "quantity", 357700, "number", YTD, "357,700", E_RU, partner="Russia", product=V),
        fact(CN, "exports", "growth", -49.3, "percent", YTD, "49.3", E_RU_VAL, partner="Russia", product="cars"),
        fact(CN, "exports", "rank", 4, "number", YTD, "fourth", E_BE, partner="Belgium", product=V),
        fact(CN, "exports", "quantity", 233700, "number", YTD, "233,700", E_BE, partner="Belgium", product=V),
        fact(CN, "exports", "growth", -41.2, "percent", SEP, "41.2", E_BR, partner="Brazil", product=V),
        fact(CN, "exports", "quantity", 12400, "number", SEP, "12,400", E_BR, partner="Brazil", product=V),
    ],
}
