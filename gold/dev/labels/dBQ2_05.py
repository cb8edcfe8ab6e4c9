from _fact import fact, period

IN = "India"
OCT = period(2026, 10)
SEP = period(2026, 9)
OCT25 = period(2025, 10)
FYTD = period(2026, 4, 10)

ARTICLE = {
    "id": "dBQ2_05",
    "title": "Oil and electronics purchases push India's October trade gap to $35.7 billion",
    "publisher": "Reuters",
    "published": "2026-11-17",
    "notes": [
        "Real figures: October 2025 merchandise deficit $41.68 billion and gold imports $14.72 billion in October 2025 "
        "(commerce ministry data as reported in November 2025). Invented: every October 2026, September 2026 and April-October "
        "2026 figure, modelled on Reuters and Indian press coverage of the monthly release. Derived: deficit 35.73 = 71.85 - 36.12; "
        "September deficit 29.84 = 64.86 - 35.02; April-October deficit 202.66 = 462.13 - 259.47; rupee figures at 88.60 rupees "
        "per dollar (36.12 -> 3.20 lakh crore, 71.85 -> 6.37, 35.73 -> 3.17, 9.87 -> 87,448 crore); the fiscal-year rupee figure "
        "(22.70 lakh crore) uses an average rate of about 87.5; export growth 5.1% = 36.12/34.38 (October 2025 exports, not "
        "stated); import fall 5.5% = 71.85/76.06; deficit 14.3% smaller = 35.73/41.68; gold fall 32.9% = 9.87/14.72; gold share "
        "13.7% = 9.87/71.85; U.S. growth 'nearly 10%' = 6.94/6.31; goods and services exports 75.98 = 36.12 + 39.86.",
        "Judgement calls: the headline's $35.7 billion is the body's $35.73 billion deficit, labelled once with the body's "
        "evidence. Each rupee figure is a separate INR fact (3.17 lakh crore is a deficit, so negative). '14.3% smaller than the "
        "$41.68 billion gap a year earlier' is the growth of the deficit, negative because it narrowed; the $41.68 billion itself is "
        "the October 2025 balance. 'than in October 2025' and 'a year earlier' are comparison bases, not periods. 'estimated' is "
        "not a hedge word of the guide, so services figures are exact. 'nearly 10%' is approx. 'India's largest export market' "
        "is rank 1 of exports to the United States in October. April-October is the fiscal year to date, 2026-04..2026-10. "
        "'overall exports of goods and services' has product 'goods and services'.",
        "Not facts: the Reuters poll forecast of a $31.50 billion deficit; U.S. duties of up to 50%; the $900 billion export "
        "target; the exchange rate (88.60 Indian rupees per dollar); 'April 1'; 'first seven months' (a restatement of the period).",
        "Copy check: 9 sentences searched (lead, deficit and poll, exports and imports, year-ago gap, gold, oil and electronics, U.S., quote, April-October), 4 reworded (lead, deficit and poll, April-October totals, and the services sentence, whose skeleton matched a Reuters sentence shown in those results).",
        "Second check: 21 sentences searched, 5 reworded.",
    ],
    "facts": [
        fact(IN, "balance", "value", -35.73e9, "USD", OCT, "$35.73 billion",
             "October's shortfall of $35.73 billion (3.17 lakh crore rupees) was wider than September's $29.84 billion."),
        fact(IN, "balance", "value", -3.17e12, "INR", OCT, "3.17 lakh crore",
             "October's shortfall of $35.73 billion (3.17 lakh crore rupees) was wider than September's $29.84 billion."),
        fact(IN, "balance", "value", -29.84e9, "USD", SEP, "$29.84 billion",
             "October's shortfall of $35.73 billion (3.17 lakh crore rupees) was wider than September's $29.84 billion."),
        fact(IN, "balance", "growth", -14.3, "percent", OCT, "14.3",
             "It was, however, 14.3% smaller than the $41.68 billion gap a year earlier"),
        fact(IN, "balance", "value", -41.68e9, "USD", OCT25, "$41.68 billion",
             "It was, however, 14.3% smaller than the $41.68 billion gap a year earlier"),
        fact(IN, "exports", "value", 36.12e9, "USD", OCT, "$36.12 billion",
             "Merchandise exports came in at $36.12 billion (3.20 lakh crore rupees), 5.1% more than in October 2025"),
        fact(IN, "exports", "value", 3.20e12, "INR", OCT, "3.20 lakh crore",
             "Merchandise exports came in at $36.12 billion (3.20 lakh crore rupees), 5.1% more than in October 2025"),
        fact(IN, "exports", "growth", 5.1, "percent", OCT, "5.1",
             "Merchandise exports came in at $36.12 billion (3.20 lakh crore rupees), 5.1% more than in October 2025"),
        fact(IN, "imports", "growth", -5.5, "percent", OCT, "5.5",
             "imports slid 5.5% on the year to $71.85 billion (6.37 lakh crore rupees)"),
        fact(IN, "imports", "value", 71.85e9, "USD", OCT, "$71.85 billion",
             "imports slid 5.5% on the year to $71.85 billion (6.37 lakh crore rupees)"),
        fact(IN, "imports", "value", 6.37e12, "INR", OCT, "6.37 lakh crore",
             "imports slid 5.5% on the year to $71.85 billion (6.37 lakh crore rupees)"),
        fact(IN, "exports", "value", 35.02e9, "USD", SEP, "$35.02 billion",
             "September's figures, for comparison, showed $64.86 billion of imports against $35.02 billion of exports."),
        fact(IN, "imports", "value", 64.86e9, "USD", SEP, "$64.86 billion",
             "September's figures, for comparison, showed $64.86 billion of imports against $35.02 billion of exports."),
        fact(IN, "imports", "growth", -32.9, "percent", OCT, "32.9",
             "Gold imports fell 32.9% to $9.87 billion", product="gold"),
        fact(IN, "imports", "value", 9.87e9, "USD", OCT, "$9.87 billion",
             "Gold imports fell 32.9% to $9.87 billion, or 87,448 crore rupees", product="gold"),
        fact(IN, "imports", "value", 8.7448e11, "INR", OCT, "87,448 crore",
             "Gold imports fell 32.9% to $9.87 billion, or 87,448 crore rupees", product="gold"),
        fact(IN, "imports", "value", 14.72e9, "USD", OCT25, "$14.72 billion",
             "Gold imports fell 32.9% to $9.87 billion, or 87,448 crore rupees, from $14.72 billion a year earlier",
             product="gold"),
        fact(IN, "imports", "share", 13.7, "percent", OCT, "13.7",
             "The metal accounted for 13.7% of the month's import bill.", product="gold"),
        fact(IN, "imports", "growth", 4.2, "percent", OCT, "4.2",
             "Oil imports rose 4.2% to $15.40 billion", product="oil"),
        fact(IN, "imports", "value", 15.40e9, "USD", OCT, "$15.40 billion",
             "Oil imports rose 4.2% to $15.40 billion", product="oil"),
        fact(IN, "imports", "growth", 14.8, "percent", OCT, "14.8",
             "inbound shipments of electronic goods jumped 14.8% to $9.65 billion", product="electronic goods"),
        fact(IN, "imports", "value", 9.65e9, "USD", OCT, "$9.65 billion",
             "inbound shipments of electronic goods jumped 14.8% to $9.65 billion", product="electronic goods"),
        fact(IN, "exports", "growth", 31.5, "percent", OCT, "31.5",
             "outbound shipments of electronic goods, which surged 31.5% to $4.36 billion", product="electronic goods"),
        fact(IN, "exports", "value", 4.36e9, "USD", OCT, "$4.36 billion",
             "outbound shipments of electronic goods, which surged 31.5% to $4.36 billion", product="electronic goods"),
        fact(IN, "exports", "rank", 1, "number", OCT, "largest",
             "The United States stayed India's largest export market", partner="United States"),
        fact(IN, "exports", "value", 6.94e9, "USD", OCT, "$6.94 billion",
             "buying goods worth $6.94 billion in October, nearly 10% more than a year earlier", partner="United States"),
        fact(IN, "exports", "growth", 10, "percent", OCT, "10",
             "buying goods worth $6.94 billion in October, nearly 10% more than a year earlier", partner="United States",
             qualifier="approx"),
        fact(IN, "exports", "value", 39.86e9, "USD", OCT, "$39.86 billion",
             "The ministry put October's services exports at an estimated $39.86 billion", product="services"),
        fact(IN, "imports", "value", 19.72e9, "USD", OCT, "$19.72 billion",
             "services imports of $19.72 billion", product="services"),
        fact(IN, "exports", "value", 75.98e9, "USD", OCT, "$75.98 billion",
             "overall exports of goods and services reached an estimated $75.98 billion", product="goods and services"),
        fact(IN, "exports", "value", 259.47e9, "USD", FYTD, "$259.47 billion",
             "Outbound merchandise shipments for April-October, the first seven months of the fiscal year that began on April 1, added up to $259.47 billion (22.70 lakh crore rupees), up 2.1% from the same period a year ago"),
        fact(IN, "exports", "value", 22.70e12, "INR", FYTD, "22.70 lakh crore",
             "Outbound merchandise shipments for April-October, the first seven months of the fiscal year that began on April 1, added up to $259.47 billion (22.70 lakh crore rupees), up 2.1% from the same period a year ago"),
        fact(IN, "exports", "growth", 2.1, "percent", FYTD, "2.1",
             "Outbound merchandise shipments for April-October, the first seven months of the fiscal year that began on April 1, added up to $259.47 billion (22.70 lakh crore rupees), up 2.1% from the same period a year ago"),
        fact(IN, "imports", "value", 462.13e9, "USD", FYTD, "$462.13 billion",
             "With imports over those months at $462.13 billion, the cumulative shortfall came to $202.66 billion."),
        fact(IN, "balance", "value", -202.66e9, "USD", FYTD, "$202.66 billion",
             "With imports over those months at $462.13 billion, the cumulative shortfall came to $202.66 billion."),
    ],
}
