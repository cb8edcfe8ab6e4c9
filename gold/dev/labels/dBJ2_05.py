from _fact import fact, period

IN = "India"
US = "United States"
CN = "China"
NOV = period(2025, 11)
OCT = period(2025, 10)
NOV24 = period(2024, 11)
AN = period(2025, 4, 11)

ARTICLE = {
    "id": "dBJ2_05",
    "title": "Plunging gold imports shrink India's November trade gap to $24.53 billion as exports climb 19%",
    "publisher": "The Economic Times",
    "published": "2025-12-15",
    "notes": [
        "Real figures (commerce ministry, November 2025): exports $38.13bn +19.37%, imports $62.66bn -1.88%, deficit "
        "$24.53bn (October record $41.68bn); gold imports -59.15% (~$4bn) after record $14.72bn in October; crude -11.27% "
        "to $14.11bn; exports to US +22.6% to $6.98bn (October $6.31bn); China +90.1%; engineering goods +23.76% to "
        "$11.01bn; services exports $35.86bn vs $32.11bn; goods+services exports $73.99bn, overall deficit $6.64bn; "
        "Apr-Nov exports $292.07bn +2.62%, imports $515.21bn +5.59%. Invented: rupee figures (Rs 3,38,592 crore, "
        "Rs 5,56,434 crore, Rs 2.18 lakh crore, Rs 25.63 lakh crore), gold $3.98bn exact value, China $2.2bn, shares "
        "(18.3%, 28.9%, computed), gems and jewellery 27.8%, petroleum products 11.6%, Apr-Nov deficit $223.14bn (computed).",
        "Judgement calls: headline '19%' and '$24.53 billion' restate body observations (labelled once, from the body). "
        "'Outbound shipments there jumped 90.1%' carries China from the sentence before. US 22.6% is explicitly "
        "'from a year earlier'; the October $6.31bn is a separate value fact for 2025-10. Rupee figures are separate "
        "INR facts; 'Rs 3,38,592 crore' uses Indian digit grouping (338,592 crore = 3.38592e12). 'the deficit' in rupees "
        "is the merchandise deficit for November. Services = product 'services'; 'Combining goods and services' = product "
        "'goods and services' (exports and balance). 'During April-November of the current fiscal year' -> 2025-04..2025-11; "
        "'the eight months' and 'the period' carry that span. Gems and jewellery / petroleum products growth via "
        "'respectively', yoy by default.",
        "Not facts: 'five-month low', 'all-time high', 'record' (milestones); 50% US tariff and its August 27 start; "
        "'14 of India's top 20 export destinations' (conditional count); economist's $28-30bn monthly deficit forecast "
        "and ~1% of GDP current account forecast; rupee at 90 per dollar; 2025-26 (a year label).",
        "Copy check: 26 sentences searched (headline, synopsis and body sentences; date line and 'Synopsis' label "
        "excluded), 1 reworded (closing sentence, which echoed a real official's quoted words) and re-searched.",
        "Copy check (independent): 26 sentences searched, 5 reworded.",
    ],
    "facts": [
        fact(IN, "exports", "growth", 19.37, "percent", NOV, "19.37",
             "India's merchandise exports bounced back from October's contraction to reach $38.13 billion in November, 19.37% higher than a year earlier"),
        fact(IN, "exports", "value", 38.13e9, "USD", NOV, "38.13 billion",
             "India's merchandise exports bounced back from October's contraction to reach $38.13 billion in November, 19.37% higher than a year earlier"),
        fact(IN, "imports", "growth", -1.88, "percent", NOV, "1.88",
             "left imports 1.88% lower at $62.66 billion"),
        fact(IN, "imports", "value", 62.66e9, "USD", NOV, "62.66 billion",
             "left imports 1.88% lower at $62.66 billion"),
        fact(IN, "balance", "value", -24.53e9, "USD", NOV, "24.53 billion",
             "At $24.53 billion, the trade deficit was well below October's all-time high of $41.68 billion"),
        fact(IN, "balance", "value", -41.68e9, "USD", OCT, "41.68 billion",
             "At $24.53 billion, the trade deficit was well below October's all-time high of $41.68 billion"),
        fact(IN, "exports", "value", 3.38592e12, "INR", NOV, "3,38,592 crore",
             "In rupee terms, exports were valued at Rs 3,38,592 crore during the month"),
        fact(IN, "imports", "value", 5.56434e12, "INR", NOV, "5,56,434 crore",
             "In rupee terms, exports were valued at Rs 3,38,592 crore during the month and imports at Rs 5,56,434 crore"),
        fact(IN, "balance", "value", -2.18e12, "INR", NOV, "2.18 lakh crore",
             "In rupee terms, exports were valued at Rs 3,38,592 crore during the month and imports at Rs 5,56,434 crore, putting the deficit at Rs 2.18 lakh crore"),
        fact(IN, "imports", "growth", -59.15, "percent", NOV, "59.15",
             "Gold imports dropped 59.15% to $3.98 billion", product="gold"),
        fact(IN, "imports", "value", 3.98e9, "USD", NOV, "3.98 billion",
             "Gold imports dropped 59.15% to $3.98 billion", product="gold"),
        fact(IN, "imports", "value", 14.72e9, "USD", OCT, "14.72 billion",
             "Gold imports dropped 59.15% to $3.98 billion after touching a record $14.72 billion in October",
             product="gold"),
        fact(IN, "imports", "growth", -11.27, "percent", NOV, "11.27",
             "Crude oil imports declined 11.27% to $14.11 billion", product="crude oil"),
        fact(IN, "imports", "value", 14.11e9, "USD", NOV, "14.11 billion",
             "Crude oil imports declined 11.27% to $14.11 billion", product="crude oil"),
        fact(IN, "exports", "growth", 22.6, "percent", NOV, "22.6",
             "shipments bound for the US climbed to $6.98 billion, a 22.6% year-on-year rise",
             partner=US),
        fact(IN, "exports", "value", 6.98e9, "USD", NOV, "6.98 billion",
             "shipments bound for the US climbed to $6.98 billion, a 22.6% year-on-year rise",
             partner=US),
        fact(IN, "exports", "value", 6.31e9, "USD", OCT, "6.31 billion",
             "Shipments to the American market had fallen to $6.31 billion in October", partner=US),
        fact(IN, "exports", "share", 18.3, "percent", NOV, "18.3",
             "The US accounted for 18.3% of India's merchandise exports in November", partner=US),
        fact(IN, "exports", "growth", 90.1, "percent", NOV, "90.1",
             "Outbound shipments there jumped 90.1% to $2.2 billion", partner=CN),
        fact(IN, "exports", "value", 2.2e9, "USD", NOV, "2.2 billion",
             "Outbound shipments there jumped 90.1% to $2.2 billion", partner=CN),
        fact(IN, "exports", "share", 28.9, "percent", NOV, "28.9",
             "Engineering goods, which made up 28.9% of the month's exports", product="engineering goods"),
        fact(IN, "exports", "growth", 23.76, "percent", NOV, "23.76",
             "Engineering goods, which made up 28.9% of the month's exports, grew 23.76% to $11.01 billion",
             product="engineering goods"),
        fact(IN, "exports", "value", 11.01e9, "USD", NOV, "11.01 billion",
             "Engineering goods, which made up 28.9% of the month's exports, grew 23.76% to $11.01 billion",
             product="engineering goods"),
        fact(IN, "exports", "growth", 27.8, "percent", NOV, "27.8",
             "Gems and jewellery and petroleum products recorded growth of 27.8% and 11.6%, respectively",
             product="gems and jewellery"),
        fact(IN, "exports", "growth", 11.6, "percent", NOV, "11.6",
             "Gems and jewellery and petroleum products recorded growth of 27.8% and 11.6%, respectively",
             product="petroleum products"),
        fact(IN, "exports", "value", 35.86e9, "USD", NOV, "35.86 billion",
             "The ministry estimated services exports for November at $35.86 billion", product="services"),
        fact(IN, "exports", "value", 32.11e9, "USD", NOV24, "32.11 billion",
             "The ministry estimated services exports for November at $35.86 billion, against $32.11 billion a year earlier",
             product="services"),
        fact(IN, "exports", "value", 73.99e9, "USD", NOV, "73.99 billion",
             "Combining goods and services, total exports came to $73.99 billion", product="goods and services"),
        fact(IN, "balance", "value", -6.64e9, "USD", NOV, "6.64 billion",
             "Combining goods and services, total exports came to $73.99 billion, and the overall trade deficit shrank to $6.64 billion",
             product="goods and services"),
        fact(IN, "exports", "growth", 2.62, "percent", AN, "2.62",
             "For April-November of the current fiscal year, cumulative merchandise exports stood at $292.07 billion, 2.62% above the year-ago level"),
        fact(IN, "exports", "value", 292.07e9, "USD", AN, "292.07 billion",
             "For April-November of the current fiscal year, cumulative merchandise exports stood at $292.07 billion, 2.62% above the year-ago level"),
        fact(IN, "imports", "growth", 5.59, "percent", AN, "5.59",
             "For April-November of the current fiscal year, cumulative merchandise exports stood at $292.07 billion, 2.62% above the year-ago level, against imports of $515.21 billion, up 5.59%"),
        fact(IN, "imports", "value", 515.21e9, "USD", AN, "515.21 billion",
             "For April-November of the current fiscal year, cumulative merchandise exports stood at $292.07 billion, 2.62% above the year-ago level, against imports of $515.21 billion, up 5.59%"),
        fact(IN, "balance", "value", -223.14e9, "USD", AN, "223.14 billion",
             "The trade deficit for the eight months stood at $223.14 billion"),
        fact(IN, "exports", "value", 25.63e12, "INR", AN, "25.63 lakh crore",
             "In rupee terms, exports for the period amounted to Rs 25.63 lakh crore"),
    ],
}
