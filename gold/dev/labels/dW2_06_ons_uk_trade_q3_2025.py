from _fact import fact, period

Q3 = period(2025, 7, 9)
Q2 = period(2025, 4, 6)
SEPTEMBER = period(2025, 9)
UK = "United Kingdom"
EU = "European Union"
NON_EU = "non-EU countries"
GS = "goods and services"

TOTAL_DEFICIT = "The UK's deficit on trade in goods and services stood at £5.6 billion in the three months to September 2025"
GOODS_DEFICIT = "In goods alone the shortfall reached £59.6 billion"
SERVICES_SURPLUS = "a trade in services surplus estimated at £54.0 billion"
Q_IMPORTS = (
    "Compared with the three months to June 2025, goods imports in the three months to September increased by "
    "£1.9 billion (1.3%) to £152.3 billion"
)
Q_EU_IMPORTS = "Imports from EU countries grew by 2.1%"
Q_NON_EU_IMPORTS = "Imports from EU countries grew by 2.1%, and imports from non-EU countries by 0.4%"
Q_EXPORTS = "Goods exports moved the other way, decreasing by £1.1 billion (1.2%) to £92.7 billion"
Q_EU_EXPORTS = "Exports to EU countries fell 0.8% and those to non-EU countries 1.6%"
PRECIOUS = (
    "Exports of precious metals, which are stripped out of the headline figures, came to £6.1 billion in the quarter, "
    "down from £8.5 billion in the three months to June"
)
US_QUARTER = "Goods exports to the United States in the latest quarter were 11.2% below their level in the same quarter of 2024"
SERVICES_EXPORTS = (
    "Exports of services are estimated to have edged down 0.3% on the previous quarter to £138.5 billion in the "
    "three months to September"
)
SERVICES_IMPORTS = "services imports rose 0.9% on the same basis to £84.5 billion"
M_IMPORTS = "Goods imports were worth £50.1 billion in September, 2.0% less than in August"
M_EXPORTS_GROWTH = "Between August and September 2025, goods exports fell by 5.5%"
M_EXPORTS_VALUE = "Goods exports dropped by £1.7 billion, or 5.5%, to £29.4 billion"
M_EU = "On the month, exports to EU countries slipped 2.7% to £14.4 billion"
M_NON_EU = "exports to non-EU countries fell 8.0% to £15.0 billion"
M_US = "Measured including precious metals, goods exports to the United States fell by 11.4% compared with August"
M_SERVICES = "Early estimates put services exports at £46.0 billion in September, 0.7% lower than in August"
M_TOTAL = "Taking goods and services together, the UK ran a total trade deficit of £2.9 billion in the month"

