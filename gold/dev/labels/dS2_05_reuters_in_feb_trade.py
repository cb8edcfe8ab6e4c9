from _fact import fact, period

FEBRUARY = period(2026, 2)
FEBRUARY_LAST_YEAR = period(2025, 2)
JANUARY = period(2026, 1)
APRIL_TO_FEBRUARY = {"start": "2025-04", "end": "2026-02"}
IN = "India"
US = "United States"
EVIDENCE_DEFICIT = (
    "India's merchandise trade deficit in February at $22.93 billion, wider than the $14.05 billion of a year earlier"
)
EVIDENCE_EXPORTS = "merchandise exports last month were $38.42 billion, up 4.1% from a year earlier"
EVIDENCE_IMPORTS = "imports jumped 20.4% to $61.35 billion"
EVIDENCE_SERVICES = (
    "The ministry's estimate for February services exports was $37.86 billion and for services imports "
    "$18.47 billion, against $34.61 billion and $17.20 billion, respectively, in January"
)
EVIDENCE_GOLD = "gold imports climbed to $6.12 billion, compared with $2.31 billion in February last year"
EVIDENCE_OIL = "Softer world prices pulled crude oil imports down 3.2% to $11.42 billion"
EVIDENCE_ELECTRONICS = "Electronics imports, by contrast, grew 18.4% to $9.76 billion"
EVIDENCE_US_MONTH = (
    "February exports to India's largest export market, the United States, grew 6.4% to $7.95 billion"
)
EVIDENCE_YTD_EXPORTS = "merchandise exports were up 2.1% from a year earlier at $402.7 billion"
EVIDENCE_YTD_IMPORTS = "imports increased 6.8% to $668.9 billion, which left the trade deficit at $266.2 billion"
EVIDENCE_YTD_TOTAL = (
    "The ministry estimated combined exports of goods and services over the 11 months at $786.1 billion, an "
    "increase of 5.9%"
)
EVIDENCE_YTD_US = "Exports to the U.S. in the same period climbed 8.3% to $79.9 billion"
SERVICES = "services"

