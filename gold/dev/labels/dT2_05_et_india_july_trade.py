"""Hand labels for dT2_05: Economic Times story on India's July merchandise and services trade, US dollars."""

from _fact import fact, period

JULY = period(2025, 7)
JUNE = period(2025, 6)
JULY_LAST_YEAR = period(2024, 7)
FISCAL_TO_JULY = period(2025, 4, 7)

EVIDENCE_DEFICIT = "India's goods trade deficit rose to $27.35 billion in July, up from $18.78 billion in June"
EVIDENCE_EXPORTS = "In July 2025, merchandise exports reached $37.24 billion (₹3.20 lakh crore), a 7.29% increase year-on-year"
EVIDENCE_IMPORTS = "imports went up 8.59% to $64.59 billion"
EVIDENCE_DEFICIT_LAST_YEAR = "in July 2024, the deficit had been $24.77 billion"
EVIDENCE_GOLD = "Imports of gold surged 63.5% to $5.18 billion during July"
EVIDENCE_OIL = "the import bill for petroleum, crude and products climbed 11.2% to $16.42 billion"
EVIDENCE_ELECTRONICS = "Overseas sales of electronic goods soared 41.3% to $3.98 billion in July"
EVIDENCE_ELECTRONICS_FISCAL = (
    "Over the fiscal year's first four months, electronic goods exports grew 39.6% to $15.86 billion"
)
EVIDENCE_US = "Shipments to the US, the largest market for Indian exports, climbed 19.9% to $8.01 billion in July"
EVIDENCE_FISCAL_EXPORTS = "For April-July 2025-26, goods exports were up 3.07% at $149.20 billion"
EVIDENCE_FISCAL_IMPORTS = "imports grew 5.35% to $244.01 billion"
EVIDENCE_FISCAL_DEFICIT = "leaving a four-month trade deficit of $94.81 billion"
EVIDENCE_SERVICES_EXPORTS = (
    "July's services exports at an estimated $31.03 billion, compared with $28.43 billion a year before"
)
EVIDENCE_SERVICES_IMPORTS = "services imports at $16.91 billion"
EVIDENCE_OVERALL = (
    "India's estimated total exports of goods and services for July amount to $68.27 billion, 8.12% higher than a "
    "year earlier, with the overall trade deficit put at $13.23 billion"
)

GOODS_AND_SERVICES = "goods and services"

