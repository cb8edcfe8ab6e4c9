from _fact import fact, period

M = period(2026, 10)
FY = period(2026, 4, 10)
E_BAL = "pushed India's merchandise trade deficit up to $29.42 billion (Rs 2.61 lakh crore) in October 2026, compared with $21.85 billion in September"
E_EXP = "Year on year, merchandise exports increased 5.3 per cent to $36.82 billion (Rs 3.27 lakh crore)"
E_IMP = "imports were up 9.6 per cent at $66.24 billion (Rs 5.88 lakh crore)"
E_GOLD = "Imports of gold soared 71.4 per cent to $9.84 billion"
E_ELEC = "electronics exports, which rose 31.2 per cent to $4.12 billion (Rs 36,540 crore)"
E_FY = "Merchandise exports for April-October of fiscal 2026-27 totalled $254.3 billion, up 0.9 per cent"

ARTICLE = {
    "id": "dE2_03_in_bs_oct_trade",
    "title": "Gold rush before festivals widens October trade deficit to $29.4 bn",
    "publisher": "Business Standard",
    "published": "2026-11-16",
    "notes": [
        "Publisher from the byline 'Staff reporter | Business Standard | New Delhi'.",
        "Headline and deck restate body figures ($29.4 bn, 5.3%, 31%): labelled once, with the body sentences.",
        "Merchandise figures carry product null (goods alone); services exports product 'services'; "
        "'exports of goods and services combined' product 'goods and services'.",
        "Rupee figures in brackets are conversions written without 'about': INR facts, qualifier exact. "
        "'Rs 2.61 lakh crore' = 2.61e12; 'Rs 36,540 crore' = 3.654e11.",
        "September's deficit ($21.85 billion) is a stated value of September 2026: labelled with period 2026-09.",
        "'April-October of fiscal 2026-27' is April to October 2026.",
        "'Services exports for October were estimated at $36.7 billion' is the ministry's provisional estimate: qualifier exact "
        "('estimated' is not an approximation word in the guide).",
        "Out of scope: the $25.5 billion expected by economists in a Reuters survey, bullion more than 40 per cent dearer (a price), the 50 per cent tariff, "
        "the current account deficit at 1.3 per cent of GDP, the rupee at 89.6 and 88.7 to the dollar.",
    ],
    "facts": [
        fact("India", "balance", "value", -29.42e9, "USD", M, "29.42 billion", E_BAL),
        fact("India", "balance", "value", -2.61e12, "INR", M, "2.61 lakh crore", E_BAL),
        fact("India", "balance", "value", -21.85e9, "USD", period(2026, 9), "21.85 billion", E_BAL),
        fact("India", "exports", "growth", 5.3, "percent", M, "5.3", E_EXP),
        fact("India", "exports", "value", 36.82e9, "USD", M, "36.82 billion", E_EXP),
        fact("India", "exports", "value", 3.27e12, "INR", M, "3.27 lakh crore", E_EXP),
        fact("India", "imports", "growth", 9.6, "percent", M, "9.6", E_IMP),
        fact("India", "imports", "value", 66.24e9, "USD", M, "66.24 billion", E_IMP),
        fact("India", "imports", "value", 5.88e12, "INR", M, "5.88 lakh crore", E_IMP),
        fact("India", "imports", "growth", 71.4, "percent", M, "71.4", E_GOLD, product="gold"),
        fact("India", "imports", "value", 9.84e9, "USD", M, "9.84 billion", E_GOLD, product="gold"),
        fact("India", "imports", "growth", -8.2, "percent", M, "8.2", "Crude oil imports, by contrast, declined 8.2 per cent",
             product="crude oil"),
        fact("India", "exports", "growth", 31.2, "percent", M, "31.2", E_ELEC, product="electronics"),
        fact("India", "exports", "value", 4.12e9, "USD", M, "4.12 billion", E_ELEC, product="electronics"),
        fact("India", "exports", "value", 365.4e9, "INR", M, "36,540 crore", E_ELEC, product="electronics"),
        fact("India", "exports", "growth", -6.1, "percent", M, "6.1", "Exports to the US, on the other hand, dropped 6.1 per cent",
             partner="United States"),
        fact("India", "exports", "value", 36.7e9, "USD", M, "36.7 billion",
             "Services exports for October were estimated at $36.7 billion", product="services"),
        fact("India", "exports", "growth", 0.9, "percent", FY, "0.9", E_FY),
        fact("India", "exports", "value", 254.3e9, "USD", FY, "254.3 billion", E_FY),
        fact("India", "exports", "value", 491.8e9, "USD", FY, "491.8 billion",
             "exports of goods and services combined were estimated at $491.8 billion",
             product="goods and services"),
    ],
}
