from _fact import fact, period

JUL = period(2025, 7)
YTD = period(2025, 1, 7)
SOY = "soybeans"
E_TOT = "China imported 11.67 million tonnes of soybeans in July, up 18.4% from the same month a year earlier"
E_BR = "The South American country shipped 10.39 million tonnes, 13.9% more year on year, for an 89% share of July arrivals"
E_US = "Arrivals from the United States dropped 11.5% to 420,873 tonnes, only 3.6% of the total"
E_VAL = "China paid $5.08 billion (36.5 billion yuan) for July's soybean imports"
E_YTD = "Between January and July, soybean imports into China rose 4.6% to 61.03 million tonnes, but their value dropped 9.8% to $26.9 billion"
E_US7 = "Soybeans from the US totaled 16.57 million tonnes, or 27.2%"

ARTICLE = {
    "id": "dF1_04_worldgrain_soybeans_jul",
    "title": "Brazilian cargoes lift China's July soybean imports; US share slips under 4%",
    "publisher": "World Grain",
    "published": "2025-08-21",
    "notes": [
        "The text gives no year: July and January-July take 2025 from the published date.",
        "Every fact is China's imports with product 'soybeans'; supplier countries are partners.",
        "July tonnage growth (18.4%, Brazil 13.9%, US -11.5%) is given with no value growth beside it, so it is labelled as growth (a unit growth given alone).",
        "January-July: the value dropped 9.8% and the tonnage rose 4.6%; the guide puts volume growth beside value growth out, so only -9.8 is labelled as growth.",
        "'second-highest monthly total on record': a milestone among months, not a rank of an area or partner: out.",
        "Headline 'US share slips under 4%' is the same observation as the body's exact 3.6%: exact only.",
        "'$5.08 billion (36.5 billion yuan)': the same July value in two currencies, two facts, both exact (no 'about').",
        "Brazil 'Nearly 70%' of the seven-month tonnage: share, qualifier approx; 'Brazilian beans' read as imports from Brazil.",
        "Out of scope: unit prices ($435 and $497 per tonne), crush margins (150 yuan per tonne), Dalian futures 2.1%, expected August arrivals (11 to 12 million tonnes), Sinograin auction (500,000 tonnes, not a trade flow), USDA projection (112 million tonnes).",
    ],
    "facts": [
        fact("China", "imports", "quantity", 11.67e6, "tonnes", JUL, "11.67 million", E_TOT, product=SOY),
        fact("China", "imports", "growth", 18.4, "percent", JUL, "18.4", E_TOT, product=SOY),
        fact("China", "imports", "quantity", 10.39e6, "tonnes", JUL, "10.39 million", E_BR, partner="Brazil", product=SOY),
        fact("China", "imports", "growth", 13.9, "percent", JUL, "13.9", E_BR, partner="Brazil", product=SOY),
        fact("China", "imports", "share", 89, "percent", JUL, "89", E_BR, partner="Brazil", product=SOY),
        fact("China", "imports", "growth", -11.5, "percent", JUL, "11.5", E_US, partner="United States", product=SOY),
        fact("China", "imports", "quantity", 420873, "tonnes", JUL, "420,873", E_US, partner="United States", product=SOY),
        fact("China", "imports", "share", 3.6, "percent", JUL, "3.6", E_US, partner="United States", product=SOY),
        fact("China", "imports", "quantity", 586000, "tonnes", JUL, "586,000", "Argentina provided 586,000 tonnes",
             partner="Argentina", product=SOY),
        fact("China", "imports", "value", 5.08e9, "USD", JUL, "5.08 billion", E_VAL, product=SOY),
        fact("China", "imports", "value", 36.5e9, "CNY", JUL, "36.5 billion", E_VAL, product=SOY),
        fact("China", "imports", "quantity", 61.03e6, "tonnes", YTD, "61.03 million", E_YTD, product=SOY),
        fact("China", "imports", "growth", -9.8, "percent", YTD, "9.8", E_YTD, product=SOY),
        fact("China", "imports", "value", 26.9e9, "USD", YTD, "26.9 billion", E_YTD, product=SOY),
        fact("China", "imports", "share", 70, "percent", YTD, "70",
             "Nearly 70% of the seven-month tonnage came from Brazilian beans", partner="Brazil", product=SOY, qualifier="approx"),
        fact("China", "imports", "quantity", 16.57e6, "tonnes", YTD, "16.57 million", E_US7, partner="United States", product=SOY),
        fact("China", "imports", "share", 27.2, "percent", YTD, "27.2", E_US7, partner="United States", product=SOY),
    ],
}
