from _fact import fact, period

APR = period(2025, 4)
MAR = period(2025, 3)
JA = period(2025, 1, 4)

E_EXP = "Exports climbed 9.3 percent from a year earlier to CNY2.27 trillion (USD315.69 billion) in April"
E_IMP = "imports edged up 0.8 percent to CNY1.57 trillion"
E_TOT = "Total goods trade for the month rose 5.6 percent to CNY3.84 trillion"
E_USD = "In dollar terms, exports gained 8.1 percent and imports slipped 0.2 percent"
E_BAL = "leaving a trade surplus of USD96.18 billion, smaller than the USD102.64 billion logged in March"
E_US = ("Shipments to the US sank 21 percent from a year earlier to USD33 billion and were down 17.6 percent "
        "from March, when they had totaled USD40.1 billion")
E_ASEAN_EU = ("exports to the 10 members of the Association of Southeast Asian Nations jumped 20.8 percent and "
              "those to the European Union advanced 8.3 percent")
E_MOM = "Compared with March, overall exports inched up 0.6 percent, while imports rose 3.9 percent month on month"
E_JA_TOT = "the value of China's imports and exports reached CNY14.14 trillion, up 2.4 percent year on year"
E_JA_EXP = "Exports increased 7.5 percent to CNY8.39 trillion"
E_JA_IMP = "imports dropped 4.2 percent to CNY5.75 trillion"
E_ASEAN = ("Asean remained the country's biggest trading partner in the period, with two-way trade of "
           "CNY2.37 trillion, up 9.2 percent and making up 16.8 percent of the total")
E_EU = "The EU ranked second at CNY1.78 trillion, up 0.8 percent"
E_USTOT = "trade with the US, the third-largest partner, fell 3.1 percent to CNY1.45 trillion"

