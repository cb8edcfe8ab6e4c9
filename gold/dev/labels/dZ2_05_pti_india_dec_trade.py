from _fact import fact, period

DEC = period(2025, 12)
DEC_2024 = period(2024, 12)
NOV = period(2025, 11)
APR_DEC = {"start": "2025-04", "end": "2025-12"}
IN = "India"
US = "United States"
GS = "goods and services"

LEAD_EXPORTS = "India's merchandise exports edged up 1.87 per cent in December to USD 38.51 billion"
LEAD_DEFICIT = "pushed the trade deficit wider to USD 25.04 billion"
IMPORTS = "imports for the month rising 8.7 per cent to USD 63.55 billion"
GAPS = "The trade gap had stood at USD 20.63 billion in December 2024 and at USD 24.53 billion in November"
CUMULATIVE = (
    "For April-December 2025-26, exports were up 2.44 per cent at USD 330.29 billion and imports up 5.9 per cent at "
    "USD 578.61 billion"
)
CUMULATIVE_DEFICIT = "which left the cumulative trade gap at USD 248.32 billion"
RUPEE = "Measured in rupees, the nine months' outbound shipments totalled Rs 28.72 lakh crore"
US_CUMULATIVE = (
    "the US — India's largest export destination — took USD 65.88 billion of its exports in April-December, "
    "9.75 per cent more than a year earlier"
)
US_DECEMBER = "For December by itself, shipments to America slipped 1.57 per cent to USD 6.89 billion"
GOLD_CRUDE = (
    "December imports of gold and crude oil amounted to USD 4.13 billion and USD 14.36 billion, respectively; "
    "compared with a year earlier, the former was 12.1 per cent lower and the latter 4.3 per cent higher"
)
ELECTRONICS = (
    "their exports in the fiscal's first nine months climbed by over 35 per cent, reaching USD 35.27 billion"
)
PETROLEUM = "Weak spots in April-December included petroleum products (-14.5 per cent)"
SERVICES_EXPORTS = "The ministry estimated December services exports at USD 35.50 billion"
SERVICES_IMPORTS = "services imports at USD 17.38 billion"
OVERALL = (
    "Taking goods and services together, total exports in December were put at USD 74.01 billion and imports at "
    "USD 80.94 billion, for an overall trade deficit of USD 6.92 billion"
)

