from _fact import fact, period

JP = "Japan"
OCT = period(2025, 10)
SEP = period(2025, 9)

ARTICLE = {
    "id": "dBG2_02_reuters_japan_oct_trade",
    "title": "Japan's October exports beat forecasts as chip demand offsets smaller U.S. drop",
    "publisher": "Reuters",
    "published": "2025-11-20",
    "notes": [
        "Real (Ministry of Finance data of 2025-11-20 as reported): exports +3.6% (Sep +4.2%), imports +0.7%, deficit "
        "231.77bn yen (Sep revised 237.36bn, Oct 2024 499.95bn), exports 9.77trn yen, exports to US -3.1% (Sep -13.3%), "
        "to China +2.1%, to EU +9.2%, Hong Kong +19.2%, Taiwan +17.7%, imports from US +20.9%, car exports to US Sep -24.2%, "
        "export volume -1.2%, poll deficit forecast 271.4bn yen.",
        "Derived: imports 10.00trn yen (9.77trn + 0.23trn deficit); $1.50bn at the stated 154.64 yen rate.",
        "Made up: poll medians of +1.1% exports and -0.7% imports; car exports to the US -2.4% in October; exports to Asia "
        "+4.9% and Asia's share of about 52%; semiconductors and other electronic components +11.8%; surplus with the US "
        "565.2bn yen, -21.0% y/y; US as the largest export destination (2024 ranking). Tsubasa Research "
        "Institute and its unnamed economist are fictional; the credit line names no reporter or editor.",
        "Not labelled: poll forecasts (1.1%, 0.7% decline, 271.4 billion yen), tariff rates (15%, 27.5%), the 2% inflation "
        "target, the 154.64 exchange rate, streaks ('four straight months', 'seventh straight month'), and export volume "
        "-1.2% (volume growth beside value growth is out of scope).",
        "'Japan's largest export destination' = rank 1 of exports to the US; 'Japan's biggest trading partner' = rank 1 "
        "of total trade with China.",
        "The trade deficit in dollars ($1.50 billion, in parentheses with no 'about') is a separate USD fact, qualifier exact.",
        "'a drop of 21.0%' of the surplus with the US: growth -21.0 on flow balance.",
    ],
    "facts": [
        fact(JP, "exports", "growth", 3.6, "percent", OCT, "3.6",
             "the value of exports up 3.6% in October from a year earlier"),
        fact(JP, "exports", "growth", 4.2, "percent", SEP, "4.2",
             "In September, exports had risen 4.2%."),
        fact(JP, "imports", "growth", 0.7, "percent", OCT, "0.7",
             "Imports grew 0.7% on the year in October"),
        fact(JP, "balance", "value", -231.8e9, "JPY", OCT, "231.8 billion",
             "Japan with a trade deficit of 231.8 billion yen ($1.50 billion) for October"),
        fact(JP, "balance", "value", -1.50e9, "USD", OCT, "1.50 billion",
             "Japan with a trade deficit of 231.8 billion yen ($1.50 billion) for October"),
        fact(JP, "balance", "value", -237.4e9, "JPY", SEP, "237.4 billion",
             "after a revised 237.4 billion yen deficit in September"),
        fact(JP, "balance", "value", -500e9, "JPY", period(2024, 10), "500 billion",
             "the gap narrowed from nearly 500 billion yen a year earlier", qualifier="approx"),
        fact(JP, "exports", "value", 9.77e12, "JPY", OCT, "9.77 trillion",
             "The total value of exports came to 9.77 trillion yen"),
        fact(JP, "imports", "value", 10.00e12, "JPY", OCT, "10.00 trillion",
             "imports totalled 10.00 trillion yen"),
        fact(JP, "exports", "rank", 1, "number", OCT, "largest",
             "The United States remains Japan's largest export destination", partner="United States"),
        fact(JP, "exports", "growth", -3.1, "percent", OCT, "3.1",
             "U.S.-bound exports fell for a seventh straight month, down 3.1% year-on-year in October",
             partner="United States"),
        fact(JP, "exports", "growth", -13.3, "percent", SEP, "13.3",
             "the decline was far milder than September's 13.3% slide", partner="United States"),
        fact(JP, "exports", "growth", -2.4, "percent", OCT, "2.4",
             "car shipments to the U.S. responded: their value dropped just 2.4% in October", partner="United States", product="cars"),
        fact(JP, "exports", "growth", -24.2, "percent", SEP, "24.2",
             "after a 24.2% slump in September", partner="United States", product="cars"),
        fact(JP, "imports", "growth", 20.9, "percent", OCT, "20.9",
             "Purchases of American goods, which Tokyo pledged to step up under the deal, rose 20.9%", partner="United States"),
        fact(JP, "balance", "value", 565.2e9, "JPY", OCT, "565.2 billion",
             "That left Japan's trade surplus with the U.S. at 565.2 billion yen", partner="United States"),
        fact(JP, "balance", "growth", -21.0, "percent", OCT, "21.0",
             "Japan's trade surplus with the U.S. at 565.2 billion yen, a drop of 21.0% from a year earlier",
             partner="United States"),
        fact(JP, "total", "rank", 1, "number", OCT, "biggest",
             "China, Japan's biggest trading partner", partner="China"),
        fact(JP, "exports", "growth", 2.1, "percent", OCT, "2.1",
             "a 2.1% rise in exports to China", partner="China"),
        fact(JP, "exports", "share", 52, "percent", OCT, "52",
             "Asia as a whole, which takes about 52% of Japan's shipments abroad", partner="Asia",
             qualifier="approx"),
        fact(JP, "exports", "growth", 4.9, "percent", OCT, "4.9",
             "Exports to Asia as a whole, which takes about 52% of Japan's shipments abroad, grew 4.9%",
             partner="Asia"),
        fact(JP, "exports", "growth", 9.2, "percent", OCT, "9.2",
             "Exports to the European Union climbed 9.2%", partner="European Union"),
        fact(JP, "exports", "growth", 19.2, "percent", OCT, "19.2",
             "those to Hong Kong and Taiwan jumped 19.2% and 17.7%, respectively", partner="Hong Kong"),
        fact(JP, "exports", "growth", 17.7, "percent", OCT, "17.7",
             "those to Hong Kong and Taiwan jumped 19.2% and 17.7%, respectively", partner="Taiwan"),
        fact(JP, "exports", "growth", 11.8, "percent", OCT, "11.8",
             "shipments of semiconductors and other electronic components rose 11.8%",
             product="semiconductors and other electronic components"),
    ],
}
