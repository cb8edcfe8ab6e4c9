from _fact import fact, period

CH = "Switzerland"
OCT = period(2026, 10)
SEP = period(2026, 9)
CHEM = "chemical and pharmaceutical products"

ARTICLE = {
    "id": "dBV2_05",
    "title": "Swiss exports rise in October as pharma shipments to U.S. pick up",
    "publisher": "Reuters",
    "published": "2026-11-20",
    "notes": [
        "Real figures: none (October 2026 has not happened). Modelled on Reuters / swissinfo stories on the monthly "
        "release of the Federal Office for Customs and Border Security (seasonally adjusted, nominal month-on-month "
        "changes first, real changes beside them, gold and other precious metals excluded, exports by destination). "
        "The 39% and 15% U.S. tariff levels follow 2025 reporting. Invented: every trade value. Derived: surplus = "
        "23.84 - 19.71 = 4.13; September values back-calculated from the monthly changes (exports 23.21, imports 19.99, "
        "surplus 3.22); dollar conversion at 0.8000 francs (29.8); chemical-pharmaceutical share 12.96 / 23.84 = 54.4; "
        "EU share 11.47 / 23.84 = 48.1.",
        "Judgement calls: seasonally adjusted changes are basis mom (the text says 'compared with September', 'on the month', "
        "'month-on-month', 'from the previous month'); the frame 'against September' opens the watches paragraph and "
        "carries to machinery and precision instruments; 'on the month' for Germany carries to China in the same "
        "paragraph. The unadjusted 5.2% against October 2025 is a yoy export growth fact. Seasonal adjustment is not "
        "a segment (segment is for enterprise types and trade modes). 'Medicaments made up 5.87 billion francs' is an "
        "'of which' value with product 'medicaments'. 'Switzerland's largest single export market' is export rank 1 "
        "with partner United States; Germany 'second-largest' rank 2. The September surplus (3.22 billion francs) is "
        "a balance fact of period 2026-09. The dollar conversion has no 'about': exact.",
        "Not facts: real-terms changes (exports 0.9%, imports 2.2%: volume growth beside value growth); the U.S. tariff "
        "rates of 15% and 39%; the exchange rate ($1 = 0.8000 Swiss francs); the SNB policy rate at zero and June 2025; "
        "'October 2025' and 'last year' as comparison bases.",
        "Copy check: 9 sentences searched, 2 reworded (the seasonally adjusted export sentence, which had the clause order of a 2025 Reuters sentence; the tariff-deal sentence, which shared a run of words with 2025 reports).",
        "Second check: 22 sentences searched, 2 reworded.",
    ],
    "facts": [
        fact(CH, "exports", "growth", 2.7, "percent", OCT, "2.7",
             "In nominal, seasonally adjusted terms, the value of goods shipped abroad rose 2.7% compared with September", basis="mom"),
        fact(CH, "exports", "value", 23.84e9, "CHF", OCT, "23.84 billion",
             "the value of goods shipped abroad rose 2.7% compared with September to 23.84 billion Swiss francs ($29.8 billion)"),
        fact(CH, "exports", "value", 29.8e9, "USD", OCT, "$29.8 billion",
             "the value of goods shipped abroad rose 2.7% compared with September to 23.84 billion Swiss francs ($29.8 billion)"),
        fact(CH, "imports", "growth", -1.4, "percent", OCT, "1.4",
             "Imports over the same span shrank 1.4% to 19.71 billion francs", basis="mom"),
        fact(CH, "imports", "value", 19.71e9, "CHF", OCT, "19.71 billion",
             "Imports over the same span shrank 1.4% to 19.71 billion francs"),
        fact(CH, "balance", "value", 4.13e9, "CHF", OCT, "4.13 billion",
             "September's trade surplus had stood at 3.22 billion francs; in October it widened to 4.13 billion francs"),
        fact(CH, "balance", "value", 3.22e9, "CHF", SEP, "3.22 billion",
             "September's trade surplus had stood at 3.22 billion francs"),
        fact(CH, "exports", "growth", 5.2, "percent", OCT, "5.2",
             "Left unadjusted for seasonal effects, exports were 5.2% higher than in October 2025"),
        fact(CH, "exports", "share", 54.4, "percent", OCT, "54.4",
             "Chemical and pharmaceutical products, the backbone of Swiss exporting, accounted for 54.4% of the total",
             product=CHEM),
        fact(CH, "exports", "growth", 4.1, "percent", OCT, "4.1",
             "Foreign sales of the category advanced 4.1% on the month to 12.96 billion francs", product=CHEM, basis="mom"),
        fact(CH, "exports", "value", 12.96e9, "CHF", OCT, "12.96 billion",
             "Foreign sales of the category advanced 4.1% on the month to 12.96 billion francs", product=CHEM),
        fact(CH, "exports", "value", 5.87e9, "CHF", OCT, "5.87 billion",
             "of which medicaments made up 5.87 billion francs", product="medicaments"),
        fact(CH, "exports", "growth", -2.6, "percent", OCT, "2.6",
             "Watch exports fell 2.6% to 2.07 billion francs", product="watches", basis="mom"),
        fact(CH, "exports", "value", 2.07e9, "CHF", OCT, "2.07 billion",
             "Watch exports fell 2.6% to 2.07 billion francs", product="watches"),
        fact(CH, "exports", "growth", 0.8, "percent", OCT, "0.8",
             "machinery and electronics edged up 0.8% to 2.64 billion francs", product="machinery and electronics",
             basis="mom"),
        fact(CH, "exports", "value", 2.64e9, "CHF", OCT, "2.64 billion",
             "machinery and electronics edged up 0.8% to 2.64 billion francs", product="machinery and electronics"),
        fact(CH, "exports", "growth", 1.1, "percent", OCT, "1.1",
             "Precision instruments rose 1.1% to 1.58 billion francs", product="precision instruments", basis="mom"),
        fact(CH, "exports", "value", 1.58e9, "CHF", OCT, "1.58 billion",
             "Precision instruments rose 1.1% to 1.58 billion francs", product="precision instruments"),
        fact(CH, "imports", "growth", 2.2, "percent", OCT, "2.2",
             "purchases of chemical and pharmaceutical goods increased 2.2% month-on-month to 7.12 billion francs",
             product="chemical and pharmaceutical goods", basis="mom"),
        fact(CH, "imports", "value", 7.12e9, "CHF", OCT, "7.12 billion",
             "purchases of chemical and pharmaceutical goods increased 2.2% month-on-month to 7.12 billion francs",
             product="chemical and pharmaceutical goods"),
        fact(CH, "imports", "growth", -8.2, "percent", OCT, "8.2",
             "imports of energy sources dropped 8.2%", product="energy sources", basis="mom"),
        fact(CH, "exports", "growth", 6.3, "percent", OCT, "6.3",
             "shipments to the United States jumped 6.3% from the previous month to 4.41 billion francs",
             partner="United States", basis="mom"),
        fact(CH, "exports", "value", 4.41e9, "CHF", OCT, "4.41 billion",
             "shipments to the United States jumped 6.3% from the previous month to 4.41 billion francs",
             partner="United States"),
        fact(CH, "exports", "rank", 1, "number", OCT, "largest",
             "leaving the country once again as Switzerland's largest single export market", partner="United States"),
        fact(CH, "exports", "rank", 2, "number", OCT, "second-largest",
             "was second-largest with 3.02 billion francs", partner="Germany"),
        fact(CH, "exports", "value", 3.02e9, "CHF", OCT, "3.02 billion",
             "was second-largest with 3.02 billion francs", partner="Germany"),
        fact(CH, "exports", "growth", -0.7, "percent", OCT, "0.7",
             "was second-largest with 3.02 billion francs, a slight decrease of 0.7% on the month",
             partner="Germany", basis="mom"),
        fact(CH, "exports", "growth", -5.8, "percent", OCT, "5.8",
             "Exports to China dropped 5.8% to 1.27 billion francs", partner="China", basis="mom"),
        fact(CH, "exports", "value", 1.27e9, "CHF", OCT, "1.27 billion",
             "Exports to China dropped 5.8% to 1.27 billion francs", partner="China"),
        fact(CH, "exports", "value", 11.47e9, "CHF", OCT, "11.47 billion",
             "The European Union as a whole took 11.47 billion francs of Swiss goods, or 48.1% of the total",
             partner="European Union"),
        fact(CH, "exports", "share", 48.1, "percent", OCT, "48.1",
             "The European Union as a whole took 11.47 billion francs of Swiss goods, or 48.1% of the total",
             partner="European Union"),
    ],
}
