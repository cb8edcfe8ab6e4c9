from _fact import fact, period

IN = "India"
SEP = period(2026, 9)
SEP25 = period(2025, 9)
H1 = period(2026, 4, 9)  # April-September 2026-27

ARTICLE = {
    "id": "dBN2_05",
    "title": "Gold import slump trims Sept trade deficit to USD 28.92 bn; exports up 4.23 pc at USD 37.92 bn",
    "publisher": "PTI",
    "published": "2026-10-15",
    "notes": [
        "Real figures: the September 2025 deficit of USD 32.15 billion (commerce ministry, October 2025) is the real "
        "comparison base; the September 2025 levels behind the growth rates are real (exports USD 36.38 bn, imports "
        "USD 68.53 bn, gold USD 9.6 bn, exports to the US USD 5.46 bn, electronics USD 3.12 bn, April-September "
        "2025-26 exports USD 220.12 bn, imports USD 375.11 bn, overall exports USD 413.30 bn). Invented: every "
        "September 2026 and April-September 2026-27 figure, derived from those bases so that they agree: "
        "36.38 x 1.0423 = 37.92; 68.53 x 0.9753 = 66.84; 66.84 - 37.92 = 28.92; 9.6 x 0.618 = 5.93; "
        "3.12 x 1.314 = 4.10; 5.46 x 1.183 = 6.46; 220.12 x 1.0342 = 227.65; 375.11 x 1.0182 = 381.94; "
        "381.94 - 227.65 = 154.29; 413.30 x 1.0524 = 434.95. Rupee figures derived at an assumed Rs 88.9 per "
        "dollar for September (37.92 x 88.9 = Rs 3,37,109 crore; 66.84 x 88.9 = Rs 5,94,208 crore) and about Rs 88.7 "
        "for the half year (Rs 20.19 lakh crore); the 4.94% rupee growth assumes Rs 88.3 in September 2025. Crude "
        "oil, engineering goods, UAE, Netherlands, services and the 3.1% sequential rise are invented.",
        "Judgement calls: area India throughout. 'September' is September 2026 (dateline Oct 15, 2026); 'September "
        "last year' is 2025-09, so 'The deficit had stood at USD 32.15 billion in September last year' is a balance "
        "fact for 2025-09. The rupee figures are separate INR facts; 'In rupee terms, exports grew 4.94 per cent' is "
        "a second export growth fact for September 2026 (the record has no field for the currency of a growth rate, "
        "so it differs from the dollar growth of 4.23 only by value). 'Sequentially, exports rose 3.1 per cent from "
        "August' is mom. Growth without a cue ('rose 18.3 per cent', 'shrank 38.2 per cent') is yoy. The first-half exports and imports ('Merchandise exports in the period ...') take April-September 2026-27 from the sentence before; 'which were 1.82 per cent higher' is their yoy growth. 'merchandise' "
        "figures have product null (goods alone); services figures product 'services'; 'Overall exports of goods "
        "and services' product 'goods and services'. 'estimated' is not a qualifier (exact). Products in the text's "
        "words: 'gold', 'crude oil', 'electronic goods', 'engineering goods'. Partners 'United States' (US), "
        "'United Arab Emirates' (UAE), 'Netherlands'. Headline figures repeat body facts and are labelled once.",
        "Not facts: the 50 per cent US duty (a tariff rate); the USD 1 trillion goal for 2030 (a target); the "
        "current account deficit of about 1 per cent of GDP (a forecast, not trade); the rupee at 88.92 to the dollar "
        "(exchange rate); 'August 2025', '2026-27', 'six months' (years and periods).",
        "Copy check: 7 sentences searched, 3 reworded (the lead, the gold sentence and the April-September cumulative sentence followed real PTI/wire sentences' clause order and wording).",
        "Second check: 12 sentences searched, 3 reworded.",
    ],
    "facts": [
        fact(IN, "exports", "growth", 4.23, "percent", SEP, "4.23",
             "merchandise exports up 4.23 per cent year-on-year"),
        fact(IN, "exports", "value", 37.92e9, "USD", SEP, "37.92 billion",
             "with merchandise exports up 4.23 per cent year-on-year at USD 37.92 billion"),
        fact(IN, "imports", "growth", -2.47, "percent", SEP, "2.47",
             "pulled India's imports down 2.47 per cent"),
        fact(IN, "imports", "value", 66.84e9, "USD", SEP, "66.84 billion",
             "pulled India's imports down 2.47 per cent to USD 66.84 billion in September"),
        fact(IN, "balance", "value", -28.92e9, "USD", SEP, "28.92 billion",
             "the trade deficit shrank to USD 28.92 billion"),
        fact(IN, "balance", "value", -32.15e9, "USD", SEP25, "32.15 billion",
             "The deficit had stood at USD 32.15 billion in September last year"),
        fact(IN, "exports", "growth", 3.1, "percent", SEP, "3.1",
             "Sequentially, exports rose 3.1 per cent from August", basis="mom"),
        fact(IN, "exports", "growth", 4.94, "percent", SEP, "4.94",
             "In rupee terms, exports grew 4.94 per cent"),
        fact(IN, "exports", "value", 3.37109e12, "INR", SEP, "3,37,109 crore",
             "In rupee terms, exports grew 4.94 per cent to Rs 3,37,109 crore during the month"),
        fact(IN, "imports", "value", 5.94208e12, "INR", SEP, "5,94,208 crore",
             "imports were valued at Rs 5,94,208 crore"),
        fact(IN, "imports", "growth", -38.2, "percent", SEP, "38.2",
             "Inbound shipments of gold shrank 38.2 per cent", product="gold"),
        fact(IN, "imports", "value", 5.93e9, "USD", SEP, "5.93 billion",
             "Inbound shipments of gold shrank 38.2 per cent to USD 5.93 billion", product="gold"),
        fact(IN, "imports", "growth", -6.1, "percent", SEP, "6.1",
             "The import bill for crude oil eased 6.1 per cent", product="crude oil"),
        fact(IN, "imports", "value", 12.84e9, "USD", SEP, "12.84 billion",
             "The import bill for crude oil eased 6.1 per cent to USD 12.84 billion", product="crude oil"),
        fact(IN, "exports", "growth", 31.4, "percent", SEP, "31.4",
             "shipments of electronic goods jumped 31.4 per cent", product="electronic goods"),
        fact(IN, "exports", "value", 4.1e9, "USD", SEP, "4.1 billion",
             "shipments of electronic goods jumped 31.4 per cent to USD 4.1 billion", product="electronic goods"),
        fact(IN, "exports", "growth", 5.6, "percent", SEP, "5.6",
             "engineering goods exports rose 5.6 per cent", product="engineering goods"),
        fact(IN, "exports", "value", 10.68e9, "USD", SEP, "10.68 billion",
             "engineering goods exports rose 5.6 per cent to USD 10.68 billion", product="engineering goods"),
        fact(IN, "exports", "growth", 18.3, "percent", SEP, "18.3",
             "exports to the US, which had been hit by steep duties last year, rose 18.3 per cent",
             partner="United States"),
        fact(IN, "exports", "value", 6.46e9, "USD", SEP, "6.46 billion",
             "exports to the US, which had been hit by steep duties last year, rose 18.3 per cent to USD 6.46 billion",
             partner="United States"),
        fact(IN, "exports", "growth", 9.2, "percent", SEP, "9.2",
             "Shipments to the UAE increased 9.2 per cent", partner="United Arab Emirates"),
        fact(IN, "exports", "value", 3.38e9, "USD", SEP, "3.38 billion",
             "Shipments to the UAE increased 9.2 per cent to USD 3.38 billion", partner="United Arab Emirates"),
        fact(IN, "exports", "growth", -14.6, "percent", SEP, "14.6",
             "those to the Netherlands, a key buyer of Indian petroleum products, declined 14.6 per cent",
             partner="Netherlands"),
        fact(IN, "exports", "value", 1.29e9, "USD", SEP, "1.29 billion",
             "those to the Netherlands, a key buyer of Indian petroleum products, declined 14.6 per cent to USD 1.29 "
             "billion", partner="Netherlands"),
        fact(IN, "exports", "value", 32.45e9, "USD", SEP, "32.45 billion",
             "The commerce ministry estimated services exports for September at USD 32.45 billion",
             product="services"),
        fact(IN, "imports", "value", 16.80e9, "USD", SEP, "16.80 billion",
             "services imports at USD 16.80 billion", product="services"),
        fact(IN, "exports", "growth", 3.42, "percent", H1, "3.42",
             "Merchandise exports in the period were up 3.42 per cent"),
        fact(IN, "exports", "value", 227.65e9, "USD", H1, "227.65 billion",
             "Merchandise exports in the period were up 3.42 per cent at USD 227.65 billion"),
        fact(IN, "imports", "growth", 1.82, "percent", H1, "1.82",
             "imports of USD 381.94 billion, which were 1.82 per cent higher"),
        fact(IN, "imports", "value", 381.94e9, "USD", H1, "381.94 billion",
             "Merchandise exports in the period were up 3.42 per cent at USD 227.65 billion, against imports of USD 381.94 "
             "billion"),
        fact(IN, "balance", "value", -154.29e9, "USD", H1, "154.29 billion",
             "For the first half of fiscal 2026-27 (April-September), the trade deficit came to USD 154.29 billion"),
        fact(IN, "exports", "value", 20.19e12, "INR", H1, "20.19 lakh crore",
             "In rupee terms, outbound shipments in the six months were worth Rs 20.19 lakh crore"),
        fact(IN, "exports", "value", 434.95e9, "USD", H1, "434.95 billion",
             "Overall exports of goods and services in the first half of the fiscal are estimated at USD 434.95 "
             "billion", product="goods and services"),
        fact(IN, "exports", "growth", 5.24, "percent", H1, "5.24",
             "Overall exports of goods and services in the first half of the fiscal are estimated at USD 434.95 "
             "billion, up 5.24 per cent from the year-ago period", product="goods and services"),
    ],
}
