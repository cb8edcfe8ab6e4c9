from _fact import fact, period

Q3 = period(2025, 7, 9)
Q2 = period(2025, 4, 6)
SEP = period(2025, 9)
AUG = period(2025, 8)
UK = "United Kingdom"
EU = "European Union"
NON_EU = "non-EU countries"
GS = "goods and services"
E_HEAD = ("the UK's combined goods and services deficit reached £5.6bn in the third quarter, £2.4bn more than the £3.2bn "
          "shortfall recorded in the three months to June")
E_TOT = "Against the previous quarter, exports of goods and services dropped 0.8% to £228.5bn and imports increased 0.3% to £234.1bn."
E_GOODS = "The goods trade deficit stood at £59.6bn"
E_SERV = "Britain's traditionally strong services sector is estimated to have run a surplus of £54.0bn"
E_Q_PARTNER = ("goods exports came to £43.9bn for the EU and £46.6bn for the rest of the world, against goods imports of "
               "£80.2bn and £69.9bn from the EU and non-EU countries respectively")
E_SEP = ("Goods exports were 5.5% down on August at £29.4bn, and goods imports declined 2.0% to £50.1bn, for a monthly "
         "goods deficit of £20.7bn.")
E_SEP_X = ("exports to the EU fell 2.7% from August to £14.4bn, largely on weaker crude oil sales, and those to non-EU "
           "countries sank 8.0% to £15.0bn")
E_SEP_M = "Imports from the EU declined 3.3% to £26.5bn, while imports from non-EU countries were 0.5% lower at £23.6bn."
E_SERV_SEP = "Services exports slipped 0.7% from the previous month to £46.0bn."
E_TOT_SEP = "the total trade deficit grew to £2.9bn in September from £1.3bn in August"
E_US = "Including precious metals, goods exports to the US dropped 11.4% in September compared with August"

