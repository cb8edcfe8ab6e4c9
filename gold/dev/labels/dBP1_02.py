from _fact import fact, period

CN = "China"
NOV = period(2026, 11)
OCT = period(2026, 10)
JN = period(2026, 1, 11)
JN25 = period(2025, 1, 11)
US = "United States"
RE = "rare earths"
SOY = "soybeans"
STEEL = "steel"

E_EXP = "Shipments abroad in November were 4.2% higher than a year earlier, faster than October's 2.6% gain"
E_VAL = "exports came to $344.18 billion and imports to $221.69 billion"
E_BAL = "leaving the trade surplus at $122.49 billion last month, up from $104.86 billion in October"
E_YTD = "For the first 11 months of the year, exports were up 5.1% while imports fell 0.6%"
E_YTDB = ("lifting the cumulative surplus to $1.16 trillion, more than the $1.08 trillion piled up over the same "
          "stretch of 2025")
E_ASEAN = "those to the Association of Southeast Asian Nations, China's largest trading partner so far this year, jumped 11.7%"
E_RE = "rare earth exports came to 5,812.6 metric tons, up 5.8% on October"
E_RE_YTD = ("Rare earth exports for January-November totalled 62,430.5 tons, 7.3% more than in the same months of "
            "last year")
E_SOY = "Soybean imports reached 8.64 million tons, 6.5% more than in November 2025"
E_ST = "Steel exports came to 10.12 million tons, 3.6% less than in October"
E_ST_YTD = "For the year to date, the country sold 113.5 million tons of steel abroad, up 4.9%"

