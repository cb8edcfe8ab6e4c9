from _fact import fact, period

MARCH = period(2026, 3)
FEBRUARY = period(2026, 2)
FIRST_QUARTER = period(2026, 1, 3)
GS = "goods and services"
EVIDENCE_HEADLINE = (
    "the deficit on goods and services rose 9.6% to $63.8 billion, up from a revised $58.2 billion in February"
)
EVIDENCE_SERVICES = "the surplus on services grew to $24.5 billion from $23.5 billion in February"
EVIDENCE_PETROLEUM = "the surplus on petroleum narrowed to $3.2 billion, compared with $4.1 billion in February"
EVIDENCE_PETROLEUM_EXPORTS = "Petroleum exports dropped 3.7% to $24.1 billion"
EVIDENCE_CHINA = "The goods deficit with China, a politically charged figure, narrowed 6.3% to $15.0 billion"
EVIDENCE_QUARTER = "The first-quarter trade deficit amounted to $183.0 billion, 53.7% smaller than in the same period last year"

ARTICLE = {
    "id": "dN2_04_us_reuters_march_deficit",
    "title": "Drug and computer imports push US trade gap wider in March",
    "publisher": "Reuters",
    "published": "2026-05-05",
    "notes": [
        "Dateline 'WASHINGTON, May 5 (Reuters)' has no year: the year 2026 comes from published; the running period is March 2026.",
        "The headline balance and the exports/imports totals are goods and services (the text says 'deficit on goods and "
        "services', 'imports of goods and services'): product 'goods and services'. 'On the export side, the total increased "
        "0.8% to $271.4 billion' is total exports (goods exports follow separately), so it is labelled goods and services too.",
        "Goods-only figures (goods exports, goods imports, goods trade deficit, the deficits with China, Mexico, the EU)"
        " have product null, as the guide says for goods alone.",
        "Basis: the story compares March with February throughout (set in the second paragraph, 'up from a revised $58.2 "
        "billion in February', the month before). The export, import and China-deficit changes in later paragraphs have "
        "no cue words of their own; they are the Census monthly changes on the previous month and are labelled mom. The "
        "only year-on-year comparison is explicit ('than in the same period last year', first quarter).",
        "Deficit growth follows its verb: 'deficit on goods and services rose 9.6%' +9.6, 'deficit with China ... narrowed 6.3%' "
        "-6.3, 'trade deficit ... 53.7% smaller' -53.7.",
        "The February levels stated as comparison bases ($58.2 billion deficit, $23.5 billion services surplus, $4.1 "
        "billion petroleum surplus) are labelled as February observations.",
        "Absolute changes ('a $2.8 billion increase', 'declined by $0.9 billion') are derived comparisons: out. 'an all-time "
        "high' is not a number.",
        "Out of scope: the Reuters poll forecast ($60.5 billion), GDP 1.6% annualized, 0.9 percentage point from trade, "
        "'a few tenths', the 15% tariff, 'two decades'.",
        "Imports from China 'fell to $23.4 billion' and exports to China 'climbed to $8.4 billion': values only, no rate given.",
    ],
    "facts": [
        fact("United States", "balance", "value", -63.8e9, "USD", MARCH, "63.8 billion", EVIDENCE_HEADLINE, product=GS),
        fact("United States", "balance", "growth", 9.6, "percent", MARCH, "9.6", EVIDENCE_HEADLINE, product=GS,
             basis="mom"),
        fact("United States", "balance", "value", -58.2e9, "USD", FEBRUARY, "58.2 billion", EVIDENCE_HEADLINE,
             product=GS),
        fact("United States", "imports", "growth", 2.4, "percent", MARCH, "2.4",
             "Total imports of goods and services increased 2.4% to $335.2 billion", product=GS, basis="mom"),
        fact("United States", "imports", "value", 335.2e9, "USD", MARCH, "335.2 billion",
             "Total imports of goods and services increased 2.4% to $335.2 billion", product=GS),
        fact("United States", "imports", "growth", 2.9, "percent", MARCH, "2.9",
             "goods imports up 2.9% at $267.9 billion", basis="mom"),
        fact("United States", "imports", "value", 267.9e9, "USD", MARCH, "267.9 billion",
             "goods imports up 2.9% at $267.9 billion"),
        fact("United States", "imports", "value", 71.3e9, "USD", MARCH, "71.3 billion",
             "a $2.8 billion increase in consumer goods imports to $71.3 billion", product="consumer goods"),
        fact("United States", "imports", "value", 96.2e9, "USD", MARCH, "96.2 billion",
             "Capital goods imports hit an all-time high of $96.2 billion", product="capital goods"),
        fact("United States", "exports", "growth", 0.8, "percent", MARCH, "0.8", "On the export side, the total increased 0.8% to $271.4 billion",
             product=GS, basis="mom"),
        fact("United States", "exports", "value", 271.4e9, "USD", MARCH, "271.4 billion",
             "On the export side, the total increased 0.8% to $271.4 billion", product=GS),
        fact("United States", "exports", "growth", 0.5, "percent", MARCH, "0.5",
             "goods exports inched up 0.5% to $179.6 billion", basis="mom"),
        fact("United States", "exports", "value", 179.6e9, "USD", MARCH, "179.6 billion",
             "goods exports inched up 0.5% to $179.6 billion"),
        fact("United States", "balance", "value", -88.3e9, "USD", MARCH, "88.3 billion",
             "On goods alone, the trade deficit grew to $88.3 billion"),
        fact("United States", "exports", "growth", 1.3, "percent", MARCH, "1.3",
             "services exports rise 1.3% to $91.8 billion", product="services", basis="mom"),
        fact("United States", "exports", "value", 91.8e9, "USD", MARCH, "91.8 billion",
             "services exports rise 1.3% to $91.8 billion", product="services"),
        fact("United States", "balance", "value", 24.5e9, "USD", MARCH, "24.5 billion", EVIDENCE_SERVICES,
             product="services"),
        fact("United States", "balance", "value", 23.5e9, "USD", FEBRUARY, "23.5 billion", EVIDENCE_SERVICES,
             product="services"),
        fact("United States", "balance", "value", 3.2e9, "USD", MARCH, "3.2 billion", EVIDENCE_PETROLEUM,
             product="petroleum"),
        fact("United States", "balance", "value", 4.1e9, "USD", FEBRUARY, "4.1 billion", EVIDENCE_PETROLEUM,
             product="petroleum"),
        fact("United States", "exports", "growth", -3.7, "percent", MARCH, "3.7", EVIDENCE_PETROLEUM_EXPORTS,
             product="petroleum", basis="mom"),
        fact("United States", "exports", "value", 24.1e9, "USD", MARCH, "24.1 billion", EVIDENCE_PETROLEUM_EXPORTS,
             product="petroleum"),
        fact("United States", "balance", "growth", -6.3, "percent", MARCH, "6.3", EVIDENCE_CHINA, partner="China",
             basis="mom"),
        fact("United States", "balance", "value", -15.0e9, "USD", MARCH, "15.0 billion", EVIDENCE_CHINA,
             partner="China"),
        fact("United States", "imports", "value", 23.4e9, "USD", MARCH, "23.4 billion",
             "Imports from China fell to $23.4 billion", partner="China"),
        fact("United States", "exports", "value", 8.4e9, "USD", MARCH, "8.4 billion",
             "exports to China climbed to $8.4 billion", partner="China"),
        fact("United States", "balance", "value", -17.2e9, "USD", MARCH, "17.2 billion",
             "The gap with Mexico grew to $17.2 billion", partner="Mexico"),
        fact("United States", "balance", "value", -19.8e9, "USD", MARCH, "19.8 billion",
             "the deficit with the European Union rose to $19.8 billion", partner="European Union"),
        fact("United States", "balance", "value", -183.0e9, "USD", FIRST_QUARTER, "183.0 billion", EVIDENCE_QUARTER,
             product=GS),
        fact("United States", "balance", "growth", -53.7, "percent", FIRST_QUARTER, "53.7", EVIDENCE_QUARTER,
             product=GS),
    ],
}
