from _fact import fact, period

NOV = period(2025, 11)
DE = "Germany"
EU = "European Union"
US = "United States"
E_EXP = "After adjustment for calendar and seasonal effects, exports fell 2.5 percent on the month to 128.1 billion euros"
E_IMP = "Imports, on the other hand, grew 0.8 percent to 115.1 billion euros"
E_BAL = (
    "the trade surplus shrank to 13.1 billion euros, compared with 17.2 billion euros in October "
    "and 20.0 billion euros in the same month a year before"
)
E_YOY = "Year on year, exports declined 0.8 percent and imports rose 5.4 percent"
E_EU_EXP = "On the month, shipments to EU member states decreased 4.2 percent to 70.4 billion euros"
E_EU_IMP = "imports from the bloc dropped 4.0 percent to 58.0 billion euros"
E_NONEU = "Exports to non-EU countries slipped 0.2 percent to 57.7 billion euros"
E_US = "exports to the U.S. dropped 4.2 percent from October to 10.0 billion euros"
E_CN = "Shipments to China increased 0.6 percent from October to 6.9 billion euros"
E_CN_IMP = "deliveries from the People's Republic rising 5.2 percent from October to 14.1 billion euros"

ARTICLE = {
    "id": "dC2_04_de_dpa_nov2025",
    "title": "Continued decline in U.S. sales drags German exports sharply lower in November",
    "publisher": "dpa-AFX",
    "published": "2026-01-08",
    "notes": [
        "No year for the running month in the text: 'November' in an article published 2026-01-08 is later than the publication month, so it is last year's: 2025-11.",
        "'20.0 billion euros in the same month a year before': the surplus of November 2024, labelled with period 2024-11; '17.2 billion euros in October': period 2025-10.",
        "'Without adjustment, the surplus amounted to 14.6 billion euros': a second observation of the November balance (not seasonally adjusted); the record has no adjustment field, so it shares every field with the adjusted surplus but the value. Both labelled.",
        "'on the month' in the second paragraph carries to 'Imports, on the other hand, grew 0.8 percent' (basis mom).",
        "'on the month' (basis mom) opens the EU paragraph and carries to 'imports from the bloc dropped 4.0 percent' and 'Exports to non-EU countries slipped 0.2 percent'.",
        "'Year on year': yoy for exports -0.8 and imports +5.4 (comparison base, not the period).",
        "Partner for 'non-EU countries': 'Non-EU countries' (no canonical name in the guide).",
        "'German goods still found their biggest buyer in the United States': rank 1 of exports to the United States. 'Germany's largest import source': rank 1 of imports from China ('the People's Republic').",
        "'roughly 161 billion euros worth of goods to the U.S.' in 2024: exports to the U.S. in 2024, qualifier approx, period 2024.",
        "Economists' expected increase of 0.3 percent: forecast, out. Tariff of 15 percent: out. Net trade subtracting from growth, industrial production: out.",
    ],
    "facts": [
        fact(DE, "exports", "value", 128.1e9, "EUR", NOV, "128.1 billion", E_EXP),
        fact(DE, "exports", "growth", -2.5, "percent", NOV, "2.5", E_EXP, basis="mom"),
        fact(DE, "imports", "value", 115.1e9, "EUR", NOV, "115.1 billion", E_IMP),
        fact(DE, "imports", "growth", 0.8, "percent", NOV, "0.8", E_IMP, basis="mom"),
        fact(DE, "balance", "value", 13.1e9, "EUR", NOV, "13.1 billion", E_BAL),
        fact(DE, "balance", "value", 17.2e9, "EUR", period(2025, 10), "17.2 billion", E_BAL),
        fact(DE, "balance", "value", 20.0e9, "EUR", period(2024, 11), "20.0 billion", E_BAL),
        fact(DE, "balance", "value", 14.6e9, "EUR", NOV, "14.6 billion", "Without adjustment, the surplus amounted to 14.6 billion euros"),
        fact(DE, "exports", "growth", -0.8, "percent", NOV, "0.8", E_YOY),
        fact(DE, "imports", "growth", 5.4, "percent", NOV, "5.4", E_YOY),
        fact(DE, "exports", "value", 70.4e9, "EUR", NOV, "70.4 billion", E_EU_EXP, partner=EU),
        fact(DE, "exports", "growth", -4.2, "percent", NOV, "4.2", E_EU_EXP, partner=EU, basis="mom"),
        fact(DE, "imports", "value", 58.0e9, "EUR", NOV, "58.0 billion", E_EU_IMP, partner=EU),
        fact(DE, "imports", "growth", -4.0, "percent", NOV, "4.0", E_EU_IMP, partner=EU, basis="mom"),
        fact(DE, "exports", "value", 57.7e9, "EUR", NOV, "57.7 billion", E_NONEU, partner="Non-EU countries"),
        fact(DE, "exports", "growth", -0.2, "percent", NOV, "0.2", E_NONEU, partner="Non-EU countries", basis="mom"),
        fact(DE, "exports", "rank", 1, "number", NOV, "biggest",
             "German goods still found their biggest buyer in the United States", partner=US),
        fact(DE, "exports", "value", 10.0e9, "EUR", NOV, "10.0 billion", E_US, partner=US),
        fact(DE, "exports", "growth", -4.2, "percent", NOV, "4.2", E_US, partner=US, basis="mom"),
        fact(DE, "exports", "growth", -22.9, "percent", NOV, "22.9", "were down 22.9 percent from a year earlier", partner=US),
        fact(DE, "exports", "value", 161e9, "EUR", period(2024, 1, 12), "161 billion",
             "German firms shipped roughly 161 billion euros worth of goods to the U.S.", partner=US, qualifier="approx"),
        fact(DE, "exports", "value", 6.9e9, "EUR", NOV, "6.9 billion", E_CN, partner="China"),
        fact(DE, "exports", "growth", 0.6, "percent", NOV, "0.6", E_CN, partner="China", basis="mom"),
        fact(DE, "imports", "rank", 1, "number", NOV, "largest",
             "China was once more Germany's largest import source", partner="China"),
        fact(DE, "imports", "value", 14.1e9, "EUR", NOV, "14.1 billion", E_CN_IMP, partner="China"),
        fact(DE, "imports", "growth", 5.2, "percent", NOV, "5.2", E_CN_IMP, partner="China", basis="mom"),
    ],
}
