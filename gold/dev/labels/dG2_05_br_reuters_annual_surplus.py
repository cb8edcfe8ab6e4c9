from _fact import fact, period

Y = period(2023, 1, 12)
E_TOT = "exports climbed 1.7% to a record $339.67 billion and imports dropped 11.7% to $240.83 billion"
E_CN = "China strengthened its hold on the position of Brazil's top export market, taking $104.3 billion of Brazilian products, up 16.5% from a year earlier and equal to 30.7% of all exports"
E_SOY = "Exports of the oilseed hit a record 101.9 million metric tons valued at $53.2 billion, and China by itself absorbed 74.6 million tons"
E_BEEF = "earnings from the meat dropped 17.8% to $10.5 billion, although volumes held roughly steady at 2.29 million tons"
E_US = "Purchases by the United States, the second-largest destination for Brazil's exports, came to $36.9 billion"

ARTICLE = {
    "id": "dG2_05_br_reuters_annual_surplus",
    "title": "Booming soy and oil sales to China give Brazil a record trade surplus",
    "publisher": "Reuters",
    "published": "2024-01-05",
    "notes": [
        "Year only in the metadata: the dateline 'BRASILIA, Jan 5 (Reuters)' and 'last year' with published 2024-01-05 -> calendar year 2023.",
        "'That was 60.6% bigger than the previous year's surplus': growth of the surplus, +60.6.",
        "'China strengthened its hold on the position of Brazil's top export market': stated rank 1 of exports to China; 'equal to 30.7% of all exports' is the share of exports.",
        "'Because Brazil bought far less from China, its surplus with the Asian country reached $51.3 billion': balance with China; the import figure is not given.",
        "Soybeans: quantity (101.9 million tonnes) and value ($53.2 billion) of soybean exports, and the quantity to China (74.6 million tons), product 'soybeans' ('the oilseed').",
        "Beef: value growth -17.8 and value $10.5 billion; 'volumes held roughly steady at 2.29 million tons' is a quantity level (not a volume growth), labelled as quantity.",
        "'the second-largest destination for Brazil's exports' is a stated rank 2 of exports to the United States.",
        "Out of scope: the $93 billion poll median and the ministry's $94.4 billion forecast for this year, the real's 8% gain, the 11.75% Selic rate, 'record' wording.",
    ],
    "facts": [
        fact("Brazil", "balance", "value", 98.84e9, "USD", Y, "98.84 billion",
             "handing Brazil a record $98.84 billion trade surplus last year"),
        fact("Brazil", "balance", "growth", 60.6, "percent", Y, "60.6", "That was 60.6% bigger than the previous year's surplus"),
        fact("Brazil", "exports", "growth", 1.7, "percent", Y, "1.7", E_TOT),
        fact("Brazil", "exports", "value", 339.67e9, "USD", Y, "339.67 billion", E_TOT),
        fact("Brazil", "imports", "growth", -11.7, "percent", Y, "11.7", E_TOT),
        fact("Brazil", "imports", "value", 240.83e9, "USD", Y, "240.83 billion", E_TOT),
        fact("Brazil", "exports", "rank", 1, "number", Y, "top", E_CN, partner="China"),
        fact("Brazil", "exports", "value", 104.3e9, "USD", Y, "104.3 billion", E_CN, partner="China"),
        fact("Brazil", "exports", "growth", 16.5, "percent", Y, "16.5", E_CN, partner="China"),
        fact("Brazil", "exports", "share", 30.7, "percent", Y, "30.7", E_CN, partner="China"),
        fact("Brazil", "balance", "value", 51.3e9, "USD", Y, "51.3 billion",
             "its surplus with the Asian country reached $51.3 billion", partner="China"),
        fact("Brazil", "exports", "quantity", 101.9e6, "tonnes", Y, "101.9 million", E_SOY, product="soybeans"),
        fact("Brazil", "exports", "value", 53.2e9, "USD", Y, "53.2 billion", E_SOY, product="soybeans"),
        fact("Brazil", "exports", "quantity", 74.6e6, "tonnes", Y, "74.6 million", E_SOY, partner="China", product="soybeans"),
        fact("Brazil", "exports", "value", 42.6e9, "USD", Y, "42.6 billion", "Sales of crude oil earned $42.6 billion",
             product="crude oil"),
        fact("Brazil", "exports", "growth", -17.8, "percent", Y, "17.8", E_BEEF, product="beef"),
        fact("Brazil", "exports", "value", 10.5e9, "USD", Y, "10.5 billion", E_BEEF, product="beef"),
        fact("Brazil", "exports", "quantity", 2.29e6, "tonnes", Y, "2.29 million", E_BEEF, product="beef"),
        fact("Brazil", "exports", "rank", 2, "number", Y, "second-largest", E_US, partner="United States"),
        fact("Brazil", "exports", "value", 36.9e9, "USD", Y, "36.9 billion", E_US, partner="United States"),
    ],
}
