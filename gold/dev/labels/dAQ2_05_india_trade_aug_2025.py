from _fact import fact, period

AUG = period(2025, 8)
JUL = period(2025, 7)
AUG24 = period(2024, 8)
FY = period(2025, 4, 8)
IN = "India"
US = "United States"
GS = "goods and services"
E_HEAD = ("A collapse in gold buying pulled India's merchandise imports down 10.12% from a year earlier to $61.59 billion "
          "in August 2025, while exports grew 6.7% to $35.10 billion")
E_DEF = ("At $26.49 billion, the goods trade deficit was smaller than July's $27.35 billion and the $35.64 billion "
         "recorded in August last year.")
E_INR = "Measured in rupees, August exports came to ₹3.07 lakh crore."
E_FY = ("goods exports were up 2.52% at $184.13 billion against imports of $306.52 billion, for a cumulative deficit "
        "of $122.39 billion")
E_SVC = "India exported $34.06 billion of services in August and imported $17.45 billion"
E_GS = ("Taking goods and services together, exports increased 9.3% to $69.16 billion and imports totalled "
        "$79.04 billion, for an overall deficit of $9.88 billion.")
E_GOLD = "Inbound gold shipments slumped 56.67% year on year to $5.43 billion"
E_CRUDE = "Softer world prices brought crude oil imports down 13.3% to $11.2 billion."
E_ELEC = "overseas sales of electronic goods jumped 25.9% to $2.93 billion"
E_US = "The US was again the largest buyer of Indian goods in August at $6.86 billion, 7.15% more than a year before."
E_US_JUL = "Shipments had been much higher in July, at $8.01 billion"
E_US_FY = "April-August exports to the US were 18.06% higher at $40.39 billion"

ARTICLE = {
    "id": "dAQ2_05_india_trade_aug_2025",
    "title": "India's August exports grow 6.7% as first US tariffs bite; goods trade gap eases to $26.49 billion",
    "publisher": "Hindustan Times",
    "published": "2025-09-16",
    "notes": [
        "Byline dated Sep 16, 2025; data 'released on Monday' (Sep 15). August is 2025 (stated); July is July 2025; 'August last year' is 2024-08.",
        "Headline 6.7% and $26.49 billion are the same observations as the body's: labelled once, from the body.",
        "Merchandise (goods) figures carry product null; services estimates carry 'services'; the combined figures 'goods and services'.",
        "Deficit sentence: $26.49 billion (Aug 2025), $27.35 billion (July 2025) and $35.64 billion (Aug 2024) are all deficits -> negative balances.",
        "'₹3.07 lakh crore' is the rupee value of August exports (INR 3.07e12), a separate fact from the USD value; no 'about', so exact.",
        "'April-August, the opening five months of the fiscal year': 2025-04..2025-08 (India's fiscal year starts in April). Imports have no rate: value only.",
        "'cumulative deficit of $122.39 billion' (184.13 - 306.52) labelled as the April-August balance.",
        "Gold: 'slumped 56.67% year on year' -> -56.67 yoy; crude oil: product 'crude oil', -13.3 yoy (no cue, default yoy); electronics: product 'electronic goods' ('overseas sales' = exports).",
        "US: 'the largest buyer of Indian goods in August' -> exports rank 1, partner United States; 'Shipments had been much higher in July, at $8.01 billion' -> July 2025 exports to the US.",
        "Out of scope: tariffs (25%, 25%, 50%), dates (August 7, August 27, July 2024), the Reuters poll forecast 'about $25.1 billion', "
        "the Coromandel Securities economist's forecasts ('20-25%', 'towards $30 billion'), 'roughly a month later' lag, 'about 100 products', 'opening five months' (period phrase), 'first month of steep US tariffs'.",
    ],
    "facts": [
        fact(IN, "exports", "value", 35.10e9, "USD", AUG, "35.10 billion", E_HEAD),
        fact(IN, "exports", "growth", 6.7, "percent", AUG, "6.7", E_HEAD),
        fact(IN, "imports", "value", 61.59e9, "USD", AUG, "61.59 billion", E_HEAD),
        fact(IN, "imports", "growth", -10.12, "percent", AUG, "10.12", E_HEAD),
        fact(IN, "balance", "value", -26.49e9, "USD", AUG, "26.49 billion", E_DEF),
        fact(IN, "balance", "value", -27.35e9, "USD", JUL, "27.35 billion", E_DEF),
        fact(IN, "balance", "value", -35.64e9, "USD", AUG24, "35.64 billion", E_DEF),
        fact(IN, "exports", "value", 3.07e12, "INR", AUG, "3.07 lakh crore", E_INR),
        fact(IN, "exports", "growth", 2.52, "percent", FY, "2.52", E_FY),
        fact(IN, "exports", "value", 184.13e9, "USD", FY, "184.13 billion", E_FY),
        fact(IN, "imports", "value", 306.52e9, "USD", FY, "306.52 billion", E_FY),
        fact(IN, "balance", "value", -122.39e9, "USD", FY, "122.39 billion", E_FY),
        fact(IN, "exports", "value", 34.06e9, "USD", AUG, "34.06 billion", E_SVC, product="services"),
        fact(IN, "imports", "value", 17.45e9, "USD", AUG, "17.45 billion", E_SVC, product="services"),
        fact(IN, "exports", "growth", 9.3, "percent", AUG, "9.3", E_GS, product=GS),
        fact(IN, "exports", "value", 69.16e9, "USD", AUG, "69.16 billion", E_GS, product=GS),
        fact(IN, "imports", "value", 79.04e9, "USD", AUG, "79.04 billion", E_GS, product=GS),
        fact(IN, "balance", "value", -9.88e9, "USD", AUG, "9.88 billion", E_GS, product=GS),
        fact(IN, "imports", "growth", -56.67, "percent", AUG, "56.67", E_GOLD, product="gold"),
        fact(IN, "imports", "value", 5.43e9, "USD", AUG, "5.43 billion", E_GOLD, product="gold"),
        fact(IN, "imports", "growth", -13.3, "percent", AUG, "13.3", E_CRUDE, product="crude oil"),
        fact(IN, "imports", "value", 11.2e9, "USD", AUG, "11.2 billion", E_CRUDE, product="crude oil"),
        fact(IN, "exports", "growth", 25.9, "percent", AUG, "25.9", E_ELEC, product="electronic goods"),
        fact(IN, "exports", "value", 2.93e9, "USD", AUG, "2.93 billion", E_ELEC, product="electronic goods"),
        fact(IN, "exports", "rank", 1, "number", AUG, "largest", E_US, partner=US),
        fact(IN, "exports", "value", 6.86e9, "USD", AUG, "6.86 billion", E_US, partner=US),
        fact(IN, "exports", "growth", 7.15, "percent", AUG, "7.15", E_US, partner=US),
        fact(IN, "exports", "value", 8.01e9, "USD", JUL, "8.01 billion", E_US_JUL, partner=US),
        fact(IN, "exports", "growth", 18.06, "percent", FY, "18.06", E_US_FY, partner=US),
        fact(IN, "exports", "value", 40.39e9, "USD", FY, "40.39 billion", E_US_FY, partner=US),
    ],
}
