from _fact import fact, period

CN = "China"
EU = "European Union"
P10 = period(2026, 1, 10)
OCT = period(2026, 10)
P8 = period(2026, 1, 8)

E_EXP = "China's exports to the European Union rose 6.8 per cent year on year to US$497.3 billion in the first 10 months of 2026"
E_IMP = "Imports from the bloc moved the other way, shrinking 3.1 per cent to US$207.4 billion over the same period"
E_BAL = "That left China with a surplus of US$289.9 billion with the 27-member bloc, a figure that widened 15.2 per cent from US$251.6 billion in January-October last year"
E_TOT = "Two-way trade edged up 3.7 per cent to US$704.7 billion"
E_OCT = "Shipments to the bloc were worth US$49.8 billion in October, 9.4 per cent more than a year earlier, though 2.1 per cent lower than in September"
E_EV = "China shipped 612,400 electric vehicles to the EU in January-October, worth US$11.8 billion"
E_PHEV = "Plug-in hybrids, which are not covered by the duties, were the standout: their export value soared 68.5 per cent to US$6.3 billion"
E_LI = "Lithium batteries brought in the most: China sold 1.86 billion units to the bloc, valued at US$19.7 billion, up 21.4 per cent"
E_SOL = "Solar cells went the other way: their export value fell 17.4 per cent to US$7.6 billion even though 942,000 tonnes were shipped"
E_DE = "Germany took US$98.4 billion of Chinese goods, up 11.2 per cent"
E_FRIT = "Exports to France and Italy grew 3.4 per cent and 7.9 per cent, respectively"
E_ES = "the EU imported €371.4 billion of goods from China in the first eight months of the year, up 5.9 per cent, while its exports to China came to €135.2 billion, leaving a deficit of €236.2 billion"

