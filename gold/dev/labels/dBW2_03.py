from _fact import fact, period

SE = "Sweden"
EU = "European Union"
NONEU = "non-EU countries"
JUL = period(2025, 7)
JUN = period(2025, 6)
JUL24 = period(2024, 7)
YTD = period(2025, 1, 7)
YTD24 = period(2024, 1, 7)

ARTICLE = {
    "id": "dBW2_03",
    "title": "Sweden's July goods surplus shrinks to SEK 4.5 billion as sales to EU slide",
    "publisher": "Nordic Business Wire",
    "published": "2025-08-27",
    "notes": [
        "Real figures (Statistics Sweden preliminary July 2025 release, as reported by wire and trade-promotion "
        "sources): surplus SEK 4.5 bn (July 2024: SEK 6.8 bn); exports SEK 153.8 bn (-2.0%), imports SEK 149.3 bn "
        "(-0.6%); July 2024 exports SEK 157.0 bn, imports SEK 150.2 bn; exports to EU -6.1%, to non-EU +2.4%; "
        "imports from EU +3.0%, from non-EU -7.1%; non-EU surplus SEK 27.7 bn, EU deficit SEK 23.2 bn; seasonally "
        "adjusted surplus SEK 6.7 bn (June SEK 7.4 bn); January-July surplus SEK 65.7 bn vs SEK 62.1 bn; same number "
        "of working days; Riksbank policy rate 2 percent since June.",
        "Invented, kept consistent with the real totals: EU/non-EU export and import values (80.3 + 73.5 = 153.8; "
        "103.5 + 45.8 = 149.3; 80.3 - 103.5 = -23.2; 73.5 - 45.8 = 27.7); the EU share 52.2% (80.3 / 153.8, "
        "derived); Norway SEK 15.6 bn and its rank, United States SEK 12.4 bn (-4.9%), Germany SEK 26.1 bn and its "
        "rank; seasonally adjusted month-on-month rates (-1.4% exports, -1.0% imports; consistent with the SA "
        "balances 6.7 and 7.4); January-July exports SEK 1,187.4 bn (-2.8%) and imports SEK 1,121.7 bn (-3.3%), "
        "chosen so that the 2024 balance implied is 62.1 within rounding; the poll (SEK 6 billion); the analyst's "
        "words; the outlet name and the exact publication date (assumed 27 Aug 2025, a Wednesday).",
        "Judgement calls: 'countries outside the bloc' / 'non-EU countries' (also the surplus 'with countries outside the bloc') is partner 'non-EU countries' (no "
        "canonical name exists); the seasonally adjusted balances and month-on-month rates carry no marker in the "
        "record (segment null) and differ in value from the unadjusted July balance, so they are separate facts; "
        "the month-on-month frame 'from the previous month' carries to 'imports declined 1.0 percent'; 'SEK 7.4 "
        "billion in June' is an SA balance with period 2025-06; 'July last year' figures carry period 2024-07; "
        "'largest single market' = exports rank 1 (Norway), 'biggest supplier' = imports rank 1 (Germany).",
        "Not facts: SEK 6 billion (economists' expectation, a forecast); 15 percent (tariff rate); 2 percent "
        "(policy rate); 2024 and 2025 as years; 'as many working days' (no number); the krona remarks.",
        "Copy check: 9 sentences searched, 1 reworded (the EU/non-EU balance sentence shared the skeleton of "
        "Statistics Sweden wire copy; recast with the deficit first and new wording).",
        "Second check: 23 sentences searched, 0 reworded.",
    ],
    "facts": [
        fact(SE, "balance", "value", 4.5e9, "SEK", JUL, "4.5 billion",
             "trimmed Sweden's surplus on trade in goods to SEK 4.5 billion in July"),
        fact(SE, "balance", "value", 6.8e9, "SEK", JUL24, "6.8 billion",
             "trimmed Sweden's surplus on trade in goods to SEK 4.5 billion in July, from SEK 6.8 billion in the "
             "same month of 2024"),
        fact(SE, "exports", "value", 153.8e9, "SEK", JUL, "153.8 billion",
             "The value of goods exports was 153.8 billion kronor in July, 2.0 percent less than a year ago"),
        fact(SE, "exports", "growth", -2.0, "percent", JUL, "2.0",
             "The value of goods exports was 153.8 billion kronor in July, 2.0 percent less than a year ago"),
        fact(SE, "imports", "growth", -0.6, "percent", JUL, "0.6",
             "imports edged down 0.6 percent to 149.3 billion kronor"),
        fact(SE, "imports", "value", 149.3e9, "SEK", JUL, "149.3 billion",
             "imports edged down 0.6 percent to 149.3 billion kronor"),
        fact(SE, "exports", "value", 157.0e9, "SEK", JUL24, "157.0 billion",
             "In July last year, the agency recorded exports of SEK 157.0 billion"),
        fact(SE, "imports", "value", 150.2e9, "SEK", JUL24, "150.2 billion",
             "In July last year, the agency recorded exports of SEK 157.0 billion and imports of SEK 150.2 billion"),
        fact(SE, "exports", "growth", -6.1, "percent", JUL, "6.1",
             "Exports to EU member states dropped 6.1 percent to SEK 80.3 billion", partner=EU),
        fact(SE, "exports", "value", 80.3e9, "SEK", JUL, "80.3 billion",
             "Exports to EU member states dropped 6.1 percent to SEK 80.3 billion", partner=EU),
        fact(SE, "exports", "growth", 2.4, "percent", JUL, "2.4",
             "sales to countries outside the bloc rose 2.4 percent to SEK 73.5 billion", partner=NONEU),
        fact(SE, "exports", "value", 73.5e9, "SEK", JUL, "73.5 billion",
             "sales to countries outside the bloc rose 2.4 percent to SEK 73.5 billion", partner=NONEU),
        fact(SE, "exports", "share", 52.2, "percent", JUL, "52.2",
             "The EU thus took 52.2 percent of Swedish goods exports in the month", partner=EU),
        fact(SE, "imports", "growth", 3.0, "percent", JUL, "3.0",
             "imports from the EU increased 3.0 percent to SEK 103.5 billion", partner=EU),
        fact(SE, "imports", "value", 103.5e9, "SEK", JUL, "103.5 billion",
             "imports from the EU increased 3.0 percent to SEK 103.5 billion", partner=EU),
        fact(SE, "imports", "growth", -7.1, "percent", JUL, "7.1",
             "imports from the EU increased 3.0 percent to SEK 103.5 billion, while those from non-EU countries fell "
             "7.1 percent to SEK 45.8 billion", partner=NONEU),
        fact(SE, "imports", "value", 45.8e9, "SEK", JUL, "45.8 billion",
             "imports from the EU increased 3.0 percent to SEK 103.5 billion, while those from non-EU countries fell "
             "7.1 percent to SEK 45.8 billion", partner=NONEU),
        fact(SE, "balance", "value", 27.7e9, "SEK", JUL, "27.7 billion",
             "more than offset by a SEK 27.7 billion surplus with countries outside the bloc", partner=NONEU),
        fact(SE, "balance", "value", -23.2e9, "SEK", JUL, "23.2 billion",
             "Sweden therefore ran a SEK 23.2 billion deficit on its trade with fellow EU members", partner=EU),
        fact(SE, "exports", "rank", 1, "number", JUL, "largest",
             "Norway remained the largest single market for Swedish goods", partner="Norway"),
        fact(SE, "exports", "value", 15.6e9, "SEK", JUL, "15.6 billion",
             "Norway remained the largest single market for Swedish goods, taking SEK 15.6 billion worth",
             partner="Norway"),
        fact(SE, "exports", "growth", -4.9, "percent", JUL, "4.9",
             "exports to the United States slipped 4.9 percent to SEK 12.4 billion", partner="United States"),
        fact(SE, "exports", "value", 12.4e9, "SEK", JUL, "12.4 billion",
             "exports to the United States slipped 4.9 percent to SEK 12.4 billion", partner="United States"),
        fact(SE, "imports", "rank", 1, "number", JUL, "biggest",
             "Germany was the biggest supplier at SEK 26.1 billion", partner="Germany"),
        fact(SE, "imports", "value", 26.1e9, "SEK", JUL, "26.1 billion",
             "Germany was the biggest supplier at SEK 26.1 billion", partner="Germany"),
        fact(SE, "balance", "value", 6.7e9, "SEK", JUL, "6.7 billion",
             "The seasonally adjusted surplus came to SEK 6.7 billion in July"),
        fact(SE, "balance", "value", 7.4e9, "SEK", JUN, "7.4 billion",
             "The seasonally adjusted surplus came to SEK 6.7 billion in July after SEK 7.4 billion in June"),
        fact(SE, "exports", "growth", -1.4, "percent", JUL, "1.4",
             "On that basis, exports fell 1.4 percent from the previous month", basis="mom"),
        fact(SE, "imports", "growth", -1.0, "percent", JUL, "1.0",
             "On that basis, exports fell 1.4 percent from the previous month and imports declined 1.0 percent",
             basis="mom"),
        fact(SE, "balance", "value", 65.7e9, "SEK", YTD, "65.7 billion",
             "For January through July, the surplus totalled SEK 65.7 billion"),
        fact(SE, "balance", "value", 62.1e9, "SEK", YTD24, "62.1 billion",
             "the surplus totalled SEK 65.7 billion, compared with SEK 62.1 billion in the corresponding period of "
             "2024"),
        fact(SE, "exports", "growth", -2.8, "percent", YTD, "2.8",
             "Exports in the first seven months fell 2.8 percent to SEK 1,187.4 billion"),
        fact(SE, "exports", "value", 1187.4e9, "SEK", YTD, "1,187.4 billion",
             "Exports in the first seven months fell 2.8 percent to SEK 1,187.4 billion"),
        fact(SE, "imports", "growth", -3.3, "percent", YTD, "3.3",
             "imports were 3.3 percent lower at SEK 1,121.7 billion"),
        fact(SE, "imports", "value", 1121.7e9, "SEK", YTD, "1,121.7 billion",
             "imports were 3.3 percent lower at SEK 1,121.7 billion"),
    ],
}
