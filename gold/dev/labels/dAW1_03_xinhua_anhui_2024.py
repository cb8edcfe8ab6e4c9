from _fact import fact, period

Y = period(2024, 1, 12)
A = "Anhui"

HEAD = ("Anhui Province in east China lifted its foreign trade to a record 864.85 billion yuan "
        "(about 120.3 billion U.S. dollars) in 2024, a year-on-year gain of 7.4 percent")
RANK = "the province ranked ninth in the country and first in central China"
QUARTERS = "Its import and export value topped 200 billion yuan in each of the second, third and fourth quarters."
MECH = ("Their exports grew 13.9 percent to 407.91 billion yuan, accounting for 70.4 percent of Anhui's total "
        "export value.")
AUTO = ("Anhui exported 954,000 automobiles in 2024, ranking first in the country by volume and up 30.8 percent, "
        "while their export value surged 34.5 percent to 96.14 billion yuan.")
TRIO = ("Exports of the \"new trio\" -- electric vehicles, lithium-ion batteries and photovoltaic products -- "
        "totaled 49.01 billion yuan, up 23.6 percent from a year earlier.")
PRIV = ("Private enterprises continued to lead the province's foreign trade, with their imports and exports growing "
        "5.3 percent to 448.1 billion yuan and making up 51.8 percent of the total.")
SOE_FIE = ("State-owned enterprises and foreign-invested enterprises posted trade of 211.1 billion yuan and 205.59 "
           "billion yuan, up 2.5 percent and 18.4 percent, respectively, taking shares of 24.4 percent and 23.8 percent.")
BRI = ("At 463.26 billion yuan, trade with Belt and Road partner countries made up 53.6 percent of the provincial "
       "total after growing 6.3 percent.")
RCEP = ("The other members of the Regional Comprehensive Economic Partnership (RCEP) accounted for 24.1 percent, "
        "with trade of 208.54 billion yuan, up 3.5 percent.")
BIG3 = ("Trade with the European Union totaled 114.69 billion yuan, up 8.1 percent; with ASEAN, 102.29 billion yuan, "
        "up 7.9 percent; and with the United States, 96.71 billion yuan, up 5.7 percent.")
LATAM = "Trade with Latin America climbed 12.1 percent to 139.33 billion yuan"
AFRICA = "Trade with Latin America climbed 12.1 percent to 139.33 billion yuan, while that with Africa grew 8.5 percent to 41.7 billion yuan."
RCEP_NAME = "Regional Comprehensive Economic Partnership"

