from _fact import fact, period

JUN = period(2025, 6)
MAY = period(2025, 5)
JUN24 = period(2024, 6)
Q1 = period(2025, 4, 6)
Q1_24 = period(2024, 4, 6)
IN = "India"
US = "United States"
GS = "goods and services"
E_LEAD = ("shrinking the merchandise trade deficit to $18.78 billion (about ₹1.61 lakh crore) from $21.88 billion "
          "in May")
E_EXP = "At $35.14 billion, goods exports barely moved from the $35.16 billion of June 2024"
E_IMP = "The import bill was 3.71% lower at $53.92 billion."
E_INR = "Measured in rupees, outbound shipments rose 2.4% to ₹3.01 lakh crore"
E_OIL = "Last month's crude oil bill came to $13.7 billion, compared with $14.7 billion in May."
E_GOLD = ("Gold imports, at $1.8 billion, were well below May's $2.5 billion and 25.73% lower than a year before")
E_SVC = ("By the ministry's estimate, India sold $32.84 billion of services abroad in June and bought $17.58 billion, for a "
         "services trade surplus of $15.26 billion.")
E_GS = ("Counting goods and services together, exports were estimated at $67.98 billion, 6.5% more than a year earlier, "
        "leaving a combined trade deficit of $3.51 billion.")
E_Q1 = ("merchandise exports reached $112.17 billion, 1.92% more than a year earlier, while the import bill was 4.24% higher "
        "at $179.44 billion")
E_Q1_DEF = ("The quarter's goods deficit therefore came out at $67.26 billion, wider than the $62.10 billion of April-June 2024.")
E_US_JUN = "The United States was again the biggest destination for Indian goods, taking shipments worth $8.30 billion in June."
E_US_Q1 = "Quarterly sales to the U.S. came to $25.52 billion, up from $20.89 billion a year earlier"

