from _fact import fact, period

D = period(2025, 12)
N = period(2025, 11)
Y = period(2025, 1, 12)
US = "United States"
GS = "goods and services"

ARTICLE = {
    "id": "dH2_01_us_reuters_dec_deficit",
    "title": "Record computer imports push US trade gap sharply wider in December",
    "publisher": "Reuters",
    "published": "2026-02-05",
    "notes": [
        "The year appears only in the published date (Feb 5, 2026): December is December 2025 and 'last year' is 2025.",
        "Headline totals (deficit, exports, imports) are goods and services: product 'goods and services'; goods-only figures product null; services surplus product 'services'.",
        "'surged 23.8%' for the deficit is month on month: the text compares with November's revised deficit; growth of a deficit follows its verb (+23.8).",
        "November's revised deficit ($56.8bn) labelled; the superseded first estimate ($56.4bn) is not a separate observation.",
        "Imports 'advanced 2.9%' share the paragraph whose first rate is 'Compared with November': mom.",
        "'$13.5 billion more than in November' is a derived change in the goods deficit: out.",
        "Economists' $61.0 billion forecast, 10% tariff, half a percentage point of GDP, 2.8% GDP tracking, 1960, 'rising for a second month running': out.",
        "'the biggest annual figure in data going back to 1960' and 'its lowest in over twenty years' are milestones, not ranks: out.",
        "China and Mexico deficits are goods deficits for the year 2025: product null, partner set.",
    ],
    "facts": [
        fact(US, "balance", "value", -70.3e9, "USD", D, "70.3 billion",
             "the combined goods and services deficit surged 23.8% to $70.3 billion", product=GS),
        fact(US, "balance", "growth", 23.8, "percent", D, "23.8",
             "the combined goods and services deficit surged 23.8% to $70.3 billion", product=GS, basis="mom"),
        fact(US, "balance", "value", -56.8e9, "USD", N, "56.8 billion",
             "November's shortfall was revised to $56.8 billion", product=GS),
        fact(US, "exports", "growth", -1.9, "percent", D, "1.9",
             "Compared with November, December exports declined 1.9% to $287.4 billion", product=GS, basis="mom"),
        fact(US, "exports", "value", 287.4e9, "USD", D, "287.4 billion",
             "Compared with November, December exports declined 1.9% to $287.4 billion", product=GS),
        fact(US, "imports", "growth", 2.9, "percent", D, "2.9",
             "Imports, rising for a second month running, advanced 2.9% to $357.7 billion", product=GS, basis="mom"),
        fact(US, "imports", "value", 357.7e9, "USD", D, "357.7 billion",
             "Imports, rising for a second month running, advanced 2.9% to $357.7 billion", product=GS),
        fact(US, "exports", "value", 190.2e9, "USD", D, "190.2 billion",
             "On the goods side, exports totaled $190.2 billion"),
        fact(US, "imports", "growth", 3.8, "percent", D, "3.8",
             "imports rose 3.8% month on month to $283.8 billion", basis="mom"),
        fact(US, "imports", "value", 283.8e9, "USD", D, "283.8 billion",
             "imports rose 3.8% month on month to $283.8 billion"),
        fact(US, "balance", "value", -93.6e9, "USD", D, "93.6 billion",
             "so the goods shortfall reached $93.6 billion"),
        fact(US, "imports", "value", 98.4e9, "USD", D, "98.4 billion",
             "Purchases of capital goods from abroad, boosted by computers and accessories, set a record at $98.4 billion", product="capital goods"),
        fact(US, "balance", "value", 23.3e9, "USD", D, "23.3 billion",
             "Services trade showed a surplus of $23.3 billion", product="services"),
        fact(US, "balance", "growth", 1.3, "percent", Y, "1.3",
             "Across the whole of last year, the overall trade deficit grew 1.3% to $930.4 billion", product=GS),
        fact(US, "balance", "value", -930.4e9, "USD", Y, "930.4 billion",
             "Across the whole of last year, the overall trade deficit grew 1.3% to $930.4 billion", product=GS),
        fact(US, "balance", "growth", -28.4, "percent", Y, "28.4",
             "the goods deficit with China, a politically charged figure, shrank 28.4% to $211.9 billion", partner="China"),
        fact(US, "balance", "value", -211.9e9, "USD", Y, "211.9 billion",
             "the goods deficit with China, a politically charged figure, shrank 28.4% to $211.9 billion", partner="China"),
        fact(US, "balance", "value", -196.9e9, "USD", Y, "196.9 billion",
             "The shortfall with Mexico, on the other hand, climbed to an all-time high of $196.9 billion", partner="Mexico"),
    ],
}
