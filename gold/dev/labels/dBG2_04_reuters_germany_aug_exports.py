from _fact import fact, period

ID = "dBG2_04_reuters_germany_aug_exports"
AUG = period(2025, 8)
JUL = period(2025, 7)
DE = "Germany"
US = "United States"
EU = "European Union"

ARTICLE = {
    "id": ID,
    "title": "German exports unexpectedly fall in August as U.S. shipments slide again",
    "publisher": "Reuters",
    "published": "2025-10-09",
    "notes": [
        "Real (Destatis release of 2025-10-09 as reported by Reuters, RTTNews, Euronews): exports -0.5% m/m to 129.7bn EUR, "
        "-0.7% y/y; imports -1.3% m/m to 112.5bn, +3.5% y/y; surplus 17.2bn vs 16.3bn in July and 21.9bn a year earlier; "
        "unadjusted surplus 12.8bn vs 18.4bn; exports to US -2.5% m/m to 10.9bn; exports to China +5.4% m/m; imports from "
        "China -4.5%; imports from US +3.4% to 8.0bn; exports to EU -2.5%, to non-EU +2.2%; "
        "Jan-Aug exports to US -7.4%; Jan-Aug trade with China 163.4bn vs US 162.8bn (Reuters calculations).",
        "Made up or rounded: exports to US -20.1% y/y (reports say about 20% / 23.5%); exports to China 6.8bn; imports "
        "from China 13.4bn; exports to EU 72.1bn; the USD conversion $20.0bn at $1 = 0.8600 euros; industrial output -4.3% "
        "(not a trade fact anyway).",
        "Out of scope: poll forecasts (0.3%, 0.5%), the 15% tariff, 'fifth consecutive month', 'weakest reading since November 2021', "
        "industrial output, ING's forecast, 'the world's second-largest economy' (an economy rank, not a trade rank).",
        "The record has no field for seasonal adjustment: the adjusted surplus 17.2bn (Aug 2025) and 21.9bn (Aug 2024) and "
        "the unadjusted 12.8bn and 18.4bn share all identity fields except value; labelled as stated.",
        "($20.0 billion) has no 'about', so qualifier exact although it is a conversion.",
        "'On the year' and 'Compared with August 2024' give basis yoy; the China paragraph opens 'on the month', which "
        "carries to the China/US import growth figures in the same paragraph; the EU paragraph says 'month on month'.",
        "Partner 'non-EU countries' is written as the text's group ('countries outside the bloc').",
        "Ranks: 'top destination' (US, exports, Aug 2025); 'biggest source of German imports' (China, imports, Aug 2025); "
        "'largest trading partner for the period' (January-August; China, total, rank 1).",
    ],
    "facts": [
        fact(DE, "exports", "growth", -0.5, "percent", AUG, "0.5",
             "exports slipped 0.5% on the month to 129.7 billion euros", basis="mom"),
        fact(DE, "exports", "value", 129.7e9, "EUR", AUG, "129.7 billion",
             "exports slipped 0.5% on the month to 129.7 billion euros"),
        fact(DE, "imports", "growth", -1.3, "percent", AUG, "1.3",
             "Imports dropped 1.3% from July to 112.5 billion euros", basis="mom"),
        fact(DE, "imports", "value", 112.5e9, "EUR", AUG, "112.5 billion",
             "Imports dropped 1.3% from July to 112.5 billion euros"),
        fact(DE, "balance", "value", 17.2e9, "EUR", AUG, "17.2 billion",
             "Germany's August surplus on goods trade came to 17.2 billion euros ($20.0 billion)"),
        fact(DE, "balance", "value", 20.0e9, "USD", AUG, "20.0 billion",
             "Germany's August surplus on goods trade came to 17.2 billion euros ($20.0 billion)"),
        fact(DE, "balance", "value", 16.3e9, "EUR", JUL, "16.3 billion",
             "up from July's figure of 16.3 billion euros"),
        fact(DE, "balance", "value", 21.9e9, "EUR", period(2024, 8), "21.9 billion",
             "In August 2024 it had been 21.9 billion euros."),
        fact(DE, "exports", "growth", -0.7, "percent", AUG, "0.7",
             "Compared with August 2024, exports were down 0.7%"),
        fact(DE, "imports", "growth", 3.5, "percent", AUG, "3.5",
             "Compared with August 2024, exports were down 0.7% while imports were 3.5% higher"),
        fact(DE, "exports", "rank", 1, "number", AUG, "top",
             "The United States was still the top destination for German goods", partner=US),
        fact(DE, "exports", "growth", -2.5, "percent", AUG, "2.5",
             "shipments there shrank by 2.5% from July to 10.9 billion euros", partner=US, basis="mom"),
        fact(DE, "exports", "value", 10.9e9, "EUR", AUG, "10.9 billion",
             "shipments there shrank by 2.5% from July to 10.9 billion euros", partner=US),
        fact(DE, "exports", "growth", -20.1, "percent", AUG, "20.1",
             "On the year they were down 20.1%.", partner=US),
        fact(DE, "exports", "growth", -7.4, "percent", period(2025, 1, 8), "7.4",
             "In the first eight months of the year, German exports to the U.S. were 7.4% lower than in the same period of 2024",
             partner=US),
        fact(DE, "exports", "growth", 5.4, "percent", AUG, "5.4",
             "Exports to the world's second-largest economy rose 5.4% on the month to 6.8 billion euros",
             partner="China", basis="mom"),
        fact(DE, "exports", "value", 6.8e9, "EUR", AUG, "6.8 billion",
             "Exports to the world's second-largest economy rose 5.4% on the month to 6.8 billion euros",
             partner="China"),
        fact(DE, "imports", "rank", 1, "number", AUG, "biggest",
             "China remained the biggest source of German imports", partner="China"),
        fact(DE, "imports", "growth", -4.5, "percent", AUG, "4.5",
             "Purchases from China dropped 4.5% to 13.4 billion euros", partner="China", basis="mom"),
        fact(DE, "imports", "value", 13.4e9, "EUR", AUG, "13.4 billion",
             "Purchases from China dropped 4.5% to 13.4 billion euros", partner="China"),
        fact(DE, "imports", "growth", 3.4, "percent", AUG, "3.4",
             "Goods bought from the United States went the other way, climbing 3.4% to 8.0 billion euros", partner=US, basis="mom"),
        fact(DE, "imports", "value", 8.0e9, "EUR", AUG, "8.0 billion",
             "Goods bought from the United States went the other way, climbing 3.4% to 8.0 billion euros", partner=US),
        fact(DE, "exports", "growth", -2.5, "percent", AUG, "2.5",
             "Exports to other European Union countries fell 2.5% month on month to 72.1 billion euros",
             partner=EU, basis="mom"),
        fact(DE, "exports", "value", 72.1e9, "EUR", AUG, "72.1 billion",
             "Exports to other European Union countries fell 2.5% month on month to 72.1 billion euros", partner=EU),
        fact(DE, "exports", "growth", 2.2, "percent", AUG, "2.2",
             "shipments to countries outside the bloc increased by 2.2%", partner="non-EU countries", basis="mom"),
        fact(DE, "balance", "value", 12.8e9, "EUR", AUG, "12.8 billion",
             "Before seasonal adjustment, August's surplus was 12.8 billion euros"),
        fact(DE, "balance", "value", 18.4e9, "EUR", period(2024, 8), "18.4 billion",
             "against a surplus of 18.4 billion euros in August 2024"),
        fact(DE, "total", "rank", 1, "number", period(2025, 1, 8), "largest",
             "That makes China Germany's largest trading partner for the period", partner="China"),
        fact(DE, "total", "value", 163.4e9, "EUR", period(2025, 1, 8), "163.4 billion",
             "two-way trade with China reached 163.4 billion euros in January-August", partner="China"),
        fact(DE, "total", "value", 162.8e9, "EUR", period(2025, 1, 8), "162.8 billion",
             "the 162.8 billion euros exchanged with the United States over the same months", partner=US),
    ],
}
