from _fact import fact, period

CN = "China"
NOV = period(2026, 11)
OCT = period(2026, 10)
YTD = period(2026, 1, 11)
Y2025 = period(2025, 1, 12)

ARTICLE = {
    "id": "dBU1_01",
    "title": "Africa, ASEAN demand lifts China's November exports as U.S. sales shrink again",
    "publisher": "Reuters",
    "published": "2026-12-08",
    "notes": [
        "Real figures: none for 2026 (November 2026 has not happened). Modelled on the Reuters/AP coverage of "
        "China's November 2025 trade (exports $330.3 billion, imports $218.6 billion, Jan-Nov surplus $1.08 trillion, "
        "double-digit gains to Africa/EU/Latin America, U.S. shipments down) and on Reuters rare-earth magnet stories "
        "(about 6,150 t in November 2025). Invented: every 2026 figure (destinations, products, Jan-Nov totals). "
        "The 2025 full-year surplus of $1.19 trillion is modelled on the reported 2025 record (approximate). "
        "Derived and checked: surplus 338.4 - 221.9 = 116.5; ASEAN share 61.5 / 338.4 = 18.2%; export growth 2.5% and "
        "import growth 1.5% agree with the real November 2025 bases (330.3, 218.6); Jan-Nov exports 3.57 trillion "
        "agree with 4.8% over the real Jan-Nov 2025 base (about 3.41 trillion).",
        "Judgement calls: 'a turnaround from October's 1.9% contraction' is labelled as October 2026 export growth "
        "-1.9 (a stated flow, not a comparison). 'Measured against October, exports were up 3.1%' is basis mom "
        "(a comparison with the month before stated in the text). Rare-earth magnets '4.4% more than in October' "
        "is a tonnage change labelled as mom growth (no value growth stands beside it, so it is not the "
        "out-of-scope 'volume growth beside value growth'). 'China's largest export market' is rank 1 of exports to "
        "ASEAN. 'Carmakers shipped 712,000 vehicles abroad' is a quantity in unit number with product 'cars', "
        "matching the next sentence's car exports. 'The cumulative surplus reached $1.14 trillion' takes its "
        "January-November period from the sentence before; 'the full-year record of $1.19 trillion set last year' "
        "is the 2025 balance (last year counted back from the 2026-12-08 publication). Ship sales ('ship sales to "
        "foreign buyers totalled $4.3 billion') have product 'ships'. The lead has no figures; the headline has none.",
        "Not facts: the Reuters poll forecasts (3.8% export growth, 2.0% import growth); the average U.S. tariff "
        "'roughly 37%'; 'late 2025' and '2027' (years); '20th consecutive monthly decline' (a streak); the "
        "economist's forecast 'around 3% in 2027'; the yuan's 'about 2%' gain and the exchange rate 'near 7.02'; "
        "the 'around 5%' growth target.",
        "Copy check: 10 sentences searched, 3 reworded (headline, lead, and the October-contraction clause, all "
        "close to AP/Reuters wording of November 2025 such as 'exports returned to growth in November' and "
        "'a 1.1% contraction in October').",
        "Second check: 26 sentences searched, 2 reworded.",
    ],
    "facts": [
        fact(CN, "exports", "value", 338.4e9, "USD", NOV, "$338.4 billion",
             "Outbound shipments rose 2.5% from a year earlier to $338.4 billion"),
        fact(CN, "exports", "growth", 2.5, "percent", NOV, "2.5",
             "Outbound shipments rose 2.5% from a year earlier to $338.4 billion"),
        fact(CN, "exports", "growth", -1.9, "percent", OCT, "1.9",
             "a turnaround from October's 1.9% contraction"),
        fact(CN, "exports", "growth", 3.1, "percent", NOV, "3.1",
             "Measured against October, exports were up 3.1%", basis="mom"),
        fact(CN, "imports", "value", 221.9e9, "USD", NOV, "$221.9 billion",
             "Imports edged up 1.5% to $221.9 billion"),
        fact(CN, "imports", "growth", 1.5, "percent", NOV, "1.5",
             "Imports edged up 1.5% to $221.9 billion"),
        fact(CN, "balance", "value", 116.5e9, "USD", NOV, "$116.5 billion",
             "The month's trade surplus therefore came to $116.5 billion."),
        fact(CN, "exports", "growth", -6.2, "percent", NOV, "6.2",
             "Shipments to the United States fell 6.2% year-on-year to $31.7 billion", partner="United States"),
        fact(CN, "exports", "value", 31.7e9, "USD", NOV, "$31.7 billion",
             "Shipments to the United States fell 6.2% year-on-year to $31.7 billion", partner="United States"),
        fact(CN, "exports", "growth", 9.7, "percent", NOV, "9.7",
             "Exports to the European Union climbed 9.7% to $54.3 billion", partner="European Union"),
        fact(CN, "exports", "value", 54.3e9, "USD", NOV, "$54.3 billion",
             "Exports to the European Union climbed 9.7% to $54.3 billion", partner="European Union"),
        fact(CN, "exports", "rank", 1, "number", NOV, "largest",
             "Sales to the Association of Southeast Asian Nations, China's largest export market", partner="ASEAN"),
        fact(CN, "exports", "growth", 11.2, "percent", NOV, "11.2",
             "Sales to the Association of Southeast Asian Nations, China's largest export market, increased 11.2% "
             "to $61.5 billion", partner="ASEAN"),
        fact(CN, "exports", "value", 61.5e9, "USD", NOV, "$61.5 billion",
             "Sales to the Association of Southeast Asian Nations, China's largest export market, increased 11.2% "
             "to $61.5 billion", partner="ASEAN"),
        fact(CN, "exports", "share", 18.2, "percent", NOV, "18.2",
             "Sales to the Association of Southeast Asian Nations, China's largest export market, increased 11.2% "
             "to $61.5 billion, equal to 18.2% of all outbound shipments", partner="ASEAN"),
        fact(CN, "exports", "growth", 24.6, "percent", NOV, "24.6",
             "Sales to Africa jumped 24.6% to $19.8 billion", partner="Africa"),
        fact(CN, "exports", "value", 19.8e9, "USD", NOV, "$19.8 billion",
             "Sales to Africa jumped 24.6% to $19.8 billion", partner="Africa"),
        fact(CN, "exports", "growth", 13.1, "percent", NOV, "13.1",
             "those to Latin America gained 13.1% to $27.4 billion", partner="Latin America"),
        fact(CN, "exports", "value", 27.4e9, "USD", NOV, "$27.4 billion",
             "those to Latin America gained 13.1% to $27.4 billion", partner="Latin America"),
        fact(CN, "exports", "growth", -4.3, "percent", NOV, "4.3",
             "Russia was the exception among big emerging buyers: exports there slipped 4.3% to $10.2 billion",
             partner="Russia"),
        fact(CN, "exports", "value", 10.2e9, "USD", NOV, "$10.2 billion",
             "Russia was the exception among big emerging buyers: exports there slipped 4.3% to $10.2 billion",
             partner="Russia"),
        fact(CN, "exports", "quantity", 6420, "tonnes", NOV, "6,420",
             "Overseas sales of rare-earth magnets reached 6,420 metric tons", product="rare-earth magnets"),
        fact(CN, "exports", "growth", 4.4, "percent", NOV, "4.4",
             "Overseas sales of rare-earth magnets reached 6,420 metric tons, 4.4% more than in October",
             product="rare-earth magnets", basis="mom"),
        fact(CN, "exports", "quantity", 9.62e6, "tonnes", NOV, "9.62 million",
             "Steel exports eased to 9.62 million tons in November", product="steel"),
        fact(CN, "exports", "quantity", 512000, "tonnes", NOV, "512,000",
             "shipments of unwrought aluminium and aluminium products came to 512,000 tons",
             product="unwrought aluminium and aluminium products"),
        fact(CN, "exports", "growth", 18.5, "percent", NOV, "18.5",
             "integrated circuit exports advanced 18.5% to $19.4 billion", product="integrated circuits"),
        fact(CN, "exports", "value", 19.4e9, "USD", NOV, "$19.4 billion",
             "integrated circuit exports advanced 18.5% to $19.4 billion", product="integrated circuits"),
        fact(CN, "exports", "quantity", 712000, "number", NOV, "712,000",
             "Carmakers shipped 712,000 vehicles abroad.", product="cars"),
        fact(CN, "exports", "value", 11.6e9, "USD", NOV, "$11.6 billion",
             "Car exports earned $11.6 billion, up 14.9%", product="cars"),
        fact(CN, "exports", "growth", 14.9, "percent", NOV, "14.9",
             "Car exports earned $11.6 billion, up 14.9%", product="cars"),
        fact(CN, "exports", "value", 4.3e9, "USD", NOV, "$4.3 billion",
             "ship sales to foreign buyers totalled $4.3 billion", product="ships"),
        fact(CN, "exports", "growth", 4.8, "percent", YTD, "4.8",
             "For the January-November period, exports grew 4.8% to $3.57 trillion."),
        fact(CN, "exports", "value", 3.57e12, "USD", YTD, "$3.57 trillion",
             "For the January-November period, exports grew 4.8% to $3.57 trillion."),
        fact(CN, "balance", "value", 1.14e12, "USD", YTD, "$1.14 trillion",
             "The cumulative surplus reached $1.14 trillion"),
        fact(CN, "balance", "value", 1.19e12, "USD", Y2025, "$1.19 trillion",
             "The cumulative surplus reached $1.14 trillion, leaving it within reach of the full-year record of "
             "$1.19 trillion set last year"),
    ],
}
