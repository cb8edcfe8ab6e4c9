from _fact import fact, period

APR = period(2026, 4)
APR25 = period(2025, 4)

LEAD = "Merchandise exports from India grew 5.1 per cent in April to USD 40.45 billion"
LEAD_DEF = "a steep rise in gold imports pushed the trade deficit wider to USD 29.85 billion"
IMP = "Inbound shipments rose 8.3 per cent to USD 70.30 billion in the month."
DEF25 = "In April 2025, the trade deficit, the amount by which imports exceed exports, was USD 26.42 billion."
RUPEE = "Measured in rupees, April exports were Rs 3.68 lakh crore and imports Rs 6.40 lakh crore."
GOLD = "Imports of gold nearly doubled with a 96.4 per cent jump to USD 6.07 billion"
OIL = "lower global prices pulled crude oil imports down 11.3 per cent to USD 18.36 billion"
ELEC = "Electronic goods remained the biggest growth driver, with exports up 31.2 per cent at USD 4.84 billion."
ENG = "Engineering goods shipments climbed 4.6 per cent, reaching USD 9.88 billion."
US = "The US was again the top market for Indian merchandise in April, taking shipments valued at USD 8.96 billion, an increase of 6.4 per cent year-on-year."
FOLLOW = "The UAE came next (USD 3.41 billion), ahead of the Netherlands (USD 1.92 billion)."
CN = "China ranked as the largest supplier, with USD 10.87 billion, up 14.2 per cent"
CN_DEF = "The deficit with the neighbouring country amounted to USD 9.40 billion for the month."
SERV = "Ministry estimates put April services exports at USD 36.9 billion and services imports at USD 19.2 billion"
TOTAL = "Combined goods and services exports for April are estimated at USD 77.35 billion, 8.4 per cent higher than in April 2025."
OVERALL = "Across goods and services together, the trade deficit was USD 12.15 billion."

ARTICLE = {
    "id": "dAG2_05_pti_india_april_2026_trade_gold",
    "title": "April exports grow 5.1 pc to USD 40.45 bn; gold import surge lifts trade deficit to USD 29.85 bn",
    "publisher": "PTI",
    "published": "2026-05-15",
    "notes": [
        "Area India throughout; 'April' is April 2026 (dateline May 15, published 2026-05-15); 'April 2025' is the comparison month.",
        "All growth rates are year-on-year (no month-on-month cue anywhere; the US rate says 'year-on-year').",
        "Trade deficits are negative balances: April 2026 (-29.85 bn), April 2025 (-26.42 bn), with China (-9.40 bn), overall goods and services (-12.15 bn).",
        "Rupee figures are official values in INR, not conversions with 'about': separate INR facts, exact.",
        "'Imports of gold nearly doubled with a 96.4 per cent jump': 'nearly doubled' is not a number; the 96.4 is labelled.",
        "'The US was again the top market': rank 1 of the US among export destinations, April 2026. The UAE and the Netherlands "
        "'came next' after the US: their values are labelled; no rank is labelled for them (no ordinal stated).",
        "'China ranked as the largest supplier': rank 1 of China among import origins. 'ahead of Russia and the UAE': no figures, nothing labelled.",
        "'the neighbouring country' = China (balance with partner China).",
        "'Combined goods and services exports': product 'goods and services'; the deficit 'Across goods and services together' likewise.",
        "Out of scope, unlabelled: 'Of the 30 main export sectors, 21' (conditional count of sectors, not trading partners or enterprises), "
        "the 18 per cent US tariff, FIEO's 10-12 per cent growth forecast for the fiscal year, the current account deficit "
        "(0.6 per cent of GDP), and the economist's remarks (no figures).",
    ],
    "facts": [
        fact("India", "exports", "growth", 5.1, "percent", APR, "5.1", LEAD),
        fact("India", "exports", "value", 40.45e9, "USD", APR, "40.45 billion", LEAD),
        fact("India", "balance", "value", -29.85e9, "USD", APR, "29.85 billion", LEAD_DEF),
        fact("India", "imports", "growth", 8.3, "percent", APR, "8.3", IMP),
        fact("India", "imports", "value", 70.30e9, "USD", APR, "70.30 billion", IMP),
        fact("India", "balance", "value", -26.42e9, "USD", APR25, "26.42 billion", DEF25),
        fact("India", "exports", "value", 3.68e12, "INR", APR, "3.68 lakh crore", RUPEE),
        fact("India", "imports", "value", 6.40e12, "INR", APR, "6.40 lakh crore", RUPEE),
        fact("India", "imports", "growth", 96.4, "percent", APR, "96.4", GOLD, product="gold"),
        fact("India", "imports", "value", 6.07e9, "USD", APR, "6.07 billion", GOLD, product="gold"),
        fact("India", "imports", "growth", -11.3, "percent", APR, "11.3", OIL, product="crude oil"),
        fact("India", "imports", "value", 18.36e9, "USD", APR, "18.36 billion", OIL, product="crude oil"),
        fact("India", "exports", "growth", 31.2, "percent", APR, "31.2", ELEC, product="electronic goods"),
        fact("India", "exports", "value", 4.84e9, "USD", APR, "4.84 billion", ELEC, product="electronic goods"),
        fact("India", "exports", "growth", 4.6, "percent", APR, "4.6", ENG, product="engineering goods"),
        fact("India", "exports", "value", 9.88e9, "USD", APR, "9.88 billion", ENG, product="engineering goods"),
        fact("India", "exports", "rank", 1, "number", APR, "top", US, partner="United States"),
        fact("India", "exports", "value", 8.96e9, "USD", APR, "8.96 billion", US, partner="United States"),
        fact("India", "exports", "growth", 6.4, "percent", APR, "6.4", US, partner="United States"),
        fact("India", "exports", "value", 3.41e9, "USD", APR, "3.41 billion", FOLLOW, partner="United Arab Emirates"),
        fact("India", "exports", "value", 1.92e9, "USD", APR, "1.92 billion", FOLLOW, partner="Netherlands"),
        fact("India", "imports", "rank", 1, "number", APR, "largest", CN, partner="China"),
        fact("India", "imports", "value", 10.87e9, "USD", APR, "10.87 billion", CN, partner="China"),
        fact("India", "imports", "growth", 14.2, "percent", APR, "14.2", CN, partner="China"),
        fact("India", "balance", "value", -9.40e9, "USD", APR, "9.40 billion", CN_DEF, partner="China"),
        fact("India", "exports", "value", 36.9e9, "USD", APR, "36.9 billion", SERV, product="services"),
        fact("India", "imports", "value", 19.2e9, "USD", APR, "19.2 billion", SERV, product="services"),
        fact("India", "exports", "value", 77.35e9, "USD", APR, "77.35 billion", TOTAL, product="goods and services"),
        fact("India", "exports", "growth", 8.4, "percent", APR, "8.4", TOTAL, product="goods and services"),
        fact("India", "balance", "value", -12.15e9, "USD", APR, "12.15 billion", OVERALL, product="goods and services"),
    ],
}
