from _fact import fact, period

UK = "United Kingdom"
AUG_OCT = period(2026, 8, 10)
OCT = period(2026, 10)
NOV_OCT = {"start": "2025-11", "end": "2026-10"}

ARTICLE = {
    "id": "dBP2_06",
    "title": "Weaker goods exports widen UK trade gap in three months to October",
    "publisher": None,
    "published": "2026-12-11",
    "notes": [
        "Real figures: none (the three months to October 2026 have not happened). Modelled on ONS 'UK trade' "
        "bulletins (2011, 2017, 2023-2025) and the wire and newspaper stories built on them (headline figures "
        "excluding precious metals; goods deficit, services surplus; EU / non-EU split; a monthly paragraph; an "
        "including-precious-metals figure). Invented: every value and rate. Derived and checked: total -7.4 = "
        "-59.8 + 52.4; goods balance -59.8 = 93.6 - 153.4; exports EU 45.1 + non-EU 48.5 = 93.6; imports EU 80.2 "
        "+ non-EU 73.2 = 153.4; balances EU -35.1 and non-EU -24.7 sum to -59.8; services 138.6 - 86.2 = 52.4; "
        "services share 59.7 = 138.6/(138.6 + 93.6); EU -2.2% and non-EU -0.7% give total -1.4%; October imports "
        "+1.3 billion = +2.6% from 50.8; October exports -1.9% from 31.6; including precious metals: exports "
        "93.6 + 9.6, imports 153.4 + 6.1, total -56.3 + 52.4 = -3.9.",
        "Judgement calls: the area is 'United Kingdom' ('Britain', 'UK'). Comparisons of the three months to "
        "October with the three months to July ('between the two three-month periods', 'on the previous three "
        "months', which opens the EU/non-EU paragraph and carries to its 'increased 1.5%', 'on the preceding "
        "period') are labelled basis qoq, period 2026-08..2026-10. The October paragraph ('from September', 'from the previous month') is mom, "
        "period 2026-10. Headline figures exclude precious metals and carry no product; the total deficit "
        "including precious metals (3.9 billion) is labelled as a second goods-and-services balance for the same "
        "period, as the schema has no field for the exclusion. Precious metals exports and imports -> product "
        "'precious metals'. 'Imports from the bloc' -> partner European Union; 'those from the rest of the world' "
        "-> partner non-EU countries. The 12 months to October 2026 -> period 2025-11..2026-10. 'the largest "
        "single-country buyer' -> rank 1 of exports to the United States. The publisher is null: the text names "
        "no outlet, only 'By a staff reporter'.",
        "Not facts: the changes '£2.4 billion wider', '£2.1 billion bigger', '£0.3 billion less' "
        "and 'climbed £1.3 billion' (changes in a level, comparisons derived from two figures); the 10% "
        "US tariff; 0.2 percentage points (forecast and a percentage-point figure); 14 hours (not trade); GDP "
        "-0.1% (not trade); sterling at $1.33 (exchange rate); 2025 (year).",
        "Copy check: 10 sentences searched, 3 reworded (the opening sentence, the total goods-and-services "
        "deficit sentence and the goods-deficit/services-surplus sentence, whose skeletons followed ONS "
        "main-points and wire lines seen in the searches: 'deficit widened by X to Y in the three months to', "
        "'surplus is estimated to have narrowed by X to Y'); the reworded versions were searched again and "
        "match nothing.",
        "Second check: 25 sentences searched, 2 reworded.",
    ],
    "facts": [
        fact(UK, "balance", "value", -7.4e9, "GBP", AUG_OCT, "£7.4 billion",
             "the combined shortfall on goods and services came to £7.4 billion",
             product="goods and services"),
        fact(UK, "balance", "value", -59.8e9, "GBP", AUG_OCT, "£59.8 billion",
             "Goods alone ran a deficit of £59.8 billion"),
        fact(UK, "balance", "value", 52.4e9, "GBP", AUG_OCT, "£52.4 billion",
             "Services, by the ONS's early estimate, still earned a surplus of £52.4 billion",
             product="services"),
        fact(UK, "exports", "growth", -1.4, "percent", AUG_OCT, "1.4",
             "Goods exports fell 1.4% to £93.6 billion between the two three-month periods", basis="qoq"),
        fact(UK, "exports", "value", 93.6e9, "GBP", AUG_OCT, "£93.6 billion",
             "Goods exports fell 1.4% to £93.6 billion"),
        fact(UK, "imports", "growth", 0.8, "percent", AUG_OCT, "0.8",
             "Goods exports fell 1.4% to £93.6 billion between the two three-month periods, while goods imports rose "
             "0.8% to £153.4 billion", basis="qoq"),
        fact(UK, "imports", "value", 153.4e9, "GBP", AUG_OCT, "£153.4 billion",
             "goods imports rose 0.8% to £153.4 billion"),
        fact(UK, "exports", "value", 45.1e9, "GBP", AUG_OCT, "£45.1 billion",
             "Sales of goods to the EU and to non-EU countries came to £45.1 billion and £48.5 billion respectively",
             partner="European Union"),
        fact(UK, "exports", "value", 48.5e9, "GBP", AUG_OCT, "£48.5 billion",
             "Sales of goods to the EU and to non-EU countries came to £45.1 billion and £48.5 billion respectively",
             partner="non-EU countries"),
        fact(UK, "exports", "growth", -2.2, "percent", AUG_OCT, "2.2",
             "Sales of goods to the EU and to non-EU countries came to £45.1 billion and £48.5 billion respectively, "
             "down 2.2% and 0.7% on the previous three months", partner="European Union", basis="qoq"),
        fact(UK, "exports", "growth", -0.7, "percent", AUG_OCT, "0.7",
             "Sales of goods to the EU and to non-EU countries came to £45.1 billion and £48.5 billion respectively, "
             "down 2.2% and 0.7% on the previous three months", partner="non-EU countries", basis="qoq"),
        fact(UK, "imports", "growth", 1.5, "percent", AUG_OCT, "1.5",
             "Imports from the bloc increased 1.5% to £80.2 billion", partner="European Union", basis="qoq"),
        fact(UK, "imports", "value", 80.2e9, "GBP", AUG_OCT, "£80.2 billion",
             "Imports from the bloc increased 1.5% to £80.2 billion", partner="European Union"),
        fact(UK, "imports", "value", 73.2e9, "GBP", AUG_OCT, "£73.2 billion",
             "those from the rest of the world held broadly steady at £73.2 billion", partner="non-EU countries"),
        fact(UK, "balance", "value", -35.1e9, "GBP", AUG_OCT, "£35.1 billion",
             "Britain therefore ran a goods deficit of £35.1 billion with the EU", partner="European Union"),
        fact(UK, "balance", "value", -24.7e9, "GBP", AUG_OCT, "£24.7 billion",
             "Britain therefore ran a goods deficit of £35.1 billion with the EU and of £24.7 billion with non-EU "
             "countries", partner="non-EU countries"),
        fact(UK, "exports", "rank", 1, "number", AUG_OCT, "largest",
             "The United States, the largest single-country buyer of British goods", partner="United States"),
        fact(UK, "exports", "value", 15.2e9, "GBP", AUG_OCT, "£15.2 billion",
             "The United States, the largest single-country buyer of British goods, took £15.2 billion of them in "
             "the three months", partner="United States"),
        fact(UK, "exports", "growth", -3.8, "percent", AUG_OCT, "3.8",
             "took £15.2 billion of them in the three months, a drop of 3.8% on the preceding period",
             partner="United States", basis="qoq"),
        fact(UK, "exports", "value", 138.6e9, "GBP", AUG_OCT, "£138.6 billion",
             "Services exports were estimated at £138.6 billion", product="services"),
        fact(UK, "imports", "value", 86.2e9, "GBP", AUG_OCT, "£86.2 billion",
             "Services exports were estimated at £138.6 billion and services imports at £86.2 billion",
             product="services"),
        fact(UK, "exports", "share", 59.7, "percent", AUG_OCT, "59.7",
             "Services thus made up 59.7% of all UK exports over the three months", product="services"),
        fact(UK, "imports", "growth", 2.6, "percent", OCT, "2.6",
             "goods imports climbed £1.3 billion, or 2.6%, to £52.1 billion from September", basis="mom"),
        fact(UK, "imports", "value", 52.1e9, "GBP", OCT, "£52.1 billion",
             "goods imports climbed £1.3 billion, or 2.6%, to £52.1 billion from September"),
        fact(UK, "imports", "growth", 4.1, "percent", OCT, "4.1",
             "led by purchases from outside the EU, which rose 4.1%", partner="non-EU countries", basis="mom"),
        fact(UK, "exports", "growth", -1.9, "percent", OCT, "1.9",
             "Goods exports fell 1.9% from the previous month to £31.0 billion", basis="mom"),
        fact(UK, "exports", "value", 31.0e9, "GBP", OCT, "£31.0 billion",
             "Goods exports fell 1.9% from the previous month to £31.0 billion"),
        fact(UK, "exports", "value", 9.6e9, "GBP", AUG_OCT, "£9.6 billion",
             "Exports of precious metals, most of them non-monetary gold, reached £9.6 billion in the three months "
             "to October", product="precious metals"),
        fact(UK, "imports", "value", 6.1e9, "GBP", AUG_OCT, "£6.1 billion",
             "Exports of precious metals, most of them non-monetary gold, reached £9.6 billion in the three months "
             "to October and imports about £6.1 billion", product="precious metals", qualifier="approx"),
        fact(UK, "balance", "value", -3.9e9, "GBP", AUG_OCT, "£3.9 billion",
             "the total trade deficit including precious metals to £3.9 billion", product="goods and services"),
        fact(UK, "balance", "value", -30.8e9, "GBP", NOV_OCT, "£30.8 billion",
             "Over the 12 months to October 2026, the total trade deficit excluding precious metals stood at £30.8 "
             "billion", product="goods and services"),
    ],
}