ARTICLE = {
    "id": "dT2_05_et_india_july_trade",
    "title": "Rising gold and oil imports push India's July trade deficit up to $27.35 billion",
    "publisher": "Economic Times",
    "published": "2025-08-14",
    "notes": [
        "Publisher named in the footer ('The Economic Times') and byline ('ET Bureau'): Economic Times. The text states the year (July 2025, April-July "
        "2025-26); June is June 2025.",
        "Merchandise figures are goods alone: product null. Services alone 'services'; the overall figures "
        "'goods and services'.",
        "The rupee conversion of July exports (₹3.20 lakh crore) is a separate INR fact, exact (no 'about').",
        "The June deficit ($18.78 billion) and the July 2024 deficit ($24.77 billion) and July 2024 services exports "
        "($28.43 billion) are stated observations of other periods: labelled with their own periods.",
        "'the fiscal year's first four months' and 'April-July 2025-26' are 2025-04 to 2025-07.",
        "'petroleum, crude and products' kept in the text's words as the product of the oil import bill.",
        "'the largest market for Indian exports' (the US) is labelled as rank 1 of exports to the US in July.",
        "The synopsis restates body figures without numbers; 'second consecutive month' and 'highest in three months' are "
        "streaks/records: out.",
        "Out of scope and unlabelled: the Reuters poll ($22.5 billion), crude basket price ($70 a barrel), the 25% "
        "tariff, the $1 trillion by 2030 target, the 1% of GDP current account forecast, the rupee's 2.5% fall and "
        "its 87.55 close, dates (August 7).",
    ],
    "facts": [
        fact("India", "balance", "value", -27.35e9, "USD", JULY, "27.35 billion", EVIDENCE_DEFICIT),
        fact("India", "balance", "value", -18.78e9, "USD", JUNE, "18.78 billion", EVIDENCE_DEFICIT),
        fact("India", "exports", "growth", 7.29, "percent", JULY, "7.29", EVIDENCE_EXPORTS),
        fact("India", "exports", "value", 37.24e9, "USD", JULY, "37.24 billion", EVIDENCE_EXPORTS),
        fact("India", "exports", "value", 3.20e12, "INR", JULY, "3.20 lakh crore", EVIDENCE_EXPORTS),
        fact("India", "imports", "growth", 8.59, "percent", JULY, "8.59", EVIDENCE_IMPORTS),
        fact("India", "imports", "value", 64.59e9, "USD", JULY, "64.59 billion", EVIDENCE_IMPORTS),
        fact("India", "balance", "value", -24.77e9, "USD", JULY_LAST_YEAR, "24.77 billion",
             EVIDENCE_DEFICIT_LAST_YEAR),
        fact("India", "imports", "growth", 63.5, "percent", JULY, "63.5", EVIDENCE_GOLD, product="gold"),
        fact("India", "imports", "value", 5.18e9, "USD", JULY, "5.18 billion", EVIDENCE_GOLD, product="gold"),
        fact("India", "imports", "growth", 11.2, "percent", JULY, "11.2", EVIDENCE_OIL,
             product="petroleum, crude and products"),
        fact("India", "imports", "value", 16.42e9, "USD", JULY, "16.42 billion", EVIDENCE_OIL,
             product="petroleum, crude and products"),
        fact("India", "exports", "growth", 41.3, "percent", JULY, "41.3", EVIDENCE_ELECTRONICS,
             product="electronic goods"),
        fact("India", "exports", "value", 3.98e9, "USD", JULY, "3.98 billion", EVIDENCE_ELECTRONICS,
             product="electronic goods"),
        fact("India", "exports", "growth", 39.6, "percent", FISCAL_TO_JULY, "39.6", EVIDENCE_ELECTRONICS_FISCAL,
             product="electronic goods"),
        fact("India", "exports", "value", 15.86e9, "USD", FISCAL_TO_JULY, "15.86 billion",
             EVIDENCE_ELECTRONICS_FISCAL, product="electronic goods"),
        fact("India", "exports", "rank", 1, "number", JULY, "largest", EVIDENCE_US, partner="United States"),
        fact("India", "exports", "growth", 19.9, "percent", JULY, "19.9", EVIDENCE_US, partner="United States"),
        fact("India", "exports", "value", 8.01e9, "USD", JULY, "8.01 billion", EVIDENCE_US, partner="United States"),
        fact("India", "exports", "growth", 3.07, "percent", FISCAL_TO_JULY, "3.07", EVIDENCE_FISCAL_EXPORTS),
        fact("India", "exports", "value", 149.20e9, "USD", FISCAL_TO_JULY, "149.20 billion", EVIDENCE_FISCAL_EXPORTS),
        fact("India", "imports", "growth", 5.35, "percent", FISCAL_TO_JULY, "5.35", EVIDENCE_FISCAL_IMPORTS),
        fact("India", "imports", "value", 244.01e9, "USD", FISCAL_TO_JULY, "244.01 billion", EVIDENCE_FISCAL_IMPORTS),
        fact("India", "balance", "value", -94.81e9, "USD", FISCAL_TO_JULY, "94.81 billion", EVIDENCE_FISCAL_DEFICIT),
        fact("India", "exports", "value", 31.03e9, "USD", JULY, "31.03 billion", EVIDENCE_SERVICES_EXPORTS,
             product="services"),
        fact("India", "exports", "value", 28.43e9, "USD", JULY_LAST_YEAR, "28.43 billion",
             EVIDENCE_SERVICES_EXPORTS, product="services"),
        fact("India", "imports", "value", 16.91e9, "USD", JULY, "16.91 billion", EVIDENCE_SERVICES_IMPORTS,
             product="services"),
        fact("India", "exports", "value", 68.27e9, "USD", JULY, "68.27 billion", EVIDENCE_OVERALL,
             product=GOODS_AND_SERVICES),
        fact("India", "exports", "growth", 8.12, "percent", JULY, "8.12", EVIDENCE_OVERALL,
             product=GOODS_AND_SERVICES),
        fact("India", "balance", "value", -13.23e9, "USD", JULY, "13.23 billion", EVIDENCE_OVERALL,
             product=GOODS_AND_SERVICES),
    ],
}
