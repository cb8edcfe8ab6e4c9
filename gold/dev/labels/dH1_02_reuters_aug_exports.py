from _fact import fact, period

AUG = period(2025, 8)
JUL = period(2025, 7)
YTD = period(2025, 1, 8)
E_EXP = "Exports were up 4.4% year-on-year last month after a 7.2% gain in July"
E_IMP = "Imports increased 1.3%, trailing analysts' forecast of 3.0% and easing from a 4.1% rise in July"
E_BAL = "At $102.33 billion, China's trade surplus was larger than July's $98.24 billion"
E_US = "Shipments bound for the United States dropped 33.1% from a year earlier"
E_EU = "Exports to the European Union rose 10.4%, and deliveries to the 10-member Association of Southeast Asian Nations surged 22.5%"
E_RE = "Other customs data put August exports of rare earths at 5,791.8 metric tons, 3.2% lower than in July"
E_RE8 = "overseas shipments of the minerals reached 44,337.5 tons, up 13.2% on the same months of last year"
E_ST8 = "steel exports climbed 11.9% from a year earlier to 77.96 million tons"

ARTICLE = {
    "id": "dH1_02_reuters_aug_exports",
    "title": "China's export growth cools in August as sales to U.S. plunge; rare earth shipments soften",
    "publisher": "Reuters",
    "published": "2025-09-08",
    "notes": [
        "The text states no year: the dateline 'Sept 8 (Reuters)' and 'last month' take 2025 from the published date.",
        "Reuters poll forecasts (5.0% exports, 3.0% imports), the analyst's 'roughly 2% by December', the 30% tariff and the 90-day truce: out.",
        "'a fifth consecutive month of declines in the double digits' and 'the 10-member' ASEAN: streak and a count of members, out.",
        "'its weakest in six months' is a streak-like description with no number of its own: out.",
        "July's export and import growth and July's surplus are reported figures (not forecasts): labelled for 2025-07.",
        "Dollar-denominated story: the surplus figures are USD; the growth rates are the dollar-term rates.",
        "Rare earths '3.2% lower than in July': basis mom. The 13.2% for January-August is the only growth given for that quantity: labelled yoy.",
        "'the minerals' refers back to rare earths: product rare earths for the eight-month figures.",
        "Steel 'last year's all-time high of 110.7 million tons' states China's steel exports in 2024: labelled as a 2024 quantity; 'all-time high' itself is not a number.",
        "Purchases of American goods 'slid about 16%': approx.",
        "GDP growth 5.2% and the 'around 5%' target: out.",
    ],
    "facts": [
        fact("China", "exports", "growth", 4.4, "percent", AUG, "4.4", E_EXP),
        fact("China", "exports", "growth", 7.2, "percent", JUL, "7.2", E_EXP),
        fact("China", "imports", "growth", 1.3, "percent", AUG, "1.3", E_IMP),
        fact("China", "imports", "growth", 4.1, "percent", JUL, "4.1", E_IMP),
        fact("China", "balance", "value", 102.33e9, "USD", AUG, "102.33 billion", E_BAL),
        fact("China", "balance", "value", 98.24e9, "USD", JUL, "98.24 billion", E_BAL),
        fact("China", "exports", "growth", -33.1, "percent", AUG, "33.1", E_US, partner="United States"),
        fact("China", "imports", "growth", -16, "percent", AUG, "16",
             "Chinese purchases of American goods slid about 16%", partner="United States", qualifier="approx"),
        fact("China", "exports", "growth", 10.4, "percent", AUG, "10.4", E_EU, partner="European Union"),
        fact("China", "exports", "growth", 22.5, "percent", AUG, "22.5", E_EU, partner="ASEAN"),
        fact("China", "exports", "quantity", 5791.8, "tonnes", AUG, "5,791.8", E_RE, product="rare earths"),
        fact("China", "exports", "growth", -3.2, "percent", AUG, "3.2", E_RE, product="rare earths", basis="mom"),
        fact("China", "exports", "quantity", 44337.5, "tonnes", YTD, "44,337.5", E_RE8, product="rare earths"),
        fact("China", "exports", "growth", 13.2, "percent", YTD, "13.2", E_RE8, product="rare earths"),
        fact("China", "exports", "quantity", 9.51e6, "tonnes", AUG, "9.51 million",
             "China sent 9.51 million tons of steel abroad last month", product="steel"),
        fact("China", "exports", "growth", 11.9, "percent", YTD, "11.9", E_ST8, product="steel"),
        fact("China", "exports", "quantity", 77.96e6, "tonnes", YTD, "77.96 million", E_ST8, product="steel"),
        fact("China", "exports", "quantity", 110.7e6, "tonnes", period(2024, 1, 12), "110.7 million",
             "last year's all-time high of 110.7 million tons", product="steel"),
    ],
}
