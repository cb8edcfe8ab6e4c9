from _fact import fact, period

G = "Germany"
SEP = period(2025, 9)
AUG = period(2025, 8)
SEP24 = period(2024, 9)

ARTICLE = {
    "id": "dBE2_04",
    "title": "German exports beat forecasts in September as U.S. sales bounce back",
    "publisher": "Reuters",
    "published": "2025-11-07",
    "notes": [
        "Figures modelled on the Destatis release of 7 Nov 2025 (September 2025) and Reuters/RTT coverage; partner-level values and rates for the US and China partly invented for the exercise.",
        "Area Germany throughout, carried from the headline and opening paragraph; sentences that name no area ('Imports, meanwhile, ...', 'Exports to countries outside the EU ...') inherit it.",
        "Basis: 'on the month', 'compared with August', 'from August' -> mom; the EU paragraph's first figures are 'Measured from August', and that frame carries to the euro-area and import figures in the same paragraph. 'Measured against September 2024', 'than a year earlier', 'below their level of September 2024' -> yoy.",
        "The surplus of 16.9 billion euros in August and 18.0 billion euros in September 2024 are labelled as balance values for their own periods (2025-08, 2024-09): they are stated trade-balance levels, not comparison percentages.",
        "'15.3 billion euros ($17.6 billion)': a second fact in USD; qualifier exact because the text gives no hedge word, although it is a conversion.",
        "'still Germany's biggest single export market' -> rank 1 for US exports; 'the largest source of goods coming into Germany' -> rank 1 for imports from China. Both for September 2025.",
        "'imports from China and the United States rose 0.4% and 7.3% on the month, respectively': two mom growth facts distributed over the coordinated partners.",
        "Partner for 'countries outside the EU' / 'those countries' written as 'non-EU countries'; 'euro area' / 'single-currency bloc' as 'Euro area'.",
        "Out of scope, not labelled: Reuters poll forecast (0.5%), 'six times the rise analysts had forecast' (derived comparison), the 15% US tariff rate, the exchange rate line ($1 = 0.8690 euros), GDP/production outlook, 'rose for the first time in half a year' (streak).",
    ],
    "facts": [
        fact(G, "exports", "growth", 1.4, "percent", SEP, "1.4", "calendar- and seasonally adjusted exports were up 1.4% on the month", basis="mom"),
        fact(G, "imports", "growth", 3.1, "percent", SEP, "3.1", "Imports, meanwhile, increased 3.1% compared with August", basis="mom"),
        fact(G, "exports", "value", 131.1e9, "EUR", SEP, "131.1 billion", "the month's exports came to 131.1 billion euros"),
        fact(G, "imports", "value", 115.9e9, "EUR", SEP, "115.9 billion", "against imports of 115.9 billion euros"),
        fact(G, "exports", "growth", 2.0, "percent", SEP, "2.0", "Measured against September 2024, exports were 2.0% higher and imports 4.8% higher."),
        fact(G, "imports", "growth", 4.8, "percent", SEP, "4.8", "Measured against September 2024, exports were 2.0% higher and imports 4.8% higher."),
        fact(G, "balance", "value", 15.3e9, "EUR", SEP, "15.3 billion", "That left a narrower surplus of 15.3 billion euros ($17.6 billion), down from 16.9 billion euros in August."),
        fact(G, "balance", "value", 17.6e9, "USD", SEP, "17.6 billion", "That left a narrower surplus of 15.3 billion euros ($17.6 billion), down from 16.9 billion euros in August."),
        fact(G, "balance", "value", 16.9e9, "EUR", AUG, "16.9 billion", "That left a narrower surplus of 15.3 billion euros ($17.6 billion), down from 16.9 billion euros in August."),
        fact(G, "balance", "value", 18.0e9, "EUR", SEP24, "18.0 billion", "Twelve months earlier the surplus had been wider still, at 18.0 billion euros."),
        # United States
        fact(G, "exports", "rank", 1, "number", SEP, "biggest", "Exports to the United States, still Germany's biggest single export market", partner="United States"),
        fact(G, "exports", "growth", 11.9, "percent", SEP, "11.9", "Exports to the United States, still Germany's biggest single export market, jumped 11.9% on the month to 12.1 billion euros", partner="United States", basis="mom"),
        fact(G, "exports", "value", 12.1e9, "EUR", SEP, "12.1 billion", "Exports to the United States, still Germany's biggest single export market, jumped 11.9% on the month to 12.1 billion euros", partner="United States"),
        fact(G, "exports", "share", 9.2, "percent", SEP, "9.2", "accounting for 9.2% of all German exports", partner="United States"),
        fact(G, "exports", "growth", -14.0, "percent", SEP, "14.0", "Even after the rebound, they were 14.0% lower than a year earlier.", partner="United States"),
        # China
        fact(G, "exports", "growth", -5.8, "percent", SEP, "5.8", "Shipments to China, by contrast, slipped 5.8% on the month to 6.3 billion euros", partner="China", basis="mom"),
        fact(G, "exports", "value", 6.3e9, "EUR", SEP, "6.3 billion", "Shipments to China, by contrast, slipped 5.8% on the month to 6.3 billion euros", partner="China"),
        fact(G, "exports", "growth", -7.9, "percent", SEP, "7.9", "were 7.9% below their level of September 2024", partner="China"),
        fact(G, "imports", "rank", 1, "number", SEP, "largest", "China kept its place as the largest source of goods coming into Germany", partner="China"),
        fact(G, "imports", "growth", 0.4, "percent", SEP, "0.4", "imports from China and the United States rose 0.4% and 7.3% on the month, respectively", partner="China", basis="mom"),
        fact(G, "imports", "growth", 7.3, "percent", SEP, "7.3", "imports from China and the United States rose 0.4% and 7.3% on the month, respectively", partner="United States", basis="mom"),
        fact(G, "imports", "value", 13.6e9, "EUR", SEP, "13.6 billion", "with purchases from China totalling 13.6 billion euros", partner="China"),
        # EU and euro area
        fact(G, "exports", "growth", 2.5, "percent", SEP, "2.5", "shipments to fellow EU members were up 2.5% at 74.3 billion euros", partner="European Union", basis="mom"),
        fact(G, "exports", "value", 74.3e9, "EUR", SEP, "74.3 billion", "shipments to fellow EU members were up 2.5% at 74.3 billion euros", partner="European Union"),
        fact(G, "imports", "growth", 1.2, "percent", SEP, "1.2", "purchases from the bloc's member states rose 1.2% to 59.3 billion euros", partner="European Union", basis="mom"),
        fact(G, "imports", "value", 59.3e9, "EUR", SEP, "59.3 billion", "purchases from the bloc's member states rose 1.2% to 59.3 billion euros", partner="European Union"),
        fact(G, "exports", "growth", 1.4, "percent", SEP, "1.4", "Sales to the euro area gained 1.4% to 51.4 billion euros", partner="Euro area", basis="mom"),
        fact(G, "exports", "value", 51.4e9, "EUR", SEP, "51.4 billion", "Sales to the euro area gained 1.4% to 51.4 billion euros", partner="Euro area"),
        fact(G, "imports", "growth", -0.7, "percent", SEP, "0.7", "whereas imports from the single-currency bloc eased 0.7% to 38.9 billion euros", partner="Euro area", basis="mom"),
        fact(G, "imports", "value", 38.9e9, "EUR", SEP, "38.9 billion", "whereas imports from the single-currency bloc eased 0.7% to 38.9 billion euros", partner="Euro area"),
        # non-EU
        fact(G, "exports", "value", 56.8e9, "EUR", SEP, "56.8 billion", "Exports to countries outside the EU, worth 56.8 billion euros, were almost unchanged, edging up 0.1% on the month.", partner="non-EU countries"),
        fact(G, "exports", "growth", 0.1, "percent", SEP, "0.1", "Exports to countries outside the EU, worth 56.8 billion euros, were almost unchanged, edging up 0.1% on the month.", partner="non-EU countries", basis="mom"),
        fact(G, "imports", "growth", 5.3, "percent", SEP, "5.3", "Imports from those countries rose 5.3% to 56.6 billion euros", partner="non-EU countries", basis="mom"),
        fact(G, "imports", "value", 56.6e9, "EUR", SEP, "56.6 billion", "Imports from those countries rose 5.3% to 56.6 billion euros", partner="non-EU countries"),
    ],
}
