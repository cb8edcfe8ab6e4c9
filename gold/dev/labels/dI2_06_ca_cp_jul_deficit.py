from _fact import fact, period

JUL = period(2024, 7)
E_BAL = "Canada's global merchandise trade deficit to $1.1 billion in July, down from $2.8 billion in June"
E_X = "Compared with June, total exports grew 3.1 per cent to $65.9 billion in July"
E_M = "imports inched up 0.4 per cent to $67.0 billion"
E_EN = "lifted energy product exports 6.4 per cent from June to $13.2 billion"
E_US = "In July, shipments to the United States, Canada's largest trading partner, increased 2.6 per cent to $48.9 billion"

ARTICLE = {
    "id": "dI2_06_ca_cp_jul_deficit",
    "title": "July merchandise trade deficit for Canada falls to $1.1 billion",
    "publisher": "The Canadian Press",
    "published": "2024-09-04",
    "notes": [
        "The year appears only in the published date: July is 2024-07, June 2024-06.",
        "Dollar figures are Canadian dollars (a Canadian Press story on Statistics Canada data): CAD.",
        "June's $2.8 billion deficit is a separate observation (2024-06).",
        "'Compared with June' sets a month-on-month frame for the rates in that paragraph; each later "
        "paragraph states its own month-on-month cue ('from June', 'from the month before').",
        "'Canada's largest trading partner': rank 1 of the United States for total trade.",
        "'imports from the U.S. dropped 1.1 per cent': imports, partner United States, -1.1.",
        "Merchandise figures are goods: product null.",
        "Out of scope: volume growth 2.0 per cent, the record for non-US exports (no number), the $1.5 billion forecast, "
        "policy rate 4.5 per cent, GDP 2.1 per cent, exchange rate 74 cents US.",
    ],
    "facts": [
        fact("Canada", "balance", "value", -1.1e9, "CAD", JUL, "1.1 billion", E_BAL),
        fact("Canada", "balance", "value", -2.8e9, "CAD", period(2024, 6), "2.8 billion", E_BAL),
        fact("Canada", "exports", "value", 65.9e9, "CAD", JUL, "65.9 billion", E_X),
        fact("Canada", "exports", "growth", 3.1, "percent", JUL, "3.1", E_X, basis="mom"),
        fact("Canada", "imports", "value", 67.0e9, "CAD", JUL, "67.0 billion", E_M),
        fact("Canada", "imports", "growth", 0.4, "percent", JUL, "0.4", E_M, basis="mom"),
        fact("Canada", "exports", "value", 13.2e9, "CAD", JUL, "13.2 billion", E_EN, product="energy products"),
        fact("Canada", "exports", "growth", 6.4, "percent", JUL, "6.4", E_EN, product="energy products", basis="mom"),
        fact("Canada", "exports", "growth", 9.0, "percent", JUL, "9.0",
             "a 9.0 per cent gain in exports of metal and non-metallic mineral products",
             product="metal and non-metallic mineral products", basis="mom"),
        fact("Canada", "imports", "growth", -3.2, "percent", JUL, "3.2",
             "imports of motor vehicles and parts declined 3.2 per cent from June",
             product="motor vehicles and parts", basis="mom"),
        fact("Canada", "total", "rank", 1, "number", JUL, "largest", E_US, partner="United States"),
        fact("Canada", "exports", "value", 48.9e9, "CAD", JUL, "48.9 billion", E_US, partner="United States"),
        fact("Canada", "exports", "growth", 2.6, "percent", JUL, "2.6", E_US, partner="United States", basis="mom"),
        fact("Canada", "imports", "growth", -1.1, "percent", JUL, "1.1",
             "imports from the U.S. dropped 1.1 per cent from the month before", partner="United States", basis="mom"),
        fact("Canada", "balance", "value", 11.2e9, "CAD", JUL, "11.2 billion",
             "Canada's surplus in trade with the U.S. therefore grew to $11.2 billion", partner="United States"),
    ],
}
