from _fact import fact, period

MAY = period(2025, 5)
APR = period(2025, 4)
MAY24 = period(2024, 5)
AM = period(2025, 4, 5)
IN = "India"
US = "United States"
GS = "goods and services"

E_HEAD = "A smaller bill for crude oil and gold cut India's goods trade shortfall to $21.88 billion in May, down from $26.42 billion in April"
E_EXP = "Shipments of goods abroad were worth $38.73 billion (about ₹3.31 lakh crore), against $39.59 billion in May 2024, a fall of 2.2 per cent from a year earlier."
E_IMP = "merchandise imports were 1.7 per cent lower at $60.61 billion."
E_PET = "Earnings from petroleum product exports sank 30.3 per cent to $5.64 billion"
E_CRUDE = "On the import side, India spent $14.75 billion on crude oil and petroleum products"
E_GOLD = "gold imports came to $2.5 billion in May, down from $3.1 billion in April"
E_ELEC = "Electronic goods exports, powered by smartphones, climbed to $4.57 billion, a jump of 54.1 per cent"
E_US = ("The United States held on to its position as the top destination for Indian goods, buying $8.83 billion worth "
        "in May, 17.3 per cent more than a year earlier.")
E_CNEXP = "Shipments to China came to $1.65 billion."
E_CNIMP = "Imports from China, India's largest supplier, rose to $10.32 billion"
E_AM = "In April-May, the first two months of the 2025-26 financial year, merchandise exports grew 3.07 per cent to $77.19 billion"
E_SVC = "For services, which the ministry can only project until the Reserve Bank of India publishes its own figures, May exports are put at $32.39 billion and imports at $17.14 billion."
E_GS = "Adding services to merchandise, May exports totalled $71.12 billion, 2.77 per cent more than a year before"
E_GSBAL = "the combined trade deficit narrowed to $6.62 billion"
E_GSAM = "For April and May together, goods and services exports amounted to $142.43 billion, a year-on-year gain of 5.75 per cent"

