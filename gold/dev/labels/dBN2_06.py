from _fact import fact, period

UK = "United Kingdom"
SEP = period(2026, 9)
AUG = period(2026, 8)
Q3 = period(2026, 7, 9)  # the three months to September
NONEU = "Non-EU countries"
XPM = "goods excluding precious metals"

ARTICLE = {
    "id": "dBN2_06",
    "title": "Slipping EU sales push Britain's September goods deficit wider",
    "publisher": "Reuters",
    "published": "2026-11-13",
    "notes": [
        "Real figures: only the September 2025 base behind the 2.7% annual fall in goods exports (GBP 29.4 billion, "
        "ONS, 13 November 2025). Invented: every September 2026, August 2026 and July-September 2026 figure, chosen "
        "to agree: 28.6 - 51.0 = -22.4; EU 14.2 + non-EU 14.4 = 28.6 and EU 27.1 + non-EU 23.9 = 51.0; non-EU "
        "14.4 - 23.9 = -9.5; August levels implied by the monthly rates (exports 29.3, imports 50.2) give the "
        "GBP 20.9 billion August deficit and the 1.5 billion widening; 28.6 / 29.4 = -2.7%; US 4.2 -> 4.6 = +9.5%; "
        "China 1.80 -> 1.65 = -8.3%; quarter: goods -63.9 + services 55.2 = -8.7. Derived: the dollar conversion "
        "22.4 / 0.7568 = $29.6 billion.",
        "Judgement calls: area United Kingdom (Britain) throughout. 'on the month' and 'on August' are mom; the "
        "frame 'On the month' opening the EU/non-EU paragraph carries to all four of its growth rates. 'Compared "
        "with September 2025, exports were down 2.7%' is a yoy fact for September 2026 (the comparison base is not "
        "the period). 'August's revised deficit of 20.9 billion pounds' and 'compared with 19.7 billion pounds a month "
        "earlier' are balance facts for 2026-08. 'the three months to September' is 2026-07..2026-09 ('than in the "
        "April-June quarter' is a comparison base, not the period); the combined deficit on goods and services has "
        "product 'goods and services', the quarter's goods shortfall product "
        "null, the services surplus product 'services' (positive). 'Excluding them [precious metals]' is recorded "
        "as product 'goods excluding precious metals' (the restriction in the text's words); 'precious metals "
        "included' for the US figure is no restriction (product null). Partner 'Non-EU countries' for 'non-EU "
        "countries' and 'outside the EU'; the 'non-EU deficit' is a balance with that partner. The dollar "
        "conversion '($29.6 billion)' is a separate USD balance fact; no 'about', so exact. 'estimated' is not a "
        "qualifier.",
        "Not facts: the Reuters poll forecast of a 21.3 billion-pound gap (a poll); the changes '1.5 billion "
        "pounds wider', '3.1 billion pounds more than in the April-June quarter' and 'up 0.4 billion pounds' (absolute changes "
        "derived from two levels, which the record cannot express); the 10% US baseline tariff; GDP growth of 0.2% "
        "(not trade); the Bank of England rate of 3.5%; the exchange rate ($1 = 0.7568 pounds).",
        "Copy check: 7 sentences searched, 4 reworded (the lead, the ONS deficit sentence, the poll sentence and the three-month sentence followed real Reuters/ONS sentences' clause order and wording).",
        "Second check: 12 sentences searched, 3 reworded.",
    ],
    "facts": [
        fact(UK, "balance", "value", -22.4e9, "GBP", SEP, "22.4 billion",
             "The deficit in goods trade reached 22.4 billion pounds"),
        fact(UK, "balance", "value", -29.6e9, "USD", SEP, "$29.6 billion",
             "The deficit in goods trade reached 22.4 billion pounds ($29.6 billion)"),
        fact(UK, "balance", "value", -20.9e9, "GBP", AUG, "20.9 billion",
             "August's revised deficit of 20.9 billion pounds"),
        fact(UK, "exports", "growth", -2.4, "percent", SEP, "2.4",
             "Goods exports dropped 2.4% on the month", basis="mom"),
        fact(UK, "exports", "value", 28.6e9, "GBP", SEP, "28.6 billion",
             "Goods exports dropped 2.4% on the month to 28.6 billion pounds"),
        fact(UK, "imports", "growth", 1.6, "percent", SEP, "1.6",
             "while imports increased 1.6%", basis="mom"),
        fact(UK, "imports", "value", 51.0e9, "GBP", SEP, "51.0 billion",
             "while imports increased 1.6% to 51.0 billion pounds"),
        fact(UK, "exports", "growth", -2.7, "percent", SEP, "2.7",
             "Compared with September 2025, exports were down 2.7%"),
        fact(UK, "balance", "value", -8.7e9, "GBP", Q3, "8.7 billion",
             "Taken over the three months to September, which smooths out some of the monthly swings, Britain's "
             "combined deficit on goods and services came to 8.7 billion pounds",
             product="goods and services"),
        fact(UK, "balance", "value", -63.9e9, "GBP", Q3, "63.9 billion",
             "goods ran a shortfall of 63.9 billion pounds over the quarter"),
        fact(UK, "balance", "value", 55.2e9, "GBP", Q3, "55.2 billion",
             "Services softened the blow, contributing an ONS-estimated 55.2 billion-pound surplus", product="services"),
        fact(UK, "exports", "growth", -1.8, "percent", SEP, "1.8",
             "On the month, goods exports to the EU fell 1.8%", partner="European Union", basis="mom"),
        fact(UK, "exports", "value", 14.2e9, "GBP", SEP, "14.2 billion",
             "goods exports to the EU fell 1.8% to 14.2 billion pounds", partner="European Union"),
        fact(UK, "imports", "growth", 2.2, "percent", SEP, "2.2",
             "imports from the bloc rose 2.2%", partner="European Union", basis="mom"),
        fact(UK, "imports", "value", 27.1e9, "GBP", SEP, "27.1 billion",
             "imports from the bloc rose 2.2% to 27.1 billion pounds", partner="European Union"),
        fact(UK, "exports", "growth", -3.0, "percent", SEP, "3.0",
             "Exports to non-EU countries slid 3.0%", partner=NONEU, basis="mom"),
        fact(UK, "exports", "value", 14.4e9, "GBP", SEP, "14.4 billion",
             "Exports to non-EU countries slid 3.0% to 14.4 billion pounds", partner=NONEU),
        fact(UK, "imports", "growth", 0.9, "percent", SEP, "0.9",
             "imports from outside the EU edged up 0.9%", partner=NONEU, basis="mom"),
        fact(UK, "imports", "value", 23.9e9, "GBP", SEP, "23.9 billion",
             "imports from outside the EU edged up 0.9% to 23.9 billion pounds", partner=NONEU),
        fact(UK, "balance", "value", -9.5e9, "GBP", SEP, "9.5 billion",
             "leaving a non-EU deficit of 9.5 billion pounds", partner=NONEU),
        fact(UK, "exports", "value", 4.6e9, "GBP", SEP, "4.6 billion",
             "Goods sold to the United States, precious metals included, climbed to 4.6 billion pounds",
             partner="United States"),
        fact(UK, "exports", "growth", 9.5, "percent", SEP, "9.5",
             "climbed to 4.6 billion pounds, up 0.4 billion pounds or 9.5% on August",
             partner="United States", basis="mom"),
        fact(UK, "imports", "value", 4.9e9, "GBP", SEP, "4.9 billion",
             "Imports from the United States climbed to 4.9 billion pounds", partner="United States"),
        fact(UK, "exports", "growth", -8.3, "percent", SEP, "8.3",
             "Sales to China, by contrast, fell 8.3% on the month", partner="China", basis="mom"),
        fact(UK, "exports", "value", 1.65e9, "GBP", SEP, "1.65 billion",
             "Sales to China, by contrast, fell 8.3% on the month to 1.65 billion pounds", partner="China"),
        fact(UK, "balance", "value", -19.8e9, "GBP", SEP, "19.8 billion",
             "Excluding them, the goods deficit was 19.8 billion pounds in September", product=XPM),
        fact(UK, "balance", "value", -19.7e9, "GBP", AUG, "19.7 billion",
             "Excluding them, the goods deficit was 19.8 billion pounds in September, compared with 19.7 billion "
             "pounds a month earlier", product=XPM),
    ],
}
