from _fact import fact, period

OCT = period(2025, 10)           # October 2025 ("last month" from 17 Nov 2025)
SEP = period(2025, 9)            # September 2025
OCT24 = period(2024, 10)         # October 2024
APR_OCT = period(2025, 4, 10)    # April-October 2025 (first seven months of FY2025-26)
APR_OCT24 = period(2024, 4, 10)  # April-October 2024

LEAD = "India's merchandise exports down 11.8 per cent to USD 34.38 billion in October"
DEFICIT = "sent the trade deficit to a record USD 41.68 billion"
IMP = "imports climbed 16.63 per cent year-on-year to an unprecedented USD 76.06 billion last month"
GAP = "the deficit was USD 32.15 billion in September and USD 26.23 billion in October last year"
RS_EXP = "exports amounted to Rs 3.03 lakh crore"
RS_IMP = "imports to Rs 6.71 lakh crore"
RS_BAL = "a gap of Rs 3.68 lakh crore"
GOLD = "gold imports soaring 199.2 per cent to USD 14.72 billion"
CRUDE = "crude oil imports declined 21.7 per cent to USD 14.8 billion, down from USD 18.9 billion in October 2024"
ELEC = ("Electronic goods imports, on an upward trend thanks to robust local demand for phones and laptops, "
        "increased 14.7 per cent to USD 9.57 billion")
US = "Shipments to the US, the largest market for Indian exports, fell 8.58 per cent to USD 6.31 billion"
US_MOM = "Compared with September, however, exports to America rose 14.5 per cent"
SERV = "October services exports were USD 38.52 billion and services imports USD 18.64 billion."
CUM = ("exports inched up 0.63 per cent to USD 254.25 billion and imports grew 6.37 per cent to USD 451.08 billion")
CUM_BAL = ("widening the merchandise trade deficit for those months to USD 196.82 billion from USD 171.40 billion "
           "a year earlier")

ARTICLE = {
    "id": "dAJ2_05_india_trade_oct_2025",
    "title": "October exports slide 11.8 pc as festive gold buying lifts trade deficit to record USD 41.68 bn",
    "publisher": "PTI",
    "published": "2025-11-17",
    "notes": [
        "Running period October 2025 (dateline Nov 17); 'last month' = October 2025; 'October last year' = October 2024.",
        "Headline figures (11.8, 41.68) are the same observations as the lead; labelled once with body evidence.",
        "Growth without a basis cue is yoy (exports -11.8, gold +199.2, crude -21.7, electronics +14.7, US -8.58, Apr-Oct rates).",
        "'Compared with September ... rose 14.5 per cent' compares with the month before: mom, period October 2025, partner United States (America), subject carried from the previous sentence.",
        "Rupee values are the same observations as the dollar values in another currency: separate INR facts, exact; 1 lakh crore = 1e12.",
        "'the largest market for Indian exports' = rank 1 for exports to the US in October 2025.",
        "Crude oil 'from USD 18.9 billion in October 2024' is a separate value fact for October 2024.",
        "Services figures are ministry estimates: product 'services', labelled as values for October 2025.",
        "Out of scope: 'second consecutive monthly decline' (streak), the 50 per cent tariff, 'initial tranche', the 1.2 per cent CAD forecast, 2025-26, rupee at 88.8; silver 'rose several-fold' and gold prices 'close to record levels' carry no number.",
    ],
    "facts": [
        fact("India", "exports", "growth", -11.8, "percent", OCT, "11.8", LEAD),
        fact("India", "exports", "value", 34.38e9, "USD", OCT, "34.38 billion", LEAD),
        fact("India", "balance", "value", -41.68e9, "USD", OCT, "41.68 billion", DEFICIT),
        fact("India", "imports", "growth", 16.63, "percent", OCT, "16.63", IMP),
        fact("India", "imports", "value", 76.06e9, "USD", OCT, "76.06 billion", IMP),
        fact("India", "balance", "value", -32.15e9, "USD", SEP, "32.15 billion", GAP),
        fact("India", "balance", "value", -26.23e9, "USD", OCT24, "26.23 billion", GAP),
        fact("India", "exports", "value", 3.03e12, "INR", OCT, "3.03 lakh crore", RS_EXP),
        fact("India", "imports", "value", 6.71e12, "INR", OCT, "6.71 lakh crore", RS_IMP),
        fact("India", "balance", "value", -3.68e12, "INR", OCT, "3.68 lakh crore", RS_BAL),
        fact("India", "imports", "growth", 199.2, "percent", OCT, "199.2", GOLD, product="gold"),
        fact("India", "imports", "value", 14.72e9, "USD", OCT, "14.72 billion", GOLD, product="gold"),
        fact("India", "imports", "growth", -21.7, "percent", OCT, "21.7", CRUDE, product="crude oil"),
        fact("India", "imports", "value", 14.8e9, "USD", OCT, "14.8 billion", CRUDE, product="crude oil"),
        fact("India", "imports", "value", 18.9e9, "USD", OCT24, "18.9 billion", CRUDE, product="crude oil"),
        fact("India", "imports", "growth", 14.7, "percent", OCT, "14.7", ELEC, product="electronic goods"),
        fact("India", "imports", "value", 9.57e9, "USD", OCT, "9.57 billion", ELEC, product="electronic goods"),
        fact("India", "exports", "rank", 1, "number", OCT, "largest", US, partner="United States"),
        fact("India", "exports", "growth", -8.58, "percent", OCT, "8.58", US, partner="United States"),
        fact("India", "exports", "value", 6.31e9, "USD", OCT, "6.31 billion", US, partner="United States"),
        fact("India", "exports", "growth", 14.5, "percent", OCT, "14.5", US_MOM, partner="United States", basis="mom"),
        fact("India", "exports", "value", 38.52e9, "USD", OCT, "38.52 billion", SERV, product="services"),
        fact("India", "imports", "value", 18.64e9, "USD", OCT, "18.64 billion", SERV, product="services"),
        fact("India", "exports", "growth", 0.63, "percent", APR_OCT, "0.63", CUM),
        fact("India", "exports", "value", 254.25e9, "USD", APR_OCT, "254.25 billion", CUM),
        fact("India", "imports", "growth", 6.37, "percent", APR_OCT, "6.37", CUM),
        fact("India", "imports", "value", 451.08e9, "USD", APR_OCT, "451.08 billion", CUM),
        fact("India", "balance", "value", -196.82e9, "USD", APR_OCT, "196.82 billion", CUM_BAL),
        fact("India", "balance", "value", -171.40e9, "USD", APR_OCT24, "171.40 billion", CUM_BAL),
    ],
}
