from _fact import fact, period

OCT = period(2025, 10)
SEP = period(2025, 9)
OCT24 = period(2024, 10)
APR_OCT = period(2025, 4, 10)
IN = "India"
US = "United States"

LEAD_X = "merchandise exports came in at USD 34.38 billion, down 11.8 per cent year-on-year"
LEAD_D = "widened India's trade deficit to a record USD 41.68 billion"
IMP = "Imports for October came to USD 76.06 billion, a rise of 16.63 per cent."
SEP_D = ("In September, the trade deficit, which is the difference between what the country imports and what it "
         "exports, was USD 32.15 billion.")
GOLD = "gold imports reached USD 14.72 billion in October, a 199.22 per cent jump from USD 4.92 billion a year ago"
CRUDE = "crude oil imports were down 11.43 per cent at USD 14.8 billion"
ELEC = "electronic goods exports rose to USD 4.08 billion in October, up 19.05 per cent"
USX = ("Shipments to the US, the largest destination for Indian exports, dropped to USD 6.3 billion in October, a "
       "fall of 8.58 per cent")
US_AO = ("Over April-October, however, exports to the US were up 10.15 per cent at USD 52.12 billion, making up "
         "20.5 per cent of India's total merchandise exports")
CUM = ("Over the first seven months of this fiscal year, exports totalled USD 254.25 billion, up a marginal 0.63 "
       "per cent, while imports climbed 6.37 per cent to reach USD 451.08 billion.")
CUM_D = "The deficit over the same period amounted to USD 196.83 billion."
SERV = ("Services exports for October are estimated at USD 38.52 billion, compared with USD 34.41 billion in "
        "October last year.")
GS = "October's total exports are put at USD 72.9 billion, down 0.67 per cent from October 2024"

ARTICLE = {
    "id": "dAE2_05_india_october_trade",
    "title": "Gold import surge pushes Oct trade deficit to record USD 41.68 bn; exports down 11.8 pc",
    "publisher": "PTI",
    "published": "2025-11-17",
    "notes": [
        "Area India throughout; running period October 2025 (published 2025-11-17). Merchandise figures: product null.",
        "Deficits are negative balances: October -41.68bn, September -32.15bn ('in September' = 2025-09), "
        "April-October -196.83bn.",
        "Gold: 'from USD 4.92 billion a year ago' is the October 2024 gold import value, a separate fact.",
        "Products in the text's words: 'gold', 'crude oil', 'electronic goods'.",
        "'the largest destination for Indian exports': rank 1 for exports to the United States, October 2025.",
        "'Over April-October' and 'the first seven months of this fiscal year' = 2025-04..2025-10 (fiscal "
        "2025-26); 'The deficit over the same period' = the same period.",
        "20.5 per cent 'of India's total merchandise exports': share of exports to the United States, April-October.",
        "Services exports: product 'services'; 'compared with USD 34.41 billion in October last year' = October "
        "2024.",
        "'Combining goods and services, October's total exports': product 'goods and services'; 'down 0.67 per "
        "cent from October 2024' = yoy growth -0.67.",
        "Out of scope, unlabelled: 'a record' (milestone, the value itself is labelled); gold price rise 'around "
        "60 per cent' (price, not a trade flow); the 50 per cent US tariffs and 'August 27' (not trade flows); "
        "'the second consecutive monthly fall' (streak); 'first tranche' (not a number of trade); Export "
        "Promotion Mission outlay Rs 25,060 crore (policy outlay); current account deficit around 2 per cent and "
        "1.3 per cent of GDP (forecast / not a trade flow); 'double-digit rate' (no number).",
    ],
    "facts": [
        fact(IN, "exports", "growth", -11.8, "percent", OCT, "11.8", LEAD_X),
        fact(IN, "exports", "value", 34.38e9, "USD", OCT, "34.38 billion", LEAD_X),
        fact(IN, "balance", "value", -41.68e9, "USD", OCT, "41.68 billion", LEAD_D),
        fact(IN, "imports", "growth", 16.63, "percent", OCT, "16.63", IMP),
        fact(IN, "imports", "value", 76.06e9, "USD", OCT, "76.06 billion", IMP),
        fact(IN, "balance", "value", -32.15e9, "USD", SEP, "32.15 billion", SEP_D),
        fact(IN, "imports", "growth", 199.22, "percent", OCT, "199.22", GOLD, product="gold"),
        fact(IN, "imports", "value", 14.72e9, "USD", OCT, "14.72 billion", GOLD, product="gold"),
        fact(IN, "imports", "value", 4.92e9, "USD", OCT24, "4.92 billion", GOLD, product="gold"),
        fact(IN, "imports", "growth", -11.43, "percent", OCT, "11.43", CRUDE, product="crude oil"),
        fact(IN, "imports", "value", 14.8e9, "USD", OCT, "14.8 billion", CRUDE, product="crude oil"),
        fact(IN, "exports", "growth", 19.05, "percent", OCT, "19.05", ELEC, product="electronic goods"),
        fact(IN, "exports", "value", 4.08e9, "USD", OCT, "4.08 billion", ELEC, product="electronic goods"),
        fact(IN, "exports", "rank", 1, "number", OCT, "largest", USX, partner=US),
        fact(IN, "exports", "growth", -8.58, "percent", OCT, "8.58", USX, partner=US),
        fact(IN, "exports", "value", 6.3e9, "USD", OCT, "6.3 billion", USX, partner=US),
        fact(IN, "exports", "growth", 10.15, "percent", APR_OCT, "10.15", US_AO, partner=US),
        fact(IN, "exports", "value", 52.12e9, "USD", APR_OCT, "52.12 billion", US_AO, partner=US),
        fact(IN, "exports", "share", 20.5, "percent", APR_OCT, "20.5", US_AO, partner=US),
        fact(IN, "exports", "growth", 0.63, "percent", APR_OCT, "0.63", CUM),
        fact(IN, "exports", "value", 254.25e9, "USD", APR_OCT, "254.25 billion", CUM),
        fact(IN, "imports", "growth", 6.37, "percent", APR_OCT, "6.37", CUM),
        fact(IN, "imports", "value", 451.08e9, "USD", APR_OCT, "451.08 billion", CUM),
        fact(IN, "balance", "value", -196.83e9, "USD", APR_OCT, "196.83 billion", CUM_D),
        fact(IN, "exports", "value", 38.52e9, "USD", OCT, "38.52 billion", SERV, product="services"),
        fact(IN, "exports", "value", 34.41e9, "USD", OCT24, "34.41 billion", SERV, product="services"),
        fact(IN, "exports", "value", 72.9e9, "USD", OCT, "72.9 billion", GS, product="goods and services"),
        fact(IN, "exports", "growth", -0.67, "percent", OCT, "0.67", GS, product="goods and services"),
    ],
}
