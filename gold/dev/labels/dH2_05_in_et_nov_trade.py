from _fact import fact, period

N = period(2025, 11)
OCT = period(2025, 10)
FY = period(2025, 4, 11)
IN = "India"
E_X = "Outbound merchandise shipments from India surged 19.4% year-on-year in November 2025 to $38.13 billion (Rs 3.37 lakh crore)"
E_M = "With imports easing 1.9% to $62.66 billion, the trade deficit narrowed to $24.53 billion from October's record $41.68 billion"
E_AU = "gold imports, which collapsed 59.2% to $3.95 billion"
E_US = "exports to the United States grew 22.6% to $6.98 billion"
E_FY = "goods exports increased 2.6% to $292.07 billion against imports of $515.2 billion, which produced a merchandise trade deficit of $223.13 billion"

ARTICLE = {
    "id": "dH2_05_in_et_nov_trade",
    "title": "Gold import slump and 19% export jump cut India's November trade gap to $24.53 billion",
    "publisher": "The Economic Times",
    "published": "2025-12-15",
    "notes": [
        "The text states the year (November 2025); the financial year to date 'covering April to November' is 2025-04 to 2025-11.",
        "Merchandise figures: product null. Services: product 'services'. 'Total exports of goods and services': product 'goods and services'.",
        "Headline restates body figures (deficit $24.53bn, exports 19%): labelled once, with the body sentences; '19%' is the rounded 19.4%.",
        "'Rs 3.37 lakh crore' is November's exports in rupees, converted without 'about': INR fact, qualifier exact.",
        "October's deficit ($41.68bn) is labelled as an October observation; 'record' is a milestone, out.",
        "Services figures 'Estimates put' / 'estimated' keep qualifier exact (estimated is not an approx word in the guide).",
        "Out: Reuters poll $32 billion, 50% tariff, rupee 90 per dollar, 25 basis points, 5.25% repo rate, 7.3% growth forecast, 'over three years'.",
    ],
    "facts": [
        fact(IN, "exports", "growth", 19.4, "percent", N, "19.4", E_X),
        fact(IN, "exports", "value", 38.13e9, "USD", N, "38.13 billion", E_X),
        fact(IN, "exports", "value", 3.37e12, "INR", N, "3.37 lakh crore", E_X),
        fact(IN, "imports", "growth", -1.9, "percent", N, "1.9", E_M),
        fact(IN, "imports", "value", 62.66e9, "USD", N, "62.66 billion", E_M),
        fact(IN, "balance", "value", -24.53e9, "USD", N, "24.53 billion", E_M),
        fact(IN, "balance", "value", -41.68e9, "USD", OCT, "41.68 billion", E_M),
        fact(IN, "imports", "growth", -59.2, "percent", N, "59.2", E_AU, product="gold"),
        fact(IN, "imports", "value", 3.95e9, "USD", N, "3.95 billion", E_AU, product="gold"),
        fact(IN, "exports", "growth", 22.6, "percent", N, "22.6", E_US, partner="United States"),
        fact(IN, "exports", "value", 6.98e9, "USD", N, "6.98 billion", E_US, partner="United States"),
        fact(IN, "exports", "value", 35.86e9, "USD", N, "35.86 billion",
             "Estimates put services exports for November at $35.86 billion", product="services"),
        fact(IN, "imports", "value", 17.96e9, "USD", N, "17.96 billion",
             "services imports estimated at $17.96 billion", product="services"),
        fact(IN, "exports", "value", 73.99e9, "USD", N, "73.99 billion",
             "Combined goods and services exports for the month are estimated to have reached $73.99 billion", product="goods and services"),
        fact(IN, "exports", "growth", 2.6, "percent", FY, "2.6", E_FY),
        fact(IN, "exports", "value", 292.07e9, "USD", FY, "292.07 billion", E_FY),
        fact(IN, "imports", "value", 515.2e9, "USD", FY, "515.2 billion", E_FY),
        fact(IN, "balance", "value", -223.13e9, "USD", FY, "223.13 billion", E_FY),
    ],
}
