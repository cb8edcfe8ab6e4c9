from _fact import fact, period

UK = "United Kingdom"
EU = "European Union"
Q3 = period(2026, 7, 9)
Q2 = period(2026, 4, 6)
SEP = period(2026, 9)
AUG = period(2026, 8)
GS = "goods and services"

ARTICLE = {
    "id": "dBQ2_06",
    "title": "UK trade deficit widens to £9.8bn as goods exports to EU weaken",
    "publisher": None,
    "published": "2026-11-13",
    "notes": [
        "Real figures: none (the three months to September 2026 have not been reported); sizes modelled on ONS trade bulletins "
        "and press coverage of 2025 (goods deficit near £61bn a quarter, services surplus near £51bn). Invented: every figure. "
        "Derived: total deficit 9.8 = goods 61.4 - services 51.6; goods deficit 61.4 = 150.3 - 88.9; EU + non-EU exports "
        "41.2 + 47.7 = 88.9; EU + non-EU imports 79.6 + 70.7 = 150.3; services surplus 51.6 = 131.4 - 79.8; total exports "
        "220.3 = 88.9 + 131.4; previous quarter: goods exports 90.0 (so -1.2%), goods imports 148.5 (+1.2%), goods deficit 58.5, "
        "services surplus 50.9 (129.97 - 79.07, from +1.1% and +0.9%), total deficit 7.6 = 58.5 - 50.9; EU share 46.3% = 41.2 / 88.9; "
        "September total deficit 3.0 = goods deficit 21.3 less a services surplus of 18.3 (not stated).",
        "Judgement calls: the article states that its headline figures exclude precious metals; the figures are labelled as "
        "goods (product null), services, or goods and services, with no separate product for the exclusion, and the one "
        "precious-metals figure gets product 'precious metals'. Changes against 'the previous three months', 'the three months to "
        "June', 'the previous quarter' or 'on the quarter' are qoq for 2026-07..09 ('Compared with the previous three months' "
        "opens the goods paragraph; the EU and non-EU exports sentence closes with 'both compared with the three months to June'; "
        "the import sentence says 'on the same comparison'). September-only changes ('on the month', 'compared with August') are mom. The total deficit ('the deficit on goods "
        "and services combined') has product 'goods and services'; the September-only shortfall is labelled for 2026-09 and "
        "August's £3.9bn for 2026-08. "
        "'Britain's biggest single export market over the quarter' is rank 1 of exports to the United States for 2026-07..09. "
        "The headline's £9.8bn is the body's, labelled once. Written in the Guardian's style, but the text names no outlet, "
        "so publisher is null as the guide says.",
        "Not facts: the absolute changes (£1.1bn fall in goods exports, £1.8bn rise in goods imports), which the record cannot "
        "express as growth; GDP growth of 0.2% and the 0.3% expected; the year 2026 in the dateline.",
        "Copy check: 10 sentences searched (lead, total deficit, precious-metals exclusion, goods exports and imports, EU and non-EU exports, services, September alone, U.S., quote, GDP), 3 reworded (lead, total deficit, September alone).",
        "Second check: 25 sentences searched, 2 reworded.",
    ],
    "facts": [
        fact(UK, "balance", "value", -9.8e9, "GBP", Q3, "£9.8bn",
             "At £9.8bn in the third quarter, the deficit on goods and services combined was wider than the £7.6bn "
             "recorded in the three months to June", product=GS),
        fact(UK, "balance", "value", -7.6e9, "GBP", Q2, "£7.6bn",
             "At £9.8bn in the third quarter, the deficit on goods and services combined was wider than the £7.6bn "
             "recorded in the three months to June", product=GS),
        fact(UK, "balance", "value", -61.4e9, "GBP", Q3, "£61.4bn",
             "the deficit in goods alone reached £61.4bn, up from £58.5bn in the previous three months"),
        fact(UK, "balance", "value", -58.5e9, "GBP", Q2, "£58.5bn",
             "the deficit in goods alone reached £61.4bn, up from £58.5bn in the previous three months"),
        fact(UK, "balance", "value", 51.6e9, "GBP", Q3, "£51.6bn",
             "the surplus on services grew to £51.6bn", product="services"),
        fact(UK, "exports", "growth", -1.2, "percent", Q3, "1.2",
             "goods exports fell by £1.1bn, or 1.2%, to £88.9bn", basis="qoq"),
        fact(UK, "exports", "value", 88.9e9, "GBP", Q3, "£88.9bn",
             "goods exports fell by £1.1bn, or 1.2%, to £88.9bn"),
        fact(UK, "imports", "growth", 1.2, "percent", Q3, "1.2",
             "goods imports rose by £1.8bn, or 1.2%, to £150.3bn", basis="qoq"),
        fact(UK, "imports", "value", 150.3e9, "GBP", Q3, "£150.3bn",
             "goods imports rose by £1.8bn, or 1.2%, to £150.3bn"),
        fact(UK, "exports", "growth", -3.1, "percent", Q3, "3.1",
             "Exports of goods to the EU dropped 3.1% to £41.2bn", partner=EU, basis="qoq"),
        fact(UK, "exports", "value", 41.2e9, "GBP", Q3, "£41.2bn",
             "Exports of goods to the EU dropped 3.1% to £41.2bn", partner=EU),
        fact(UK, "exports", "growth", 0.5, "percent", Q3, "0.5",
             "sales to non-EU countries inched up 0.5% to £47.7bn", partner="non-EU countries", basis="qoq"),
        fact(UK, "exports", "value", 47.7e9, "GBP", Q3, "£47.7bn",
             "sales to non-EU countries inched up 0.5% to £47.7bn", partner="non-EU countries"),
        fact(UK, "exports", "share", 46.3, "percent", Q3, "46.3",
             "The EU took 46.3% of Britain's goods exports in the quarter.", partner=EU),
        fact(UK, "imports", "growth", 0.4, "percent", Q3, "0.4",
             "imports from the EU rose 0.4% to £79.6bn", partner=EU, basis="qoq"),
        fact(UK, "imports", "value", 79.6e9, "GBP", Q3, "£79.6bn",
             "imports from the EU rose 0.4% to £79.6bn", partner=EU),
        fact(UK, "imports", "growth", 2.1, "percent", Q3, "2.1",
             "imports from the EU rose 0.4% to £79.6bn and those from outside the bloc climbed 2.1% to £70.7bn", partner="non-EU countries", basis="qoq"),
        fact(UK, "imports", "value", 70.7e9, "GBP", Q3, "£70.7bn",
             "imports from the EU rose 0.4% to £79.6bn and those from outside the bloc climbed 2.1% to £70.7bn", partner="non-EU countries"),
        fact(UK, "exports", "growth", 1.1, "percent", Q3, "1.1",
             "Exports of services increased 1.1% on the quarter to £131.4bn", product="services", basis="qoq"),
        fact(UK, "exports", "value", 131.4e9, "GBP", Q3, "£131.4bn",
             "Exports of services increased 1.1% on the quarter to £131.4bn", product="services"),
        fact(UK, "imports", "growth", 0.9, "percent", Q3, "0.9",
             "a 0.9% rise in services imports to £79.8bn", product="services", basis="qoq"),
        fact(UK, "imports", "value", 79.8e9, "GBP", Q3, "£79.8bn",
             "a 0.9% rise in services imports to £79.8bn", product="services"),
        fact(UK, "exports", "value", 220.3e9, "GBP", Q3, "£220.3bn",
             "Total exports of goods and services came to £220.3bn over the quarter.", product=GS),
        fact(UK, "exports", "growth", -12.4, "percent", Q3, "12.4",
             "exports of precious metals dropped 12.4% from the previous quarter", product="precious metals", basis="qoq"),
        fact(UK, "balance", "value", -3.0e9, "GBP", SEP, "£3.0bn",
             "the combined goods and services shortfall shrank to £3.0bn, against £3.9bn in August", product=GS),
        fact(UK, "balance", "value", -3.9e9, "GBP", AUG, "£3.9bn",
             "the combined goods and services shortfall shrank to £3.0bn, against £3.9bn in August", product=GS),
        fact(UK, "exports", "growth", 2.4, "percent", SEP, "2.4",
             "goods exports picked up 2.4% on the month to £29.2bn", basis="mom"),
        fact(UK, "exports", "value", 29.2e9, "GBP", SEP, "£29.2bn",
             "goods exports picked up 2.4% on the month to £29.2bn"),
        fact(UK, "balance", "value", -21.3e9, "GBP", SEP, "£21.3bn",
             "The goods deficit for the month was £21.3bn."),
        fact(UK, "exports", "rank", 1, "number", Q3, "biggest",
             "Goods exports to the US, Britain's biggest single export market over the quarter", partner="United States"),
        fact(UK, "exports", "growth", 4.8, "percent", SEP, "4.8",
             "Goods exports to the US, Britain's biggest single export market over the quarter, climbed 4.8% to £4.9bn in "
             "September compared with August", partner="United States", basis="mom"),
        fact(UK, "exports", "value", 4.9e9, "GBP", SEP, "£4.9bn",
             "Goods exports to the US, Britain's biggest single export market over the quarter, climbed 4.8% to £4.9bn in "
             "September compared with August", partner="United States"),
    ],
}