ARTICLE = {
    "id": "dW2_06_ons_uk_trade_q3_2025",
    "title": "UK trade: July to September 2025",
    "publisher": "Office for National Statistics",
    "published": "2025-11-13",
    "notes": [
        "Two running periods: the quarter ('the three months to September 2025' = 2025-07..2025-09) in the main "
        "points and sections 2-3, and September 2025 in section 4. 'the three months to June' is 2025-04..2025-06.",
        "Quarter-on-quarter: 'Compared with the three months to June 2025' opens the paragraph of section 2 and is "
        "carried to the EU/non-EU import and export rates and the goods exports fall in that paragraph (basis qoq). "
        "The guide states the carry-over only for month-on-month frames; applied here to a quarter frame by analogy "
        "(a question for the guide). Services rates say 'on the previous quarter' / 'on the same basis': qoq.",
        "Month-on-month: '2.0% less than in August', 'On the month', 'compared with August', '0.7% lower than in "
        "August', and 'Between August and September 2025' (main points) are mom cues.",
        "The main points restate September's goods export and import falls (5.5%, 2.0%) that section 4 gives again: "
        "each observation is labelled once.",
        "Absolute changes in money ('£2.8 billion wider', 'up £3.0 billion', 'increased by £1.9 billion', "
        "'decreasing by £1.1 billion', 'dropped by £1.7 billion') are changes derived from two levels, not levels: "
        "the record has no measure for a change in value, so they are out (like 'narrowing the gap to'). The rates in "
        "brackets ('(1.3%)', '(1.2%)', 'or 5.5%') are labelled as growth.",
        "Precious metals: the bulletin's figures exclude precious metals by default; that is the series' definition of "
        "goods, not a goods category, so those figures keep product null. 'Exports of precious metals ... £6.1 billion' "
        "and '£8.5 billion in the three months to June' are a product restriction: product 'precious metals'. The "
        "September U.S. figure is 'Measured including precious metals'; it is the only U.S. monthly figure given, "
        "labelled with product null (the record cannot mark 'including'), a hard call.",
        "'trade in goods and services' / 'total trade' / 'Taking goods and services together' is product 'goods and "
        "services'; 'In goods alone' is product null; 'trade in services surplus' is product 'services'.",
        "'In goods alone the shortfall reached £59.6 billion': the period is carried from the paragraph before "
        "(three months to September 2025); 'shortfall' is a deficit, negative.",
        "'Goods exports to the United States in the latest quarter were 11.2% below their level in the same quarter "
        "of 2024': yoy, Q3 2025, -11.2.",
        "Area 'United Kingdom' (text: 'The UK'); partners 'European Union' (EU countries) and 'non-EU countries'.",
        "Services figures 'estimated' / 'Early estimates put': qualifier exact.",
        "Out of scope: the 10% US baseline tariff, the survey's 31% and '10 or more employees', 'lowest since January "
        "2022' (milestone), release dates.",
    ],
    "facts": [
        fact(UK, "balance", "value", -5.6e9, "GBP", Q3, "5.6 billion", TOTAL_DEFICIT, product=GS),
        fact(UK, "balance", "value", -59.6e9, "GBP", Q3, "59.6 billion", GOODS_DEFICIT),
        fact(UK, "balance", "value", 54.0e9, "GBP", Q3, "54.0 billion", SERVICES_SURPLUS, product="services"),
        fact(UK, "imports", "growth", 1.3, "percent", Q3, "1.3", Q_IMPORTS, basis="qoq"),
        fact(UK, "imports", "value", 152.3e9, "GBP", Q3, "152.3 billion", Q_IMPORTS),
        fact(UK, "imports", "growth", 2.1, "percent", Q3, "2.1", Q_EU_IMPORTS, partner=EU, basis="qoq"),
        fact(UK, "imports", "growth", 0.4, "percent", Q3, "0.4", Q_NON_EU_IMPORTS, partner=NON_EU, basis="qoq"),
        fact(UK, "exports", "growth", -1.2, "percent", Q3, "1.2", Q_EXPORTS, basis="qoq"),
        fact(UK, "exports", "value", 92.7e9, "GBP", Q3, "92.7 billion", Q_EXPORTS),
        fact(UK, "exports", "growth", -0.8, "percent", Q3, "0.8", Q_EU_EXPORTS, partner=EU, basis="qoq"),
        fact(UK, "exports", "growth", -1.6, "percent", Q3, "1.6", Q_EU_EXPORTS, partner=NON_EU, basis="qoq"),
        fact(UK, "exports", "value", 6.1e9, "GBP", Q3, "6.1 billion", PRECIOUS, product="precious metals"),
        fact(UK, "exports", "value", 8.5e9, "GBP", Q2, "8.5 billion", PRECIOUS, product="precious metals"),
        fact(UK, "exports", "growth", -11.2, "percent", Q3, "11.2", US_QUARTER, partner="United States"),
        fact(UK, "exports", "growth", -0.3, "percent", Q3, "0.3", SERVICES_EXPORTS, product="services", basis="qoq"),
        fact(UK, "exports", "value", 138.5e9, "GBP", Q3, "138.5 billion", SERVICES_EXPORTS, product="services"),
        fact(UK, "imports", "growth", 0.9, "percent", Q3, "0.9", SERVICES_IMPORTS, product="services", basis="qoq"),
        fact(UK, "imports", "value", 84.5e9, "GBP", Q3, "84.5 billion", SERVICES_IMPORTS, product="services"),
        fact(UK, "imports", "value", 50.1e9, "GBP", SEPTEMBER, "50.1 billion", M_IMPORTS),
        fact(UK, "imports", "growth", -2.0, "percent", SEPTEMBER, "2.0", M_IMPORTS, basis="mom"),
        fact(UK, "exports", "growth", -5.5, "percent", SEPTEMBER, "5.5", M_EXPORTS_GROWTH, basis="mom"),
        fact(UK, "exports", "value", 29.4e9, "GBP", SEPTEMBER, "29.4 billion", M_EXPORTS_VALUE),
        fact(UK, "exports", "growth", -2.7, "percent", SEPTEMBER, "2.7", M_EU, partner=EU, basis="mom"),
        fact(UK, "exports", "value", 14.4e9, "GBP", SEPTEMBER, "14.4 billion", M_EU, partner=EU),
        fact(UK, "exports", "growth", -8.0, "percent", SEPTEMBER, "8.0", M_NON_EU, partner=NON_EU, basis="mom"),
        fact(UK, "exports", "value", 15.0e9, "GBP", SEPTEMBER, "15.0 billion", M_NON_EU, partner=NON_EU),
        fact(UK, "exports", "growth", -11.4, "percent", SEPTEMBER, "11.4", M_US, partner="United States", basis="mom"),
        fact(UK, "exports", "value", 46.0e9, "GBP", SEPTEMBER, "46.0 billion", M_SERVICES, product="services"),
        fact(UK, "exports", "growth", -0.7, "percent", SEPTEMBER, "0.7", M_SERVICES, product="services", basis="mom"),
        fact(UK, "balance", "value", -2.9e9, "GBP", SEPTEMBER, "2.9 billion", M_TOTAL, product=GS),
    ],
}
