from _fact import fact, period

Y2025 = period(2025, 1, 12)
Q4 = period(2025, 10, 12)

LEAD = ("China's total goods trade hit a record 45.47 trillion yuan (about 6.48 trillion U.S. dollars) in 2025, "
        "up 3.8 percent from a year earlier")
EXP = "exports reaching 26.99 trillion yuan, a year-on-year rise of 6.1 percent"
IMP = "Imports gained 0.5 percent to come in at 18.48 trillion yuan"
SURPLUS = "For the full year, China recorded a trade surplus of 8.51 trillion yuan."
Q4_TEXT = "fourth-quarter imports and exports added up to 11.86 trillion yuan"
PARTNERS = "Chinese companies did business with over 240 countries and regions in 2025"
ASEAN_RANK = "China's largest trading partner was again ASEAN."
ASEAN = "Its trade with the bloc expanded 8 percent to 7.55 trillion yuan (about 1.08 trillion dollars)"
EU = "Commerce with the European Union was up 6 percent"
US = "tariff frictions pushed trade with the United States down 18.1 percent"
BRI = ("At 23.6 trillion yuan, trade with Belt and Road partner countries represented 51.9 percent of China's overall "
       "total.")
LATAM_AFRICA = "Latin America and Africa saw trade gains of 6.5 percent and 18 percent, respectively"
PRIVATE = ("The sector's combined imports and exports rose by 7.1 percent to 26.04 trillion yuan, or 57.3 percent of "
           "the national figure")
ME = "Mechanical and electrical products accounted for 60.8 percent of all exports"
HT = "High-tech product exports soared 13.2 percent to 5.25 trillion yuan"
NEW3 = ("shipments of the \"new three\" -- electric vehicles, lithium-ion batteries and photovoltaic products -- "
        "were up 27.1 percent")
LABOR = ("Exports of labor-intensive products, including textiles, garments and furniture, went the other way, "
         "slipping 3.7 percent")
CRUDE = "crude oil imports totaled 557.73 million tonnes in 2025, a 4.4 percent increase"

ARTICLE = {
    "id": "dAB1_01_xinhua_china_annual_trade_2025",
    "title": "Record year for China's foreign trade in 2025",
    "publisher": "Xinhua",
    "published": "2026-01-14",
    "notes": [
        "Annual review published 2026-01-14: 'last year' and unyeared figures are 2025 (01-12).",
        "'about 6.48 trillion U.S. dollars' and 'about 1.08 trillion dollars': separate approx USD facts beside the CNY values.",
        "'Its trade with the bloc' = ASEAN (the bloc named in the sentence before). 'China's largest trading partner was again ASEAN': rank 1, value_text 'largest'.",
        "'pushed trade with the United States down 18.1 percent': China-US total trade, growth -18.1.",
        "'Latin America and Africa saw trade gains of 6.5 percent and 18 percent, respectively': distributed in order, total trade growth.",
        "'The sector's combined imports and exports' = private enterprises (previous sentence): segment 'private enterprises'.",
        "'did business with over 240 countries and regions': count of trading partners, qualifier over, flow total.",
        "Fourth quarter = 2025-10..2025-12 value 11.86 trillion yuan; 'more than in any previous quarter' is a milestone, no number.",
        "Out of scope, unlabelled: 'nine years running' (streak); 'trade expanded with 190 of them' (conditional count); 'passing one trillion dollars for the first time' (milestone); 'a share 1.8 percentage points bigger than in 2024' (percentage-point comparison); 'the first time their share has gone above 60 percent' (threshold of the 60.8 percent share already labelled; exact figure only); 2026 outlook statements; '15th Five-Year Plan period (2026-2030)' (years).",
        "'Mechanical and electrical products accounted for 60.8 percent of all exports': share of exports, product 'mechanical and electrical products'.",
        "Crude oil: quantity in tonnes with its growth (no value given beside it, so the growth is labelled).",
    ],
    "facts": [
        fact("China", "total", "value", 45.47e12, "CNY", Y2025, "45.47 trillion", LEAD),
        fact("China", "total", "value", 6.48e12, "USD", Y2025, "6.48 trillion", LEAD, qualifier="approx"),
        fact("China", "total", "growth", 3.8, "percent", Y2025, "3.8", LEAD),
        fact("China", "exports", "growth", 6.1, "percent", Y2025, "6.1", EXP),
        fact("China", "exports", "value", 26.99e12, "CNY", Y2025, "26.99 trillion", EXP),
        fact("China", "imports", "growth", 0.5, "percent", Y2025, "0.5", IMP),
        fact("China", "imports", "value", 18.48e12, "CNY", Y2025, "18.48 trillion", IMP),
        fact("China", "balance", "value", 8.51e12, "CNY", Y2025, "8.51 trillion", SURPLUS),
        fact("China", "total", "value", 11.86e12, "CNY", Q4, "11.86 trillion", Q4_TEXT),
        fact("China", "total", "count", 240, "number", Y2025, "240", PARTNERS, segment="trading partners",
             qualifier="over"),
        fact("China", "total", "rank", 1, "number", Y2025, "largest", ASEAN_RANK, partner="ASEAN"),
        fact("China", "total", "growth", 8, "percent", Y2025, "8", ASEAN, partner="ASEAN"),
        fact("China", "total", "value", 7.55e12, "CNY", Y2025, "7.55 trillion", ASEAN, partner="ASEAN"),
        fact("China", "total", "value", 1.08e12, "USD", Y2025, "1.08 trillion", ASEAN, partner="ASEAN",
             qualifier="approx"),
        fact("China", "total", "growth", 6, "percent", Y2025, "6", EU, partner="European Union"),
        fact("China", "total", "growth", -18.1, "percent", Y2025, "18.1", US, partner="United States"),
        fact("China", "total", "value", 23.6e12, "CNY", Y2025, "23.6 trillion", BRI,
             partner="Belt and Road partner countries"),
        fact("China", "total", "share", 51.9, "percent", Y2025, "51.9", BRI, partner="Belt and Road partner countries"),
        fact("China", "total", "growth", 6.5, "percent", Y2025, "6.5", LATAM_AFRICA, partner="Latin America"),
        fact("China", "total", "growth", 18, "percent", Y2025, "18", LATAM_AFRICA, partner="Africa"),
        fact("China", "total", "growth", 7.1, "percent", Y2025, "7.1", PRIVATE, segment="private enterprises"),
        fact("China", "total", "value", 26.04e12, "CNY", Y2025, "26.04 trillion", PRIVATE, segment="private enterprises"),
        fact("China", "total", "share", 57.3, "percent", Y2025, "57.3", PRIVATE, segment="private enterprises"),
        fact("China", "exports", "share", 60.8, "percent", Y2025, "60.8", ME, product="mechanical and electrical products"),
        fact("China", "exports", "growth", 13.2, "percent", Y2025, "13.2", HT, product="high-tech products"),
        fact("China", "exports", "value", 5.25e12, "CNY", Y2025, "5.25 trillion", HT, product="high-tech products"),
        fact("China", "exports", "growth", 27.1, "percent", Y2025, "27.1", NEW3, product="new three"),
        fact("China", "exports", "growth", -3.7, "percent", Y2025, "3.7", LABOR, product="labor-intensive products"),
        fact("China", "imports", "quantity", 557.73e6, "tonnes", Y2025, "557.73 million", CRUDE, product="crude oil"),
        fact("China", "imports", "growth", 4.4, "percent", Y2025, "4.4", CRUDE, product="crude oil"),
    ],
}
