from _fact import fact, period

GH = "Ghana"
Y24 = period(2024, 1, 12)
Y23 = period(2023, 1, 12)
Q4 = period(2024, 10, 12)

ARTICLE = {
    "id": "dBZ2_04",
    "title": "Gold lifts 2024 trade surplus to GH¢44.7bn - GSS",
    "publisher": "Graphic Online",
    "published": "2025-06-12",
    "notes": [
        "Real figures (source, date): GSS 2024 annual trade report as reported by The High Street Journal (2025): surplus "
        "GH¢44.7bn vs GH¢5.3bn in 2023, exports GH¢294.9bn, imports GH¢250.2bn, gold bullion GH¢163bn and 55.3% of "
        "exports, crude petroleum GH¢52.6bn, cocoa beans GH¢14.9bn, mineral fuels and oils 25.7% of imports vs 32.1%, "
        "imports from China GH¢56.8bn vs GH¢33.9bn, exports to Africa GH¢59.5bn, imports from Africa GH¢27.4bn, "
        "intra-African surplus GH¢32.1bn vs GH¢20.7bn, South Africa 60.5% of exports to Africa; Q4 2024 exports GH¢92.9bn and imports GH¢72.4bn (frontpagegh.com, 2025); BoG January 2025 "
        "Summary of Economic and Financial Data as reported by theghanareport.com and businessghana.com (2025-01): "
        "surplus US$4.98bn vs US$2.69bn, exports US$20.22bn up 21.06%, gold US$11.64bn up 53.2%, oil US$3.68bn down "
        "0.7%, cocoa US$1.7bn vs US$2.15bn, imports US$15.24bn vs US$14bn, reserves US$8.98bn, four months of cover.",
        "Derived/made up: the "
        "US$3.1bn dollar equivalent of the GSS surplus derived at an assumed average rate of about GH¢14.6 per dollar; "
        "21.06% rounded to 21.1; the oil/non-oil split of imports (US$4.62bn/US$10.62bn) is made up to sum to the real "
        "total; the UAE as second-largest import source is inferred from the report's listing order (China, then UAE, "
        "UK, India); the reporter, the economist and his quote, the publication date and the gold price average are made up.",
        "Judgement calls: 'It fetched GH¢163 billion' carries gold bullion from the previous sentence; 'Purchases from "
        "the Asian country' is imports from China; South Africa's 60.5% is a share of exports to Africa, labelled as an "
        "export share with partner South Africa; the GSS cedi figures (product 'gold bullion', 'crude petroleum', 'cocoa "
        "beans') and the BoG dollar figures (product 'gold', 'crude oil', 'cocoa') are kept as the text names them; the "
        "GSS surplus in dollars (US$3.1bn) and the BoG surplus (US$4.98bn) are different observations in the same unit "
        "and are both labelled; 'beans and products' labelled product 'cocoa'; '0.7 per cent less than the year before' is -0.7.",
        "Not facts: gold price US$2,390 per fine ounce (LBMA average was about US$2,386); gross international reserves US$8.98 billion; four months of "
        "import cover; the cedi losing about 19 per cent of its value to the dollar; GDP growth 5.7 per cent; the economist's 'halve in 2025' "
        "forecast; the years 2023, 2024, 2025; the January 2025 Summary title.",
        "Copy check: 22 sentences searched, 1 reworded (the cedi-depreciation sentence shared the clause skeleton of a cidaninvestments.com line); the search also showed the real Q4 exports figure (GH¢92.9bn), which replaced a derived 96.4bn.",
        "Second check: 30 sentences searched, 7 reworded.",
    ],
    "facts": [
        fact(GH, "balance", "value", 44.7e9, "GHS", Y24, "44.7 billion",
             "put the surplus for the year at GH¢44.7 billion"),
        fact(GH, "balance", "value", 5.3e9, "GHS", Y23, "5.3 billion",
             "put the surplus for the year at GH¢44.7 billion, against GH¢5.3 billion in 2023"),
        fact(GH, "balance", "value", 3.1e9, "USD", Y24, "3.1 billion",
             "the surplus works out to roughly US$3.1 billion", qualifier="approx"),
        fact(GH, "exports", "value", 294.9e9, "GHS", Y24, "294.9 billion",
             "Merchandise exports were valued at GH¢294.9 billion"),
        fact(GH, "imports", "value", 250.2e9, "GHS", Y24, "250.2 billion",
             "imports cost the economy GH¢250.2 billion"),
        fact(GH, "exports", "value", 92.9e9, "GHS", Q4, "92.9 billion",
             "October to December alone produced GH¢92.9 billion of exports"),
        fact(GH, "imports", "value", 72.4e9, "GHS", Q4, "72.4 billion",
             "October to December alone produced GH¢92.9 billion of exports against GH¢72.4 billion of imports"),
        fact(GH, "exports", "value", 163e9, "GHS", Y24, "163 billion",
             "It fetched GH¢163 billion over the twelve months", product="gold bullion"),
        fact(GH, "exports", "share", 55.3, "percent", Y24, "55.3",
             "equal to 55.3 per cent of everything Ghana sold abroad", product="gold bullion"),
        fact(GH, "exports", "value", 52.6e9, "GHS", Y24, "52.6 billion",
             "Crude petroleum and cocoa beans earned GH¢52.6 billion and GH¢14.9 billion respectively",
             product="crude petroleum"),
        fact(GH, "exports", "value", 14.9e9, "GHS", Y24, "14.9 billion",
             "Crude petroleum and cocoa beans earned GH¢52.6 billion and GH¢14.9 billion respectively",
             product="cocoa beans"),
        fact(GH, "imports", "share", 25.7, "percent", Y24, "25.7",
             "Mineral fuels and oils, a category that covers diesel, petrol and crude for the Tema refinery, made up 25.7 per cent of the import bill in 2024",
             product="mineral fuels and oils"),
        fact(GH, "imports", "share", 32.1, "percent", Y23, "32.1",
             "made up 25.7 per cent of the import bill in 2024, compared with 32.1 per cent the year before",
             product="mineral fuels and oils"),
        fact(GH, "imports", "rank", 1, "number", Y24, "largest",
             "Ghana's largest supplier, China", partner="China"),
        fact(GH, "imports", "value", 56.8e9, "GHS", Y24, "56.8 billion",
             "Purchases from the Asian country climbed to GH¢56.8 billion from GH¢33.9 billion in 2023", partner="China"),
        fact(GH, "imports", "value", 33.9e9, "GHS", Y23, "33.9 billion",
             "Purchases from the Asian country climbed to GH¢56.8 billion from GH¢33.9 billion in 2023", partner="China"),
        fact(GH, "imports", "rank", 2, "number", Y24, "second",
             "The UAE came second, followed by the United Kingdom and India", partner="United Arab Emirates"),
        fact(GH, "exports", "value", 59.5e9, "GHS", Y24, "59.5 billion",
             "Shipments to other African countries reached GH¢59.5 billion", partner="Africa"),
        fact(GH, "imports", "value", 27.4e9, "GHS", Y24, "27.4 billion",
             "goods bought from the continent came to GH¢27.4 billion", partner="Africa"),
        fact(GH, "balance", "value", 32.1e9, "GHS", Y24, "32.1 billion",
             "The intra-African surplus therefore rose to GH¢32.1 billion", partner="Africa"),
        fact(GH, "balance", "value", 20.7e9, "GHS", Y23, "20.7 billion",
             "The intra-African surplus therefore rose to GH¢32.1 billion, up from GH¢20.7 billion a year earlier",
             partner="Africa"),
        fact(GH, "exports", "share", 60.5, "percent", Y24, "60.5",
             "South Africa alone absorbed 60.5 per cent of what Ghana sent to fellow African states",
             partner="South Africa"),
        fact(GH, "balance", "value", 4.98e9, "USD", Y24, "4.98 billion",
             "the central bank recorded a trade surplus of US$4.98 billion for the year"),
        fact(GH, "balance", "value", 2.69e9, "USD", Y23, "2.69 billion",
             "a trade surplus of US$4.98 billion for the year, against US$2.69 billion at the close of 2023"),
        fact(GH, "exports", "growth", 21.1, "percent", Y24, "21.1",
             "Receipts from all exports came to US$20.22 billion, a rise of 21.1 per cent"),
        fact(GH, "exports", "value", 20.22e9, "USD", Y24, "20.22 billion",
             "Receipts from all exports came to US$20.22 billion"),
        fact(GH, "exports", "growth", 53.2, "percent", Y24, "53.2",
             "Gold alone earned US$11.64 billion, 53.2 per cent up on the previous year", product="gold"),
        fact(GH, "exports", "value", 11.64e9, "USD", Y24, "11.64 billion",
             "Gold alone earned US$11.64 billion", product="gold"),
        fact(GH, "exports", "value", 3.68e9, "USD", Y24, "3.68 billion",
             "crude oil fetched US$3.68 billion", product="crude oil"),
        fact(GH, "exports", "growth", -0.7, "percent", Y24, "0.7",
             "crude oil fetched US$3.68 billion, 0.7 per cent less than the year before", product="crude oil"),
        fact(GH, "exports", "value", 1.70e9, "USD", Y24, "1.70 billion",
             "Earnings from beans and products dropped to US$1.70 billion", product="cocoa"),
        fact(GH, "exports", "value", 2.15e9, "USD", Y23, "2.15 billion",
             "Earnings from beans and products dropped to US$1.70 billion from US$2.15 billion", product="cocoa"),
        fact(GH, "imports", "value", 15.24e9, "USD", Y24, "15.24 billion",
             "Ghana spent US$15.24 billion on imports"),
        fact(GH, "imports", "value", 14.0e9, "USD", Y23, "14.0 billion",
             "Ghana spent US$15.24 billion on imports, compared with US$14.0 billion in 2023"),
        fact(GH, "imports", "value", 4.62e9, "USD", Y24, "4.62 billion",
             "oil imports accounted for US$4.62 billion", product="oil"),
        fact(GH, "imports", "value", 10.62e9, "USD", Y24, "10.62 billion",
             "non-oil imports for US$10.62 billion", product="non-oil goods"),
    ],
}
