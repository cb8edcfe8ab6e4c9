from _fact import fact, period

MAY = period(2025, 5)
APRIL = period(2025, 4)
FIVE_MONTHS = period(2025, 1, 5)

E_EXPORTS = (
    "Measured in dollars, exports rose 4.8% from a year earlier to $316.1 billion last month, a slower pace than the "
    "8.1% increase in April"
)
E_IMPORTS = "Imports shrank 3.4% to $212.9 billion, deepening from a 0.2% dip in April."
E_SURPLUS = "The trade surplus thus widened to $103.2 billion from $96.2 billion a month earlier."
E_MOM = "Measured against April, exports edged up just 0.1%, while imports fell 3%."
E_US_EXPORTS = "Exports to the U.S. sank 34.5% year-on-year to $28.8 billion"
E_US_IMPORTS = "Purchases of U.S. goods fell 18.1% to $10.8 billion"
E_US_SURPLUS = "giving China an $18 billion trade surplus with America"
E_MARKETS = (
    "Shipments to the 10-member Association of Southeast Asian Nations increased 15%, exports to the European Union "
    "grew 12% and those to Africa soared 33.3%."
)
E_FIVE_MONTHS = "In the January-May period, exports rose 6.1% to $1.48 trillion and imports declined 4.9% to $1.04 trillion."
E_SOY = "Arrivals of soybeans soared 128.9% to 13.92 million tonnes"
E_CRUDE = "Crude oil purchases from abroad dropped 3.8% to 46.64 million tonnes"
E_ORE = "Iron ore imports eased 4.9% to 98.13 million tonnes"
E_RARE = "China sent 5,864.6 tonnes of rare earths abroad in May, 22.6% more than in April"
US = "United States"

ARTICLE = {
    "id": "dP1_06_caixin_may_exports_commodities",
    "title": "Plunge in Shipments to U.S. Slows China's Export Growth in May",
    "publisher": "Caixin",
    "published": "2025-06-09",
    "notes": [
        "Publisher: the text names Caixin ('A Caixin survey of economists'); the byline date 'Jun 09, 2025' gives the year, and 'last month' is May 2025.",
        "All values are in dollar terms (USD). Growth without a stated basis is year on year.",
        "April figures stated as comparisons ('a slower pace than the 8.1% increase in April', 'deepening from a 0.2% dip in April', '$96.2 billion a month earlier') are labelled as April observations (yoy growth and balance), not as month-on-month growth.",
        "'Measured against April, exports edged up just 0.1%, while imports fell 3%': month-on-month growth (basis mom), +0.1 and -3.",
        "Trade with the US: exports and imports values and growth, and the $18 billion surplus with America as a balance with partner United States.",
        "'10-member' (ASEAN's membership), 'May 12', 'early 2020', the '90-day tariff truce' and 'triple-digit tariffs': not trade figures, out.",
        "Economists' expectations (5%, 0.9%) and forecasts (about 2% in the second half, roughly 3% for the full year): out of scope.",
        "Factory-gate prices (-3.3%, 22 months) and '11 million barrels per day' (a per-day average): out.",
        "The commodity paragraph opens with a month-on-month frame ('Against April, commodity import volumes went different ways'), which carries over to soybeans, crude oil and iron ore: basis mom. Their growth rates are volume growth given alone (no value beside them), labelled as growth.",
        "'a May record' and 'seven medium and heavy rare earth elements': out.",
        "Rare earths: '5,864.6 tonnes ... 22.6% more than in April' is an export quantity and its month-on-month growth.",
    ],
    "facts": [
        fact("China", "exports", "growth", 4.8, "percent", MAY, "4.8", E_EXPORTS),
        fact("China", "exports", "value", 316.1e9, "USD", MAY, "316.1 billion", E_EXPORTS),
        fact("China", "exports", "growth", 8.1, "percent", APRIL, "8.1", E_EXPORTS),
        fact("China", "imports", "growth", -3.4, "percent", MAY, "3.4", E_IMPORTS),
        fact("China", "imports", "value", 212.9e9, "USD", MAY, "212.9 billion", E_IMPORTS),
        fact("China", "imports", "growth", -0.2, "percent", APRIL, "0.2", E_IMPORTS),
        fact("China", "balance", "value", 103.2e9, "USD", MAY, "103.2 billion", E_SURPLUS),
        fact("China", "balance", "value", 96.2e9, "USD", APRIL, "96.2 billion", E_SURPLUS),
        fact("China", "exports", "growth", 0.1, "percent", MAY, "0.1", E_MOM, basis="mom"),
        fact("China", "imports", "growth", -3, "percent", MAY, "3", E_MOM, basis="mom"),
        fact("China", "exports", "growth", -34.5, "percent", MAY, "34.5", E_US_EXPORTS, partner=US),
        fact("China", "exports", "value", 28.8e9, "USD", MAY, "28.8 billion", E_US_EXPORTS, partner=US),
        fact("China", "imports", "growth", -18.1, "percent", MAY, "18.1", E_US_IMPORTS, partner=US),
        fact("China", "imports", "value", 10.8e9, "USD", MAY, "10.8 billion", E_US_IMPORTS, partner=US),
        fact("China", "balance", "value", 18e9, "USD", MAY, "18 billion", E_US_SURPLUS, partner=US),
        fact("China", "exports", "growth", 15, "percent", MAY, "15", E_MARKETS, partner="ASEAN"),
        fact("China", "exports", "growth", 12, "percent", MAY, "12", E_MARKETS, partner="European Union"),
        fact("China", "exports", "growth", 33.3, "percent", MAY, "33.3", E_MARKETS, partner="Africa"),
        fact("China", "exports", "growth", 6.1, "percent", FIVE_MONTHS, "6.1", E_FIVE_MONTHS),
        fact("China", "exports", "value", 1.48e12, "USD", FIVE_MONTHS, "1.48 trillion", E_FIVE_MONTHS),
        fact("China", "imports", "growth", -4.9, "percent", FIVE_MONTHS, "4.9", E_FIVE_MONTHS),
        fact("China", "imports", "value", 1.04e12, "USD", FIVE_MONTHS, "1.04 trillion", E_FIVE_MONTHS),
        fact("China", "imports", "growth", 128.9, "percent", MAY, "128.9", E_SOY, product="soybeans", basis="mom"),
        fact("China", "imports", "quantity", 13.92e6, "tonnes", MAY, "13.92 million", E_SOY, product="soybeans"),
        fact("China", "imports", "growth", -3.8, "percent", MAY, "3.8", E_CRUDE, product="crude oil", basis="mom"),
        fact("China", "imports", "quantity", 46.64e6, "tonnes", MAY, "46.64 million", E_CRUDE, product="crude oil"),
        fact("China", "imports", "growth", -4.9, "percent", MAY, "4.9", E_ORE, product="iron ore", basis="mom"),
        fact("China", "imports", "quantity", 98.13e6, "tonnes", MAY, "98.13 million", E_ORE, product="iron ore"),
        fact("China", "exports", "quantity", 5864.6, "tonnes", MAY, "5,864.6", E_RARE, product="rare earths"),
        fact("China", "exports", "growth", 22.6, "percent", MAY, "22.6", E_RARE, product="rare earths", basis="mom"),
    ],
}