ARTICLE = {
    "id": "dAW1_03_xinhua_anhui_2024",
    "title": "East China's Anhui sees foreign trade climb 7.4 pct to record high in 2024",
    "publisher": "Xinhua",
    "published": "2025-01-15",
    "notes": [
        "Figures follow Hefei Customs' release on Anhui's 2024 foreign trade (provincial press conference of 2025-01-15); sentences are my own. The USD conversion (about 120.3 billion U.S. dollars) is my own at roughly 7.19 yuan per dollar, written as Xinhua does; labelled as a separate approx USD fact.",
        "Headline 'climb 7.4 pct' and the lead '7.4 percent' are one observation, labelled once.",
        "'past the 860-billion-yuan mark for the first time' is a threshold beside the exact 864.85 billion and a milestone: not labelled.",
        "'2.4 percentage points higher than the national level' is a derived comparison: out of scope. 'moving up one place on both lists' is a change in rank, not a rank: out.",
        "'ranked ninth in the country and first in central China': two ranks of Anhui's total trade, 9 and 1; the record cannot say which reference group each belongs to, but both are stated ranks and both are labelled.",
        "'topped 200 billion yuan in each of the second, third and fourth quarters': three facts with qualifier over, periods 2024-04..06, 07..09, 10..12 (year from the article's running period).",
        "Automobiles: quantity 954,000 (unit number) and rank 1 ('ranking first in the country by volume'); 'up 30.8 percent' is volume growth beside value growth (34.5 percent) and is out of scope per the guide; the value growth 34.5 and value 96.14 billion are labelled.",
        "'new trio' is the product name as the text uses it; its three components are not separate figures.",
        "Count: 13,299 'enterprises in Anhui had actual import and export records' -> segment 'foreign trade enterprises', flow total; 'an addition of 1,195 over 2023' is an absolute change: out.",
        "Enterprise types are segments: 'private enterprises', 'state-owned enterprises', 'foreign-invested enterprises'; coordination with 'respectively' maps values, growth and shares in order.",
        "'Anhui's trade with 132 countries and regions registered growth' is a conditional count: out.",
        "RCEP: the acronym the text defines is written out as partner 'Regional Comprehensive Economic Partnership' (the text says 'the other members', i.e. excluding China).",
        "Shares of Belt and Road (53.6) and RCEP (24.1) are shares of Anhui's total trade; mechanical and electrical 70.4 is a share of exports.",
        "No rank is labelled for the EU, ASEAN or the U.S.: the text states no ordinal for them.",
        "Carmaker names, Yangtze shipping, freight trains and air cargo routes carry no trade figures.",
    ],
    "facts": [
        fact(A, "total", "growth", 7.4, "percent", Y, "7.4", HEAD),
        fact(A, "total", "value", 864.85e9, "CNY", Y, "864.85 billion", HEAD),
        fact(A, "total", "value", 120.3e9, "USD", Y, "120.3 billion", HEAD, qualifier="approx"),
        fact(A, "exports", "growth", 10.8, "percent", Y, "10.8",
             "Exports accounted for 579.75 billion yuan of that, a rise of 10.8 percent"),
        fact(A, "exports", "value", 579.75e9, "CNY", Y, "579.75 billion",
             "Exports accounted for 579.75 billion yuan of that, a rise of 10.8 percent"),
        fact(A, "imports", "growth", 1, "percent", Y, "1",
             "imports for 285.1 billion yuan, 1 percent more than in 2023"),
        fact(A, "imports", "value", 285.1e9, "CNY", Y, "285.1 billion",
             "imports for 285.1 billion yuan, 1 percent more than in 2023"),
        fact(A, "total", "rank", 9, "number", Y, "ninth", RANK),
        fact(A, "total", "rank", 1, "number", Y, "first", RANK),
        fact(A, "total", "value", 200e9, "CNY", period(2024, 4, 6), "200 billion", QUARTERS, qualifier="over"),
        fact(A, "total", "value", 200e9, "CNY", period(2024, 7, 9), "200 billion", QUARTERS, qualifier="over"),
        fact(A, "total", "value", 200e9, "CNY", period(2024, 10, 12), "200 billion", QUARTERS, qualifier="over"),
        fact(A, "exports", "growth", 13.9, "percent", Y, "13.9", MECH, product="mechanical and electrical products"),
        fact(A, "exports", "value", 407.91e9, "CNY", Y, "407.91 billion", MECH, product="mechanical and electrical products"),
        fact(A, "exports", "share", 70.4, "percent", Y, "70.4", MECH, product="mechanical and electrical products"),
        fact(A, "exports", "quantity", 954000, "number", Y, "954,000", AUTO, product="automobiles"),
        fact(A, "exports", "rank", 1, "number", Y, "first", AUTO, product="automobiles"),
        fact(A, "exports", "growth", 34.5, "percent", Y, "34.5", AUTO, product="automobiles"),
        fact(A, "exports", "value", 96.14e9, "CNY", Y, "96.14 billion", AUTO, product="automobiles"),
        fact(A, "exports", "value", 49.01e9, "CNY", Y, "49.01 billion", TRIO, product="new trio"),
        fact(A, "exports", "growth", 23.6, "percent", Y, "23.6", TRIO, product="new trio"),
        fact(A, "total", "count", 13299, "number", Y, "13,299",
             "Last year 13,299 enterprises in Anhui had actual import and export records",
             segment="foreign trade enterprises"),
        fact(A, "total", "growth", 5.3, "percent", Y, "5.3", PRIV, segment="private enterprises"),
        fact(A, "total", "value", 448.1e9, "CNY", Y, "448.1 billion", PRIV, segment="private enterprises"),
        fact(A, "total", "share", 51.8, "percent", Y, "51.8", PRIV, segment="private enterprises"),
        fact(A, "total", "value", 211.1e9, "CNY", Y, "211.1 billion", SOE_FIE, segment="state-owned enterprises"),
        fact(A, "total", "growth", 2.5, "percent", Y, "2.5", SOE_FIE, segment="state-owned enterprises"),
        fact(A, "total", "share", 24.4, "percent", Y, "24.4", SOE_FIE, segment="state-owned enterprises"),
        fact(A, "total", "value", 205.59e9, "CNY", Y, "205.59 billion", SOE_FIE,
             segment="foreign-invested enterprises"),
        fact(A, "total", "growth", 18.4, "percent", Y, "18.4", SOE_FIE, segment="foreign-invested enterprises"),
        fact(A, "total", "share", 23.8, "percent", Y, "23.8", SOE_FIE, segment="foreign-invested enterprises"),
        fact(A, "total", "growth", 6.3, "percent", Y, "6.3", BRI, partner="Belt and Road partner countries"),
        fact(A, "total", "value", 463.26e9, "CNY", Y, "463.26 billion", BRI, partner="Belt and Road partner countries"),
        fact(A, "total", "share", 53.6, "percent", Y, "53.6", BRI, partner="Belt and Road partner countries"),
        fact(A, "total", "growth", 3.5, "percent", Y, "3.5", RCEP, partner=RCEP_NAME),
        fact(A, "total", "value", 208.54e9, "CNY", Y, "208.54 billion", RCEP, partner=RCEP_NAME),
        fact(A, "total", "share", 24.1, "percent", Y, "24.1", RCEP, partner=RCEP_NAME),
        fact(A, "total", "value", 114.69e9, "CNY", Y, "114.69 billion", BIG3, partner="European Union"),
        fact(A, "total", "value", 102.29e9, "CNY", Y, "102.29 billion", BIG3, partner="ASEAN"),
        fact(A, "total", "value", 96.71e9, "CNY", Y, "96.71 billion", BIG3, partner="United States"),
        fact(A, "total", "growth", 8.1, "percent", Y, "8.1", BIG3, partner="European Union"),
        fact(A, "total", "growth", 7.9, "percent", Y, "7.9", BIG3, partner="ASEAN"),
        fact(A, "total", "growth", 5.7, "percent", Y, "5.7", BIG3, partner="United States"),
        fact(A, "total", "growth", 12.1, "percent", Y, "12.1", LATAM, partner="Latin America"),
        fact(A, "total", "value", 139.33e9, "CNY", Y, "139.33 billion", LATAM, partner="Latin America"),
        fact(A, "total", "growth", 8.5, "percent", Y, "8.5", AFRICA, partner="Africa"),
        fact(A, "total", "value", 41.7e9, "CNY", Y, "41.7 billion", AFRICA, partner="Africa"),
    ],
}