ARTICLE = {
    "id": "dB1_01_yicai_april_release",
    "title": "China's April Exports Beat Forecasts as Asean Demand Cushions Plunge in US Sales",
    "publisher": "Yicai",
    "published": "2025-05-09",
    "notes": [
        "The year appears only in `published` (2025-05-09): 'last month' = April 2025, 'the first four months' = Jan-Apr 2025, "
        "'March' = March 2025.",
        "Yuan and dollar growth rates for the same month are different numbers (9.3 vs 8.1 for exports, 0.8 vs -0.2 for imports): "
        "all four labelled; the record has no field for the currency a rate was computed in.",
        "'CNY2.27 trillion (USD315.69 billion)': the same observation in two currencies, two facts; the conversion has no "
        "'about', so qualifier exact.",
        "The key-figures bullet list restates body figures (exports USD value, +8.1, -0.2, surplus, US USD33.0 billion, -21.0, "
        "Asean +20.8, EU +8.3): labelled once, with the body sentence as evidence. Only 'Imports: USD219.51 billion' is "
        "stated nowhere else, so it takes the bullet as evidence.",
        "'were down 17.6 percent from March' and 'Compared with March, ... month on month': basis mom, period April.",
        "'when they had totaled USD40.1 billion' = exports to the US in March 2025, a value fact.",
        "The March surplus USD102.64 billion is labelled as a March balance.",
        "Out of scope: the 2 percent consensus forecast, Zhang's 2 percent Q2 outlook, crude oil volume growth 7.5 percent "
        "(volume, not value), GDP 5.4 percent, tariff rates 145/125 percent, '90-day', '10 members'.",
        "Ranks are stated ('biggest', 'ranked second', 'third-largest partner') for Jan-Apr partners: labelled.",
    ],
    "facts": [
        fact("China", "exports", "growth", 9.3, "percent", APR, "9.3", E_EXP),
        fact("China", "exports", "value", 2.27e12, "CNY", APR, "2.27 trillion", E_EXP),
        fact("China", "exports", "value", 315.69e9, "USD", APR, "315.69 billion", E_EXP),
        fact("China", "imports", "growth", 0.8, "percent", APR, "0.8", E_IMP),
        fact("China", "imports", "value", 1.57e12, "CNY", APR, "1.57 trillion", E_IMP),
        fact("China", "total", "growth", 5.6, "percent", APR, "5.6", E_TOT),
        fact("China", "total", "value", 3.84e12, "CNY", APR, "3.84 trillion", E_TOT),
        fact("China", "exports", "growth", 8.1, "percent", APR, "8.1", E_USD),
        fact("China", "imports", "growth", -0.2, "percent", APR, "0.2", E_USD),
        fact("China", "balance", "value", 96.18e9, "USD", APR, "96.18 billion", E_BAL),
        fact("China", "balance", "value", 102.64e9, "USD", MAR, "102.64 billion", E_BAL),
        fact("China", "imports", "value", 219.51e9, "USD", APR, "219.51 billion", "Imports: USD219.51 billion, -0.2% y/y"),
        fact("China", "exports", "growth", -21, "percent", APR, "21", E_US, partner="United States"),
        fact("China", "exports", "value", 33e9, "USD", APR, "33 billion", E_US, partner="United States"),
        fact("China", "exports", "growth", -17.6, "percent", APR, "17.6", E_US, partner="United States", basis="mom"),
        fact("China", "exports", "value", 40.1e9, "USD", MAR, "40.1 billion", E_US, partner="United States"),
        fact("China", "imports", "growth", -13.8, "percent", APR, "13.8", "Imports from the US shrank 13.8 percent",
             partner="United States"),
        fact("China", "exports", "growth", 20.8, "percent", APR, "20.8", E_ASEAN_EU, partner="ASEAN"),
        fact("China", "exports", "growth", 8.3, "percent", APR, "8.3", E_ASEAN_EU, partner="European Union"),
        fact("China", "exports", "growth", 0.6, "percent", APR, "0.6", E_MOM, basis="mom"),
        fact("China", "imports", "growth", 3.9, "percent", APR, "3.9", E_MOM, basis="mom"),
        fact("China", "total", "value", 14.14e12, "CNY", JA, "14.14 trillion", E_JA_TOT),
        fact("China", "total", "growth", 2.4, "percent", JA, "2.4", E_JA_TOT),
        fact("China", "exports", "growth", 7.5, "percent", JA, "7.5", E_JA_EXP),
        fact("China", "exports", "value", 8.39e12, "CNY", JA, "8.39 trillion", E_JA_EXP),
        fact("China", "imports", "growth", -4.2, "percent", JA, "4.2", E_JA_IMP),
        fact("China", "imports", "value", 5.75e12, "CNY", JA, "5.75 trillion", E_JA_IMP),
        fact("China", "balance", "value", 2.64e12, "CNY", JA, "2.64 trillion", "putting the surplus at CNY2.64 trillion"),
        fact("China", "total", "rank", 1, "number", JA, "biggest", E_ASEAN, partner="ASEAN"),
        fact("China", "total", "value", 2.37e12, "CNY", JA, "2.37 trillion", E_ASEAN, partner="ASEAN"),
        fact("China", "total", "growth", 9.2, "percent", JA, "9.2", E_ASEAN, partner="ASEAN"),
        fact("China", "total", "share", 16.8, "percent", JA, "16.8", E_ASEAN, partner="ASEAN"),
        fact("China", "total", "rank", 2, "number", JA, "second", E_EU, partner="European Union"),
        fact("China", "total", "value", 1.78e12, "CNY", JA, "1.78 trillion", E_EU, partner="European Union"),
        fact("China", "total", "growth", 0.8, "percent", JA, "0.8", E_EU, partner="European Union"),
        fact("China", "total", "rank", 3, "number", JA, "third", E_USTOT, partner="United States"),
        fact("China", "total", "growth", -3.1, "percent", JA, "3.1", E_USTOT, partner="United States"),
        fact("China", "total", "value", 1.45e12, "CNY", JA, "1.45 trillion", E_USTOT, partner="United States"),
    ],
}
