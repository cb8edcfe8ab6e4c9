from _fact import fact, period

DE = "Germany"
US = "United States"
EU = "European Union"
SEP = period(2026, 9)
AUG = period(2026, 8)
SEP25 = period(2025, 9)
Q3 = period(2026, 7, 9)

ARTICLE = {
    "id": "dBQ2_04",
    "title": "German exports slip in September as U.S. sales sag, China shipments recover",
    "publisher": "Reuters",
    "published": "2026-11-07",
    "notes": [
        "Real figures: the adjusted surplus of 15.3 billion euros in September 2025 (Destatis, as reported in November 2025). "
        "Invented: every September 2026 and August 2026 figure, modelled on the size and wording of Reuters' monthly "
        "Destatis stories (exports near 130 billion euros, surplus near 15 billion, U.S. about 12 billion, China about 7 billion). "
        "Derived: $150.5 billion = 129.4 billion euros / 0.86; U.S. share 9.4% = 12.1 / 129.4; the August surplus 16.7 billion "
        "= (129.4 / 0.991) - (114.6 / 1.006); EU + non-EU exports = 71.8 + 57.6 = 129.4; balance = 129.4 - 114.6 = 14.8.",
        "Judgement calls: 'on the month', 'from August', 'over the same comparison', 'measured against the previous month' and "
        "'all figures compared with August' give basis mom; the U.S. drop is stated 'on the month'. "
        "'Measured against September 2025, they were 4.7% lower' and 'compared with September 2025, exports were 2.1% higher' "
        "are yoy for September 2026 (the year named is the comparison base, not the period). 'exports in July to September were "
        "0.6% lower than in the second quarter' is qoq for 2026-07..09. The dollar conversion ($150.5 billion), written without "
        "'about', is a separate USD fact with qualifier exact. 'the largest buyer of German goods' is rank 1 of exports to the "
        "United States; 'Germany's biggest source of imports' is rank 1 of imports from China. 'non-EU countries' is kept as the "
        "partner in the text's words. Britain is partner United Kingdom.",
        "Not facts: the Reuters poll forecasts (a 0.3% drop in exports, a 0.5% gain in imports); the exchange rate (0.8600 euros per dollar); "
        "the 15% U.S. tariff; GDP growth of 0.1%; 'the second monthly gain in a row' (streak); the years 2025 and 2027 as such.",
        "Copy check: 9 sentences searched (lead, exports, surplus, August revision, U.S., China/Britain, imports, quarter, quote), 3 reworded (lead, surplus, U.S. sentence).",
        "Second check: 24 sentences searched, 4 reworded.",
    ],
    "facts": [
        fact(DE, "exports", "growth", -0.9, "percent", SEP, "0.9",
             "the value of goods sent abroad was 129.4 billion euros ($150.5 billion), 0.9% less than in August", basis="mom"),
        fact(DE, "exports", "value", 129.4e9, "EUR", SEP, "129.4 billion",
             "Adjusted for calendar and seasonal effects, the value of goods sent abroad was 129.4 billion euros ($150.5 billion)"),
        fact(DE, "exports", "value", 150.5e9, "USD", SEP, "$150.5 billion",
             "Adjusted for calendar and seasonal effects, the value of goods sent abroad was 129.4 billion euros ($150.5 billion)"),
        fact(DE, "exports", "growth", 1.2, "percent", AUG, "1.2",
             "August's gain was revised up to 1.2%.", basis="mom"),
        fact(DE, "imports", "growth", 0.6, "percent", SEP, "0.6",
             "Imports, meanwhile, edged up 0.6% on the month to 114.6 billion euros", basis="mom"),
        fact(DE, "imports", "value", 114.6e9, "EUR", SEP, "114.6 billion",
             "Imports, meanwhile, edged up 0.6% on the month to 114.6 billion euros"),
        fact(DE, "balance", "value", 14.8e9, "EUR", SEP, "14.8 billion",
             "Germany's surplus came in at 14.8 billion euros, down from 16.7 billion euros in August"),
        fact(DE, "balance", "value", 16.7e9, "EUR", AUG, "16.7 billion",
             "Germany's surplus came in at 14.8 billion euros, down from 16.7 billion euros in August"),
        fact(DE, "balance", "value", 15.3e9, "EUR", SEP25, "15.3 billion",
             "In September 2025 the adjusted surplus had stood at 15.3 billion euros."),
        fact(DE, "exports", "growth", 2.1, "percent", SEP, "2.1",
             "compared with September 2025, exports were 2.1% higher and imports 3.4% higher"),
        fact(DE, "imports", "growth", 3.4, "percent", SEP, "3.4",
             "compared with September 2025, exports were 2.1% higher and imports 3.4% higher"),
        fact(DE, "exports", "growth", -0.6, "percent", Q3, "0.6",
             "exports in July to September were 0.6% lower than in the second quarter", basis="qoq"),
        fact(DE, "exports", "rank", 1, "number", SEP, "largest",
             "Sales to the United States, still the largest buyer of German goods", partner=US),
        fact(DE, "exports", "growth", -6.8, "percent", SEP, "6.8",
             "Sales to the United States, still the largest buyer of German goods, dropped 6.8% on the month to 12.1 billion euros", partner=US, basis="mom"),
        fact(DE, "exports", "value", 12.1e9, "EUR", SEP, "12.1 billion",
             "Sales to the United States, still the largest buyer of German goods, dropped 6.8% on the month to 12.1 billion euros", partner=US),
        fact(DE, "exports", "growth", -4.7, "percent", SEP, "4.7",
             "Measured against September 2025, they were 4.7% lower.", partner=US),
        fact(DE, "exports", "share", 9.4, "percent", SEP, "9.4",
             "That left the U.S. with 9.4% of all German exports in the month", partner=US),
        fact(DE, "exports", "growth", 5.3, "percent", SEP, "5.3",
             "Shipments to China, by contrast, rose 5.3% from August to 7.0 billion euros", partner="China", basis="mom"),
        fact(DE, "exports", "value", 7.0e9, "EUR", SEP, "7.0 billion",
             "Shipments to China, by contrast, rose 5.3% from August to 7.0 billion euros", partner="China"),
        fact(DE, "exports", "growth", -1.5, "percent", SEP, "1.5",
             "exports to Britain slipped 1.5% over the same comparison to 6.4 billion euros", partner="United Kingdom",
             basis="mom"),
        fact(DE, "exports", "value", 6.4e9, "EUR", SEP, "6.4 billion",
             "exports to Britain slipped 1.5% over the same comparison to 6.4 billion euros", partner="United Kingdom"),
        fact(DE, "exports", "growth", 0.4, "percent", SEP, "0.4",
             "Sales to other European Union countries increased 0.4% to 71.8 billion euros", partner=EU, basis="mom"),
        fact(DE, "exports", "value", 71.8e9, "EUR", SEP, "71.8 billion",
             "Sales to other European Union countries increased 0.4% to 71.8 billion euros", partner=EU),
        fact(DE, "exports", "growth", -2.4, "percent", SEP, "2.4",
             "exports to non-EU countries declined 2.4% to 57.6 billion euros", partner="non-EU countries", basis="mom"),
        fact(DE, "exports", "value", 57.6e9, "EUR", SEP, "57.6 billion",
             "exports to non-EU countries declined 2.4% to 57.6 billion euros", partner="non-EU countries"),
        fact(DE, "imports", "growth", 2.9, "percent", SEP, "2.9",
             "goods arriving from China climbed 2.9% to 14.2 billion euros", partner="China", basis="mom"),
        fact(DE, "imports", "value", 14.2e9, "EUR", SEP, "14.2 billion",
             "goods arriving from China climbed 2.9% to 14.2 billion euros", partner="China"),
        fact(DE, "imports", "rank", 1, "number", SEP, "biggest",
             "keeping the country in place as Germany's biggest source of imports", partner="China"),
        fact(DE, "imports", "growth", -1.1, "percent", SEP, "1.1",
             "Purchases from the United States eased 1.1% to 8.3 billion euros", partner=US, basis="mom"),
        fact(DE, "imports", "value", 8.3e9, "EUR", SEP, "8.3 billion",
             "Purchases from the United States eased 1.1% to 8.3 billion euros", partner=US),
        fact(DE, "imports", "growth", 0.8, "percent", SEP, "0.8",
             "imports from the EU grew 0.8% to 61.9 billion euros", partner=EU, basis="mom"),
        fact(DE, "imports", "value", 61.9e9, "EUR", SEP, "61.9 billion",
             "imports from the EU grew 0.8% to 61.9 billion euros", partner=EU),
    ],
}
