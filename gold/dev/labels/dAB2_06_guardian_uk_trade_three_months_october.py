from _fact import fact, period

Q = period(2025, 8, 10)  # the three months to October 2025
OCT = period(2025, 10)

TOTAL = "The gap between the value of what the UK imports and what it exports, covering both goods and services, grew by £4bn to £6.7bn in the three months to October"
GOODS_SERV = "The deficit on trade in goods alone widened by £3.9bn to £60.5bn over the period, while the surplus on services – dominated by finance, consultancy and legal work – was unchanged at £53.8bn"
QOQ_GOODS = "Compared with the three months to July, goods imports rose 1.9%, while goods exports fell 1.2%"
QOQ_SERV = "Services exports edged up 0.4% and services imports increased 0.6% over the same comparison"
OCT_GOODS = "The value of goods exports jumped 5.2% from September to £30.9bn, the ONS said, outpacing a 1.5% rise in imports to £50.8bn"
OCT_DEF = "That left a monthly deficit on goods of £19.9bn"
EU = "Exports to the EU rose 1.7% on the month to £14.7bn, and imports from the bloc were up 1.2% at £26.8bn"
EU_DEF = "Exports to the EU rose 1.7% on the month to £14.7bn, and imports from the bloc were up 1.2% at £26.8bn, leaving the UK with a deficit of £12.1bn in its goods trade with its nearest neighbours"
NON_EU = "exports to non-EU countries climbed 8.6% to £16.3bn, against a 1.9% rise in imports from outside the bloc to £24bn"
US = "Including precious metals, goods exports to the US rose by £1.1bn, or 27%, in October compared with September, while imports from the US jumped by 52%"
US_YOY = "Even so, goods exports to the US were 8.3% lower than in October last year"
PM = "Imports of precious metals reached £14.3bn in the three months to October, up 21% on the previous three months"

ARTICLE = {
    "id": "dAB2_06_guardian_uk_trade_three_months_october",
    "title": "UK trade deficit widens as goods imports rise and US tariffs bite",
    "publisher": "The Guardian",
    "published": "2025-12-12",
    "notes": [
        "Area United Kingdom throughout; October is October 2025 (publication 2025-12-12); 'the three months to October' is 2025-08..2025-10.",
        "Three-month figures compared 'with the previous three months' / 'the three months to July' / 'over the same comparison': basis qoq (the preceding three-month period), period 2025-08..2025-10.",
        "Headline figures exclude precious metals (the ONS convention the text states); they are labelled as plain goods (product null), goods and services, or services: the exclusion is not a goods category the figure is restricted to.",
        "'The gap between ... imports and ... exports, covering both goods and services ... £6.7bn': balance -6.7e9, product 'goods and services'.",
        "'surplus on services': balance +53.8e9, product 'services'; 'Services exports' / 'services imports' growth: product 'services'.",
        "October paragraph: 'from September' sets a month-on-month frame; the 1.5% import rise in the same sentence is mom too.",
        "EU/non-EU paragraph: 'on the month' sets the mom frame for the whole paragraph, so the non-EU growth rates are mom as well. 'the bloc', 'its nearest neighbours': European Union; 'outside the bloc': non-EU countries. Partner for the non-EU figures written 'non-EU countries'.",
        "'Including precious metals, goods exports to the US ...': a figure for all goods (precious metals included), product null; 'compared with September' → mom.",
        "'goods exports to the US were 8.3% lower than in October last year': yoy, period October 2025.",
        "'Imports of precious metals': product 'precious metals', value and qoq growth for the three months to October.",
        "Out of scope, unlabelled: the absolute changes '£4bn', '£3.9bn' and '£1.1bn' (changes in money terms, which the record cannot express), the 10% US baseline tariff, GDP falling 0.1% in October, the expected 3.75% interest rate (forecast), 'the final quarter' in the quote.",
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
