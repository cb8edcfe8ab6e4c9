from _fact import fact, period

APR = period(2025, 4)
MAR = period(2025, 3)
JA = period(2025, 1, 4)

E_EXP = "exports reached CNY2.27 trillion (USD315.69 billion), a 9.3 percent gain from a year earlier"
E_IMP = "imports grew a modest 0.8 percent to CNY1.57 trillion"
E_TOT = "The month's combined goods trade came to CNY3.84 trillion, an increase of 5.6 percent"
E_USD = "Measured in US dollars, exports were up 8.1 percent while imports dipped 0.2 percent"
E_BAL = "The resulting trade surplus of USD96.18 billion was narrower than March's USD102.64 billion"
E_US = ("Sales to the US dropped 21 percent year on year to USD33 billion; against March, when they amounted to "
        "USD40.1 billion, they were down 17.6 percent")
E_ASEAN_EU = ("Exports to the European Union, on the other hand, rose 8.3 percent, and those bound for the Association of "
              "Southeast Asian Nations' 10 members surged 20.8 percent")
E_MOM = "On a month on month basis, total exports edged 0.6 percent higher than in March and imports grew 3.9 percent"
E_JA_TOT = "China's combined imports and exports were worth CNY14.14 trillion, a rise of 2.4 percent year on year"
E_JA_EXP = "Exports totaled CNY8.39 trillion after growing 7.5 percent"
E_JA_IMP = "imports fell 4.2 percent to CNY5.75 trillion"
E_ASEAN = ("Asean stayed China's biggest trading partner: two-way commerce grew 9.2 percent to CNY2.37 trillion, "
           "equal to 16.8 percent of the total")
E_EU = "The EU came in second, with CNY1.78 trillion, an increase of 0.8 percent"
E_USTOT = "Trade with the US, which ranked third, dropped 3.1 percent to CNY1.45 trillion"

ARTICLE = {
    "id": "dB1_01_yicai_april_release",
    "title": "Surging Asean Sales Offset US Slump, Lifting China's April Exports Past Expectations",
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
        "'against March, ... they were down 17.6 percent' and 'On a month on month basis, ... than in March': basis mom, period April.",
        "'when they amounted to USD40.1 billion' = exports to the US in March 2025, a value fact.",
        "The March surplus USD102.64 billion is labelled as a March balance.",
        "Out of scope: the 2 percent consensus forecast, the economist's 2 percent Q2 outlook, crude oil volume growth 7.5 percent "
        "(volume, not value), GDP 5.4 percent, tariff rates 145/125 percent, '90-day', '10 members'.",
        "Ranks are stated ('biggest', 'came in second', 'ranked third') for Jan-Apr partners: labelled.",
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
        fact("China", "imports", "growth", -13.8, "percent", APR, "13.8", "Imports of American goods fell 13.8 percent",
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
        fact("China", "balance", "value", 2.64e12, "CNY", JA, "2.64 trillion", "the surplus came to CNY2.64 trillion"),
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
