from _fact import fact, period

DE = "Germany"
AUG = period(2026, 8)
JUL = period(2026, 7)
JAN_AUG = period(2026, 1, 8)

ARTICLE = {
    "id": "dBO2_04",
    "title": "German exports beat forecasts in August as U.S. sales bounce back",
    "publisher": "Reuters",
    "published": "2026-10-08",
    "notes": [
        "Real figures: none (August 2026 has not happened). Modelled on Reuters/Destatis August stories "
        "(2023 and 2012 reports: mom headline rates against a Reuters poll, surplus with a dollar conversion and "
        "an upwardly revised prior month, partner lines for the U.S., China, the EU and the euro area, an "
        "unadjusted paragraph with year-on-year rates). Invented: every figure. Derived (consistent within "
        "rounding): adjusted surplus 131.5 - 113.6 = 17.9 bn; July surplus 14.5 bn from the mom rates "
        "(131.5/1.018 - 113.6/0.991); $20.81 bn = 17.9 bn / 0.86; non-EU exports 131.5 - 71.2 = 60.3 bn and its "
        "+2.9% mom; EU +0.9% mom from the euro-area +1.2% and an unstated non-euro part; U.S. share 13.1/131.5 = "
        "9.96% ('roughly 10%'); unadjusted surplus 124.9 - 109.2 = 15.7 bn.",
        "Judgement calls: the 'Against the previous month' frame opens its paragraph, so the euro-area and "
        "non-EU rates take basis mom; 'Compared with August 2025 ... 6.2% lower' and 'down 9.8% on the year' are "
        "yoy for August 2026 (2025 is the comparison base, not the period); the July surplus of 14.5 bn is its "
        "own fact with period 2026-07; the USD conversion of the surplus is a separate fact (qualifier exact: "
        "no 'about' is written); 'biggest buyer' and 'largest supplier' are ranks (1) of exports to and imports "
        "from the partner; 'other European Union countries' -> partner European Union, 'members of the euro "
        "zone' -> Euro area, 'countries outside the EU' -> Non-EU countries; adjusted and unadjusted August "
        "values are distinct facts (different values); the July surplus sentence says 'surplus' once for both months (the July figure is labelled a surplus from it).",
        "Not facts: the Reuters poll forecasts (0.6% rise in exports, 0.3% increase in imports, 0.3% GDP growth "
        "for 2026, 30 economists); the 15% U.S. tariff; GDP shrinking 0.2% in Q2; industrial orders up 1.1% "
        "(orders are out of scope); 'world's second-largest economy' (a rank of an economy, not of a trade "
        "flow); the exchange rate $1 = 0.8600 euros; the dates and years (Nov. 9, 2025).",
        "Copy check: 9 sentences searched, 3 reworded (the surplus sentence, the unadjusted sentence and the opening of the adjusted-exports sentence, which echoed stock Destatis wording).",
        "Second check: 25 sentences searched, 1 reworded.",
    ],
    "facts": [
        fact(DE, "exports", "growth", 1.8, "percent", AUG, "1.8",
             "exports climbed 1.8% on the month to 131.5 billion euros", basis="mom"),
        fact(DE, "exports", "value", 131.5e9, "EUR", AUG, "131.5 billion",
             "exports climbed 1.8% on the month to 131.5 billion euros"),
        fact(DE, "imports", "growth", -0.9, "percent", AUG, "0.9",
             "Imports fell 0.9% from July to 113.6 billion euros", basis="mom"),
        fact(DE, "imports", "value", 113.6e9, "EUR", AUG, "113.6 billion",
             "Imports fell 0.9% from July to 113.6 billion euros"),
        fact(DE, "balance", "value", 17.9e9, "EUR", AUG, "17.9 billion",
             "That lifted Germany's adjusted surplus to 17.9 billion euros ($20.81 billion) in August"),
        fact(DE, "balance", "value", 20.81e9, "USD", AUG, "$20.81 billion",
             "That lifted Germany's adjusted surplus to 17.9 billion euros ($20.81 billion) in August"),
        fact(DE, "balance", "value", 14.5e9, "EUR", JUL, "14.5 billion",
             "That lifted Germany's adjusted surplus to 17.9 billion euros ($20.81 billion) in August, up from 14.5 billion euros in July"),
        fact(DE, "exports", "rank", 1, "number", AUG, "biggest",
             "The United States, still the biggest buyer of German goods", partner="United States"),
        fact(DE, "exports", "share", 10, "percent", AUG, "10",
             "The United States, still the biggest buyer of German goods, took roughly 10% of all exports in the month",
             partner="United States", qualifier="approx"),
        fact(DE, "exports", "growth", 4.6, "percent", AUG, "4.6",
             "American buyers took 13.1 billion euros' worth of German goods, 4.6% more than in July",
             partner="United States", basis="mom"),
        fact(DE, "exports", "value", 13.1e9, "EUR", AUG, "13.1 billion",
             "American buyers took 13.1 billion euros' worth of German goods, 4.6% more than in July", partner="United States"),
        fact(DE, "exports", "growth", -6.2, "percent", AUG, "6.2",
             "Compared with August 2025, however, exports to the U.S. were still 6.2% lower",
             partner="United States"),
        fact(DE, "exports", "growth", -2.4, "percent", AUG, "2.4",
             "Exports to China dropped 2.4% from July to 6.7 billion euros", partner="China", basis="mom"),
        fact(DE, "exports", "value", 6.7e9, "EUR", AUG, "6.7 billion",
             "Exports to China dropped 2.4% from July to 6.7 billion euros", partner="China"),
        fact(DE, "exports", "growth", -9.8, "percent", AUG, "9.8",
             "Exports to China dropped 2.4% from July to 6.7 billion euros and were down 9.8% on the year",
             partner="China"),
        fact(DE, "exports", "growth", 0.9, "percent", AUG, "0.9",
             "Against the previous month, exports to other European Union countries rose 0.9% to 71.2 billion euros",
             partner="European Union", basis="mom"),
        fact(DE, "exports", "value", 71.2e9, "EUR", AUG, "71.2 billion",
             "exports to other European Union countries rose 0.9% to 71.2 billion euros", partner="European Union"),
        fact(DE, "exports", "value", 49.8e9, "EUR", AUG, "49.8 billion",
             "Of that amount, 49.8 billion euros went to members of the euro zone", partner="Euro area"),
        fact(DE, "exports", "growth", 1.2, "percent", AUG, "1.2",
             "Of that amount, 49.8 billion euros went to members of the euro zone, 1.2% more than in July",
             partner="Euro area", basis="mom"),
        fact(DE, "exports", "growth", 2.9, "percent", AUG, "2.9",
             "Shipments to countries outside the EU grew 2.9% to 60.3 billion euros",
             partner="Non-EU countries", basis="mom"),
        fact(DE, "exports", "value", 60.3e9, "EUR", AUG, "60.3 billion",
             "Shipments to countries outside the EU grew 2.9% to 60.3 billion euros", partner="Non-EU countries"),
        fact(DE, "imports", "rank", 1, "number", AUG, "largest",
             "China again ranked as Germany's largest supplier", partner="China"),
        fact(DE, "imports", "value", 13.9e9, "EUR", AUG, "13.9 billion",
             "China again ranked as Germany's largest supplier, sending goods worth 13.9 billion euros",
             partner="China"),
        fact(DE, "imports", "growth", -3.1, "percent", AUG, "3.1",
             "China again ranked as Germany's largest supplier, sending goods worth 13.9 billion euros, "
             "3.1% less than a month earlier", partner="China", basis="mom"),
        fact(DE, "exports", "value", 124.9e9, "EUR", AUG, "124.9 billion",
             "Unadjusted figures put German exports at 124.9 billion euros in August"),
        fact(DE, "exports", "growth", 1.4, "percent", AUG, "1.4",
             "Unadjusted figures put German exports at 124.9 billion euros in August, 1.4% more than in the same month a year ago"),
        fact(DE, "imports", "value", 109.2e9, "EUR", AUG, "109.2 billion",
             "imports at 109.2 billion euros, a 0.6% decline"),
        fact(DE, "imports", "growth", -0.6, "percent", AUG, "0.6",
             "imports at 109.2 billion euros, a 0.6% decline"),
        fact(DE, "balance", "value", 15.7e9, "EUR", AUG, "15.7 billion",
             "The unadjusted surplus came to 15.7 billion euros."),
        fact(DE, "exports", "value", 1.05e12, "EUR", JAN_AUG, "1.05 trillion",
             "Taking the first eight months of the year together, exports reached 1.05 trillion euros"),
        fact(DE, "exports", "growth", -0.7, "percent", JAN_AUG, "0.7",
             "exports reached 1.05 trillion euros, 0.7% lower than in the corresponding period of 2025"),
    ],
}
