from _fact import fact, period

LK = "Sri Lanka"
OCT = period(2025, 10)
JO = period(2025, 1, 10)
GS = "goods and services"
US = "United States"

ARTICLE = {
    "id": "dBX2_05",
    "title": "Exports hold steady in Oct.; 10-month earnings cross $ 14.4 b",
    "publisher": "Daily FT",
    "published": "2025-11-26",
    "notes": [
        "Real figures (source, date): October 2025 total exports US$ 1,474.38 million, +0.16% y/y, +2.2% m/m; "
        "January-October US$ 14,433.82 million, +6.0%; coconut-based products above US$ 1 billion in January-October "
        "for the first time; 80% of the US$ 18 billion target (EDB via Ada Derana / Onlanka, 2025-11-25); merchandise "
        "+0.2% in October, January-October merchandise US$ 11.37 billion +6.53%, services US$ 316 million in October "
        "and US$ 3.06 billion +4.01% in January-October, apparel +5.56% in January-October (EDB via Newstube, 2025-11); "
        "services +0.67% to US$ 316.14 million and ICT/BPM +26.71% to US$ 154.50 million in October (EDB via "
        "Lankanewsweb, 2025-11); US the largest single destination and India second (EDB, September release); "
        "US reciprocal tariff 20%.",
        "Derived/made up: October merchandise US$ 1,158.24 million (derived: 1,474.38 - 316.14); apparel October "
        "US$ 412.36 million -3.82% and January-October US$ 4.46 billion (the real figure is cut off at '$4.4'); tea "
        "US$ 121.74 million +6.9%; rubber-based products US$ 83.6 million -1.4%; coconut-based October US$ 112.4 "
        "million +38.6% and January-October US$ 1,046.21 million; US October US$ 247.8 million -4.1% and 21.4% share "
        "(derived 247.8/1,158.24), US January-October US$ 2,499.6 million (derived: real Jan-Sep 2,251.85 + 247.8); "
        "EU US$ 268.4 million +9.7%; UK US$ 72.9 million -2.6% and third rank; the rupee conversion (about Rs. 302 "
        "per dollar, derived 1,474.38 x 302 = 445.3 billion).",
        "Judgement calls: EDB 'total exports' are goods and services (product 'goods and services'), merchandise "
        "exports are goods (product null), services exports are product 'services'; the ICT/BPM segment is product "
        "'ict/bpm' (services); tea and rubber sentences take October from the paragraph frame; 'Over the ten months, "
        "they rose' carries merchandise as subject; 'Cumulatively, the sector is up 5.56%' carries apparel and means "
        "January-October; the coconut-based threshold 'crossed $ 1 billion' is not labelled beside its exact figure; "
        "the headline and bullets repeat body observations in Daily FT's '$ 1.47 b' / '$ 316 m' form and are not "
        "labelled again; '2.2 pc above September' is basis mom; apparel 'largest merchandise export category' and the "
        "US 'largest single export destination' are ranks 1 for October; the rupee figure is an approx LKR fact; the text names no outlet, so publisher 'Daily FT' is set as the brief asks, though a strict reading of ANNOTATION's publisher rule would give null.",
        "Not facts: exchange rate Rs. 302 per dollar, the US$ 18 billion annual target and 'four-fifths' of it "
        "(target), the 20% US reciprocal tariff, 'double-digit gains' (no number), years, 'ten months'.",
        "Copy check: 21 sentences searched (in 11 queries), 2 reworded before searching (the 'figure includes "
        "estimates for gems and jewellery and petroleum products' and '80% of the annual target of $ 18 billion had "
        "already been achieved' sentences followed Ada Derana's wording); no excerpt shared a run of 8 words "
        "afterwards.",
        "Lint gap: Daily FT writes '$ 1.47 b', '$ 14.4 b', '$ 316 m' (scale letter after a space); the parser reads "
        "neither 'b' nor a spaced 'm', so those forms appear only in the headline and bullets, whose observations "
        "are labelled from the body.",
        "Second check: 30 sentences searched, 0 reworded.",
    ],
    "facts": [
        fact(LK, "exports", "value", 1474.38e6, "USD", OCT, "1,474.38 million",
             "Total exports of goods and services in October reached US$ 1,474.38 million", product=GS),
        fact(LK, "exports", "growth", 0.16, "percent", OCT, "0.16",
             "Total exports of goods and services in October reached US$ 1,474.38 million, 0.16 pc more than a year earlier",
             product=GS),
        fact(LK, "exports", "growth", 2.2, "percent", OCT, "2.2",
             "Total exports of goods and services in October reached US$ 1,474.38 million, 0.16 pc more than a year earlier and 2.2 pc above September",
             product=GS, basis="mom"),
        fact(LK, "exports", "value", 445e9, "LKR", OCT, "445 billion",
             "At the month's average exchange rate of about Rs. 302 per dollar, that is roughly Rs. 445 billion.",
             product=GS, qualifier="approx"),
        fact(LK, "exports", "value", 14433.82e6, "USD", JO, "14,433.82 million",
             "For January to October, earnings stood at US$ 14,433.82 million", product=GS),
        fact(LK, "exports", "growth", 6.0, "percent", JO, "6.0",
             "For January to October, earnings stood at US$ 14,433.82 million, an increase of 6.0% over the same period of 2024",
             product=GS),
        fact(LK, "exports", "growth", 0.2, "percent", OCT, "0.2",
             "Merchandise exports, according to provisional Sri Lanka Customs data, edged up 0.2 pc to US$ 1,158.24 million in October"),
        fact(LK, "exports", "value", 1158.24e6, "USD", OCT, "1,158.24 million",
             "Merchandise exports, according to provisional Sri Lanka Customs data, edged up 0.2 pc to US$ 1,158.24 million in October"),
        fact(LK, "exports", "growth", 6.53, "percent", JO, "6.53",
             "Over the ten months, they rose 6.53 pc to US$ 11.37 billion"),
        fact(LK, "exports", "value", 11.37e9, "USD", JO, "11.37 billion",
             "Over the ten months, they rose 6.53 pc to US$ 11.37 billion"),
        fact(LK, "exports", "growth", 0.67, "percent", OCT, "0.67",
             "Services exports, which the EDB estimates separately, increased 0.67% YoY to US$ 316.14 million in October",
             product="services"),
        fact(LK, "exports", "value", 316.14e6, "USD", OCT, "316.14 million",
             "Services exports, which the EDB estimates separately, increased 0.67% YoY to US$ 316.14 million in October",
             product="services"),
        fact(LK, "exports", "growth", 26.71, "percent", OCT, "26.71",
             "The ICT/BPM segment was the standout, its earnings rising 26.71% to US$ 154.50 million", product="ict/bpm"),
        fact(LK, "exports", "value", 154.5e6, "USD", OCT, "154.50 million",
             "The ICT/BPM segment was the standout, its earnings rising 26.71% to US$ 154.50 million", product="ict/bpm"),
        fact(LK, "exports", "value", 3.06e9, "USD", JO, "3.06 billion",
             "For the ten-month period, services are estimated at US$ 3.06 billion", product="services"),
        fact(LK, "exports", "growth", 4.01, "percent", JO, "4.01",
             "For the ten-month period, services are estimated at US$ 3.06 billion, 4.01% higher than a year ago",
             product="services"),
        fact(LK, "exports", "rank", 1, "number", OCT, "largest",
             "Apparel and textiles, the largest merchandise export category", product="apparel and textiles"),
        fact(LK, "exports", "value", 412.36e6, "USD", OCT, "412.36 million",
             "Apparel and textiles, the largest merchandise export category, earned US$ 412.36 million in October",
             product="apparel and textiles"),
        fact(LK, "exports", "growth", -3.82, "percent", OCT, "3.82",
             "Apparel and textiles, the largest merchandise export category, earned US$ 412.36 million in October, down 3.82% from October 2024",
             product="apparel and textiles"),
        fact(LK, "exports", "growth", 5.56, "percent", JO, "5.56",
             "Cumulatively, the sector is up 5.56% at US$ 4.46 billion", product="apparel and textiles"),
        fact(LK, "exports", "value", 4.46e9, "USD", JO, "4.46 billion",
             "Cumulatively, the sector is up 5.56% at US$ 4.46 billion", product="apparel and textiles"),
        fact(LK, "exports", "growth", 6.9, "percent", OCT, "6.9",
             "Tea exports grew 6.9 pc to US$ 121.74 million", product="tea"),
        fact(LK, "exports", "value", 121.74e6, "USD", OCT, "121.74 million",
             "Tea exports grew 6.9 pc to US$ 121.74 million", product="tea"),
        fact(LK, "exports", "growth", -1.4, "percent", OCT, "1.4",
             "Rubber and rubber-based products, on the other hand, slipped 1.4% to US$ 83.6 million",
             product="rubber and rubber-based products"),
        fact(LK, "exports", "value", 83.6e6, "USD", OCT, "83.6 million",
             "Rubber and rubber-based products, on the other hand, slipped 1.4% to US$ 83.6 million",
             product="rubber and rubber-based products"),
        fact(LK, "exports", "growth", 38.6, "percent", OCT, "38.6",
             "Coconut-based products kept up their strong run, with October earnings jumping 38.6% to US$ 112.4 million",
             product="coconut-based products"),
        fact(LK, "exports", "value", 112.4e6, "USD", OCT, "112.4 million",
             "Coconut-based products kept up their strong run, with October earnings jumping 38.6% to US$ 112.4 million",
             product="coconut-based products"),
        fact(LK, "exports", "value", 1046.21e6, "USD", JO, "1,046.21 million",
             "The category's January-October earnings crossed $ 1 billion for the first time, reaching US$ 1,046.21 million",
             product="coconut-based products"),
        fact(LK, "exports", "rank", 1, "number", OCT, "largest",
             "The United States, Sri Lanka's largest single export destination", partner=US),
        fact(LK, "exports", "value", 247.8e6, "USD", OCT, "247.8 million",
             "The United States, Sri Lanka's largest single export destination, absorbed US$ 247.8 million of goods in October",
             partner=US),
        fact(LK, "exports", "growth", -4.1, "percent", OCT, "4.1",
             "The United States, Sri Lanka's largest single export destination, absorbed US$ 247.8 million of goods in October, 4.1% less than a year earlier",
             partner=US),
        fact(LK, "exports", "share", 21.4, "percent", OCT, "21.4",
             "The United States, Sri Lanka's largest single export destination, absorbed US$ 247.8 million of goods in October, 4.1% less than a year earlier and equal to 21.4% of merchandise exports",
             partner=US),
        fact(LK, "exports", "value", 2499.6e6, "USD", JO, "2,499.6 million",
             "Year-to-date shipments to the US reached US$ 2,499.6 million", partner=US),
        fact(LK, "exports", "growth", 9.7, "percent", OCT, "9.7",
             "Exports to the European Union as a bloc increased 9.7% to US$ 268.4 million", partner="European Union"),
        fact(LK, "exports", "value", 268.4e6, "USD", OCT, "268.4 million",
             "Exports to the European Union as a bloc increased 9.7% to US$ 268.4 million", partner="European Union"),
        fact(LK, "exports", "rank", 3, "number", OCT, "third-largest",
             "The United Kingdom, the third-largest single market after the US and India", partner="United Kingdom"),
        fact(LK, "exports", "growth", -2.6, "percent", OCT, "2.6",
             "The United Kingdom, the third-largest single market after the US and India, slipped 2.6% to US$ 72.9 million",
             partner="United Kingdom"),
        fact(LK, "exports", "value", 72.9e6, "USD", OCT, "72.9 million",
             "The United Kingdom, the third-largest single market after the US and India, slipped 2.6% to US$ 72.9 million",
             partner="United Kingdom"),
    ],
}
