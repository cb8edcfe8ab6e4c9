from _fact import fact, period

US = "United States"
OCT = period(2026, 10)
SEP = period(2026, 9)
YTD = period(2026, 1, 10)
GS = "goods and services"

ARTICLE = {
    "id": "dBQ2_01",
    "title": "US trade gap shrinks in October as exports hit record, imports ease",
    "publisher": "Reuters",
    "published": "2026-12-04",
    "notes": [
        "Real figures: none (October 2026 had not been reported when modelled); the story is modelled on Reuters "
        "wire copy of US Census/BEA monthly trade releases. Invented: every October and September 2026 level and "
        "rate, the bilateral balances, the January-October 2026 deficit, the forecasts. Derived (made consistent by "
        "construction): exports 276.3 - imports 329.0 = -52.7; goods 184.6 - 261.8 = -77.2; services 91.7 - 67.2 = "
        "+24.5; -77.2 + 24.5 = -52.7; September exports 271.9 and imports 330.3 give -58.4 and the 1.6%/-0.4% "
        "changes; -52.7/-58.4 = -9.8%; China 8.6 - 27.5 = -18.9; services share 91.7/276.3 = 33.2%.",
        "Judgement calls: the headline goods-and-services figures carry product 'goods and services'; goods-only "
        "figures carry product null; services figures 'services'. Every October change in the body is "
        "month-on-month (the story is framed against September: '9.8% below September's level', 'on the month', "
        "'month on month', 'less than in September', 'smaller than in September'), so basis 'mom'; the only "
        "year-on-year growth is the January-October deficit ('runs 13.7% below the total for that stretch', the "
        "stretch being January-October 2025). The growth of a deficit follows its wording (below/less/smaller -> "
        "negative). The services surplus '$24.7 billion' ('slipped to $24.5 billion from $24.7 billion') is "
        "September's level (period 2026-09). 'this year's cumulative deficit' = January-October "
        "2026 (data through October, published December). Mexico 'biggest supplier of goods' = rank 1 of imports. "
        "The headline's 'shrinks'/'record' carry no number, so nothing is labelled from it.",
        "Not facts: the inflation-adjusted goods deficit ($86.9 billion, $92.6 billion) is a real (chained-dollar) "
        "volume measure beside the nominal value, which the record cannot express (guide: volume beside value is "
        "out); the Reuters poll forecast ($55.0 billion) and the economist's range ($50-56 billion) are forecasts; "
        "GDP figures (2.3% annualized, 3.1% annualized) and the 0.4 percentage point subtracted by trade are not trade flows / are "
        "derived comparisons; the 17% effective tariff rate, the year 2025 and '1930s' are not trade flows.",
        "Copy check: 5 sentences searched (lead, headline-figure sentence, inflation-adjusted sentence, economist "
        "quote, bilateral sentence), 2 reworded (the lead, whose skeleton followed a wire opening about 'the rest of "
        "the world'; the headline-figure sentence, whose skeleton matched a real 'gap in goods and services shrank "
        "... according to Commerce Department data released on ...' sentence).",
        "Second check: 24 sentences searched, 9 reworded.",
    ],
    "facts": [
        fact(US, "balance", "value", -52.7e9, "USD", OCT, "$52.7 billion",
             "the combined goods and services gap at $52.7 billion", product=GS),
        fact(US, "balance", "growth", -9.8, "percent", OCT, "9.8",
             "the combined goods and services gap at $52.7 billion, 9.8% below September's level",
             product=GS, basis="mom"),
        fact(US, "balance", "value", -58.4e9, "USD", SEP, "$58.4 billion",
             "Revisions put September's deficit at $58.4 billion.", product=GS),
        fact(US, "exports", "growth", 1.6, "percent", OCT, "1.6",
             "Exports advanced 1.6% on the month to $276.3 billion", product=GS, basis="mom"),
        fact(US, "exports", "value", 276.3e9, "USD", OCT, "$276.3 billion",
             "Exports advanced 1.6% on the month to $276.3 billion", product=GS),
        fact(US, "exports", "growth", 2.4, "percent", OCT, "2.4",
             "Goods exports rose 2.4% to $184.6 billion", basis="mom"),
        fact(US, "exports", "value", 184.6e9, "USD", OCT, "$184.6 billion",
             "Goods exports rose 2.4% to $184.6 billion"),
        fact(US, "exports", "growth", 4.2, "percent", OCT, "4.2",
             "shipments of industrial supplies and materials increased 4.2% to $53.8 billion",
             product="industrial supplies and materials", basis="mom"),
        fact(US, "exports", "value", 53.8e9, "USD", OCT, "$53.8 billion",
             "shipments of industrial supplies and materials increased 4.2% to $53.8 billion",
             product="industrial supplies and materials"),
        fact(US, "exports", "growth", 0.1, "percent", OCT, "0.1",
             "Services exports inched up 0.1% to a record $91.7 billion", product="services", basis="mom"),
        fact(US, "exports", "value", 91.7e9, "USD", OCT, "$91.7 billion",
             "Services exports inched up 0.1% to a record $91.7 billion", product="services"),
        fact(US, "exports", "share", 33.2, "percent", OCT, "33.2",
             "Services exports inched up 0.1% to a record $91.7 billion and made up 33.2% of all exports",
             product="services"),
        fact(US, "imports", "growth", -0.4, "percent", OCT, "0.4",
             "Imports dipped 0.4% month on month to $329.0 billion.", product=GS, basis="mom"),
        fact(US, "imports", "value", 329.0e9, "USD", OCT, "$329.0 billion",
             "Imports dipped 0.4% month on month to $329.0 billion.", product=GS),
        fact(US, "imports", "growth", -0.6, "percent", OCT, "0.6",
             "pulled total goods imports down 0.6% to $261.8 billion", basis="mom"),
        fact(US, "imports", "value", 261.8e9, "USD", OCT, "$261.8 billion",
             "pulled total goods imports down 0.6% to $261.8 billion"),
        fact(US, "imports", "growth", -2.7, "percent", OCT, "2.7",
             "Purchases of consumer goods slid 2.7% to $64.9 billion", product="consumer goods", basis="mom"),
        fact(US, "imports", "value", 64.9e9, "USD", OCT, "$64.9 billion",
             "Purchases of consumer goods slid 2.7% to $64.9 billion", product="consumer goods"),
        fact(US, "balance", "growth", -7.1, "percent", OCT, "7.1",
             "The shortfall on goods alone came to $77.2 billion, 7.1% less than in September.", basis="mom"),
        fact(US, "balance", "value", -77.2e9, "USD", OCT, "$77.2 billion",
             "The shortfall on goods alone came to $77.2 billion"),
        fact(US, "balance", "value", 24.5e9, "USD", OCT, "$24.5 billion",
             "On the services side, the U.S. surplus slipped to $24.5 billion from $24.7 billion.",
             product="services"),
        fact(US, "balance", "value", 24.7e9, "USD", SEP, "$24.7 billion",
             "On the services side, the U.S. surplus slipped to $24.5 billion from $24.7 billion.",
             product="services"),
        fact(US, "balance", "growth", -6.4, "percent", OCT, "6.4",
             "leaving the goods shortfall with China at $18.9 billion, 6.4% smaller than in September",
             partner="China", basis="mom"),
        fact(US, "balance", "value", -18.9e9, "USD", OCT, "$18.9 billion",
             "leaving the goods shortfall with China at $18.9 billion", partner="China"),
        fact(US, "exports", "growth", -4.5, "percent", OCT, "4.5",
             "exports to China fell 4.5% to $8.6 billion", partner="China", basis="mom"),
        fact(US, "exports", "value", 8.6e9, "USD", OCT, "$8.6 billion",
             "exports to China fell 4.5% to $8.6 billion", partner="China"),
        fact(US, "imports", "growth", -5.8, "percent", OCT, "5.8",
             "Imports from China declined 5.8% to $27.5 billion", partner="China", basis="mom"),
        fact(US, "imports", "value", 27.5e9, "USD", OCT, "$27.5 billion",
             "Imports from China declined 5.8% to $27.5 billion", partner="China"),
        fact(US, "balance", "value", -17.4e9, "USD", OCT, "$17.4 billion",
             "a $17.4 billion deficit with Mexico", partner="Mexico"),
        fact(US, "balance", "value", -19.6e9, "USD", OCT, "$19.6 billion",
             "a $19.6 billion shortfall with the European Union", partner="European Union"),
        fact(US, "imports", "rank", 1, "number", OCT, "biggest",
             "Mexico remained the biggest supplier of goods to the United States", partner="Mexico"),
        fact(US, "imports", "value", 47.3e9, "USD", OCT, "$47.3 billion",
             "Mexico remained the biggest supplier of goods to the United States, shipping $47.3 billion worth in "
             "October", partner="Mexico"),
        fact(US, "balance", "value", -684.2e9, "USD", YTD, "$684.2 billion",
             "this year's cumulative deficit of $684.2 billion", product=GS),
        fact(US, "balance", "growth", -13.7, "percent", YTD, "13.7",
             "this year's cumulative deficit of $684.2 billion runs 13.7% below the total for that stretch",
             product=GS),
    ],
}
