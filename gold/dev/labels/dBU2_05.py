from _fact import fact, period

NZ = "New Zealand"
OCT = period(2026, 10)
OCT_2025 = period(2025, 10)
YEAR_TO_OCT = {"start": "2025-11", "end": "2026-10"}  # year ended October 2026
PREV_YEAR_TO_OCT = {"start": "2024-11", "end": "2025-10"}  # the previous October year
DAIRY = "milk powder, butter and cheese"

ARTICLE = {
    "id": "dBU2_05",
    "title": "Dairy lifts exports but October trade still in the red",
    "publisher": "RNZ",
    "published": "2026-11-26",
    "notes": [
        "Real figures: none (October 2026 has not happened). Modelled on RNZ, NZ Herald and wire reports "
        "of Stats NZ's monthly overseas merchandise trade release: monthly and annual (year ended October) "
        "balances, dairy (milk powder, butter and cheese), meat, logs, fruit, exports to China, Australia, "
        "the US and the EU, seasonally adjusted month-on-month moves. Invented: every figure. Derived: "
        "monthly balance 6.48 - 7.93 = -1.45 bn; October 2025 exports 6.48 - 0.447 = 6.033 bn and imports "
        "7.93 / 1.031 = 7.691 bn give the -1.66 bn deficit; 1.45 / 6.48 = 22% of exports; annual balance "
        "76.92 - 80.45 = -3.53 bn; previous year 72.43 - 78.26 = -5.83 bn, consistent with 6.2% and 2.8% "
        "growth; dairy 1.90 bn vs 1.638 bn = 16%; milk powder 926 vs 778 = 19%; butter 293 vs 222 = 32%.",
        "Judgement calls: all money is NZD. The first figure is written NZ$1.45 billion (value_text "
        "'1.45 billion', the multi-letter symbol dropped); later figures are written '$...' as RNZ does, "
        "after the text names New Zealand dollars, so their unit is NZD and their value_text keeps the "
        "glued '$'. 'the deficit of $1.66 billion recorded in October 2025' is a balance fact for "
        "2025-10. 'the year ended October' is 2025-11..2026-10; 'the previous October year' is "
        "2024-11..2025-10; 'Over the October year, China accounted for 25.7 percent' is an annual share. "
        "The seasonally adjusted moves 'from September' are growth with basis mom (the record has no "
        "seasonal-adjustment field). 'China remained the top destination' is rank 1 and 'Australia, the "
        "second-biggest market' rank 2 (exports). Product names are the text's: 'milk powder, butter and "
        "cheese', 'milk powder', 'butter', 'meat and edible offal', 'logs, wood and wood articles', "
        "'fruit'. Milk powder's 11 percent tonnage growth stands beside its value growth, so it is not a "
        "fact.",
        "Not facts: absolute changes '$447 million' (rise in exports; the record has no measure for a "
        "change in money); '22 percent of the month's exports' (a deficit-to-exports ratio, not a share of "
        "a whole); 11 percent milk powder tonnage growth (volume beside value); 15 percent US tariff; "
        "'12 months ago'; the $1.6 billion deficit the market expected (forecast); Global Dairy Trade "
        "index up about 4 percent (a price index); 3.9 percent of GDP current account deficit; 57.4 US "
        "cents (exchange rate); 22 December (a date); years 2025, 2027.",
        "Copy check: 10 sentences searched, 1 reworded (the milk powder sentence, whose value-up, "
        "quantity-up-only-by clause resembled a Stats NZ dairy release; reworded as a precaution).",
        "Second check: 29 sentences searched, 2 reworded.",
    ],
    "facts": [
        # monthly balance
        fact(NZ, "balance", "value", -1.45e9, "NZD", OCT, "1.45 billion",
             "Figures released by Stats NZ on Thursday put the monthly goods trade deficit at NZ$1.45 billion"),
        fact(NZ, "balance", "value", -1.66e9, "NZD", OCT_2025, "$1.66 billion",
             "smaller than the deficit of $1.66 billion recorded in October 2025"),
        # monthly exports and imports
        fact(NZ, "exports", "value", 6.48e9, "NZD", OCT, "$6.48 billion",
             "At $6.48 billion, goods exports were up 7.4 percent, or $447 million, on their level a year earlier."),
        fact(NZ, "exports", "growth", 7.4, "percent", OCT, "7.4",
             "At $6.48 billion, goods exports were up 7.4 percent, or $447 million, on their level a year earlier."),
        fact(NZ, "imports", "growth", 3.1, "percent", OCT, "3.1",
             "Imports increased 3.1 percent to $7.93 billion"),
        fact(NZ, "imports", "value", 7.93e9, "NZD", OCT, "$7.93 billion",
             "Imports increased 3.1 percent to $7.93 billion"),
        fact(NZ, "exports", "growth", 2.4, "percent", OCT, "2.4",
             "In seasonally adjusted terms, exports lifted 2.4 percent from September", basis="mom"),
        fact(NZ, "imports", "growth", -1.1, "percent", OCT, "1.1",
             "In seasonally adjusted terms, exports lifted 2.4 percent from September, while imports dipped 1.1 percent.",
             basis="mom"),
        # annual
        fact(NZ, "balance", "value", -3.53e9, "NZD", YEAR_TO_OCT, "$3.53 billion",
             "Over the year ended October, New Zealand's goods trade deficit narrowed to $3.53 billion"),
        fact(NZ, "balance", "value", -5.83e9, "NZD", PREV_YEAR_TO_OCT, "$5.83 billion",
             "Over the year ended October, New Zealand's goods trade deficit narrowed to $3.53 billion from $5.83 billion in the previous October year."),
        fact(NZ, "exports", "growth", 6.2, "percent", YEAR_TO_OCT, "6.2",
             "Annual exports climbed 6.2 percent to $76.92 billion"),
        fact(NZ, "exports", "value", 76.92e9, "NZD", YEAR_TO_OCT, "$76.92 billion",
             "Annual exports climbed 6.2 percent to $76.92 billion"),
        fact(NZ, "imports", "growth", 2.8, "percent", YEAR_TO_OCT, "2.8",
             "Annual exports climbed 6.2 percent to $76.92 billion, outpacing a 2.8 percent rise in imports"),
        fact(NZ, "imports", "value", 80.45e9, "NZD", YEAR_TO_OCT, "$80.45 billion",
             "Annual exports climbed 6.2 percent to $76.92 billion, outpacing a 2.8 percent rise in imports, which reached $80.45 billion."),
        # dairy, meat, logs, fruit
        fact(NZ, "exports", "value", 1.90e9, "NZD", OCT, "$1.90 billion",
             "Milk powder, butter and cheese, the backbone of the export trade, brought in $1.90 billion last month",
             product=DAIRY),
        fact(NZ, "exports", "growth", 16, "percent", OCT, "16",
             "Milk powder, butter and cheese, the backbone of the export trade, brought in $1.90 billion last month, 16 percent more than in October 2025.",
             product=DAIRY),
        fact(NZ, "exports", "value", 926e6, "NZD", OCT, "$926 million",
             "milk powder earned $926 million, up 19 percent", product="milk powder"),
        fact(NZ, "exports", "growth", 19, "percent", OCT, "19",
             "milk powder earned $926 million, up 19 percent", product="milk powder"),
        fact(NZ, "exports", "growth", 32, "percent", OCT, "32",
             "Butter jumped 32 percent to $293 million", product="butter"),
        fact(NZ, "exports", "value", 293e6, "NZD", OCT, "$293 million",
             "Butter jumped 32 percent to $293 million", product="butter"),
        fact(NZ, "exports", "quantity", 27400, "tonnes", OCT, "27,400",
             "Butter jumped 32 percent to $293 million, with 27,400 tonnes sent offshore.", product="butter"),
        fact(NZ, "exports", "growth", -4.5, "percent", OCT, "4.5",
             "Meat and edible offal went the other way, sliding 4.5 percent to $921 million",
             product="meat and edible offal"),
        fact(NZ, "exports", "value", 921e6, "NZD", OCT, "$921 million",
             "Meat and edible offal went the other way, sliding 4.5 percent to $921 million",
             product="meat and edible offal"),
        fact(NZ, "exports", "growth", 2.3, "percent", OCT, "2.3",
             "Logs, wood and wood articles edged up 2.3 percent", product="logs, wood and wood articles"),
        fact(NZ, "exports", "growth", 11, "percent", OCT, "11",
             "fruit exports were 11 percent higher", product="fruit"),
        # destinations
        fact(NZ, "exports", "rank", 1, "number", OCT, "top",
             "China remained the top destination, taking $1.62 billion of New Zealand goods in October",
             partner="China"),
        fact(NZ, "exports", "value", 1.62e9, "NZD", OCT, "$1.62 billion",
             "China remained the top destination, taking $1.62 billion of New Zealand goods in October",
             partner="China"),
        fact(NZ, "exports", "growth", 9.5, "percent", OCT, "9.5",
             "China remained the top destination, taking $1.62 billion of New Zealand goods in October, up 9.5 percent on a year earlier",
             partner="China"),
        fact(NZ, "exports", "rank", 2, "number", OCT, "second-biggest",
             "Exports to Australia, the second-biggest market", partner="Australia"),
        fact(NZ, "exports", "growth", -1.8, "percent", OCT, "1.8",
             "Exports to Australia, the second-biggest market, eased 1.8 percent.", partner="Australia"),
        fact(NZ, "exports", "growth", 3.4, "percent", OCT, "3.4",
             "Sales to the United States rose 3.4 percent to $742 million", partner="United States"),
        fact(NZ, "exports", "value", 742e6, "NZD", OCT, "$742 million",
             "Sales to the United States rose 3.4 percent to $742 million", partner="United States"),
        fact(NZ, "exports", "growth", -5.2, "percent", OCT, "5.2",
             "shipments to the European Union fell 5.2 percent to $398 million", partner="European Union"),
        fact(NZ, "exports", "value", 398e6, "NZD", OCT, "$398 million",
             "shipments to the European Union fell 5.2 percent to $398 million", partner="European Union"),
        fact(NZ, "exports", "share", 25.7, "percent", YEAR_TO_OCT, "25.7",
             "Over the October year, China accounted for 25.7 percent of all goods exports.", partner="China"),
    ],
}