ARTICLE = {
    "id": "dAS2_05_india_trade_jun_2025",
    "title": "Cheaper oil and gold shrink India's June trade deficit to $18.78 billion",
    "publisher": "Indus Trade Desk",
    "published": "2025-07-15",
    "notes": [
        "Area India throughout. June and May are 2025 from the byline date (July 15, 2025); 'last month' is June 2025.",
        "Merchandise (goods-only) figures carry product null; services estimates carry 'services'; the combined "
        "figures ('Counting goods and services together') carry 'goods and services'.",
        "'$18.78 billion (about ₹1.61 lakh crore)': the same June deficit in USD and, approx, in INR; both negative. "
        "'lakh crore' = 1e12 (guide: 6.08 lakh crore -> 6.08e12).",
        "'from $21.88 billion in May': the May deficit, period 2025-05, negative.",
        "'Economists ... had expected a much wider gap of $22.2 billion': a forecast, out.",
        "'At $35.14 billion, goods exports barely moved from the $35.16 billion of June 2024': two export values, June 2025 and "
        "June 2024. 'barely moved' gives no number, so no growth fact.",
        "'The import bill was 3.71% lower at $53.92 billion.': no basis cue in the sentence; the paragraph compares with June 2024, and the "
        "guide's default is yoy, so basis yoy.",
        "'Measured in rupees, outbound shipments rose 2.4% to ₹3.01 lakh crore': an INR export value and an export growth "
        "(yoy by default, the rupee comparison with a year earlier). The growth fact has unit percent; no dollar-terms growth "
        "is stated, so there is no clash.",
        "Crude oil and gold imports: product 'crude oil' and 'gold'; the May values ('compared with $14.7 billion in May', "
        "'May's $2.5 billion') are labelled with period 2025-05; gold's '25.73% lower than a year before' is yoy -25.73.",
        "Services figures are ministry estimates for June, but they are stated as the month's estimates (not forecasts), so "
        "they are labelled (exports, imports, surplus +15.26).",
        "Goods and services: total exports $67.98 billion, growth 6.5% yoy ('more than a year earlier'), overall deficit -3.51 "
        "billion.",
        "April-June 2025 is the first quarter of fiscal 2025-26: period 2025-04..2025-06. '$62.10 billion in April-June 2024': "
        "deficit for 2024-04..2024-06, negative. 'the import bill was 4.24% higher' is the quarter's merchandise imports.",
        "'The United States was again the biggest destination for Indian goods ... in June': export rank 1, June, and the June "
        "value $8.30 billion. Quarter exports to the U.S.: $25.52 billion (2025-04..06) and $20.89 billion a year earlier "
        "(2024-04..06).",
        "Out of scope: 'no month since November had been weaker' (milestone), the 10% baseline tariff, the economist's forecast of a deficit "
        "near $25 billion a month, the current-account deficit (0.9% of GDP, not a trade flow), 'fifth round' of talks, "
        "'more than 400 tariff lines', fiscal-year labels.",
    ],
    "facts": [
        fact(IN, "balance", "value", -18.78e9, "USD", JUN, "18.78 billion", E_LEAD),
        fact(IN, "balance", "value", -1.61e12, "INR", JUN, "1.61 lakh crore", E_LEAD, qualifier="approx"),
        fact(IN, "balance", "value", -21.88e9, "USD", MAY, "21.88 billion", E_LEAD),
        fact(IN, "exports", "value", 35.14e9, "USD", JUN, "35.14 billion", E_EXP),
        fact(IN, "exports", "value", 35.16e9, "USD", JUN24, "35.16 billion", E_EXP),
        fact(IN, "imports", "growth", -3.71, "percent", JUN, "3.71", E_IMP),
        fact(IN, "imports", "value", 53.92e9, "USD", JUN, "53.92 billion", E_IMP),
        fact(IN, "exports", "value", 3.01e12, "INR", JUN, "3.01 lakh crore", E_INR),
        fact(IN, "exports", "growth", 2.4, "percent", JUN, "2.4", E_INR),
        fact(IN, "imports", "value", 13.7e9, "USD", JUN, "13.7 billion", E_OIL, product="crude oil"),
        fact(IN, "imports", "value", 14.7e9, "USD", MAY, "14.7 billion", E_OIL, product="crude oil"),
        fact(IN, "imports", "value", 1.8e9, "USD", JUN, "1.8 billion", E_GOLD, product="gold"),
        fact(IN, "imports", "value", 2.5e9, "USD", MAY, "2.5 billion", E_GOLD, product="gold"),
        fact(IN, "imports", "growth", -25.73, "percent", JUN, "25.73", E_GOLD, product="gold"),
        fact(IN, "exports", "value", 32.84e9, "USD", JUN, "32.84 billion", E_SVC, product="services"),
        fact(IN, "imports", "value", 17.58e9, "USD", JUN, "17.58 billion", E_SVC, product="services"),
        fact(IN, "balance", "value", 15.26e9, "USD", JUN, "15.26 billion", E_SVC, product="services"),
        fact(IN, "exports", "value", 67.98e9, "USD", JUN, "67.98 billion", E_GS, product=GS),
        fact(IN, "exports", "growth", 6.5, "percent", JUN, "6.5", E_GS, product=GS),
        fact(IN, "balance", "value", -3.51e9, "USD", JUN, "3.51 billion", E_GS, product=GS),
        fact(IN, "exports", "growth", 1.92, "percent", Q1, "1.92", E_Q1),
        fact(IN, "exports", "value", 112.17e9, "USD", Q1, "112.17 billion", E_Q1),
        fact(IN, "imports", "growth", 4.24, "percent", Q1, "4.24", E_Q1),
        fact(IN, "imports", "value", 179.44e9, "USD", Q1, "179.44 billion", E_Q1),
        fact(IN, "balance", "value", -67.26e9, "USD", Q1, "67.26 billion", E_Q1_DEF),
        fact(IN, "balance", "value", -62.10e9, "USD", Q1_24, "62.10 billion", E_Q1_DEF),
        fact(IN, "exports", "rank", 1, "number", JUN, "biggest", E_US_JUN, partner=US),
        fact(IN, "exports", "value", 8.30e9, "USD", JUN, "8.30 billion", E_US_JUN, partner=US),
        fact(IN, "exports", "value", 25.52e9, "USD", Q1, "25.52 billion", E_US_Q1, partner=US),
        fact(IN, "exports", "value", 20.89e9, "USD", Q1_24, "20.89 billion", E_US_Q1, partner=US),
    ],
}
