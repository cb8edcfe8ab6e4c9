from _fact import fact, period

Q = period(2025, 8, 10)
OCT = period(2025, 10)
SEP = period(2025, 9)
UK = "United Kingdom"
US = "United States"
EU = "European Union"
NONEU = "non-EU countries"
GS = "goods and services"
GS_XPM = "goods and services excluding precious metals"
G_XPM = "goods excluding precious metals"
E_TOT = "At £6.7 billion, the deficit on goods and services trade in the period was £4.0 billion larger"
E_GOODS = "A £3.9 billion widening took the goods deficit to £60.5 billion"
E_SERV = "the services surplus was put at an unchanged £53.8 billion"
E_QOQ = "Compared with the three months through July, total exports dropped 0.6% and imports increased 1.1%."
E_XPM = ("The statistics office says precious metals can obscure underlying trends; leaving them out, the overall trade "
         "gap came to £9.6 billion, £2.2 billion wider.")
E_OCT = ("Against September, October goods exports were up £1.5 billion, or 5.2%, at £31.0 billion, outgrowing goods "
         "imports, which rose £0.8 billion, or 1.5%, to £50.9 billion.")
E_OCT_BAL = "the goods deficit for the month narrowed to £19.9 billion from £20.6 billion in September."
E_OCT_XPM = "Excluding precious metals, goods exports grew 2.4% on the month and goods imports 0.9%."
E_EU = ("Trade with the European Union rose on the month, with exports up 1.7% at £14.7 billion and imports up 1.2% at "
        "£26.8 billion, for a deficit of £12.1 billion with the bloc.")
E_NONEU = ("Goods exports to non-EU countries surged 8.6% to £16.3 billion, against a 1.9% rise to £24.1 billion in imports "
           "from outside the EU.")
E_US_X = "goods exports to the US, including precious metals, climbed £1.1 billion, or 27%, from September to £5.2 billion"
E_US_M = "imports from the US surged 51.6% to £6.5 billion"
E_CN = "with exports to China falling 6.3% from the previous month to £1.6 billion and imports from China rising 3.5%"

