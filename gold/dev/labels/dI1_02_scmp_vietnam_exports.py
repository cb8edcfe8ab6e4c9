from _fact import fact, period

JUL = period(2025, 7)
YTD = period(2025, 1, 7)
VN = "Vietnam"
E_JUL = "Mainland China's exports to Vietnam reached US$16.2 billion in July, up 21.3 per cent from a year earlier"
E_YTD = "Chinese exporters shipped US$99.8 billion worth of goods to Vietnam in the January-July period, an increase of 19.6 per cent on the same months last year"
E_IMP = "Between January and July, China's imports from Vietnam gained 11.2 per cent to US$53.1 billion"
E_IC = "Over the seven months China sent US$9.4 billion of integrated circuits to Vietnam, a 38 per cent increase"
E_ALL = "China's July exports came to US$321.8 billion, 7.2 per cent higher year on year"
E_VNUS = "Vietnamese exports to the US climbed 27.8 per cent to US$88.4 billion in January-July"

ARTICLE = {
    "id": "dI1_02_scmp_vietnam_exports",
    "title": "As sales to the US shrink, China's shipments to Vietnam keep surging",
    "publisher": None,
    "published": "2025-08-07",
    "notes": [
        "The text names neither the outlet nor the year (SCMP web style with byline only): publisher null; "
        "'July' and 'the January-July period' take 2025 from the published date.",
        "'Measured against June ... gained 4.1 per cent': month-on-month growth of July exports to Vietnam.",
        "'third-largest export market' over January-July: rank 3 for exports to Vietnam; "
        "the US and Hong Kong ahead of it are implied ranks, not labelled.",
        "'China ran a US$46.7 billion surplus' with Vietnam over January-July: balance, positive.",
        "Integrated circuits to Vietnam: product 'integrated circuits', partner Vietnam.",
        "'ahead of the 5.4 per cent gain economists had expected': forecast, out.",
        "'a fourth straight monthly drop in double digits': streak, out.",
        "Vietnam's own exports to the US (Hanoi statistics): area Vietnam, partner United States.",
        "40 per cent levy and Vietnam's 7.5 per cent GDP growth: not trade flows, out.",
    ],
    "facts": [
        fact("China", "exports", "value", 16.2e9, "USD", JUL, "16.2 billion", E_JUL, partner=VN),
        fact("China", "exports", "growth", 21.3, "percent", JUL, "21.3", E_JUL, partner=VN),
        fact("China", "exports", "growth", 4.1, "percent", JUL, "4.1",
             "Measured against June, shipments to China's southern neighbour gained 4.1 per cent", partner=VN, basis="mom"),
        fact("China", "exports", "value", 99.8e9, "USD", YTD, "99.8 billion", E_YTD, partner=VN),
        fact("China", "exports", "growth", 19.6, "percent", YTD, "19.6", E_YTD, partner=VN),
        fact("China", "exports", "rank", 3, "number", YTD, "third",
             "making Vietnam China's third-largest export market", partner=VN),
        fact("China", "imports", "growth", 11.2, "percent", YTD, "11.2", E_IMP, partner=VN),
        fact("China", "imports", "value", 53.1e9, "USD", YTD, "53.1 billion", E_IMP, partner=VN),
        fact("China", "balance", "value", 46.7e9, "USD", YTD, "46.7 billion",
             "China ran a US$46.7 billion surplus with the Southeast Asian country", partner=VN),
        fact("China", "exports", "value", 9.4e9, "USD", YTD, "9.4 billion", E_IC, partner=VN,
             product="integrated circuits"),
        fact("China", "exports", "growth", 38, "percent", YTD, "38", E_IC, partner=VN, product="integrated circuits"),
        fact("China", "exports", "growth", 7.2, "percent", JUL, "7.2", E_ALL),
        fact("China", "exports", "value", 321.8e9, "USD", JUL, "321.8 billion", E_ALL),
        fact("China", "exports", "growth", -21.7, "percent", JUL, "21.7",
             "Shipments to the US fell 21.7 per cent during the month", partner="United States"),
        fact("Vietnam", "exports", "growth", 27.8, "percent", YTD, "27.8", E_VNUS, partner="United States"),
        fact("Vietnam", "exports", "value", 88.4e9, "USD", YTD, "88.4 billion", E_VNUS, partner="United States"),
    ],
}
