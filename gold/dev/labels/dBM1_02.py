from _fact import fact, period

CN = "China"
NOV = period(2025, 11)
OCT = period(2025, 10)
YTD = period(2025, 1, 11)    # January-November 2025
Y2024 = period(2024, 1, 12)

ARTICLE = {
    "id": "dBM1_02",
    "title": "Europe and Southeast Asia lift China's November exports; year-to-date surplus passes $1 trillion",
    "publisher": "Reuters",
    "published": "2025-12-08",
    "notes": [
        "Real figures (GAC data as reported on 2025-12-08): November exports +5.9% to $330.3 billion, imports +1.9% "
        "to $218.6 billion, surplus $111.68 billion (October $90.07 billion); October exports -1.1%, imports +1.0%; "
        "January-November surplus $1.08 trillion, exports +5.4%, imports -0.6%; 2024 surplus $992 billion; exports "
        "to the US -28.6% to $33.8 billion, imports from the US about -19%; exports to the EU +14.8%, ASEAN +8.2%, "
        "Australia +35.8%; rare earth exports 5,493.9 tonnes (+26.5% on October), January-November 58,193.1 tonnes "
        "(+11.6%); poll forecasts 3.8% / 3.0% / $100.2 billion; US tariffs about 47.5%; PMI 49.2. Taken as reported "
        "but not re-verified against the GAC table: October exports to the US -25.2%, to the EU +0.9%, to ASEAN "
        "+11.0%. Invented/approximate: exports to Africa +27.6% (reports put the rise near 28%). The economist's "
        "quote is written for this article and attributed by role only.",
        "Judgement calls: the headline's and lead's '$1 trillion' is a threshold for the same observation as the "
        "exact '$1.08 trillion' (January-November balance): only the exact figure is labelled. 'In October exports had "
        "contracted 1.1%', 'October's 1.0% rise', 'October's surplus was $90.07 billion', 'in October, when they "
        "dropped 25.2%', 'in October, when they rose just 0.9%' and 'slowing from 11.0% growth in October' are October "
        "figures stated in the text: labelled with period October 2025 (y/y, since they are each month's own growth "
        "from a year earlier), not as comparison bases of November. '26.5% more than in October' is a month-on-month "
        "change of November rare earth exports: basis mom. 'the full-year 2024 figure of $992 billion' is the 2024 "
        "balance. 'China's imports of U.S. goods' is area China, flow imports, partner United States. 'U.S.-bound "
        "goods' are China's exports to the United States. Rare earths: product 'rare earths', quantity in tonnes.",
        "Lint gap met: the first draft wrote 'October\'s gap was $90.07 billion' for a surplus; the sign rules read "
        "'gap' as a deficit (-90.07e9), so the sentence was reworded to 'October\'s surplus was $90.07 billion'; "
        "the value (+90.07e9) was not changed.",
        "Not facts: '$1 trillion' (threshold, twice); 3.8%, 3.0% and $100.2 billion (Reuters poll forecasts); "
        "'since June' (a period reference); 'eight months running' (streak); 'one-year' (truce length); 47.5% "
        "(tariff rate); 49.2 (PMI); 'around 5%' (GDP target); 'about 3% in 2026' (forecast); 2024/2026 as years.",
        "Copy check: 7 sentences searched, 6 reworded (lead, exports, imports, 11-month surplus, US shipments, "
        "rare earths; the exports and rare earth sentences had shared clause order and word runs with wire copy; "
        "the Trump-Xi background sentence was kept). The unsearched monthly-surplus sentence was also recast as "
        "a precaution.",
        "Second check: 17 sentences searched, 7 reworded.",
    ],
    "facts": [
        fact(CN, "exports", "value", 330.3e9, "USD", NOV, "$330.3 billion",
             "Official figures released on Monday put November exports at $330.3 billion"),
        fact(CN, "exports", "growth", 5.9, "percent", NOV, "5.9",
             "put November exports at $330.3 billion, up 5.9% from a year earlier"),
        fact(CN, "exports", "growth", -1.1, "percent", OCT, "1.1",
             "In October exports had contracted 1.1%"),
        fact(CN, "imports", "growth", 1.9, "percent", NOV, "1.9",
             "inbound shipments gained 1.9% to $218.6 billion"),
        fact(CN, "imports", "value", 218.6e9, "USD", NOV, "$218.6 billion",
             "inbound shipments gained 1.9% to $218.6 billion"),
        fact(CN, "imports", "growth", 1.0, "percent", OCT, "1.0",
             "inbound shipments gained 1.9% to $218.6 billion, short of the poll's 3.0% forecast but slightly quicker than October's 1.0% rise"),
        fact(CN, "balance", "value", 111.68e9, "USD", NOV, "$111.68 billion",
             "That left a surplus of $111.68 billion for the month"),
        fact(CN, "balance", "value", 90.07e9, "USD", OCT, "$90.07 billion",
             "October's surplus was $90.07 billion"),
        fact(CN, "balance", "value", 1.08e12, "USD", YTD, "$1.08 trillion",
             "The 11-month surplus reached $1.08 trillion"),
        fact(CN, "balance", "value", 992e9, "USD", Y2024, "$992 billion",
             "eclipsing the full-year 2024 figure of $992 billion"),
        fact(CN, "exports", "growth", 5.4, "percent", YTD, "5.4",
             "Exports in the first 11 months grew 5.4%"),
        fact(CN, "imports", "growth", -0.6, "percent", YTD, "0.6",
             "Exports in the first 11 months grew 5.4%, while imports were down 0.6%"),
        # United States
        fact(CN, "exports", "value", 33.8e9, "USD", NOV, "$33.8 billion",
             "U.S.-bound goods were worth $33.8 billion", partner="United States"),
        fact(CN, "exports", "growth", -28.6, "percent", NOV, "28.6",
             "U.S.-bound goods were worth $33.8 billion, down 28.6% on the year", partner="United States"),
        fact(CN, "exports", "growth", -25.2, "percent", OCT, "25.2",
             "U.S.-bound goods were worth $33.8 billion, down 28.6% on the year and a sharper slide than in October, "
             "when they dropped 25.2%", partner="United States"),
        fact(CN, "imports", "growth", -19.0, "percent", NOV, "19.0",
             "China's imports of U.S. goods were 19.0% lower than a year earlier", partner="United States"),
        # other partners
        fact(CN, "exports", "growth", 14.8, "percent", NOV, "14.8",
             "Exports to the European Union jumped 14.8%", partner="European Union"),
        fact(CN, "exports", "growth", 0.9, "percent", OCT, "0.9",
             "Exports to the European Union jumped 14.8%, far faster than in October, when they rose just 0.9%",
             partner="European Union"),
        fact(CN, "exports", "growth", 8.2, "percent", NOV, "8.2",
             "Shipments to the Association of Southeast Asian Nations increased 8.2%", partner="ASEAN"),
        fact(CN, "exports", "growth", 11.0, "percent", OCT, "11.0",
             "Shipments to the Association of Southeast Asian Nations increased 8.2%, slowing from 11.0% growth in "
             "October", partner="ASEAN"),
        fact(CN, "exports", "growth", 27.6, "percent", NOV, "27.6",
             "exports to Africa surged 27.6%", partner="Africa"),
        fact(CN, "exports", "growth", 35.8, "percent", NOV, "35.8",
             "exports to Africa surged 27.6% and those to Australia climbed 35.8%", partner="Australia"),
        # rare earths
        fact(CN, "exports", "quantity", 5493.9, "tonnes", NOV, "5,493.9",
             "Rare earth exports climbed to 5,493.9 metric tons in November", product="rare earths"),
        fact(CN, "exports", "growth", 26.5, "percent", NOV, "26.5",
             "Rare earth exports climbed to 5,493.9 metric tons in November, 26.5% more than in October",
             product="rare earths", basis="mom"),
        fact(CN, "exports", "quantity", 58193.1, "tonnes", YTD, "58,193.1",
             "Overseas sales of rare earths over January-November were 11.6% larger than a year before, at 58,193.1 tons", product="rare earths"),
        fact(CN, "exports", "growth", 11.6, "percent", YTD, "11.6",
             "Overseas sales of rare earths over January-November were 11.6% larger than a year before, at 58,193.1 tons",
             product="rare earths"),
    ],
}
