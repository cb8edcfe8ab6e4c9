from _fact import fact, period

T = "UK goods exports to US sink to lowest level since early 2022 as quarterly trade gap widens"
S = period(2025, 9)
A = period(2025, 8)
Q3 = period(2025, 7, 9)
UK = "United Kingdom"
XPM = "goods excluding precious metals"
GS = "goods and services"

E_US = "Measured including precious metals, sales of goods to the US were 11.4% lower than in August"
E_USY = "Exports to the US were roughly 20% lower than in September last year."
E_TOT = ("Excluding precious metals, goods exports came to £29.4bn, down 5.5% on the month as both EU and non-EU markets "
         "bought less, and goods imports fell 2% to £50.1bn.")
E_DEF = "That left a goods trade deficit of £20.7bn for the month."
E_EU = ("On the same basis, exports to the EU dropped 2.7% from August to £14.4bn and imports from the bloc fell 3.3% to £26.5bn, "
        "leaving a deficit of £12.1bn with EU countries.")
E_NEU = "Exports to non-EU countries slumped 8% to £15bn while imports from them edged down 0.5% to £23.6bn, a deficit of £8.6bn."
E_GSB = "At £1.1bn, the UK's overall trade deficit in September was the smallest since January, down from £1.3bn in August."
E_GS = "Total exports of goods and services were worth £77.2bn, 0.9% less on the month, and imports came to £78.3bn after a 1.1% decline."
E_SV = "Services exports, at £46bn, were 0.7% lower, and services imports increased 0.4% to £28.2bn."
E_Q3 = "the total goods and services deficit for the three months to September grew by £2.8bn to £5.6bn"
E_Q3G = "Excluding precious metals, the quarter's goods deficit reached £59.6bn, £3bn more than in the previous three months, and the services surplus rose by £0.2bn to £54bn."
E_Q3US = "Goods exports to the US in the quarter were 11% lower in value than a year earlier"

