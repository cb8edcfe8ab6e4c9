from _fact import fact, period

SEP = period(2025, 9)
AUG = period(2025, 8)
SEP24 = period(2024, 9)

ARTICLE = {
    "id": "dBH2_04",
    "title": "German exports rebound in September as US demand picks up",
    "publisher": "DW",
    "published": "2025-11-07",
    "notes": [
        "Written for the dev set in the style of a DW business story; figures follow the Destatis press release "
        "No. 399 of 7 Nov 2025 (calendar and seasonally adjusted: exports 131.1 bn EUR +1.4% m/m, +2.0% y/y; imports "
        "115.9 bn EUR +3.1% m/m, +4.8% y/y; surplus 15.3 bn, August 16.9 bn, Sept 2024 18.0 bn; EU, euro area figures) "
        "and wire/market summaries of the same release (US 12.2 bn +11.9% m/m, -14.0% y/y; China 6.7 bn -2.2% m/m; "
        "UK 7.0 bn +7.1%; imports from China 14.6 bn +6.1%, from the US 8.7 bn +9.0%, from the UK 3.6 bn +20%; "
        "non-EU imports +5.2%). The dollar conversion $17.84 bn is the one a Reuters story gave.",
        "The -11.9% y/y for exports to China comes from a secondary market summary and was not checked against "
        "Destatis; treat it as possibly invented. 'around 20%' for imports from the UK is a rounding of that summary's '20%'.",
        "Out of scope and not labelled: the Reuters poll expectation of 0.5%, the 15% US tariff, 'five-month slide' "
        "and 'first monthly increase since spring' (streaks), exports 'unchanged' to third countries (no number).",
        "Judgement: the month-on-month frame of the China paragraph ('on the month') carries to 'Imports from China ... "
        "rose 6.1%' (mom, which is also what the data are); the UK paragraph's 'compared with August' carries to the "
        "'around 20%' import rise (mom). 'third countries' / 'outside the bloc' → partner 'non-EU countries'.",
        "Ranks: 'the biggest single buyer of German goods' → US exports rank 1; 'by far the largest source of foreign "
        "goods arriving in Germany' → China imports rank 1; both dated September 2025, the article's month.",
        "The surplus in another currency ($17.84 billion, no 'about') is a separate USD fact with qualifier exact.",
        "Copy check: 10 sentences searched in the pages corpus with distinctive 6-10 word stretches; no real article shared a run of more than about six words, none reworded.",
        "Copy check (independent): 23 sentences searched, 0 reworded.",
    ],
    "facts": [
        fact("Germany", "exports", "growth", 1.4, "percent", SEP, "1.4",
             "Shipments abroad climbed 1.4% from August to 131.1 billion euros", basis="mom"),
        fact("Germany", "exports", "value", 131.1e9, "EUR", SEP, "131.1 billion",
             "Shipments abroad climbed 1.4% from August to 131.1 billion euros"),
        fact("Germany", "imports", "growth", 3.1, "percent", SEP, "3.1",
             "Purchases from abroad went up 3.1% on the month to 115.9 billion euros", basis="mom"),
        fact("Germany", "imports", "value", 115.9e9, "EUR", SEP, "115.9 billion",
             "Purchases from abroad went up 3.1% on the month to 115.9 billion euros"),
        fact("Germany", "balance", "value", 15.3e9, "EUR", SEP, "15.3 billion",
             "squeezed the trade surplus to 15.3 billion euros ($17.84 billion)"),
        fact("Germany", "balance", "value", 17.84e9, "USD", SEP, "17.84 billion",
             "squeezed the trade surplus to 15.3 billion euros ($17.84 billion)"),
        fact("Germany", "balance", "value", 16.9e9, "EUR", AUG, "16.9 billion",
             "In August the surplus had been 16.9 billion euros"),
        fact("Germany", "balance", "value", 18.0e9, "EUR", SEP24, "18.0 billion",
             "the surplus in September 2024 had reached 18.0 billion euros"),
        fact("Germany", "exports", "growth", 2.0, "percent", SEP, "2.0",
             "Set against September of last year, the provisional data show exports 2.0% higher", basis="yoy"),
        fact("Germany", "imports", "growth", 4.8, "percent", SEP, "4.8",
             "Set against September of last year, the provisional data show exports 2.0% higher and imports 4.8% higher",
             basis="yoy"),
        # United States
        fact("Germany", "exports", "rank", 1, "number", SEP, "biggest",
             "The United States, still the biggest single buyer of German goods", partner="United States"),
        fact("Germany", "exports", "value", 12.2e9, "EUR", SEP, "12.2 billion",
             "The United States, still the biggest single buyer of German goods, took 12.2 billion euros' worth of "
             "exports in September", partner="United States"),
        fact("Germany", "exports", "growth", 11.9, "percent", SEP, "11.9",
             "That was 11.9% more than in August", partner="United States", basis="mom"),
        fact("Germany", "exports", "growth", -14.0, "percent", SEP, "14.0",
             "deliveries to the US remained 14.0% lower than in September 2024", partner="United States", basis="yoy"),
        # China
        fact("Germany", "exports", "growth", -2.2, "percent", SEP, "2.2",
             "Exports to the People's Republic slipped 2.2% on the month to 6.7 billion euros", partner="China",
             basis="mom"),
        fact("Germany", "exports", "value", 6.7e9, "EUR", SEP, "6.7 billion",
             "Exports to the People's Republic slipped 2.2% on the month to 6.7 billion euros", partner="China"),
        fact("Germany", "exports", "growth", -11.9, "percent", SEP, "11.9",
             "Exports to the People's Republic slipped 2.2% on the month to 6.7 billion euros and were 11.9% below "
             "their level of a year before", partner="China", basis="yoy"),
        fact("Germany", "imports", "rank", 1, "number", SEP, "largest",
             "Imports from China, by far the largest source of foreign goods arriving in Germany", partner="China"),
        fact("Germany", "imports", "growth", 6.1, "percent", SEP, "6.1",
             "Imports from China, by far the largest source of foreign goods arriving in Germany, rose 6.1% to 14.6 "
             "billion euros", partner="China", basis="mom"),
        fact("Germany", "imports", "value", 14.6e9, "EUR", SEP, "14.6 billion",
             "Imports from China, by far the largest source of foreign goods arriving in Germany, rose 6.1% to 14.6 "
             "billion euros", partner="China"),
        # United Kingdom
        fact("Germany", "exports", "growth", 7.1, "percent", SEP, "7.1",
             "Exports to the United Kingdom jumped 7.1% compared with August to 7.0 billion euros",
             partner="United Kingdom", basis="mom"),
        fact("Germany", "exports", "value", 7.0e9, "EUR", SEP, "7.0 billion",
             "Exports to the United Kingdom jumped 7.1% compared with August to 7.0 billion euros",
             partner="United Kingdom"),
        fact("Germany", "imports", "growth", 20, "percent", SEP, "20",
             "imports from the UK surged around 20% to 3.6 billion euros", partner="United Kingdom", basis="mom",
             qualifier="approx"),
        fact("Germany", "imports", "value", 3.6e9, "EUR", SEP, "3.6 billion",
             "imports from the UK surged around 20% to 3.6 billion euros", partner="United Kingdom"),
        # European Union and euro area
        fact("Germany", "exports", "value", 74.3e9, "EUR", SEP, "74.3 billion",
             "Goods worth 74.3 billion euros went to other EU member states", partner="European Union"),
        fact("Germany", "exports", "growth", 2.5, "percent", SEP, "2.5",
             "Goods worth 74.3 billion euros went to other EU member states, 2.5% more than in August",
             partner="European Union", basis="mom"),
        fact("Germany", "imports", "growth", 1.2, "percent", SEP, "1.2",
             "imports from the bloc increased 1.2% to 59.3 billion euros", partner="European Union", basis="mom"),
        fact("Germany", "imports", "value", 59.3e9, "EUR", SEP, "59.3 billion",
             "imports from the bloc increased 1.2% to 59.3 billion euros", partner="European Union"),
        fact("Germany", "exports", "growth", 1.4, "percent", SEP, "1.4",
             "Sales to the eurozone alone rose 1.4% to 51.4 billion euros", partner="Euro area", basis="mom"),
        fact("Germany", "exports", "value", 51.4e9, "EUR", SEP, "51.4 billion",
             "Sales to the eurozone alone rose 1.4% to 51.4 billion euros", partner="Euro area"),
        # outside the EU
        fact("Germany", "imports", "growth", 5.2, "percent", SEP, "5.2",
             "imports from outside the bloc advanced 5.2% on the month", partner="non-EU countries", basis="mom"),
        fact("Germany", "imports", "growth", 9.0, "percent", SEP, "9.0",
             "Imports from the United States were up 9.0% on the month at 8.7 billion euros",
             partner="United States", basis="mom"),
        fact("Germany", "imports", "value", 8.7e9, "EUR", SEP, "8.7 billion",
             "Imports from the United States were up 9.0% on the month at 8.7 billion euros",
             partner="United States"),
    ],
}