ARTICLE = {
    "id": "dAT2_05_india_trade_may_2025",
    "title": "Softer oil prices and smaller gold purchases shrink India's May trade gap to $21.88 bn",
    "publisher": "The Commerce Ledger",
    "published": "2025-06-16",
    "notes": [
        "Byline line gives outlet and date: The Commerce Ledger, New Delhi, June 16, 2025. May, April and April-May are 2025 (April-May 2025 is the first two months of FY2025-26: period 2025-04..2025-05).",
        "Merchandise (goods) figures: product null. Services figures: product 'services'. 'Adding services to merchandise' and 'the combined trade deficit' in that sentence: product 'goods and services'.",
        "Headline '$21.88 bn' and body '$21.88 billion' are one observation (May balance); labelled once from the body. '$26.42 billion in April' is the April 2025 deficit: a separate fact with period 2025-04. Both deficits are negative.",
        "'$38.73 billion (about ₹3.31 lakh crore)': a USD fact and an approx INR fact (3.31 lakh crore = 3.31e12).",
        "'against $39.59 billion in May 2024': the year-ago exports value, labelled with period 2024-05 (it states the value of a trade flow; the comparison base is not the May 2025 period).",
        "Growth rates with no comparison cue ('1.7 per cent lower', 'sank 30.3 per cent', 'a jump of 54.1 per cent', 'grew 3.07 per cent') default to yoy; the paragraph cues are 'from a year earlier' / 'than a year earlier' / 'than a year before' / 'year-on-year'.",
        "'On the import side, India spent $14.75 billion on crude oil and petroleum products': imports, product 'crude oil and petroleum products', value only (no rate given).",
        "'gold imports came to $2.5 billion in May, down from $3.1 billion in April': two facts, May 2025 and April 2025 gold import values (a previous-month value, not a growth rate).",
        "'Electronic goods exports': product 'electronic goods' (May, yoy by default).",
        "'top destination' -> rank 1 of exports to the United States; 'India's largest supplier' -> rank 1 of imports from China (May 2025).",
        "'keeping the bilateral gap wide' has no number: nothing to label.",
        "The senior official's 'six sectors that together make up roughly 75 per cent of global imports' is a share of world imports, not of India's trade: out. '90-day pause' and tariff talk: out.",
        "Services for May are ministry estimates (projections, to be revised): labelled as stated, services exports 32.39 and services imports 17.14 billion dollars.",
        "April-May goods and services exports $142.43 billion, 'a year-on-year gain of 5.75 per cent': product 'goods and services', period 2025-04..2025-05.",
        "Outlook paragraph: Brent above $75 a barrel (price), ICRA's $24-26 billion June deficit forecast, Bank of Baroda's current account deficit forecast of 0.5 per cent of GDP: forecasts / not trade flows, out.",
    ],
    "facts": [
        fact(IN, "balance", "value", -21.88e9, "USD", MAY, "21.88 billion", E_HEAD),
        fact(IN, "balance", "value", -26.42e9, "USD", APR, "26.42 billion", E_HEAD),
        fact(IN, "exports", "growth", -2.2, "percent", MAY, "2.2", E_EXP),
        fact(IN, "exports", "value", 38.73e9, "USD", MAY, "38.73 billion", E_EXP),
        fact(IN, "exports", "value", 3.31e12, "INR", MAY, "3.31 lakh crore", E_EXP, qualifier="approx"),
        fact(IN, "exports", "value", 39.59e9, "USD", MAY24, "39.59 billion", E_EXP),
        fact(IN, "imports", "growth", -1.7, "percent", MAY, "1.7", E_IMP),
        fact(IN, "imports", "value", 60.61e9, "USD", MAY, "60.61 billion", E_IMP),
        fact(IN, "exports", "growth", -30.3, "percent", MAY, "30.3", E_PET, product="petroleum products"),
        fact(IN, "exports", "value", 5.64e9, "USD", MAY, "5.64 billion", E_PET, product="petroleum products"),
        fact(IN, "imports", "value", 14.75e9, "USD", MAY, "14.75 billion", E_CRUDE, product="crude oil and petroleum products"),
        fact(IN, "imports", "value", 2.5e9, "USD", MAY, "2.5 billion", E_GOLD, product="gold"),
        fact(IN, "imports", "value", 3.1e9, "USD", APR, "3.1 billion", E_GOLD, product="gold"),
        fact(IN, "exports", "growth", 54.1, "percent", MAY, "54.1", E_ELEC, product="electronic goods"),
        fact(IN, "exports", "value", 4.57e9, "USD", MAY, "4.57 billion", E_ELEC, product="electronic goods"),
        fact(IN, "exports", "rank", 1, "number", MAY, "top", E_US, partner=US),
        fact(IN, "exports", "value", 8.83e9, "USD", MAY, "8.83 billion", E_US, partner=US),
        fact(IN, "exports", "growth", 17.3, "percent", MAY, "17.3", E_US, partner=US),
        fact(IN, "exports", "value", 1.65e9, "USD", MAY, "1.65 billion", E_CNEXP, partner="China"),
        fact(IN, "imports", "rank", 1, "number", MAY, "largest", E_CNIMP, partner="China"),
        fact(IN, "imports", "value", 10.32e9, "USD", MAY, "10.32 billion", E_CNIMP, partner="China"),
        fact(IN, "exports", "growth", 3.07, "percent", AM, "3.07", E_AM),
        fact(IN, "exports", "value", 77.19e9, "USD", AM, "77.19 billion", E_AM),
        fact(IN, "exports", "value", 32.39e9, "USD", MAY, "32.39 billion", E_SVC, product="services"),
        fact(IN, "imports", "value", 17.14e9, "USD", MAY, "17.14 billion", E_SVC, product="services"),
        fact(IN, "exports", "growth", 2.77, "percent", MAY, "2.77", E_GS, product=GS),
        fact(IN, "exports", "value", 71.12e9, "USD", MAY, "71.12 billion", E_GS, product=GS),
        fact(IN, "balance", "value", -6.62e9, "USD", MAY, "6.62 billion", E_GSBAL, product=GS),
        fact(IN, "exports", "value", 142.43e9, "USD", AM, "142.43 billion", E_GSAM, product=GS),
        fact(IN, "exports", "growth", 5.75, "percent", AM, "5.75", E_GSAM, product=GS),
    ],
}
