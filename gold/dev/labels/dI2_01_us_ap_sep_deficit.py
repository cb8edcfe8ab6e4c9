from _fact import fact, period

SEP = period(2024, 9)
AUG = period(2024, 8)
GS = "goods and services"
E_GAP = "The gap between what the United States sells and what it buys from other countries rose 19.2% to $84.4 billion from $70.8 billion in August"
E_PARTNERS = "The gap with Mexico came in at $16.8 billion and with the European Union at $21.6 billion"

ARTICLE = {
    "id": "dI2_01_us_ap_sep_deficit",
    "title": "US trade gap swells in September as Americans snap up foreign phones, computers and drugs",
    "publisher": "AP",
    "published": "2024-11-06",
    "notes": [
        "The year appears only in the published date (2024-11-06): September is 2024-09, August 2024-08.",
        "Headline deficit, imports and exports are goods and services together: product 'goods and services'; "
        "the goods deficit and the partner deficits are goods only: product null.",
        "The deficit 'rose 19.2% ... from $70.8 billion in August': growth of a deficit follows its verb (+19.2), basis mom.",
        "August's $70.8 billion deficit is a separate observation (period 2024-08).",
        "'Compared with August' sets a month-on-month frame for the import and export rates in that paragraph.",
        "'up 12.6% from the same period last year' for the nine-month deficit: yoy, period 2024-01/2024-09.",
        "Partner deficits (China, Mexico, EU) are for September: product null (goods).",
        "Out of scope: FactSet forecast of $74 billion, 'widest since March 2022', tariff threats (10%-20%, 60%), "
        "0.56 percentage point GDP drag, 2.8% GDP growth.",
    ],
    "facts": [
        fact("United States", "balance", "value", -84.4e9, "USD", SEP, "84.4 billion", E_GAP, product=GS),
        fact("United States", "balance", "growth", 19.2, "percent", SEP, "19.2", E_GAP, product=GS, basis="mom"),
        fact("United States", "balance", "value", -70.8e9, "USD", AUG, "70.8 billion", E_GAP, product=GS),
        fact("United States", "imports", "value", 352.3e9, "USD", SEP, "352.3 billion",
             "imports of goods and services climbed 3% to $352.3 billion", product=GS),
        fact("United States", "imports", "growth", 3, "percent", SEP, "3",
             "Compared with August, imports of goods and services climbed 3%", product=GS, basis="mom"),
        fact("United States", "exports", "value", 267.9e9, "USD", SEP, "267.9 billion",
             "Exports of goods and services slipped 1.2% to $267.9 billion", product=GS),
        fact("United States", "exports", "growth", -1.2, "percent", SEP, "1.2",
             "Exports of goods and services slipped 1.2% to $267.9 billion", product=GS, basis="mom"),
        fact("United States", "imports", "value", 72.9e9, "USD", SEP, "72.9 billion",
             "Imports of consumer goods reached a record $72.9 billion", product="consumer goods"),
        fact("United States", "balance", "value", -108.2e9, "USD", SEP, "108.2 billion",
             "The deficit in goods trade grew to $108.2 billion"),
        fact("United States", "balance", "value", 23.8e9, "USD", SEP, "23.8 billion",
             "the surplus in services shrank slightly to $23.8 billion", product="services"),
        fact("United States", "balance", "value", -692.5e9, "USD", period(2024, 1, 9), "692.5 billion",
             "the deficit totaled $692.5 billion, up 12.6% from the same period last year", product=GS),
        fact("United States", "balance", "growth", 12.6, "percent", period(2024, 1, 9), "12.6",
             "the deficit totaled $692.5 billion, up 12.6% from the same period last year", product=GS, basis="yoy"),
        fact("United States", "balance", "value", -25.9e9, "USD", SEP, "25.9 billion",
             "The goods deficit with China edged up to $25.9 billion in September", partner="China"),
        fact("United States", "balance", "value", -16.8e9, "USD", SEP, "16.8 billion", E_PARTNERS, partner="Mexico"),
        fact("United States", "balance", "value", -21.6e9, "USD", SEP, "21.6 billion", E_PARTNERS,
             partner="European Union"),
    ],
}
