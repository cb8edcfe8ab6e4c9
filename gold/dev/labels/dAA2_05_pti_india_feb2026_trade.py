from _fact import fact, period

FEB = period(2026, 2)
JAN = period(2026, 1)
FEB25 = period(2025, 2)
APR_FEB = {"start": "2025-04", "end": "2026-02"}
IN = "India"

LEAD = "Merchandise exports from India slipped 0.81 per cent year-on-year in February to USD 36.61 billion"
DEF = "the trade deficit shrank to USD 27.1 billion from USD 34.68 billion in January"
IMP = "Imports for the month, however, jumped 25 per cent from a year earlier to USD 63.71 billion"
DEF25 = "in February 2025, the deficit was USD 14.05 billion"
INR = "Measured in rupees, February's exports amounted to Rs 3.33 lakh crore."
CUMX = "For April-February 2025-26 as a whole, exports were up 1.8 per cent at USD 402.93 billion"
CUMM = "imports increased 8.66 per cent to USD 713.57 billion"
CUMD = "leaving a trade deficit of USD 310.64 billion for the 11-month period"
GOLD = "gold imports soared 204.3 per cent to USD 7.12 billion in February"
OIL = "Imports of crude oil were 7.6 per cent higher at USD 12.8 billion."
ELEC = "Electronic goods remained the standout among export sectors, with their shipments climbing 30.5 per cent in February to USD 4.71 billion"
ELEC_CUM = "Over April-February, electronics exports reached USD 44.58 billion, ranking third among export categories"
US = "Shipments to the US grew 4.3 per cent in February, to USD 8.24 billion."
US_CUM = "In the April-February period the US was still India's largest export destination, taking goods worth USD 82.14 billion, 7.6 per cent more than a year earlier."
SVC = "February's services exports at USD 39.5 billion and services imports at USD 16.4 billion"
ALL = "Taking goods and services together, India's total exports for the month are put at USD 76.11 billion."
ALLD = "The combined trade deficit came to about USD 4 billion."

