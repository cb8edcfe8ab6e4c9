from _fact import fact, period

H1 = period(2025, 1, 6)
E_LEAD = "reported imports and exports of 1.31 trillion yuan ($182.5 billion) in the first half of 2025, up 5.3 percent year-on-year"
E_RANK = (
    "The figure kept the city in fourth place among Chinese cities by foreign trade volume, behind Shenzhen, Shanghai and Beijing, "
    "and first among the country's prefecture-level cities"
)
E_EXP = "The city shipped 812.6 billion yuan of goods abroad, up 8.1 percent"
E_IMP = "its imports inched up 1.1 percent to 497.4 billion yuan"
E_IC = "Overseas sales of chips jumped 18.4 percent to 156.2 billion yuan"
E_NEW = (
    "Exports of electric vehicles, lithium-ion batteries and photovoltaic products went different ways, with the first two rising "
    "22.4 percent and 9.6 percent respectively while the last fell 14.3 percent"
)
E_EU = "Two-way trade with the bloc reached 183.5 billion yuan, up 7.2 percent"
E_SIP2 = "That was 6.9 percent more than a year earlier and equal to 21.9 percent of the city's total"
SIP = "Suzhou Industrial Park"
IC = "integrated circuits"

ARTICLE = {
    "id": "dC1_02_chinadaily_suzhou_h1",
    "title": "Suzhou's foreign trade climbs 5.3% in H1, city holds fourth place nationwide",
    "publisher": "China Daily",
    "published": "2025-07-29",
    "notes": [
        "Byline line names chinadaily.com.cn: publisher 'China Daily'; published from 'Updated: 2025-07-29'.",
        "Running period: first half of 2025 (2025-01..2025-06) for every fact.",
        "Subject carried: 'The figure kept the city', 'It also accounted for', 'The city shipped', 'its imports', "
        "'its largest trading partner' (a new paragraph) all mean Suzhou.",
        "Headline restates the lead's 5.3 percent and the fourth place: labelled once, body evidence.",
        "'($182.5 billion)' without 'about': USD fact, qualifier exact, per the seed convention.",
        "Two ranks for the same total: fourth among Chinese cities and first among prefecture-level cities (a rank within a restricted "
        "field, labelled as the dev convention says); they differ in value, so they are two facts.",
        "'accounted for 50.8 percent of Jiangsu's total foreign trade': a share of Suzhou's total (area Suzhou, partner null).",
        "'Integrated circuits remained the city's top export': rank 1 of a product among exports; 'chips' in the next sentence are the same "
        "product, labelled 'integrated circuits'.",
        "Respectively list with a split verb: 'the first two rising 22.4 percent and 9.6 percent respectively while the last fell 14.3 percent' "
        "-> electric vehicles +22.4, lithium-ion batteries +9.6, photovoltaic products -14.3.",
        "'the bloc' = the European Union named in the previous sentence; 'trade with the United States cooled' gives no number.",
        "SIP defined by acronym: area 'Suzhou Industrial Park'; 'That was 6.9 percent more than a year earlier' is growth of SIP's trade "
        "(exact: 'more than' compares with a year earlier, it is not a threshold); 21.9 percent is SIP's share of the city's total, "
        "area SIP, partner null.",
        "'more than 2,500 life-science companies are now registered': not trading enterprises, out.",
        "18,237 companies with import and export records: count, segment 'foreign trade enterprises'; '1,126 more than a year earlier' "
        "is a derived difference, out.",
        "GDP, percentage points, freight-train services: out.",
    ],
    "facts": [
        fact("Suzhou", "total", "value", 1.31e12, "CNY", H1, "1.31 trillion", E_LEAD),
        fact("Suzhou", "total", "value", 182.5e9, "USD", H1, "182.5 billion", E_LEAD),
        fact("Suzhou", "total", "growth", 5.3, "percent", H1, "5.3", E_LEAD),
        fact("Suzhou", "total", "rank", 4, "number", H1, "fourth", E_RANK),
        fact("Suzhou", "total", "rank", 1, "number", H1, "first", E_RANK),
        fact("Suzhou", "total", "share", 50.8, "percent", H1, "50.8",
             "It also accounted for 50.8 percent of Jiangsu's total foreign trade over the period"),
        fact("Suzhou", "exports", "value", 812.6e9, "CNY", H1, "812.6 billion", E_EXP),
        fact("Suzhou", "exports", "growth", 8.1, "percent", H1, "8.1", E_EXP),
        fact("Suzhou", "imports", "growth", 1.1, "percent", H1, "1.1", E_IMP),
        fact("Suzhou", "imports", "value", 497.4e9, "CNY", H1, "497.4 billion", E_IMP),
        fact("Suzhou", "balance", "value", 315.2e9, "CNY", H1, "315.2 billion", "leaving a trade surplus of 315.2 billion yuan"),
        fact("Suzhou", "exports", "rank", 1, "number", H1, "top", "Integrated circuits remained the city's top export", product=IC),
        fact("Suzhou", "exports", "growth", 18.4, "percent", H1, "18.4", E_IC, product=IC),
        fact("Suzhou", "exports", "value", 156.2e9, "CNY", H1, "156.2 billion", E_IC, product=IC),
        fact("Suzhou", "exports", "growth", 22.4, "percent", H1, "22.4", E_NEW, product="electric vehicles"),
        fact("Suzhou", "exports", "growth", 9.6, "percent", H1, "9.6", E_NEW, product="lithium-ion batteries"),
        fact("Suzhou", "exports", "growth", -14.3, "percent", H1, "14.3", E_NEW, product="photovoltaic products"),
        fact("Suzhou", "total", "rank", 1, "number", H1, "largest",
             "By market, the European Union remained its largest trading partner", partner="European Union"),
        fact("Suzhou", "total", "value", 183.5e9, "CNY", H1, "183.5 billion", E_EU, partner="European Union"),
        fact("Suzhou", "total", "growth", 7.2, "percent", H1, "7.2", E_EU, partner="European Union"),
        fact(SIP, "total", "value", 287.4e9, "CNY", H1, "287.4 billion",
             "Suzhou Industrial Park (SIP), the China-Singapore cooperation zone on the city's eastern side, generated 287.4 billion yuan "
             "of foreign trade in the six months"),
        fact(SIP, "total", "growth", 6.9, "percent", H1, "6.9", E_SIP2),
        fact(SIP, "total", "share", 21.9, "percent", H1, "21.9", E_SIP2),
        fact("Suzhou", "total", "count", 18237, "number", H1, "18,237",
             "18,237 companies in the city posted import and export records in the first half", segment="foreign trade enterprises"),
    ],
}
