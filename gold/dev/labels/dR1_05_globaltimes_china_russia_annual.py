from _fact import fact, period

YEAR_2024 = period(2024, 1, 12)
YEAR_2023 = period(2023, 1, 12)
DECEMBER = period(2024, 12)
RUSSIA = "Russia"
EVIDENCE_TOTAL = "For the full year, bilateral trade came to $244.81 billion, up 1.9 percent year-on-year"
EVIDENCE_YUAN = "Measured in yuan, the total was 1.74 trillion yuan, a rise of 2.5 percent"
EVIDENCE_EXPORTS = "Chinese exports to Russia grew 4.1 percent to $115.49 billion"
EVIDENCE_IMPORTS = "imports from Russia barely moved, edging up 0.1 percent to $129.32 billion"
EVIDENCE_DEC_TOTAL = "bilateral trade in December by itself reached $21.97 billion, 7.1 percent more than in November"
EVIDENCE_DEC_EXPORTS = "On the month, Chinese exports gained 7.9 percent to $11.3 billion"
EVIDENCE_DEC_IMPORTS = "imports from Russia went up 6.2 percent to $10.67 billion"
EVIDENCE_CRUDE_VOLUME = "Last year China bought 108.47 million tons of Russian crude oil"
EVIDENCE_CRUDE_VALUE = "the import bill rose 2.8 percent to $62.42 billion"
EVIDENCE_GAS = (
    "Russian natural gas, shipped both as liquefied natural gas and via the Power of Siberia pipeline, saw import "
    "volumes rise 15.2 percent to 35.48 million tons, with a value of about $17.4 billion"
)
EVIDENCE_COAL = "Coal, on the other hand, saw shipments drop 4.3 percent to 95.45 million tons"
EVIDENCE_CARS = "Last year China shipped 1.16 million cars worth $22.7 billion to Russia"

