from _fact import fact, period

OCTOBER = period(2025, 10)
SEPTEMBER = period(2025, 9)
AUGUST = period(2025, 8)
JAN_OCT = period(2025, 1, 10)
JAN_SEP = period(2025, 1, 9)
JAN_OCT_2024 = period(2024, 1, 10)
YEAR_2018 = period(2018, 1, 12)
E_US_OCT = "China's exports to the United States dropping 25.2 per cent year on year to US$34.2 billion in October"
E_TOTAL_OCT = "China's total exports fell 1.1 per cent to US$305.4 billion, after growing 8.3 per cent in September"
E_SHARES = "From January to October, the American share was 11.7 per cent, down from 14.9 per cent in last year's corresponding period and from more than 19 per cent in 2018"
E_YTD = "Measured in US dollars, China's January-October exports to the US shrank 17.8 per cent from a year earlier to US$359.3 billion, while overall exports grew 5.3 per cent to US$3.08 trillion"
E_ASEAN = "Shipments to the 10-member bloc increased 11 per cent in October; over the first 10 months they climbed 14.1 per cent to US$550.2 billion, equal to 17.9 per cent of all Chinese exports"
E_EU = "Exports to the European Union inched up 1 per cent last month but were 7.9 per cent above their level a year earlier for January-October as a whole"
E_VIETNAM = "In October, China's exports to Vietnam rose 19.8 per cent to US$18.9 billion, lifting the year-to-date total to US$171.3 billion"
E_VN_US = "Vietnam's own exports to the US rose 27.9 per cent to US$126.2 billion in the first 10 months of the year"
E_MX_US = "Mexico's sales to its northern neighbour increased 6.1 per cent to US$412.6 billion in the first nine months"