ARTICLE = {
    "id": "dS2_05_reuters_in_feb_trade",
    "title": "Gold import surge pushes India's February trade gap to $22.93 bln",
    "publisher": "Reuters",
    "published": "2026-03-16",
    "notes": [
        "The dateline has no year: February is February 2026 from the published date (2026-03-16); 'a year earlier' "
        "and 'February last year' are February 2025, January is January 2026.",
        "April-February of the fiscal year ending March 31 (FY2025/26): period 2025-04 to 2026-02; '(over) the 11 "
        "months' and 'the same period' repeat it.",
        "The headline deficit ($22.93 bln) restates the lead: labelled once, with the body sentence.",
        "'wider than the $14.05 billion of a year earlier' and 'February's shortfall also exceeded the $19.70 billion "
        "recorded in January': balances of February 2025 and January 2026, each its own fact; 'deficit' and "
        "'shortfall' make them deficits.",
        "Merchandise (goods) figures take product null; services figures product services; 'combined exports of goods "
        "and services' product goods and services.",
        "'respectively' list: January services exports $34.61 billion and imports $17.20 billion.",
        "Gold imports of February 2025 ($2.31 billion) labelled as a separate observation; no growth rate stated, none "
        "derived.",
        "'India's largest export market': rank 1 of exports to the United States in February.",
        "Out of scope: the Reuters poll forecast ($20.50 billion), the 50% US levies, the current account deficit "
        "'near 1% of GDP', the official's projection of exports exceeding $850 billion (forecast), 'record highs'/"
        "'all-time low' (prices, rupee), 'one of India's fastest-growing exports' (no number).",
        "People quoted and bylines are invented.",
    ],
    "facts": [
        fact(IN, "balance", "value", -22.93e9, "USD", FEBRUARY, "22.93 billion", EVIDENCE_DEFICIT),
        fact(IN, "balance", "value", -14.05e9, "USD", FEBRUARY_LAST_YEAR, "14.05 billion", EVIDENCE_DEFICIT),
        fact(IN, "balance", "value", -19.70e9, "USD", JANUARY, "19.70 billion",
             "February's shortfall also exceeded the $19.70 billion recorded in January"),
        fact(IN, "exports", "value", 38.42e9, "USD", FEBRUARY, "38.42 billion", EVIDENCE_EXPORTS),
        fact(IN, "exports", "growth", 4.1, "percent", FEBRUARY, "4.1", EVIDENCE_EXPORTS),
        fact(IN, "imports", "value", 61.35e9, "USD", FEBRUARY, "61.35 billion", EVIDENCE_IMPORTS),
        fact(IN, "imports", "growth", 20.4, "percent", FEBRUARY, "20.4", EVIDENCE_IMPORTS),
        fact(IN, "exports", "value", 37.86e9, "USD", FEBRUARY, "37.86 billion", EVIDENCE_SERVICES, product=SERVICES),
        fact(IN, "imports", "value", 18.47e9, "USD", FEBRUARY, "18.47 billion", EVIDENCE_SERVICES, product=SERVICES),
        fact(IN, "exports", "value", 34.61e9, "USD", JANUARY, "34.61 billion", EVIDENCE_SERVICES, product=SERVICES),
        fact(IN, "imports", "value", 17.20e9, "USD", JANUARY, "17.20 billion", EVIDENCE_SERVICES, product=SERVICES),
        fact(IN, "imports", "value", 6.12e9, "USD", FEBRUARY, "6.12 billion", EVIDENCE_GOLD, product="gold"),
        fact(IN, "imports", "value", 2.31e9, "USD", FEBRUARY_LAST_YEAR, "2.31 billion", EVIDENCE_GOLD, product="gold"),
        fact(IN, "imports", "value", 11.42e9, "USD", FEBRUARY, "11.42 billion", EVIDENCE_OIL, product="crude oil"),
        fact(IN, "imports", "growth", -3.2, "percent", FEBRUARY, "3.2", EVIDENCE_OIL, product="crude oil"),
        fact(IN, "imports", "value", 9.76e9, "USD", FEBRUARY, "9.76 billion", EVIDENCE_ELECTRONICS, product="electronics"),
        fact(IN, "imports", "growth", 18.4, "percent", FEBRUARY, "18.4", EVIDENCE_ELECTRONICS, product="electronics"),
        fact(IN, "exports", "value", 7.95e9, "USD", FEBRUARY, "7.95 billion", EVIDENCE_US_MONTH, partner=US),
        fact(IN, "exports", "growth", 6.4, "percent", FEBRUARY, "6.4", EVIDENCE_US_MONTH, partner=US),
        fact(IN, "exports", "rank", 1, "number", FEBRUARY, "largest", EVIDENCE_US_MONTH, partner=US),
        fact(IN, "exports", "value", 402.7e9, "USD", APRIL_TO_FEBRUARY, "402.7 billion", EVIDENCE_YTD_EXPORTS),
        fact(IN, "exports", "growth", 2.1, "percent", APRIL_TO_FEBRUARY, "2.1", EVIDENCE_YTD_EXPORTS),
        fact(IN, "imports", "value", 668.9e9, "USD", APRIL_TO_FEBRUARY, "668.9 billion", EVIDENCE_YTD_IMPORTS),
        fact(IN, "imports", "growth", 6.8, "percent", APRIL_TO_FEBRUARY, "6.8", EVIDENCE_YTD_IMPORTS),
        fact(IN, "balance", "value", -266.2e9, "USD", APRIL_TO_FEBRUARY, "266.2 billion", EVIDENCE_YTD_IMPORTS),
        fact(IN, "exports", "value", 786.1e9, "USD", APRIL_TO_FEBRUARY, "786.1 billion", EVIDENCE_YTD_TOTAL,
             product="goods and services"),
        fact(IN, "exports", "growth", 5.9, "percent", APRIL_TO_FEBRUARY, "5.9", EVIDENCE_YTD_TOTAL,
             product="goods and services"),
        fact(IN, "exports", "value", 79.9e9, "USD", APRIL_TO_FEBRUARY, "79.9 billion", EVIDENCE_YTD_US, partner=US),
        fact(IN, "exports", "growth", 8.3, "percent", APRIL_TO_FEBRUARY, "8.3", EVIDENCE_YTD_US, partner=US),
    ],
}
