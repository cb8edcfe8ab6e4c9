from _fact import fact, period

IN = "India"
US = "United States"
UAE = "United Arab Emirates"
OCT = period(2025, 10)
SEP = period(2025, 9)
OCT24 = period(2024, 10)
AO = period(2025, 4, 10)
AO24 = period(2024, 4, 10)

ARTICLE = {
    "id": "dBK2_05",
    "title": "Exports slide 11.8 pc in Oct on US tariffs; gold rush lifts trade deficit to record USD 41.68 bn",
    "publisher": "PTI",
    "published": "2025-11-17",
    "notes": [
        "Real figures: commerce ministry data of 17 Nov 2025 (merchandise exports, imports and deficit for "
        "October and April-October, September and October 2024 deficits, gold, silver and crude oil imports, "
        "exports to the US and the UAE, engineering and gems and jewellery growth, services exports, goods and "
        "services totals). Invented: the rupee values (dollar figures at about Rs 88.2 per dollar), the gold "
        "share of the import bill (computed 14.72/76.06), the rounded 'about 15 per cent' sequential rise, the "
        "quotes.",
        "Judgement calls: 'sequentially from USD 5.47 billion in September' read as month-on-month growth with "
        "qualifier approx, and the 5.47 base labelled as the September value; 'the yellow metal' carries "
        "product gold from the sentence before; share of 'the country's import bill' = share of total "
        "imports; 'second-largest destination ... in October' = export rank 2 for October; 'first seven "
        "months of the 2025-26 fiscal, which began in April' = 2025-04..2025-10, 'corresponding period of "
        "2024-25' = 2024-04..2024-10; rupee figures labelled as separate INR facts; 'Rs 3,03,232 crore' read "
        "with Indian digit grouping (3.03232e12); deficits negative.",
        "Not facts: 'nearly tripled' (restates the 199.22 per cent figure without a number; the exact figure "
        "is labelled); 50 per cent US levy (tariff rate); Rs 25,060 crore Export Promotion Mission and 'six "
        "years' (not trade flows); 'all-time high' / 'highest on record' (milestones); '1 per cent of GDP' "
        "current account forecast; fiscal-year labels 2025-26 and 2024-25 (years).",
        "Copy check: 21 sentences searched, 5 reworded. Second check: 22 sentences searched, 1 reworded.",
    ],
    "facts": [
        fact(IN, "balance", "value", -41.68e9, "USD", OCT, "41.68 billion",
             "drove India's trade deficit to an all-time high of USD 41.68 billion in October"),
        fact(IN, "exports", "growth", -11.8, "percent", OCT, "11.8",
             "merchandise exports shrank 11.8 per cent year-on-year"),
        fact(IN, "exports", "value", 34.38e9, "USD", OCT, "34.38 billion",
             "merchandise exports shrank 11.8 per cent year-on-year to USD 34.38 billion"),
        fact(IN, "imports", "value", 76.06e9, "USD", OCT, "76.06 billion",
             "The import bill for the month climbed to USD 76.06 billion"),
        fact(IN, "imports", "growth", 16.63, "percent", OCT, "16.63",
             "The import bill for the month climbed to USD 76.06 billion, the highest on record and 16.63 per "
             "cent more than in October 2024"),
        fact(IN, "exports", "value", 3.03232e12, "INR", OCT, "3,03,232 crore",
             "In rupee terms, exports were valued at Rs 3,03,232 crore"),
        fact(IN, "imports", "value", 6.70849e12, "INR", OCT, "6,70,849 crore",
             "In rupee terms, exports were valued at Rs 3,03,232 crore and imports at Rs 6,70,849 crore"),
        fact(IN, "balance", "value", -3.68e12, "INR", OCT, "3.68 lakh crore",
             "In rupee terms, exports were valued at Rs 3,03,232 crore and imports at Rs 6,70,849 crore, "
             "leaving a gap of Rs 3.68 lakh crore"),
        fact(IN, "balance", "value", -32.15e9, "USD", SEP, "32.15 billion",
             "The deficit had stood at USD 32.15 billion in September"),
        fact(IN, "balance", "value", -26.23e9, "USD", OCT24, "26.23 billion",
             "The deficit had stood at USD 32.15 billion in September and USD 26.23 billion in October last year"),
        fact(IN, "imports", "growth", 199.22, "percent", OCT, "199.22",
             "Gold imports nearly tripled, rising 199.22 per cent", product="gold"),
        fact(IN, "imports", "value", 14.72e9, "USD", OCT, "14.72 billion",
             "Gold imports nearly tripled, rising 199.22 per cent to USD 14.72 billion", product="gold"),
        fact(IN, "imports", "share", 19.35, "percent", OCT, "19.35",
             "The yellow metal alone accounted for 19.35 per cent of the country's import bill during the month",
             product="gold"),
        fact(IN, "imports", "growth", 528.71, "percent", OCT, "528.71",
             "Silver imports soared 528.71 per cent", product="silver"),
        fact(IN, "imports", "value", 2.71e9, "USD", OCT, "2.71 billion",
             "Silver imports soared 528.71 per cent to USD 2.71 billion", product="silver"),
        fact(IN, "imports", "growth", -21.7, "percent", OCT, "21.7",
             "crude oil imports declined 21.7 per cent", product="crude oil"),
        fact(IN, "imports", "value", 14.8e9, "USD", OCT, "14.8 billion",
             "crude oil imports declined 21.7 per cent to USD 14.8 billion", product="crude oil"),
        fact(IN, "exports", "growth", -8.58, "percent", OCT, "8.58",
             "shipments to the US slipped 8.58 per cent", partner=US),
        fact(IN, "exports", "value", 6.31e9, "USD", OCT, "6.31 billion",
             "shipments to the US slipped 8.58 per cent to USD 6.31 billion in October", partner=US),
        fact(IN, "exports", "growth", 15, "percent", OCT, "15",
             "They were, however, up about 15 per cent sequentially from USD 5.47 billion in September",
             partner=US, basis="mom", qualifier="approx"),
        fact(IN, "exports", "value", 5.47e9, "USD", SEP, "5.47 billion",
             "They were, however, up about 15 per cent sequentially from USD 5.47 billion in September",
             partner=US),
        fact(IN, "exports", "rank", 2, "number", OCT, "second",
             "Exports to the UAE, the second-largest destination for Indian goods in October", partner=UAE),
        fact(IN, "exports", "growth", -10.17, "percent", OCT, "10.17",
             "Exports to the UAE, the second-largest destination for Indian goods in October, fell 10.17 per cent",
             partner=UAE),
        fact(IN, "exports", "value", 3.33e9, "USD", OCT, "3.33 billion",
             "Exports to the UAE, the second-largest destination for Indian goods in October, fell 10.17 per "
             "cent to USD 3.33 billion",
             partner=UAE),
        fact(IN, "exports", "growth", -16.7, "percent", OCT, "16.7",
             "engineering goods and gems and jewellery exports contracted 16.7 per cent and 29.5 per cent, "
             "respectively",
             product="engineering goods"),
        fact(IN, "exports", "growth", -29.5, "percent", OCT, "29.5",
             "engineering goods and gems and jewellery exports contracted 16.7 per cent and 29.5 per cent, "
             "respectively",
             product="gems and jewellery"),
        fact(IN, "exports", "value", 38.51e9, "USD", OCT, "38.51 billion",
             "The ministry estimated services exports for October at USD 38.51 billion", product="services"),
        fact(IN, "exports", "growth", -0.68, "percent", OCT, "0.68",
             "Taking goods and services together, exports slipped 0.68 per cent", product="goods and services"),
        fact(IN, "exports", "value", 72.89e9, "USD", OCT, "72.89 billion",
             "Taking goods and services together, exports slipped 0.68 per cent to USD 72.89 billion",
             product="goods and services"),
        fact(IN, "balance", "value", -21.80e9, "USD", OCT, "21.80 billion",
             "Taking goods and services together, exports slipped 0.68 per cent to USD 72.89 billion, and the "
             "overall trade deficit widened to USD 21.80 billion",
             product="goods and services"),
        fact(IN, "imports", "value", 451.08e9, "USD", AO, "451.08 billion",
             "For the first seven months of the 2025-26 fiscal, which began in April, merchandise imports "
             "totalled USD 451.08 billion"),
        fact(IN, "imports", "growth", 6.37, "percent", AO, "6.37",
             "For the first seven months of the 2025-26 fiscal, which began in April, merchandise imports "
             "totalled USD 451.08 billion, 6.37 per cent more than a year earlier"),
        fact(IN, "exports", "growth", 0.63, "percent", AO, "0.63",
             "For the first seven months of the 2025-26 fiscal, which began in April, merchandise imports "
             "totalled USD 451.08 billion, 6.37 per cent more than a year earlier, while exports edged up "
             "0.63 per cent"),
        fact(IN, "exports", "value", 254.25e9, "USD", AO, "254.25 billion",
             "For the first seven months of the 2025-26 fiscal, which began in April, merchandise imports "
             "totalled USD 451.08 billion, 6.37 per cent more than a year earlier, while exports edged up "
             "0.63 per cent to USD 254.25 billion"),
        fact(IN, "balance", "value", -196.82e9, "USD", AO, "196.82 billion",
             "That left a cumulative merchandise trade gap of USD 196.82 billion"),
        fact(IN, "balance", "value", -171.40e9, "USD", AO24, "171.40 billion",
             "That left a cumulative merchandise trade gap of USD 196.82 billion, against USD 171.40 billion "
             "in the corresponding period of 2024-25"),
    ],
}
