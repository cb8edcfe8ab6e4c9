from _fact import fact, period

MAY = period(2025, 5)
MX = "Mexico"
US = "United States"
ROW = "Rest of the world"
NONOIL = "non-oil products"
AUTO = "automotive products"
E_BAL = "Mexico's trade surplus for May 2025 came in at 1,026.5 million dollars, down from 1,985.3 million dollars in the same month of 2024"
E_EXP = "Merchandise exports were worth 55,480.6 million dollars, down 0.4% from a year earlier"
E_IMP = "imports amounted to 54,454.1 million dollars, up 1.4% on an annual basis"
E_NONOIL = "Petroleum products were behind the small decline, as their sales abroad sank 35.2%, while exports of non-oil products grew 1.8%"
E_NONOIL_DEST = "non-oil sales to the United States gained 2.6%, while those to the rest of the world dropped 3.4%"
E_MANUF = "Sales abroad of manufactured goods came to 50,912.3 million dollars, up 1.5% year on year"
E_ELEC = "Shipments of electrical and electronic equipment and appliances rose 9.7%, led by computers, with overseas sales up 41.3%"
E_IMPS = "petroleum product purchases surged 28.9% and capital goods imports tumbled 15.0%"
E_SA = "On a seasonally adjusted basis, total exports declined 1.44% from April and imports slid 2.51%"

ARTICLE = {
    "id": "dC2_06_mx_efe_may2025",
    "title": "Mexico's May trade surplus at $1.03 billion; auto exports to US drop",
    "publisher": "EFE",
    "published": "2025-06-26",
    "notes": [
        "The text states the year (May 2025); 'the same month of 2024' surplus (1,985.3 million) is labelled with period 2024-05.",
        "Headline '$1.03 billion' restates the body's 1,026.5 million dollars (rounding): labelled once, body evidence.",
        "Values written as 'million dollars' with thousands separators (55,480.6 million) read as plain millions.",
        "'Of these, non-oil sales to the United States gained 2.6%, while those to the rest of the world dropped 3.4%': non-oil exports by destination: product 'non-oil products', partners United States and 'Rest of the world' (no canonical name in the guide).",
        "'83.4% of Mexico's non-oil exports went to the United States': share of non-oil exports going to the U.S.",
        "Automotive: 'a 10.8% drop in shipments to the United States that outweighed a 1.6% rise in sales to other markets': partner United States and, for 'other markets', 'Rest of the world'. The 1.6% evidence starts after 'drop' so that its own cue ('rise') governs it.",
        "'On a seasonally adjusted basis, total exports declined 1.44% from April and imports slid 2.51%': month-on-month (basis mom), both rates.",
        "Out: the 25% tariff, 622,000 barrels per day (a per-day volume the record cannot express), 61.13 dollars per barrel (a price), Banorte's expected deficit of 370 million dollars (forecast).",
        "'suggesting firms are delaying investment': commentary, no figure.",
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
             "83.4% of Mexico's non-oil exports went to the United States", product=NONOIL, partner=US),
        fact(MX, "exports", "value", 50.9123e9, "USD", MAY, "50,912.3 million", E_MANUF, product="manufactured goods"),
        fact(MX, "exports", "growth", 1.5, "percent", MAY, "1.5", E_MANUF, product="manufactured goods"),
        fact(MX, "exports", "growth", -9.0, "percent", MAY, "9.0",
             "Automotive product exports, by contrast, were down 9.0% on an annual basis", product=AUTO),
        fact(MX, "exports", "growth", -10.8, "percent", MAY, "10.8",
             "Automotive product exports, by contrast, were down 9.0% on an annual basis, reflecting a 10.8% drop in shipments to the United States", product=AUTO, partner=US),
        fact(MX, "exports", "growth", 1.6, "percent", MAY, "1.6",
             "a 1.6% rise in sales to other markets", product=AUTO, partner=ROW),
        fact(MX, "exports", "growth", 9.7, "percent", MAY, "9.7", E_ELEC, product="electrical and electronic equipment and appliances"),
        fact(MX, "exports", "growth", 41.3, "percent", MAY, "41.3", E_ELEC, product="computers"),
        fact(MX, "imports", "growth", 28.9, "percent", MAY, "28.9", E_IMPS, product="petroleum products"),
        fact(MX, "imports", "growth", -15.0, "percent", MAY, "15.0", E_IMPS, product="capital goods"),
        fact(MX, "exports", "growth", -1.44, "percent", MAY, "1.44", E_SA, basis="mom"),
        fact(MX, "imports", "growth", -2.51, "percent", MAY, "2.51", E_SA, basis="mom"),
        fact(MX, "balance", "value", 2.0349e9, "USD", period(2025, 1, 5), "2,034.9 million",
             "For the January-May period, Mexico accumulated a trade surplus of 2,034.9 million dollars"),
    ],
}
