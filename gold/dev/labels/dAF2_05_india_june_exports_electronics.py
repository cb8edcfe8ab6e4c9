from _fact import fact, period

JUN = period(2026, 6)
JUN_LY = period(2025, 6)
APR_JUN = period(2026, 4, 6)

LEAD = "India's merchandise exports up 8.4 per cent to USD 38.09 billion in June"
LEAD_DEF = "the trade deficit widening slightly to USD 19.12 billion"
IMP = "imports in June increased 6.1 per cent to USD 57.21 billion"
DEF_LY = "In June last year, the trade gap had stood at USD 18.78 billion."
Q1 = ("In April-June 2026, the first quarter of this fiscal, exports expanded 5.6 per cent to USD 118.45 billion and "
      "imports gained 4.2 per cent to USD 186.98 billion")
Q1_DEF = "leaving a deficit of USD 68.53 billion for the three months."
INR = "Measured in rupees, June's merchandise exports amounted to Rs 3,42,810 crore."
US = "Shipments to the US, the largest market for Indian exports, increased to USD 8.6 billion in June, up 3.6 per cent."
US_SHARE = "Roughly 22.6 per cent of all the country's outbound shipments that month went to the US."
CN = "imports from China climbed 9.8 per cent to USD 10.3 billion"
ELEC = "smartphone shipments drove a 38.5 per cent surge in exports of electronic goods to USD 4.71 billion"
ENG = "engineering goods exports advanced 11.2 per cent, reaching USD 10.42 billion"
PET = "Exports of petroleum products, on the other hand, slid 14.3 per cent to a value of USD 4.85 billion"
GOLD = "Gold imports in June were worth USD 3.05 billion, an increase of 18.6 per cent"
SERV = ("The ministry put June's services exports at an estimated USD 34.6 billion and services imports at an estimated "
        "USD 17.9 billion")

ARTICLE = {
    "id": "dAF2_05_india_june_exports_electronics",
    "title": "June exports rise 8.4 pc to USD 38.09 bn, trade gap USD 19.12 bn",
    "publisher": "PTI",
    "published": "2026-07-15",
    "notes": [
        "Area India throughout; the year 2026 comes from the publication date (and 'April-June 2026').",
        "No basis cue anywhere: all growth rates are yoy (the ministry compares with the same month/period of the previous year).",
        "Trade deficit is a negative balance: June 2026 -19.12 billion, June 2025 ('June last year') -18.78 billion, April-June 2026 -68.53 billion.",
        "'the first quarter of this fiscal' = April-June 2026 (Indian fiscal year starts in April); the sentence itself names April-June 2026.",
        "'Rs 3,42,810 crore': the ministry's own rupee figure for the June exports (same observation as USD 38.09 billion), a separate INR fact; "
        "no hedge word in the text, so qualifier exact.",
        "'the largest market for Indian exports': rank 1, partner United States, flow exports, period June 2026 (the article's month).",
        "'Roughly 22.6 per cent of all the country's outbound shipments that month went to the US': share of exports, partner United States, approx.",
        "Products in the text's words: 'electronic goods', 'engineering goods', 'petroleum products', 'gold'. 'merchandise exports' is goods with the world: product null.",
        "Services exports/imports ('at an estimated'): product services, qualifier exact ('estimated' is not a hedge on the number).",
        "Out of scope, unlabelled: US duties of 18 per cent and 50 per cent (tariff rates); USD 900 billion goods-and-services target this fiscal (forecast); "
        "gold import volume fall of about 9 per cent (volume growth beside value growth); exports in the first 10 days of July about 5 per cent higher "
        "(part of a month); 'second quarter' (no number).",
    ],
    "facts": [
        fact("India", "exports", "growth", 8.4, "percent", JUN, "8.4", LEAD),
        fact("India", "exports", "value", 38.09e9, "USD", JUN, "38.09 billion", LEAD),
        fact("India", "balance", "value", -19.12e9, "USD", JUN, "19.12 billion", LEAD_DEF),
        fact("India", "imports", "growth", 6.1, "percent", JUN, "6.1", IMP),
        fact("India", "imports", "value", 57.21e9, "USD", JUN, "57.21 billion", IMP),
        fact("India", "balance", "value", -18.78e9, "USD", JUN_LY, "18.78 billion", DEF_LY),
        fact("India", "exports", "growth", 5.6, "percent", APR_JUN, "5.6", Q1),
        fact("India", "exports", "value", 118.45e9, "USD", APR_JUN, "118.45 billion", Q1),
        fact("India", "imports", "growth", 4.2, "percent", APR_JUN, "4.2", Q1),
        fact("India", "imports", "value", 186.98e9, "USD", APR_JUN, "186.98 billion", Q1),
        fact("India", "balance", "value", -68.53e9, "USD", APR_JUN, "68.53 billion", Q1_DEF),
        fact("India", "exports", "value", 3.4281e12, "INR", JUN, "3,42,810 crore", INR),
        fact("India", "exports", "rank", 1, "number", JUN, "largest", US, partner="United States"),
        fact("India", "exports", "growth", 3.6, "percent", JUN, "3.6", US, partner="United States"),
        fact("India", "exports", "value", 8.6e9, "USD", JUN, "8.6 billion", US, partner="United States"),
        fact("India", "exports", "share", 22.6, "percent", JUN, "22.6", US_SHARE, partner="United States", qualifier="approx"),
        fact("India", "imports", "growth", 9.8, "percent", JUN, "9.8", CN, partner="China"),
        fact("India", "imports", "value", 10.3e9, "USD", JUN, "10.3 billion", CN, partner="China"),
        fact("India", "exports", "growth", 38.5, "percent", JUN, "38.5", ELEC, product="electronic goods"),
        fact("India", "exports", "value", 4.71e9, "USD", JUN, "4.71 billion", ELEC, product="electronic goods"),
        fact("India", "exports", "growth", 11.2, "percent", JUN, "11.2", ENG, product="engineering goods"),
        fact("India", "exports", "value", 10.42e9, "USD", JUN, "10.42 billion", ENG, product="engineering goods"),
        fact("India", "exports", "growth", -14.3, "percent", JUN, "14.3", PET, product="petroleum products"),
        fact("India", "exports", "value", 4.85e9, "USD", JUN, "4.85 billion", PET, product="petroleum products"),
        fact("India", "imports", "growth", 18.6, "percent", JUN, "18.6", GOLD, product="gold"),
        fact("India", "imports", "value", 3.05e9, "USD", JUN, "3.05 billion", GOLD, product="gold"),
        fact("India", "exports", "value", 34.6e9, "USD", JUN, "34.6 billion", SERV, product="services"),
        fact("India", "imports", "value", 17.9e9, "USD", JUN, "17.9 billion", SERV, product="services"),
    ],
}
