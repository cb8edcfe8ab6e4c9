from _fact import fact, period

ZA = "South Africa"
OCT = period(2026, 10)
SEP = period(2026, 9)
OCT_2025 = period(2025, 10)
YTD = period(2026, 1, 10)
YTD_2025 = period(2025, 1, 10)
SENT_MOM = "Month on month, exports of precious metals and stones jumped 14.2% to 42.6 billion rand"
SENT_PARTNERS = "Exports to the United States, Germany and India were 14.9 billion, 14.2 billion and 10.6 billion rand, respectively"

ARTICLE = {
    "id": "dBU2_06",
    "title": "South Africa's trade surplus widens in October as gold, platinum shipments jump",
    "publisher": "Reuters",
    "published": "2026-11-28",
    "notes": [
        "Real figures: none (October 2026 has not happened). Modelled on Reuters, Business Day and IOL "
        "reports of SARS's monthly trade statistics (including BELN trade): surplus with a dollar "
        "conversion, revised previous month, Reuters poll, month-on-month export and import moves with "
        "product groups, year-on-year comparison, year-to-date surplus, main partners. Invented: every "
        "figure. Derived: 203.8 - 179.2 = 24.6 bn surplus; September exports 192.1 bn and imports 174.2 bn "
        "give the revised 17.9 bn, 6.1% (203.8 / 192.1) and 2.9% (179.2 / 174.2), and the absolute changes "
        "11.7 bn and 5.0 bn; October 2025 exports 203.8 / 1.094 = 186.3 and imports 179.2 / 1.052 = 170.3 "
        "give 16.0 bn; year-to-date exports 1,894.6 bn and imports 1,707.2 bn give 187.4 bn, and with "
        "7.8% and 4.1% growth the 2025 period gives 1,757.5 - 1,640.0 = 117.5 bn; 24.6 bn / 17.12 = $1.44 "
        "bn; China shares 21.4 / 203.8 = 10.5% and 40.3 / 179.2 = 22.5%.",
        "Judgement calls: 'rand' figures are ZAR, the bracketed '($1.44 billion)' is a USD fact for the "
        "same observation, exact (no 'about' in the text). 'September's balance, after revision, stood at "
        "17.9 billion rand' is a balance fact for 2026-09 (positive: a surplus in this context). 'Compared "
        "with September' and 'Month on month' open their paragraphs, so the rates there are basis mom; the "
        "import paragraph says 'from September' and 'month on month' itself. 'Set against October 2025 ... "
        "exports grew 9.4% over those twelve months and imports 5.2%' are yoy growth for October 2026; the "
        "16.0 billion rand surplus in that sentence is a balance fact for 2025-10. 'the first 10 months of "
        "2025' is 2025-01..2025-10. In the 'respectively' list '14.9 billion' and '14.2 billion' take "
        "'rand' from the list's end; they are exports to the United States, Germany and India in October. "
        "'China was again the biggest buyer' is export rank 1; 'the largest source of imports' is import "
        "rank 1. Product names are SARS's groups as the text writes them.",
        "Not facts: Reuters poll median 16.5 billion rand and range 9 to 22 billion rand (forecasts); "
        "absolute month-on-month changes of 11.7 billion and 5.0 billion rand (the record has no measure "
        "for a change in money); 30% US tariff; rand firmed about 0.4% to 17.12 per dollar (currency "
        "move, exchange rate); 'three-week'; full-year surplus of about 210 billion rand (forecast); 0.8% "
        "of GDP current account deficit; 25 basis points repo cut; years 2025, 2026.",
        "Copy check: 10 sentences searched, 2 reworded (the sentence giving the October surplus and the "
        "revised September figure, which followed the 'X in October, up/down from a revised Y in September' "
        "skeleton of Business Day and SARS wording; the year-on-year sentence, which followed SARS's 'on a "
        "year-on-year basis ... improvement ... exports were N% higher and imports M% higher' skeleton).",
        "Second check: 24 sentences searched, 3 reworded.",
    ],
    "facts": [
        # October balance
        fact(ZA, "balance", "value", 24.6e9, "ZAR", OCT, "24.6 billion",
             "The South African Revenue Service (SARS) put October's surplus at 24.6 billion rand"),
        fact(ZA, "balance", "value", 1.44e9, "USD", OCT, "$1.44 billion",
             "The South African Revenue Service (SARS) put October's surplus at 24.6 billion rand ($1.44 billion)"),
        fact(ZA, "balance", "value", 17.9e9, "ZAR", SEP, "17.9 billion",
             "The South African Revenue Service (SARS) put October's surplus at 24.6 billion rand ($1.44 billion); September's balance, after revision, stood at 17.9 billion rand."),
        # month on month
        fact(ZA, "exports", "growth", 6.1, "percent", OCT, "6.1",
             "Compared with September, exports rose 6.1% to 203.8 billion rand", basis="mom"),
        fact(ZA, "exports", "value", 203.8e9, "ZAR", OCT, "203.8 billion",
             "Compared with September, exports rose 6.1% to 203.8 billion rand"),
        fact(ZA, "imports", "growth", 2.9, "percent", OCT, "2.9",
             "Compared with September, exports rose 6.1% to 203.8 billion rand, while imports climbed 2.9% to 179.2 billion rand.",
             basis="mom"),
        fact(ZA, "imports", "value", 179.2e9, "ZAR", OCT, "179.2 billion",
             "Compared with September, exports rose 6.1% to 203.8 billion rand, while imports climbed 2.9% to 179.2 billion rand."),
        # year on year
        fact(ZA, "balance", "value", 16.0e9, "ZAR", OCT_2025, "16.0 billion",
             "Set against October 2025, when SARS logged a 16.0 billion rand surplus"),
        fact(ZA, "exports", "growth", 9.4, "percent", OCT, "9.4",
             "Set against October 2025, when SARS logged a 16.0 billion rand surplus, the latest balance was stronger: exports grew 9.4% over those twelve months"),
        fact(ZA, "imports", "growth", 5.2, "percent", OCT, "5.2",
             "Set against October 2025, when SARS logged a 16.0 billion rand surplus, the latest balance was stronger: exports grew 9.4% over those twelve months and imports 5.2%."),
        # year to date
        fact(ZA, "balance", "value", 187.4e9, "ZAR", YTD, "187.4 billion",
             "For the year to date, the cumulative surplus stood at 187.4 billion rand"),
        fact(ZA, "balance", "value", 117.5e9, "ZAR", YTD_2025, "117.5 billion",
             "For the year to date, the cumulative surplus stood at 187.4 billion rand, against 117.5 billion rand in the first 10 months of 2025."),
        fact(ZA, "exports", "growth", 7.8, "percent", YTD, "7.8",
             "Exports over the January-October period increased 7.8% to 1.89 trillion rand"),
        fact(ZA, "exports", "value", 1.89e12, "ZAR", YTD, "1.89 trillion",
             "Exports over the January-October period increased 7.8% to 1.89 trillion rand"),
        fact(ZA, "imports", "growth", 4.1, "percent", YTD, "4.1",
             "Exports over the January-October period increased 7.8% to 1.89 trillion rand, and imports advanced 4.1% to 1.71 trillion rand."),
        fact(ZA, "imports", "value", 1.71e12, "ZAR", YTD, "1.71 trillion",
             "Exports over the January-October period increased 7.8% to 1.89 trillion rand, and imports advanced 4.1% to 1.71 trillion rand."),
        # products, month on month
        fact(ZA, "exports", "growth", 14.2, "percent", OCT, "14.2", SENT_MOM,
             product="precious metals and stones", basis="mom"),
        fact(ZA, "exports", "value", 42.6e9, "ZAR", OCT, "42.6 billion", SENT_MOM,
             product="precious metals and stones"),
        fact(ZA, "exports", "growth", 8.7, "percent", OCT, "8.7",
             "Shipments of vehicles and transport equipment grew 8.7% to 24.1 billion rand",
             product="vehicles and transport equipment", basis="mom"),
        fact(ZA, "exports", "value", 24.1e9, "ZAR", OCT, "24.1 billion",
             "Shipments of vehicles and transport equipment grew 8.7% to 24.1 billion rand",
             product="vehicles and transport equipment"),
        fact(ZA, "exports", "growth", -3.5, "percent", OCT, "3.5",
             "Mineral product exports, which include coal and iron ore, dropped 3.5%.",
             product="mineral products", basis="mom"),
        fact(ZA, "imports", "growth", 9.8, "percent", OCT, "9.8",
             "On the import side, machinery and electronics rose 9.8% from September to 41.3 billion rand",
             product="machinery and electronics", basis="mom"),
        fact(ZA, "imports", "value", 41.3e9, "ZAR", OCT, "41.3 billion",
             "On the import side, machinery and electronics rose 9.8% from September to 41.3 billion rand",
             product="machinery and electronics"),
        fact(ZA, "imports", "growth", -6.4, "percent", OCT, "6.4",
             "mineral product imports, mostly crude oil and fuel, decreased 6.4% month on month",
             product="mineral products", basis="mom"),
        # partners
        fact(ZA, "exports", "rank", 1, "number", OCT, "biggest",
             "China was again the biggest buyer of South African goods", partner="China"),
        fact(ZA, "exports", "value", 21.4e9, "ZAR", OCT, "21.4 billion",
             "China was again the biggest buyer of South African goods, taking 21.4 billion rand worth",
             partner="China"),
        fact(ZA, "exports", "share", 10.5, "percent", OCT, "10.5",
             "China was again the biggest buyer of South African goods, taking 21.4 billion rand worth, or 10.5% of October exports.",
             partner="China"),
        fact(ZA, "exports", "value", 14.9e9, "ZAR", OCT, "14.9 billion", SENT_PARTNERS,
             partner="United States"),
        fact(ZA, "exports", "value", 14.2e9, "ZAR", OCT, "14.2 billion", SENT_PARTNERS,
             partner="Germany"),
        fact(ZA, "exports", "value", 10.6e9, "ZAR", OCT, "10.6 billion", SENT_PARTNERS,
             partner="India"),
        fact(ZA, "imports", "rank", 1, "number", OCT, "largest",
             "China was also the largest source of imports at 40.3 billion rand", partner="China"),
        fact(ZA, "imports", "value", 40.3e9, "ZAR", OCT, "40.3 billion",
             "China was also the largest source of imports at 40.3 billion rand", partner="China"),
        fact(ZA, "imports", "share", 22.5, "percent", OCT, "22.5",
             "China was also the largest source of imports at 40.3 billion rand, accounting for 22.5% of the total.",
             partner="China"),
    ],
}
