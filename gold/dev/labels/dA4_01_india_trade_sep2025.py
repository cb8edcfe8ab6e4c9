from _fact import fact, period

M = period(2025, 9)
M_PREV = period(2024, 9)
H1 = period(2025, 4, 9)
E_EXP = "merchandise exports were up 6.74 per cent at $36.38 billion"
E_IMP = "imports climbed 16.67 per cent to $68.53 billion"
E_INR = "goods exports amounted to rupees 3.23 trillion and imports to Rs 6.08 lakh crore"
E_GOLD = "sent gold imports up to $9.62 billion, compared with $4.39 billion a year earlier"
E_US = "Shipments to the US dropped 11.93 per cent in the month to $5.46 billion"
E_H1 = "merchandise exports were 3.02 per cent higher at $220.12 billion"
E_SVC = "services exports slipped 5.49 per cent to $30.82 billion"
E_TOT = "Combined exports of goods and services reached $67.20 billion in September, up from $66.68 billion in September 2024"

ARTICLE = {
    "id": "dA4_01_india_trade_sep2025",
    "title": "Gold import surge pushes India's September trade deficit to $32.15 billion; services exports dip",
    "publisher": "PTI",
    "published": "2025-10-15",
    "notes": [
        "Merchandise (goods) figures are India's headline trade: product null; services figures are product 'services'; "
        "'Combined exports of goods and services' (merchandise plus services) are product 'goods and services'.",
        "HARD CASE: 'Rs 6.08 lakh crore' = 6.08e12 INR (1 lakh crore = 1e12). The project's number parser has no "
        "'lakh crore' scale, so check.py cannot read this value_text; the label keeps the correct value.",
        "Rupee figures are the same observations as the dollar ones in another currency: separate INR facts, qualifier exact "
        "('at the month's average exchange rate' gives no approximation word).",
        "'A year earlier the September shortfall had been $24.66 billion' and 'compared with $4.39 billion a year earlier' (gold) and "
        "'$66.68 billion in September 2024' are stated base-period values: labelled with period 2024-09.",
        "April-September 2025 is the first half of India's fiscal year: period 2025-04..2025-09; the US growth 'over "
        "April-September' takes the same period.",
        "'its largest in 11 months' (streak/milestone), 'a gap of roughly $25 billion' (economists' expectation), "
        "'50 per cent US tariffs', '$1 trillion ... by 2030' (target): out of scope.",
        "'the goods deficit for the period continued to grow' and 'Because imports rose more quickly' state no number: nothing to label.",
    ],
    "facts": [
        fact("India", "balance", "value", -32.15e9, "USD", M, "32.15 billion",
             "India's merchandise trade deficit growing to $32.15 billion in September 2025"),
        fact("India", "exports", "growth", 6.74, "percent", M, "6.74", E_EXP),
        fact("India", "exports", "value", 36.38e9, "USD", M, "36.38 billion", E_EXP),
        fact("India", "imports", "growth", 16.67, "percent", M, "16.67", E_IMP),
        fact("India", "imports", "value", 68.53e9, "USD", M, "68.53 billion", E_IMP),
        fact("India", "balance", "value", -24.66e9, "USD", M_PREV, "24.66 billion",
             "A year earlier the September shortfall had been $24.66 billion"),
        fact("India", "exports", "value", 3.23e12, "INR", M, "3.23 trillion", E_INR),
        fact("India", "imports", "value", 6.08e12, "INR", M, "6.08 lakh crore", E_INR),
        fact("India", "balance", "value", -2.85e12, "INR", M, "2.85 trillion", "which left a deficit of rupees 2.85 trillion"),
        fact("India", "imports", "value", 9.62e9, "USD", M, "9.62 billion", E_GOLD, product="gold"),
        fact("India", "imports", "value", 4.39e9, "USD", M_PREV, "4.39 billion", E_GOLD, product="gold"),
        fact("India", "exports", "growth", -11.93, "percent", M, "11.93", E_US, partner="United States"),
        fact("India", "exports", "value", 5.46e9, "USD", M, "5.46 billion", E_US, partner="United States"),
        fact("India", "exports", "growth", 13.37, "percent", H1, "13.37",
             "over April-September they remained 13.37 per cent above the same period of the previous fiscal year", partner="United States"),
        fact("India", "exports", "growth", 3.02, "percent", H1, "3.02", E_H1),
        fact("India", "exports", "value", 220.12e9, "USD", H1, "220.12 billion", E_H1),
        fact("India", "exports", "value", 30.82e9, "USD", M, "30.82 billion", E_SVC, product="services"),
        fact("India", "exports", "growth", -5.49, "percent", M, "5.49", E_SVC, product="services"),
        fact("India", "imports", "value", 15.29e9, "USD", M, "15.29 billion", "services imports were $15.29 billion",
             product="services"),
        fact("India", "balance", "value", 15.53e9, "USD", M, "15.53 billion",
             "for a surplus in services trade of $15.53 billion", product="services"),
        fact("India", "exports", "value", 67.20e9, "USD", M, "67.20 billion", E_TOT, product="goods and services"),
        fact("India", "exports", "value", 66.68e9, "USD", M_PREV, "66.68 billion", E_TOT, product="goods and services"),
        fact("India", "balance", "value", -16.62e9, "USD", M, "16.62 billion",
             "the overall trade deficit grew to $16.62 billion", product="goods and services"),
    ],
}
