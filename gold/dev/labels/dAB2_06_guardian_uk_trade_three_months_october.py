from _fact import fact, period

Q = period(2025, 8, 10)  # the three months to October 2025
OCT = period(2025, 10)

TOTAL = "the deficit on goods and services combined increased by £4bn to £6.7bn in the three months to October"
GOODS_SERV = "Taking goods on their own, the deficit grew by £3.9bn to £60.5bn during the period, whereas the services surplus, driven mainly by finance, consultancy and legal work, held flat at £53.8bn"
QOQ_GOODS = "Relative to the three months to July, imports of goods were 1.9% higher and exports of goods 1.2% lower"
QOQ_SERV = "On the same basis, exports of services crept up 0.4% and imports of services grew 0.6%"
OCT_GOODS = "Goods exports rose in value by 5.2% from September to £30.9bn, according to the ONS, faster than the 1.5% increase in imports to £50.8bn"
OCT_DEF = "The goods deficit for the month therefore came to £19.9bn"
EU = "Sales to the EU increased 1.7% on the month to £14.7bn while purchases from the bloc grew 1.2% to £26.8bn"
EU_DEF = "Sales to the EU increased 1.7% on the month to £14.7bn while purchases from the bloc grew 1.2% to £26.8bn, so the UK's goods trade with its closest neighbours showed a £12.1bn deficit"
NON_EU = "shipments to non-EU countries rose 8.6% to £16.3bn, compared with a 1.9% increase to £24bn in imports from outside the bloc"
US = "When precious metals are counted, goods exports to the US increased by £1.1bn, or 27%, in October from September, and imports from the US surged 52%"
US_YOY = "Compared with October of last year, however, goods shipped to the US were down 8.3%"
PM = "In the three months to October, the UK imported £14.3bn of precious metals, 21% more than in the prior three months"

ARTICLE = {
    "id": "dAB2_06_guardian_uk_trade_three_months_october",
    "title": "US tariffs weigh on exports as rising goods imports widen UK trade gap",
    "publisher": "The Guardian",
    "published": "2025-12-12",
    "notes": [
        "Area United Kingdom throughout; October is October 2025 (publication 2025-12-12); 'the three months to October' is 2025-08..2025-10.",
        "Three-month figures compared 'relative to the preceding three-month period' / 'the three months to July' / 'On the same basis' / 'the prior three months': basis qoq (the preceding three-month period), period 2025-08..2025-10.",
        "Headline figures exclude precious metals (the ONS convention the text states); they are labelled as plain goods (product null), goods and services, or services: the exclusion is not a goods category the figure is restricted to.",
        "'the deficit on goods and services combined ... £6.7bn': balance -6.7e9, product 'goods and services'.",
        "'the services surplus': balance +53.8e9, product 'services'; 'exports of services' / 'imports of services' growth: product 'services'.",
        "October paragraph: 'from September' sets a month-on-month frame; the 1.5% import rise in the same sentence is mom too.",
        "EU/non-EU paragraph: 'on the month' sets the mom frame for the whole paragraph, so the non-EU growth rates are mom as well. 'the bloc', 'its closest neighbours': European Union; 'outside the bloc': non-EU countries. Partner for the non-EU figures written 'non-EU countries'.",
        "'When precious metals are counted, goods exports to the US ...': a figure for all goods (precious metals included), product null; 'from September' → mom.",
        "'Compared with October of last year, ... goods shipped to the US were down 8.3%': yoy, period October 2025.",
        "'the UK imported £14.3bn of precious metals': product 'precious metals', value and qoq growth for the three months to October.",
        "Out of scope, unlabelled: the absolute changes '£4bn', '£3.9bn' and '£1.1bn' (changes in money terms, which the record cannot express), the 10% US baseline tariff, GDP falling 0.1% in October, the expected 3.75% interest rate (forecast), 'the last quarter' in the quote.",
    ],
    "facts": [
        fact("United Kingdom", "balance", "value", -6.7e9, "GBP", Q, "6.7bn", TOTAL, product="goods and services"),
        fact("United Kingdom", "balance", "value", -60.5e9, "GBP", Q, "60.5bn", GOODS_SERV),
        fact("United Kingdom", "balance", "value", 53.8e9, "GBP", Q, "53.8bn", GOODS_SERV, product="services"),
        fact("United Kingdom", "imports", "growth", 1.9, "percent", Q, "1.9", QOQ_GOODS, basis="qoq"),
        fact("United Kingdom", "exports", "growth", -1.2, "percent", Q, "1.2", QOQ_GOODS, basis="qoq"),
        fact("United Kingdom", "exports", "growth", 0.4, "percent", Q, "0.4", QOQ_SERV, product="services", basis="qoq"),
        fact("United Kingdom", "imports", "growth", 0.6, "percent", Q, "0.6", QOQ_SERV, product="services", basis="qoq"),
        fact("United Kingdom", "exports", "growth", 5.2, "percent", OCT, "5.2", OCT_GOODS, basis="mom"),
        fact("United Kingdom", "exports", "value", 30.9e9, "GBP", OCT, "30.9bn", OCT_GOODS),
        fact("United Kingdom", "imports", "growth", 1.5, "percent", OCT, "1.5", OCT_GOODS, basis="mom"),
        fact("United Kingdom", "imports", "value", 50.8e9, "GBP", OCT, "50.8bn", OCT_GOODS),
        fact("United Kingdom", "balance", "value", -19.9e9, "GBP", OCT, "19.9bn", OCT_DEF),
        fact("United Kingdom", "exports", "growth", 1.7, "percent", OCT, "1.7", EU, partner="European Union", basis="mom"),
        fact("United Kingdom", "exports", "value", 14.7e9, "GBP", OCT, "14.7bn", EU, partner="European Union"),
        fact("United Kingdom", "imports", "growth", 1.2, "percent", OCT, "1.2", EU, partner="European Union", basis="mom"),
        fact("United Kingdom", "imports", "value", 26.8e9, "GBP", OCT, "26.8bn", EU, partner="European Union"),
        fact("United Kingdom", "balance", "value", -12.1e9, "GBP", OCT, "12.1bn", EU_DEF, partner="European Union"),
        fact("United Kingdom", "exports", "growth", 8.6, "percent", OCT, "8.6", NON_EU, partner="non-EU countries", basis="mom"),
        fact("United Kingdom", "exports", "value", 16.3e9, "GBP", OCT, "16.3bn", NON_EU, partner="non-EU countries"),
        fact("United Kingdom", "imports", "growth", 1.9, "percent", OCT, "1.9", NON_EU, partner="non-EU countries", basis="mom"),
        fact("United Kingdom", "imports", "value", 24e9, "GBP", OCT, "24bn", NON_EU, partner="non-EU countries"),
        fact("United Kingdom", "exports", "growth", 27, "percent", OCT, "27", US, partner="United States", basis="mom"),
        fact("United Kingdom", "imports", "growth", 52, "percent", OCT, "52", US, partner="United States", basis="mom"),
        fact("United Kingdom", "exports", "growth", -8.3, "percent", OCT, "8.3", US_YOY, partner="United States"),
        fact("United Kingdom", "imports", "value", 14.3e9, "GBP", Q, "14.3bn", PM, product="precious metals"),
        fact("United Kingdom", "imports", "growth", 21, "percent", Q, "21", PM, product="precious metals", basis="qoq"),
    ],
}
