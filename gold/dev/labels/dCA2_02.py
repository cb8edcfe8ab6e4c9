from _fact import fact, period

IN = "India"
OCT = period(2024, 10)
OCT23 = period(2023, 10)
SEP = period(2024, 9)
JUN22 = period(2022, 6)
FY = {"start": "2024-04", "end": "2024-10"}
FY23 = {"start": "2023-04", "end": "2023-10"}

ARTICLE = {
    "id": "dCA2_02",
    "title": "Oct exports at USD 39.2 bn, up 17.25 pc; trade deficit USD 27.14 bn",
    "publisher": "PTI",
    "published": "2024-11-14",
    "notes": [
        "Real figures (commerce ministry data of 2024-11-14 as carried by PTI/rediff/millenniumpost/newsdrum, The "
        "Statesman, Deccan Herald, KNN/MENAFN and CRISIL, 2024-11-14/18; the December 2024 PTI story for October "
        "electronics USD 3.43 bn; IANS year-end review 2024-12-26 for April-October electronics): exports USD 39.2 bn "
        "(+17.25%), previous high growth 30.12% in June 2022; imports USD 66.34 bn (+3.9%) vs 63.86 bn; deficit USD "
        "27.14 bn vs 30.42 bn a year earlier and 20.78 bn in September; April-October exports 252.28 bn (+3.18%), "
        "imports 416.93 bn (+5.77%), deficit 164.65 bn vs 149.67 bn; crude oil imports 18.2 bn, +13.34%; gold 7.13 bn "
        "and silver 0.33 bn vs 7.23 bn and 1.31 bn; electronic goods +45.7% to 3.43 bn; April-October electronics "
        "19.07 bn (+23.69%); growth to Singapore 197.39%, UAE 43.32%, US 11.47%, UK 42.12%; services exports 34.02 bn "
        "and imports 17 bn in October; October 2023 export growth 6.21%; USD 800 bn goal, six sectors, 20 countries, "
        "60% of global imports.",
        "Derived/made up: all rupee figures (3.29, 2.28, 5.57, 21.12 and 34.90 lakh crore) are derived at about 84 "
        "(October) and 83.7 (April-October) rupees to the dollar; the US as largest export destination is general "
        "knowledge, not from the October release; the economists' CAD range of 1-1.5% of GDP is made up.",
        "Judgement calls: 'Last month's imports' takes October 2024 from the publication date; 'the first seven months "
        "of the fiscal' is April-October 2024 (Indian fiscal year from April); 'The gap compares with ... a year "
        "earlier and ... in September' gives balances for October 2023 and September 2024; the USD and rupee figures "
        "are separate facts, labelled exact (no 'about'); product 'electronics' for the cumulative figure follows the "
        "text, 'electronic goods' for the month; Singapore's 197.39 is exact although 'nearly tripled' precedes it; "
        "the US rank takes October from the sentence; headline figures restate body facts and are labelled once.",
        "Not facts: USD 800 billion (target/forecast); six sectors and 20 key markets; 60 per cent of global imports "
        "(not India's trade); 1 and 1.5 per cent of GDP (CAD forecast); 2024-25 and 2023-24 (fiscal-year names); "
        "'double-digit'.",
        "Copy check: 17 sentences searched (in 12 look-ups; 3 of them later cut from the article), 6 reworded (lead, imports, deficit comparison, April-October totals, "
        "cumulative gap, gold and silver: each kept the clause skeleton of the PTI copy); the commerce secretary's "
        "verbatim quote was paraphrased before searching.",
        "Second check: 20 sentences searched, 3 reworded.",
    ],
    "facts": [
        fact(IN, "exports", "growth", 17.25, "percent", OCT, "17.25",
             "A 17.25 per cent year-on-year rise took India's merchandise exports to USD 39.2 billion (Rs 3.29 lakh crore) in October"),
        fact(IN, "exports", "value", 39.2e9, "USD", OCT, "39.2 billion",
             "A 17.25 per cent year-on-year rise took India's merchandise exports to USD 39.2 billion (Rs 3.29 lakh crore) in October"),
        fact(IN, "exports", "value", 3.29e12, "INR", OCT, "3.29 lakh crore",
             "A 17.25 per cent year-on-year rise took India's merchandise exports to USD 39.2 billion (Rs 3.29 lakh crore) in October"),
        fact(IN, "exports", "growth", 30.12, "percent", JUN22, "30.12",
             "the fastest growth since June 2022, when outbound shipments had expanded 30.12 per cent"),
        fact(IN, "balance", "value", -27.14e9, "USD", OCT, "27.14 billion",
             "Higher oil purchases, however, pushed the trade deficit up to USD 27.14 billion (Rs 2.28 lakh crore)"),
        fact(IN, "balance", "value", -2.28e12, "INR", OCT, "2.28 lakh crore",
             "Higher oil purchases, however, pushed the trade deficit up to USD 27.14 billion (Rs 2.28 lakh crore)"),
        fact(IN, "balance", "value", -30.42e9, "USD", OCT23, "30.42 billion",
             "The gap compares with USD 30.42 billion a year earlier and USD 20.78 billion in September."),
        fact(IN, "balance", "value", -20.78e9, "USD", SEP, "20.78 billion",
             "The gap compares with USD 30.42 billion a year earlier and USD 20.78 billion in September."),
        fact(IN, "imports", "value", 66.34e9, "USD", OCT, "66.34 billion",
             "Last month's imports, at USD 66.34 billion (Rs 5.57 lakh crore)"),
        fact(IN, "imports", "value", 5.57e12, "INR", OCT, "5.57 lakh crore",
             "Last month's imports, at USD 66.34 billion (Rs 5.57 lakh crore)"),
        fact(IN, "imports", "growth", 3.9, "percent", OCT, "3.9",
             "Last month's imports, at USD 66.34 billion (Rs 5.57 lakh crore), were 3.9 per cent higher than the USD 63.86 billion of October 2023"),
        fact(IN, "imports", "value", 63.86e9, "USD", OCT23, "63.86 billion",
             "were 3.9 per cent higher than the USD 63.86 billion of October 2023"),
        fact(IN, "exports", "value", 252.28e9, "USD", FY, "252.28 billion",
             "Cumulative exports for April-October 2024-25 came to USD 252.28 billion (Rs 21.12 lakh crore)"),
        fact(IN, "exports", "value", 21.12e12, "INR", FY, "21.12 lakh crore",
             "Cumulative exports for April-October 2024-25 came to USD 252.28 billion (Rs 21.12 lakh crore)"),
        fact(IN, "exports", "growth", 3.18, "percent", FY, "3.18",
             "Cumulative exports for April-October 2024-25 came to USD 252.28 billion (Rs 21.12 lakh crore), a rise of 3.18 per cent"),
        fact(IN, "imports", "growth", 5.77, "percent", FY, "5.77",
             "the import bill for the seven months expanded 5.77 per cent to USD 416.93 billion (Rs 34.90 lakh crore)"),
        fact(IN, "imports", "value", 416.93e9, "USD", FY, "416.93 billion",
             "the import bill for the seven months expanded 5.77 per cent to USD 416.93 billion (Rs 34.90 lakh crore)"),
        fact(IN, "imports", "value", 34.90e12, "INR", FY, "34.90 lakh crore",
             "the import bill for the seven months expanded 5.77 per cent to USD 416.93 billion (Rs 34.90 lakh crore)"),
        fact(IN, "balance", "value", -164.65e9, "USD", FY, "164.65 billion",
             "That left a seven-month trade gap of USD 164.65 billion"),
        fact(IN, "balance", "value", -149.67e9, "USD", FY23, "149.67 billion",
             "That left a seven-month trade gap of USD 164.65 billion, wider than the USD 149.67 billion of April-October 2023-24."),
        fact(IN, "imports", "growth", 13.34, "percent", OCT, "13.34",
             "Spending on crude oil imports climbed 13.34 per cent in October", product="crude oil"),
        fact(IN, "imports", "value", 18.2e9, "USD", OCT, "18.2 billion",
             "Spending on crude oil imports climbed 13.34 per cent in October, reaching USD 18.2 billion", product="crude oil"),
        fact(IN, "imports", "value", 7.13e9, "USD", OCT, "7.13 billion",
             "the country imported gold worth USD 7.13 billion and silver worth USD 0.33 billion", product="gold"),
        fact(IN, "imports", "value", 0.33e9, "USD", OCT, "0.33 billion",
             "the country imported gold worth USD 7.13 billion and silver worth USD 0.33 billion", product="silver"),
        fact(IN, "imports", "value", 7.23e9, "USD", OCT23, "7.23 billion",
             "the country imported gold worth USD 7.13 billion and silver worth USD 0.33 billion, against USD 7.23 billion and USD 1.31 billion respectively in October 2023",
             product="gold"),
        fact(IN, "imports", "value", 1.31e9, "USD", OCT23, "1.31 billion",
             "the country imported gold worth USD 7.13 billion and silver worth USD 0.33 billion, against USD 7.23 billion and USD 1.31 billion respectively in October 2023",
             product="silver"),
        fact(IN, "exports", "growth", 45.7, "percent", OCT, "45.7",
             "electronic goods stood out, with the month's shipments worth USD 3.43 billion after a 45.7 per cent surge", product="electronic goods"),
        fact(IN, "exports", "value", 3.43e9, "USD", OCT, "3.43 billion",
             "electronic goods stood out, with the month's shipments worth USD 3.43 billion", product="electronic goods"),
        fact(IN, "exports", "value", 19.07e9, "USD", FY, "19.07 billion",
             "In the first seven months of the fiscal, electronics shipments totalled USD 19.07 billion", product="electronics"),
        fact(IN, "exports", "growth", 23.69, "percent", FY, "23.69",
             "In the first seven months of the fiscal, electronics shipments totalled USD 19.07 billion, up 23.69 per cent",
             product="electronics"),
        fact(IN, "exports", "rank", 1, "number", OCT, "largest",
             "Shipments to the US, the country's largest export destination", partner="United States"),
        fact(IN, "exports", "growth", 11.47, "percent", OCT, "11.47",
             "Shipments to the US, the country's largest export destination, increased 11.47 per cent in October",
             partner="United States"),
        fact(IN, "exports", "growth", 43.32, "percent", OCT, "43.32",
             "those to the UAE and the UK rose 43.32 per cent and 42.12 per cent, respectively",
             partner="United Arab Emirates"),
        fact(IN, "exports", "growth", 42.12, "percent", OCT, "42.12",
             "those to the UAE and the UK rose 43.32 per cent and 42.12 per cent, respectively",
             partner="United Kingdom"),
        fact(IN, "exports", "growth", 197.39, "percent", OCT, "197.39",
             "Exports to Singapore nearly tripled, with a growth of 197.39 per cent", partner="Singapore"),
        fact(IN, "exports", "value", 34.02e9, "USD", OCT, "34.02 billion",
             "The ministry estimated the value of services exports in October at USD 34.02 billion", product="services"),
        fact(IN, "imports", "value", 17e9, "USD", OCT, "17 billion",
             "The ministry estimated the value of services exports in October at USD 34.02 billion, and services imports at USD 17 billion",
             product="services"),
        fact(IN, "exports", "growth", 6.21, "percent", OCT23, "6.21",
             "merchandise exports in October 2023 had grown by only 6.21 per cent"),
    ],
}
