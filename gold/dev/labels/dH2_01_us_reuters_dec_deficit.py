from _fact import fact, period

D = period(2025, 12)
N = period(2025, 11)
Y = period(2025, 1, 12)
US = "United States"
GS = "goods and services"

ARTICLE = {
    "id": "dH2_01_us_reuters_dec_deficit",
    "title": "US trade deficit widens sharply in December as imports of computers hit record",
    "publisher": "Reuters",
    "published": "2026-02-05",
    "notes": [
        "The year appears only in the published date (Feb 5, 2026): December is December 2025 and 'last year' is 2025.",
        "Headline totals (deficit, exports, imports) are goods and services: product 'goods and services'; goods-only figures product null; services surplus product 'services'.",
        "'jumped 23.8%' for the deficit is month on month: the text compares with November's revised deficit; growth of a deficit follows its verb (+23.8).",
        "November's revised deficit ($56.8bn) labelled; the superseded first estimate ($56.4bn) is not a separate observation.",
        "Imports 'climbed 2.9%' share the paragraph whose first rate is 'from November': mom.",
        "'up $13.5 billion on the month' is a derived change in the goods deficit: out.",
        "Economists' $61.0 billion forecast, 10% tariff, half a percentage point of GDP, 2.8% GDP tracking, 1960, 'second straight monthly rise': out.",
        "'the largest since records began' and 'the smallest in more than two decades' are milestones, not ranks: out.",
        "China and Mexico deficits are goods deficits for the year 2025: product null, partner set.",
    ],
    "facts": [
        fact(US, "balance", "value", -70.3e9, "USD", D, "70.3 billion",
             "The gap in goods and services trade jumped 23.8% to $70.3 billion", product=GS),
        fact(US, "balance", "growth", 23.8, "percent", D, "23.8",
             "The gap in goods and services trade jumped 23.8% to $70.3 billion", product=GS, basis="mom"),
        fact(US, "balance", "value", -56.8e9, "USD", N, "56.8 billion",
             "Data for November was revised to show the deficit at $56.8 billion", product=GS),
        fact(US, "exports", "growth", -1.9, "percent", D, "1.9",
             "Exports dropped 1.9% to $287.4 billion in December from November", product=GS, basis="mom"),
        fact(US, "exports", "value", 287.4e9, "USD", D, "287.4 billion",
             "Exports dropped 1.9% to $287.4 billion in December from November", product=GS),
        fact(US, "imports", "growth", 2.9, "percent", D, "2.9",
             "Imports climbed 2.9% to $357.7 billion", product=GS, basis="mom"),
        fact(US, "imports", "value", 357.7e9, "USD", D, "357.7 billion",
             "Imports climbed 2.9% to $357.7 billion", product=GS),
        fact(US, "exports", "value", 190.2e9, "USD", D, "190.2 billion",
             "Goods exports amounted to $190.2 billion"),
        fact(US, "imports", "growth", 3.8, "percent", D, "3.8",
             "goods imports increased 3.8% from the prior month to $283.8 billion", basis="mom"),
        fact(US, "imports", "value", 283.8e9, "USD", D, "283.8 billion",
             "goods imports increased 3.8% from the prior month to $283.8 billion"),
        fact(US, "balance", "value", -93.6e9, "USD", D, "93.6 billion",
             "leaving the goods trade deficit at $93.6 billion"),
        fact(US, "imports", "value", 98.4e9, "USD", D, "98.4 billion",
             "Imports of capital goods reached an all-time high of $98.4 billion", product="capital goods"),
        fact(US, "balance", "value", 23.3e9, "USD", D, "23.3 billion",
             "The services surplus came in at $23.3 billion", product="services"),
        fact(US, "balance", "growth", 1.3, "percent", Y, "1.3",
             "For all of last year, the trade deficit increased 1.3% to $930.4 billion", product=GS),
        fact(US, "balance", "value", -930.4e9, "USD", Y, "930.4 billion",
             "For all of last year, the trade deficit increased 1.3% to $930.4 billion", product=GS),
        fact(US, "balance", "growth", -28.4, "percent", Y, "28.4",
             "The politically sensitive goods deficit with China fell 28.4% to $211.9 billion", partner="China"),
        fact(US, "balance", "value", -211.9e9, "USD", Y, "211.9 billion",
             "The politically sensitive goods deficit with China fell 28.4% to $211.9 billion", partner="China"),
        fact(US, "balance", "value", -196.9e9, "USD", Y, "196.9 billion",
             "The gap with Mexico, meanwhile, swelled to a record $196.9 billion", partner="Mexico"),
    ],
}