ARTICLE = {
    "id": "dAM2_06_uk_trade_three_months_sep_2025",
    "title": "Weaker goods sales to EU and US push UK trade gap to £5.6bn",
    "publisher": None,
    "published": "2025-11-13",
    "notes": [
        "Written in the style of a Guardian story, but the text names no outlet, so publisher is null (spec: null if the text names none).",
        "Byline date Thu 13 Nov 2025: published 2025-11-13. 'The July-September period' and 'the third quarter' are 2025-07 to 2025-09; 'the three months to June' is 2025-04 to 2025-06.",
        "Area United Kingdom ('Britain', 'the UK'). The total trade balance and total exports/imports cover goods and services: product 'goods and services'; goods-only figures product null; services product 'services'.",
        "Headline '£5.6bn' restates the body's quarterly deficit: labelled once.",
        "Deficits are negative balances: -5.6bn (Q3), -3.2bn (three months to June), -59.6bn goods (Q3), -20.7bn goods (September), -2.9bn total (September), -1.3bn total (August); the services surplus +54.0bn.",
        "Absolute changes ('£2.4bn more than', 'a £2.6bn deterioration', '£0.2bn higher than before') are derived comparisons: out.",
        "'Against the previous quarter, exports of goods and services dropped 0.8% ... and imports increased 0.3%': the three months to September against the three months to June: basis qoq.",
        "Precious metals: the text says the ONS figures exclude precious metals, as the ONS headline series does; the record has no field for that exclusion, so the figures are labelled as the goods, services or goods and services they state. The one figure stated 'including precious metals' (US goods exports, -11.4% mom) has no excluding counterpart in the text, so it carries product null as well; no figure for precious metals themselves is given.",
        "Quarterly partner split (goods): exports to the EU 43.9bn and to 'the rest of the world' 46.6bn; imports from the EU and from non-EU countries 80.2bn and 69.9bn, paired by 'respectively'. Partner 'non-EU countries'.",
        "September paragraph: 'Goods exports were 5.5% down on August' and imports 'declined 2.0%' are mom. The next paragraph ('Within that', 'fell 2.7% from August'): its EU and non-EU rates are mom, including 'imports from non-EU countries were 0.5% lower' (-0.5).",
        "'Services exports slipped 0.7% from the previous month': mom.",
        "US goods exports 'dropped 11.4% in September compared with August': mom; 'the lowest since January 2022' is a milestone: out. The 10% US baseline tariff is not a trade figure: out.",
        "GDP (0.1% in Q3, 0.3% in Q2, -0.1% in September), the economist's forecast (trade subtracting around 0.2 percentage points in Q4) and the 26 November budget date: out.",
    ],
    "facts": [
        fact(UK, "balance", "value", -5.6e9, "GBP", Q3, "5.6bn", E_HEAD, product=GS),
        fact(UK, "balance", "value", -3.2e9, "GBP", Q2, "3.2bn", E_HEAD, product=GS),
        fact(UK, "exports", "growth", -0.8, "percent", Q3, "0.8", E_TOT, product=GS, basis="qoq"),
        fact(UK, "exports", "value", 228.5e9, "GBP", Q3, "228.5bn", E_TOT, product=GS),
        fact(UK, "imports", "growth", 0.3, "percent", Q3, "0.3", E_TOT, product=GS, basis="qoq"),
        fact(UK, "imports", "value", 234.1e9, "GBP", Q3, "234.1bn", E_TOT, product=GS),
        fact(UK, "balance", "value", -59.6e9, "GBP", Q3, "59.6bn", E_GOODS),
        fact(UK, "balance", "value", 54.0e9, "GBP", Q3, "54.0bn", E_SERV, product="services"),
        fact(UK, "exports", "value", 43.9e9, "GBP", Q3, "43.9bn", E_Q_PARTNER, partner=EU),
        fact(UK, "exports", "value", 46.6e9, "GBP", Q3, "46.6bn", E_Q_PARTNER, partner=NON_EU),
        fact(UK, "imports", "value", 80.2e9, "GBP", Q3, "80.2bn", E_Q_PARTNER, partner=EU),
        fact(UK, "imports", "value", 69.9e9, "GBP", Q3, "69.9bn", E_Q_PARTNER, partner=NON_EU),
        fact(UK, "exports", "growth", -5.5, "percent", SEP, "5.5", E_SEP, basis="mom"),
        fact(UK, "exports", "value", 29.4e9, "GBP", SEP, "29.4bn", E_SEP),
        fact(UK, "imports", "growth", -2.0, "percent", SEP, "2.0", E_SEP, basis="mom"),
        fact(UK, "imports", "value", 50.1e9, "GBP", SEP, "50.1bn", E_SEP),
        fact(UK, "balance", "value", -20.7e9, "GBP", SEP, "20.7bn", E_SEP),
        fact(UK, "exports", "growth", -2.7, "percent", SEP, "2.7", E_SEP_X, partner=EU, basis="mom"),
        fact(UK, "exports", "value", 14.4e9, "GBP", SEP, "14.4bn", E_SEP_X, partner=EU),
        fact(UK, "exports", "growth", -8.0, "percent", SEP, "8.0", E_SEP_X, partner=NON_EU, basis="mom"),
        fact(UK, "exports", "value", 15.0e9, "GBP", SEP, "15.0bn", E_SEP_X, partner=NON_EU),
        fact(UK, "imports", "growth", -3.3, "percent", SEP, "3.3", E_SEP_M, partner=EU, basis="mom"),
        fact(UK, "imports", "value", 26.5e9, "GBP", SEP, "26.5bn", E_SEP_M, partner=EU),
        fact(UK, "imports", "growth", -0.5, "percent", SEP, "0.5", E_SEP_M, partner=NON_EU, basis="mom"),
        fact(UK, "imports", "value", 23.6e9, "GBP", SEP, "23.6bn", E_SEP_M, partner=NON_EU),
        fact(UK, "exports", "growth", -0.7, "percent", SEP, "0.7", E_SERV_SEP, product="services", basis="mom"),
        fact(UK, "exports", "value", 46.0e9, "GBP", SEP, "46.0bn", E_SERV_SEP, product="services"),
        fact(UK, "balance", "value", -2.9e9, "GBP", SEP, "2.9bn", E_TOT_SEP, product=GS),
        fact(UK, "balance", "value", -1.3e9, "GBP", AUG, "1.3bn", E_TOT_SEP, product=GS),
        fact(UK, "exports", "growth", -11.4, "percent", SEP, "11.4", E_US, partner="United States", basis="mom"),
    ],
}