ARTICLE = {
    "id": "dAN2_06_uk_trade_oct_2025",
    "title": "UK Trade Deficit Widens to £6.7 Billion as Precious Metals Whipsaw US Flows",
    "publisher": "Bloomberg",
    "published": "2025-12-12",
    "notes": [
        "Dated December 12, 2025: 'the three months through October' is 2025-08..2025-10; October and September are 2025.",
        "Headline '£6.7 Billion' is the same observation as the body's three-month goods and services deficit: labelled once.",
        "Absolute changes ('£4.0 billion larger', 'A £3.9 billion widening', '£2.2 billion wider', 'up £1.5 billion', 'rose £0.8 billion', 'climbed £1.1 billion'): derived comparisons, out. The rate in 'up £1.5 billion, or 5.2%' is labelled.",
        "Goods-only figures carry product null; the three-month total balance and 'total exports'/'imports' carry 'goods and services'; the services surplus 'services'.",
        "'Compared with the three months through July, total exports dropped 0.6% and imports increased 1.1%': rolling three-month period compared with the previous three months, basis qoq; the comparison base is not the period.",
        "Figures stated excluding precious metals are restricted: product 'goods and services excluding precious metals' for the total deficit, 'goods excluding precious metals' for the monthly goods rates.",
        "'Against September' opens the monthly paragraph: goods export and import rates are mom. The EU paragraph's 'on the month' (first sentence) is carried to its non-EU sentence. US exports 'from September', shared by the import clause of the same sentence: mom. China: 'from the previous month' carried to imports from China.",
        "Non-EU partner written 'non-EU countries'; 'imports from outside the EU' is the same partner.",
        "US exports are stated 'including precious metals', i.e. unrestricted goods: product null.",
        "Out: monthly GDP -0.1% in October and September, the 0.1% growth forecast, three-month GDP -0.1%, industrial production 1.1%, the economist's 0.3 percentage point and 3.75% rate forecasts, 'falling in each of the two previous months' (streak).",
    ],
    "facts": [
        fact(UK, "balance", "value", -6.7e9, "GBP", Q, "6.7 billion", E_TOT, product=GS),
        fact(UK, "balance", "value", -60.5e9, "GBP", Q, "60.5 billion", E_GOODS),
        fact(UK, "balance", "value", 53.8e9, "GBP", Q, "53.8 billion", E_SERV, product="services"),
        fact(UK, "exports", "growth", -0.6, "percent", Q, "0.6", E_QOQ, product=GS, basis="qoq"),
        fact(UK, "imports", "growth", 1.1, "percent", Q, "1.1", E_QOQ, product=GS, basis="qoq"),
        fact(UK, "balance", "value", -9.6e9, "GBP", Q, "9.6 billion", E_XPM, product=GS_XPM),
        fact(UK, "exports", "growth", 5.2, "percent", OCT, "5.2", E_OCT, basis="mom"),
        fact(UK, "exports", "value", 31.0e9, "GBP", OCT, "31.0 billion", E_OCT),
        fact(UK, "imports", "growth", 1.5, "percent", OCT, "1.5", E_OCT, basis="mom"),
        fact(UK, "imports", "value", 50.9e9, "GBP", OCT, "50.9 billion", E_OCT),
        fact(UK, "balance", "value", -19.9e9, "GBP", OCT, "19.9 billion", E_OCT_BAL),
        fact(UK, "balance", "value", -20.6e9, "GBP", SEP, "20.6 billion", E_OCT_BAL),
        fact(UK, "exports", "growth", 2.4, "percent", OCT, "2.4", E_OCT_XPM, product=G_XPM, basis="mom"),
        fact(UK, "imports", "growth", 0.9, "percent", OCT, "0.9", E_OCT_XPM, product=G_XPM, basis="mom"),
        fact(UK, "exports", "growth", 1.7, "percent", OCT, "1.7", E_EU, partner=EU, basis="mom"),
        fact(UK, "exports", "value", 14.7e9, "GBP", OCT, "14.7 billion", E_EU, partner=EU),
        fact(UK, "imports", "growth", 1.2, "percent", OCT, "1.2", E_EU, partner=EU, basis="mom"),
        fact(UK, "imports", "value", 26.8e9, "GBP", OCT, "26.8 billion", E_EU, partner=EU),
        fact(UK, "balance", "value", -12.1e9, "GBP", OCT, "12.1 billion", E_EU, partner=EU),
        fact(UK, "exports", "growth", 8.6, "percent", OCT, "8.6", E_NONEU, partner=NONEU, basis="mom"),
        fact(UK, "exports", "value", 16.3e9, "GBP", OCT, "16.3 billion", E_NONEU, partner=NONEU),
        fact(UK, "imports", "growth", 1.9, "percent", OCT, "1.9", E_NONEU, partner=NONEU, basis="mom"),
        fact(UK, "imports", "value", 24.1e9, "GBP", OCT, "24.1 billion", E_NONEU, partner=NONEU),
        fact(UK, "exports", "growth", 27, "percent", OCT, "27", E_US_X, partner=US, basis="mom"),
        fact(UK, "exports", "value", 5.2e9, "GBP", OCT, "5.2 billion", E_US_X, partner=US),
        fact(UK, "imports", "growth", 51.6, "percent", OCT, "51.6", E_US_M, partner=US, basis="mom"),
        fact(UK, "imports", "value", 6.5e9, "GBP", OCT, "6.5 billion", E_US_M, partner=US),
        fact(UK, "exports", "growth", -6.3, "percent", OCT, "6.3", E_CN, partner="China", basis="mom"),
        fact(UK, "exports", "value", 1.6e9, "GBP", OCT, "1.6 billion", E_CN, partner="China"),
        fact(UK, "imports", "growth", 3.5, "percent", OCT, "3.5", E_CN, partner="China", basis="mom"),
    ],
}
