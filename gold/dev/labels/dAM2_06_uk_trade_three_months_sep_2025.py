from _fact import fact, period

Q3 = period(2025, 7, 9)
Q2 = period(2025, 4, 6)
SEP = period(2025, 9)
AUG = period(2025, 8)
UK = "United Kingdom"
EU = "European Union"
NON_EU = "non-EU countries"
GS = "goods and services"
E_HEAD = ("the gap between the value of goods and services sold abroad and those bought from overseas grew by £2.4bn to "
          "£5.6bn in the third quarter, up from a deficit of £3.2bn in the three months to June")
E_TOT = "Total exports fell 0.8% to £228.5bn compared with the previous three months, while imports rose 0.3% to £234.1bn."
E_GOODS = "The deficit in trade in goods widened by £2.6bn to £59.6bn"
E_SERV = "the surplus in services, where Britain is traditionally strong, is estimated to have edged up by £0.2bn to £54.0bn"
E_Q_PARTNER = ("the UK exported £43.9bn of goods to the EU and £46.6bn to countries outside the bloc, while goods imports "
               "from the EU and from non-EU countries stood at £80.2bn and £69.9bn respectively")
E_SEP = ("Compared with August, the value of goods exports dropped 5.5% to £29.4bn and goods imports fell 2.0% to £50.1bn, "
         "leaving a goods deficit of £20.7bn for the month.")
E_SEP_X = ("On the month, exports to the EU slipped 2.7% to £14.4bn, mainly because of lower sales of crude oil, while "
           "shipments to non-EU countries slumped 8.0% to £15.0bn")
E_SEP_M = "Imports from the EU were down 3.3% at £26.5bn and those from the rest of the world 0.5% lower at £23.6bn."
E_SERV_SEP = "Services exports dipped 0.7% month on month to £46.0bn."
E_TOT_SEP = "the overall trade deficit widened to £2.9bn in September, from £1.3bn in August"
E_US = "Goods exports to the US, including precious metals, fell 11.4% in September from a month earlier"

ARTICLE = {
    "id": "dAM2_06_uk_trade_three_months_sep_2025",
    "title": "UK trade deficit widens to £5.6bn as goods exports to EU and US weaken",
    "publisher": None,
    "published": "2025-11-13",
    "notes": [
        "Written in the style of a Guardian story, but the text names no outlet, so publisher is null (spec: null if the text names none).",
        "Byline date Thu 13 Nov 2025: published 2025-11-13. 'The three months to September' and 'the third quarter' are 2025-07 to 2025-09; 'the three months to June' is 2025-04 to 2025-06.",
        "Area United Kingdom ('Britain', 'the UK'). The total trade balance and total exports/imports cover goods and services: product 'goods and services'; goods-only figures product null; services product 'services'.",
        "Headline '£5.6bn' restates the body's quarterly deficit: labelled once.",
        "Deficits are negative balances: -5.6bn (Q3), -3.2bn (three months to June), -59.6bn goods (Q3), -20.7bn goods (September), -2.9bn total (September), -1.3bn total (August); the services surplus +54.0bn.",
        "Absolute changes ('grew by £2.4bn', 'widened by £2.6bn', 'edged up by £0.2bn') are derived comparisons: out.",
        "'Total exports fell 0.8% ... compared with the previous three months, while imports rose 0.3%': the three months to September against the three months to June, the previous quarter: basis qoq.",
        "Precious metals: the text says the ONS figures exclude precious metals, as the ONS headline series does; the record has no field for that exclusion, so the figures are labelled as the goods, services or goods and services they state. The one figure stated 'including precious metals' (US goods exports, -11.4% mom) has no excluding counterpart in the text, so it carries product null as well; no figure for precious metals themselves is given.",
        "Quarterly partner split (goods): exports to the EU 43.9bn and to 'countries outside the bloc' 46.6bn; imports from the EU and from non-EU countries 80.2bn and 69.9bn, paired by 'respectively'. Partner 'non-EU countries'.",
        "September paragraph opens 'Compared with August': goods exports -5.5 and imports -2.0 are mom. The next paragraph opens 'On the month': its EU and non-EU rates are mom, including 'those from the rest of the world 0.5% lower' (imports from non-EU countries, -0.5).",
        "'Services exports dipped 0.7% month on month': mom.",
        "US goods exports '-11.4% in September from a month earlier': mom; 'lowest level since January 2022' is a milestone: out. The 10% US baseline tariff is not a trade figure: out.",
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
