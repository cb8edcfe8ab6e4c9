from _fact import fact, period

UK = "United Kingdom"
US = "United States"
EU = "European Union"
NONEU = "non-EU countries"
Q3 = period(2025, 7, 9)
SEP = period(2025, 9)
GS = "goods and services"

ARTICLE = {
    "id": "dBJ2_06",
    "title": "UK trade gap widens in third quarter as US-bound exports slump",
    "publisher": "The Guardian",
    "published": "2025-11-13",
    "notes": [
        "Real figures (ONS, UK trade September 2025): goods and services deficit £5.6bn in Q3 (widened £2.8bn); goods "
        "deficit £59.6bn (widened £3.0bn); services surplus £54.0bn (+£0.2bn); September goods exports -5.5% to £29.4bn, "
        "imports -2.0% to £50.1bn, goods deficit £20.7bn; EU exports -2.7%, non-EU -8%; exports to the US incl. precious "
        "metals -11.4% in September, lowest since January 2022; Q3 US goods exports -11% yoy (BCC); overall deficit incl. "
        "precious metals £1.09bn in September. Invented: Q3 totals (exports £229.8bn -0.6% qoq, imports £235.4bn +0.6%), "
        "services exports £139.3bn, goods exports £90.5bn / imports £150.1bn, EU/non-EU split (£44.1bn, 48.7%, -1.9%; "
        "£46.4bn, -0.8%; imports £80.2bn / £69.9bn; EU deficit £36.1bn), US £3.7bn in September and £13.2bn in Q3, cars "
        "to US -24.6%, precious metals imports £7.4bn +38%.",
        "Judgement calls: 'the three months to September' / 'the third quarter' = 2025-07..2025-09. 'The gap between what "
        "the UK buys ... and sells across goods and services' = balance, product 'goods and services', negative. Goods "
        "alone = product null; services = 'services'. 'quarter on quarter' (exports) governs the imports 0.6% in the same "
        "sentence -> qoq; 'on the previous three months' and 'than in the second quarter' -> qoq. 'On a monthly basis' "
        "opens the September paragraph, so 2%, 2.7% and 8% are mom too. 'its nearest neighbours' = the EU (same sentence "
        "names it). Car exports 24.6% 'lower than in the same quarter of 2024' -> yoy, period Q3 2025 from the sentence "
        "before; product 'cars'. US figures 'precious metals included' and the September overall deficit 'including "
        "precious metals and services' have no field for the inclusion; labelled as goods (null) and 'goods and "
        "services' respectively. Partners: EU, 'non-EU countries'.",
        "Not facts: absolute changes (£2.8bn, £3bn, £0.2bn widening) are derived comparisons; 10% tariffs, 30 June, "
        "100,000-vehicle quota; 'a level last seen in January 2022', 'almost four years', 'smallest since January' "
        "(milestones); economist's 0.3 percentage points forecast; 0.1% GDP growth; 'a third of exporting firms' (survey).",
        "Copy check: 27 sentences searched (headline and all body sentences; date line excluded), 3 reworded (headline, "
        "the September US sentence, and a business-group sentence that echoed a real trade-policy quote) and re-searched.",
        "Copy check (independent): 27 sentences searched, 4 reworded.",
    ],
    "facts": [
        fact(UK, "balance", "value", -5.6e9, "GBP", Q3, "5.6bn",
             "The gap between what the UK buys from abroad and what it sells across goods and services grew by £2.8bn to £5.6bn in the three months to September",
             product=GS),
        fact(UK, "balance", "value", -59.6e9, "GBP", Q3, "59.6bn",
             "Taking goods on their own, the shortfall over the period reached £59.6bn"),
        fact(UK, "exports", "value", 139.3e9, "GBP", Q3, "139.3bn",
             "trade in services, where exports of £139.3bn", product="services"),
        fact(UK, "balance", "value", 54e9, "GBP", Q3, "54bn",
             "trade in services, where exports of £139.3bn left a surplus that edged up by £0.2bn to £54bn",
             product="services"),
        fact(UK, "exports", "growth", -0.6, "percent", Q3, "0.6",
             "Total exports of goods and services fell 0.6% quarter on quarter to £229.8bn", product=GS, basis="qoq"),
        fact(UK, "exports", "value", 229.8e9, "GBP", Q3, "229.8bn",
             "Total exports of goods and services fell 0.6% quarter on quarter to £229.8bn", product=GS),
        fact(UK, "imports", "growth", 0.6, "percent", Q3, "0.6",
             "Total exports of goods and services fell 0.6% quarter on quarter to £229.8bn, and imports rose 0.6% to £235.4bn",
             product=GS, basis="qoq"),
        fact(UK, "imports", "value", 235.4e9, "GBP", Q3, "235.4bn",
             "Total exports of goods and services fell 0.6% quarter on quarter to £229.8bn, and imports rose 0.6% to £235.4bn",
             product=GS),
        fact(UK, "exports", "value", 90.5e9, "GBP", Q3, "90.5bn",
             "goods exports came to £90.5bn"),
        fact(UK, "imports", "value", 150.1e9, "GBP", Q3, "150.1bn",
             "goods exports came to £90.5bn and goods imports to £150.1bn"),
        fact(UK, "exports", "value", 44.1e9, "GBP", Q3, "44.1bn",
             "The EU bought £44.1bn of British goods in the quarter", partner=EU),
        fact(UK, "exports", "share", 48.7, "percent", Q3, "48.7",
             "The EU bought £44.1bn of British goods in the quarter, 48.7% of the total", partner=EU),
        fact(UK, "exports", "growth", -1.9, "percent", Q3, "1.9",
             "The EU bought £44.1bn of British goods in the quarter, 48.7% of the total, a fall of 1.9% on the previous three months",
             partner=EU, basis="qoq"),
        fact(UK, "exports", "growth", -0.8, "percent", Q3, "0.8",
             "Exports to non-EU countries were 0.8% lower than in the second quarter at £46.4bn", partner=NONEU, basis="qoq"),
        fact(UK, "exports", "value", 46.4e9, "GBP", Q3, "46.4bn",
             "Exports to non-EU countries were 0.8% lower than in the second quarter at £46.4bn", partner=NONEU),
        fact(UK, "imports", "value", 80.2e9, "GBP", Q3, "80.2bn",
             "Imports of goods from the EU and from non-EU countries were £80.2bn and £69.9bn respectively", partner=EU),
        fact(UK, "imports", "value", 69.9e9, "GBP", Q3, "69.9bn",
             "Imports of goods from the EU and from non-EU countries were £80.2bn and £69.9bn respectively", partner=NONEU),
        fact(UK, "balance", "value", -36.1e9, "GBP", Q3, "36.1bn",
             "Imports of goods from the EU and from non-EU countries were £80.2bn and £69.9bn respectively, leaving the UK with a £36.1bn deficit in goods trade with its nearest neighbours",
             partner=EU),
        fact(UK, "exports", "growth", -11.4, "percent", SEP, "11.4",
             "September on its own saw goods sales to the US, counting precious metals, shrink 11.4% on the month to £3.7bn",
             partner=US, basis="mom"),
        fact(UK, "exports", "value", 3.7e9, "GBP", SEP, "3.7bn",
             "September on its own saw goods sales to the US, counting precious metals, shrink 11.4% on the month to £3.7bn",
             partner=US),
        fact(UK, "exports", "value", 13.2e9, "GBP", Q3, "13.2bn",
             "Across the third quarter, goods exports to the US were worth £13.2bn", partner=US),
        fact(UK, "exports", "growth", -11, "percent", Q3, "11",
             "Across the third quarter, goods exports to the US were worth £13.2bn, 11% less than a year earlier", partner=US),
        fact(UK, "exports", "growth", -24.6, "percent", Q3, "24.6",
             "Car exports to the American market were 24.6% lower than in the same quarter of 2024",
             partner=US, product="cars"),
        fact(UK, "imports", "growth", 38, "percent", Q3, "38",
             "Imports of precious metals climbed 38% from a year earlier to £7.4bn in the quarter", product="precious metals"),
        fact(UK, "imports", "value", 7.4e9, "GBP", Q3, "7.4bn",
             "Imports of precious metals climbed 38% from a year earlier to £7.4bn in the quarter", product="precious metals"),
        fact(UK, "exports", "growth", -5.5, "percent", SEP, "5.5",
             "On a monthly basis, the goods deficit for September came to £20.7bn, as imports of goods fell 2% to £50.1bn while goods exports slid a steeper 5.5% to £29.4bn", basis="mom"),
        fact(UK, "exports", "value", 29.4e9, "GBP", SEP, "29.4bn",
             "goods exports slid a steeper 5.5% to £29.4bn"),
        fact(UK, "imports", "growth", -2, "percent", SEP, "2",
             "On a monthly basis, the goods deficit for September came to £20.7bn, as imports of goods fell 2% to £50.1bn",
             basis="mom"),
        fact(UK, "imports", "value", 50.1e9, "GBP", SEP, "50.1bn",
             "imports of goods fell 2% to £50.1bn"),
        fact(UK, "balance", "value", -20.7e9, "GBP", SEP, "20.7bn",
             "the goods deficit for September came to £20.7bn"),
        fact(UK, "exports", "growth", -2.7, "percent", SEP, "2.7",
             "Exports to the EU and non-EU countries were down 2.7% and 8% respectively", partner=EU, basis="mom"),
        fact(UK, "exports", "growth", -8, "percent", SEP, "8",
             "Exports to the EU and non-EU countries were down 2.7% and 8% respectively", partner=NONEU, basis="mom"),
        fact(UK, "balance", "value", -1.1e9, "GBP", SEP, "1.1bn",
             "Including precious metals and services, the overall trade deficit narrowed to £1.1bn in September", product=GS),
    ],
}
