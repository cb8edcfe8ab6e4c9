from _fact import fact, period

M = period(2026, 9)
E_EXP = "Exports overall reached US$54,367 million, up 9.6% from a year earlier."
E_OIL = "Oil exports fell 16.2% to US$1,580 million"
E_NOIL = "non-oil exports rose 10.4% to US$52,787 million"
E_AUTO = "Exports of automotive products posted slower growth of 3.1%, reaching US$14,102 million"
E_IMP = "purchases of merchandise totalled US$55,391 million, a year-on-year rise of 10.3%"
E_OILM = "Imports of oil declined 8.9% to US$4,110 million"

ARTICLE = {
    "id": "dE2_07_mx_eleconomista_sep2026",
    "title": "Sinking oil sales tip Mexico's trade balance into deficit in September",
    "publisher": "El Economista",
    "published": "2026-10-27",
    "notes": [
        "Running period: September 2026, stated in the text; August's surplus is 2026-08; 'January-September' is 2026-01/2026-09.",
        "Figures in 'US$... million' (INEGI style): '1,024 million' = 1.024e9.",
        "Products in the text's words: 'oil' and 'non-oil' (oil and non-oil exports, imports and balances), 'manufactured goods', "
        "'automotive products'. 'Non-oil shipments to the United States' carry partner United States and product non-oil.",
        "'Manufactured goods, part of the non-oil total, grew 11.2% compared with September 2025' is a year-on-year rate of manufactured exports.",
        "The oil deficit and the non-oil surplus are balances restricted to a product: product oil / non-oil.",
        "'Seasonally adjusted, overall exports fell 1.64% from the previous month': month-on-month, -1.64; "
        "the record has no field for seasonal adjustment.",
        "Out of scope: the 25% tariff, the peso at 18.35 and its 12% rise, Banxico's 6.75% and 6.50% rates, the USMCA review date.",
    ],
    "facts": [
        fact("Mexico", "balance", "value", -1.024e9, "USD", M, "1,024 million",
             "September's trade deficit came to US$1,024 million"),
        fact("Mexico", "balance", "value", 652e6, "USD", period(2026, 8), "652 million",
             "following a US$652 million surplus in August"),
        fact("Mexico", "exports", "value", 54.367e9, "USD", M, "54,367 million", E_EXP),
        fact("Mexico", "exports", "growth", 9.6, "percent", M, "9.6", E_EXP),
        fact("Mexico", "exports", "growth", -16.2, "percent", M, "16.2", E_OIL, product="oil"),
        fact("Mexico", "exports", "value", 1.58e9, "USD", M, "1,580 million", E_OIL, product="oil"),
        fact("Mexico", "exports", "growth", 10.4, "percent", M, "10.4", E_NOIL, product="non-oil"),
        fact("Mexico", "exports", "value", 52.787e9, "USD", M, "52,787 million", E_NOIL, product="non-oil"),
        fact("Mexico", "exports", "growth", 11.2, "percent", M, "11.2",
             "Manufactured goods, part of the non-oil total, grew 11.2% compared with September 2025", product="manufactured goods"),
        fact("Mexico", "exports", "growth", 3.1, "percent", M, "3.1", E_AUTO, product="automotive products"),
        fact("Mexico", "exports", "value", 14.102e9, "USD", M, "14,102 million", E_AUTO, product="automotive products"),
        fact("Mexico", "exports", "growth", 8.1, "percent", M, "8.1",
             "Non-oil shipments to the United States were up 8.1%.", partner="United States", product="non-oil"),
        fact("Mexico", "imports", "value", 55.391e9, "USD", M, "55,391 million", E_IMP),
        fact("Mexico", "imports", "growth", 10.3, "percent", M, "10.3", E_IMP),
        fact("Mexico", "imports", "growth", -8.9, "percent", M, "8.9", E_OILM, product="oil"),
        fact("Mexico", "imports", "value", 4.11e9, "USD", M, "4,110 million", E_OILM, product="oil"),
        fact("Mexico", "balance", "value", -2.53e9, "USD", M, "2,530 million",
             "In oil, the trade balance was in deficit by US$2,530 million", product="oil"),
        fact("Mexico", "balance", "value", 1.506e9, "USD", M, "1,506 million",
             "a US$1,506 million non-oil surplus", product="non-oil"),
        fact("Mexico", "exports", "growth", -1.64, "percent", M, "1.64",
             "Seasonally adjusted, overall exports fell 1.64% from the previous month.", basis="mom"),
        fact("Mexico", "balance", "value", -3.952e9, "USD", period(2026, 1, 9), "3,952 million",
             "The cumulative trade deficit for January-September stood at US$3,952 million."),
    ],
}
