from _fact import fact, period

JUN = period(2025, 6)
MAY = period(2025, 5)
JUN24 = period(2024, 6)
Q1 = period(2025, 4, 6)
Q1_24 = period(2024, 4, 6)
IN = "India"
US = "United States"
GS = "goods and services"
E_LEAD = ("India's merchandise trade deficit narrowed to $18.78 billion (about ₹1.61 lakh crore) in June from $21.88 billion "
          "in May")
E_EXP = "Goods exports were virtually flat, at $35.14 billion compared with $35.16 billion in June 2024"
E_IMP = "Imports fell 3.71% to $53.92 billion."
E_INR = "Measured in rupees, outbound shipments rose 2.4% to ₹3.01 lakh crore"
E_OIL = "Crude oil imports eased to $13.7 billion last month from $14.7 billion in May."
E_GOLD = ("Gold imports dropped to $1.8 billion from $2.5 billion a month earlier and were down 25.73% from a year before")
E_SVC = ("The ministry estimated June services exports at $32.84 billion and services imports at $17.58 billion, implying a "
         "services trade surplus of $15.26 billion.")
E_GS = ("Adding goods and services together, total exports were put at $67.98 billion, 6.5% more than a year earlier, and the "
        "overall trade deficit at $3.51 billion.")
E_Q1 = "merchandise exports grew 1.92% to $112.17 billion and imports rose 4.24% to $179.44 billion"
E_Q1_DEF = ("That widened the goods deficit for the quarter to $67.26 billion, compared with $62.10 billion in April-June 2024.")
E_US_JUN = "The United States was again the biggest destination for Indian goods, taking shipments worth $8.30 billion in June."
E_US_Q1 = "Over the quarter, exports to the U.S. climbed to $25.52 billion from $20.89 billion a year earlier"

ARTICLE = {
    "id": "dAS2_05_india_trade_jun_2025",
    "title": "India's June trade deficit narrows to $18.78 billion as oil and gold bills shrink",
    "publisher": "Indus Trade Desk",
    "published": "2025-07-15",
    "notes": [
        "Area India throughout. June and May are 2025 from the byline date (July 15, 2025); 'last month' is June 2025.",
        "Merchandise (goods-only) figures carry product null; services estimates carry 'services'; the combined "
        "figures ('Adding goods and services together') carry 'goods and services'.",
        "'$18.78 billion (about ₹1.61 lakh crore)': the same June deficit in USD and, approx, in INR; both negative. "
        "'lakh crore' = 1e12 (guide: 6.08 lakh crore -> 6.08e12).",
        "'from $21.88 billion in May': the May deficit, period 2025-05, negative.",
        "'The shortfall was well below the $22.2 billion that economists ... had forecast': a forecast, out.",
        "'$35.14 billion compared with $35.16 billion in June 2024': two export values, June 2025 and June 2024. 'virtually "
        "flat' gives no number, so no growth fact.",
        "'Imports fell 3.71% to $53.92 billion.': no basis cue in the sentence; the paragraph compares with June 2024, and the "
        "guide's default is yoy, so basis yoy.",
        "'Measured in rupees, outbound shipments rose 2.4% to ₹3.01 lakh crore': an INR export value and an export growth "
        "(yoy by default, the rupee comparison with a year earlier). The growth fact has unit percent; no dollar-terms growth "
        "is stated, so there is no clash.",
        "Crude oil and gold imports: product 'crude oil' and 'gold'; the May values ('from $14.7 billion in May', 'from $2.5 "
        "billion a month earlier') are labelled with period 2025-05; gold's 'down 25.73% from a year before' is yoy -25.73.",
        "Services figures are ministry estimates for June, but they are stated as the month's estimates (not forecasts), so "
        "they are labelled (exports, imports, surplus +15.26).",
        "Goods and services: total exports $67.98 billion, growth 6.5% yoy ('more than a year earlier'), overall deficit -3.51 "
        "billion.",
        "April-June 2025 is the first quarter of fiscal 2025-26: period 2025-04..2025-06. '$62.10 billion in April-June 2024': "
        "deficit for 2024-04..2024-06, negative. 'imports rose 4.24%' is the quarter's merchandise imports.",
        "'The United States was again the biggest destination for Indian goods ... in June': export rank 1, June, and the June "
        "value $8.30 billion. Quarter exports to the U.S.: $25.52 billion (2025-04..06) and $20.89 billion a year earlier "
        "(2024-04..06).",
        "Out of scope: 'weakest month since November' (milestone), the 10% baseline tariff, Menon's forecast of a deficit "
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
