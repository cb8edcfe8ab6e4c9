from _fact import fact, period

SEPTEMBER = period(2025, 9)
AUGUST = period(2025, 8)
SEPTEMBER_LAST_YEAR = period(2024, 9)
APRIL_TO_SEPTEMBER = period(2025, 4, 9)

EVIDENCE_LEAD_DEFICIT = "India's merchandise trade deficit swelling to $32.15 billion in September"
EVIDENCE_LEAD_EXPORTS = "exports expanded 6.75% in spite of heavy US tariffs"
EVIDENCE_EXPORTS = "September's merchandise exports climbed to $36.38 billion"
EVIDENCE_IMPORTS = "imports jumped 16.67% to $68.53 billion"
EVIDENCE_EARLIER_GAPS = "The shortfall was $24.66 billion in September 2024 and $26.49 billion in August."
EVIDENCE_RUPEE = "Measured in rupees, exports rose 12.5% to ₹3.21 trillion while imports increased to ₹6.05 trillion"
EVIDENCE_CUMULATIVE = (
    "For April-September, the opening half of this financial year, merchandise exports were up 3.24% at "
    "$220.12 billion and imports grew 6.97% to $375.11 billion."
)
EVIDENCE_CUMULATIVE_DEFICIT = "Over those six months the trade deficit grew to $154.99 billion."
EVIDENCE_SERVICES = "the ministry's estimate for September services exports is $30.82 billion"
EVIDENCE_OVERALL = (
    "India's combined exports of goods and services in September come to $67.20 billion, up 7.01% from a "
    "year earlier, with an overall trade deficit of $16.62 billion."
)
EVIDENCE_GOLD = "September gold imports surged 106.9% to $9.62 billion"
EVIDENCE_GOLD_CUMULATIVE = "India's gold imports for April-September totalled $26.51 billion."
EVIDENCE_PETROLEUM = "pulled imports of crude oil and petroleum products down 3.8% to $13.24 billion"
EVIDENCE_ELECTRONICS = "Their overseas sales rose 41.2% to $3.81 billion in September"
EVIDENCE_ELECTRONICS_HALF = "lifting electronics exports to $22.17 billion in the first half of the fiscal year"
EVIDENCE_US = "Shipments to the US, the largest export destination for India, declined 11.93% to $5.46 billion"

