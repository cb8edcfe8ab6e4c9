from _fact import fact, period

JUN = period(2025, 6)
H1 = period(2025, 1, 6)
IT = "Italy"
NON_EU = "non-EU countries"
EU = "European Union"
E_HEAD = "Italy's trade surplus shrank to 6.2 billion euros in June from 7.0 billion euros in the same month of last year"
E_PARTS = "The surplus was the result of a positive balance of 6.8 billion euros with non-EU countries, partly offset by a deficit of 0.6 billion euros in trade with the rest of the European Union"
E_NRG = "Net of energy products, whose deficit came to 4.1 billion euros, the surplus reached 10.3 billion euros."
E_MOM = "On a seasonally adjusted basis, exports rose 0.9% on May while imports dipped 0.3%."
E_MOM2 = "The cyclical increase in foreign sales was driven by markets outside the EU (+2.1%), while sales within the bloc edged down 0.2%."
E_YOY = "Compared with June last year, exports were up 2.4% and imports down 1.1%."
E_YOY2 = "Sales to non-EU markets increased 4.8% on an annual basis, while intra-EU exports were basically flat at +0.3%."
E_US = "exports to the United States jumped 9.7%"
E_DECN = "sales to Germany fell 2.5% and those to China slumped 16.4%"
E_H1 = "In the first six months of the year the trade surplus stood at 27.9 billion euros, rising to 52.4 billion euros net of energy."

ARTICLE = {
    "id": "dF2_03_it_ansa_istat_jun",
    "title": "Italy's trade surplus narrows in June, exports to US jump",
    "publisher": "ANSA",
    "published": "2025-08-19",
    "notes": [
        "No year in the text: June and 'the first six months of the year' take 2025 from the published date; 'the same month of last year' is June 2024.",
        "Extra-EU trade is labelled with partner 'non-EU countries' (the text's 'non-EU countries', 'markets outside the EU'); intra-EU trade with partner 'European Union'.",
        "Energy balance: product 'energy products'; the balance 'net of energy' is product 'non-energy products' (June and H1).",
        "'exports rose 0.9% on May' sets a month-on-month frame; the next paragraph ('The cyclical increase', i.e. the Istat term for month-on-month) carries it: +2.1 (non-EU) and -0.2 (EU) are mom.",
        "'Compared with June last year' and 'on an annual basis': yoy.",
        "'intra-EU exports were basically flat at +0.3%': growth +0.3, partner European Union.",
        "'those to China slumped 16.4%': exports, partner China, -16.4.",
        "Pharmaceutical exports: product 'pharmaceuticals', yoy.",
        "Out of scope: 15% tariff, 0.1% GDP contraction, 1.7% inflation, Confindustria's 'up to 10 billion euros' of lost sales (a projection), 'two years'.",
    ],
    "facts": [
        fact(IT, "balance", "value", 6.2e9, "EUR", JUN, "6.2 billion", E_HEAD),
        fact(IT, "balance", "value", 7.0e9, "EUR", period(2024, 6), "7.0 billion", E_HEAD),
        fact(IT, "balance", "value", 6.8e9, "EUR", JUN, "6.8 billion", E_PARTS, partner=NON_EU),
        fact(IT, "balance", "value", -0.6e9, "EUR", JUN, "0.6 billion", E_PARTS, partner=EU),
        fact(IT, "balance", "value", -4.1e9, "EUR", JUN, "4.1 billion", "energy products, whose deficit came to 4.1 billion euros", product="energy products"),
        fact(IT, "balance", "value", 10.3e9, "EUR", JUN, "10.3 billion", E_NRG, product="non-energy products"),
        fact(IT, "exports", "growth", 0.9, "percent", JUN, "0.9", E_MOM, basis="mom"),
        fact(IT, "imports", "growth", -0.3, "percent", JUN, "0.3", E_MOM, basis="mom"),
        fact(IT, "exports", "growth", 2.1, "percent", JUN, "2.1", E_MOM2, partner=NON_EU, basis="mom"),
        fact(IT, "exports", "growth", -0.2, "percent", JUN, "0.2", E_MOM2, partner=EU, basis="mom"),
        fact(IT, "exports", "growth", 2.4, "percent", JUN, "2.4", E_YOY),
        fact(IT, "imports", "growth", -1.1, "percent", JUN, "1.1", E_YOY),
        fact(IT, "exports", "growth", 4.8, "percent", JUN, "4.8", E_YOY2, partner=NON_EU),
        fact(IT, "exports", "growth", 0.3, "percent", JUN, "0.3", E_YOY2, partner=EU),
        fact(IT, "exports", "growth", 9.7, "percent", JUN, "9.7", E_US, partner="United States"),
        fact(IT, "exports", "growth", -2.5, "percent", JUN, "2.5", E_DECN, partner="Germany"),
        fact(IT, "exports", "growth", -16.4, "percent", JUN, "16.4", E_DECN, partner="China"),
        fact(IT, "exports", "growth", 31.2, "percent", JUN, "31.2", "Pharmaceutical exports soared 31.2% year on year", product="pharmaceuticals"),
        fact(IT, "balance", "value", 27.9e9, "EUR", H1, "27.9 billion", E_H1),
        fact(IT, "balance", "value", 52.4e9, "EUR", H1, "52.4 billion", E_H1, product="non-energy products"),
    ],
}
