from _fact import fact, period

Q3 = period(2025, 7, 9)
Q2 = period(2025, 4, 6)
SEPTEMBER = period(2025, 9)
UK = "United Kingdom"
EU = "European Union"
NON_EU = "non-EU countries"
GS = "goods and services"

TOTAL_DEFICIT = "In the three months to September 2025, the UK's trade deficit in goods and services was £5.6 billion"
GOODS_DEFICIT = "The goods-only deficit grew by £3.0 billion to £59.6 billion"
SERVICES_SURPLUS = "an estimated services trade surplus of £54.0 billion"
Q_IMPORTS = (
    "Relative to the three months to June 2025, imports of goods for the three months to September grew by "
    "£1.9 billion (1.3%) to £152.3 billion"
)
Q_EU_IMPORTS = "Imports rose 2.1% from EU countries"
Q_NON_EU_IMPORTS = "Imports rose 2.1% from EU countries and 0.4% from non-EU countries"
Q_EXPORTS = "Goods exports, by contrast, declined by £1.1 billion (1.2%) to £92.7 billion"
Q_EU_EXPORTS = "Shipments to EU countries were down 0.8%, and shipments to non-EU countries 1.6%"
PRECIOUS = (
    "Precious metals exports, which the headline numbers exclude, totalled £6.1 billion over the quarter, "
    "compared with £8.5 billion in the three months to June"
)
US_QUARTER = "In the latest quarter, goods exports to the United States were 11.2% lower than in the same quarter of 2024"
SERVICES_EXPORTS = (
    "In the three months to September, services exports are estimated to have slipped 0.3% compared with the "
    "previous quarter, to £138.5 billion"
)
SERVICES_IMPORTS = "services imports, measured the same way, grew 0.9% to £84.5 billion"
M_IMPORTS = "In September, goods imports came to £50.1 billion, down 2.0% from August"
M_EXPORTS_GROWTH = "From August to September 2025, goods exports dropped 5.5%"
M_EXPORTS_VALUE = "Goods exports declined by £1.7 billion, or 5.5%, to £29.4 billion"
M_EU = "Month on month, exports to EU countries decreased 2.7% to £14.4 billion"
M_NON_EU = "exports to non-EU countries dropped 8.0% to £15.0 billion"
M_US = "When precious metals are included, goods exports to the United States were down 11.4% on August"
M_SERVICES = "Services exports for September are provisionally estimated at £46.0 billion, a 0.7% fall from August"
M_TOTAL = "Combining goods and services, the UK's overall trade deficit for the month was £2.9 billion"

ARTICLE = {
    "id": "dW2_06_ons_uk_trade_q3_2025",
    "title": "Quarterly UK trade figures for July to September 2025",
    "publisher": "Office for National Statistics",
    "published": "2025-11-13",
    "notes": [
        "Two running periods: the quarter ('the three months to September 2025' = 2025-07..2025-09) in the key "
        "points and sections 2-3, and September 2025 in section 4. 'the three months to June' is 2025-04..2025-06.",
        "Quarter-on-quarter: 'Relative to the three months to June 2025' opens the paragraph of section 2 and is "
        "carried to the EU/non-EU import and export rates and the goods exports fall in that paragraph (basis qoq). "
        "The guide states the carry-over only for month-on-month frames; applied here to a quarter frame by analogy "
        "(a question for the guide). Services rates say 'compared with the previous quarter' / 'measured the same way': qoq.",
        "Month-on-month: 'down 2.0% from August', 'Month on month', 'on August', 'a 0.7% fall from "
        "August', and 'From August to September 2025' (key points) are mom cues.",
        "The key points restate September's goods export and import falls (5.5%, 2.0%) that section 4 gives again: "
        "each observation is labelled once.",
        "Absolute changes in money ('widened by £2.8 billion', 'grew by £3.0 billion', 'grew by £1.9 billion', "
        "'declined by £1.1 billion', 'declined by £1.7 billion') are changes derived from two levels, not levels: "
        "the record has no measure for a change in value, so they are out (like 'narrowing the gap to'). The rates in "
        "brackets ('(1.3%)', '(1.2%)', 'or 5.5%') are labelled as growth.",
        "Precious metals: the bulletin's figures exclude precious metals by default; that is the series' definition of "
        "goods, not a goods category, so those figures keep product null. 'Precious metals exports ... £6.1 billion' "
        "and '£8.5 billion in the three months to June' are a product restriction: product 'precious metals'. The "
        "September U.S. figure is 'When precious metals are included'; it is the only U.S. monthly figure given, "
        "labelled with product null (the record cannot mark 'including'), a hard call.",
        "'trade deficit in goods and services' / 'overall trade deficit' / 'Combining goods and services' is product "
        "'goods and services'; 'goods-only' is product null; 'services trade surplus' is product 'services'.",
        "'The goods-only deficit grew by £3.0 billion to £59.6 billion': the period is carried from the paragraph "
        "before (three months to September 2025); a deficit, negative.",
        "'In the latest quarter, goods exports to the United States were 11.2% lower than in the same quarter "
        "of 2024': yoy, Q3 2025, -11.2.",
        "Area 'United Kingdom' (text: 'the UK'); partners 'European Union' (EU countries) and 'non-EU countries'.",
        "Services figures 'estimated' / 'provisionally estimated': qualifier exact.",
        "Out of scope: the 10% US baseline tariff, the survey's 31% and '10 or more people', 'lowest since January "
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
