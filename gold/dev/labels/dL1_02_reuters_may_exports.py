from _fact import fact, period

MAY = period(2025, 5)
APRIL = period(2025, 4)
MAY_PRIOR_YEAR = period(2024, 5)
JAN_MAY = period(2025, 1, 5)
VALUES_SENTENCE = "May's exports were worth $316.1 billion against imports of $213.2 billion, giving a surplus of $102.9 billion, compared with $82.6 billion in May last year"
US_SENTENCE = "Exports bound for the U.S. sank 34.5% from a year earlier, their steepest fall since February 2020, and imports from the United States slid 18.1%"
DIVERSION_SENTENCE = "Sales to the 10-member Association of Southeast Asian Nations surged 15%, and shipments to the European Union grew 12%"
FIVE_MONTHS = "Over January-May, exports were up 6.0% and imports down 4.9%"

ARTICLE = {
    "id": "dL1_02_reuters_may_exports",
    "title": "China's exports grow at slowest pace in three months in May as sales to U.S. sink; imports decline",
    "publisher": "Reuters",
    "published": "2025-06-09",
    "notes": [
        "The year appears only in the published date (dateline 'June 9 (Reuters)'): 'last month'/May is 2025-05, April is 2025-04.",
        "'May last year' surplus of $82.6 billion is a separate fact for 2024-05.",
        "'the weakest gain since February' and 'their steepest fall since February 2020' are milestones: out of scope.",
        "Reuters poll forecasts (5.0%, 0.9% fall) and the economist's outlook are out of scope.",
        "April import growth 'April's 0.2% dip' is -0.2 for 2025-04.",
        "Soybean imports 13.92 million metric tons: quantity fact in tonnes, partner world.",
        "Tariff rates (30%, 145%), 90 days, GDP 5.4%: not trade flows, out.",
        "'the 10-member Association of Southeast Asian Nations' written as partner ASEAN; the 10 is a member count, out.",
    ],
    "facts": [
        fact("China", "exports", "growth", 4.6, "percent", MAY, "4.6", "Last month's exports were 4.6% higher year-on-year"),
        fact("China", "exports", "growth", 8.1, "percent", APRIL, "8.1", "following 8.1% growth in April"),
        fact("China", "imports", "growth", -3.1, "percent", MAY, "3.1", "Imports fell 3.1%"),
        fact("China", "imports", "growth", -0.2, "percent", APRIL, "0.2", "April's 0.2% dip"),
        fact("China", "exports", "value", 316.1e9, "USD", MAY, "316.1 billion", VALUES_SENTENCE),
        fact("China", "imports", "value", 213.2e9, "USD", MAY, "213.2 billion", VALUES_SENTENCE),
        fact("China", "balance", "value", 102.9e9, "USD", MAY, "102.9 billion", VALUES_SENTENCE),
        fact("China", "balance", "value", 82.6e9, "USD", MAY_PRIOR_YEAR, "82.6 billion", VALUES_SENTENCE),
        fact("China", "balance", "value", 96.2e9, "USD", APRIL, "96.2 billion", "In April, the surplus had stood at $96.2 billion"),
        fact("China", "exports", "growth", -34.5, "percent", MAY, "34.5", US_SENTENCE, partner="United States"),
        fact("China", "imports", "growth", -18.1, "percent", MAY, "18.1", US_SENTENCE, partner="United States"),
        fact("China", "exports", "growth", 15, "percent", MAY, "15", DIVERSION_SENTENCE, partner="ASEAN"),
        fact("China", "exports", "growth", 12, "percent", MAY, "12", DIVERSION_SENTENCE, partner="European Union"),
        fact("China", "imports", "quantity", 13.92e6, "tonnes", MAY, "13.92 million",
             "China's soybean purchases from abroad climbed to 13.92 million metric tons in May", product="soybeans"),
        fact("China", "exports", "growth", 6.0, "percent", JAN_MAY, "6.0", FIVE_MONTHS),
        fact("China", "imports", "growth", -4.9, "percent", JAN_MAY, "4.9", FIVE_MONTHS),
    ],
}
