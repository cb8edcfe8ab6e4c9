from _fact import fact, period

IN = "India"
NOV = period(2026, 11)
NOV25 = period(2025, 11)
APR_NOV = period(2026, 4, 11)
US = "United States"
UAE = "United Arab Emirates"
NL = "Netherlands"

ARTICLE = {
    "id": "dBS2_05",
    "title": "Gold buying lifts November trade gap to $27.9 billion; exports up 4.2%",
    "publisher": "Press Information Bureau",
    "published": "2026-12-15",
    "notes": [
        "Real figures: November 2025 merchandise exports USD 38.13 billion and imports USD 62.66 billion, "
        "deficit USD 24.53 billion, services exports USD 35.86 billion and imports USD 17.96 billion (the "
        "commerce ministry's release of December 2025, as reported); only 38.13 and 24.53 appear as facts here. "
        "Modelled on PIB releases (USD and Rs crore side by side, 'USD (-)' for a deficit, estimated services) "
        "and on PTI/Business Standard write-ups of November data. Invented: every November 2026 and "
        "April-November 2026 figure, the partner and product figures, the exchange rates. Derived: growth "
        "4.22 = 39.74/38.13; 7.92 = 67.62/62.66; deficit 27.88 = 67.62 - 39.74; rupee values at 90.20 (2026) "
        "and 88.60 (2025) per dollar, rupee growth 6.11; April-November deficit 219.78 = 521.36 - 301.58; Rs "
        "26.96 lakh crore = 301.58 billion x 89.4; engineering share 25.7 = 10.21/39.74.",
        "Judgement calls: the headline's 4.2% and $27.9 billion are the body's 4.22 and 27.88 rounded: one fact "
        "each, labelled with the body's evidence. The rupee value is another fact for the same observation "
        "(unit INR); the rupee growth 6.11 is a second exports/growth/yoy fact for November beside the dollar "
        "4.22 (the record has no currency field for growth; both as written). 'USD (-) 219.78 billion' is read "
        "as a deficit through the word 'deficit' before it. 'Imports over the same period' takes April-November 2026 from the sentence before. 'April-November 2026' is fiscal 2026-27 to date: "
        "2026-04..2026-11. 'Last month' (published 2026-12-15) is November 2026. Services figures are "
        "estimates: labelled as stated (product 'services'). Gold: product 'gold', flow imports. 'The US kept "
        "its place as India's largest export destination': rank 1, exports, partner United States. The "
        "'respectively' sentence gives US and UAE values and growth rates; 12.4 shares the 'up' of 9.8. "
        "Petroleum products: value only (no rate is stated).",
        "Not facts: 'Of the 30 key sectors, 18 recorded positive export growth' (a conditional count); the "
        "exchange rates 90.20 and 88.60; the economist's current account forecast of 1.2 per cent of GDP in "
        "2026-27 (forecast, not a trade flow); 'first eight months' (a span); the years 2027 and 2026-27.",
        "Copy check: 10 sentences searched (headline, November exports, imports and deficit, services, "
        "April-November, gold, engineering/electronics, markets, rupee sentence, quote), 5 reworded (headline, "
        "November exports, November imports, April-November exports, April-November imports: each kept the "
        "skeleton of a ministry release or wire sentence).",
        "Second check: 25 sentences searched, 2 reworded.",
    ],
    "facts": [
        fact(IN, "exports", "value", 39.74e9, "USD", NOV, "39.74 billion",
             "At USD 39.74 billion, merchandise exports in November 2026"),
        fact(IN, "exports", "value", 38.13e9, "USD", NOV25, "38.13 billion",
             "the USD 38.13 billion recorded in November 2025"),
        fact(IN, "exports", "growth", 4.22, "percent", NOV, "4.22",
             "merchandise exports in November 2026 were 4.22 per cent higher than the USD 38.13 billion"),
        fact(IN, "exports", "value", 358454.80e7, "INR", NOV, "3,58,454.80 crore",
             "Measured in rupees, November exports came to Rs 3,58,454.80 crore"),
        fact(IN, "exports", "growth", 6.11, "percent", NOV, "6.11",
             "Measured in rupees, November exports came to Rs 3,58,454.80 crore, showing a growth of 6.11 per "
             "cent over the same month of the previous year"),
        fact(IN, "imports", "value", 67.62e9, "USD", NOV, "67.62 billion",
             "On the import side, the bill for November 2026 reached USD 67.62 billion"),
        fact(IN, "imports", "value", 609932.40e7, "INR", NOV, "6,09,932.40 crore",
             "On the import side, the bill for November 2026 reached USD 67.62 billion, equivalent to Rs "
             "6,09,932.40 crore"),
        fact(IN, "imports", "growth", 7.92, "percent", NOV, "7.92",
             "with dollar-denominated imports up 7.92 per cent"),
        fact(IN, "balance", "value", -27.88e9, "USD", NOV, "27.88 billion",
             "That left a merchandise trade deficit of USD 27.88 billion in November 2026"),
        fact(IN, "balance", "value", -24.53e9, "USD", NOV25, "24.53 billion",
             "That left a merchandise trade deficit of USD 27.88 billion in November 2026, wider than the USD 24.53 "
             "billion shortfall of November 2025"),
        fact(IN, "exports", "value", 38.92e9, "USD", NOV, "38.92 billion",
             "Services exports for November 2026 are estimated at USD 38.92 billion", product="services"),
        fact(IN, "imports", "value", 19.45e9, "USD", NOV, "19.45 billion",
             "Services exports for November 2026 are estimated at USD 38.92 billion and services imports at USD "
             "19.45 billion", product="services"),
        # April-November 2026 (fiscal year to date)
        fact(IN, "exports", "value", 301.58e9, "USD", APR_NOV, "301.58 billion",
             "Over April-November 2026, the first eight months of the fiscal year, outbound merchandise shipments "
             "added up to USD 301.58 billion"),
        fact(IN, "exports", "value", 26.96e12, "INR", APR_NOV, "26.96 lakh crore",
             "outbound merchandise shipments added up to USD 301.58 billion, or Rs 26.96 lakh crore"),
        fact(IN, "exports", "growth", 3.10, "percent", APR_NOV, "3.10",
             "or Rs 26.96 lakh crore, 3.10 per cent more than in April-November 2025"),
        fact(IN, "imports", "growth", 1.87, "percent", APR_NOV, "1.87",
             "Imports over the same period climbed to USD 521.36 billion, a gain of 1.87 per cent"),
        fact(IN, "imports", "value", 521.36e9, "USD", APR_NOV, "521.36 billion",
             "Imports over the same period climbed to USD 521.36 billion"),
        fact(IN, "balance", "value", -219.78e9, "USD", APR_NOV, "219.78 billion",
             "leaving a cumulative merchandise trade deficit of USD (-) 219.78 billion"),
        fact(IN, "exports", "value", 291.84e9, "USD", APR_NOV, "291.84 billion",
             "For April-November 2026 as a whole, services exports are put at an estimated USD 291.84 billion.",
             product="services"),
        # Analysis: products
        fact(IN, "imports", "growth", 75.6, "percent", NOV, "75.6",
             "Inbound shipments of the yellow metal surged 75.6 per cent to $6.85 billion", product="gold"),
        fact(IN, "imports", "value", 6.85e9, "USD", NOV, "$6.85 billion",
             "Inbound shipments of the yellow metal surged 75.6 per cent to $6.85 billion", product="gold"),
        fact(IN, "exports", "growth", 6.3, "percent", NOV, "6.3",
             "Engineering goods grew 6.3 per cent to $10.21 billion", product="engineering goods"),
        fact(IN, "exports", "value", 10.21e9, "USD", NOV, "$10.21 billion",
             "Engineering goods grew 6.3 per cent to $10.21 billion", product="engineering goods"),
        fact(IN, "exports", "share", 25.7, "percent", NOV, "25.7",
             "accounted for 25.7 per cent of all merchandise shipped abroad in November",
             product="engineering goods"),
        fact(IN, "exports", "growth", 31.6, "percent", NOV, "31.6",
             "Electronic goods, led by smartphones, jumped 31.6 per cent to $4.37 billion",
             product="electronic goods"),
        fact(IN, "exports", "value", 4.37e9, "USD", NOV, "$4.37 billion",
             "Electronic goods, led by smartphones, jumped 31.6 per cent to $4.37 billion",
             product="electronic goods"),
        fact(IN, "exports", "value", 3.48e9, "USD", NOV, "$3.48 billion",
             "Petroleum products, however, fell to $3.48 billion", product="petroleum products"),
        # Analysis: markets
        fact(IN, "exports", "rank", 1, "number", NOV, "largest",
             "the US kept its place as India's largest export destination", partner=US),
        fact(IN, "exports", "value", 7.41e9, "USD", NOV, "$7.41 billion",
             "Exports to the US and the UAE came to $7.41 billion and $3.62 billion respectively", partner=US),
        fact(IN, "exports", "value", 3.62e9, "USD", NOV, "$3.62 billion",
             "Exports to the US and the UAE came to $7.41 billion and $3.62 billion respectively", partner=UAE),
        fact(IN, "exports", "growth", 9.8, "percent", NOV, "9.8",
             "Exports to the US and the UAE came to $7.41 billion and $3.62 billion respectively, up 9.8 per cent "
             "and 12.4 per cent from a year earlier", partner=US),
        fact(IN, "exports", "growth", 12.4, "percent", NOV, "12.4",
             "Exports to the US and the UAE came to $7.41 billion and $3.62 billion respectively, up 9.8 per cent "
             "and 12.4 per cent from a year earlier", partner=UAE),
        fact(IN, "exports", "growth", -8.7, "percent", NOV, "8.7",
             "shipments to the Netherlands declined 8.7 per cent to $1.94 billion", partner=NL),
        fact(IN, "exports", "value", 1.94e9, "USD", NOV, "$1.94 billion",
             "shipments to the Netherlands declined 8.7 per cent to $1.94 billion", partner=NL),
    ],
}
