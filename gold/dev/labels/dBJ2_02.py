from _fact import fact, period

JP = "Japan"
US = "United States"
CN = "China"
NOV = period(2025, 11)
OCT = period(2025, 10)
FY_AN = period(2025, 4, 11)
JN = period(2025, 1, 11)
JN24 = period(2024, 1, 11)
SME = "semiconductor-making equipment"
AUTO = "automobiles"

ARTICLE = {
    "id": "dBJ2_02",
    "title": "Rebound in US-bound shipments returns Japan to trade surplus",
    "publisher": "Nikkei Asia",
    "published": "2025-12-17",
    "notes": [
        "Real figures (Ministry of Finance November 2025 preliminary data as reported): exports 9.71 trillion yen +6.1%, "
        "October +3.6%, imports 9.39 trillion yen +1.3%, surplus 322.3 billion yen ($2.08 billion), exports to US 1.82 "
        "trillion yen +8.8%, car exports to US +1.5% in value, imports from US 1.08 trillion yen +7.1%, surplus with US "
        "739.8 billion yen +11.3%, exports to China -2.4%, imports from China +2.3%, deficit with China about 778 billion "
        "yen (777.9 written), exports to EU +19.6%, overall automobile exports -4.1%. Tariff rates 15%/27.5%/2.5% are "
        "real. Invented: semiconductor-making equipment figures (9.4%, 412.5 billion yen, -18.7% to China), Asia "
        "(4.6%, 5.03 trillion yen, 51.8%), automobile export value 1.49 trillion yen and 596.2 billion yen to the US, "
        "crude oil -11.8%, seasonally adjusted +2.5%/-1.1% m/m, volume +3.4%, April-November deficit 1.11 trillion yen, "
        "January-November exports 99.04 trillion yen +0.9%, deficits 2.74/5.46 trillion yen.",
        "Judgement calls: publisher from the text's own mention of Nikkei Asia; published from the page date line "
        "(December 17, 2025). 'its security ally' is the United States (antecedent in the same paragraph); 'to the "
        "country' and 'its neighbor' are China. 'Japan bought 1.08 trillion yen of American goods' = imports from the US. "
        "'crude oil purchases' in an 'On the import side' sentence = imports of crude oil. The seasonally adjusted "
        "figures are month-on-month growth ('from October'), the frame carrying to 'imports slipped 1.1%'; no "
        "seasonally adjusted level is stated, so nothing collides with the unadjusted November values. '3.6% increase "
        "logged in October' is October's own year-on-year export growth, labelled with period October. The $2.08 billion "
        "conversion is a separate USD fact, exact (no 'about'). The April-November period is the first eight months of "
        "fiscal 2025 -> 2025-04..2025-11; 'the same period of 2024' -> 2024-01..2024-11.",
        "Not facts: 'about 5%' and 'about 2% in the January-March quarter' (forecasts); 3.4% volume growth (volume beside "
        "value); 15%, 27.5%, 2.5% (tariff rates); 155 yen to the dollar (exchange rate); 'five months', 'four months of "
        "deficits', 'seven-month losing streak', 'since March', 'since February' (streaks/milestones); 'two Japanese "
        "automakers', 'eight months' (not trade flows).",
        "Copy check: 27 sentences searched, 8 reworded.",
        "Copy check (independent): 27 sentences searched, 1 reworded.",
    ],
    "facts": [
        fact(JP, "exports", "value", 9.71e12, "JPY", NOV, "9.71 trillion",
             "put exports at 9.71 trillion yen, 6.1% higher than a year earlier"),
        fact(JP, "exports", "growth", 6.1, "percent", NOV, "6.1",
             "put exports at 9.71 trillion yen, 6.1% higher than a year earlier"),
        fact(JP, "exports", "growth", 3.6, "percent", OCT, "3.6",
             "That was the fastest growth since February and a pickup from the 3.6% increase logged in October"),
        fact(JP, "imports", "growth", 1.3, "percent", NOV, "1.3",
             "With imports up a more modest 1.3% at 9.39 trillion yen"),
        fact(JP, "imports", "value", 9.39e12, "JPY", NOV, "9.39 trillion",
             "With imports up a more modest 1.3% at 9.39 trillion yen"),
        fact(JP, "balance", "value", 322.3e9, "JPY", NOV, "322.3 billion",
             "the balance swung to a surplus of 322.3 billion yen"),
        fact(JP, "balance", "value", 2.08e9, "USD", NOV, "2.08 billion",
             "the balance swung to a surplus of 322.3 billion yen ($2.08 billion)"),
        # United States
        fact(JP, "exports", "value", 1.82e12, "JPY", NOV, "1.82 trillion",
             "U.S.-bound shipments, at 1.82 trillion yen, were up 8.8%", partner=US),
        fact(JP, "exports", "growth", 8.8, "percent", NOV, "8.8",
             "U.S.-bound shipments, at 1.82 trillion yen, were up 8.8%", partner=US),
        fact(JP, "exports", "growth", 1.5, "percent", NOV, "1.5",
             "In value terms, automobiles sent to the American market edged up 1.5%", partner=US, product=AUTO),
        fact(JP, "imports", "value", 1.08e12, "JPY", NOV, "1.08 trillion",
             "Japan bought 1.08 trillion yen of American goods", partner=US),
        fact(JP, "imports", "growth", 7.1, "percent", NOV, "7.1",
             "Japan bought 1.08 trillion yen of American goods, 7.1% more than a year before", partner=US),
        fact(JP, "balance", "growth", 11.3, "percent", NOV, "11.3",
             "its surplus with its security ally widened 11.3% to 739.8 billion yen", partner=US),
        fact(JP, "balance", "value", 739.8e9, "JPY", NOV, "739.8 billion",
             "its surplus with its security ally widened 11.3% to 739.8 billion yen", partner=US),
        # China
        fact(JP, "exports", "growth", -2.4, "percent", NOV, "2.4",
             "China was a weak spot: shipments there slipped 2.4%", partner=CN),
        fact(JP, "exports", "growth", -18.7, "percent", NOV, "18.7",
             "Shipments of semiconductor-making equipment to the country dropped 18.7%", partner=CN, product=SME),
        fact(JP, "imports", "growth", 2.3, "percent", NOV, "2.3",
             "Imports from China grew 2.3%", partner=CN),
        fact(JP, "balance", "value", -777.9e9, "JPY", NOV, "777.9 billion",
             "Imports from China grew 2.3%, leaving Japan with a 777.9 billion yen deficit with its neighbor", partner=CN),
        # Asia and EU
        fact(JP, "exports", "growth", 4.6, "percent", NOV, "4.6",
             "Exports to Asia as a whole increased 4.6% to 5.03 trillion yen", partner="Asia"),
        fact(JP, "exports", "value", 5.03e12, "JPY", NOV, "5.03 trillion",
             "Exports to Asia as a whole increased 4.6% to 5.03 trillion yen", partner="Asia"),
        fact(JP, "exports", "share", 51.8, "percent", NOV, "51.8",
             "Exports to Asia as a whole increased 4.6% to 5.03 trillion yen, accounting for 51.8% of the total",
             partner="Asia"),
        fact(JP, "exports", "growth", 19.6, "percent", NOV, "19.6",
             "Shipments to the European Union jumped 19.6%", partner="European Union"),
        # products
        fact(JP, "exports", "growth", 9.4, "percent", NOV, "9.4",
             "exports of semiconductor-making equipment rose 9.4% to 412.5 billion yen", product=SME),
        fact(JP, "exports", "value", 412.5e9, "JPY", NOV, "412.5 billion",
             "exports of semiconductor-making equipment rose 9.4% to 412.5 billion yen", product=SME),
        fact(JP, "exports", "growth", -4.1, "percent", NOV, "4.1",
             "Automobile exports, however, slipped 4.1% to 1.49 trillion yen", product=AUTO),
        fact(JP, "exports", "value", 1.49e12, "JPY", NOV, "1.49 trillion",
             "Automobile exports, however, slipped 4.1% to 1.49 trillion yen", product=AUTO),
        fact(JP, "exports", "value", 596.2e9, "JPY", NOV, "596.2 billion",
             "Automobile exports, however, slipped 4.1% to 1.49 trillion yen, of which the U.S. took 596.2 billion yen",
             partner=US, product=AUTO),
        fact(JP, "imports", "growth", -11.8, "percent", NOV, "11.8",
             "On the import side, crude oil purchases fell 11.8%", product="crude oil"),
        # seasonally adjusted, month on month
        fact(JP, "exports", "growth", 2.5, "percent", NOV, "2.5",
             "On a seasonally adjusted basis, exports grew 2.5% from October", basis="mom"),
        fact(JP, "imports", "growth", -1.1, "percent", NOV, "1.1",
             "On a seasonally adjusted basis, exports grew 2.5% from October, while imports slipped 1.1%", basis="mom"),
        # cumulative
        fact(JP, "balance", "value", -1.11e12, "JPY", FY_AN, "1.11 trillion",
             "For the April-November period, the first eight months of fiscal 2025, Japan ran a trade deficit of 1.11 trillion yen"),
        fact(JP, "exports", "value", 99.04e12, "JPY", JN, "99.04 trillion",
             "In January-November, exports totaled 99.04 trillion yen"),
        fact(JP, "exports", "growth", 0.9, "percent", JN, "0.9",
             "In January-November, exports totaled 99.04 trillion yen, up 0.9% from a year earlier"),
        fact(JP, "balance", "value", -2.74e12, "JPY", JN, "2.74 trillion",
             "In January-November, exports totaled 99.04 trillion yen, up 0.9% from a year earlier, and the cumulative deficit narrowed to 2.74 trillion yen"),
        fact(JP, "balance", "value", -5.46e12, "JPY", JN24, "5.46 trillion",
             "In January-November, exports totaled 99.04 trillion yen, up 0.9% from a year earlier, and the cumulative deficit narrowed to 2.74 trillion yen from 5.46 trillion yen in the same period of 2024"),
    ],
}
