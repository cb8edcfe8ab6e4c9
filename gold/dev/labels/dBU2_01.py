from _fact import fact, period

MX = "Mexico"
US = "United States"
OCT = period(2026, 10)
SEP = period(2026, 9)
JAN_OCT = period(2026, 1, 10)
JAN_OCT_25 = period(2025, 1, 10)

ARTICLE = {
    "id": "dBU2_01",
    "title": "Mexico posts $1.27 bln trade surplus in October as factory sales outrun oil slump",
    "publisher": "Reuters",
    "published": "2026-11-27",
    "notes": [
        "Real figures: none for October 2026 (the period has not happened). Modelled on INEGI's real October 2025 "
        "release (exports $66.13 billion, imports $65.53 billion, surplus $606 million): the October 2026 growth "
        "rates were chosen so that they agree with those real bases. Invented: every October 2026 and September 2026 "
        "figure, the seasonally adjusted surplus and month-on-month rates, the oil/non-oil, manufacturing, "
        "automotive, partner and import-category rates, and the January-October 2026 and January-October 2025 "
        "figures. Derived (consistent within rounding): balance 68.42 - 67.15 = 1.27; oil 1.71 + non-oil 66.71 = "
        "68.42; non-automotive 46.42 + automotive 15.96 = 62.38; manufacturing share 62.38 / 68.42 = 91.2%; oil "
        "balance 1.71 - 4.02 = -2.31; non-oil balance 66.71 - (67.15 - 4.02) = 3.58; -2.31 + 3.58 = 1.27; "
        "January-October 561.3 - 566.2 = -4.9 (stated -4.86); the 2025 bases implied by 5.4% and 4.9% give a "
        "deficit of 7.10.",
        "Judgement calls: the seasonally adjusted surplus ($412 million) is labelled as a second October balance "
        "value (the schema has no adjustment field; the two differ in value). The month-on-month frame 'On that "
        "basis, exports grew 1.2% from September' carries to 'imports slipped 0.6%' in the same sentence (basis "
        "mom). 'Shipments of non-oil goods to the rest of the world' is labelled with partner 'rest of the world' "
        "(INEGI's split: non-oil exports to the US versus to all other destinations), not null, because the figure "
        "excludes the United States. The September deficit ($1.05 billion) is stated as a value of its own and is "
        "labelled with period 2026-09; the January-October 2025 gap ($7.10 billion, 'a year earlier') likewise with "
        "period 2025-01..2025-10. Products in the text's words: 'oil', 'non-oil', 'non-oil goods', 'manufactured "
        "goods', 'non-automotive manufactured goods', 'automotive products', 'intermediate goods', 'consumer goods', "
        "'capital goods'. The headline's $1.27 bln is the body's October balance, labelled once with the body's "
        "evidence.",
        "Not facts: the $350 million shortfall (a poll forecast); 'more than twice' (a comparison, no number); "
        "'the highest for any month' (a milestone); 'a third monthly decline in a row' (a streak); the 25% US tariff "
        "(a tariff rate); 18.42 per dollar (an exchange rate); 0.5% third-quarter GDP growth; the years 2025 in "
        "'October 2025' and 'the same month of 2025' (years); 'the 10 months' (a period length).",
        "Copy check: 11 sentences searched (headline, lead, seasonally adjusted paragraph, oil exports, manufacturing "
        "share, non-oil by destination, the quote, the tariff sentence, import categories, oil deficit, "
        "January-October), 2 reworded (the seasonally adjusted sentence, which followed the Reuters stock skeleton "
        "'Adjusted for seasonal swings, the surplus was ...'; the non-oil-by-destination sentence, which followed a "
        "published sentence's appositive skeleton).",
        "Second check: 22 sentences searched, 1 reworded.",
    ],
    "facts": [
        fact(MX, "balance", "value", 1.27e9, "USD", OCT, "$1.27 billion",
             "Mexico swung to a trade surplus of $1.27 billion in October"),
        fact(MX, "balance", "value", -1.05e9, "USD", SEP, "$1.05 billion",
             "from a $1.05 billion deficit in September"),
        fact(MX, "exports", "growth", 3.5, "percent", OCT, "3.5",
             "Total exports climbed 3.5% from a year earlier to $68.42 billion"),
        fact(MX, "exports", "value", 68.42e9, "USD", OCT, "$68.42 billion",
             "Total exports climbed 3.5% from a year earlier to $68.42 billion"),
        fact(MX, "imports", "growth", 2.5, "percent", OCT, "2.5",
             "imports increased 2.5% to $67.15 billion"),
        fact(MX, "imports", "value", 67.15e9, "USD", OCT, "$67.15 billion",
             "imports increased 2.5% to $67.15 billion"),
        fact(MX, "balance", "value", 412e6, "USD", OCT, "$412 million",
             "In seasonally adjusted terms, INEGI put the October surplus at $412 million."),
        fact(MX, "exports", "growth", 1.2, "percent", OCT, "1.2",
             "On that basis, exports grew 1.2% from September and imports slipped 0.6%.", basis="mom"),
        fact(MX, "imports", "growth", -0.6, "percent", OCT, "0.6",
             "On that basis, exports grew 1.2% from September and imports slipped 0.6%.", basis="mom"),
        fact(MX, "exports", "growth", -18.6, "percent", OCT, "18.6",
             "Oil exports sank 18.6% to $1.71 billion", product="oil"),
        fact(MX, "exports", "value", 1.71e9, "USD", OCT, "$1.71 billion",
             "Oil exports sank 18.6% to $1.71 billion", product="oil"),
        fact(MX, "exports", "growth", 4.2, "percent", OCT, "4.2",
             "Non-oil exports, by contrast, advanced 4.2% to $66.71 billion.", product="non-oil"),
        fact(MX, "exports", "value", 66.71e9, "USD", OCT, "$66.71 billion",
             "Non-oil exports, by contrast, advanced 4.2% to $66.71 billion.", product="non-oil"),
        fact(MX, "exports", "share", 91.2, "percent", OCT, "91.2",
             "Manufactured goods, which made up 91.2% of all exports in October", product="manufactured goods"),
        fact(MX, "exports", "growth", 5.0, "percent", OCT, "5.0",
             "Manufactured goods, which made up 91.2% of all exports in October, rose 5.0% to $62.38 billion",
             product="manufactured goods"),
        fact(MX, "exports", "value", 62.38e9, "USD", OCT, "$62.38 billion",
             "Manufactured goods, which made up 91.2% of all exports in October, rose 5.0% to $62.38 billion",
             product="manufactured goods"),
        fact(MX, "exports", "growth", 8.0, "percent", OCT, "8.0",
             "shipments of non-automotive manufactured goods jumped 8.0% to $46.42 billion",
             product="non-automotive manufactured goods"),
        fact(MX, "exports", "value", 46.42e9, "USD", OCT, "$46.42 billion",
             "shipments of non-automotive manufactured goods jumped 8.0% to $46.42 billion",
             product="non-automotive manufactured goods"),
        fact(MX, "exports", "growth", -2.8, "percent", OCT, "2.8",
             "exports of automotive products fell 2.8% to $15.96 billion", product="automotive products"),
        fact(MX, "exports", "value", 15.96e9, "USD", OCT, "$15.96 billion",
             "exports of automotive products fell 2.8% to $15.96 billion", product="automotive products"),
        fact(MX, "exports", "growth", -3.1, "percent", OCT, "3.1",
             "Shipments of non-oil goods to the rest of the world dropped 3.1% from October 2025",
             partner="rest of the world", product="non-oil goods"),
        fact(MX, "exports", "growth", 5.6, "percent", OCT, "5.6",
             "Shipments of non-oil goods to the rest of the world dropped 3.1% from October 2025, but those to the "
             "United States, which absorbs the bulk of Mexican exports, grew 5.6%",
             partner=US, product="non-oil goods"),
        fact(MX, "imports", "growth", 3.9, "percent", OCT, "3.9",
             "purchases of intermediate goods, mostly parts and inputs for assembly plants, rose 3.9%",
             product="intermediate goods"),
        fact(MX, "imports", "growth", -1.4, "percent", OCT, "1.4",
             "Imports of consumer goods and capital goods fell 1.4% and 6.2%, respectively",
             product="consumer goods"),
        fact(MX, "imports", "growth", -6.2, "percent", OCT, "6.2",
             "Imports of consumer goods and capital goods fell 1.4% and 6.2%, respectively",
             product="capital goods"),
        fact(MX, "imports", "growth", -9.5, "percent", OCT, "9.5",
             "Oil imports declined 9.5% to $4.02 billion", product="oil"),
        fact(MX, "imports", "value", 4.02e9, "USD", OCT, "$4.02 billion",
             "Oil imports declined 9.5% to $4.02 billion", product="oil"),
        fact(MX, "balance", "value", -2.31e9, "USD", OCT, "$2.31 billion",
             "leaving an oil trade deficit of $2.31 billion", product="oil"),
        fact(MX, "balance", "value", 3.58e9, "USD", OCT, "$3.58 billion",
             "more than offset by a non-oil surplus of $3.58 billion", product="non-oil"),
        fact(MX, "balance", "value", -4.86e9, "USD", JAN_OCT, "$4.86 billion",
             "In the January-October period, Mexico posted a cumulative trade deficit of $4.86 billion"),
        fact(MX, "balance", "value", -7.10e9, "USD", JAN_OCT_25, "$7.10 billion",
             "Mexico posted a cumulative trade deficit of $4.86 billion, narrower than the $7.10 billion gap a "
             "year earlier"),
        fact(MX, "exports", "growth", 5.4, "percent", JAN_OCT, "5.4",
             "Exports over the 10 months rose 5.4% to $561.3 billion"),
        fact(MX, "exports", "value", 561.3e9, "USD", JAN_OCT, "$561.3 billion",
             "Exports over the 10 months rose 5.4% to $561.3 billion"),
        fact(MX, "imports", "growth", 4.9, "percent", JAN_OCT, "4.9",
             "imports grew 4.9% to $566.2 billion"),
        fact(MX, "imports", "value", 566.2e9, "USD", JAN_OCT, "$566.2 billion",
             "imports grew 4.9% to $566.2 billion"),
    ],
}
