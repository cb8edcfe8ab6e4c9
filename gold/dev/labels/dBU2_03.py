from _fact import fact, period

EA = "Euro area"
EU = "European Union"
US = "United States"
SEP = period(2026, 9)
SEP_25 = period(2025, 9)
AUG = period(2026, 8)
JAN_SEP = period(2026, 1, 9)
JAN_SEP_25 = period(2025, 1, 9)

ARTICLE = {
    "id": "dBU2_03",
    "title": "Euro zone trade surplus shrinks in September as exports to U.S., China fall",
    "publisher": "Reuters",
    "published": "2026-11-17",
    "notes": [
        "Real figures: the September 2025 euro area surplus of 19.4 billion euros and the January-September 2025 "
        "surplus of 128.7 billion euros (Eurostat's real release of November 2025). Modelled on that release: the "
        "September 2026 export and import levels and growth rates were chosen to agree with the real September 2025 "
        "levels (exports 256.6, imports 237.1 billion euros) and the January-September 2026 ones with the real "
        "January-September 2025 levels (2,204.2 and 2,075.5 billion euros). Invented: every 2026 figure (euro area "
        "and EU balances, seasonally adjusted surplus and month-on-month rates, the August 2026 adjusted surplus, "
        "all EU partner and product figures for January-September 2026). Derived (consistent within rounding): "
        "254.5 - 237.7 = 16.8; 16.8 / 0.8615 = $19.5 billion; 2,224.0 - 2,104.6 = 119.4; 396.8 - 268.5 = 128.3; "
        "148.2 - 412.7 = -264.5.",
        "Judgement calls: the seasonally adjusted surplus (9.6 billion) is labelled as a second September balance "
        "value (the schema has no adjustment field); August's adjusted 11.3 billion, stated as a value, is labelled "
        "with period 2026-08; the 'on the month' frame carries to 'imports up 0.2%' in the same clause (basis mom). "
        "The dollar conversion ($19.5 billion) is a separate USD fact of the same observation; it has no "
        "'about'/'around' word, so its qualifier is exact by the guide's word rule. Partner and product figures "
        "are for the EU-27 ('A breakdown for the EU as a whole'), so their area is European Union, and their period "
        "is January-September 2026, which carries from 'in January-September' and 'over the nine months' to the "
        "sentences on China, Britain and Switzerland. 'Britain' is the United Kingdom and 'Beijing' China. Ranks: "
        "the United States 'the bloc's biggest customer' (exports, 1) and China 'the biggest supplier of goods to "
        "the EU' (imports, 1). The headline carries no number.",
        "Not facts: 21-nation and 27-nation (member counts); the 14.5 billion euro poll forecast; the 15% US tariff "
        "(a tariff rate); 0.2% third-quarter GDP growth; the outlook in the quote (a forecast); '0.8615 euros per U.S. dollar' "
        "(an exchange rate); the years 2025 in 'September 2025' and 'the summer of 2025'.",
        "Copy check: 10 sentences searched (headline, lead, unadjusted surplus, seasonally adjusted surplus, the "
        "tariff sentence, the quote, January-September, EU-US breakdown, EU-China, products), 2 reworded (the "
        "seasonally adjusted sentence, which followed the Reuters 'Adjusted for seasonal swings, the surplus ... "
        "from ... in August' skeleton; the unadjusted surplus sentence, which shared a Reuters run 'unadjusted ... "
        "surplus of the N countries sharing the euro ... in September from').",
        "Second check: 19 sentences searched, 3 reworded.",
    ],
    "facts": [
        fact(EA, "balance", "value", 16.8e9, "EUR", SEP, "16.8 billion",
             "the 21-nation currency bloc ran a surplus of 16.8 billion euros ($19.5 billion) before seasonal "
             "adjustment"),
        fact(EA, "balance", "value", 19.5e9, "USD", SEP, "$19.5 billion",
             "the 21-nation currency bloc ran a surplus of 16.8 billion euros ($19.5 billion) before seasonal "
             "adjustment"),
        fact(EA, "balance", "value", 19.4e9, "EUR", SEP_25, "19.4 billion",
             "ran a surplus of 16.8 billion euros ($19.5 billion) before seasonal adjustment, against 19.4 billion "
             "euros in September 2025"),
        fact(EA, "exports", "growth", -0.8, "percent", SEP, "0.8",
             "Exports fell 0.8% year-on-year to 254.5 billion euros"),
        fact(EA, "exports", "value", 254.5e9, "EUR", SEP, "254.5 billion",
             "Exports fell 0.8% year-on-year to 254.5 billion euros"),
        fact(EA, "imports", "growth", 0.3, "percent", SEP, "0.3",
             "imports rose 0.3% to 237.7 billion"),
        fact(EA, "imports", "value", 237.7e9, "EUR", SEP, "237.7 billion",
             "imports rose 0.3% to 237.7 billion"),
        fact(EA, "balance", "value", 9.6e9, "EUR", SEP, "9.6 billion",
             "Stripping out seasonal effects, Eurostat calculated a surplus of 9.6 billion euros"),
        fact(EA, "balance", "value", 11.3e9, "EUR", AUG, "11.3 billion",
             "Eurostat calculated a surplus of 9.6 billion euros, smaller than August's 11.3 billion"),
        fact(EA, "exports", "growth", -1.4, "percent", SEP, "1.4",
             "with exports down 1.4% on the month and imports up 0.2%", basis="mom"),
        fact(EA, "imports", "growth", 0.2, "percent", SEP, "0.2",
             "with exports down 1.4% on the month and imports up 0.2%", basis="mom"),
        fact(EA, "balance", "value", 119.4e9, "EUR", JAN_SEP, "119.4 billion",
             "In the first nine months of the year, the euro zone's surplus was 119.4 billion euros"),
        fact(EA, "balance", "value", 128.7e9, "EUR", JAN_SEP_25, "128.7 billion",
             "the euro zone's surplus was 119.4 billion euros, down from 128.7 billion a year earlier"),
        fact(EA, "exports", "growth", 0.9, "percent", JAN_SEP, "0.9",
             "Exports over the period rose 0.9% to 2,224.0 billion euros"),
        fact(EA, "exports", "value", 2.224e12, "EUR", JAN_SEP, "2,224.0 billion",
             "Exports over the period rose 0.9% to 2,224.0 billion euros"),
        fact(EA, "imports", "growth", 1.4, "percent", JAN_SEP, "1.4",
             "imports were 1.4% higher at 2,104.6 billion euros"),
        fact(EA, "imports", "value", 2.1046e12, "EUR", JAN_SEP, "2,104.6 billion",
             "imports were 1.4% higher at 2,104.6 billion euros"),
        fact(EU, "balance", "value", 10.3e9, "EUR", SEP, "10.3 billion",
             "For the wider 27-nation European Union, September's surplus came to 10.3 billion euros."),
        fact(EU, "exports", "rank", 1, "number", JAN_SEP, "biggest",
             "exports to the United States, the bloc's biggest customer", partner=US),
        fact(EU, "exports", "growth", -6.4, "percent", JAN_SEP, "6.4",
             "exports to the United States, the bloc's biggest customer, fell 6.4% in January-September to 396.8 "
             "billion euros", partner=US),
        fact(EU, "exports", "value", 396.8e9, "EUR", JAN_SEP, "396.8 billion",
             "exports to the United States, the bloc's biggest customer, fell 6.4% in January-September to 396.8 "
             "billion euros", partner=US),
        fact(EU, "imports", "growth", 4.1, "percent", JAN_SEP, "4.1",
             "Imports from the U.S. rose 4.1% to 268.5 billion", partner=US),
        fact(EU, "imports", "value", 268.5e9, "EUR", JAN_SEP, "268.5 billion",
             "Imports from the U.S. rose 4.1% to 268.5 billion", partner=US),
        fact(EU, "balance", "value", 128.3e9, "EUR", JAN_SEP, "128.3 billion",
             "trimming the EU's surplus with America to 128.3 billion euros", partner=US),
        fact(EU, "exports", "growth", -7.9, "percent", JAN_SEP, "7.9",
             "Exports to China slid 7.9% to 148.2 billion euros", partner="China"),
        fact(EU, "exports", "value", 148.2e9, "EUR", JAN_SEP, "148.2 billion",
             "Exports to China slid 7.9% to 148.2 billion euros", partner="China"),
        fact(EU, "imports", "rank", 1, "number", JAN_SEP, "biggest",
             "imports from China, the biggest supplier of goods to the EU", partner="China"),
        fact(EU, "imports", "growth", 8.6, "percent", JAN_SEP, "8.6",
             "imports from China, the biggest supplier of goods to the EU, climbed 8.6% to 412.7 billion",
             partner="China"),
        fact(EU, "imports", "value", 412.7e9, "EUR", JAN_SEP, "412.7 billion",
             "imports from China, the biggest supplier of goods to the EU, climbed 8.6% to 412.7 billion",
             partner="China"),
        fact(EU, "balance", "value", -264.5e9, "EUR", JAN_SEP, "264.5 billion",
             "pushing the deficit with Beijing up to 264.5 billion euros", partner="China"),
        fact(EU, "exports", "growth", 3.2, "percent", JAN_SEP, "3.2",
             "Sales to Britain and Switzerland bucked the trend, rising 3.2% and 5.7%, respectively.",
             partner="United Kingdom"),
        fact(EU, "exports", "growth", 5.7, "percent", JAN_SEP, "5.7",
             "Sales to Britain and Switzerland bucked the trend, rising 3.2% and 5.7%, respectively.",
             partner="Switzerland"),
        fact(EU, "balance", "value", 171.2e9, "EUR", JAN_SEP, "171.2 billion",
             "the EU's surplus in chemicals came to 171.2 billion euros over the nine months", product="chemicals"),
        fact(EU, "balance", "value", 126.4e9, "EUR", JAN_SEP, "126.4 billion",
             "the surplus in machinery and vehicles, long the backbone of European exports, narrowed to 126.4 "
             "billion euros", product="machinery and vehicles"),
    ],
}
