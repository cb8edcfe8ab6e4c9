from _fact import fact, period

M = period(2026, 9)
E_BAL = "showed a deficit of $4.32 billion, 9.4 percent smaller than the $4.77 billion shortfall of September last year"
E_EXP = "Receipts from exports climbed 15.2 percent to $7.21 billion"
E_IMP = "payments for imports grew 4.5 percent to $11.53 billion"
E_TOT = "The country's total goods trade reached $18.74 billion, up 8.4 percent from a year earlier"
E_EL = "Electronic products stayed at the top of the export list, bringing in $4.02 billion, or 55.8 percent of all export receipts"
E_US = "The United States was the top market for Philippine products, taking $1.12 billion worth of exports, or 15.5 percent of overall exports"
E_CN = "China was again the biggest supplier, shipping $2.87 billion worth of goods, or 24.9 percent of the import total"

ARTICLE = {
    "id": "dE2_05_ph_philstar_sep_trade",
    "title": "Electronics boost exports, shrinking trade deficit",
    "publisher": "The Philippine Star",
    "published": "2026-11-11",
    "notes": [
        "The text names no year ('in September', 'September last year'): September 2026 from the published date; "
        "the year-earlier deficit is September 2025.",
        "'9.4 percent smaller': the growth of a deficit follows its wording, -9.4.",
        "'the $4.77 billion shortfall of September last year' is a stated balance of September 2025: labelled (deficit, negative).",
        "'with exports representing 38.5 percent of it' is the exports' share of total goods trade: exports share.",
        "Stated ranks labelled: electronic products 'at the top of the export list' (rank 1 among exports, product electronic products), "
        "United States 'top market' (exports rank 1), Hong Kong 'came in second' (exports rank 2), China 'biggest supplier' (imports rank 1).",
        "Implied ranks not labelled: 'ahead of Japan, Taiwan and China', 'Rounding out the top five were Indonesia, Japan, South Korea and the US', "
        "and the order of other manufactured goods, coconut oil and copper cathodes ('came next').",
        "Out of scope: 'a more-than-one-year high', the economist's 6 percent forecast and the 10 percent target, "
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
        fact("Philippines", "exports", "share", 38.5, "percent", M, "38.5", "with exports representing 38.5 percent of it"),
        fact("Philippines", "exports", "rank", 1, "number", M, "top", E_EL, product="electronic products"),
        fact("Philippines", "exports", "value", 4.02e9, "USD", M, "4.02 billion", E_EL, product="electronic products"),
        fact("Philippines", "exports", "share", 55.8, "percent", M, "55.8", E_EL, product="electronic products"),
        fact("Philippines", "exports", "rank", 1, "number", M, "top", E_US, partner="United States"),
        fact("Philippines", "exports", "value", 1.12e9, "USD", M, "1.12 billion", E_US, partner="United States"),
        fact("Philippines", "exports", "share", 15.5, "percent", M, "15.5", E_US, partner="United States"),
        fact("Philippines", "exports", "rank", 2, "number", M, "second", "Hong Kong came in second", partner="Hong Kong"),
        fact("Philippines", "imports", "rank", 1, "number", M, "biggest", E_CN, partner="China"),
        fact("Philippines", "imports", "value", 2.87e9, "USD", M, "2.87 billion", E_CN, partner="China"),
        fact("Philippines", "imports", "share", 24.9, "percent", M, "24.9", E_CN, partner="China"),
    ],
}