ARTICLE = {
    "id": "dR1_05_globaltimes_china_russia_annual",
    "title": "Energy and cars drive China-Russia trade to record $244.8 billion",
    "publisher": "Global Times",
    "published": "2025-01-13",
    "notes": [
        "The data year appears only as 'last year' / 'for the full year': 2024 from the January 2025 date.",
        "Headline '$244.8 billion' restates the body's $244.81 billion: labelled once, body evidence.",
        "Yuan-terms total and growth are separate facts from the dollar ones (growth in two currencies).",
        "'the 26.3 percent jump of the previous year' is China-Russia trade growth in 2023: labelled.",
        "The $200 billion target set in 2019 is a target, not a trade figure: out.",
        "Imports 'barely moved, edging up 0.1 percent': growth +0.1.",
        "Deficit of $13.83 billion is China's balance with Russia: negative.",
        "December figures compare with November ('more than in November', 'On the month'): basis mom; the frame "
        "carries to the imports figure in the same paragraph.",
        "Crude oil: volume growth (1.3 percent more tons) beside value growth (2.8 percent): volume growth out, "
        "per the guide; quantity, value and value growth labelled.",
        "Natural gas: the only growth given is the volume growth (15.2 percent); labelled as the unit growth "
        "given alone, like vehicles.",
        "Coal: volume growth given alone (-4.3): labelled with the quantity.",
        "'largest crude oil supplier for a second year running': rank 1 labelled, the streak out.",
        "'largest foreign destination for Chinese-made vehicles': China's car exports to Russia rank 1.",
        "'For 15 consecutive years China has ranked as Russia's largest trading partner': area Russia, partner China, "
        "rank 1 for 2024; the streak is out.",
        "'share of China's overall foreign trade was about 4 percent': share, approx.",
        "Expert forecasts ($260 billion, auto parts growth over 20 percent), the 95 percent settlement share, "
        "3 million tons of bridge cargo and 10,000 freight trains: out.",
    ],
    "facts": [
        fact("China", "total", "growth", 1.9, "percent", YEAR_2024, "1.9", EVIDENCE_TOTAL, partner=RUSSIA),
        fact("China", "total", "value", 244.81e9, "USD", YEAR_2024, "244.81 billion", EVIDENCE_TOTAL,
             partner=RUSSIA),
        fact("China", "total", "value", 1.74e12, "CNY", YEAR_2024, "1.74 trillion", EVIDENCE_YUAN, partner=RUSSIA),
        fact("China", "total", "growth", 2.5, "percent", YEAR_2024, "2.5", EVIDENCE_YUAN, partner=RUSSIA),
        fact("China", "total", "growth", 26.3, "percent", YEAR_2023, "26.3",
             "That pace was much weaker than the 26.3 percent jump of the previous year", partner=RUSSIA),
        fact("China", "exports", "growth", 4.1, "percent", YEAR_2024, "4.1", EVIDENCE_EXPORTS, partner=RUSSIA),
        fact("China", "exports", "value", 115.49e9, "USD", YEAR_2024, "115.49 billion", EVIDENCE_EXPORTS,
             partner=RUSSIA),
        fact("China", "imports", "growth", 0.1, "percent", YEAR_2024, "0.1", EVIDENCE_IMPORTS, partner=RUSSIA),
        fact("China", "imports", "value", 129.32e9, "USD", YEAR_2024, "129.32 billion", EVIDENCE_IMPORTS,
             partner=RUSSIA),
        fact("China", "balance", "value", -13.83e9, "USD", YEAR_2024, "13.83 billion",
             "China thus ran a $13.83 billion trade deficit with Russia", partner=RUSSIA),
        fact("China", "total", "growth", 7.1, "percent", DECEMBER, "7.1", EVIDENCE_DEC_TOTAL, partner=RUSSIA,
             basis="mom"),
        fact("China", "total", "value", 21.97e9, "USD", DECEMBER, "21.97 billion", EVIDENCE_DEC_TOTAL,
             partner=RUSSIA),
        fact("China", "exports", "growth", 7.9, "percent", DECEMBER, "7.9", EVIDENCE_DEC_EXPORTS, partner=RUSSIA,
             basis="mom"),
        fact("China", "exports", "value", 11.3e9, "USD", DECEMBER, "11.3 billion", EVIDENCE_DEC_EXPORTS,
             partner=RUSSIA),
        fact("China", "imports", "growth", 6.2, "percent", DECEMBER, "6.2", EVIDENCE_DEC_IMPORTS, partner=RUSSIA,
             basis="mom"),
        fact("China", "imports", "value", 10.67e9, "USD", DECEMBER, "10.67 billion", EVIDENCE_DEC_IMPORTS,
             partner=RUSSIA),
        fact("China", "imports", "quantity", 108.47e6, "tonnes", YEAR_2024, "108.47 million", EVIDENCE_CRUDE_VOLUME,
             partner=RUSSIA, product="crude oil"),
        fact("China", "imports", "growth", 2.8, "percent", YEAR_2024, "2.8", EVIDENCE_CRUDE_VALUE, partner=RUSSIA,
             product="crude oil"),
        fact("China", "imports", "value", 62.42e9, "USD", YEAR_2024, "62.42 billion", EVIDENCE_CRUDE_VALUE,
             partner=RUSSIA, product="crude oil"),
        fact("China", "imports", "rank", 1, "number", YEAR_2024, "largest",
             "Russia stayed China's largest crude oil supplier", partner=RUSSIA, product="crude oil"),
        fact("China", "imports", "growth", 15.2, "percent", YEAR_2024, "15.2", EVIDENCE_GAS, partner=RUSSIA,
             product="natural gas"),
        fact("China", "imports", "quantity", 35.48e6, "tonnes", YEAR_2024, "35.48 million", EVIDENCE_GAS,
             partner=RUSSIA, product="natural gas"),
        fact("China", "imports", "value", 17.4e9, "USD", YEAR_2024, "17.4 billion", EVIDENCE_GAS, partner=RUSSIA,
             product="natural gas", qualifier="approx"),
        fact("China", "imports", "growth", -4.3, "percent", YEAR_2024, "4.3", EVIDENCE_COAL, partner=RUSSIA,
             product="coal"),
        fact("China", "imports", "quantity", 95.45e6, "tonnes", YEAR_2024, "95.45 million", EVIDENCE_COAL,
             partner=RUSSIA, product="coal"),
        fact("China", "exports", "quantity", 1.16e6, "number", YEAR_2024, "1.16 million", EVIDENCE_CARS,
             partner=RUSSIA, product="cars"),
        fact("China", "exports", "value", 22.7e9, "USD", YEAR_2024, "22.7 billion", EVIDENCE_CARS, partner=RUSSIA,
             product="cars"),
        fact("China", "exports", "rank", 1, "number", YEAR_2024, "largest",
             "turning Russia into the largest foreign destination for Chinese-made vehicles", partner=RUSSIA, product="cars"),
        fact(RUSSIA, "total", "rank", 1, "number", YEAR_2024, "largest",
             "For 15 consecutive years China has ranked as Russia's largest trading partner", partner="China"),
        fact("China", "total", "share", 4, "percent", YEAR_2024, "4",
             "Russia's share of China's overall foreign trade was about 4 percent", partner=RUSSIA,
             qualifier="approx"),
    ],
}
