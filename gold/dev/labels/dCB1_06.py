from _fact import fact, period

CN = "China"
OCT = period(2025, 10)
SEP = period(2025, 9)
OCT24 = period(2024, 10)
JO = period(2025, 1, 10)
US = "United States"
RE = "rare earths"
SOY = "soybeans"

ARTICLE = {
    "id": "dCB1_06",
    "title": "US shipments sink by a quarter, tipping China's exports into first fall in eight months",
    "publisher": "South China Morning Post",
    "published": "2025-11-07",
    "notes": [
        "Real figures (source, date): October 2025 exports -1.1 percent to $305.35 billion, imports +1.0 percent to "
        "$215.28 billion, surplus $90.07 billion, September exports +8.3 and imports +7.4 (SCMP via "
        "frominsideasia.com, Benzinga, Sharecast, 2025-11-07); September surplus $90.45 billion (Sharecast); "
        "October 2024 surplus $95.72 billion and Jan-Oct surplus $964.8 billion (fx.co); exports to the US "
        "-25.17 percent (Benzinga/Reuters); imports from the US 'nearly 23%' lower (Benzinga); exports to the US "
        "+1.8 percent and imports from the US -11.6 percent month on month (diplomacypakistan.com); rare-earth "
        "exports 4,343.5 tonnes in October, 4,000.3 tonnes in September, 52,699.2 tonnes Jan-Oct, +10.5 percent "
        "(Reuters via devdiscourse/greenergydaily); soybean imports 9.48 million tonnes in October, a record for "
        "the month, 12.87 million tonnes in September (Reuters via srnnews, reddit mirror). Forecast numbers "
        "(Reuters poll 3 percent, Wind 2.84 percent) are real too but are not facts.",
        "Derived/made up: exports -7 and imports -9.5 percent month on month derived from September levels "
        "(about $328.6 billion and $238.1 billion; fx.co gives 7.0 and 9.5); rare-earth +8.6 percent on the month "
        "derived (4,343.5/4,000.3); soybean +17.2 percent year on year derived from 8.09 million tonnes in October "
        "2024; soybean -26.3 percent on the month derived; Jan-Oct soybeans 95.66 million tonnes derived "
        "(86.18 + 9.48); US export value about $34.4 billion derived from an assumed October 2024 base; October "
        "2024 export growth 12.7 percent recalled, not checked; Jan-Oct export +5.3 and import -0.9 percent "
        "recalled, not checked (treat as made up); EU +14.2, ASEAN +11 and Africa +10.5 percent made up; byline "
        "Lin Yuqing, analyst Chen Hao and 'Harbour Crest Securities' made up.",
        "Judgement calls: all figures are in US dollars, as the story says, and area China; the month-on-month "
        "frame 'Compared with September' covers both exports and imports in its sentence, and 'Measured against "
        "September' both US figures in theirs; 'imports 9.5 per cent' shares the verb 'fell'; rare-earth volume "
        "growth (+10.5, +8.6) is labelled as growth because no value growth is given beside it (the guide's "
        "exclusion is for volume growth beside value growth); the soybean figures take October from the "
        "article's running period ('a record for the month'); 'Cumulative purchases since January' and 'Year-to-date ... by the end of October' are "
        "January-October; '17 metals' is not a fact; 'nearly 23 per cent' is approx; 'about US$34.4 billion' is approx; September surplus "
        "and October 2024 surplus are separate balance facts with their own periods.",
        "Not facts: 3 per cent (Reuters poll) and 2.84 per cent (Wind consensus) forecasts; 'around 3 per cent' "
        "fourth-quarter and '5 per cent' full-year export forecasts and 'exceed US$1.1 trillion' surplus forecast; "
        "'10 per cent' fentanyl levy and '100 per cent' tariff threat (tariff rates); '12 million tonnes of American "
        "soybeans' (purchase pledge, like an order); GDP '4.8 per cent'; '7.12 per US dollar' (exchange rate); "
        "'seven months' (streak), 'first decline since February', 'first fall in eight months', 'seven-month "
        "low' (streaks and milestones); 'October 30', 'November 10' (dates).",
        "Copy check: 23 sentences searched (in 12 look-ups), 7 reworded (lead, exports sentence split in two, imports sentence, surplus sentence split, rare-earth year-to-date, GDP sentence).",
        "Second check: 30 sentences searched, 2 reworded.",
    ],
    "facts": [
        fact(CN, "exports", "growth", -1.1, "percent", OCT, "1.1",
             "put October exports at US$305.35 billion, down 1.1 per cent on the same month of 2024"),
        fact(CN, "exports", "value", 305.35e9, "USD", OCT, "305.35 billion",
             "Customs figures released on Friday put October exports at US$305.35 billion"),
        fact(CN, "exports", "growth", 8.3, "percent", SEP, "8.3",
             "In September they had grown 8.3 per cent"),
        fact(CN, "imports", "growth", 1, "percent", OCT, "1",
             "Inbound shipments were worth US$215.28 billion, only 1 per cent more than a year before"),
        fact(CN, "imports", "value", 215.28e9, "USD", OCT, "215.28 billion",
             "Inbound shipments were worth US$215.28 billion"),
        fact(CN, "imports", "growth", 7.4, "percent", SEP, "7.4",
             "well off the 7.4 per cent pace of September"),
        fact(CN, "balance", "value", 90.07e9, "USD", OCT, "90.07 billion",
             "The trade surplus came to US$90.07 billion"),
        fact(CN, "balance", "value", 90.45e9, "USD", SEP, "90.45 billion",
             "September's had been US$90.45 billion"),
        fact(CN, "balance", "value", 95.72e9, "USD", OCT24, "95.72 billion",
             "September's had been US$90.45 billion, and October 2024's US$95.72 billion"),
        fact(CN, "exports", "growth", -7, "percent", OCT, "7",
             "Compared with September, exports fell 7 per cent", basis="mom"),
        fact(CN, "imports", "growth", -9.5, "percent", OCT, "9.5",
             "Compared with September, exports fell 7 per cent and imports 9.5 per cent", basis="mom"),
        fact(CN, "exports", "growth", 12.7, "percent", OCT24, "12.7",
             "Exports had jumped 12.7 per cent in October 2024"),
        fact(CN, "exports", "growth", 5.3, "percent", JO, "5.3",
             "For the first 10 months, exports grew 5.3 per cent"),
        fact(CN, "imports", "growth", -0.9, "percent", JO, "0.9",
             "For the first 10 months, exports grew 5.3 per cent while imports shrank 0.9 per cent"),
        fact(CN, "balance", "value", 964.8e9, "USD", JO, "964.8 billion",
             "For the first 10 months, exports grew 5.3 per cent while imports shrank 0.9 per cent, and the cumulative surplus reached US$964.8 billion"),
        fact(CN, "exports", "growth", -25.17, "percent", OCT, "25.17",
             "Shipments to America plunged 25.17 per cent year on year", partner=US),
        fact(CN, "exports", "value", 34.4e9, "USD", OCT, "34.4 billion",
             "Shipments to America plunged 25.17 per cent year on year to about US$34.4 billion", partner=US,
             qualifier="approx"),
        fact(CN, "imports", "growth", -23, "percent", OCT, "23",
             "imports from the US sank nearly 23 per cent", partner=US, qualifier="approx"),
        fact(CN, "exports", "growth", 1.8, "percent", OCT, "1.8",
             "Measured against September, though, exports to the US edged up 1.8 per cent", partner=US, basis="mom"),
        fact(CN, "imports", "growth", -11.6, "percent", OCT, "11.6",
             "Measured against September, though, exports to the US edged up 1.8 per cent, whereas purchases of American goods dropped 11.6 per cent",
             partner=US, basis="mom"),
        fact(CN, "exports", "growth", 14.2, "percent", OCT, "14.2",
             "sales to the European Union grew 14.2 per cent", partner="European Union"),
        fact(CN, "exports", "growth", 11, "percent", OCT, "11",
             "those to the Association of Southeast Asian Nations and Africa increased 11 per cent and 10.5 per cent, respectively",
             partner="ASEAN"),
        fact(CN, "exports", "growth", 10.5, "percent", OCT, "10.5",
             "those to the Association of Southeast Asian Nations and Africa increased 11 per cent and 10.5 per cent, respectively",
             partner="Africa"),
        fact(CN, "exports", "quantity", 4343.5, "tonnes", OCT, "4,343.5",
             "Exports rose to 4,343.5 tonnes in October", product=RE),
        fact(CN, "exports", "growth", 8.6, "percent", OCT, "8.6",
             "Exports rose to 4,343.5 tonnes in October, 8.6 per cent more than the 4,000.3 tonnes shipped in September",
             product=RE, basis="mom"),
        fact(CN, "exports", "quantity", 4000.3, "tonnes", SEP, "4,000.3",
             "the 4,000.3 tonnes shipped in September", product=RE),
        fact(CN, "exports", "quantity", 52699.2, "tonnes", JO, "52,699.2",
             "Year-to-date shipments of the 17 metals reached 52,699.2 tonnes by the end of October", product=RE),
        fact(CN, "exports", "growth", 10.5, "percent", JO, "10.5",
             "Year-to-date shipments of the 17 metals reached 52,699.2 tonnes by the end of October, 10.5 per cent above the same stretch of 2024", product=RE),
        fact(CN, "imports", "quantity", 9.48e6, "tonnes", OCT, "9.48 million",
             "Soybean arrivals came in at 9.48 million tonnes", product=SOY),
        fact(CN, "imports", "growth", 17.2, "percent", OCT, "17.2",
             "Soybean arrivals came in at 9.48 million tonnes, a record for the month and 17.2 per cent above a year earlier",
             product=SOY),
        fact(CN, "imports", "growth", -26.3, "percent", OCT, "26.3",
             "The volume was still 26.3 per cent lower than the 12.87 million tonnes imported in September",
             product=SOY, basis="mom"),
        fact(CN, "imports", "quantity", 12.87e6, "tonnes", SEP, "12.87 million",
             "the 12.87 million tonnes imported in September", product=SOY),
        fact(CN, "imports", "quantity", 95.66e6, "tonnes", JO, "95.66 million",
             "Cumulative purchases since January stood at 95.66 million tonnes", product=SOY),
    ],
}