ARTICLE = {
    "id": "dZ2_05_pti_india_dec_trade",
    "title": "Trade deficit widens to USD 25.04 bn in Dec as India's exports inch up 1.87 pc to USD 38.51 bn",
    "publisher": "PTI",
    "published": "2026-01-15",
    "notes": [
        "Dateline 'Jan 15 (PTI)' without a year: 2026 from the published date; 'December' is December 2025.",
        "'USD 24.53 billion in November' = the November 2025 deficit; 'December 2024' deficit labelled with "
        "its own period. 'trade gap' is the deficit: negative.",
        "'April-December 2025-26' and 'the nine months' / 'the fiscal's first nine months' = 2025-04..2025-12 "
        "(Indian fiscal year April-March).",
        "'Rs 28.72 lakh crore' = 28.72e12 INR, same observation as the USD 330.29 billion in another currency: a "
        "separate INR fact.",
        "'India's largest export destination' = rank 1, exports, partner United States, period April-December 2025 "
        "(the sentence's period).",
        "Gold and crude oil: the 'respectively' pair gives the values; 'the former ... the latter' gives the growth "
        "rates (yoy, 'compared with a year earlier'). Products 'gold', 'crude oil'.",
        "Electronics: 'over 35 per cent' = growth 35, qualifier over; no exact rate is given. 'the main engine of "
        "export growth' ranks a contribution to growth, not a trade flow: out.",
        "'petroleum products (-14.5 per cent)' = exports growth -14.5 for April-December (the list is of export "
        "sectors); gems and jewellery has no number.",
        "Services are ministry estimates, labelled exact (product 'services'); 'below the year-ago level' has no number. "
        "Overall figures (goods and services combined) use product 'goods and services'.",
        "Out: the 50 per cent US tariff; the USD 850 billion fiscal-year projection (forecast); 'averaged about USD 7 "
        "billion' (a monthly average the record cannot express); 'silver imports more than doubling' (no number "
        "stated); imports from the US 'went up' with no number; the rupee 'beyond 90 to the dollar' (exchange rate).",
    ],
    "facts": [
        fact(IN, "exports", "growth", 1.87, "percent", DEC, "1.87", LEAD_EXPORTS),
        fact(IN, "exports", "value", 38.51e9, "USD", DEC, "38.51 billion", LEAD_EXPORTS),
        fact(IN, "balance", "value", -25.04e9, "USD", DEC, "25.04 billion", LEAD_DEFICIT),
        fact(IN, "imports", "growth", 8.7, "percent", DEC, "8.7", IMPORTS),
        fact(IN, "imports", "value", 63.55e9, "USD", DEC, "63.55 billion", IMPORTS),
        fact(IN, "balance", "value", -20.63e9, "USD", DEC_2024, "20.63 billion", GAPS),
        fact(IN, "balance", "value", -24.53e9, "USD", NOV, "24.53 billion", GAPS),
        fact(IN, "exports", "growth", 2.44, "percent", APR_DEC, "2.44", CUMULATIVE),
        fact(IN, "exports", "value", 330.29e9, "USD", APR_DEC, "330.29 billion", CUMULATIVE),
        fact(IN, "imports", "growth", 5.9, "percent", APR_DEC, "5.9", CUMULATIVE),
        fact(IN, "imports", "value", 578.61e9, "USD", APR_DEC, "578.61 billion", CUMULATIVE),
        fact(IN, "balance", "value", -248.32e9, "USD", APR_DEC, "248.32 billion", CUMULATIVE_DEFICIT),
        fact(IN, "exports", "value", 28.72e12, "INR", APR_DEC, "28.72 lakh crore", RUPEE),
        fact(IN, "exports", "rank", 1, "number", APR_DEC, "largest", US_CUMULATIVE, partner=US),
        fact(IN, "exports", "growth", 9.75, "percent", APR_DEC, "9.75", US_CUMULATIVE, partner=US),
        fact(IN, "exports", "value", 65.88e9, "USD", APR_DEC, "65.88 billion", US_CUMULATIVE, partner=US),
        fact(IN, "exports", "growth", -1.57, "percent", DEC, "1.57", US_DECEMBER, partner=US),
        fact(IN, "exports", "value", 6.89e9, "USD", DEC, "6.89 billion", US_DECEMBER, partner=US),
        fact(IN, "imports", "value", 4.13e9, "USD", DEC, "4.13 billion", GOLD_CRUDE, product="gold"),
        fact(IN, "imports", "value", 14.36e9, "USD", DEC, "14.36 billion", GOLD_CRUDE, product="crude oil"),
        fact(IN, "imports", "growth", -12.1, "percent", DEC, "12.1", GOLD_CRUDE, product="gold"),
        fact(IN, "imports", "growth", 4.3, "percent", DEC, "4.3", GOLD_CRUDE, product="crude oil"),
        fact(IN, "exports", "growth", 35, "percent", APR_DEC, "35", ELECTRONICS, product="electronic goods",
             qualifier="over"),
        fact(IN, "exports", "value", 35.27e9, "USD", APR_DEC, "35.27 billion", ELECTRONICS, product="electronic goods"),
        fact(IN, "exports", "growth", -14.5, "percent", APR_DEC, "-14.5", PETROLEUM, product="petroleum products"),
        fact(IN, "exports", "value", 35.50e9, "USD", DEC, "35.50 billion", SERVICES_EXPORTS, product="services"),
        fact(IN, "imports", "value", 17.38e9, "USD", DEC, "17.38 billion", SERVICES_IMPORTS, product="services"),
        fact(IN, "exports", "value", 74.01e9, "USD", DEC, "74.01 billion", OVERALL, product=GS),
        fact(IN, "imports", "value", 80.94e9, "USD", DEC, "80.94 billion", OVERALL, product=GS),
        fact(IN, "balance", "value", -6.92e9, "USD", DEC, "6.92 billion", OVERALL, product=GS),
    ],
}