ARTICLE = {
    "id": "dBQ1_05",
    "title": "China's exports to EU climb 6.8 per cent as surplus with bloc swells despite EV duties",
    "publisher": "South China Morning Post",
    "published": "2026-11-20",
    "notes": [
        "Real figures: none for 2026 (invented); the 35.3 per cent EV duty ceiling and the 62.4 per cent "
        "provisional pork deposit are real rates (not facts). Modelled on SCMP's monthly China-EU trade "
        "calculations (surplus with the EU, EV volumes v values, new-energy products) and on Eurostat EU-China "
        "releases. Invented: all trade values, volumes and rates. Derived checks: 497.3 - 207.4 = 289.9; 497.3 + "
        "207.4 = 704.7; 2025 base 465.6 and 214.0 give +6.8%, -3.1%, total +3.7% (704.7/679.6) and surplus +15.2% "
        "(289.9/251.6); October 49.8 - 20.2 (imports, not stated) = 29.6; Eurostat 371.4 - 135.2 = 236.2.",
        "Judgement calls: publisher written out as 'South China Morning Post' (the text names none; the brief "
        "assigns the outlet's style). The headline's 6.8 per cent is the lead's observation, labelled once. "
        "'US$251.6 billion in January-October last year' is a stated balance of an earlier period and is labelled "
        "as a 2025-01..2025-10 balance; the 15.2 per cent 'widened' is growth of the surplus (+15.2). '2.1 per "
        "cent lower than in September' -> October month-on-month growth -2.1. The EU's 15.4 per cent of what China "
        "sold abroad -> share of China's exports with partner EU; 'second-largest export market' -> rank 2. EV "
        "vehicles and lithium battery 'units' are quantities in unit 'number'; solar cells in tonnes. Shipments "
        "to Germany are China's exports with partner Germany. Eurostat figures: area European Union, partner "
        "China, January-August 2026 ('the first eight months of the year'), EUR; the deficit is a negative "
        "balance. The 'monthly surplus' of US$29.6 billion is China's October balance with the EU.",
        "Not facts: 'volumes jumped 12.3 per cent' and '5 per cent more than a year earlier' in tonnes (volume "
        "growth beside value growth); 'up to 35.3 per cent' EV duties and 'up to 62.4 per cent' pork deposits "
        "(tariff rates); 'US$340 billion for the full year' (a forecast); the euro's 'roughly 6 per cent' gain "
        "(exchange rate); '27-member' (a count of members, not partners); 'late 2024' (a year).",
        "Copy check: 5 sentences searched (lead, surplus sentence, EV value-versus-volume sentence, the quote, "
        "the Eurostat sentence); 0 reworded (no real sentence shared their clause order and wording).",
        "Second check: 26 sentences searched, 0 reworded.",
    ],
    "facts": [
        fact(CN, "exports", "growth", 6.8, "percent", P10, "6.8", E_EXP, partner=EU),
        fact(CN, "exports", "value", 497.3e9, "USD", P10, "US$497.3 billion", E_EXP, partner=EU),
        fact(CN, "imports", "growth", -3.1, "percent", P10, "3.1", E_IMP, partner=EU),
        fact(CN, "imports", "value", 207.4e9, "USD", P10, "US$207.4 billion", E_IMP, partner=EU),
        fact(CN, "balance", "value", 289.9e9, "USD", P10, "US$289.9 billion", E_BAL, partner=EU),
        fact(CN, "balance", "growth", 15.2, "percent", P10, "15.2", E_BAL, partner=EU),
        fact(CN, "balance", "value", 251.6e9, "USD", period(2025, 1, 10), "US$251.6 billion", E_BAL, partner=EU),
        fact(CN, "total", "growth", 3.7, "percent", P10, "3.7", E_TOT, partner=EU),
        fact(CN, "total", "value", 704.7e9, "USD", P10, "US$704.7 billion", E_TOT, partner=EU),
        fact(CN, "exports", "share", 15.4, "percent", P10, "15.4",
             "The EU took 15.4 per cent of everything China sold abroad in the period", partner=EU),
        fact(CN, "exports", "rank", 2, "number", P10, "second-largest",
             "making it the country's second-largest export market", partner=EU),
        fact(CN, "exports", "value", 49.8e9, "USD", OCT, "US$49.8 billion", E_OCT, partner=EU),
        fact(CN, "exports", "growth", 9.4, "percent", OCT, "9.4", E_OCT, partner=EU),
        fact(CN, "exports", "growth", -2.1, "percent", OCT, "2.1", E_OCT, partner=EU, basis="mom"),
        fact(CN, "balance", "value", 29.6e9, "USD", OCT, "US$29.6 billion",
             "The monthly surplus came to US$29.6 billion", partner=EU),
        fact(CN, "exports", "quantity", 612400, "number", P10, "612,400", E_EV, partner=EU,
             product="electric vehicles"),
        fact(CN, "exports", "value", 11.8e9, "USD", P10, "US$11.8 billion", E_EV, partner=EU,
             product="electric vehicles"),
        fact(CN, "exports", "growth", 4.6, "percent", P10, "4.6",
             "The value of EV shipments rose just 4.6 per cent even as volumes jumped 12.3 per cent", partner=EU,
             product="electric vehicles"),
        fact(CN, "exports", "growth", 68.5, "percent", P10, "68.5", E_PHEV, partner=EU, product="plug-in hybrids"),
        fact(CN, "exports", "value", 6.3e9, "USD", P10, "US$6.3 billion", E_PHEV, partner=EU,
             product="plug-in hybrids"),
        fact(CN, "exports", "quantity", 1.86e9, "number", P10, "1.86 billion", E_LI, partner=EU,
             product="lithium batteries"),
        fact(CN, "exports", "value", 19.7e9, "USD", P10, "US$19.7 billion", E_LI, partner=EU,
             product="lithium batteries"),
        fact(CN, "exports", "growth", 21.4, "percent", P10, "21.4", E_LI, partner=EU, product="lithium batteries"),
        fact(CN, "exports", "growth", -17.4, "percent", P10, "17.4", E_SOL, partner=EU, product="solar cells"),
        fact(CN, "exports", "value", 7.6e9, "USD", P10, "US$7.6 billion", E_SOL, partner=EU, product="solar cells"),
        fact(CN, "exports", "quantity", 942000, "tonnes", P10, "942,000", E_SOL, partner=EU, product="solar cells"),
        fact(CN, "exports", "value", 98.4e9, "USD", P10, "US$98.4 billion", E_DE, partner="Germany"),
        fact(CN, "exports", "growth", 11.2, "percent", P10, "11.2", E_DE, partner="Germany"),
        fact(CN, "exports", "growth", 3.4, "percent", P10, "3.4", E_FRIT, partner="France"),
        fact(CN, "exports", "growth", 7.9, "percent", P10, "7.9", E_FRIT, partner="Italy"),
        fact(EU, "imports", "value", 371.4e9, "EUR", P8, "€371.4 billion", E_ES, partner=CN),
        fact(EU, "imports", "growth", 5.9, "percent", P8, "5.9", E_ES, partner=CN),
        fact(EU, "exports", "value", 135.2e9, "EUR", P8, "€135.2 billion", E_ES, partner=CN),
        fact(EU, "balance", "value", -236.2e9, "EUR", P8, "€236.2 billion", E_ES, partner=CN),
    ],
}
