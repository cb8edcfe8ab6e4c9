from _fact import fact, period

M3 = period(2025, 5, 7)      # the three months to July 2025
JUL = period(2025, 7)
MAR = period(2025, 3)
UK = "United Kingdom"
GXPM = "goods excluding precious metals"
GSXPM = "goods and services excluding precious metals"

TOTAL = ("Imports outpaced exports in the three months to July 2025, so the trade deficit for goods and services "
         "combined widened by £0.4 billion to £10.3 billion")
GOODS = "In the three months to July 2025, the deficit on trade in goods grew by £3.0 billion to £61.9 billion"
SERV = "the estimated surplus on trade in services rose by £2.6 billion to £51.6 billion"
XPM = ("With precious metals stripped out, the overall trade deficit grew by £0.9 billion to £11.4 billion across "
       "the same three months.")
MONTH_IMP = ("Between June and July 2025, imports of goods excluding precious metals grew in value by £2.7 "
             "billion (5.4%)")
MONTH = ("Between June and July 2025, imports of goods excluding precious metals grew in value by £2.7 "
         "billion (5.4%), as purchases from both EU and non-EU countries rose; goods exports on the same basis "
         "increased by £1.9 billion (6.6%).")
US_JUL = ("Goods exported to the United States, precious metals included, increased by £0.8 billion to £4.7 billion "
          "in July 2025")
Q_IMP = ("Set against the three months to April 2025, the three months to July 2025 saw imports of goods excluding "
         "precious metals increase by £3.3 billion (2.2%)")
Q_EXP = "Goods exports excluding precious metals grew by £0.9 billion (1.0%) across the same period."
GXPM_BAL = ("the deficit on goods trade excluding precious metals grew by £2.4 billion to £63.0 billion in the "
            "three months to July 2025")
EU_BAL = "the shortfall with EU countries grew by £1.5 billion to £37.1 billion"
NON_EU_BAL = "the shortfall with countries outside the EU rose by £0.9 billion to £25.9 billion"
SERV_EXP = ("Compared with the previous three months, services exports rose by £2.3 billion (1.9%) to £125.3 billion "
            "in the three months to July 2025")
PM = "In the three months to July 2025, precious metals exports were 14.2% lower than in the previous three months"
EU_IMP = "Goods imports from EU countries rose by £1.6 billion (6.1%) between June and July 2025"
NON_EU_IMP = "From non-EU countries, imports increased by £1.1 billion (4.6%)"
EU_EXP = "Exports of goods to EU countries went up by £0.8 billion (5.7%)"
NON_EU_EXP = "exports to non-EU countries grew by £1.1 billion (7.4%)"
US_MAR = "Even so, they stayed far below the £6.1 billion of March 2025"
US_IMP = ("Goods imported from the United States, precious metals included, dropped by £0.5 billion to £4.6 billion "
          "in July 2025")
US_YOY = ("Compared with the same three months of 2024, goods exports to the United States, precious metals included, "
          "were down 12.8% in the three months to July 2025.")

