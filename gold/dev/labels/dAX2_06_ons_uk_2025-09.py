from _fact import fact, period

SEP = period(2025, 9)
AUG = period(2025, 8)
Q3 = period(2025, 7, 9)
UK = "United Kingdom"
GX = "goods excluding precious metals"
GSX = "goods and services excluding precious metals"
NONEU = "non-EU countries"

ARTICLE = {
    "id": "dAX2_06_ons_uk_2025-09",
    "title": "UK trade: September 2025",
    "publisher": "Office for National Statistics",
    "published": "2025-11-13",
    "notes": [
        "ONS-bulletin-style piece on UK trade for September 2025 and Quarter 3 2025 (released 2025-11-13); figures from the real ONS release and its coverage (Anadolu, Trading Economics, BCC), sentences my own.",
        "Area United Kingdom throughout, from the title; the bulletin never repeats 'UK' in most sentences.",
        "The standing note 'Except where noted, the figures in this bulletin leave out non-monetary gold and other precious metals' carries to every goods figure: goods exports/imports/balances -> product 'goods excluding precious metals'. Services figures -> 'services'.",
        "Judgement call: the Quarter 3 total goods and services deficit (£5.6 billion) also falls under that note -> product 'goods and services excluding precious metals'; the monthly total deficit explicitly 'Including precious metals' (£1.1 billion, and £1.3 billion in August) -> product 'goods and services'.",
        "Exports to the United States are stated 'including precious metals' -> goods as a whole, product None. The 20% and 11% falls in the US paragraph inherit that framing from the paragraph before ('exports to the United States'), so product None too.",
        "Basis: main points carry explicit month-on-month cues ('Compared with August 2025', 'On the month', 'from the previous month'); the EU/non-EU paragraph opens with 'Between August and September 2025' and 'Over the same period'; imports paragraph 'lower than in August' -> mom. '20% below their level a year earlier' and '11% lower than in Quarter 3 2024' -> yoy.",
        "Table 1 flattened into lines: every cell takes its scale from the header '(£ billion)'; EU rows -> partner European Union, Non-EU rows -> partner 'non-EU countries', Total row -> partner None. Balances in the table carry their minus sign.",
        "Not labelled: absolute changes (£2.8 billion, £0.2 billion, £3.0 billion widening, £0.5 billion falls, £0.3 billion from chemicals), the volume changes (5.1% and 1.6%, inflation-adjusted: out of scope), 'weakest since January 2022' (milestone), the 34% of businesses affected by tariffs (not a trade flow), tariff dates.",
        "The Quarter 3 goods deficit (£59.6 billion) appears only once as a level; the later 'widening of the goods deficit by £3.0 billion' is an absolute change.",
    ],
    "facts": [
        # main points
        fact(UK, "exports", "growth", -5.5, "percent", SEP, "5.5",
             "Compared with August 2025, goods exports dropped 5.5% in value in September 2025", product=GX, basis="mom"),
        fact(UK, "imports", "growth", -2.0, "percent", SEP, "2.0",
             "On the month, goods imports were 2.0% lower", product=GX, basis="mom"),
        fact(UK, "exports", "growth", -11.4, "percent", SEP, "11.4",
             "goods exports to the United States, including precious metals, were down 11.4% from the previous month",
             partner="United States", basis="mom"),
        fact(UK, "balance", "value", -5.6e9, "GBP", Q3, "5.6 billion",
             "In Quarter 3 (July to Sept) 2025, total exports went down and total imports went up, so the overall goods and services deficit grew by £2.8 billion and reached £5.6 billion", product=GSX),
        fact(UK, "balance", "value", -59.6e9, "GBP", Q3, "59.6 billion",
             "For Quarter 3 2025 as a whole, the goods trade gap grew to £59.6 billion", product=GX),
        fact(UK, "balance", "value", 54.0e9, "GBP", Q3, "54.0 billion",
             "on the services side, the surplus is estimated at £54.0 billion", product="services"),
        # EU / non-EU growth
        fact(UK, "exports", "growth", -2.7, "percent", SEP, "2.7",
             "Between August and September 2025, smaller shipments of fuel, above all crude oil sent to Denmark and Germany, pulled goods exports to the EU down by 2.7%",
             partner="European Union", product=GX, basis="mom"),
        fact(UK, "exports", "growth", -8.0, "percent", SEP, "8.0",
             "Over the same period, sales to non-EU countries dropped 8.0%", partner=NONEU, product=GX, basis="mom"),
        fact(UK, "imports", "growth", -3.3, "percent", SEP, "3.3",
             "goods arriving from the EU were 3.3% lower than in August", partner="European Union", product=GX, basis="mom"),
        fact(UK, "imports", "growth", -0.5, "percent", SEP, "0.5",
             "imports from non-EU countries edged down by 0.5%", partner=NONEU, product=GX, basis="mom"),
        # table 1
        fact(UK, "exports", "value", 14.4e9, "GBP", SEP, "14.4", "EU: exports 14.4, imports 26.5, balance -12.1",
             partner="European Union", product=GX),
        fact(UK, "imports", "value", 26.5e9, "GBP", SEP, "26.5", "EU: exports 14.4, imports 26.5, balance -12.1",
             partner="European Union", product=GX),
        fact(UK, "balance", "value", -12.1e9, "GBP", SEP, "-12.1", "EU: exports 14.4, imports 26.5, balance -12.1",
             partner="European Union", product=GX),
        fact(UK, "exports", "value", 15.0e9, "GBP", SEP, "15.0", "Non-EU: exports 15.0, imports 23.6, balance -8.6",
             partner=NONEU, product=GX),
        fact(UK, "imports", "value", 23.6e9, "GBP", SEP, "23.6", "Non-EU: exports 15.0, imports 23.6, balance -8.6",
             partner=NONEU, product=GX),
        fact(UK, "balance", "value", -8.6e9, "GBP", SEP, "-8.6", "Non-EU: exports 15.0, imports 23.6, balance -8.6",
             partner=NONEU, product=GX),
        fact(UK, "exports", "value", 29.4e9, "GBP", SEP, "29.4", "Total: exports 29.4, imports 50.1, balance -20.7", product=GX),
        fact(UK, "imports", "value", 50.1e9, "GBP", SEP, "50.1", "Total: exports 29.4, imports 50.1, balance -20.7", product=GX),
        fact(UK, "balance", "value", -20.7e9, "GBP", SEP, "-20.7", "Total: exports 29.4, imports 50.1, balance -20.7", product=GX),
        # United States
        fact(UK, "exports", "growth", -20, "percent", SEP, "20",
             "in September they were 20% below their level a year earlier", partner="United States"),
        fact(UK, "exports", "growth", -11, "percent", Q3, "11",
             "Over Quarter 3 as a whole, the value of goods exported to the United States was 11% lower than in Quarter 3 2024",
             partner="United States"),
        # services
        fact(UK, "exports", "growth", -0.7, "percent", SEP, "0.7",
             "services exports fell by 0.7% from the previous month to £46.0 billion in September 2025", product="services", basis="mom"),
        fact(UK, "exports", "value", 46.0e9, "GBP", SEP, "46.0 billion",
             "services exports fell by 0.7% from the previous month to £46.0 billion in September 2025", product="services"),
        fact(UK, "imports", "growth", 0.4, "percent", SEP, "0.4",
             "services imports rose by 0.4% to £28.2 billion", product="services", basis="mom"),
        fact(UK, "imports", "value", 28.2e9, "GBP", SEP, "28.2 billion",
             "services imports rose by 0.4% to £28.2 billion", product="services"),
        # total including precious metals
        fact(UK, "balance", "value", -1.1e9, "GBP", SEP, "1.1 billion",
             "Including precious metals, the total goods and services trade deficit narrowed to £1.1 billion in September 2025, from £1.3 billion in August.",
             product="goods and services"),
        fact(UK, "balance", "value", -1.3e9, "GBP", AUG, "1.3 billion",
             "Including precious metals, the total goods and services trade deficit narrowed to £1.1 billion in September 2025, from £1.3 billion in August.",
             product="goods and services"),
    ],
}
