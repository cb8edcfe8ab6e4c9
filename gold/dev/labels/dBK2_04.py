from _fact import fact, period

DE = "Germany"
US = "United States"
CN = "China"
EU = "European Union"
EA = "Euro area"
NEA = "EU countries outside the euro area"
NEU = "non-EU countries"
SEP = period(2025, 9)
AUG = period(2025, 8)
SEP24 = period(2024, 9)
JS = period(2025, 1, 9)
Y24 = period(2024, 1, 12)

ARTICLE = {
    "id": "dBK2_04",
    "title": "German exports rebound in September as U.S. sales end losing streak",
    "publisher": "Reuters",
    "published": "2025-11-07",
    "notes": [
        "Real figures: Destatis release of 7 Nov 2025 (calendar and seasonally adjusted September totals, "
        "mom and yoy rates, surplus and its August and Sept 2024 comparisons, EU / euro-area / non-euro EU / "
        "non-EU splits, US, China and UK partner rates); Jan-Sep 2025 partner totals (US exports, China and US "
        "two-way trade) from the later Destatis partner release; 2024 US two-way trade (about 253 bn euros). "
        "Invented: the framing of the Jan-Sep figures as Reuters calculations on unadjusted data, the quotes, "
        "the economist's 2026 forecast.",
        "Judgement calls: month-on-month basis for growth rates that follow a paragraph-opening 'from August' / "
        "'on the month' / 'compared with August' cue (China, US imports, UK imports, euro-area and non-euro-EU "
        "respectively list, non-EU imports); '14.0% lower than a year earlier' read as yoy growth of -14.0 "
        "for September (a year earlier is the comparison base, not the period); base values stated with a "
        "'from'/'a year earlier' (surplus in August 2025 and September 2024) labelled for their own months; "
        "'$17.84 billion' conversion labelled as a separate USD fact with qualifier exact (no approximation "
        "cue in the text); partner name for 'EU states outside the currency union' written as a descriptive "
        "group name; 'Purchases of U.S. goods' = German imports from the United States; 'Britain' = United "
        "Kingdom; 'Over the same nine months' = Jan-Sep 2025.",
        "Not facts: 0.5% Reuters poll forecast (forecast); 'strongest increase since January' (milestone, no "
        "number); 'five months running' (streak); 15% US tariff (tariff rate); 1.3% industrial output (not "
        "trade); 'around 1% next year' (forecast); '$1 = 0.8577 euros' (exchange rate); 'unchanged on the "
        "month' for non-EU exports (no number stated).",
        "Copy check: 24 sentences searched, 5 reworded. Second check: 25 sentences searched, 1 reworded.",
    ],
    "facts": [
        fact(DE, "exports", "growth", 1.4, "percent", SEP, "1.4",
             "Exports adjusted for calendar and seasonal effects climbed 1.4% from August", basis="mom"),
        fact(DE, "exports", "value", 131.1e9, "EUR", SEP, "131.1 billion",
             "Exports adjusted for calendar and seasonal effects climbed 1.4% from August to 131.1 billion euros"),
        fact(DE, "imports", "growth", 3.1, "percent", SEP, "3.1",
             "Imports jumped 3.1% on the month", basis="mom"),
        fact(DE, "imports", "value", 115.9e9, "EUR", SEP, "115.9 billion",
             "Imports jumped 3.1% on the month to 115.9 billion euros"),
        fact(DE, "imports", "growth", 4.8, "percent", SEP, "4.8",
             "Measured against September 2024, imports were 4.8% higher"),
        fact(DE, "exports", "growth", 2.0, "percent", SEP, "2.0",
             "Measured against September 2024, imports were 4.8% higher and exports 2.0% higher"),
        fact(DE, "balance", "value", 15.3e9, "EUR", SEP, "15.3 billion",
             "That left the surplus at 15.3 billion euros"),
        fact(DE, "balance", "value", 17.84e9, "USD", SEP, "17.84 billion",
             "That left the surplus at 15.3 billion euros ($17.84 billion)"),
        fact(DE, "balance", "value", 16.9e9, "EUR", AUG, "16.9 billion",
             "That left the surplus at 15.3 billion euros ($17.84 billion), down from 16.9 billion euros in August"),
        fact(DE, "balance", "value", 18.0e9, "EUR", SEP24, "18.0 billion",
             "A year earlier it had stood at 18.0 billion euros"),
        fact(DE, "exports", "growth", 11.9, "percent", SEP, "11.9",
             "Sales to the United States, which had shrunk for five months running as Washington's tariffs "
             "took their toll, rebounded by 11.9% on the month",
             partner=US, basis="mom"),
        fact(DE, "exports", "value", 12.2e9, "EUR", SEP, "12.2 billion",
             "Sales to the United States, which had shrunk for five months running as Washington's tariffs "
             "took their toll, rebounded by 11.9% on the month to 12.2 billion euros",
             partner=US),
        fact(DE, "exports", "growth", -14.0, "percent", SEP, "14.0",
             "That still left them 14.0% lower than a year earlier", partner=US),
        fact(DE, "exports", "growth", -7.8, "percent", JS, "7.8",
             "German exports to the United States dropped 7.8% in the first nine months of the year",
             partner=US),
        fact(DE, "exports", "value", 112.7e9, "EUR", JS, "112.7 billion",
             "German exports to the United States dropped 7.8% in the first nine months of the year to "
             "112.7 billion euros",
             partner=US),
        fact(DE, "total", "value", 253e9, "EUR", Y24, "253 billion",
             "Two-way goods trade between the two countries came to about 253 billion euros in 2024",
             partner=US, qualifier="approx"),
        fact(DE, "total", "value", 185.9e9, "EUR", JS, "185.9 billion",
             "Germany did 185.9 billion euros of business with China over the same nine months",
             partner=CN),
        fact(DE, "total", "growth", 0.6, "percent", JS, "0.6",
             "Germany did 185.9 billion euros of business with China over the same nine months, up 0.6% on a "
             "year earlier",
             partner=CN),
        fact(DE, "total", "value", 184.7e9, "EUR", JS, "184.7 billion",
             "the 184.7 billion euros it traded with the United States", partner=US),
        fact(DE, "imports", "growth", 6.1, "percent", SEP, "6.1",
             "In September alone, imports from China rose 6.1% from August", partner=CN, basis="mom"),
        fact(DE, "imports", "value", 14.6e9, "EUR", SEP, "14.6 billion",
             "In September alone, imports from China rose 6.1% from August to 14.6 billion euros", partner=CN),
        fact(DE, "exports", "growth", -2.2, "percent", SEP, "2.2",
             "exports to China fell 2.2%", partner=CN, basis="mom"),
        fact(DE, "exports", "value", 6.7e9, "EUR", SEP, "6.7 billion",
             "exports to China fell 2.2% to 6.7 billion euros", partner=CN),
        fact(DE, "imports", "growth", 9.0, "percent", SEP, "9.0",
             "Purchases of U.S. goods increased 9.0%", partner=US, basis="mom"),
        fact(DE, "imports", "growth", 20.0, "percent", SEP, "20.0",
             "imports from Britain surged 20.0%", partner="United Kingdom", basis="mom"),
        fact(DE, "exports", "growth", 2.5, "percent", SEP, "2.5",
             "Exports to other European Union countries grew 2.5% compared with August",
             partner=EU, basis="mom"),
        fact(DE, "exports", "value", 74.3e9, "EUR", SEP, "74.3 billion",
             "Exports to other European Union countries grew 2.5% compared with August to 74.3 billion euros",
             partner=EU),
        fact(DE, "imports", "growth", 1.2, "percent", SEP, "1.2",
             "imports from the bloc rose 1.2%", partner=EU, basis="mom"),
        fact(DE, "imports", "value", 59.3e9, "EUR", SEP, "59.3 billion",
             "imports from the bloc rose 1.2% to 59.3 billion euros", partner=EU),
        fact(DE, "exports", "growth", 1.4, "percent", SEP, "1.4",
             "Shipments to euro zone members and to EU states outside the currency union increased by 1.4% "
             "and 5.1%, respectively",
             partner=EA, basis="mom"),
        fact(DE, "exports", "growth", 5.1, "percent", SEP, "5.1",
             "Shipments to euro zone members and to EU states outside the currency union increased by 1.4% "
             "and 5.1%, respectively",
             partner=NEA, basis="mom"),
        fact(DE, "exports", "value", 51.4e9, "EUR", SEP, "51.4 billion",
             "Shipments to euro zone members and to EU states outside the currency union increased by 1.4% "
             "and 5.1%, respectively, to 51.4 billion euros and 22.9 billion euros",
             partner=EA),
        fact(DE, "exports", "value", 22.9e9, "EUR", SEP, "22.9 billion",
             "Shipments to euro zone members and to EU states outside the currency union increased by 1.4% "
             "and 5.1%, respectively, to 51.4 billion euros and 22.9 billion euros",
             partner=NEA),
        fact(DE, "exports", "value", 56.8e9, "EUR", SEP, "56.8 billion",
             "Exports to non-EU countries were unchanged on the month at 56.8 billion euros", partner=NEU),
        fact(DE, "imports", "growth", 5.2, "percent", SEP, "5.2",
             "Exports to non-EU countries were unchanged on the month at 56.8 billion euros, while imports "
             "from those countries climbed 5.2%",
             partner=NEU, basis="mom"),
        fact(DE, "imports", "value", 56.5e9, "EUR", SEP, "56.5 billion",
             "Exports to non-EU countries were unchanged on the month at 56.8 billion euros, while imports "
             "from those countries climbed 5.2% to 56.5 billion euros",
             partner=NEU),
    ],
}
