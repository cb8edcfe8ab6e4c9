from _fact import fact, period

DE = "Germany"
SEP = period(2025, 9)
AUG = period(2025, 8)
SEP24 = period(2024, 9)
US = "United States"
CN = "China"
EU = "European Union"
EA = "Euro area"
NONEA = "non-euro area EU countries"
NONEU = "non-EU countries"

ARTICLE = {
    "id": "dCB2_04",
    "title": "Stirring U.S. demand lifts German exports past forecasts in September",
    "publisher": "Reuters",
    "published": "2025-11-07",
    "notes": [
        "Real figures (Destatis press release No. 399 of 7 November 2025; Reuters and trend.at/APA and RTTNews "
        "reports of 2025-11-07): exports +1.4% m/m to 131.1 bln euros, Reuters poll 0.5%; August exports -0.8% "
        "(revised, RTTNews); imports +3.1% m/m to 115.9 bln; y/y exports +2.0%, imports +4.8%; surplus 15.3 bln "
        "($17.84 bln as Reuters converted it), August 16.9 bln, September 2024 18.0 bln; unadjusted surplus 17.3 bln "
        "(RTTNews); exports to US +11.9% m/m to 12.2 bln, -14.0% y/y, first rise after five declines; exports to China "
        "-2.2% to 6.7 bln; imports from China +6.1%, from US +9.0% (RTTNews); China the largest source of imports in September (DW); EU exports +2.5% to 74.3 bln, EU imports "
        "+1.2% to 59.3 bln; euro area exports 51.4 bln (+1.4%), non-euro EU exports 22.9 bln (+5.1%); exports to "
        "non-EU countries unchanged (Reuters); ifo export expectations 2.8 in October, 3.4 in September (trend.at); "
        "Brzeski's view paraphrased from Reuters.",
        "Derived/made up: US share 9.3% = 12.2/131.1; non-EU exports 56.8 bln = 131.1 - 74.3; non-EU imports "
        "56.6 bln = 115.9 - 59.3 and their +5.2% from August levels backed out of the EU and total rates; table "
        "columns for August 2025 (129.3, 112.4) and September 2024 (128.5, 110.6) backed out of the stated rates; "
        "exchange-rate line chosen to fit Reuters' dollar figure; newsroom sign-off generic.",
        "Judgement calls: the unadjusted surplus (17.3 bln) has the same identity as the adjusted one (15.3 bln) but "
        "another value, so both are labelled as written; the dollar surplus is exact (no hedging word); 'roughly 9.3%' "
        "is approx; 'biggest export market' is rank 1 of exports with the US, 'largest supplier' rank 1 of imports "
        "with China; the m/m frame of the China paragraph ('on the month') carries to 6.1% and 9.0%; EU members "
        "outside the single currency are partner 'non-euro area EU countries'; the table's Sept 2025 cells and the "
        "August and September 2024 balances repeat prose facts and are labelled once (from the prose).",
        "Not facts: 0.5% (Reuters poll forecast); five straight monthly declines (streak); 15% (US tariff rate); "
        "ifo index 2.8 and 3.4 points (survey, not trade); 'spring of 2023'; $1 = 0.8576 euros "
        "(exchange rate); years in dates (2024, 2025).",
        "Copy check: 17 sentences searched (in 15 look-ups, plus 2 re-checks of the reworded ones), 2 reworded (the lead, whose skeleton followed Reuters' own lead, and the ifo sentence, which tracked a Reuters German sentence).",
        "Second check: 21 sentences searched, 6 reworded.",
    ],
    "facts": [
        fact(DE, "exports", "growth", 1.4, "percent", SEP, "1.4",
             "exports, adjusted for calendar and seasonal effects, climbed 1.4% from August to 131.1 billion euros", basis="mom"),
        fact(DE, "exports", "value", 131.1e9, "EUR", SEP, "131.1 billion",
             "exports, adjusted for calendar and seasonal effects, climbed 1.4% from August to 131.1 billion euros"),
        fact(DE, "exports", "growth", -0.8, "percent", AUG, "0.8",
             "The rise came after a revised 0.8% month-on-month drop in August.", basis="mom"),
        fact(DE, "imports", "growth", 3.1, "percent", SEP, "3.1",
             "Imports grew more briskly, advancing 3.1% on the month to 115.9 billion euros.", basis="mom"),
        fact(DE, "imports", "value", 115.9e9, "EUR", SEP, "115.9 billion",
             "Imports grew more briskly, advancing 3.1% on the month to 115.9 billion euros."),
        fact(DE, "exports", "growth", 2.0, "percent", SEP, "2.0",
             "Measured against September 2024, exports gained 2.0% while imports rose 4.8%."),
        fact(DE, "imports", "growth", 4.8, "percent", SEP, "4.8",
             "Measured against September 2024, exports gained 2.0% while imports rose 4.8%."),
        fact(DE, "balance", "value", 15.3e9, "EUR", SEP, "15.3 billion",
             "trimming the trade surplus to 15.3 billion euros"),
        fact(DE, "balance", "value", 17.84e9, "USD", SEP, "17.84 billion",
             "trimming the trade surplus to 15.3 billion euros ($17.84 billion)"),
        fact(DE, "balance", "value", 16.9e9, "EUR", AUG, "16.9 billion",
             "trimming the trade surplus to 15.3 billion euros ($17.84 billion) from 16.9 billion euros in August"),
        fact(DE, "balance", "value", 18.0e9, "EUR", SEP24, "18.0 billion",
             "trimming the trade surplus to 15.3 billion euros ($17.84 billion) from 16.9 billion euros in August and 18.0 billion euros a year earlier"),
        fact(DE, "balance", "value", 17.3e9, "EUR", SEP, "17.3 billion",
             "The office put the surplus at 17.3 billion euros before adjusting for calendar and seasonal effects."),
        fact(DE, "exports", "growth", 11.9, "percent", SEP, "11.9",
             "Shipments to the United States, still Germany's biggest export market, jumped 11.9% on the month to 12.2 billion euros",
             partner=US, basis="mom"),
        fact(DE, "exports", "value", 12.2e9, "EUR", SEP, "12.2 billion",
             "Shipments to the United States, still Germany's biggest export market, jumped 11.9% on the month to 12.2 billion euros",
             partner=US),
        fact(DE, "exports", "share", 9.3, "percent", SEP, "9.3",
             "jumped 11.9% on the month to 12.2 billion euros, or roughly 9.3% of all exports",
             partner=US, qualifier="approx"),
        fact(DE, "exports", "rank", 1, "number", SEP, "biggest",
             "Shipments to the United States, still Germany's biggest export market", partner=US),
        fact(DE, "exports", "growth", -14.0, "percent", SEP, "14.0",
             "Even so, they remained 14.0% below their year-earlier level.", partner=US),
        fact(DE, "exports", "growth", -2.2, "percent", SEP, "2.2",
             "Sales to China went the other way, slipping 2.2% on the month to 6.7 billion euros.", partner=CN, basis="mom"),
        fact(DE, "exports", "value", 6.7e9, "EUR", SEP, "6.7 billion",
             "Sales to China went the other way, slipping 2.2% on the month to 6.7 billion euros.", partner=CN),
        fact(DE, "imports", "growth", 6.1, "percent", SEP, "6.1",
             "Imports from China, Germany's largest supplier, rose 6.1%", partner=CN, basis="mom"),
        fact(DE, "imports", "rank", 1, "number", SEP, "largest",
             "Imports from China, Germany's largest supplier", partner=CN),
        fact(DE, "imports", "growth", 9.0, "percent", SEP, "9.0",
             "while goods arriving from the United States were up 9.0%", partner=US, basis="mom"),
        fact(DE, "exports", "growth", 2.5, "percent", SEP, "2.5",
             "exports to other European Union countries rose 2.5% from August to 74.3 billion euros", partner=EU, basis="mom"),
        fact(DE, "exports", "value", 74.3e9, "EUR", SEP, "74.3 billion",
             "exports to other European Union countries rose 2.5% from August to 74.3 billion euros", partner=EU),
        fact(DE, "imports", "growth", 1.2, "percent", SEP, "1.2",
             "imports from the bloc increased 1.2% to 59.3 billion euros", partner=EU, basis="mom"),
        fact(DE, "imports", "value", 59.3e9, "EUR", SEP, "59.3 billion",
             "imports from the bloc increased 1.2% to 59.3 billion euros", partner=EU),
        fact(DE, "exports", "growth", 1.4, "percent", SEP, "1.4",
             "Sales to the euro zone and to EU members outside the single currency grew 1.4% and 5.1%, respectively",
             partner=EA, basis="mom"),
        fact(DE, "exports", "growth", 5.1, "percent", SEP, "5.1",
             "Sales to the euro zone and to EU members outside the single currency grew 1.4% and 5.1%, respectively",
             partner=NONEA, basis="mom"),
        fact(DE, "exports", "value", 51.4e9, "EUR", SEP, "51.4 billion",
             "Sales to the euro zone and to EU members outside the single currency grew 1.4% and 5.1%, respectively, to 51.4 billion and 22.9 billion euros.",
             partner=EA),
        fact(DE, "exports", "value", 22.9e9, "EUR", SEP, "22.9 billion",
             "Sales to the euro zone and to EU members outside the single currency grew 1.4% and 5.1%, respectively, to 51.4 billion and 22.9 billion euros.",
             partner=NONEA),
        fact(DE, "exports", "value", 56.8e9, "EUR", SEP, "56.8 billion",
             "exports to non-EU countries were flat at 56.8 billion euros", partner=NONEU),
        fact(DE, "imports", "growth", 5.2, "percent", SEP, "5.2",
             "while imports from those countries rose 5.2% on the month to 56.6 billion euros", partner=NONEU, basis="mom"),
        fact(DE, "imports", "value", 56.6e9, "EUR", SEP, "56.6 billion",
             "while imports from those countries rose 5.2% on the month to 56.6 billion euros", partner=NONEU),
        fact(DE, "exports", "value", 129.3e9, "EUR", AUG, "129.3", "Exports 131.1 129.3 128.5"),
        fact(DE, "exports", "value", 128.5e9, "EUR", SEP24, "128.5", "Exports 131.1 129.3 128.5"),
        fact(DE, "imports", "value", 112.4e9, "EUR", AUG, "112.4", "Imports 115.9 112.4 110.6"),
        fact(DE, "imports", "value", 110.6e9, "EUR", SEP24, "110.6", "Imports 115.9 112.4 110.6"),
    ],
}
