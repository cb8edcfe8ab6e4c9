from _fact import fact, period

DE = "Germany"
SEP = period(2026, 9)
AUG = period(2026, 8)
SEP25 = period(2025, 9)
M9 = period(2026, 1, 9)

ARTICLE = {
    "id": "dBN2_04",
    "title": "Recovering US demand lifts German exports and the trade surplus in September",
    "publisher": "DW",
    "published": "2026-11-07",
    "notes": [
        "Real figures: none for September 2026 (a future month). The September 2025 comparison base for the surplus "
        "(EUR 15.3 billion) and the level of exports to the US a year earlier (EUR 12.2 billion, implied by the 5.7% "
        "rise) are the real Destatis figures for September 2025. Invented: every September 2026, August 2026 and "
        "January-September 2026 figure, chosen to be consistent: 133.4 - 117.0 = 16.4; 133.4 = 131.1 x 1.018 and "
        "117.0 = 115.9 x 1.009 against the real September 2025 levels; August levels implied by the month-on-month "
        "rates give the EUR 13.5 billion August surplus; EU 75.6 = euro area 52.3 + non-euro EU 23.3; 75.6 / 133.4 = "
        "56.7%; the EU month-on-month rate 2.1% is the weighted mean of 1.6% and 3.2%; 1.177 - 1.018 trillion = "
        "EUR 159 billion. Derived: the dollar conversion (133.4 x 1.16 = about $155 billion).",
        "Judgement calls: area Germany throughout (headline 'German exports'). The monthly figures are calendar and "
        "seasonally adjusted; the nine-month figures unadjusted; the record has no field for adjustment. "
        "'than in August', 'from August', 'from the previous month', 'on August' and 'on the month' are mom; "
        "in the China paragraph the frame 'on the month' set in its first figure carries to 'up 2.8%' (imports from "
        "China) and to 'dropped 0.9%' (exports to the UK). 'than in September last year' and 'Set against September "
        "2025' are yoy comparison bases for September 2026, not periods. 'A year earlier, the adjusted surplus had "
        "been EUR 15.3 billion' is a balance fact for 2025-09; 'In August it had stood at EUR 13.5 billion' is a "
        "balance fact for 2026-08, its subject ('it' = the trade surplus) carried over from the sentence before. "
        "'the top destination for German goods' is rank 1 of exports to the US; 'China again ranked first "
        "among the countries selling to Germany' is rank 1 of imports from China. 'accounting for 56.7% of the total' "
        "is the EU share of German exports. Partners: 'European Union' (EU, member states, the bloc), 'Euro area', "
        "and 'EU countries outside the euro area' for 'EU members outside the currency union' (no canonical name in "
        "the guide). The dollar conversion is a separate USD fact, approx ('about'). 'imports from the bloc came to "
        "EUR 60.1 billion' carries September 2026 from the same sentence.",
        "Not facts: the Reuters poll forecast of 0.6% (a forecast); 'a second consecutive monthly increase' (a streak; "
        "'second' is not a rank); the 15% US tariff rate; the BGA forecast of roughly 1% export growth for 2026 (a "
        "forecast); the Ifo export expectations index (1.8 and 3.1 points, sentiment, not trade); GDP growth of 0.9% "
        "(forecast, not trade); the euro near $1.16 (exchange rate); the years 2025/2026 and 'two years of contraction'.",
        "Copy check: 8 sentences searched, 3 reworded (the Destatis month-on-month sentence, the surplus sentence and the 'largest buyer' sentence each followed a real wire sentence's clause order and wording).",
        "Second check: 12 sentences searched, 1 reworded.",
    ],
    "facts": [
        fact(DE, "exports", "growth", 1.7, "percent", SEP, "1.7",
             "exports were 1.7% higher in September than in August", basis="mom"),
        fact(DE, "exports", "value", 133.4e9, "EUR", SEP, "133.4 billion",
             "Companies shipped goods worth €133.4 billion"),
        fact(DE, "exports", "value", 155e9, "USD", SEP, "$155 billion",
             "goods worth €133.4 billion (about $155 billion) to foreign customers during the month",
             qualifier="approx"),
        fact(DE, "imports", "growth", -0.6, "percent", SEP, "0.6",
             "Imports moved in the opposite direction, easing 0.6% on the month", basis="mom"),
        fact(DE, "imports", "value", 117.0e9, "EUR", SEP, "117.0 billion",
             "Imports moved in the opposite direction, easing 0.6% on the month to €117.0 billion"),
        fact(DE, "balance", "value", 16.4e9, "EUR", SEP, "16.4 billion",
             "lifted Germany's trade surplus to €16.4 billion"),
        fact(DE, "balance", "value", 13.5e9, "EUR", AUG, "13.5 billion",
             "In August it had stood at €13.5 billion"),
        fact(DE, "exports", "growth", 1.8, "percent", SEP, "1.8",
             "Set against September 2025, exports were up 1.8%"),
        fact(DE, "imports", "growth", 0.9, "percent", SEP, "0.9",
             "Set against September 2025, exports were up 1.8% and imports up 0.9%"),
        fact(DE, "balance", "value", 15.3e9, "EUR", SEP25, "15.3 billion",
             "A year earlier, the adjusted surplus had been €15.3 billion"),
        fact(DE, "exports", "rank", 1, "number", SEP, "top",
             "The United States kept its place as the top destination for German goods", partner="United States"),
        fact(DE, "exports", "growth", 3.4, "percent", SEP, "3.4",
             "Exports there climbed 3.4% from August", partner="United States", basis="mom"),
        fact(DE, "exports", "value", 12.9e9, "EUR", SEP, "12.9 billion",
             "Exports there climbed 3.4% from August to €12.9 billion", partner="United States"),
        fact(DE, "exports", "growth", 5.7, "percent", SEP, "5.7",
             "stood 5.7% higher than in September last year", partner="United States"),
        fact(DE, "exports", "growth", -1.5, "percent", SEP, "1.5",
             "Exports to the People's Republic fell 1.5% on the month", partner="China", basis="mom"),
        fact(DE, "exports", "value", 6.5e9, "EUR", SEP, "6.5 billion",
             "Exports to the People's Republic fell 1.5% on the month to €6.5 billion", partner="China"),
        fact(DE, "imports", "rank", 1, "number", SEP, "first",
             "China again ranked first among the countries selling to Germany", partner="China"),
        fact(DE, "imports", "value", 14.6e9, "EUR", SEP, "14.6 billion",
             "with imports from there worth €14.6 billion", partner="China"),
        fact(DE, "imports", "growth", 2.8, "percent", SEP, "2.8",
             "with imports from there worth €14.6 billion, up 2.8%", partner="China", basis="mom"),
        fact(DE, "exports", "growth", -0.9, "percent", SEP, "0.9",
             "Shipments to the United Kingdom dropped 0.9%", partner="United Kingdom", basis="mom"),
        fact(DE, "exports", "value", 6.6e9, "EUR", SEP, "6.6 billion",
             "Shipments to the United Kingdom dropped 0.9% to €6.6 billion", partner="United Kingdom"),
        fact(DE, "exports", "value", 75.6e9, "EUR", SEP, "75.6 billion",
             "Exports to other member states reached €75.6 billion in September", partner="European Union"),
        fact(DE, "exports", "share", 56.7, "percent", SEP, "56.7",
             "Exports to other member states reached €75.6 billion in September, accounting for 56.7% of the total",
             partner="European Union"),
        fact(DE, "imports", "value", 60.1e9, "EUR", SEP, "60.1 billion",
             "imports from the bloc came to €60.1 billion", partner="European Union"),
        fact(DE, "exports", "growth", 2.1, "percent", SEP, "2.1",
             "Exports to EU partners rose 2.1% from the previous month", partner="European Union", basis="mom"),
        fact(DE, "exports", "value", 52.3e9, "EUR", SEP, "52.3 billion",
             "exports to euro area countries and to EU members outside the currency union amounted to €52.3 billion "
             "and €23.3 billion respectively", partner="Euro area"),
        fact(DE, "exports", "value", 23.3e9, "EUR", SEP, "23.3 billion",
             "exports to euro area countries and to EU members outside the currency union amounted to €52.3 billion "
             "and €23.3 billion respectively", partner="EU countries outside the euro area"),
        fact(DE, "exports", "growth", 1.6, "percent", SEP, "1.6",
             "exports to euro area countries and to EU members outside the currency union amounted to €52.3 billion "
             "and €23.3 billion respectively, increases of 1.6% and 3.2% on August", partner="Euro area", basis="mom"),
        fact(DE, "exports", "growth", 3.2, "percent", SEP, "3.2",
             "exports to euro area countries and to EU members outside the currency union amounted to €52.3 billion "
             "and €23.3 billion respectively, increases of 1.6% and 3.2% on August",
             partner="EU countries outside the euro area", basis="mom"),
        fact(DE, "exports", "value", 1.177e12, "EUR", M9, "1.177 trillion",
             "In the first nine months of the year, Germany exported goods worth €1.177 trillion"),
        fact(DE, "exports", "growth", 0.6, "percent", M9, "0.6",
             "Germany exported goods worth €1.177 trillion, a rise of only 0.6% on the same period of 2025"),
        fact(DE, "imports", "growth", 2.4, "percent", M9, "2.4",
             "while imports increased 2.4% to €1.018 trillion"),
        fact(DE, "imports", "value", 1.018e12, "EUR", M9, "1.018 trillion",
             "while imports increased 2.4% to €1.018 trillion"),
        fact(DE, "balance", "value", 159e9, "EUR", M9, "159 billion",
             "That left a cumulative surplus of €159 billion"),
    ],
}