ARTICLE = {
    "id": "dAD2_06_uk_trade_july_2025_ons",
    "title": "UK trade figures for July 2025",
    "publisher": "Office for National Statistics",
    "published": "2025-09-12",
    "notes": [
        "Area United Kingdom throughout (an ONS bulletin on UK trade; the headline names it).",
        "'the three months to July 2025' -> period 2025-05/2025-07. Movements of the three months to July against "
        "'the three months to April 2025' / 'the previous three months' are growth on the previous quarter: basis qoq.",
        "'Between June and July 2025' -> month-on-month, period July 2025; it opens the monthly bullet and frames the "
        "monthly section, so the section's four EU/non-EU rates are mom.",
        "Absolute changes in pounds ('widened by £0.4 billion', 'grew in value by £2.7 billion', 'increased by £0.8 billion', "
        "'dropped by £0.5 billion', etc.) are not values of a flow and cannot be expressed as growth: out of scope, "
        "unlabelled. Only the levels reached and the percentage changes in brackets are labelled.",
        "Product for figures 'excluding precious metals': 'goods excluding precious metals' for goods, 'goods and "
        "services excluding precious metals' for the total trade balance. Goods figures with 'precious metals included' "
        "(all goods) and unqualified goods figures: product null. Services: 'services'.",
        "'Precious metals are left out of the figures in this section.' applies to all four monthly EU/non-EU rates in section 3.",
        "'the shortfall with EU countries ... the shortfall with countries outside the EU': goods balances excluding precious "
        "metals (they split the £63.0 billion of the previous sentence), partners European Union and 'Non-EU countries'.",
        "'precious metals exports were 14.2% lower': product 'precious metals', qoq.",
        "'Even so, they stayed far below the £6.1 billion of March 2025': exports of goods to the United "
        "States in March 2025, value 6.1e9 GBP ('they' = exports of goods to the United States).",
        "'Compared with the same three months of 2024 ... down 12.8%': exports to the United States, three months to July 2025, "
        "basis yoy.",
        "Out of scope, unlabelled: the 10% tariff, the dates 2 April and 30 June 2025, the survey share of businesses "
        "affected by tariffs (33%, 10 or more employees, 12 months): not trade flows.",
    ],
    "facts": [
        fact(UK, "balance", "value", -10.3e9, "GBP", M3, "10.3 billion", TOTAL, product="goods and services"),
        fact(UK, "balance", "value", -61.9e9, "GBP", M3, "61.9 billion", GOODS),
        fact(UK, "balance", "value", 51.6e9, "GBP", M3, "51.6 billion", SERV, product="services"),
        fact(UK, "balance", "value", -11.4e9, "GBP", M3, "11.4 billion", XPM, product=GSXPM),
        fact(UK, "imports", "growth", 5.4, "percent", JUL, "5.4", MONTH_IMP, product=GXPM, basis="mom"),
        fact(UK, "exports", "growth", 6.6, "percent", JUL, "6.6", MONTH, product=GXPM, basis="mom"),
        fact(UK, "exports", "value", 4.7e9, "GBP", JUL, "4.7 billion", US_JUL, partner="United States"),
        fact(UK, "imports", "growth", 2.2, "percent", M3, "2.2", Q_IMP, product=GXPM, basis="qoq"),
        fact(UK, "exports", "growth", 1.0, "percent", M3, "1.0", Q_EXP, product=GXPM, basis="qoq"),
        fact(UK, "balance", "value", -63.0e9, "GBP", M3, "63.0 billion", GXPM_BAL, product=GXPM),
        fact(UK, "balance", "value", -37.1e9, "GBP", M3, "37.1 billion", EU_BAL, partner="European Union", product=GXPM),
        fact(UK, "balance", "value", -25.9e9, "GBP", M3, "25.9 billion", NON_EU_BAL, partner="Non-EU countries", product=GXPM),
        fact(UK, "exports", "value", 125.3e9, "GBP", M3, "125.3 billion", SERV_EXP, product="services"),
        fact(UK, "exports", "growth", 1.9, "percent", M3, "1.9", SERV_EXP, product="services", basis="qoq"),
        fact(UK, "exports", "growth", -14.2, "percent", M3, "14.2", PM, product="precious metals", basis="qoq"),
        fact(UK, "imports", "growth", 6.1, "percent", JUL, "6.1", EU_IMP, partner="European Union", product=GXPM, basis="mom"),
        fact(UK, "imports", "growth", 4.6, "percent", JUL, "4.6", NON_EU_IMP, partner="Non-EU countries", product=GXPM, basis="mom"),
        fact(UK, "exports", "growth", 5.7, "percent", JUL, "5.7", EU_EXP, partner="European Union", product=GXPM, basis="mom"),
        fact(UK, "exports", "growth", 7.4, "percent", JUL, "7.4", NON_EU_EXP, partner="Non-EU countries", product=GXPM, basis="mom"),
        fact(UK, "exports", "value", 6.1e9, "GBP", MAR, "6.1 billion", US_MAR, partner="United States"),
        fact(UK, "imports", "value", 4.6e9, "GBP", JUL, "4.6 billion", US_IMP, partner="United States"),
        fact(UK, "exports", "growth", -12.8, "percent", M3, "12.8", US_YOY, partner="United States"),
    ],
}
