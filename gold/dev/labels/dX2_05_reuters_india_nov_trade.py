from _fact import fact, period

NOVEMBER = period(2025, 11)
OCTOBER = period(2025, 10)
APR_NOV = period(2025, 4, 11)
APR_NOV_PREV = period(2024, 4, 11)
IN = "India"
US = "United States"
OIL = "crude oil and petroleum products"

LEAD = "cut India's merchandise trade deficit steeply to $24.53 billion in November"
OCTOBER_GAP = "October's deficit had been a record $41.68 billion"
RUPEES = "Measured in rupees, November's shortfall came to 2.19 trillion rupees"
HEADLINE_FLOWS = (
    "goods exports grew 19.4% year on year to $38.13 billion, a November high for more than a decade, and imports "
    "declined 1.9% to $62.66 billion"
)
GOLD = "gold imports tumbled 59.2% to $3.99 billion"
OIL_EVIDENCE = (
    "Spending on crude oil and petroleum products, India's largest import item, fell 11.3% to $14.11 billion"
)
GOLD_QUOTE = "With gold imports down by almost 60%"
ELECTRONICS = (
    "Electronic goods imports, mostly parts for phones put together in India, increased 16.4% to $9.81 billion, and "
    "with Apple suppliers stepping up shipments, electronics exports surged 38.5% to $4.81 billion"
)
US_EXPORTS = (
    "Exports to the United States, the biggest buyer of Indian goods, grew 22.2% year on year in November to $6.98 "
    "billion, and were more than 10% higher than in October"
)
US_CUMULATIVE = (
    "Exports to the U.S. in April-November, the opening eight months of fiscal 2025/26, came to $59.04 billion, compared "
    "with $53.01 billion in the same months a year before"
)
CUMULATIVE = (
    "Over the same eight months, India's overall goods exports rose 2.7% to $292.07 billion and imports expanded 5.9% "
    "to $515.21 billion, leaving the eight-month deficit at $223.14 billion"
)
SERVICES_EXPORTS = "For services, the ministry put November exports at an estimated $35.86 billion"
SERVICES_IMPORTS = "and imports at $17.96 billion"

