from _fact import fact, period

IN = "India"
J = period(2025, 6)
Q = period(2025, 4, 6)
E_BAL = "India's merchandise trade deficit to $18.69 billion in June from $21.88 billion in May"
E_EXP = "Goods exports in June 2025 edged down 0.2% year-on-year to $35.28 billion"
E_IMP = "imports fell 3.7% to $53.97 billion"
E_GOLD = "imports of gold slumped 39.9% to $1.84 billion from $3.06 billion a year ago"
E_OIL = "oil imports down 8.3% to $13.72 billion"
E_US = "Shipments to the US, the largest destination for Indian exports, grew 23.5% to $8.31 billion"
E_QEXP = "goods exports increased 1.9% to $112.17 billion"
E_QIMP = "imports were up 4.2% at $179.44 billion"

ARTICLE = {
    "id": "dK2_06_in_mint_jun2025_trade",
    "title": "Sharp drop in gold imports trims India's June trade deficit to $18.69 billion",
    "publisher": "Mint",
    "published": "2025-07-15",
    "notes": [
        "The text states the year (June 2025) and the date line 'Updated 15 Jul 2025'; 15 July 2025 is a Tuesday as the text says.",
        "Merchandise (goods) figures: product null; services exports 'services'.",
        "'shrank ... to $18.69 billion in June from $21.88 billion in May': two balance values, June and May 2025, no rate.",
        "'in June 2024, the deficit on goods trade was $20.69 billion' -> balance of June 2024; 'from $3.06 billion a year ago' -> gold imports of June 2024.",
        "Rupee value '₹3.02 lakh crore' of goods exports: a separate INR fact (1 lakh crore = 1e12).",
        "'the largest destination for Indian exports' -> rank 1 of exports to the United States.",
        "'oil imports' -> product 'oil'.",
        "April-June = first quarter of fiscal 2025-26 -> period 2025-04 to 2025-06; 'the quarter's cumulative trade deficit at $67.27 billion' is its balance.",
        "Out: the Mint poll ($20.4 billion, a forecast), the 26% reciprocal tariff, the ₹2,250 crore export-mission outlay, 1 August (date), GDP growth 7.4%.",
    ],
    "facts": [
        fact(IN, "balance", "value", -18.69e9, "USD", J, "18.69 billion", E_BAL),
        fact(IN, "balance", "value", -21.88e9, "USD", period(2025, 5), "21.88 billion", E_BAL),
        fact(IN, "exports", "value", 35.28e9, "USD", J, "35.28 billion", E_EXP),
        fact(IN, "exports", "growth", -0.2, "percent", J, "0.2", E_EXP),
        fact(IN, "imports", "value", 53.97e9, "USD", J, "53.97 billion", E_IMP),
        fact(IN, "imports", "growth", -3.7, "percent", J, "3.7", E_IMP),
        fact(IN, "balance", "value", -20.69e9, "USD", period(2024, 6), "20.69 billion",
             "in June 2024, the deficit on goods trade was $20.69 billion"),
        fact(IN, "exports", "value", 3.02e12, "INR", J, "3.02 lakh crore",
             "Measured in rupees, the month's goods exports were valued at ₹3.02 lakh crore"),
        fact(IN, "imports", "value", 1.84e9, "USD", J, "1.84 billion", E_GOLD, product="gold"),
        fact(IN, "imports", "growth", -39.9, "percent", J, "39.9", E_GOLD, product="gold"),
        fact(IN, "imports", "value", 3.06e9, "USD", period(2024, 6), "3.06 billion", E_GOLD, product="gold"),
        fact(IN, "imports", "value", 13.72e9, "USD", J, "13.72 billion", E_OIL, product="oil"),
        fact(IN, "imports", "growth", -8.3, "percent", J, "8.3", E_OIL, product="oil"),
        fact(IN, "exports", "rank", 1, "number", J, "largest", E_US, partner="United States"),
        fact(IN, "exports", "value", 8.31e9, "USD", J, "8.31 billion", E_US, partner="United States"),
        fact(IN, "exports", "growth", 23.5, "percent", J, "23.5", E_US, partner="United States"),
        fact(IN, "exports", "value", 32.84e9, "USD", J, "32.84 billion",
             "June exports of services amounted to $32.84 billion", product="services"),
        fact(IN, "exports", "value", 112.17e9, "USD", Q, "112.17 billion", E_QEXP),
        fact(IN, "exports", "growth", 1.9, "percent", Q, "1.9", E_QEXP),
        fact(IN, "imports", "value", 179.44e9, "USD", Q, "179.44 billion", E_QIMP),
        fact(IN, "imports", "growth", 4.2, "percent", Q, "4.2", E_QIMP),
        fact(IN, "balance", "value", -67.27e9, "USD", Q, "67.27 billion",
             "which put the quarter's cumulative trade deficit at $67.27 billion"),
    ],
}
