from _fact import fact, period

OCT = period(2025, 10)
SEP = period(2025, 9)
Q = period(2025, 8, 10)  # the three months to October 2025

ARTICLE = {
    "id": "dBH2_06",
    "title": "UK trade gap widens as imports climb despite rebound in exports to US",
    "publisher": "The Guardian",
    "published": "2025-12-12",
    "notes": [
        "Written for the dev set in the style of a Guardian business story. Figures follow the ONS UK trade release "
        "for October 2025 (12 Dec 2025) as reported by Alliance News, Anadolu and dpa-AFX: three months to October, "
        "excluding precious metals, goods and services deficit widened £4.0bn to £6.7bn, goods deficit widened "
        "£3.9bn to £60.5bn, services surplus unchanged at £53.8bn; October goods exports £31bn +5.2%, imports "
        "£50.8bn +1.5%, goods deficit £19.9bn; EU exports £14.7bn +1.7%, imports £26.8bn +1.2%, deficit £12.1bn; "
        "non-EU exports £16.3bn +8.6%, imports £24.0bn +1.9%, deficit £7.7bn; including precious metals: goods "
        "deficit £22.5bn (September £18.9bn; poll £19.1bn), total deficit £4.8bn (September £1.09bn, written "
        "£1.1bn), services surplus £17.7bn (September £17.8bn); US exports incl. precious metals +27% (+£1.1bn), "
        "imports from the US +51.6%. GDP -0.1% (poll +0.1%). The +£1.5bn export rise is from Alliance News.",
        "Judgement: the guide has no field for 'excluding precious metals'; it is not a goods category, so product "
        "stays null for goods figures and 'goods and services' / 'services' for the others, with or without "
        "precious metals. The October goods deficit is therefore labelled twice with the same identity and two "
        "values (-19.9e9 excluding, -22.5e9 including precious metals): two statements of what the record sees as "
        "one observation that differ beyond rounding, labelled both as written, as the guide's 'Once' rule says.",
        "Judgement: 'the three months to October' → period 2025-08..2025-10. The paragraph frames 'compared with "
        "September' and 'on the month' carry to the later growth rates of their paragraphs (imports +1.5%, EU "
        "imports +1.2%, non-EU +8.6% and +1.9%, imports from the US +51.6%), all mom as the data are.",
        "Judgement: 'flat at £53.8bn' is a value (the services surplus for the three months), labelled; the "
        "'£1.1bn' after 'from' is the September total deficit (a value of another period), labelled; the other "
        "'£1.1bn' (the rise in exports to the US) is an absolute change, not labelled.",
        "Out of scope, not labelled: absolute changes (£4.0bn, £3.9bn, £1.5bn, £1.1bn), the Reuters poll £19.1bn, "
        "'widest since early 2022' (milestone), the 10% US tariff, GDP -0.1% (month and three months) and the "
        "0.1% GDP forecast, 'two monthly falls' (streak).",
        "Partner for 'non-EU countries' / 'outside the EU' written as 'non-EU countries'.",
        "Copy check: 10 sentences searched in the pages corpus with distinctive 6-10 word stretches; one reworded (the tariff sentence shared 'took effect at the end of June' with an AGCC/Times item); the US-exports sentence was also rewritten before checking to avoid the ONS/Alliance formula 'to the US, including precious metals, rose by'.",
        "Copy check (independent): 21 sentences searched, 1 reworded.",
    ],
    "facts": [
        # three months to October, excluding precious metals
        fact("United Kingdom", "balance", "value", -6.7e9, "GBP", Q, "6.7bn",
             "the shortfall on goods and services combined grew by £4.0bn to £6.7bn over the three-month period",
             product="goods and services"),
        fact("United Kingdom", "balance", "value", -60.5e9, "GBP", Q, "60.5bn",
             "The deficit in goods alone rose by £3.9bn to £60.5bn over the quarter"),
        fact("United Kingdom", "balance", "value", 53.8e9, "GBP", Q, "53.8bn",
             "the surplus the UK earns from selling services abroad – banking, consultancy, legal work and the like – "
             "was flat at £53.8bn", product="services"),
        # October, excluding precious metals
        fact("United Kingdom", "exports", "growth", 5.2, "percent", OCT, "5.2",
             "The value of goods exports jumped by 5.2% compared with September to £31bn", basis="mom"),
        fact("United Kingdom", "exports", "value", 31e9, "GBP", OCT, "31bn",
             "The value of goods exports jumped by 5.2% compared with September to £31bn"),
        fact("United Kingdom", "imports", "growth", 1.5, "percent", OCT, "1.5",
             "Goods imports grew more slowly, by 1.5% to £50.8bn", basis="mom"),
        fact("United Kingdom", "imports", "value", 50.8e9, "GBP", OCT, "50.8bn",
             "Goods imports grew more slowly, by 1.5% to £50.8bn"),
        fact("United Kingdom", "balance", "value", -19.9e9, "GBP", OCT, "19.9bn",
             "leaving a monthly goods deficit of £19.9bn"),
        # October, including precious metals
        fact("United Kingdom", "balance", "value", -22.5e9, "GBP", OCT, "22.5bn",
             "On that measure, the goods deficit swelled to £22.5bn in October"),
        fact("United Kingdom", "balance", "value", -18.9e9, "GBP", SEP, "18.9bn",
             "the goods deficit swelled to £22.5bn in October from £18.9bn in September"),
        fact("United Kingdom", "balance", "value", -4.8e9, "GBP", OCT, "4.8bn",
             "The overall trade deficit, including services, widened to £4.8bn", product="goods and services"),
        fact("United Kingdom", "balance", "value", -1.1e9, "GBP", SEP, "1.1bn",
             "The overall trade deficit, including services, widened to £4.8bn from £1.1bn",
             product="goods and services"),
        fact("United Kingdom", "balance", "value", 17.7e9, "GBP", OCT, "17.7bn",
             "the services surplus edged down to £17.7bn from £17.8bn", product="services"),
        fact("United Kingdom", "balance", "value", 17.8e9, "GBP", SEP, "17.8bn",
             "the services surplus edged down to £17.7bn from £17.8bn", product="services"),
        # European Union
        fact("United Kingdom", "exports", "growth", 1.7, "percent", OCT, "1.7",
             "Exports to the bloc increased 1.7% on the month to £14.7bn", partner="European Union", basis="mom"),
        fact("United Kingdom", "exports", "value", 14.7e9, "GBP", OCT, "14.7bn",
             "Exports to the bloc increased 1.7% on the month to £14.7bn", partner="European Union"),
        fact("United Kingdom", "imports", "growth", 1.2, "percent", OCT, "1.2",
             "Exports to the bloc increased 1.7% on the month to £14.7bn and imports from it 1.2% to £26.8bn",
             partner="European Union", basis="mom"),
        fact("United Kingdom", "imports", "value", 26.8e9, "GBP", OCT, "26.8bn",
             "imports from it 1.2% to £26.8bn", partner="European Union"),
        fact("United Kingdom", "balance", "value", -12.1e9, "GBP", OCT, "12.1bn",
             "leaving a £12.1bn deficit with Britain's nearest neighbours", partner="European Union"),
        # non-EU
        fact("United Kingdom", "exports", "growth", 8.6, "percent", OCT, "8.6",
             "Sales to non-EU countries were livelier, climbing 8.6% to £16.3bn", partner="non-EU countries",
             basis="mom"),
        fact("United Kingdom", "exports", "value", 16.3e9, "GBP", OCT, "16.3bn",
             "Sales to non-EU countries were livelier, climbing 8.6% to £16.3bn", partner="non-EU countries"),
        fact("United Kingdom", "imports", "growth", 1.9, "percent", OCT, "1.9",
             "against a 1.9% increase in imports to £24.0bn", partner="non-EU countries", basis="mom"),
        fact("United Kingdom", "imports", "value", 24.0e9, "GBP", OCT, "24.0bn",
             "against a 1.9% increase in imports to £24.0bn", partner="non-EU countries"),
        fact("United Kingdom", "balance", "value", -7.7e9, "GBP", OCT, "7.7bn",
             "for a deficit of £7.7bn outside the EU", partner="non-EU countries"),
        # United States (including precious metals)
        fact("United Kingdom", "exports", "growth", 27, "percent", OCT, "27",
             "Goods shipped to American buyers, precious metals included, rose by 27% in October compared with "
             "September", partner="United States", basis="mom"),
        fact("United Kingdom", "imports", "growth", 51.6, "percent", OCT, "51.6",
             "Imports from America rose even faster, by 51.6%", partner="United States", basis="mom"),
    ],
}
