from _fact import fact, period

M = period(2025, 9)
M_PREV = period(2024, 9)
H1 = period(2025, 4, 9)
E_EXP = "Merchandise exports rose 6.74 per cent to $36.38 billion compared with the year-ago month"
E_IMP = "imports jumped 16.67 per cent to $68.53 billion"
E_INR = "goods exports were worth rupees 3.23 trillion and imports Rs 6.08 lakh crore"
E_GOLD = "Gold imports surged to $9.62 billion from $4.39 billion a year earlier"
E_US = "Exports to the US fell 11.93 per cent to $5.46 billion in the month"
E_H1 = "merchandise exports grew 3.02 per cent to $220.12 billion"
E_SVC = "put services exports at $30.82 billion, down 5.49 per cent"
E_TOT = "total exports were $67.20 billion in September, against $66.68 billion in September 2024"

ARTICLE = {
    "id": "dA4_01_india_trade_sep2025",
    "title": "India's September trade deficit widens to $32.15 billion as gold imports surge; services exports slip",
    "publisher": "PTI",
    "published": "2025-10-15",
    "notes": [
        "Merchandise (goods) figures are India's headline trade: product null; services figures are product 'services'; "
        "'goods and services together' / 'total exports' (merchandise plus services) are product 'goods and services'.",
        "HARD CASE: 'Rs 6.08 lakh crore' = 6.08e12 INR (1 lakh crore = 1e12). The project's number parser has no "
        "'lakh crore' scale, so check.py cannot read this value_text; the label keeps the correct value.",
        "Rupee figures are the same observations as the dollar ones in another currency: separate INR facts, qualifier exact "
        "('converted at the month's average rate' gives no approximation word).",
        "'In the year-ago month the deficit had stood at $24.66 billion' and 'from $4.39 billion a year earlier' (gold) and "
        "'$66.68 billion in September 2024' are stated base-period values: labelled with period 2024-09.",
        "April-September 2025 is the first half of India's fiscal year: period 2025-04..2025-09; the US growth 'over "
        "April-September' takes the same period.",
        "'the highest in 11 months' (streak/milestone), 'a gap of about $25 billion' (economists' expectation), "
        "'50 per cent tariffs', '$1 trillion ... by 2030' (target): out of scope.",
        "'the cumulative goods deficit kept widening' and 'With imports growing faster' state no number: nothing to label.",
    ],
    "facts": [
        fact("India", "balance", "value", -32.15e9, "USD", M, "32.15 billion",
             "India's merchandise trade deficit widened to $32.15 billion in September 2025"),
        fact("India", "exports", "growth", 6.74, "percent", M, "6.74", E_EXP),
        fact("India", "exports", "value", 36.38e9, "USD", M, "36.38 billion", E_EXP),
        fact("India", "imports", "growth", 16.67, "percent", M, "16.67", E_IMP),
        fact("India", "imports", "value", 68.53e9, "USD", M, "68.53 billion", E_IMP),
        fact("India", "balance", "value", -24.66e9, "USD", M_PREV, "24.66 billion",
             "In the year-ago month the deficit had stood at $24.66 billion"),
        fact("India", "exports", "value", 3.23e12, "INR", M, "3.23 trillion", E_INR),
        fact("India", "imports", "value", 6.08e12, "INR", M, "6.08 lakh crore", E_INR),
        fact("India", "balance", "value", -2.85e12, "INR", M, "2.85 trillion", "leaving a deficit of rupees 2.85 trillion"),
        fact("India", "imports", "value", 9.62e9, "USD", M, "9.62 billion", E_GOLD, product="gold"),
        fact("India", "imports", "value", 4.39e9, "USD", M_PREV, "4.39 billion", E_GOLD, product="gold"),
        fact("India", "exports", "growth", -11.93, "percent", M, "11.93", E_US, partner="United States"),
        fact("India", "exports", "value", 5.46e9, "USD", M, "5.46 billion", E_US, partner="United States"),
        fact("India", "exports", "growth", 13.37, "percent", H1, "13.37",
             "shipments to the US were still 13.37 per cent higher over April-September", partner="United States"),
        fact("India", "exports", "growth", 3.02, "percent", H1, "3.02", E_H1),
        fact("India", "exports", "value", 220.12e9, "USD", H1, "220.12 billion", E_H1),
        fact("India", "exports", "value", 30.82e9, "USD", M, "30.82 billion", E_SVC, product="services"),
        fact("India", "exports", "growth", -5.49, "percent", M, "5.49", E_SVC, product="services"),
        fact("India", "imports", "value", 15.29e9, "USD", M, "15.29 billion", "services imports at $15.29 billion",
             product="services"),
        fact("India", "balance", "value", 15.53e9, "USD", M, "15.53 billion",
             "giving a services trade surplus of $15.53 billion", product="services"),
        fact("India", "exports", "value", 67.20e9, "USD", M, "67.20 billion", E_TOT, product="goods and services"),
        fact("India", "exports", "value", 66.68e9, "USD", M_PREV, "66.68 billion", E_TOT, product="goods and services"),
        fact("India", "balance", "value", -16.62e9, "USD", M, "16.62 billion",
             "the overall trade deficit widened to $16.62 billion", product="goods and services"),
    ],
}
