from _fact import fact, period

NOV = period(2025, 11)
DE = "Germany"
EU = "European Union"
US = "United States"
E_EXP = "Calendar and seasonally adjusted exports dropped 2.5 percent on the month to 128.1 billion euros"
E_IMP = "Imports, by contrast, rose 0.8 percent to 115.1 billion euros"
E_BAL = (
    "The foreign trade balance therefore showed a surplus of 13.1 billion euros, down from 17.2 billion euros in October "
    "and 20.0 billion euros a year earlier"
)
E_YOY = "Compared with November of the previous year, exports were 0.8 percent lower, while imports climbed 5.4 percent"
E_EU_EXP = "Exports to EU member states fell 4.2 percent on the month to 70.4 billion euros"
E_EU_IMP = "imports from the bloc declined 4.0 percent to 58.0 billion euros"
E_NONEU = "Shipments to countries outside the EU edged down 0.2 percent to 57.7 billion euros"
E_US = "exports there fell 4.2 percent compared with October to 10.0 billion euros"
E_CN = "On the month, exports to China rose 0.6 percent to 6.9 billion euros"
E_CN_IMP = "goods worth 14.1 billion euros came from the People's Republic, 5.2 percent more than in October"

ARTICLE = {
    "id": "dC2_04_de_dpa_nov2025",
    "title": "German exports slump in November as sales to U.S. keep sliding",
    "publisher": "dpa-AFX",
    "published": "2026-01-08",
    "notes": [
        "No year for the running month in the text: 'November' in an article published 2026-01-08 is later than the publication month, so it is last year's: 2025-11.",
        "'20.0 billion euros a year earlier': the surplus of November 2024, labelled with period 2024-11; '17.2 billion euros in October': period 2025-10.",
        "'In unadjusted terms, the surplus came to 14.6 billion euros': a second observation of the November balance (not seasonally adjusted); the record has no adjustment field, so it shares every field with the adjusted surplus but the value. Both labelled.",
        "'on the month' in the second paragraph carries to 'Imports, by contrast, rose 0.8 percent' (basis mom).",
        "'on the month' (basis mom) opens the EU paragraph and carries to 'imports from the bloc declined 4.0 percent' and 'Shipments to countries outside the EU edged down 0.2 percent'.",
        "'Compared with November of the previous year': yoy for exports -0.8 and imports +5.4 (comparison base, not the period).",
        "Partner for 'countries outside the EU': 'Non-EU countries' (no canonical name in the guide).",
        "'the biggest buyer of German goods': rank 1 of exports to the United States. 'the largest source of German imports': rank 1 of imports from China ('the People's Republic').",
        "'about 161 billion euros to the U.S. in 2024': exports to the U.S. in 2024, qualifier approx, period 2024.",
        "Economists' expected gain of 0.3 percent: forecast, out. Tariff of 15 percent: out. Net trade subtracting from growth, industrial production: out.",
    ],
    "facts": [
        fact(DE, "exports", "value", 128.1e9, "EUR", NOV, "128.1 billion", E_EXP),
        fact(DE, "exports", "growth", -2.5, "percent", NOV, "2.5", E_EXP, basis="mom"),
        fact(DE, "imports", "value", 115.1e9, "EUR", NOV, "115.1 billion", E_IMP),
        fact(DE, "imports", "growth", 0.8, "percent", NOV, "0.8", E_IMP, basis="mom"),
        fact(DE, "balance", "value", 13.1e9, "EUR", NOV, "13.1 billion", E_BAL),
        fact(DE, "balance", "value", 17.2e9, "EUR", period(2025, 10), "17.2 billion", E_BAL),
        fact(DE, "balance", "value", 20.0e9, "EUR", period(2024, 11), "20.0 billion", E_BAL),
        fact(DE, "balance", "value", 14.6e9, "EUR", NOV, "14.6 billion", "In unadjusted terms, the surplus came to 14.6 billion euros"),
        fact(DE, "exports", "growth", -0.8, "percent", NOV, "0.8", E_YOY),
        fact(DE, "imports", "growth", 5.4, "percent", NOV, "5.4", E_YOY),
        fact(DE, "exports", "value", 70.4e9, "EUR", NOV, "70.4 billion", E_EU_EXP, partner=EU),
        fact(DE, "exports", "growth", -4.2, "percent", NOV, "4.2", E_EU_EXP, partner=EU, basis="mom"),
        fact(DE, "imports", "value", 58.0e9, "EUR", NOV, "58.0 billion", E_EU_IMP, partner=EU),
        fact(DE, "imports", "growth", -4.0, "percent", NOV, "4.0", E_EU_IMP, partner=EU, basis="mom"),
        fact(DE, "exports", "value", 57.7e9, "EUR", NOV, "57.7 billion", E_NONEU, partner="Non-EU countries"),
        fact(DE, "exports", "growth", -0.2, "percent", NOV, "0.2", E_NONEU, partner="Non-EU countries", basis="mom"),
        fact(DE, "exports", "rank", 1, "number", NOV, "biggest",
             "The United States remained the biggest buyer of German goods", partner=US),
        fact(DE, "exports", "value", 10.0e9, "EUR", NOV, "10.0 billion", E_US, partner=US),
        fact(DE, "exports", "growth", -4.2, "percent", NOV, "4.2", E_US, partner=US, basis="mom"),
        fact(DE, "exports", "growth", -22.9, "percent", NOV, "22.9", "Year on year, they slumped 22.9 percent", partner=US),
        fact(DE, "exports", "value", 161e9, "EUR", period(2024, 1, 12), "161 billion",
             "German companies sold goods worth about 161 billion euros to the U.S. in 2024", partner=US, qualifier="approx"),
        fact(DE, "exports", "value", 6.9e9, "EUR", NOV, "6.9 billion", E_CN, partner="China"),
        fact(DE, "exports", "growth", 0.6, "percent", NOV, "0.6", E_CN, partner="China", basis="mom"),
        fact(DE, "imports", "rank", 1, "number", NOV, "largest",
             "China was again the largest source of German imports", partner="China"),
        fact(DE, "imports", "value", 14.1e9, "EUR", NOV, "14.1 billion", E_CN_IMP, partner="China"),
        fact(DE, "imports", "growth", 5.2, "percent", NOV, "5.2", E_CN_IMP, partner="China", basis="mom"),
    ],
}
