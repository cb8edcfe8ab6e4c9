from _fact import fact, period

DEC = period(2025, 12)
DEC_2024 = period(2024, 12)
NOV = period(2025, 11)
APR_DEC = {"start": "2025-04", "end": "2025-12"}
IN = "India"
US = "United States"
GS = "goods and services"

LEAD_EXPORTS = "India's merchandise exports rose marginally by 1.87 per cent to USD 38.51 billion in December"
LEAD_DEFICIT = "widened the trade deficit to USD 25.04 billion"
IMPORTS = "Imports during the month grew 8.7 per cent to USD 63.55 billion"
GAPS = "The trade gap was USD 20.63 billion in December 2024 and USD 24.53 billion in the previous month"
CUMULATIVE = (
    "During April-December 2025-26, exports grew by 2.44 per cent to USD 330.29 billion, while imports increased "
    "by 5.9 per cent to USD 578.61 billion"
)
CUMULATIVE_DEFICIT = "leaving a cumulative trade deficit of USD 248.32 billion"
RUPEE = "In rupee terms, the country's outbound shipments for the nine months aggregated Rs 28.72 lakh crore"
US_CUMULATIVE = (
    "Exports to the US, India's largest export destination, rose 9.75 per cent to USD 65.88 billion in April-December"
)
US_DECEMBER = "In December alone, shipments to America dipped 1.57 per cent to USD 6.89 billion"
GOLD_CRUDE = (
    "Gold and crude oil imports in December stood at USD 4.13 billion and USD 14.36 billion, respectively, with the "
    "former down 12.1 per cent and the latter up 4.3 per cent from a year earlier"
)
ELECTRONICS = (
    "with exports in the first nine months of the fiscal going up by more than 35 per cent to USD 35.27 billion"
)
PETROLEUM = "Among the laggards in April-December were petroleum products (-14.5 per cent)"
SERVICES_EXPORTS = "The ministry's estimate for services exports in December was USD 35.50 billion"
SERVICES_IMPORTS = "services imports were pegged at USD 17.38 billion"
OVERALL = (
    "Combining goods and services, overall exports for the month were estimated at USD 74.01 billion and imports "
    "at USD 80.94 billion, taking the overall trade deficit to USD 6.92 billion"
)

ARTICLE = {
    "id": "dZ2_05_pti_india_dec_trade",
    "title": "India's exports rise 1.87 pc to USD 38.51 bn in Dec; trade deficit widens to USD 25.04 bn",
    "publisher": "PTI",
    "published": "2026-01-15",
    "notes": [
        "Dateline 'Jan 15 (PTI)' without a year: 2026 from the published date; 'December' is December 2025.",
        "'USD 24.53 billion in the previous month' = the November 2025 deficit; 'December 2024' deficit labelled with "
        "its own period. 'trade gap' is the deficit: negative.",
        "'April-December 2025-26' and 'the nine months' / 'the first nine months of the fiscal' = 2025-04..2025-12 "
        "(Indian fiscal year April-March).",
        "'Rs 28.72 lakh crore' = 28.72e12 INR, same observation as the USD 330.29 billion in another currency: a "
        "separate INR fact.",
        "'India's largest export destination' = rank 1, exports, partner United States, period April-December 2025 "
        "(the sentence's period).",
        "Gold and crude oil: the 'respectively' pair gives the values; 'the former ... the latter' gives the growth "
        "rates (yoy, 'from a year earlier'). Products 'gold', 'crude oil'.",
        "Electronics: 'more than 35 per cent' = growth 35, qualifier over; no exact rate is given. 'the biggest driver "
        "of outbound shipments' ranks a contribution to growth, not a trade flow: out.",
        "'petroleum products (-14.5 per cent)' = exports growth -14.5 for April-December (the list is of export "
        "sectors); gems and jewellery has no number.",
        "Services are ministry estimates, labelled exact (product 'services'); 'lower than a year ago' has no number. "
        "Overall figures (goods and services combined) use product 'goods and services'.",
        "Out: the 50 per cent US tariff; the USD 850 billion fiscal-year projection (forecast); 'averaged around USD 7 "
        "billion' (a monthly average the record cannot express); 'Silver imports more than doubled' (no number stated); "
        "imports from the US 'rose' with no number; the rupee 'past 90 against the dollar' (exchange rate).",
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