ARTICLE = {
    "id": "dQ1_06_scmp_us_asean_exports_oct",
    "title": "US share of China's exports falls to record low as Asean and Africa absorb the shortfall",
    "publisher": "South China Morning Post",
    "published": "2025-11-08",
    "notes": [
        "The year appears only in the published date (8 Nov 2025): 'October', 'last month' and 'the first 10 months of the year' are 2025; 'last year's corresponding period' is January-October 2024.",
        "Summary bullets restate the body: 'dropped by a quarter' (the 25.2 per cent fall, a word form) and the 11.2 per cent share are labelled once, with the body as evidence.",
        "'the US bought 11.2 per cent of everything China exported last month': share of China's exports going to the US, October.",
        "'the American share was 11.7 per cent, down from 14.9 per cent in last year's corresponding period and from more than 19 per cent in 2018': three share facts (January-October 2025, January-October 2024, year 2018 with qualifier over).",
        "'after growing 8.3 per cent in September' is China's total export growth in September; 'less severe than August's 33.1 per cent plunge' is the growth of exports to the US in August (negative).",
        "'Asean' is written out as partner 'ASEAN'; '17.9 per cent of all Chinese exports' is ASEAN's share of China's January-October exports.",
        "'Africa posted the quickest growth, with exports there rising 26.1 per cent': growth labelled; the ranking of growth rates is not a rank of a flow, not labelled.",
        "'China's trade surplus with the world stood at US$90.1 billion in October': China's balance with the world.",
        "Vietnam's and Mexico's own exports to the US are separate areas (Vietnam, Mexico) with partner United States ('its northern neighbour' for Mexico); Mexico's figure is for the first nine months.",
        "Out of scope: 'a seventh straight monthly decline' (streak), the 3 per cent Reuters-poll forecast, 'had not contracted since February', tariff rates (10, 40 and about 47 per cent), 'more than US$400 billion a year' (a loose historical level in a quote, not tied to a period), analysts' forecasts (a further 10 per cent fall next year, around 3 per cent growth, low single-digit growth by December), dates.",
    ],
    "facts": [
        fact("China", "exports", "growth", -25.2, "percent", OCTOBER, "25.2", E_US_OCT, partner="United States"),
        fact("China", "exports", "value", 34.2e9, "USD", OCTOBER, "34.2 billion", E_US_OCT, partner="United States"),
        fact("China", "exports", "growth", -1.1, "percent", OCTOBER, "1.1", E_TOTAL_OCT),
        fact("China", "exports", "value", 305.4e9, "USD", OCTOBER, "305.4 billion", E_TOTAL_OCT),
        fact("China", "exports", "growth", 8.3, "percent", SEPTEMBER, "8.3", E_TOTAL_OCT),
        fact("China", "exports", "share", 11.2, "percent", OCTOBER, "11.2",
             "the US bought 11.2 per cent of everything China exported last month", partner="United States"),
        fact("China", "exports", "share", 11.7, "percent", JAN_OCT, "11.7", E_SHARES, partner="United States"),
        fact("China", "exports", "share", 14.9, "percent", JAN_OCT_2024, "14.9", E_SHARES, partner="United States"),
        fact("China", "exports", "share", 19, "percent", YEAR_2018, "19", E_SHARES, partner="United States", qualifier="over"),
        fact("China", "exports", "value", 359.3e9, "USD", JAN_OCT, "359.3 billion", E_YTD, partner="United States"),
        fact("China", "exports", "growth", -17.8, "percent", JAN_OCT, "17.8", E_YTD, partner="United States"),
        fact("China", "exports", "growth", 5.3, "percent", JAN_OCT, "5.3", E_YTD),
        fact("China", "exports", "value", 3.08e12, "USD", JAN_OCT, "3.08 trillion", E_YTD),
        fact("China", "exports", "growth", -33.1, "percent", AUGUST, "33.1",
             "October's fall in US-bound exports was less severe than August's 33.1 per cent plunge", partner="United States"),
        fact("China", "exports", "growth", 11, "percent", OCTOBER, "11", E_ASEAN, partner="ASEAN"),
        fact("China", "exports", "growth", 14.1, "percent", JAN_OCT, "14.1", E_ASEAN, partner="ASEAN"),
        fact("China", "exports", "value", 550.2e9, "USD", JAN_OCT, "550.2 billion", E_ASEAN, partner="ASEAN"),
        fact("China", "exports", "share", 17.9, "percent", JAN_OCT, "17.9", E_ASEAN, partner="ASEAN"),
        fact("China", "exports", "growth", 1, "percent", OCTOBER, "1", E_EU, partner="European Union"),
        fact("China", "exports", "growth", 7.9, "percent", JAN_OCT, "7.9", E_EU, partner="European Union"),
        fact("China", "exports", "growth", 26.1, "percent", JAN_OCT, "26.1",
             "Africa posted the quickest growth, with exports there rising 26.1 per cent in the first 10 months", partner="Africa"),
        fact("China", "balance", "value", 90.1e9, "USD", OCTOBER, "90.1 billion",
             "China's trade surplus with the world stood at US$90.1 billion in October"),
        fact("China", "exports", "growth", 19.8, "percent", OCTOBER, "19.8", E_VIETNAM, partner="Vietnam"),
        fact("China", "exports", "value", 18.9e9, "USD", OCTOBER, "18.9 billion", E_VIETNAM, partner="Vietnam"),
        fact("China", "exports", "value", 171.3e9, "USD", JAN_OCT, "171.3 billion", E_VIETNAM, partner="Vietnam"),
        fact("China", "exports", "growth", -4.6, "percent", OCTOBER, "4.6",
             "Exports to Mexico, on the other hand, dipped 4.6 per cent last month", partner="Mexico"),
        fact("Vietnam", "exports", "growth", 27.9, "percent", JAN_OCT, "27.9", E_VN_US, partner="United States"),
        fact("Vietnam", "exports", "value", 126.2e9, "USD", JAN_OCT, "126.2 billion", E_VN_US, partner="United States"),
        fact("Mexico", "exports", "value", 412.6e9, "USD", JAN_SEP, "412.6 billion", E_MX_US, partner="United States"),
        fact("Mexico", "exports", "growth", 6.1, "percent", JAN_SEP, "6.1", E_MX_US, partner="United States"),
    ],
}
