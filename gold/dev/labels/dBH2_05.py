from _fact import fact, period

NOV = period(2025, 11)
OCT = period(2025, 10)
AN = period(2025, 4, 11)  # April-November of fiscal 2025-26

ARTICLE = {
    "id": "dBH2_05",
    "title": "Exports rise 19.37 pc to USD 38.13 bn in Nov; trade deficit eases to USD 24.53 bn",
    "publisher": "PTI",
    "published": "2025-12-15",
    "notes": [
        "Written for the dev set in the style of a PTI wire story. Dollar figures follow the commerce ministry's "
        "November 2025 release as reported on 15 Dec 2025 (exports 38.13 bn +19.37%, imports 62.66 bn -1.88%, "
        "deficit 24.53 bn, October deficit 41.68 bn; April-November exports 292.07 bn +2.62%, imports 515.21 bn "
        "+5.59%, deficit 223.14 bn; services 35.86 / 17.96 bn; overall 73.99 / 80.63 bn, deficit 6.64 bn; gold "
        "-59.2% to about 4.0 bn; crude and petroleum products 14.12 bn -11.3%; electronic goods 4.81 bn, ~39%; "
        "US 6.98 bn, +22.61% y/y, ~10% m/m, April-November 59.04 bn; China 2.20 bn, ~90%).",
        "Derived by me: every rupee figure (Rs 3,38,594 crore, Rs 5,56,421 crore, Rs 2.18 lakh crore at an assumed "
        "88.8 rupees a dollar; Rs 25.44 lakh crore for April-November at an assumed average 87.1) and the 11.38% "
        "growth of April-November exports to the US (59.04 / 53.01 bn). The smartphone remark is invented colour "
        "without a number.",
        "Judgement: the headline repeats the body's November export value, growth and deficit; each is labelled "
        "once, with body evidence. The period is the fiscal span April-November 2025 (2025-04..2025-11).",
        "Judgement: 'the import bill for crude oil and petroleum products' → product 'crude oil and petroleum "
        "products' (the text's words). 'electronic goods' is an export category (sentence opens 'On the export side').",
        "Judgement: 'Compared with October, shipments to America were up nearly 10 per cent' → basis mom (a "
        "comparison with the month before), qualifier approx. 'India's biggest export destination' → US exports "
        "rank 1, dated November 2025 (the sentence's month).",
        "Judgement: the INR figures are the same observations in another currency, so separate facts; the deficit "
        "in rupees is 'about' → approx, the others exact as written.",
        "Out of scope, not labelled: 'highest for the month in ten years' (milestone), the 50 per cent US duties, "
        "the rupee's 90-per-dollar level, the current account deficit forecast of about 1 per cent of GDP, "
        "'record' (a milestone word on the October deficit, whose value is labelled).",
        "Copy check: 10 sentences searched in the pages corpus with distinctive 6-10 word stretches; one reworded (the 'highest for the month in ten years' remark shared seven words with a Hindusthan Samachar report and now reads 'No November in the past decade has seen higher exports').",
        "Copy check (independent): 20 sentences searched, 0 reworded.",
    ],
    "facts": [
        fact("India", "exports", "growth", 19.37, "percent", NOV, "19.37",
             "The country's merchandise exports grew 19.37 per cent year-on-year to USD 38.13 billion", basis="yoy"),
        fact("India", "exports", "value", 38.13e9, "USD", NOV, "38.13 billion",
             "The country's merchandise exports grew 19.37 per cent year-on-year to USD 38.13 billion"),
        fact("India", "exports", "value", 3.38594e12, "INR", NOV, "3,38,594 crore",
             "The country's merchandise exports grew 19.37 per cent year-on-year to USD 38.13 billion (Rs 3,38,594 "
             "crore) in November"),
        fact("India", "imports", "growth", -1.88, "percent", NOV, "1.88",
             "imports slipped 1.88 per cent to USD 62.66 billion"),
        fact("India", "imports", "value", 62.66e9, "USD", NOV, "62.66 billion",
             "imports slipped 1.88 per cent to USD 62.66 billion"),
        fact("India", "imports", "value", 5.56421e12, "INR", NOV, "5,56,421 crore",
             "imports slipped 1.88 per cent to USD 62.66 billion (Rs 5,56,421 crore)"),
        fact("India", "balance", "value", -24.53e9, "USD", NOV, "24.53 billion",
             "The trade gap, or the excess of imports over exports, eased to USD 24.53 billion"),
        fact("India", "balance", "value", -2.18e12, "INR", NOV, "2.18 lakh crore",
             "The trade gap, or the excess of imports over exports, eased to USD 24.53 billion (about Rs 2.18 lakh "
             "crore) in the month", qualifier="approx"),
        fact("India", "balance", "value", -41.68e9, "USD", OCT, "41.68 billion",
             "The deficit had touched a record USD 41.68 billion in October"),
        # April-November
        fact("India", "exports", "growth", 2.62, "percent", AN, "2.62",
             "Cumulatively, in April-November 2025-26, exports were up 2.62 per cent at USD 292.07 billion"),
        fact("India", "exports", "value", 292.07e9, "USD", AN, "292.07 billion",
             "Cumulatively, in April-November 2025-26, exports were up 2.62 per cent at USD 292.07 billion"),
        fact("India", "exports", "value", 25.44e12, "INR", AN, "25.44 lakh crore",
             "exports were up 2.62 per cent at USD 292.07 billion (Rs 25.44 lakh crore)"),
        fact("India", "imports", "growth", 5.59, "percent", AN, "5.59",
             "imports rose 5.59 per cent to USD 515.21 billion"),
        fact("India", "imports", "value", 515.21e9, "USD", AN, "515.21 billion",
             "imports rose 5.59 per cent to USD 515.21 billion"),
        fact("India", "balance", "value", -223.14e9, "USD", AN, "223.14 billion",
             "The trade deficit for the eight months of the fiscal stood at USD 223.14 billion"),
        # commodities
        fact("India", "imports", "growth", -59.2, "percent", NOV, "59.2",
             "Gold imports dropped 59.2 per cent to about USD 4 billion in November", product="gold"),
        fact("India", "imports", "value", 4e9, "USD", NOV, "4 billion",
             "Gold imports dropped 59.2 per cent to about USD 4 billion in November", product="gold",
             qualifier="approx"),
        fact("India", "imports", "growth", -11.3, "percent", NOV, "11.3",
             "The import bill for crude oil and petroleum products shrank 11.3 per cent to USD 14.12 billion",
             product="crude oil and petroleum products"),
        fact("India", "imports", "value", 14.12e9, "USD", NOV, "14.12 billion",
             "The import bill for crude oil and petroleum products shrank 11.3 per cent to USD 14.12 billion",
             product="crude oil and petroleum products"),
        fact("India", "exports", "growth", 39, "percent", NOV, "39",
             "On the export side, electronic goods registered a jump of nearly 39 per cent to USD 4.81 billion",
             product="electronic goods", qualifier="approx"),
        fact("India", "exports", "value", 4.81e9, "USD", NOV, "4.81 billion",
             "On the export side, electronic goods registered a jump of nearly 39 per cent to USD 4.81 billion",
             product="electronic goods"),
        # United States
        fact("India", "exports", "rank", 1, "number", NOV, "biggest",
             "The US, India's biggest export destination", partner="United States"),
        fact("India", "exports", "value", 6.98e9, "USD", NOV, "6.98 billion",
             "The US, India's biggest export destination, bought goods worth USD 6.98 billion in November",
             partner="United States"),
        fact("India", "exports", "growth", 22.61, "percent", NOV, "22.61",
             "a rise of 22.61 per cent over the year-ago month", partner="United States", basis="yoy"),
        fact("India", "exports", "growth", 10, "percent", NOV, "10",
             "Compared with October, shipments to America were up nearly 10 per cent", partner="United States",
             basis="mom", qualifier="approx"),
        fact("India", "exports", "value", 59.04e9, "USD", AN, "59.04 billion",
             "In the April-November period, exports to the US aggregated USD 59.04 billion",
             partner="United States"),
        fact("India", "exports", "growth", 11.38, "percent", AN, "11.38",
             "In the April-November period, exports to the US aggregated USD 59.04 billion, an increase of 11.38 per "
             "cent", partner="United States", basis="yoy"),
        # China
        fact("India", "exports", "growth", 90, "percent", NOV, "90",
             "Shipments to China jumped about 90 per cent to USD 2.2 billion in the month", partner="China",
             qualifier="approx"),
        fact("India", "exports", "value", 2.2e9, "USD", NOV, "2.2 billion",
             "Shipments to China jumped about 90 per cent to USD 2.2 billion in the month", partner="China"),
        # services and the combined account
        fact("India", "exports", "value", 35.86e9, "USD", NOV, "35.86 billion",
             "services exports in November were valued at USD 35.86 billion", product="services"),
        fact("India", "imports", "value", 17.96e9, "USD", NOV, "17.96 billion",
             "services exports in November were valued at USD 35.86 billion and services imports at USD 17.96 "
             "billion", product="services"),
        fact("India", "exports", "value", 73.99e9, "USD", NOV, "73.99 billion",
             "the country's overall exports are estimated at USD 73.99 billion for the month",
             product="goods and services"),
        fact("India", "imports", "value", 80.63e9, "USD", NOV, "80.63 billion",
             "Adding goods and services, the country's overall exports are estimated at USD 73.99 billion for the "
             "month and overall imports at USD 80.63 billion", product="goods and services"),
        fact("India", "balance", "value", -6.64e9, "USD", NOV, "6.64 billion",
             "which puts the combined trade deficit at USD 6.64 billion", product="goods and services"),
    ],
}