ARTICLE = {
    "id": "dBC2_06",
    "title": T,
    "publisher": "The Guardian",
    "published": "2025-11-13",
    "notes": [
        "Guardian-style report on the ONS UK trade release for September 2025 (13 November 2025); figures follow the real release and its reporting (BCC for the 11% Q3 fall and the roughly 20% yoy fall in US exports), rounded as a newspaper would; sentences are my own.",
        "'Excluding precious metals' opens the monthly goods paragraph: exports, imports and the 'That left a goods trade deficit' sentence -> product 'goods excluding precious metals'. 'On the same basis' carries the exclusion (and the month-on-month frame set by 'from August') to the EU and non-EU figures of that paragraph, including the second sentence on non-EU countries.",
        "US exports 'including precious metals' are goods as a whole -> product null; '11.4% lower than in August' -> basis mom; 'roughly 20% lower than in September last year' -> yoy, qualifier approx, period September 2025.",
        "Deficits are negative values: monthly goods -20.7bn, with the EU -12.1bn (partner European Union), with non-EU countries -8.6bn (partner 'non-EU countries'); overall goods and services deficit -1.1bn (Sep) and -1.3bn (Aug, the comparison value given as its own fact).",
        "'Once services are included ... on the month' sets a month-on-month frame that carries to the services figures (-0.7, +0.4) later in the same paragraph. 'overall trade deficit' and 'Total exports of goods and services' -> product 'goods and services'.",
        "Quarter: 'the three months to September' and 'the third quarter' -> 2025-07..2025-09. The goods and services deficit (-5.6bn) is labelled 'goods and services' even though ONS totals also exclude precious metals, because this sentence does not say so; the goods deficit sentence does, so 'goods excluding precious metals' (-59.6bn). Services surplus +54bn.",
        "Out of scope, not labelled: absolute changes (£0.5bn fall in US imports, grew by £2.8bn, '£3bn more', rose by £0.2bn); milestones ('weakest since January 2022', 'the smallest since January', 'more than three and a half years'); the 34% of businesses affected by tariffs (survey share, not a trade flow); the 10% US tariff; GDP growth of 0.1%.",
    ],
    "facts": [
        fact(UK, "exports", "growth", -11.4, "percent", S, "11.4", E_US, partner="United States", basis="mom"),
        fact(UK, "exports", "growth", -20, "percent", S, "20", E_USY, partner="United States", qualifier="approx"),
        fact(UK, "exports", "growth", -5.5, "percent", S, "5.5", E_TOT, product=XPM, basis="mom"),
        fact(UK, "exports", "value", 29.4e9, "GBP", S, "29.4bn", E_TOT, product=XPM),
        fact(UK, "imports", "growth", -2, "percent", S, "2", E_TOT, product=XPM, basis="mom"),
        fact(UK, "imports", "value", 50.1e9, "GBP", S, "50.1bn", E_TOT, product=XPM),
        fact(UK, "balance", "value", -20.7e9, "GBP", S, "20.7bn", E_DEF, product=XPM),
        fact(UK, "exports", "growth", -2.7, "percent", S, "2.7", E_EU, partner="European Union", product=XPM, basis="mom"),
        fact(UK, "exports", "value", 14.4e9, "GBP", S, "14.4bn", E_EU, partner="European Union", product=XPM),
        fact(UK, "imports", "growth", -3.3, "percent", S, "3.3", E_EU, partner="European Union", product=XPM, basis="mom"),
        fact(UK, "imports", "value", 26.5e9, "GBP", S, "26.5bn", E_EU, partner="European Union", product=XPM),
        fact(UK, "balance", "value", -12.1e9, "GBP", S, "12.1bn", E_EU, partner="European Union", product=XPM),
        fact(UK, "exports", "growth", -8, "percent", S, "8", E_NEU, partner="non-EU countries", product=XPM, basis="mom"),
        fact(UK, "exports", "value", 15e9, "GBP", S, "15bn", E_NEU, partner="non-EU countries", product=XPM),
        fact(UK, "imports", "growth", -0.5, "percent", S, "0.5", E_NEU, partner="non-EU countries", product=XPM, basis="mom"),
        fact(UK, "imports", "value", 23.6e9, "GBP", S, "23.6bn", E_NEU, partner="non-EU countries", product=XPM),
        fact(UK, "balance", "value", -8.6e9, "GBP", S, "8.6bn", E_NEU, partner="non-EU countries", product=XPM),
        fact(UK, "balance", "value", -1.1e9, "GBP", S, "1.1bn", E_GSB, product=GS),
        fact(UK, "balance", "value", -1.3e9, "GBP", A, "1.3bn", E_GSB, product=GS),
        fact(UK, "exports", "growth", -0.9, "percent", S, "0.9", E_GS, product=GS, basis="mom"),
        fact(UK, "exports", "value", 77.2e9, "GBP", S, "77.2bn", E_GS, product=GS),
        fact(UK, "imports", "growth", -1.1, "percent", S, "1.1", E_GS, product=GS, basis="mom"),
        fact(UK, "imports", "value", 78.3e9, "GBP", S, "78.3bn", E_GS, product=GS),
        fact(UK, "exports", "growth", -0.7, "percent", S, "0.7", E_SV, product="services", basis="mom"),
        fact(UK, "exports", "value", 46e9, "GBP", S, "46bn", E_SV, product="services"),
        fact(UK, "imports", "growth", 0.4, "percent", S, "0.4", E_SV, product="services", basis="mom"),
        fact(UK, "imports", "value", 28.2e9, "GBP", S, "28.2bn", E_SV, product="services"),
        fact(UK, "balance", "value", -5.6e9, "GBP", Q3, "5.6bn", E_Q3, product=GS),
        fact(UK, "balance", "value", -59.6e9, "GBP", Q3, "59.6bn", E_Q3G, product=XPM),
        fact(UK, "balance", "value", 54e9, "GBP", Q3, "54bn", E_Q3G, product="services"),
        fact(UK, "exports", "growth", -11, "percent", Q3, "11", E_Q3US, partner="United States"),
    ],
}
