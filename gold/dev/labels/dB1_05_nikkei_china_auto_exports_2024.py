from _fact import fact, period

Y = period(2024, 1, 12)
AU = "automobiles"

E_CUS = ("automobile exports, chassis included, at 6.41 million units, up 22.8% from 2023")
E_VAL = "In value terms they grew a slower 15.5% to $117.37 billion (about 843 billion yuan)"
E_CAAM = ("According to the China Association of Automobile Manufacturers, its members sold 5.86 million vehicles abroad "
          "last year")
E_SEG = ("Passenger cars accounted for 4.96 million of that total, rising 19.7%, while commercial vehicles numbered 904,000, "
         "a rise of 17.5%")
E_NEV_SH = ("New energy vehicles, a category covering plug-in hybrids as well as pure electric models, made up 21.9% of "
            "the exports the association counted")
E_NEV = "NEV exports rose 6.7% to 1.28 million, far slower than the 77.6% surge of 2023"
E_JP = ("Japan, which led the world in exports through 2022, sending about 4.2 million vehicles abroad in 2024, enough "
        "only for second place for a second straight year")
E_CN_R = "pulled further ahead as the largest car exporter in the world"
E_RU = "Russia, still the biggest market for cars made in China, took in 1.16 million units"
E_MX = "Mexico came in as the second-largest destination with 444,700 vehicles"
E_AE = "the United Arab Emirates moved up to third, taking 330,300"
E_BE = "shipments to Belgium, the chief gateway for China's electric cars into the EU, dropped 8.9%"
E_2020 = "Back in 2020, just four years earlier, China's vehicle exports totalled only 1.08 million"
E_IMP = "car imports fell 12% last year to 700,000 units, valued at $41.6 billion"
E_BAL = "The country therefore ran a surplus of about $76 billion in vehicle trade"

