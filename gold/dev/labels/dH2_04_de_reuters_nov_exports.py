from _fact import fact, period

N = period(2025, 11)
OCT = period(2025, 10)
DE = "Germany"
US = "United States"
E_X = "Exports dropped 2.5% on the month to 128.4 billion euros in calendar and seasonally adjusted terms"
E_M = "Imports rose 0.8% to 111.6 billion euros"
E_B = "The trade surplus consequently narrowed to 16.8 billion euros ($19.7 billion) from 19.9 billion euros in October"
E_US = "Shipments to the United States, Germany's single biggest export market, slumped 5.1% compared with October to 10.9 billion euros"
E_CNX = "Exports to China, by contrast, rose 1.7% to 6.6 billion euros"
E_CNM = "imports from China increased 4.2% to 13.8 billion euros"
E_EU = "Exports to fellow EU member states fell 2.0% from the previous month to 70.1 billion euros"
E_YOY = "Compared with November of the previous year, exports were 3.9% lower and imports 1.2% higher"

ARTICLE = {
    "id": "dH2_04_de_reuters_nov_exports",
    "title": "German exports unexpectedly fall in November as US demand weakens",
    "publisher": "Reuters",
    "published": "2026-01-09",
    "notes": [
        "The year appears only in the published date (Jan 9, 2026): November is November 2025, October 2025.",
        "Month-on-month frames: 'rose 0.8%' follows 'on the month' in its paragraph; 'rose 1.7%' and 'increased 4.2%' (China) follow 'compared with October' in theirs; the EU rate says 'from the previous month'. The year-on-year rates are marked 'Compared with November of the previous year'.",
        "'$19.7 billion' is the surplus converted without 'about': USD fact, qualifier exact.",
        "'Germany's single biggest export market': rank 1 of exports with partner United States.",
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
