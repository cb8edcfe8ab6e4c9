from _fact import fact, period

JUL = period(2025, 7)
YTD = period(2025, 1, 7)
VN = "Vietnam"
E_JUL = "Shipments from mainland China to Vietnam climbed to US$16.2 billion in July, a 21.3 per cent jump from a year earlier"
E_YTD = "Chinese exporters sold US$99.8 billion of goods to Vietnam, 19.6 per cent more than in the same stretch of last year"
E_IMP = "Imports from Vietnam rose 11.2 per cent to US$53.1 billion between January and July"
E_IC = "Integrated circuits sent to Vietnam were worth US$9.4 billion in the seven-month period, up 38 per cent"
E_ALL = "China's exports grew 7.2 per cent year on year to US$321.8 billion in July"
E_VNUS = "Its own exports to the US rose 27.8 per cent to US$88.4 billion in the January-July period"

ARTICLE = {
    "id": "dI1_02_scmp_vietnam_exports",
    "title": "Chinese exports to Vietnam keep booming as US-bound shipments sink",
    "publisher": None,
    "published": "2025-08-07",
    "notes": [
        "The text names neither the outlet nor the year (SCMP web style with byline only): publisher null; "
        "'July' and 'first seven months of the year' take 2025 from the published date.",
        "'Compared with June ... up 4.1 per cent': month-on-month growth of July exports to Vietnam.",
        "'third-largest export destination' over January-July: rank 3 for exports to Vietnam; "
        "the US and Hong Kong ahead of it are implied ranks, not labelled.",
        "'leaving China with a surplus of US$46.7 billion' with Vietnam over January-July: balance, positive.",
        "Integrated circuits to Vietnam: product 'integrated circuits', partner Vietnam.",
        "'beating the 5.4 per cent rise forecast by economists': forecast, out.",
        "'fourth double-digit monthly decline in a row': streak, out.",
        "Vietnam's own exports to the US (Hanoi statistics): area Vietnam, partner United States.",
        "40 per cent levy and Vietnam's 7.5 per cent GDP growth: not trade flows, out.",
    ],
    "facts": [
        fact("China", "exports", "value", 16.2e9, "USD", JUL, "16.2 billion", E_JUL, partner=VN),
        fact("China", "exports", "growth", 21.3, "percent", JUL, "21.3", E_JUL, partner=VN),
        fact("China", "exports", "growth", 4.1, "percent", JUL, "4.1",
             "Compared with June, exports to China's southern neighbour were up 4.1 per cent", partner=VN, basis="mom"),
        fact("China", "exports", "value", 99.8e9, "USD", YTD, "99.8 billion", E_YTD, partner=VN),
        fact("China", "exports", "growth", 19.6, "percent", YTD, "19.6", E_YTD, partner=VN),
        fact("China", "exports", "rank", 3, "number", YTD, "third",
             "That made the country China's third-largest export destination", partner=VN),
        fact("China", "imports", "growth", 11.2, "percent", YTD, "11.2", E_IMP, partner=VN),
        fact("China", "imports", "value", 53.1e9, "USD", YTD, "53.1 billion", E_IMP, partner=VN),
        fact("China", "balance", "value", 46.7e9, "USD", YTD, "46.7 billion",
             "leaving China with a surplus of US$46.7 billion", partner=VN),
        fact("China", "exports", "value", 9.4e9, "USD", YTD, "9.4 billion", E_IC, partner=VN,
             product="integrated circuits"),
        fact("China", "exports", "growth", 38, "percent", YTD, "38", E_IC, partner=VN, product="integrated circuits"),
        fact("China", "exports", "growth", 7.2, "percent", JUL, "7.2", E_ALL),
        fact("China", "exports", "value", 321.8e9, "USD", JUL, "321.8 billion", E_ALL),
        fact("China", "exports", "growth", -21.7, "percent", JUL, "21.7",
             "Exports to the US slumped 21.7 per cent in the month", partner="United States"),
        fact("Vietnam", "exports", "growth", 27.8, "percent", YTD, "27.8", E_VNUS, partner="United States"),
        fact("Vietnam", "exports", "value", 88.4e9, "USD", YTD, "88.4 billion", E_VNUS, partner="United States"),
    ],
}