ARTICLE = {
    "id": "dAA2_05_pti_india_feb2026_trade",
    "title": "Feb trade gap shrinks to USD 27.1 bn as India's exports slip 0.81 pc",
    "publisher": "PTI",
    "published": "2026-03-16",
    "notes": [
        "Months take the year from the publication date (March 2026): February = 2026-02, January = 2026-01. 'April-February 2025-26' and 'the 11-month period' = 2025-04 to 2026-02.",
        "Merchandise figures carry product null (goods alone); services figures 'services'; 'Taking goods and services together, India's total exports' and 'The combined trade deficit' are 'goods and services'.",
        "'the trade deficit shrank to USD 27.1 billion from USD 34.68 billion in January': two balance facts, February and January 2026; the verb 'shrank' describes the change, the balances are deficits (negative).",
        "'Imports for the month, however, jumped 25 per cent from a year earlier': yoy.",
        "'in February 2025, the deficit was USD 14.05 billion': balance -14.05 bn, February 2025. 'its smallest in over three years' is a milestone, out of scope.",
        "'Measured in rupees, February's exports amounted to Rs 3.33 lakh crore': a separate INR fact for February 2026; the text states it as a figure, with no hedging word, so qualifier exact.",
        "Gold and crude oil figures: imports, product 'gold' and 'crude oil', February 2026, yoy by default.",
        "Electronics: 'Electronic goods ... shipments climbing 30.5 per cent in February to USD 4.71 billion' (exports, product 'electronic goods'); the 11-month value 44.58 bn and 'ranking third among export categories' (rank 3) use the same product, 'electronic goods' (the text's 'electronics exports' is the same category).",
        "'In the April-February period the US was still India's largest export destination': rank 1 of exports, partner United States, April-February; 'taking goods worth USD 82.14 billion, 7.6 per cent more than a year earlier' in the same sentence are exports to the US for the same period.",
        "Services values are the ministry's estimates, stated as figures: qualifier exact. 'about USD 4 billion' is approx.",
        "Out of scope, unlabelled: the strikes' date (February 28), freight-rate rise of 30-40 per cent (not a trade flow), the full-year forecast of around USD 860 billion, the current account deficit forecast of 1.2 per cent of GDP in 2026-27.",
    ],
    "facts": [
        fact(IN, "exports", "growth", -0.81, "percent", FEB, "0.81", LEAD),
        fact(IN, "exports", "value", 36.61e9, "USD", FEB, "36.61 billion", LEAD),
        fact(IN, "balance", "value", -27.1e9, "USD", FEB, "27.1 billion", DEF),
        fact(IN, "balance", "value", -34.68e9, "USD", JAN, "34.68 billion", DEF),
        fact(IN, "imports", "growth", 25, "percent", FEB, "25", IMP),
        fact(IN, "imports", "value", 63.71e9, "USD", FEB, "63.71 billion", IMP),
        fact(IN, "balance", "value", -14.05e9, "USD", FEB25, "14.05 billion", DEF25),
        fact(IN, "exports", "value", 3.33e12, "INR", FEB, "3.33 lakh crore", INR),
        fact(IN, "exports", "growth", 1.8, "percent", APR_FEB, "1.8", CUMX),
        fact(IN, "exports", "value", 402.93e9, "USD", APR_FEB, "402.93 billion", CUMX),
        fact(IN, "imports", "growth", 8.66, "percent", APR_FEB, "8.66", CUMM),
        fact(IN, "imports", "value", 713.57e9, "USD", APR_FEB, "713.57 billion", CUMM),
        fact(IN, "balance", "value", -310.64e9, "USD", APR_FEB, "310.64 billion", CUMD),
        fact(IN, "imports", "growth", 204.3, "percent", FEB, "204.3", GOLD, product="gold"),
        fact(IN, "imports", "value", 7.12e9, "USD", FEB, "7.12 billion", GOLD, product="gold"),
        fact(IN, "imports", "growth", 7.6, "percent", FEB, "7.6", OIL, product="crude oil"),
        fact(IN, "imports", "value", 12.8e9, "USD", FEB, "12.8 billion", OIL, product="crude oil"),
        fact(IN, "exports", "growth", 30.5, "percent", FEB, "30.5", ELEC, product="electronic goods"),
        fact(IN, "exports", "value", 4.71e9, "USD", FEB, "4.71 billion", ELEC, product="electronic goods"),
        fact(IN, "exports", "value", 44.58e9, "USD", APR_FEB, "44.58 billion", ELEC_CUM, product="electronic goods"),
        fact(IN, "exports", "rank", 3, "number", APR_FEB, "third", ELEC_CUM, product="electronic goods"),
        fact(IN, "exports", "growth", 4.3, "percent", FEB, "4.3", US, partner="United States"),
        fact(IN, "exports", "value", 8.24e9, "USD", FEB, "8.24 billion", US, partner="United States"),
        fact(IN, "exports", "rank", 1, "number", APR_FEB, "largest", US_CUM, partner="United States"),
        fact(IN, "exports", "growth", 7.6, "percent", APR_FEB, "7.6", US_CUM, partner="United States"),
        fact(IN, "exports", "value", 82.14e9, "USD", APR_FEB, "82.14 billion", US_CUM, partner="United States"),
        fact(IN, "exports", "value", 39.5e9, "USD", FEB, "39.5 billion", SVC, product="services"),
        fact(IN, "imports", "value", 16.4e9, "USD", FEB, "16.4 billion", SVC, product="services"),
        fact(IN, "exports", "value", 76.11e9, "USD", FEB, "76.11 billion", ALL, product="goods and services"),
        fact(IN, "balance", "value", -4e9, "USD", FEB, "4 billion", ALLD, product="goods and services", qualifier="approx"),
    ],
}
