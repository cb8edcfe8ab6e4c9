from _fact import fact, period

SEP = period(2025, 9)
AUG = period(2025, 8)
SEP_PREV = period(2024, 9)
EA = "Euro area"
EU = "European Union"
E_BAL = "the 20-nation single-currency area ran a surplus of 19.5 billion euros ($22.74 billion) on goods trade with the wider world"
E_EXP = "Euro area exports were 7.7% higher than a year earlier at 256.6 billion euros"
E_IMP = "imports advanced 5.3% to 237.1 billion euros"
E_INTRA = "Intra-euro area trade, Eurostat's term for commerce among the euro zone's own members, was up 3.1% at 213.5 billion euros"
E_EU_BAL = "the EU swung to a surplus of 16.3 billion euros from a deficit of 4.5 billion euros in August"
E_US = "EU exports to the U.S. were up 15.4% on a year earlier at 53.1 billion euros"
E_US_BAL = "pushing the bloc's surplus with America up to 22.2 billion euros, compared with 18.5 billion in September last year"
E_CN = "At 16.7 billion euros, EU exports to China were 2.5% lower"

ARTICLE = {
    "id": "dA4_03_eurozone_surplus_sep",
    "title": "U.S.-bound exports recover, lifting euro zone trade surplus in September",
    "publisher": "Reuters",
    "published": "2025-11-14",
    "notes": [
        "The year appears only in published (2025-11-14): 'September' = 2025-09, 'August' = 2025-08, "
        "'September last year' = 2024-09.",
        "Two areas: euro zone (20-nation bloc) figures are area 'Euro area'; the partner breakdown ('For the broader 27-member "
        "European Union', 'EU exports to ...', 'the bloc's surplus with America') is area 'European Union'. In the US and China "
        "paragraphs 'the bloc' refers back to the EU.",
        "'extra-EU exports' = EU exports to the rest of the world: area European Union, partner null.",
        "JUDGEMENT: intra-euro area trade (trade among euro zone members) labelled area 'Euro area', partner 'Euro area', flow total.",
        "'$22.74 billion' is the same surplus in dollars, given without 'about': a separate USD fact, qualifier exact.",
        "'The EU's largest export market was still the United States': rank 1 of the EU's exports to the United States.",
        "'the world's second-largest economy' ranks China's GDP, not trade: out. Also out: tariffs capped at 15%, GDP growth "
        "0.2% and 1.4%, the exchange rate ($1 = 0.8575 euros), '20-nation'/'27-member'.",
        "Growth with no explicit base ('advanced 5.3%', 'was up 3.1%', '2.5% lower') follows the article's 'than a year earlier': yoy.",
    ],
    "facts": [
        fact(EA, "balance", "value", 19.5e9, "EUR", SEP, "19.5 billion", E_BAL),
        fact(EA, "balance", "value", 22.74e9, "USD", SEP, "22.74 billion", E_BAL),
        fact(EA, "balance", "value", 1.9e9, "EUR", AUG, "1.9 billion",
             "ran a surplus of 19.5 billion euros ($22.74 billion) on goods trade with the wider world, against 1.9 billion in August"),
        fact(EA, "exports", "growth", 7.7, "percent", SEP, "7.7", E_EXP),
        fact(EA, "exports", "value", 256.6e9, "EUR", SEP, "256.6 billion", E_EXP),
        fact(EA, "imports", "growth", 5.3, "percent", SEP, "5.3", E_IMP),
        fact(EA, "imports", "value", 237.1e9, "EUR", SEP, "237.1 billion", E_IMP),
        fact(EA, "total", "growth", 3.1, "percent", SEP, "3.1", E_INTRA, partner=EA),
        fact(EA, "total", "value", 213.5e9, "EUR", SEP, "213.5 billion", E_INTRA, partner=EA),
        fact(EU, "exports", "value", 229.3e9, "EUR", SEP, "229.3 billion", "extra-EU exports totalled 229.3 billion euros"),
        fact(EU, "balance", "value", 16.3e9, "EUR", SEP, "16.3 billion", E_EU_BAL),
        fact(EU, "balance", "value", -4.5e9, "EUR", AUG, "4.5 billion", E_EU_BAL),
        fact(EU, "exports", "rank", 1, "number", SEP, "largest",
             "The EU's largest export market was still the United States", partner="United States"),
        fact(EU, "exports", "growth", 15.4, "percent", SEP, "15.4", E_US, partner="United States"),
        fact(EU, "exports", "value", 53.1e9, "EUR", SEP, "53.1 billion", E_US, partner="United States"),
        fact(EU, "balance", "value", 22.2e9, "EUR", SEP, "22.2 billion", E_US_BAL, partner="United States"),
        fact(EU, "balance", "value", 18.5e9, "EUR", SEP_PREV, "18.5 billion", E_US_BAL, partner="United States"),
        fact(EU, "exports", "growth", -2.5, "percent", SEP, "2.5", E_CN, partner="China"),
        fact(EU, "exports", "value", 16.7e9, "EUR", SEP, "16.7 billion", E_CN, partner="China"),
        fact(EU, "imports", "value", 45.2e9, "EUR", SEP, "45.2 billion",
             "imports from China amounted to 45.2 billion euros", partner="China"),
        fact(EU, "balance", "value", -28.5e9, "EUR", SEP, "28.5 billion",
             "imports from China amounted to 45.2 billion euros, so the EU ran a 28.5 billion euro deficit", partner="China"),
    ],
}
