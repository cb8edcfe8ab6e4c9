from _fact import fact, period

MAY = period(2025, 5)
MX = "Mexico"
US = "United States"
ROW = "Rest of the world"
NONOIL = "non-oil products"
AUTO = "automotive products"
E_BAL = "Mexico registered a trade surplus of 1,026.5 million dollars in May 2025, below the 1,985.3 million dollar surplus of the same month of 2024"
E_EXP = "The value of merchandise exports was 55,480.6 million dollars, a year-on-year decrease of 0.4%"
E_IMP = "imports reached 54,454.1 million dollars, an annual increase of 1.4%"
E_NONOIL = "The slight drop in exports came from a 35.2% collapse in sales of petroleum products, since exports of non-oil products rose 1.8%"
E_NONOIL_DEST = "those directed to the United States increased 2.6% and those channeled to the rest of the world fell 3.4%"
E_MANUF = "Exports of manufactured goods totaled 50,912.3 million dollars, 1.5% more than a year earlier"
E_ELEC = "Exports of electrical and electronic equipment and appliances grew 9.7%, driven by computers, whose foreign sales jumped 41.3%"
E_IMPS = "purchases of petroleum products soared 28.9%, while imports of capital goods plunged 15.0%"
E_SA = "With seasonally adjusted figures, total exports fell 1.44% from April and imports dropped 2.51%"

ARTICLE = {
    "id": "dC2_06_mx_efe_may2025",
    "title": "Mexico posts $1.03 billion trade surplus in May as auto sales to US slide",
    "publisher": "EFE",
    "published": "2025-06-26",
    "notes": [
        "The text states the year (May 2025); 'the same month of 2024' surplus (1,985.3 million) is labelled with period 2024-05.",
        "Headline '$1.03 billion' restates the body's 1,026.5 million dollars (rounding): labelled once, body evidence.",
        "Values written as 'million dollars' with thousands separators (55,480.6 million) read as plain millions.",
        "'Within the latter, those directed to the United States increased 2.6% and those channeled to the rest of the world fell 3.4%': non-oil exports by destination: product 'non-oil products', partners United States and 'Rest of the world' (no canonical name in the guide).",
        "'The United States absorbed 83.4% of Mexico's non-oil exports': share of non-oil exports going to the U.S.",
        "Automotive: 'a 10.8% decline in sales to the United States and a 1.6% increase in those channeled to other markets': partner United States and, for 'other markets', 'Rest of the world'. The 1.6% evidence starts after 'decline' so that its own cue ('increase') governs it.",
        "'With seasonally adjusted figures, total exports fell 1.44% from April and imports dropped 2.51%': month-on-month (basis mom), both rates.",
        "Out: the 25% tariff, 622,000 barrels per day (a per-day volume the record cannot express), 61.13 dollars per barrel (a price), Banorte's expected deficit of 370 million dollars (forecast).",
        "'a sign that companies are postponing investment': commentary, no figure.",
    ],
    "facts": [
        fact(MX, "balance", "value", 1.0265e9, "USD", MAY, "1,026.5 million", E_BAL),
        fact(MX, "balance", "value", 1.9853e9, "USD", period(2024, 5), "1,985.3 million", E_BAL),
        fact(MX, "exports", "value", 55.4806e9, "USD", MAY, "55,480.6 million", E_EXP),
        fact(MX, "exports", "growth", -0.4, "percent", MAY, "0.4", E_EXP),
        fact(MX, "imports", "value", 54.4541e9, "USD", MAY, "54,454.1 million", E_IMP),
        fact(MX, "imports", "growth", 1.4, "percent", MAY, "1.4", E_IMP),
        fact(MX, "exports", "growth", -35.2, "percent", MAY, "35.2", E_NONOIL, product="petroleum products"),
        fact(MX, "exports", "growth", 1.8, "percent", MAY, "1.8", E_NONOIL, product=NONOIL),
        fact(MX, "exports", "growth", 2.6, "percent", MAY, "2.6", E_NONOIL_DEST, product=NONOIL, partner=US),
        fact(MX, "exports", "growth", -3.4, "percent", MAY, "3.4", E_NONOIL_DEST, product=NONOIL, partner=ROW),
        fact(MX, "exports", "share", 83.4, "percent", MAY, "83.4",
             "The United States absorbed 83.4% of Mexico's non-oil exports in the month", product=NONOIL, partner=US),
        fact(MX, "exports", "value", 50.9123e9, "USD", MAY, "50,912.3 million", E_MANUF, product="manufactured goods"),
        fact(MX, "exports", "growth", 1.5, "percent", MAY, "1.5", E_MANUF, product="manufactured goods"),
        fact(MX, "exports", "growth", -9.0, "percent", MAY, "9.0",
             "Exports of automotive products, however, fell 9.0% annually", product=AUTO),
        fact(MX, "exports", "growth", -10.8, "percent", MAY, "10.8",
             "Exports of automotive products, however, fell 9.0% annually, the result of a 10.8% decline in sales to the United States", product=AUTO, partner=US),
        fact(MX, "exports", "growth", 1.6, "percent", MAY, "1.6",
             "a 1.6% increase in those channeled to other markets", product=AUTO, partner=ROW),
        fact(MX, "exports", "growth", 9.7, "percent", MAY, "9.7", E_ELEC, product="electrical and electronic equipment and appliances"),
        fact(MX, "exports", "growth", 41.3, "percent", MAY, "41.3", E_ELEC, product="computers"),
        fact(MX, "imports", "growth", 28.9, "percent", MAY, "28.9", E_IMPS, product="petroleum products"),
        fact(MX, "imports", "growth", -15.0, "percent", MAY, "15.0", E_IMPS, product="capital goods"),
        fact(MX, "exports", "growth", -1.44, "percent", MAY, "1.44", E_SA, basis="mom"),
        fact(MX, "imports", "growth", -2.51, "percent", MAY, "2.51", E_SA, basis="mom"),
        fact(MX, "balance", "value", 2.0349e9, "USD", period(2025, 1, 5), "2,034.9 million",
             "In January-May, the trade balance showed a surplus of 2,034.9 million dollars"),
    ],
}
