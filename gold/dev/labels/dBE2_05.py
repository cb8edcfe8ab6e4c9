from _fact import fact, period

IND = "India"
OCT = period(2025, 10)
SEP = period(2025, 9)
OCT24 = period(2024, 10)
FY = period(2025, 4, 10)
FY24 = period(2024, 4, 10)

ARTICLE = {
    "id": "dBE2_05",
    "title": "Exports slip 11.8 pc in Oct; trade deficit hits record USD 41.68 bn on gold imports",
    "publisher": "PTI",
    "published": "2025-11-17",
    "notes": [
        "Figures modelled on the commerce ministry release of 17 Nov 2025 and its PTI/UNI coverage; the electronics import rate and value for October, the US export rate and the rupee conversions are set for the exercise.",
        "Area India throughout, from the headline and the opening paragraph; the cumulative figures 'For the first seven months of the fiscal, April-October' take the period 2025-04..2025-10 (fiscal year 2025-26); 'the same period of last year' / 'a year earlier' values there take 2024-04..2024-10.",
        "Headline and body state the same -11.8 growth and the same USD 41.68 billion deficit: labelled once, from the body.",
        "Comparison-base levels that are stated as figures ('from USD 4.92 billion in October last year', 'from USD 18.9 billion a year ago', 'USD 31.32 billion in October 2024', services 'USD 34.41 billion' and 'USD 17.23 billion', deficit 'USD 171.40 billion', gold 'USD 33.96 billion') are labelled as value facts for their own (year-earlier) periods. 'In September, the trade gap had stood at USD 32.15 billion' is a balance for 2025-09.",
        "Rupee figures: 'Rs 3.03 lakh crore' and 'Rs 6.69 lakh crore' are INR facts for October exports and imports (exact, no hedge); 'USD 2.71 billion (about Rs 23,848 crore)' gives a second, approx INR fact for silver imports.",
        "Services estimates for October ('are estimated at') are labelled: they are the ministry's current estimates for a past month, not forecasts.",
        "'electronic goods, the second-largest item in the import basket after petroleum' -> rank 2 for electronic goods imports in October; petroleum's implied rank 1 there is not stated as such and is not labelled. 'Petroleum, crude and products, the largest import item' -> rank 1 for April-October. 'the US nevertheless remained the country's largest export destination in April-October' -> rank 1, partner United States, 2025-04..10.",
        "Product wording kept from the text: 'gold', 'silver', 'crude oil', 'electronic goods', 'petroleum products', 'petroleum, crude and products', 'non-petroleum and non-gems and jewellery'. 'Overall exports of goods and services' -> product 'goods and services'.",
        "'about USD 4 billion' for petroleum product exports -> qualifier approx.",
        "Out of scope, not labelled: the 50 per cent US duty (tariff rate), 'record'/'all-time high'/'highest ever' (milestones), 'almost trebled' (no number beyond the 199.2 stated), the FIEO remarks.",
    ],
    "facts": [
        fact(IND, "exports", "growth", -11.8, "percent", OCT, "11.8", "Steep US tariffs and a high base pulled India's merchandise exports down 11.8 per cent to USD 34.38 billion in October"),
        fact(IND, "exports", "value", 34.38e9, "USD", OCT, "34.38 billion", "Steep US tariffs and a high base pulled India's merchandise exports down 11.8 per cent to USD 34.38 billion in October"),
        fact(IND, "balance", "value", -41.68e9, "USD", OCT, "41.68 billion", "pushed the trade deficit to an all-time high of USD 41.68 billion"),
        fact(IND, "imports", "growth", 16.63, "percent", OCT, "16.63", "imports climbed 16.63 per cent in October to USD 76.06 billion"),
        fact(IND, "imports", "value", 76.06e9, "USD", OCT, "76.06 billion", "imports climbed 16.63 per cent in October to USD 76.06 billion"),
        fact(IND, "balance", "value", -32.15e9, "USD", SEP, "32.15 billion", "In September, the trade gap had stood at USD 32.15 billion."),
        fact(IND, "exports", "value", 3.03e12, "INR", OCT, "3.03 lakh crore", "In rupee terms, exports were Rs 3.03 lakh crore in October"),
        fact(IND, "imports", "value", 6.69e12, "INR", OCT, "6.69 lakh crore", "while imports stood at Rs 6.69 lakh crore"),
        # gold and silver
        fact(IND, "imports", "growth", 199.2, "percent", OCT, "199.2", "Gold imports almost trebled, soaring 199.2 per cent to USD 14.72 billion", product="gold"),
        fact(IND, "imports", "value", 14.72e9, "USD", OCT, "14.72 billion", "Gold imports almost trebled, soaring 199.2 per cent to USD 14.72 billion", product="gold"),
        fact(IND, "imports", "value", 4.92e9, "USD", OCT24, "4.92 billion", "soaring 199.2 per cent to USD 14.72 billion from USD 4.92 billion in October last year", product="gold"),
        fact(IND, "imports", "growth", 528.71, "percent", OCT, "528.71", "Silver imports jumped 528.71 per cent to USD 2.71 billion", product="silver"),
        fact(IND, "imports", "value", 2.71e9, "USD", OCT, "2.71 billion", "Silver imports jumped 528.71 per cent to USD 2.71 billion", product="silver"),
        fact(IND, "imports", "value", 2.3848e11, "INR", OCT, "23,848 crore", "Silver imports jumped 528.71 per cent to USD 2.71 billion (about Rs 23,848 crore)", product="silver", qualifier="approx"),
        # crude oil, electronics
        fact(IND, "imports", "value", 14.8e9, "USD", OCT, "14.8 billion", "trimmed the crude oil import bill to USD 14.8 billion in October", product="crude oil"),
        fact(IND, "imports", "value", 18.9e9, "USD", OCT24, "18.9 billion", "trimmed the crude oil import bill to USD 14.8 billion in October from USD 18.9 billion a year ago", product="crude oil"),
        fact(IND, "imports", "rank", 2, "number", OCT, "second", "Imports of electronic goods, the second-largest item in the import basket after petroleum", product="electronic goods"),
        fact(IND, "imports", "growth", 12.2, "percent", OCT, "12.2", "Imports of electronic goods, the second-largest item in the import basket after petroleum, grew 12.2 per cent to USD 9.06 billion.", product="electronic goods"),
        fact(IND, "imports", "value", 9.06e9, "USD", OCT, "9.06 billion", "Imports of electronic goods, the second-largest item in the import basket after petroleum, grew 12.2 per cent to USD 9.06 billion.", product="electronic goods"),
        # United States
        fact(IND, "exports", "growth", -8.6, "percent", OCT, "8.6", "Exports to the US, which has imposed a 50 per cent duty on most Indian goods since late August, declined 8.6 per cent to USD 6.31 billion.", partner="United States"),
        fact(IND, "exports", "value", 6.31e9, "USD", OCT, "6.31 billion", "Exports to the US, which has imposed a 50 per cent duty on most Indian goods since late August, declined 8.6 per cent to USD 6.31 billion.", partner="United States"),
        fact(IND, "exports", "rank", 1, "number", FY, "largest", "The US nevertheless remained the country's largest export destination in April-October", partner="United States"),
        fact(IND, "exports", "value", 52.15e9, "USD", FY, "52.15 billion", "The US nevertheless remained the country's largest export destination in April-October, with shipments of USD 52.15 billion.", partner="United States"),
        # core exports, petroleum products
        fact(IND, "exports", "value", 28.14e9, "USD", OCT, "28.14 billion", "October's non-petroleum and non-gems and jewellery exports, a gauge of core shipments, totalled USD 28.14 billion", product="non-petroleum and non-gems and jewellery"),
        fact(IND, "exports", "value", 31.32e9, "USD", OCT24, "31.32 billion", "October's non-petroleum and non-gems and jewellery exports, a gauge of core shipments, totalled USD 28.14 billion, down from USD 31.32 billion in October 2024.", product="non-petroleum and non-gems and jewellery"),
        fact(IND, "exports", "growth", -10.5, "percent", OCT, "10.5", "petroleum products, the last of which fell 10.5 per cent to about USD 4 billion", product="petroleum products"),
        fact(IND, "exports", "value", 4e9, "USD", OCT, "4 billion", "petroleum products, the last of which fell 10.5 per cent to about USD 4 billion", product="petroleum products", qualifier="approx"),
        # services
        fact(IND, "exports", "value", 38.52e9, "USD", OCT, "38.52 billion", "Services exports for October are estimated at USD 38.52 billion", product="services"),
        fact(IND, "exports", "value", 34.41e9, "USD", OCT24, "34.41 billion", "Services exports for October are estimated at USD 38.52 billion, against USD 34.41 billion in the year-ago month", product="services"),
        fact(IND, "imports", "value", 18.64e9, "USD", OCT, "18.64 billion", "services imports are estimated at USD 18.64 billion", product="services"),
        fact(IND, "imports", "value", 17.23e9, "USD", OCT24, "17.23 billion", "services imports are estimated at USD 18.64 billion compared with USD 17.23 billion", product="services"),
        # April-October
        fact(IND, "exports", "growth", 0.63, "percent", FY, "0.63", "For the first seven months of the fiscal, April-October, merchandise exports were up a marginal 0.63 per cent at USD 254.25 billion"),
        fact(IND, "exports", "value", 254.25e9, "USD", FY, "254.25 billion", "For the first seven months of the fiscal, April-October, merchandise exports were up a marginal 0.63 per cent at USD 254.25 billion"),
        fact(IND, "imports", "growth", 6.37, "percent", FY, "6.37", "the import bill grew 6.37 per cent to USD 451.08 billion"),
        fact(IND, "imports", "value", 451.08e9, "USD", FY, "451.08 billion", "the import bill grew 6.37 per cent to USD 451.08 billion"),
        fact(IND, "balance", "value", -196.82e9, "USD", FY, "196.82 billion", "That left a seven-month deficit of USD 196.82 billion"),
        fact(IND, "balance", "value", -171.40e9, "USD", FY24, "171.40 billion", "That left a seven-month deficit of USD 196.82 billion, compared with USD 171.40 billion in the same period of last year."),
        fact(IND, "imports", "value", 41.24e9, "USD", FY, "41.24 billion", "Gold imports in April-October were USD 41.24 billion", product="gold"),
        fact(IND, "imports", "value", 33.96e9, "USD", FY24, "33.96 billion", "Gold imports in April-October were USD 41.24 billion, up from USD 33.96 billion a year earlier.", product="gold"),
        fact(IND, "imports", "rank", 1, "number", FY, "largest", "Petroleum, crude and products, the largest import item", product="petroleum, crude and products"),
        fact(IND, "imports", "value", 106.91e9, "USD", FY, "106.91 billion", "Petroleum, crude and products, the largest import item, accounted for USD 106.91 billion", product="petroleum, crude and products"),
        fact(IND, "imports", "value", 65.73e9, "USD", FY, "65.73 billion", "electronic goods imports were USD 65.73 billion", product="electronic goods"),
        fact(IND, "exports", "value", 26.28e9, "USD", FY, "26.28 billion", "Electronic goods exports, a bright spot, were USD 26.28 billion in the seven-month period.", product="electronic goods"),
        fact(IND, "exports", "growth", 4.84, "percent", FY, "4.84", "Overall exports of goods and services during April-October grew 4.84 per cent", product="goods and services"),
    ],
}