ARTICLE = {
    "id": "dU2_05_mint_india_sep_trade",
    "title": "India's September trade gap swells to $32.15 billion as gold purchases double; US-bound exports fall",
    "publisher": "Mint",
    "published": "2025-10-15",
    "notes": [
        "Publisher Mint: named in the text ('told Mint'); the dateline line gives 15 Oct 2025.",
        "The headline's $32.15 billion restates the lead: one balance fact, lead evidence.",
        "'Merchandise' figures are goods alone: product null. Services figures take product 'services', the combined "
        "figures 'goods and services'.",
        "'The shortfall was $24.66 billion in September 2024 and $26.49 billion in August': two balance facts "
        "(negative, 'shortfall' is a deficit) for September 2024 and August 2025.",
        "Rupee figures are separate facts in INR; the rupee growth (12.5%) and the dollar growth (6.75%) of September "
        "exports are both labelled; the record has no field for the currency a rate was computed in.",
        "April-September (the first half of the financial year 2025-26) is 2025-04..2025-09; 'the first half of the "
        "fiscal year' for electronics is the same period.",
        "'Their overseas sales rose 41.2% ...' carries the subject 'electronic goods' over from the previous sentence.",
        "'sent the gold import bill up more than twofold' (lead) and 'gold purchases double' (headline) restate the "
        "106.9% jump without a number of their own: not labelled separately.",
        "'the largest export destination for India' is labelled as the rank (1) of the US among export partners, "
        "in the article's running period (September 2025).",
        "Out of scope: 'its highest in 13 months', 'six months', the 50% tariff, the current account deficit forecast "
        "(1.2% and 0.2% of GDP), the $1 trillion target for 2030, the rupee at 88.3 to the dollar, 'grow fastest' "
        "(no number).",
    ],
    "facts": [
        fact("India", "balance", "value", -32.15e9, "USD", SEPTEMBER, "32.15 billion", EVIDENCE_LEAD_DEFICIT),
        fact("India", "exports", "growth", 6.75, "percent", SEPTEMBER, "6.75", EVIDENCE_LEAD_EXPORTS),
        fact("India", "exports", "value", 36.38e9, "USD", SEPTEMBER, "36.38 billion", EVIDENCE_EXPORTS),
        fact("India", "imports", "growth", 16.67, "percent", SEPTEMBER, "16.67", EVIDENCE_IMPORTS),
        fact("India", "imports", "value", 68.53e9, "USD", SEPTEMBER, "68.53 billion", EVIDENCE_IMPORTS),
        fact("India", "balance", "value", -24.66e9, "USD", SEPTEMBER_LAST_YEAR, "24.66 billion", EVIDENCE_EARLIER_GAPS),
        fact("India", "balance", "value", -26.49e9, "USD", AUGUST, "26.49 billion", EVIDENCE_EARLIER_GAPS),
        fact("India", "exports", "growth", 12.5, "percent", SEPTEMBER, "12.5", EVIDENCE_RUPEE),
        fact("India", "exports", "value", 3.21e12, "INR", SEPTEMBER, "3.21 trillion", EVIDENCE_RUPEE),
        fact("India", "imports", "value", 6.05e12, "INR", SEPTEMBER, "6.05 trillion", EVIDENCE_RUPEE),
        fact("India", "exports", "growth", 3.24, "percent", APRIL_TO_SEPTEMBER, "3.24", EVIDENCE_CUMULATIVE),
        fact("India", "exports", "value", 220.12e9, "USD", APRIL_TO_SEPTEMBER, "220.12 billion", EVIDENCE_CUMULATIVE),
        fact("India", "imports", "growth", 6.97, "percent", APRIL_TO_SEPTEMBER, "6.97", EVIDENCE_CUMULATIVE),
        fact("India", "imports", "value", 375.11e9, "USD", APRIL_TO_SEPTEMBER, "375.11 billion", EVIDENCE_CUMULATIVE),
        fact(
            "India", "balance", "value", -154.99e9, "USD", APRIL_TO_SEPTEMBER, "154.99 billion",
            EVIDENCE_CUMULATIVE_DEFICIT,
        ),
        fact("India", "exports", "value", 30.82e9, "USD", SEPTEMBER, "30.82 billion", EVIDENCE_SERVICES, product="services"),
        fact(
            "India", "exports", "value", 67.20e9, "USD", SEPTEMBER, "67.20 billion", EVIDENCE_OVERALL,
            product="goods and services",
        ),
        fact(
            "India", "exports", "growth", 7.01, "percent", SEPTEMBER, "7.01", EVIDENCE_OVERALL,
            product="goods and services",
        ),
        fact(
            "India", "balance", "value", -16.62e9, "USD", SEPTEMBER, "16.62 billion", EVIDENCE_OVERALL,
            product="goods and services",
        ),
        fact("India", "imports", "growth", 106.9, "percent", SEPTEMBER, "106.9", EVIDENCE_GOLD, product="gold"),
        fact("India", "imports", "value", 9.62e9, "USD", SEPTEMBER, "9.62 billion", EVIDENCE_GOLD, product="gold"),
        fact(
            "India", "imports", "value", 26.51e9, "USD", APRIL_TO_SEPTEMBER, "26.51 billion", EVIDENCE_GOLD_CUMULATIVE,
            product="gold",
        ),
        fact(
            "India", "imports", "growth", -3.8, "percent", SEPTEMBER, "3.8", EVIDENCE_PETROLEUM,
            product="crude oil and petroleum products",
        ),
        fact(
            "India", "imports", "value", 13.24e9, "USD", SEPTEMBER, "13.24 billion", EVIDENCE_PETROLEUM,
            product="crude oil and petroleum products",
        ),
        fact(
            "India", "exports", "growth", 41.2, "percent", SEPTEMBER, "41.2", EVIDENCE_ELECTRONICS,
            product="electronic goods",
        ),
        fact(
            "India", "exports", "value", 3.81e9, "USD", SEPTEMBER, "3.81 billion", EVIDENCE_ELECTRONICS,
            product="electronic goods",
        ),
        fact(
            "India", "exports", "value", 22.17e9, "USD", APRIL_TO_SEPTEMBER, "22.17 billion", EVIDENCE_ELECTRONICS_HALF,
            product="electronic goods",
        ),
        fact("India", "exports", "rank", 1, "number", SEPTEMBER, "largest", EVIDENCE_US, partner="United States"),
        fact("India", "exports", "growth", -11.93, "percent", SEPTEMBER, "11.93", EVIDENCE_US, partner="United States"),
        fact("India", "exports", "value", 5.46e9, "USD", SEPTEMBER, "5.46 billion", EVIDENCE_US, partner="United States"),
    ],
}
