from _fact import fact, period

M = period(2026, 9)
E_BAL = "posted a deficit of $4.32 billion, narrowing by 9.4 percent from the $4.77 billion gap in September last year"
E_EXP = "Total export sales went up by 15.2 percent to $7.21 billion"
E_IMP = "the import bill rose by 4.5 percent to $11.53 billion"
E_TOT = "Total external trade in goods amounted to $18.74 billion, an 8.4 percent increase from a year earlier"
E_EL = "Electronic products remained the country's top export, earning $4.02 billion and accounting for 55.8 percent of total export receipts"
E_US = "the United States was the top destination of Philippine goods, with exports valued at $1.12 billion, or 15.5 percent of the total"
E_CN = "China remained the biggest supplier, with goods worth $2.87 billion or 24.9 percent of total imports"

ARTICLE = {
    "id": "dE2_05_ph_philstar_sep_trade",
    "title": "Trade gap narrows as electronics lift exports",
    "publisher": "The Philippine Star",
    "published": "2026-11-11",
    "notes": [
        "The text names no year ('in September', 'September last year'): September 2026 from the published date; "
        "the year-earlier deficit is September 2025.",
        "'narrowing by 9.4 percent': the growth of a deficit follows its verb, -9.4.",
        "'the $4.77 billion gap in September last year' is a stated balance of September 2025: labelled (deficit, negative).",
        "'Of this, exports made up 38.5 percent' is the exports' share of total external trade: exports share.",
        "Stated ranks labelled: electronic products 'top export' (rank 1 among exports, product electronic products), "
        "United States 'top destination' (exports rank 1), Hong Kong 'ranked second' (exports rank 2), China 'biggest supplier' (imports rank 1).",
        "Implied ranks not labelled: 'followed by Japan, Taiwan and China', 'Indonesia, Japan, South Korea and the US completed the top five', "
        "and the order of other manufactured goods, coconut oil and copper cathodes.",
        "Out of scope: 'highest level in more than a year', the economist's 6 percent forecast and the 10 percent goal, "
        "the peso at 58.2, GDP 4.0 and 5.5 percent.",
    ],
    "facts": [
        fact("Philippines", "balance", "value", -4.32e9, "USD", M, "4.32 billion", E_BAL),
        fact("Philippines", "balance", "growth", -9.4, "percent", M, "9.4", E_BAL),
        fact("Philippines", "balance", "value", -4.77e9, "USD", period(2025, 9), "4.77 billion", E_BAL),
        fact("Philippines", "exports", "growth", 15.2, "percent", M, "15.2", E_EXP),
        fact("Philippines", "exports", "value", 7.21e9, "USD", M, "7.21 billion", E_EXP),
        fact("Philippines", "imports", "growth", 4.5, "percent", M, "4.5", E_IMP),
        fact("Philippines", "imports", "value", 11.53e9, "USD", M, "11.53 billion", E_IMP),
        fact("Philippines", "total", "value", 18.74e9, "USD", M, "18.74 billion", E_TOT),
        fact("Philippines", "total", "growth", 8.4, "percent", M, "8.4", E_TOT),
        fact("Philippines", "exports", "share", 38.5, "percent", M, "38.5", "Of this, exports made up 38.5 percent."),
        fact("Philippines", "exports", "rank", 1, "number", M, "top", E_EL, product="electronic products"),
        fact("Philippines", "exports", "value", 4.02e9, "USD", M, "4.02 billion", E_EL, product="electronic products"),
        fact("Philippines", "exports", "share", 55.8, "percent", M, "55.8", E_EL, product="electronic products"),
        fact("Philippines", "exports", "rank", 1, "number", M, "top", E_US, partner="United States"),
        fact("Philippines", "exports", "value", 1.12e9, "USD", M, "1.12 billion", E_US, partner="United States"),
        fact("Philippines", "exports", "share", 15.5, "percent", M, "15.5", E_US, partner="United States"),
        fact("Philippines", "exports", "rank", 2, "number", M, "second", "Hong Kong ranked second", partner="Hong Kong"),
        fact("Philippines", "imports", "rank", 1, "number", M, "biggest", E_CN, partner="China"),
        fact("Philippines", "imports", "value", 2.87e9, "USD", M, "2.87 billion", E_CN, partner="China"),
        fact("Philippines", "imports", "share", 24.9, "percent", M, "24.9", E_CN, partner="China"),
    ],
}
