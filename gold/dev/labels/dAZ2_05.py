from _fact import fact, period

LEAD = "merchandise exports at USD 34.38 billion, down 11.8 per cent year-on-year"
DEF = "Festival-time buying of gold drove India's trade deficit to USD 41.68 billion"
IMP = "The commerce ministry put the month's import bill at a record USD 76.06 billion, 16.63 per cent higher than a year before"
GAP = "The trade gap had stood at USD 32.15 billion in September and USD 26.2 billion in October last year"
RUP = "In rupee terms, exports were valued at Rs 3,03,580 crore in October while imports came to Rs 6.72 lakh crore"
GOLD = "At USD 14.72 billion, purchases of the metal were nearly triple the USD 4.92 billion of October 2024, a 199.22 per cent increase"
SILV = "silver imports soared 528.7 per cent to USD 2.72 billion"
CRUDE = "the crude import bill came to USD 14.8 billion against USD 18.9 billion a year ago, a decline of 21.7 per cent"
CUM = "Over the first seven months of the fiscal year, April to October, goods imports totalled USD 451.08 billion, 6.37 per cent more than a year earlier, while exports edged 0.63 per cent higher to USD 254.25 billion"
CUMD = "That left a cumulative merchandise trade gap of USD 196.82 billion, wider than the USD 171.40 billion of April-October 2024"
SX = "The ministry estimated the value of services exports in October at USD 38.52 billion, up 11.94 per cent from USD 34.41 billion a year earlier"
SM = "Services imports were pegged at USD 18.64 billion against USD 17.23 billion"
GS = "Taking goods and services together, overall exports dipped 0.68 per cent to USD 72.89 billion in the month, and overall imports increased 14.87 per cent to USD 94.70 billion, leaving a combined deficit of USD 21.80 billion"
GSC = "For April-October, total exports of goods and services rose 4.84 per cent to USD 491.80 billion"
US1 = "The US continued to be the largest destination for Indian goods"
US2 = "shipments there declined 8.7 per cent to USD 6.31 billion in October from USD 6.91 billion a year earlier"
US3 = "Compared with September, when they stood at USD 5.47 billion, exports to America were 14.5 per cent higher"
US4 = "Shipments to the US for April-October as a whole were up 10.14 per cent at USD 52.12 billion"
UAE = "The UAE was the second-biggest export market at USD 3.33 billion"
CN = "China moved up to third, with outbound shipments rising 42.35 per cent to USD 1.62 billion"
CNM = "China remained the largest source of imports at USD 11.10 billion"

IND_ = "India"
OTH_ = period(2025, 10)
O24 = period(2024, 10)
S = period(2025, 9)
AO = period(2025, 4, 10)
AO24 = period(2024, 4, 10)
GSP = "goods and services"
US = "United States"

