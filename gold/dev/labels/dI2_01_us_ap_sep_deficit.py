from _fact import fact, period

SEP = period(2024, 9)
AUG = period(2024, 8)
GS = "goods and services"
E_GAP = "the gap between what Americans buy from abroad and what they sell to other countries jumped 19.2% to $84.4 billion, up from $70.8 billion in August"
E_PARTNERS = "With Mexico, the deficit was $16.8 billion, and with the European Union it stood at $21.6 billion"

ARTICLE = {
    "id": "dI2_01_us_ap_sep_deficit",
    "title": "September's US trade shortfall jumps as shoppers load up on imported phones, computers and medicines",
    "publisher": "AP",
    "published": "2024-11-06",
    "notes": [
        "The year appears only in the published date (2024-11-06): September is 2024-09, August 2024-08.",
        "Headline deficit, imports and exports are goods and services together: product 'goods and services'; "
        "the goods deficit and the partner deficits are goods only: product null.",
        "The deficit 'jumped 19.2% ... up from $70.8 billion in August': growth of a deficit follows its verb (+19.2), basis mom.",
        "August's $70.8 billion deficit is a separate observation (period 2024-08).",
        "'Measured against August' sets a month-on-month frame for the import and export rates in that paragraph.",
        "'a 12.6% increase from the same period last year' for the nine-month deficit: yoy, period 2024-01/2024-09.",
        "Partner deficits (China, Mexico, EU) are for September: product null (goods).",
        "Out of scope: FactSet forecast of $74 billion, 'widest since March 2022', tariff threats (10%-20%, 60%), "
        "0.56 percentage point GDP drag, 2.8% GDP growth.",
    ],
    "facts": [
        fact("United States", "balance", "value", -84.4e9, "USD", SEP, "84.4 billion", E_GAP, product=GS),
        fact("United States", "balance", "growth", 19.2, "percent", SEP, "19.2", E_GAP, product=GS, basis="mom"),
        fact("United States", "balance", "value", -70.8e9, "USD", AUG, "70.8 billion", E_GAP, product=GS),
        fact("United States", "imports", "value", 352.3e9, "USD", SEP, "352.3 billion",
             "imports of goods and services rose 3% to $352.3 billion", product=GS),
        fact("United States", "imports", "growth", 3, "percent", SEP, "3",
             "Measured against August, imports of goods and services rose 3%", product=GS, basis="mom"),
        fact("United States", "exports", "value", 267.9e9, "USD", SEP, "267.9 billion",
             "Exports of goods and services declined 1.2% to $267.9 billion", product=GS),
        fact("United States", "exports", "growth", -1.2, "percent", SEP, "1.2",
             "Exports of goods and services declined 1.2% to $267.9 billion", product=GS, basis="mom"),
        fact("United States", "imports", "value", 72.9e9, "USD", SEP, "72.9 billion",
             "consumer goods imports to an all-time high of $72.9 billion", product="consumer goods"),
        fact("United States", "balance", "value", -108.2e9, "USD", SEP, "108.2 billion",
             "On the goods side, the deficit widened to $108.2 billion"),
        fact("United States", "balance", "value", 23.8e9, "USD", SEP, "23.8 billion",
             "the services surplus narrowed a little, to $23.8 billion", product="services"),
        fact("United States", "balance", "value", -692.5e9, "USD", period(2024, 1, 9), "692.5 billion",
             "the deficit reached $692.5 billion, a 12.6% increase from the same period last year", product=GS),
        fact("United States", "balance", "growth", 12.6, "percent", period(2024, 1, 9), "12.6",
             "the deficit reached $692.5 billion, a 12.6% increase from the same period last year", product=GS, basis="yoy"),
        fact("United States", "balance", "value", -25.9e9, "USD", SEP, "25.9 billion",
             "In September the goods deficit with China crept up to $25.9 billion", partner="China"),
        fact("United States", "balance", "value", -16.8e9, "USD", SEP, "16.8 billion", E_PARTNERS, partner="Mexico"),
        fact("United States", "balance", "value", -21.6e9, "USD", SEP, "21.6 billion", E_PARTNERS,
             partner="European Union"),
    ],
}