ARTICLE = {
    "id": "dB1_05_nikkei_china_auto_exports_2024",
    "title": "Mexico and Gulf offset European weakness as China's 2024 car exports exceed 6.4m",
    "publisher": None,
    "published": "2025-01-20",
    "notes": [
        "No outlet is named in the text (Nikkei Asia-style layout with a subheadline and 'SHANGHAI --'): publisher null; "
        "published 2025-01-20 from metadata ('published on Monday'). The running period is the year 2024.",
        "Product for the whole-vehicle figures is 'automobiles' (the customs wording, 'automobile exports'), also for "
        "'cars made in China', 'vehicles', 'cars' imports and the 'vehicle trade' surplus, which all mean the same category; "
        "sub-categories keep their own words: passenger cars, commercial vehicles, new energy vehicles.",
        "Quantities in vehicles/units: measure quantity, unit number.",
        "Headline 'exceed 6.4m', lede 'more than 6.4 million' and subheadline '$117bn', 'biggest auto exporter' restate the "
        "body: threshold plus exact figure, labelled once as the exact body figure.",
        "Customs (6.41 million) and CAAM (5.86 million) give two different counts of the same observation (China's 2024 "
        "automobile exports): both labelled as written, as the guide asks for statements that disagree beyond rounding.",
        "Volume growth beside value growth is out: 'up 22.8% from 2023' (units) and CAAM's 'an increase of 19.3%' (units) stand "
        "beside the value growth 15.5%, which is labelled. Growth given only in units, with no value growth for the same "
        "product (passenger cars 19.7, commercial vehicles 17.5, NEVs 6.7 and 77.6, imports -12), is labelled as growth.",
        "'the 77.6% surge of 2023' = NEV export growth in 2023 (period 2023).",
        "'Japan ... sending about 4.2 million vehicles abroad in 2024, enough only for second place': area Japan, qualifier "
        "approx, rank 2; 'led the world in exports through 2022' has no definite period: out; 'for a second straight year' "
        "is a streak.",
        "Destination ranks are stated for Russia ('biggest market'), Mexico ('second-largest destination') and the UAE "
        "('moved up to third'); 'Next came the U.K., Brazil and Saudi Arabia' is an implied order: not labelled.",
        "'Back in 2020, ... only 1.08 million': a 2020 quantity fact.",
        "Out of scope: company figures (Chery 1.14 million, BYD 417,000: not an economy), duty rates 35.3% and 50%, "
        "the analyst's 7 million forecast ('around 7 million units this year'), 'four years earlier'.",
        "'(about 843 billion yuan)': the export value in a second currency, a separate fact, qualifier approx.",
    ],
    "facts": [
        fact("China", "exports", "quantity", 6.41e6, "number", Y, "6.41 million", E_CUS, product=AU),
        fact("China", "exports", "growth", 15.5, "percent", Y, "15.5", E_VAL, product=AU),
        fact("China", "exports", "value", 117.37e9, "USD", Y, "117.37 billion", E_VAL, product=AU),
        fact("China", "exports", "value", 843e9, "CNY", Y, "843 billion", E_VAL, product=AU, qualifier="approx"),
        fact("China", "exports", "rank", 1, "number", Y, "largest", E_CN_R, product=AU),
        fact("China", "exports", "quantity", 5.86e6, "number", Y, "5.86 million", E_CAAM, product=AU),
        fact("China", "exports", "quantity", 4.96e6, "number", Y, "4.96 million", E_SEG, product="passenger cars"),
        fact("China", "exports", "growth", 19.7, "percent", Y, "19.7", E_SEG, product="passenger cars"),
        fact("China", "exports", "quantity", 904000, "number", Y, "904,000", E_SEG, product="commercial vehicles"),
        fact("China", "exports", "growth", 17.5, "percent", Y, "17.5", E_SEG, product="commercial vehicles"),
        fact("China", "exports", "share", 21.9, "percent", Y, "21.9", E_NEV_SH, product="new energy vehicles"),
        fact("China", "exports", "growth", 6.7, "percent", Y, "6.7", E_NEV, product="new energy vehicles"),
        fact("China", "exports", "quantity", 1.28e6, "number", Y, "1.28 million", E_NEV, product="new energy vehicles"),
        fact("China", "exports", "growth", 77.6, "percent", period(2023, 1, 12), "77.6", E_NEV, product="new energy vehicles"),
        fact("Japan", "exports", "quantity", 4.2e6, "number", Y, "4.2 million", E_JP, product=AU, qualifier="approx"),
        fact("Japan", "exports", "rank", 2, "number", Y, "second", E_JP, product=AU),
        fact("China", "exports", "rank", 1, "number", Y, "biggest", E_RU, partner="Russia", product=AU),
        fact("China", "exports", "quantity", 1.16e6, "number", Y, "1.16 million", E_RU, partner="Russia", product=AU),
        fact("China", "exports", "rank", 2, "number", Y, "second", E_MX, partner="Mexico", product=AU),
        fact("China", "exports", "quantity", 444700, "number", Y, "444,700", E_MX, partner="Mexico", product=AU),
        fact("China", "exports", "rank", 3, "number", Y, "third", E_AE, partner="United Arab Emirates", product=AU),
        fact("China", "exports", "quantity", 330300, "number", Y, "330,300", E_AE, partner="United Arab Emirates", product=AU),
        fact("China", "exports", "growth", -8.9, "percent", Y, "8.9", E_BE, partner="Belgium", product=AU),
        fact("China", "exports", "quantity", 1.08e6, "number", period(2020, 1, 12), "1.08 million", E_2020, product=AU),
        fact("China", "imports", "quantity", 700000, "number", Y, "700,000", E_IMP, product=AU),
        fact("China", "imports", "growth", -12, "percent", Y, "12", E_IMP, product=AU),
        fact("China", "imports", "value", 41.6e9, "USD", Y, "41.6 billion", E_IMP, product=AU),
        fact("China", "balance", "value", 76e9, "USD", Y, "76 billion", E_BAL, product=AU, qualifier="approx"),
    ],
}