ARTICLE = {
    "id": "dAZ2_05",
    "title": "Trade deficit hits record USD 41.68 bn in Oct on gold rush; exports fall 11.8 pc",
    "publisher": "PTI",
    "published": "2025-11-17",
    "notes": [
        "Dollar figures follow the commerce ministry's real release of 17 Nov 2025 (October 2025) as reported by PTI, Financial Express and others; sentences are my own. The two rupee values are my conversions at about Rs 88.3 per dollar (no rupee figure was found in the reporting); they are labelled as INR facts, separate from the USD facts.",
        "Headline repeats the body's deficit and export fall: labelled once (body evidence). 'Rs 6.72 lakh crore' -> 6.72e12 INR; 'Rs 3,03,580 crore' (Indian digit grouping) -> 3.0358e12 INR.",
        "Comparison bases stated as values are labelled with their own periods: deficit USD 32.15 bn (Sept 2025) and USD 26.2 bn (Oct 2024); gold USD 4.92 bn, crude oil USD 18.9 bn, services USD 34.41 bn and USD 17.23 bn, US exports USD 6.91 bn (all Oct 2024); April-October 2024 deficit USD 171.40 bn; US exports USD 5.47 bn (Sept 2025).",
        "'exports to America were 14.5 per cent higher' 'Compared with September' -> growth, basis mom, October 2025.",
        "The seven-month 'cumulative merchandise trade gap of USD 196.82 billion': a balance value, negative; 'the first seven months of the fiscal year, April to October' -> 2025-04..2025-10 (fiscal year 2025-26).",
        "Ranks: US 'largest destination' -> exports rank 1 (October, the paragraph's period); UAE 'second-biggest export market' -> 2; China 'moved up to third' -> exports rank 3; China 'largest source of imports' -> imports rank 1. 'Services imports were pegged at USD 18.64 billion against USD 17.23 billion': period October carried from the previous sentence.",
        "Goods and services combined -> product 'goods and services' (overall exports/imports, combined deficit, April-October total exports). Silver and gold as products 'silver', 'gold'; 'crude oil'.",
        "Out of scope, not labelled: 'nearly triple' (no number beyond the labelled values), the 50 per cent US tariff, the Rs 25,060 crore Export Promotion Mission outlay (not a trade flow), 'record'/'widest on record' milestones.",
    ],
    "facts": [
        fact(IND_, "exports", "growth", -11.8, "percent", OTH_, "11.8", LEAD),
        fact(IND_, "exports", "value", 34.38e9, "USD", OTH_, "34.38 billion", LEAD),
        fact(IND_, "balance", "value", -41.68e9, "USD", OTH_, "41.68 billion", DEF),
        fact(IND_, "imports", "growth", 16.63, "percent", OTH_, "16.63", IMP),
        fact(IND_, "imports", "value", 76.06e9, "USD", OTH_, "76.06 billion", IMP),
        fact(IND_, "balance", "value", -32.15e9, "USD", S, "32.15 billion", GAP),
        fact(IND_, "balance", "value", -26.2e9, "USD", O24, "26.2 billion", GAP),
        fact(IND_, "exports", "value", 3.0358e12, "INR", OTH_, "3,03,580 crore", RUP),
        fact(IND_, "imports", "value", 6.72e12, "INR", OTH_, "6.72 lakh crore", RUP),
        fact(IND_, "imports", "value", 14.72e9, "USD", OTH_, "14.72 billion", GOLD, product="gold"),
        fact(IND_, "imports", "value", 4.92e9, "USD", O24, "4.92 billion", GOLD, product="gold"),
        fact(IND_, "imports", "growth", 199.22, "percent", OTH_, "199.22", GOLD, product="gold"),
        fact(IND_, "imports", "growth", 528.7, "percent", OTH_, "528.7", SILV, product="silver"),
        fact(IND_, "imports", "value", 2.72e9, "USD", OTH_, "2.72 billion", SILV, product="silver"),
        fact(IND_, "imports", "growth", -21.7, "percent", OTH_, "21.7", CRUDE, product="crude oil"),
        fact(IND_, "imports", "value", 14.8e9, "USD", OTH_, "14.8 billion", CRUDE, product="crude oil"),
        fact(IND_, "imports", "value", 18.9e9, "USD", O24, "18.9 billion", CRUDE, product="crude oil"),
        fact(IND_, "exports", "growth", 0.63, "percent", AO, "0.63", CUM),
        fact(IND_, "exports", "value", 254.25e9, "USD", AO, "254.25 billion", CUM),
        fact(IND_, "imports", "growth", 6.37, "percent", AO, "6.37", CUM),
        fact(IND_, "imports", "value", 451.08e9, "USD", AO, "451.08 billion", CUM),
        fact(IND_, "balance", "value", -196.82e9, "USD", AO, "196.82 billion", CUMD),
        fact(IND_, "balance", "value", -171.40e9, "USD", AO24, "171.40 billion", CUMD),
        fact(IND_, "exports", "value", 38.52e9, "USD", OTH_, "38.52 billion", SX, product="services"),
        fact(IND_, "exports", "growth", 11.94, "percent", OTH_, "11.94", SX, product="services"),
        fact(IND_, "exports", "value", 34.41e9, "USD", O24, "34.41 billion", SX, product="services"),
        fact(IND_, "imports", "value", 18.64e9, "USD", OTH_, "18.64 billion", SM, product="services"),
        fact(IND_, "imports", "value", 17.23e9, "USD", O24, "17.23 billion", SM, product="services"),
        fact(IND_, "exports", "growth", -0.68, "percent", OTH_, "0.68", GS, product=GSP),
        fact(IND_, "exports", "value", 72.89e9, "USD", OTH_, "72.89 billion", GS, product=GSP),
        fact(IND_, "imports", "growth", 14.87, "percent", OTH_, "14.87", GS, product=GSP),
        fact(IND_, "imports", "value", 94.70e9, "USD", OTH_, "94.70 billion", GS, product=GSP),
        fact(IND_, "balance", "value", -21.80e9, "USD", OTH_, "21.80 billion", GS, product=GSP),
        fact(IND_, "exports", "growth", 4.84, "percent", AO, "4.84", GSC, product=GSP),
        fact(IND_, "exports", "value", 491.80e9, "USD", AO, "491.80 billion", GSC, product=GSP),
        fact(IND_, "exports", "rank", 1, "number", OTH_, "largest", US1, partner=US),
        fact(IND_, "exports", "growth", -8.7, "percent", OTH_, "8.7", US2, partner=US),
        fact(IND_, "exports", "value", 6.31e9, "USD", OTH_, "6.31 billion", US2, partner=US),
        fact(IND_, "exports", "value", 6.91e9, "USD", O24, "6.91 billion", US2, partner=US),
        fact(IND_, "exports", "value", 5.47e9, "USD", S, "5.47 billion", US3, partner=US),
        fact(IND_, "exports", "growth", 14.5, "percent", OTH_, "14.5", US3, partner=US, basis="mom"),
        fact(IND_, "exports", "growth", 10.14, "percent", AO, "10.14", US4, partner=US),
        fact(IND_, "exports", "value", 52.12e9, "USD", AO, "52.12 billion", US4, partner=US),
        fact(IND_, "exports", "rank", 2, "number", OTH_, "second", UAE, partner="United Arab Emirates"),
        fact(IND_, "exports", "value", 3.33e9, "USD", OTH_, "3.33 billion", UAE, partner="United Arab Emirates"),
        fact(IND_, "exports", "rank", 3, "number", OTH_, "third", CN, partner="China"),
        fact(IND_, "exports", "growth", 42.35, "percent", OTH_, "42.35", CN, partner="China"),
        fact(IND_, "exports", "value", 1.62e9, "USD", OTH_, "1.62 billion", CN, partner="China"),
        fact(IND_, "imports", "rank", 1, "number", OTH_, "largest", CNM, partner="China"),
        fact(IND_, "imports", "value", 11.10e9, "USD", OTH_, "11.10 billion", CNM, partner="China"),
    ],
}
