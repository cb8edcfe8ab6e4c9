from _fact import fact, period

JUN = period(2025, 6)
H1 = period(2025, 1, 6)
IT = "Italy"
NON_EU = "non-EU countries"
EU = "European Union"
E_HEAD = "Italy posted a trade surplus of 6.2 billion euros in June, down from 7.0 billion euros a year earlier"
E_PARTS = "Trade with non-EU countries yielded a positive balance of 6.8 billion euros, partly eroded by a 0.6 billion euro deficit with the rest of the European Union"
E_NRG = "Excluding energy products, which ran a 4.1 billion euro deficit, the surplus stood at 10.3 billion euros."
E_MOM = "After seasonal adjustment, exports increased 0.9% from May and imports slipped 0.3%."
E_MOM2 = "Markets outside the EU (+2.1%) accounted for the month-on-month rise in foreign sales, while within the bloc sales eased 0.2%."
E_YOY = "On a year-on-year basis, June exports gained 2.4% while imports fell 1.1%."
E_YOY2 = "From a year earlier, exports to non-EU markets grew 4.8% and those to EU partners were little changed at +0.3%."
E_US = "shipments to the United States soared 9.7%"
E_DECN = "Exports to Germany, by contrast, declined 2.5% and those to China plunged 16.4%"
E_H1 = "For January-June, the trade surplus totalled 27.9 billion euros, or 52.4 billion euros when energy is excluded."

ARTICLE = {
    "id": "dF2_03_it_ansa_istat_jun",
    "title": "June brings smaller Italian trade surplus as sales to US surge",
    "publisher": "ANSA",
    "published": "2025-08-19",
    "notes": [
        "No year in the text: June and 'January-June' take 2025 from the published date; 'a year earlier' (from June) is June 2024.",
        "Extra-EU trade is labelled with partner 'non-EU countries' (the text's 'non-EU countries', 'markets outside the EU', 'non-EU markets'); intra-EU trade with partner 'European Union' ('the rest of the European Union', 'within the bloc', 'EU partners').",
        "Energy balance: product 'energy products'; the balance 'excluding energy' / 'when energy is excluded' is product 'non-energy products' (June and H1).",
        "'exports increased 0.9% from May' sets a month-on-month frame; the next paragraph ('the month-on-month rise') carries it: +2.1 (non-EU) and -0.2 (EU) are mom.",
        "'On a year-on-year basis' and 'From a year earlier': yoy.",
        "'those to EU partners were little changed at +0.3%': growth +0.3, partner European Union.",
        "'those to China plunged 16.4%': exports, partner China, -16.4.",
        "Pharmaceutical exports: product 'pharmaceuticals', yoy.",
        "Out of scope: 15% tariff, 0.1% GDP contraction, 1.7% inflation, Confindustria's 'as much as 10 billion euros' of sales (a projection), 'two years'.",
    ],
    "facts": [
        fact(IT, "balance", "value", 6.2e9, "EUR", JUN, "6.2 billion", E_HEAD),
        fact(IT, "balance", "value", 7.0e9, "EUR", period(2024, 6), "7.0 billion", E_HEAD),
        fact(IT, "balance", "value", 6.8e9, "EUR", JUN, "6.8 billion", E_PARTS, partner=NON_EU),
        fact(IT, "balance", "value", -0.6e9, "EUR", JUN, "0.6 billion", E_PARTS, partner=EU),
        fact(IT, "balance", "value", -4.1e9, "EUR", JUN, "4.1 billion", "energy products, which ran a 4.1 billion euro deficit", product="energy products"),
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
        fact(IT, "exports", "growth", 31.2, "percent", JUN, "31.2", "exports of pharmaceuticals rose 31.2% year on year", product="pharmaceuticals"),
        fact(IT, "balance", "value", 27.9e9, "EUR", H1, "27.9 billion", E_H1),
        fact(IT, "balance", "value", 52.4e9, "EUR", H1, "52.4 billion", E_H1, product="non-energy products"),
    ],
}