ARTICLE = {
    "id": "dX2_05_reuters_india_nov_trade",
    "title": "Gold import slump, U.S. export rebound cut India's November trade gap to five-month low",
    "publisher": "Reuters",
    "published": "2025-12-15",
    "notes": [
        "Dateline 'Dec 15' without a year: 2025 from the published date; the running period is November 2025.",
        "Out as forecasts: the Reuters poll's $32 billion, the economist's $28 billion to $30 billion monthly deficit and "
        "'around 1% of GDP' current account view.",
        "Out as milestones: 'the lowest in five months', 'a record' October deficit (the $41.68 billion itself is "
        "labelled, period October 2025), 'a November high for more than a decade'.",
        "Out as not trade flows: tariff rates (50%, 25%), the rupee's 90.42 against the dollar, fiscal year label 2025/26.",
        "The deficit in rupees (2.19 trillion rupees) is the November deficit in another currency: a separate INR fact, "
        "exact (no 'about').",
        "Gold: the body's 59.2% and the official's 'almost 60%' are the same observation stated twice, disagreeing beyond "
        "the rounding of '60' (±0.5): both labelled as written, the quoted one with qualifier approx (guide: two statements "
        "that disagree, both; cf. 'just shy of').",
        "'India's largest import item' is a stated rank of crude oil and petroleum products among imports: rank 1, "
        "product in the text's words.",
        "'the biggest buyer of Indian goods' is a stated rank of the United States: rank 1, exports, November 2025.",
        "'more than 10% higher than in October' is month-on-month growth (a comparison with the month before), qualifier over.",
        "Products in the text's words: 'electronic goods' for imports, 'electronics' for exports; gold from 'gold imports'.",
        "April-November is the fiscal year to date: period 2025-04..2025-11. 'Over the same eight months' in the next paragraph "
        "carries it. The $53.01 billion 'a year before' is a stated observation of April-November 2024: period 2024-04..2024-11.",
        "Services figures are the ministry's estimates: product 'services', labelled as stated.",
    ],
    "facts": [
        fact(IN, "balance", "value", -24.53e9, "USD", NOVEMBER, "24.53 billion", LEAD),
        fact(IN, "balance", "value", -41.68e9, "USD", OCTOBER, "41.68 billion", OCTOBER_GAP),
        fact(IN, "balance", "value", -2.19e12, "INR", NOVEMBER, "2.19 trillion", RUPEES),
        fact(IN, "exports", "growth", 19.4, "percent", NOVEMBER, "19.4", HEADLINE_FLOWS),
        fact(IN, "exports", "value", 38.13e9, "USD", NOVEMBER, "38.13 billion", HEADLINE_FLOWS),
        fact(IN, "imports", "growth", -1.9, "percent", NOVEMBER, "1.9", HEADLINE_FLOWS),
        fact(IN, "imports", "value", 62.66e9, "USD", NOVEMBER, "62.66 billion", HEADLINE_FLOWS),
        fact(IN, "imports", "growth", -59.2, "percent", NOVEMBER, "59.2", GOLD, product="gold"),
        fact(IN, "imports", "value", 3.99e9, "USD", NOVEMBER, "3.99 billion", GOLD, product="gold"),
        fact(IN, "imports", "growth", -60, "percent", NOVEMBER, "60", GOLD_QUOTE, product="gold", qualifier="approx"),
        fact(IN, "imports", "rank", 1, "number", NOVEMBER, "largest", OIL_EVIDENCE, product=OIL),
        fact(IN, "imports", "growth", -11.3, "percent", NOVEMBER, "11.3", OIL_EVIDENCE, product=OIL),
        fact(IN, "imports", "value", 14.11e9, "USD", NOVEMBER, "14.11 billion", OIL_EVIDENCE, product=OIL),
        fact(IN, "imports", "growth", 16.4, "percent", NOVEMBER, "16.4", ELECTRONICS, product="electronic goods"),
        fact(IN, "imports", "value", 9.81e9, "USD", NOVEMBER, "9.81 billion", ELECTRONICS, product="electronic goods"),
        fact(IN, "exports", "growth", 38.5, "percent", NOVEMBER, "38.5", ELECTRONICS, product="electronics"),
        fact(IN, "exports", "value", 4.81e9, "USD", NOVEMBER, "4.81 billion", ELECTRONICS, product="electronics"),
        fact(IN, "exports", "rank", 1, "number", NOVEMBER, "biggest", US_EXPORTS, partner=US),
        fact(IN, "exports", "growth", 22.2, "percent", NOVEMBER, "22.2", US_EXPORTS, partner=US),
        fact(IN, "exports", "value", 6.98e9, "USD", NOVEMBER, "6.98 billion", US_EXPORTS, partner=US),
        fact(IN, "exports", "growth", 10, "percent", NOVEMBER, "10", US_EXPORTS, partner=US, basis="mom",
             qualifier="over"),
        fact(IN, "exports", "value", 59.04e9, "USD", APR_NOV, "59.04 billion", US_CUMULATIVE, partner=US),
        fact(IN, "exports", "value", 53.01e9, "USD", APR_NOV_PREV, "53.01 billion", US_CUMULATIVE, partner=US),
        fact(IN, "exports", "growth", 2.7, "percent", APR_NOV, "2.7", CUMULATIVE),
        fact(IN, "exports", "value", 292.07e9, "USD", APR_NOV, "292.07 billion", CUMULATIVE),
        fact(IN, "imports", "growth", 5.9, "percent", APR_NOV, "5.9", CUMULATIVE),
        fact(IN, "imports", "value", 515.21e9, "USD", APR_NOV, "515.21 billion", CUMULATIVE),
        fact(IN, "balance", "value", -223.14e9, "USD", APR_NOV, "223.14 billion", CUMULATIVE),
        fact(IN, "exports", "value", 35.86e9, "USD", NOVEMBER, "35.86 billion", SERVICES_EXPORTS, product="services"),
        fact(IN, "imports", "value", 17.96e9, "USD", NOVEMBER, "17.96 billion", SERVICES_IMPORTS, product="services"),
    ],
}
