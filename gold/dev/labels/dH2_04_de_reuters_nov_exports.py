from _fact import fact, period

N = period(2025, 11)
OCT = period(2025, 10)
DE = "Germany"
US = "United States"
E_X = "exports fell 2.5% month on month to 128.4 billion euros"
E_M = "Imports increased 0.8% to 111.6 billion euros"
E_B = "the surplus in trade shrank from 19.9 billion euros in October to 16.8 billion euros ($19.7 billion)"
E_US = "Against October, exports to the United States, the biggest destination for German goods, sank 5.1% to 10.9 billion euros"
E_CNX = "Exports to China went the other way, climbing 1.7% to 6.6 billion euros"
E_CNM = "imports from China grew 4.2% to 13.8 billion euros"
E_EU = "Shipments to other EU member countries declined 2.0% from a month earlier to 70.1 billion euros"
E_YOY = "On a year-on-year basis, November exports were down 3.9% while imports were up 1.2%"

ARTICLE = {
    "id": "dH2_04_de_reuters_nov_exports",
    "title": "Weaker US demand drags German exports to surprise drop in November",
    "publisher": "Reuters",
    "published": "2026-01-09",
    "notes": [
        "The year appears only in the published date (Jan 9, 2026): November is November 2025, October 2025.",
        "Month-on-month frames: 'increased 0.8%' follows 'month on month' in its paragraph; 'climbing 1.7%' and 'grew 4.2%' (China) follow 'Against October' in theirs; the EU rate says 'from a month earlier'. The year-on-year rates are marked 'On a year-on-year basis'.",
        "'$19.7 billion' is the surplus converted without 'about': USD fact, qualifier exact.",
        "'the biggest destination for German goods': rank 1 of exports with partner United States.",
        "Out: analysts' 0.3% forecast, 15% tariff, $1.17 euro rate, 0.8% industrial production, 0.2% GDP growth, two years of contraction, 500 billion euro fund.",
    ],
    "facts": [
        fact(DE, "exports", "growth", -2.5, "percent", N, "2.5", E_X, basis="mom"),
        fact(DE, "exports", "value", 128.4e9, "EUR", N, "128.4 billion", E_X),
        fact(DE, "imports", "growth", 0.8, "percent", N, "0.8", E_M, basis="mom"),
        fact(DE, "imports", "value", 111.6e9, "EUR", N, "111.6 billion", E_M),
        fact(DE, "balance", "value", 16.8e9, "EUR", N, "16.8 billion", E_B),
        fact(DE, "balance", "value", 19.7e9, "USD", N, "19.7 billion", E_B),
        fact(DE, "balance", "value", 19.9e9, "EUR", OCT, "19.9 billion", E_B),
        fact(DE, "exports", "rank", 1, "number", N, "biggest", E_US, partner=US),
        fact(DE, "exports", "growth", -5.1, "percent", N, "5.1", E_US, partner=US, basis="mom"),
        fact(DE, "exports", "value", 10.9e9, "EUR", N, "10.9 billion", E_US, partner=US),
        fact(DE, "exports", "growth", 1.7, "percent", N, "1.7", E_CNX, partner="China", basis="mom"),
        fact(DE, "exports", "value", 6.6e9, "EUR", N, "6.6 billion", E_CNX, partner="China"),
        fact(DE, "imports", "growth", 4.2, "percent", N, "4.2", E_CNM, partner="China", basis="mom"),
        fact(DE, "imports", "value", 13.8e9, "EUR", N, "13.8 billion", E_CNM, partner="China"),
        fact(DE, "exports", "growth", -2.0, "percent", N, "2.0", E_EU, partner="European Union", basis="mom"),
        fact(DE, "exports", "value", 70.1e9, "EUR", N, "70.1 billion", E_EU, partner="European Union"),
        fact(DE, "exports", "growth", -3.9, "percent", N, "3.9", E_YOY),
        fact(DE, "imports", "growth", 1.2, "percent", N, "1.2", E_YOY),
    ],
}
