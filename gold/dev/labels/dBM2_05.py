from _fact import fact, period

IN = "India"
US = "United States"
OCT = period(2025, 10)
SEP = period(2025, 9)
OCT24 = period(2024, 10)
APR_OCT = period(2025, 4, 10)       # April-October of fiscal 2025-26
APR_OCT24 = period(2024, 4, 10)

ARTICLE = {
    "id": "dBM2_05",
    "title": "Trade deficit hits record $41.68 billion in October as gold imports soar, US-bound exports slide",
    "publisher": "Mint",
    "published": "2025-11-17",
    "notes": [
        "Real figures (commerce ministry release of 17 Nov 2025 as reported by Mint, Reuters, PTI, Financial Express): "
        "deficit 41.68 and September 32.15; exports 34.38 (-11.8%) vs 38.98; imports 76.06 (+16.63%); gold 14.72 vs "
        "4.92 (about 200%); crude oil 14.8 vs 18.9; engineering goods 9.4 (-16.7%); electronics +19%; exports to "
        "the US 6.31 (-8.58%) vs 6.91, September 5.47, April-October 52.15; services exports 38.51 and imports "
        "18.64; combined deficit 21.8 vs 9.05; April-October exports 254.25 (+0.63%), imports 451.08 (+6.37%), "
        "deficit 196.82 vs 171.40; Reuters poll 28.8 (not a fact); 50% US tariff (not a fact). "
        "Derived: services surplus 19.87 = 38.51 - 18.64; rupee figures at an assumed 88.6 rupees per dollar "
        "(34.38 -> 3.05 trillion, 76.06 -> 6.74 trillion, 196.82 -> 17.4 lakh crore); the rating agency's 1% of GDP "
        "current account forecast is invented.",
        "Judgement calls: 'blew India's merchandise trade deficit out to an unprecedented $41.68 billion' is the October balance (negative); the headline repeats it (one fact). Area India throughout (dateline New Delhi, opening paragraph). Merchandise figures have "
        "product null (goods alone); services figures product 'services'; 'goods and services together' product "
        "'goods and services'. Periods from context: 'October' is 2025 (publication date); 'last month' is October "
        "2025; 'a year earlier'/'in the same month a year ago'/'more than a year earlier' are comparison bases, and where the base gets its own "
        "number it is labelled for October 2024; 'April-October last year' is 2024-04..2024-10; 'first seven months "
        "of the 2025-26 fiscal year' is 2025-04..2025-10. 'Sequentially ... improved from the $5.47 billion recorded "
        "in September' is the September exports-to-US level (the growth itself is not given). 'the top "
        "destination ... in the April-October period' is rank 1 of exports to the US, April-October. The rupee "
        "'respectively' list gives one INR fact each for exports and imports; the lakh crore figure is the same "
        "observation as the $196.82 billion deficit in another currency (approx, 'roughly'). 'rose almost 200%' is "
        "gold import growth, approx. 'crude oil' and 'engineering goods', 'electronic goods', 'gold' are products in "
        "the text's words ('yellow metal' = gold).",
        "Not facts: Reuters poll $28.8 billion (forecast); 'highest in 13 months' and 'second straight month' "
        "(streaks/milestones); duties 'of up to 50%' and 'the 50% US levy' (tariff rates); exchange rate 88.6 rupees "
        "per dollar; current account deficit forecast 'about 1% of GDP' (not trade, forecast); 27 August and the "
        "years; textiles, gems and jewellery and chemicals 'in the red' (no number); 'higher than in any "
        "previous month' and 'all-time'/'unprecedented' (records, not ranks).",
        "Copy check: 8 sentences searched, 4 reworded (the lead, the exports sentence, the crude oil sentence and the "
        "April-October sentence, which followed PTI/Financial Express wording); the commerce secretary's quote was also "
        "rewritten because it echoed his real 'holding our ground' remark seen in the search results.",
        "Second check: 19 sentences searched, 2 reworded.",
    ],
    "facts": [
        fact(IN, "balance", "value", -41.68e9, "USD", OCT, "$41.68 billion",
             "India's merchandise trade deficit out to an unprecedented $41.68 billion in October"),
        fact(IN, "balance", "value", -32.15e9, "USD", SEP, "$32.15 billion",
             "In September, the deficit had stood at $32.15 billion"),
        fact(IN, "exports", "growth", -11.8, "percent", OCT, "11.8",
             "put goods exports at $34.38 billion, a drop of 11.8% from the $38.98 billion shipped in October 2024"),
        fact(IN, "exports", "value", 34.38e9, "USD", OCT, "$34.38 billion",
             "put goods exports at $34.38 billion"),
        fact(IN, "exports", "value", 38.98e9, "USD", OCT24, "$38.98 billion",
             "put goods exports at $34.38 billion, a drop of 11.8% from the $38.98 billion shipped in October 2024"),
        fact(IN, "imports", "growth", 16.63, "percent", OCT, "16.63",
             "the import bill climbed 16.63% to $76.06 billion"),
        fact(IN, "imports", "value", 76.06e9, "USD", OCT, "$76.06 billion",
             "the import bill climbed 16.63% to $76.06 billion"),
        fact(IN, "exports", "value", 3.05e12, "INR", OCT, "3.05 trillion",
             "In rupee terms, exports and imports came to ₹3.05 trillion and ₹6.74 trillion, respectively"),
        fact(IN, "imports", "value", 6.74e12, "INR", OCT, "6.74 trillion",
             "In rupee terms, exports and imports came to ₹3.05 trillion and ₹6.74 trillion, respectively"),
        fact(IN, "imports", "growth", 200, "percent", OCT, "200",
             "Inbound shipments of the yellow metal rose almost 200% to $14.72 billion",
             product="gold", qualifier="approx"),
        fact(IN, "imports", "value", 14.72e9, "USD", OCT, "$14.72 billion",
             "Inbound shipments of the yellow metal rose almost 200% to $14.72 billion", product="gold"),
        fact(IN, "imports", "value", 4.92e9, "USD", OCT24, "$4.92 billion",
             "rose almost 200% to $14.72 billion, compared with $4.92 billion in the same month a year ago",
             product="gold"),
        fact(IN, "imports", "value", 14.8e9, "USD", OCT, "$14.8 billion",
             "lower global prices trimmed the bill for crude oil imports to $14.8 billion", product="crude oil"),
        fact(IN, "imports", "value", 18.9e9, "USD", OCT24, "$18.9 billion",
             "trimmed the bill for crude oil imports to $14.8 billion, against $18.9 billion in October 2024",
             product="crude oil"),
        fact(IN, "exports", "growth", -16.7, "percent", OCT, "16.7",
             "engineering goods dropped 16.7% to $9.4 billion", product="engineering goods"),
        fact(IN, "exports", "value", 9.4e9, "USD", OCT, "$9.4 billion",
             "engineering goods dropped 16.7% to $9.4 billion", product="engineering goods"),
        fact(IN, "exports", "growth", 19, "percent", OCT, "19",
             "Electronic goods were a rare bright spot, growing 19%", product="electronic goods"),
        fact(IN, "exports", "growth", -8.58, "percent", OCT, "8.58",
             "Exports to the US, which has levied duties of up to 50% on a wide range of Indian goods since late August, declined 8.58% to $6.31 billion last month from $6.91 billion a year earlier", partner=US),
        fact(IN, "exports", "value", 6.31e9, "USD", OCT, "$6.31 billion",
             "Exports to the US, which has levied duties of up to 50% on a wide range of Indian goods since late August, declined 8.58% to $6.31 billion last month from $6.91 billion a year earlier", partner=US),
        fact(IN, "exports", "value", 6.91e9, "USD", OCT24, "$6.91 billion",
             "Exports to the US, which has levied duties of up to 50% on a wide range of Indian goods since late August, declined 8.58% to $6.31 billion last month from $6.91 billion a year earlier", partner=US),
        fact(IN, "exports", "value", 5.47e9, "USD", SEP, "$5.47 billion",
             "Sequentially, though, they improved from the $5.47 billion recorded in September", partner=US),
        fact(IN, "exports", "rank", 1, "number", APR_OCT, "top",
             "The US nonetheless remained the top destination for Indian merchandise in the April-October period",
             partner=US),
        fact(IN, "exports", "value", 52.15e9, "USD", APR_OCT, "$52.15 billion",
             "The US nonetheless remained the top destination for Indian merchandise in the April-October period, absorbing $52.15 billion worth of goods",
             partner=US),
        fact(IN, "exports", "value", 38.51e9, "USD", OCT, "$38.51 billion",
             "The ministry estimated October services exports at $38.51 billion", product="services"),
        fact(IN, "imports", "value", 18.64e9, "USD", OCT, "$18.64 billion",
             "The ministry estimated October services exports at $38.51 billion and services imports at $18.64 billion",
             product="services"),
        fact(IN, "balance", "value", 19.87e9, "USD", OCT, "$19.87 billion",
             "services imports at $18.64 billion, leaving a surplus of $19.87 billion on that segment", product="services"),
        fact(IN, "balance", "value", -21.8e9, "USD", OCT, "$21.8 billion",
             "Taking goods and services together, India ran an overall trade deficit of $21.8 billion",
             product="goods and services"),
        fact(IN, "balance", "value", -9.05e9, "USD", OCT24, "$9.05 billion",
             "India ran an overall trade deficit of $21.8 billion, against $9.05 billion in October 2024",
             product="goods and services"),
        fact(IN, "exports", "growth", 0.63, "percent", APR_OCT, "0.63",
             "Cumulatively, the first seven months of the 2025-26 fiscal year brought $254.25 billion of merchandise exports, barely 0.63% more than a year earlier"),
        fact(IN, "exports", "value", 254.25e9, "USD", APR_OCT, "$254.25 billion",
             "Cumulatively, the first seven months of the 2025-26 fiscal year brought $254.25 billion of merchandise exports, barely 0.63% more than a year earlier"),
        fact(IN, "imports", "growth", 6.37, "percent", APR_OCT, "6.37",
             "Cumulatively, the first seven months of the 2025-26 fiscal year brought $254.25 billion of merchandise exports, barely 0.63% more than a year earlier, against imports of $451.08 billion, up 6.37%"),
        fact(IN, "imports", "value", 451.08e9, "USD", APR_OCT, "$451.08 billion",
             "Cumulatively, the first seven months of the 2025-26 fiscal year brought $254.25 billion of merchandise exports, barely 0.63% more than a year earlier, against imports of $451.08 billion, up 6.37%"),
        fact(IN, "balance", "value", -196.82e9, "USD", APR_OCT, "$196.82 billion",
             "For the seven months as a whole, the goods deficit therefore reached $196.82 billion"),
        fact(IN, "balance", "value", -171.40e9, "USD", APR_OCT24, "$171.40 billion",
             "the goods deficit therefore reached $196.82 billion, or roughly ₹17.4 lakh crore at the prevailing exchange rate of about ₹88.6 to the dollar, against $171.40 billion in April-October last year"),
        fact(IN, "balance", "value", -17.4e12, "INR", APR_OCT, "17.4 lakh crore",
             "the goods deficit therefore reached $196.82 billion, or roughly ₹17.4 lakh crore",
             qualifier="approx"),
    ],
}
