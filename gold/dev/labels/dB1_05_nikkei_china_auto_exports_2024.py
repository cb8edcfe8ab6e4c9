from _fact import fact, period

Y = period(2024, 1, 12)
AU = "automobiles"

E_CUS = ("Exports of automobiles, including chassis, reached 6.41 million units, 22.8% more than in 2023")
E_VAL = "Their value rose 15.5% to $117.37 billion (about 843 billion yuan)"
E_CAAM = "The China Association of Automobile Manufacturers said members exported 5.86 million vehicles last year"
E_SEG = ("Of these, passenger cars made up 4.96 million, up 19.7%, and commercial vehicles 904,000, up 17.5%")
E_NEV_SH = "New energy vehicles, which include pure electric and plug-in hybrid models, accounted for 21.9% of the association's export total"
E_NEV = "Overseas sales of NEVs grew 6.7% to 1.28 million, a sharp slowdown from 2023, when they jumped 77.6%"
E_JP = ("Japan, the top exporter until 2022, shipped about 4.2 million vehicles in 2024, according to the Japan "
        "Automobile Manufacturers Association, leaving it in second place for a second year")
E_CN_R = "extending its lead as the world's largest car exporter"
E_RU = "Russia remained the biggest buyer of Chinese cars, taking 1.16 million units"
E_MX = "Mexico, the second-largest market, absorbed 444,700 vehicles"
E_AE = "the United Arab Emirates climbed to third with 330,300"
E_BE = "Exports to Belgium, the main entry point for Chinese electric cars into the EU, fell 8.9%"
E_2020 = "Four years ago, in 2020, China exported only 1.08 million vehicles"
E_IMP = "China brought in 700,000 cars last year, down 12%, worth $41.6 billion"
E_BAL = "That left the country with a surplus in vehicle trade of about $76 billion"

ARTICLE = {
    "id": "dB1_05_nikkei_china_auto_exports_2024",
    "title": "China's car exports top 6.4m in 2024 as Mexico and Gulf take up slack from Europe",
    "publisher": None,
    "published": "2025-01-20",
    "notes": [
        "No outlet is named in the text (Nikkei Asia-style layout with a subheadline and 'SHANGHAI --'): publisher null; "
        "published 2025-01-20 from metadata ('released on Monday'). The running period is the year 2024.",
        "Product for the whole-vehicle figures is 'automobiles' (the customs wording, 'Exports of automobiles'), also for "
        "'Chinese cars', 'vehicles', 'cars' imports and the 'vehicle trade' surplus, which all mean the same category; "
        "sub-categories keep their own words: passenger cars, commercial vehicles, new energy vehicles.",
        "Quantities in vehicles/units: measure quantity, unit number.",
        "Headline 'top 6.4m', lede 'more than 6.4 million' and subheadline '$117bn', 'biggest auto exporter' restate the "
        "body: threshold plus exact figure, labelled once as the exact body figure.",
        "Customs (6.41 million) and CAAM (5.86 million) give two different counts of the same observation (China's 2024 "
        "automobile exports): both labelled as written, as the guide asks for statements that disagree beyond rounding.",
        "Volume growth beside value growth is out: '22.8% more than in 2023' (units) and CAAM's 'up 19.3%' (units) stand "
        "beside the value growth 15.5%, which is labelled. Growth given only in units, with no value growth for the same "
        "product (passenger cars 19.7, commercial vehicles 17.5, NEVs 6.7 and 77.6, imports -12), is labelled as growth.",
        "'when they jumped 77.6%' = NEV export growth in 2023 (period 2023).",
        "'Japan ... shipped about 4.2 million vehicles in 2024 ... leaving it in second place': area Japan, qualifier "
        "approx, rank 2; 'the top exporter until 2022' has no definite period: out; 'for a second year' is a streak.",
        "Destination ranks are stated for Russia ('biggest buyer'), Mexico ('second-largest market') and the UAE "
        "('climbed to third'); 'The U.K., Brazil and Saudi Arabia followed' is an implied order: not labelled.",
        "'Four years ago, in 2020, ... 1.08 million vehicles': a 2020 quantity fact.",
        "Out of scope: company figures (Chery 1.14 million, BYD 417,000: not an economy), duty rates 35.3% and 50%, "
        "the analyst's 7 million forecast ('around 7 million units this year'), 'Four years ago'.",
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