ARTICLE = {
    "id": "dBP1_02",
    "title": "Southeast Asian, African demand lifts China's November exports past forecasts despite US slump",
    "publisher": "Reuters",
    "published": "2026-12-08",
    "notes": [
        "Real figures: the January-November 2025 surplus of $1.08 trillion (the comparison base). Modelled on "
        "real base levels: November 2025 exports ($330.3 billion) and imports ($218.6 billion), and rare earth "
        "exports of 58,193.1 tons in January-November 2025. Invented: every 2026 figure. Derived and checked: "
        "surplus 122.49 = 344.18 - 221.69; 344.18/330.3 = +4.2%; 221.69/218.6 = +1.4%; 62,430.5/58,193.1 = +7.3%.",
        "Judgement calls: area China throughout; 'last month' = November 2026 (published 2026-12-08). The October "
        "growth rates (2.6% gain, 0.8% slip) and October surplus are October facts, not comparison bases only. "
        "'purchases of American goods' = China's imports from the United States. 'so far this year' with data "
        "through November gives ASEAN's rank the period January-November 2026 (flow total). Commodity growth in "
        "tonnes (rare earths, soybeans, steel) is labelled as growth of the commodity flow: no value growth stands "
        "beside it, so it is not the out-of-scope 'volume growth beside value growth'. Rare earths 'up 5.8% on "
        "October' and steel '3.6% less than in October' are basis mom; soybean '6.5% more than in November "
        "2025' is yoy for November 2026. The $1.08 trillion after 'more than the' is exact: 'more than' compares, it "
        "does not qualify that figure.",
        "Not facts: Reuters poll forecasts (3.0%, 2.2%, $115.0 billion); the 'roughly 31%' average US tariff; "
        "'the 17 minerals'; 'a third month running' (streak); the 25 million tons a year soybean "
        "commitment and 2026 (pledge, year); PMI 49.4 and the 50 threshold; the yuan near 7.03 per dollar; "
        "South Korea's exports over the first 20 days of November up 8.1% (part of a month, another economy's "
        "indicator); the growth target of around 5%.",
        "Copy check: 10 sentences searched, 0 reworded. Edited before labelling (not for copying): the rare earth "
        "and soybean year-to-date sentences were made to name their commodity so that each evidence shows what "
        "it measures.",
        "Second check: 25 sentences searched, 9 reworded.",
    ],
    "facts": [
        fact(CN, "exports", "growth", 4.2, "percent", NOV, "4.2", E_EXP),
        fact(CN, "exports", "growth", 2.6, "percent", OCT, "2.6", E_EXP),
        fact(CN, "imports", "growth", 1.4, "percent", NOV, "1.4", "Imports edged up 1.4%"),
        fact(CN, "imports", "growth", -0.8, "percent", OCT, "0.8",
             "an improvement on October, when inbound shipments slipped 0.8%"),
        fact(CN, "exports", "value", 344.18e9, "USD", NOV, "$344.18 billion", E_VAL),
        fact(CN, "imports", "value", 221.69e9, "USD", NOV, "$221.69 billion", E_VAL),
        fact(CN, "balance", "value", 122.49e9, "USD", NOV, "$122.49 billion", E_BAL),
        fact(CN, "balance", "value", 104.86e9, "USD", OCT, "$104.86 billion", E_BAL),
        fact(CN, "exports", "growth", 5.1, "percent", JN, "5.1", E_YTD),
        fact(CN, "imports", "growth", -0.6, "percent", JN, "0.6", E_YTD),
        fact(CN, "balance", "value", 1.16e12, "USD", JN, "$1.16 trillion", E_YTDB),
        fact(CN, "balance", "value", 1.08e12, "USD", JN25, "$1.08 trillion", E_YTDB),
        fact(CN, "exports", "growth", -12.4, "percent", NOV, "12.4",
             "Shipments to the United States dropped 12.4% from a year earlier in November", partner=US),
        fact(CN, "imports", "growth", -8.9, "percent", NOV, "8.9",
             "while purchases of American goods shrank 8.9%", partner=US),
        fact(CN, "balance", "value", 21.4e9, "USD", NOV, "$21.4 billion",
             "Reuters put China's November surplus with the United States at $21.4 billion", partner=US),
        fact(CN, "exports", "growth", 9.3, "percent", NOV, "9.3",
             "Exports to the European Union rose 9.3%", partner="European Union"),
        fact(CN, "exports", "growth", 11.7, "percent", NOV, "11.7", E_ASEAN, partner="ASEAN"),
        fact(CN, "total", "rank", 1, "number", JN, "largest",
             "the Association of Southeast Asian Nations, China's largest trading partner so far this year",
             partner="ASEAN"),
        fact(CN, "exports", "growth", 22.5, "percent", NOV, "22.5", "Sales to Africa climbed 22.5%", partner="Africa"),
        fact(CN, "exports", "growth", 5.8, "percent", NOV, "5.8", E_RE, product=RE, basis="mom"),
        fact(CN, "exports", "quantity", 5812.6, "tonnes", NOV, "5,812.6", E_RE, product=RE),
        fact(CN, "exports", "quantity", 62430.5, "tonnes", JN, "62,430.5", E_RE_YTD, product=RE),
        fact(CN, "exports", "growth", 7.3, "percent", JN, "7.3", E_RE_YTD, product=RE),
        fact(CN, "imports", "quantity", 8.64e6, "tonnes", NOV, "8.64 million", E_SOY, product=SOY),
        fact(CN, "imports", "growth", 6.5, "percent", NOV, "6.5", E_SOY, product=SOY),
        fact(CN, "imports", "quantity", 101.37e6, "tonnes", JN, "101.37 million",
             "Soybean arrivals for the first 11 months totalled 101.37 million tons", product=SOY),
        fact(CN, "exports", "growth", -3.6, "percent", NOV, "3.6", E_ST, product=STEEL, basis="mom"),
        fact(CN, "exports", "quantity", 10.12e6, "tonnes", NOV, "10.12 million", E_ST, product=STEEL),
        fact(CN, "exports", "quantity", 113.5e6, "tonnes", JN, "113.5 million", E_ST_YTD, product=STEEL),
        fact(CN, "exports", "growth", 4.9, "percent", JN, "4.9", E_ST_YTD, product=STEEL),
    ],
}
