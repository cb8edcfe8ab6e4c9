from _fact import fact, period

Q1 = period(2025, 1, 3)
GS = "goods and services"
E_EXP = "goods and services exports grew 1.9% to £221.5 billion"
E_IMP = "imports were up 1.3% at £226.6 billion"
E_EU_IMP = "imports from the EU went up by £1.3 billion, or 1.7%, to £77.8 billion"
E_NONEU_IMP = "imports from non-EU countries slipped 0.8% to £73.4 billion"
E_US = "Counting precious metals, goods exports to the United States were up £2.0 billion, or 13.7%, on the quarter at £16.6 billion"

ARTICLE = {
    "id": "dA4_02_uk_ons_q1",
    "title": "UK trade gap shrinks to £5.1bn as firms race to ship goods to the US",
    "publisher": None,
    "published": "2025-05-15",
    "notes": [
        "No outlet named in the text (byline only): publisher null. The year is not in the text; it comes from published (2025-05-15): "
        "'the three months to March' = 2025-01..2025-03.",
        "Product: the ONS headline is goods and services together -> 'goods and services'; the services surplus -> 'services'; "
        "trade-in-goods figures keep product null (goods trade is the default, as for customs data).",
        "Growth in 'the three months to March' compared with 'the three months to December' / 'the previous three months' is "
        "quarter on quarter: basis qoq. The list is introduced by 'changes on the previous three months', so its 1.7% and -0.8% are qoq; "
        "the US 13.7% is 'on the quarter': qoq.",
        "Partner 'non-EU countries' is written in the text's words (the ONS EU / non-EU split); the guide has no canonical name for it.",
        "Changes in pounds ('came down by £1.2 billion', '£0.3 billion below the level of the prior quarter', 'grew by £0.9 billion', 'went up by £1.3 billion', "
        "'up £2.0 billion', 'a narrowing of £7.9 billion') are derived comparisons: out. Only the levels are labelled.",
        "PARSER: 'came down by £1.2 billion to £5.1 billion': the fall cue 'deficit' lies before the intervening '£1.2 billion', so the "
        "parser reads +5.1e9; the label keeps -5.1e9 (a deficit).",
        "The headline '£5.1bn' restates the body figure: labelled once with the body evidence.",
        "'the 12 months to March' = April 2024 to March 2025: period written as a dict because it crosses a year.",
        "Out: goods export volumes (+0.5%, volume growth), 0.4 percentage points of GDP, GDP growth 0.7%, 10% tariff, 100,000-vehicle quota, the survey shares of exporting firms (27%, 18%, '10 or more employees'), sterling at $1.3330.",
        "'exports to the EU held broadly flat at £45.2 billion': the value is labelled; 'broadly flat' gives no growth number.",
    ],
    "facts": [
        fact("United Kingdom", "balance", "value", -5.1e9, "GBP", Q1, "5.1 billion",
             "the overall deficit on goods and services trade came down by £1.2 billion to £5.1 billion", product=GS),
        fact("United Kingdom", "exports", "growth", 1.9, "percent", Q1, "1.9", E_EXP, product=GS, basis="qoq"),
        fact("United Kingdom", "exports", "value", 221.5e9, "GBP", Q1, "221.5 billion", E_EXP, product=GS),
        fact("United Kingdom", "imports", "growth", 1.3, "percent", Q1, "1.3", E_IMP, product=GS, basis="qoq"),
        fact("United Kingdom", "imports", "value", 226.6e9, "GBP", Q1, "226.6 billion", E_IMP, product=GS),
        fact("United Kingdom", "balance", "value", -58.6e9, "GBP", Q1, "58.6 billion", "At £58.6 billion, the deficit on goods"),
        fact("United Kingdom", "balance", "value", 53.5e9, "GBP", Q1, "53.5 billion",
             "the surplus on services grew by £0.9 billion to £53.5 billion", product="services"),
        fact("United Kingdom", "imports", "growth", 1.7, "percent", Q1, "1.7", E_EU_IMP, partner="European Union", basis="qoq"),
        fact("United Kingdom", "imports", "value", 77.8e9, "GBP", Q1, "77.8 billion", E_EU_IMP, partner="European Union"),
        fact("United Kingdom", "imports", "growth", -0.8, "percent", Q1, "0.8", E_NONEU_IMP, partner="non-EU countries", basis="qoq"),
        fact("United Kingdom", "imports", "value", 73.4e9, "GBP", Q1, "73.4 billion", E_NONEU_IMP, partner="non-EU countries"),
        fact("United Kingdom", "exports", "value", 45.2e9, "GBP", Q1, "45.2 billion",
             "exports to the EU held broadly flat at £45.2 billion", partner="European Union"),
        fact("United Kingdom", "exports", "value", 47.4e9, "GBP", Q1, "47.4 billion",
             "exports bound for non-EU countries climbed to £47.4 billion", partner="non-EU countries"),
        fact("United Kingdom", "exports", "growth", 13.7, "percent", Q1, "13.7", E_US, partner="United States", basis="qoq"),
        fact("United Kingdom", "exports", "value", 16.6e9, "GBP", Q1, "16.6 billion", E_US, partner="United States"),
        fact("United Kingdom", "balance", "value", -2.3e9, "GBP", period(2025, 3), "2.3 billion",
             "For March on its own, the total trade deficit grew to £2.3 billion", product=GS),
        fact("United Kingdom", "balance", "value", -0.9e9, "GBP", period(2025, 2), "0.9 billion",
             "the February figure was revised to a deficit of £0.9 billion", product=GS),
        fact("United Kingdom", "balance", "value", -28.7e9, "GBP", {"start": "2024-04", "end": "2025-03"}, "28.7 billion",
             "In the 12 months to March the total trade shortfall came to £28.7 billion", product=GS),
    ],
}
