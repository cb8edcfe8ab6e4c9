from _fact import fact, period

H1 = period(2026, 1, 6)            # first half of 2026
JUN = period(2026, 6)              # June 2026 ("June by itself")

LEAD = "In the first half of 2026, foreign trade in Shaanxi Province, northwest China, totaled 263.48 billion yuan (about 37.1 billion U.S. dollars), 11.3 percent more than a year earlier"
EXIM = "Of the total, exports made up 163.25 billion yuan, a 14.6 percent increase, and imports 100.23 billion yuan, 6.4 percent higher."
JUNE = "Shaanxi's trade for June by itself came to 47.3 billion yuan, an increase of 9.8 percent over June of last year and of 6.1 percent over May."
MEP = "Mechanical and electrical products earned 128.9 billion yuan in exports, 15.8 percent more than a year earlier and 79 percent of everything Shaanxi exported."
IC = "Integrated circuits, part of that group, accounted for 61.4 billion yuan after growing 18.2 percent."
NEV = "New energy vehicle exports jumped 45.3 percent to 12.85 billion yuan"
SOLAR = "overseas sales of solar cells dropped 8.6 percent"
KOREA = "South Korea held on as Shaanxi's largest trading partner"
CA = "trade with Central Asia rose to 49.37 billion yuan, a jump of 21.8 percent"
EU_ASEAN = ("With the European Union and ASEAN, the province traded 38.62 billion yuan and 41.15 billion yuan, "
            "up 8.7 percent and 13.4 percent respectively.")
XIAN = "The city's imports and exports rose 10.7 percent to 231.6 billion yuan, or 87.9 percent of Shaanxi's total."
FIRMS = "4,862 companies in Shaanxi reported import or export activity in the first half"

ARTICLE = {
    "id": "dAJ1_03_shaanxi_trade_h1_2026",
    "title": "Shaanxi posts 11.3 pct foreign trade growth in first half",
    "publisher": "Xinhua",
    "published": "2026-07-21",
    "notes": [
        "Area is Shaanxi throughout (dateline XI'AN, lead names the province); sentences that do not name it ('Of the total, exports made up ...', 'trade with Central Asia rose ...') carry it.",
        "Running period: first half of 2026 = 2026-01..2026-06; 'June by itself' = 2026-06.",
        "'of 6.1 percent over May' is a comparison with the month before: basis mom, period June 2026.",
        "Lead: CNY value exact, USD value approx ('about').",
        "'Integrated circuits, part of that group,' are exports (a subset of mechanical and electrical exports); 'New energy vehicle exports' and 'overseas sales of solar cells' are exports; product names given as the text names them ('solar cells' for 'overseas sales of solar cells').",
        "EU/ASEAN 'respectively' list: growth and value pair up in order (EU 8.7% / 38.62 billion; ASEAN 13.4% / 41.15 billion).",
        "'South Korea held on as Shaanxi's largest trading partner' -> rank 1, no value given.",
        "Xi'an's figures have area Xi'an; 'or 87.9 percent of Shaanxi's total' is Xi'an's share of Shaanxi's total trade.",
        "'4,862 companies in Shaanxi reported import or export activity' -> count with segment 'foreign trade enterprises', flow total.",
        "Out of scope: '7.6 percentage points' above the national average (derived), semiconductor output 'more than 100 billion yuan' and '1.2 million vehicles' (production), '2,730 times' (train departures), GDP '5.4 percent'.",
    ],
    "facts": [
        fact("Shaanxi", "total", "value", 263.48e9, "CNY", H1, "263.48 billion", LEAD),
        fact("Shaanxi", "total", "value", 37.1e9, "USD", H1, "37.1 billion", LEAD, qualifier="approx"),
        fact("Shaanxi", "total", "growth", 11.3, "percent", H1, "11.3", LEAD),
        fact("Shaanxi", "exports", "growth", 14.6, "percent", H1, "14.6", EXIM),
        fact("Shaanxi", "exports", "value", 163.25e9, "CNY", H1, "163.25 billion", EXIM),
        fact("Shaanxi", "imports", "growth", 6.4, "percent", H1, "6.4", EXIM),
        fact("Shaanxi", "imports", "value", 100.23e9, "CNY", H1, "100.23 billion", EXIM),
        fact("Shaanxi", "total", "value", 47.3e9, "CNY", JUN, "47.3 billion", JUNE),
        fact("Shaanxi", "total", "growth", 9.8, "percent", JUN, "9.8", JUNE),
        fact("Shaanxi", "total", "growth", 6.1, "percent", JUN, "6.1", JUNE, basis="mom"),
        fact("Shaanxi", "exports", "value", 128.9e9, "CNY", H1, "128.9 billion", MEP, product="mechanical and electrical products"),
        fact("Shaanxi", "exports", "growth", 15.8, "percent", H1, "15.8", MEP, product="mechanical and electrical products"),
        fact("Shaanxi", "exports", "share", 79, "percent", H1, "79", MEP, product="mechanical and electrical products"),
        fact("Shaanxi", "exports", "value", 61.4e9, "CNY", H1, "61.4 billion", IC, product="integrated circuits"),
        fact("Shaanxi", "exports", "growth", 18.2, "percent", H1, "18.2", IC, product="integrated circuits"),
        fact("Shaanxi", "exports", "growth", 45.3, "percent", H1, "45.3", NEV, product="new energy vehicles"),
        fact("Shaanxi", "exports", "value", 12.85e9, "CNY", H1, "12.85 billion", NEV, product="new energy vehicles"),
        fact("Shaanxi", "exports", "growth", -8.6, "percent", H1, "8.6", SOLAR, product="solar cells"),
        fact("Shaanxi", "total", "rank", 1, "number", H1, "largest", KOREA, partner="South Korea"),
        fact("Shaanxi", "total", "growth", 21.8, "percent", H1, "21.8", CA, partner="Central Asia"),
        fact("Shaanxi", "total", "value", 49.37e9, "CNY", H1, "49.37 billion", CA, partner="Central Asia"),
        fact("Shaanxi", "total", "growth", 8.7, "percent", H1, "8.7", EU_ASEAN, partner="European Union"),
        fact("Shaanxi", "total", "growth", 13.4, "percent", H1, "13.4", EU_ASEAN, partner="ASEAN"),
        fact("Shaanxi", "total", "value", 38.62e9, "CNY", H1, "38.62 billion", EU_ASEAN, partner="European Union"),
        fact("Shaanxi", "total", "value", 41.15e9, "CNY", H1, "41.15 billion", EU_ASEAN, partner="ASEAN"),
        fact("Xi'an", "total", "value", 231.6e9, "CNY", H1, "231.6 billion", XIAN),
        fact("Xi'an", "total", "growth", 10.7, "percent", H1, "10.7", XIAN),
        fact("Xi'an", "total", "share", 87.9, "percent", H1, "87.9", XIAN),
        fact("Shaanxi", "total", "count", 4862, "number", H1, "4,862", FIRMS, segment="foreign trade enterprises"),
    ],
}
