from _fact import fact, period

UK = "United Kingdom"
Q3 = period(2025, 7, 9)
Q2 = period(2025, 4, 6)
SEP = period(2025, 9)
AUG = period(2025, 8)
GS = "goods and services"
SV = "services"
US = "United States"
EU = "European Union"
NONEU = "non-EU countries"

ARTICLE = {
    "id": "dCB2_05",
    "title": "UK trade deficit widens as goods exports to US sink to weakest since early 2022",
    "publisher": "The Guardian",
    "published": "2025-11-13",
    "notes": [
        "Real figures (ONS, UK trade: September 2025, released 2025-11-13, and reports of it by Anadolu/aNews, "
        "Trading Economics and the British Chambers of Commerce the same day): goods and services deficit excluding "
        "precious metals widened by 2.8 bn to 5.6 bn GBP in Q3; goods deficit widened by 3.0 bn to 59.6 bn; services "
        "surplus widened by 0.2 bn to 54.0 bn; September goods exports -1.7 bn (-5.5%) to 29.4 bn, goods imports "
        "-1.0 bn (-2.0%) to 50.1 bn, goods deficit 20.7 bn; EU exports 14.4 bn (-2.7%), EU imports 26.5 bn (-3.3%), "
        "EU deficit 12.1 bn; non-EU exports 15.0 bn (-8%), imports 23.6 bn (-0.5%), deficit 8.6 bn; exports to US "
        "incl. precious metals -0.5 bn (-11.4%), lowest since January 2022; BCC: US goods exports -11% y/y in Q3 and "
        "20% below September 2024, export volumes -5.1% m/m; services exports -0.7% to 45.99 bn, services imports "
        "+0.4% to 28.20 bn; total balance incl. precious metals -1.09 bn in September, -1.28 bn in August (Trading "
        "Economics); 34% of exporters affected by US tariffs (ONS survey); Q3 GDP +0.1%, September -0.1%.",
        "Derived/made up: Q2 deficit 2.8 bn = 5.6 - 2.8; Q2 services surplus 53.8 bn = 54.0 - 0.2; Q3 totals of "
        "exports (229.1 bn, -0.6% q/q) and imports (234.7 bn, +0.6% q/q) of goods and services are made up to fit "
        "the 5.6 bn and 2.8 bn deficits; Q3 goods exports to the EU (44.1 bn) and to non-EU markets (47 bn) and the "
        "EU share 48.4% are made up from the monthly levels; Bain's comments (a poor month; customs reforms in the budget) are paraphrased from the BCC statement.",
        "Judgement calls: 'the rest of the world' in the EU/non-EU paragraph is partner non-EU countries; the "
        "'Compared with August' and 'On the month' openings make their paragraphs month-on-month; 'fell 0.6% on the "
        "previous quarter' is qoq; the BCC's '11% lower in the third quarter than a year before' is yoy over Q3; "
        "the precious-metals-inclusive total balance has its own identity (no other September total balance in the "
        "text) and is labelled as goods and services; US export figures include precious metals, which the record "
        "cannot say; the standfirst repeats the 5.6bn Q3 deficit, labelled once.",
        "Not facts: absolute changes (widened by £3bn, down by £1.7bn, dropped by £1.0bn, dragged the value ... down by £0.5bn); "
        "'double'; volume growth 5.1%; 34% of firms and 10 staff (survey); 10% US tariff; GDP +0.1% and -0.1%; "
        "'three and a half years'; 2022 and 2024 as years.",
        "Copy check: 19 sentences searched (in 14 look-ups), 1 reworded (Bain's paraphrase, which kept five words of his statement).",
        "Second check: 23 sentences searched, 4 reworded.",
    ],
    "facts": [
        fact(UK, "balance", "value", -5.6e9, "GBP", Q3, "5.6bn",
             "the shortfall on trade in goods and services, stripping out precious metals, grew to £5.6bn in the three months to September",
             product=GS),
        fact(UK, "balance", "value", -2.8e9, "GBP", Q2, "2.8bn",
             "the shortfall on trade in goods and services, stripping out precious metals, grew to £5.6bn in the three months to September, double the £2.8bn recorded between April and June",
             product=GS),
        fact(UK, "exports", "growth", -0.6, "percent", Q3, "0.6",
             "Total exports of goods and services fell 0.6% on the previous quarter to £229.1bn", product=GS, basis="qoq"),
        fact(UK, "exports", "value", 229.1e9, "GBP", Q3, "229.1bn",
             "Total exports of goods and services fell 0.6% on the previous quarter to £229.1bn", product=GS),
        fact(UK, "imports", "growth", 0.6, "percent", Q3, "0.6",
             "while imports rose 0.6% to £234.7bn", product=GS, basis="qoq"),
        fact(UK, "imports", "value", 234.7e9, "GBP", Q3, "234.7bn",
             "while imports rose 0.6% to £234.7bn", product=GS),
        fact(UK, "balance", "value", -59.6e9, "GBP", Q3, "59.6bn",
             "the goods deficit, which on its own widened by £3bn to £59.6bn"),
        fact(UK, "balance", "value", 54e9, "GBP", Q3, "54bn",
             "A services surplus that edged up to £54bn from £53.8bn", product=SV),
        fact(UK, "balance", "value", 53.8e9, "GBP", Q2, "53.8bn",
             "A services surplus that edged up to £54bn from £53.8bn", product=SV),
        fact(UK, "exports", "value", 44.1e9, "GBP", Q3, "44.1bn",
             "Over the quarter as a whole, goods exports to the EU came to £44.1bn", partner=EU),
        fact(UK, "exports", "share", 48.4, "percent", Q3, "48.4",
             "goods exports to the EU came to £44.1bn, or 48.4% of the total", partner=EU),
        fact(UK, "exports", "value", 47e9, "GBP", Q3, "47bn",
             "Over the quarter as a whole, goods exports to the EU came to £44.1bn, or 48.4% of the total, against £47bn sent to non-EU markets.",
             partner=NONEU),
        fact(UK, "exports", "growth", -5.5, "percent", SEP, "5.5",
             "Compared with August, shipments to the EU and to the rest of the world both fell away in September, pulling goods exports down by £1.7bn (5.5%) to £29.4bn.", basis="mom"),
        fact(UK, "exports", "value", 29.4e9, "GBP", SEP, "29.4bn",
             "Compared with August, shipments to the EU and to the rest of the world both fell away in September, pulling goods exports down by £1.7bn (5.5%) to £29.4bn."),
        fact(UK, "imports", "growth", -2.0, "percent", SEP, "2.0",
             "Goods imports dropped by £1.0bn (2.0%) to £50.1bn", basis="mom"),
        fact(UK, "imports", "value", 50.1e9, "GBP", SEP, "50.1bn",
             "Goods imports dropped by £1.0bn (2.0%) to £50.1bn"),
        fact(UK, "balance", "value", -20.7e9, "GBP", SEP, "20.7bn",
             "which left a monthly goods deficit of £20.7bn"),
        fact(UK, "exports", "growth", -2.7, "percent", SEP, "2.7",
             "On the month, exports to the EU fell 2.7% to £14.4bn", partner=EU, basis="mom"),
        fact(UK, "exports", "value", 14.4e9, "GBP", SEP, "14.4bn",
             "On the month, exports to the EU fell 2.7% to £14.4bn", partner=EU),
        fact(UK, "exports", "growth", -8, "percent", SEP, "8",
             "those to non-EU countries dropped 8% to £15bn", partner=NONEU, basis="mom"),
        fact(UK, "exports", "value", 15e9, "GBP", SEP, "15bn",
             "those to non-EU countries dropped 8% to £15bn", partner=NONEU),
        fact(UK, "imports", "growth", -3.3, "percent", SEP, "3.3",
             "Imports from the EU were down 3.3% at £26.5bn", partner=EU, basis="mom"),
        fact(UK, "imports", "value", 26.5e9, "GBP", SEP, "26.5bn",
             "Imports from the EU were down 3.3% at £26.5bn", partner=EU),
        fact(UK, "imports", "growth", -0.5, "percent", SEP, "0.5",
             "while purchases from outside the bloc slipped 0.5% to £23.6bn", partner=NONEU, basis="mom"),
        fact(UK, "imports", "value", 23.6e9, "GBP", SEP, "23.6bn",
             "while purchases from outside the bloc slipped 0.5% to £23.6bn", partner=NONEU),
        fact(UK, "balance", "value", -12.1e9, "GBP", SEP, "12.1bn",
             "That left deficits of £12.1bn with the EU", partner=EU),
        fact(UK, "balance", "value", -8.6e9, "GBP", SEP, "8.6bn",
             "That left deficits of £12.1bn with the EU and £8.6bn with the rest of the world.", partner=NONEU),
        fact(UK, "exports", "growth", -11.4, "percent", SEP, "11.4",
             "dragged the value of goods exported to the US down by £0.5bn, or 11.4%, from August",
             partner=US, basis="mom"),
        fact(UK, "exports", "growth", -11, "percent", Q3, "11",
             "the value of goods sold to the US was 11% lower in the third quarter than a year before", partner=US),
        fact(UK, "exports", "growth", -20, "percent", SEP, "20",
             "in September it was 20% below the level of September 2024", partner=US),
        fact(UK, "exports", "growth", -0.7, "percent", SEP, "0.7",
             "Services exports slipped 0.7% on the month to £46bn", product=SV, basis="mom"),
        fact(UK, "exports", "value", 46e9, "GBP", SEP, "46bn",
             "Services exports slipped 0.7% on the month to £46bn", product=SV),
        fact(UK, "imports", "growth", 0.4, "percent", SEP, "0.4",
             "while services imports rose 0.4% to £28.2bn", product=SV, basis="mom"),
        fact(UK, "imports", "value", 28.2e9, "GBP", SEP, "28.2bn",
             "while services imports rose 0.4% to £28.2bn", product=SV),
        fact(UK, "balance", "value", -1.1e9, "GBP", SEP, "1.1bn",
             "the overall trade gap narrowed to £1.1bn in September", product=GS),
        fact(UK, "balance", "value", -1.3e9, "GBP", AUG, "1.3bn",
             "the overall trade gap narrowed to £1.1bn in September from £1.3bn in August", product=GS),
    ],
}
