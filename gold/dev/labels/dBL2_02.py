from _fact import fact, period

IN = "India"
US = "United States"
OCT = period(2025, 10)
SEP = period(2025, 9)
AO = period(2025, 4, 10)

ARTICLE = {
    "id": "dBL2_02",
    "title": "Gold rush lifts Oct trade gap to record USD 41.68 bn; exports slide 11.8 pc to USD 34.38 bn",
    "publisher": "PTI",
    "published": "2025-11-17",
    "notes": [
        "Real figures (October 2025 release as reported): merchandise exports 34.38 bn (-11.8%), imports 76.06 bn (+16.63%), "
        "deficit 41.68 bn (September 32.15 bn), gold imports 14.72 bn (+199.22%), crude oil imports 14.8 bn, exports to the US "
        "6.31 bn (-8.58%) and 15.4% above September, exports to China 1.62 bn (+42.35%), gems and jewellery -29.5%, April-October "
        "exports 254.25 bn (+0.63%), imports 451.08 bn (+6.37%), deficit 196.82 bn, services exports 38.52 bn and imports 18.64 bn, "
        "goods-and-services exports 72.89 bn and deficit 21.80 bn. Invented: rupee values, crude growth (derived from reported "
        "levels), petroleum products and electronic goods growth/value, imports from China, UAE growth, deficit growth 14.8% "
        "(derived), the US share of April-October exports, the economists' forecast.",
        "Judgement calls: 'They were, however, 15.4 per cent higher than in September' carries the subject (exports to the US) "
        "and is growth basis mom. 'China also remained the largest source of imports' is imports rank 1 for October ('during the "
        "month'). 'The US remained India's top export destination during April-October' is exports rank 1 for April-October; "
        "'accounting for about 20.5 per cent' is an approx share. 'deficit ... widened 14.8 per cent' is +14.8 by its verb. "
        "The September deficit is its own observation (period September). Goods and services together use product 'goods and "
        "services'; services alone use 'services'. Headline figures repeat the body and are labelled once (body evidence). "
        "Rupee values are separate INR facts ('lakh crore' = 1e12).",
        "Not facts: 'largest on record for any single month', 'widest on record', 'first month this fiscal in which exports have fallen', "
        "'second successive monthly fall' (milestones/streaks); '50 per cent US duty' (tariff rate); 'about USD 28 billion' "
        "(forecast); Rs 25,060 crore (a scheme outlay); December 31 (a date); USD 2 trillion by 2030 (a target).",
        "Copy check: 4 sentences searched, 0 reworded after searching; 4 sentences reworded beforehand because they followed "
        "real sentences read during step 2. Second check: 26 sentences searched, 3 reworded.",
    ],
    "facts": [
        fact(IN, "exports", "growth", -11.8, "percent", OCT, "11.8",
             "dragged India's merchandise exports down 11.8 per cent year-on-year to USD 34.38 billion in October"),
        fact(IN, "exports", "value", 34.38e9, "USD", OCT, "34.38 billion",
             "dragged India's merchandise exports down 11.8 per cent year-on-year to USD 34.38 billion in October"),
        fact(IN, "imports", "growth", 16.63, "percent", OCT, "16.63",
             "swelled the month's import bill 16.63 per cent to USD 76.06 billion"),
        fact(IN, "imports", "value", 76.06e9, "USD", OCT, "76.06 billion",
             "swelled the month's import bill 16.63 per cent to USD 76.06 billion"),
        fact(IN, "balance", "value", -41.68e9, "USD", OCT, "41.68 billion",
             "At USD 41.68 billion, the merchandise trade deficit was the widest on record"),
        fact(IN, "balance", "value", -32.15e9, "USD", SEP, "32.15 billion",
             "the merchandise trade deficit was the widest on record and well above September's USD 32.15 billion"),
        fact(IN, "exports", "value", 3.05e12, "INR", OCT, "3.05 lakh crore",
             "In rupee terms, exports were valued at Rs 3.05 lakh crore in October"),
        fact(IN, "imports", "value", 6.75e12, "INR", OCT, "6.75 lakh crore",
             "In rupee terms, exports were valued at Rs 3.05 lakh crore in October and imports at Rs 6.75 lakh crore"),
        fact(IN, "imports", "growth", 199.22, "percent", OCT, "199.22",
             "Gold imports shot up 199.22 per cent to USD 14.72 billion in the month", product="gold"),
        fact(IN, "imports", "value", 14.72e9, "USD", OCT, "14.72 billion",
             "Gold imports shot up 199.22 per cent to USD 14.72 billion in the month", product="gold"),
        fact(IN, "imports", "growth", -21.7, "percent", OCT, "21.7",
             "Crude oil imports, on the other hand, eased 21.7 per cent to USD 14.8 billion", product="crude oil"),
        fact(IN, "imports", "value", 14.8e9, "USD", OCT, "14.8 billion",
             "Crude oil imports, on the other hand, eased 21.7 per cent to USD 14.8 billion", product="crude oil"),
        fact(IN, "exports", "growth", -16.2, "percent", OCT, "16.2",
             "On the export side, shipments of petroleum products slumped 16.2 per cent", product="petroleum products"),
        fact(IN, "exports", "growth", -29.5, "percent", OCT, "29.5",
             "gems and jewellery, one of the labour-intensive sectors hit hardest by the 50 per cent US duty, declined 29.5 per cent",
             product="gems and jewellery"),
        fact(IN, "exports", "growth", 19.1, "percent", OCT, "19.1",
             "Electronic goods exports, however, grew 19.1 per cent to USD 4.08 billion", product="electronic goods"),
        fact(IN, "exports", "value", 4.08e9, "USD", OCT, "4.08 billion",
             "Electronic goods exports, however, grew 19.1 per cent to USD 4.08 billion", product="electronic goods"),
        fact(IN, "exports", "growth", -8.58, "percent", OCT, "8.58",
             "US-bound shipments dropped 8.58 per cent to USD 6.31 billion in October", partner=US),
        fact(IN, "exports", "value", 6.31e9, "USD", OCT, "6.31 billion",
             "US-bound shipments dropped 8.58 per cent to USD 6.31 billion in October", partner=US),
        fact(IN, "exports", "growth", 15.4, "percent", OCT, "15.4",
             "They were, however, 15.4 per cent higher than in September", partner=US, basis="mom"),
        fact(IN, "exports", "growth", 42.35, "percent", OCT, "42.35",
             "Shipments to China, by contrast, rose 42.35 per cent to USD 1.62 billion", partner="China"),
        fact(IN, "exports", "value", 1.62e9, "USD", OCT, "1.62 billion",
             "Shipments to China, by contrast, rose 42.35 per cent to USD 1.62 billion", partner="China"),
        fact(IN, "imports", "rank", 1, "number", OCT, "largest",
             "China also remained the largest source of imports for India", partner="China"),
        fact(IN, "imports", "value", 11.93e9, "USD", OCT, "11.93 billion",
             "with inbound shipments from the neighbouring country amounting to USD 11.93 billion during the month",
             partner="China"),
        fact(IN, "exports", "growth", -10.2, "percent", OCT, "10.2",
             "Exports to the United Arab Emirates slipped 10.2 per cent", partner="United Arab Emirates"),
        fact(IN, "imports", "growth", 6.37, "percent", AO, "6.37",
             "Over the first seven months of the fiscal (April-October), imports rose 6.37 per cent to USD 451.08 billion"),
        fact(IN, "imports", "value", 451.08e9, "USD", AO, "451.08 billion",
             "Over the first seven months of the fiscal (April-October), imports rose 6.37 per cent to USD 451.08 billion"),
        fact(IN, "exports", "growth", 0.63, "percent", AO, "0.63",
             "exports, which edged up just 0.63 per cent to USD 254.25 billion"),
        fact(IN, "exports", "value", 254.25e9, "USD", AO, "254.25 billion",
             "exports, which edged up just 0.63 per cent to USD 254.25 billion"),
        fact(IN, "balance", "growth", 14.8, "percent", AO, "14.8",
             "The trade deficit for the seven-month period widened 14.8 per cent to USD 196.82 billion"),
        fact(IN, "balance", "value", -196.82e9, "USD", AO, "196.82 billion",
             "The trade deficit for the seven-month period widened 14.8 per cent to USD 196.82 billion"),
        fact(IN, "exports", "rank", 1, "number", AO, "top",
             "The US remained India's top export destination during April-October", partner=US),
        fact(IN, "exports", "share", 20.5, "percent", AO, "20.5",
             "The US remained India's top export destination during April-October, accounting for about 20.5 per cent of total outbound shipments",
             partner=US, qualifier="approx"),
        fact(IN, "exports", "value", 38.52e9, "USD", OCT, "38.52 billion",
             "Services exports for October were estimated at USD 38.52 billion", product="services"),
        fact(IN, "imports", "value", 18.64e9, "USD", OCT, "18.64 billion",
             "Services exports for October were estimated at USD 38.52 billion and services imports at USD 18.64 billion",
             product="services"),
        fact(IN, "exports", "value", 72.89e9, "USD", OCT, "72.89 billion",
             "Taking goods and services together, India's exports stood at USD 72.89 billion in October",
             product="goods and services"),
        fact(IN, "balance", "value", -21.80e9, "USD", OCT, "21.80 billion",
             "Taking goods and services together, India's exports stood at USD 72.89 billion in October, and the overall trade deficit worked out to USD 21.80 billion",
             product="goods and services"),
    ],
}
