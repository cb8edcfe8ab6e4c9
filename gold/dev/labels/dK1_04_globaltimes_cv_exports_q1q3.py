from _fact import fact, period

P = period(2025, 1, 9)
SEP = period(2025, 9)
CV = "commercial vehicles"
E_TOT = "commercial vehicle exports to 718,000 units in the first three quarters of 2025, a year-on-year rise of 13.2 percent"
E_SEP = ("September by itself saw 86,000 commercial vehicles shipped abroad, 19.5 percent more than a year earlier "
         "and an increase of 6.2 percent over August")
E_TYPE = ("overseas truck sales came to 641,000 units in the January-September period, an 11.6 percent gain, "
          "and bus shipments reached 77,000 units after a 28.3 percent surge")
E_HDT = "Heavy-duty trucks represented 215,000 of those truck units, 8.9 percent more than a year before"
E_NEV = "Overseas sales of new-energy commercial vehicles reached 41,000 units, up 126.4 percent"
E_MX = "Mexico displaced Russia as the largest market with 86,200 units, equal to 12 percent of the total"
E_RU = "Russia's share fell to 9.4 percent, compared with 23.8 percent in the same period of 2024"
E_AF = "Shipments to Africa rose 38.6 percent to 104,000 units"
E_ALL = "the country shipped 4.95 million vehicles of all kinds abroad, 14.8 percent more than a year earlier, of which commercial vehicles represented 14.5 percent"

ARTICLE = {
    "id": "dK1_04_globaltimes_cv_exports_q1q3",
    "title": "Mexican, African buyers drive record Chinese commercial vehicle exports in first three quarters",
    "publisher": "Global Times",
    "published": "2025-10-21",
    "notes": [
        "Running period: January-September 2025, stated in the text; September alone is 2025-09.",
        "Unit counts of vehicles are quantity facts with unit number; unit growth is in because no value growth is given beside it.",
        "'an increase of 6.2 percent over August' is month-on-month growth of September units (basis mom).",
        "Heavy-duty trucks are a part of the truck total: own product, labelled separately.",
        "Mexico 'largest market' labelled rank 1 (partner Mexico); '12 percent of the total' is Mexico's share of commercial vehicle exports.",
        "Russia's share: 9.4 for Jan-Sep 2025 and 23.8 for Jan-Sep 2024 ('in the same period of 2024').",
        "'Set against 2019 ... in that entire year, China sent 189,000 commercial vehicles overseas': the 2019 quantity is a stated "
        "trade flow and is labelled (period 2019); 'close to 3.8 times as high' is a derived comparison with 2019: out.",
        "'4.95 million vehicles of all kinds': product vehicles; 'commercial vehicles represented 14.5 percent' is the share of "
        "commercial vehicles in vehicle exports, partner null.",
        "'a record for the January-September period' is a record claim, not a rank: out.",
        "Domestic sales (2.33 million units), the 950,000 forecast, the 50 percent Mexican tariff and 'two increases ... within 12 months': out.",
    ],
    "facts": [
        fact("China", "exports", "quantity", 718000, "number", P, "718,000", E_TOT, product=CV),
        fact("China", "exports", "growth", 13.2, "percent", P, "13.2", E_TOT, product=CV),
        fact("China", "exports", "quantity", 86000, "number", SEP, "86,000", E_SEP, product=CV),
        fact("China", "exports", "growth", 19.5, "percent", SEP, "19.5", E_SEP, product=CV),
        fact("China", "exports", "growth", 6.2, "percent", SEP, "6.2", E_SEP, product=CV, basis="mom"),
        fact("China", "exports", "quantity", 641000, "number", P, "641,000", E_TYPE, product="trucks"),
        fact("China", "exports", "growth", 11.6, "percent", P, "11.6", E_TYPE, product="trucks"),
        fact("China", "exports", "growth", 28.3, "percent", P, "28.3", E_TYPE, product="buses"),
        fact("China", "exports", "quantity", 77000, "number", P, "77,000", E_TYPE, product="buses"),
        fact("China", "exports", "quantity", 215000, "number", P, "215,000", E_HDT, product="heavy-duty trucks"),
        fact("China", "exports", "growth", 8.9, "percent", P, "8.9", E_HDT, product="heavy-duty trucks"),
        fact("China", "exports", "growth", 126.4, "percent", P, "126.4", E_NEV, product="new-energy commercial vehicles"),
        fact("China", "exports", "quantity", 41000, "number", P, "41,000", E_NEV, product="new-energy commercial vehicles"),
        fact("China", "exports", "value", 19.64e9, "USD", P, "19.64 billion",
             "commercial vehicle exports were worth $19.64 billion over the nine months", product=CV),
        fact("China", "exports", "rank", 1, "number", P, "largest", E_MX, partner="Mexico", product=CV),
        fact("China", "exports", "quantity", 86200, "number", P, "86,200", E_MX, partner="Mexico", product=CV),
        fact("China", "exports", "share", 12, "percent", P, "12", E_MX, partner="Mexico", product=CV),
        fact("China", "exports", "share", 9.4, "percent", P, "9.4", E_RU, partner="Russia", product=CV),
        fact("China", "exports", "share", 23.8, "percent", period(2024, 1, 9), "23.8", E_RU, partner="Russia", product=CV),
        fact("China", "exports", "growth", 38.6, "percent", P, "38.6", E_AF, partner="Africa", product=CV),
        fact("China", "exports", "quantity", 104000, "number", P, "104,000", E_AF, partner="Africa", product=CV),
        fact("China", "exports", "quantity", 189000, "number", period(2019, 1, 12), "189,000",
             "Set against 2019 the shift looks bigger still: in that entire year, China sent 189,000 commercial vehicles overseas", product=CV),
        fact("China", "exports", "quantity", 4.95e6, "number", P, "4.95 million", E_ALL, product="vehicles"),
        fact("China", "exports", "growth", 14.8, "percent", P, "14.8", E_ALL, product="vehicles"),
        fact("China", "exports", "share", 14.5, "percent", P, "14.5", E_ALL, product=CV),
    ],
}
