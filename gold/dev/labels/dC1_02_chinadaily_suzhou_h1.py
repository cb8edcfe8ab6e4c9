from _fact import fact, period

H1 = period(2025, 1, 6)
E_LEAD = "rose 5.3 percent year-on-year to 1.31 trillion yuan ($182.5 billion) in the first six months of 2025"
E_RANK = (
    "That total left Suzhou ranked fourth by foreign trade among cities nationwide, behind only Shenzhen, Shanghai and Beijing, "
    "while it ranked first among China's prefecture-level cities"
)
E_EXP = "Suzhou's exports increased 8.1 percent to 812.6 billion yuan"
E_IMP = "its imports edged 1.1 percent higher to 497.4 billion yuan"
E_IC = "Chip shipments abroad surged 18.4 percent to 156.2 billion yuan"
E_NEW = (
    "overseas sales of electric vehicles and lithium-ion batteries grew 22.4 percent and 9.6 percent respectively, whereas those "
    "of photovoltaic products dropped 14.3 percent"
)
E_EU = "Trade in both directions with the bloc rose 7.2 percent to 183.5 billion yuan"
E_SIP2 = "The park's figure rose 6.9 percent from a year earlier and represented 21.9 percent of Suzhou's total"
SIP = "Suzhou Industrial Park"
IC = "integrated circuits"

ARTICLE = {
    "id": "dC1_02_chinadaily_suzhou_h1",
    "title": "Suzhou keeps No. 4 spot among Chinese cities as H1 foreign trade grows 5.3%",
    "publisher": "China Daily",
    "published": "2025-07-29",
    "notes": [
        "Byline line names chinadaily.com.cn: publisher 'China Daily'; published from 'Updated: 2025-07-29'.",
        "Running period: first half of 2025 (2025-01..2025-06) for every fact.",
        "Subject carried: 'That total left Suzhou', 'The city contributed', 'its imports', "
        "'its largest trading partner' (a new paragraph) all mean Suzhou.",
        "Headline restates the lead's 5.3 percent and the fourth place ('No. 4 spot'): labelled once, body evidence.",
        "'($182.5 billion)' without 'about': USD fact, qualifier exact, per the seed convention.",
        "Two ranks for the same total: fourth among Chinese cities and first among prefecture-level cities (a rank within a restricted "
        "field, labelled as the dev convention says); they differ in value, so they are two facts.",
        "'contributed 50.8 percent of all of Jiangsu's foreign trade': a share of Suzhou's total (area Suzhou, partner null).",
        "'The city's top export was still integrated circuits': rank 1 of a product among exports; 'Chip shipments' in the next sentence "
        "are the same product, labelled 'integrated circuits'.",
        "Respectively pair plus a split clause: 'electric vehicles and lithium-ion batteries grew 22.4 percent and 9.6 percent respectively, "
        "whereas those of photovoltaic products dropped 14.3 percent' -> electric vehicles +22.4, lithium-ion batteries +9.6, "
        "photovoltaic products -14.3.",
        "'the bloc' = the European Union named in the previous sentence; 'higher tariffs cooled trade with the United States' gives no number.",
        "SIP defined by acronym: area 'Suzhou Industrial Park'; 'The park's figure rose 6.9 percent from a year earlier' is growth of "
        "SIP's trade; 21.9 percent is SIP's share of the city's total, area SIP, partner null.",
        "'over 2,500 registered life-science firms': not trading enterprises, out.",
        "18,237 companies with import and export records: count, segment 'foreign trade enterprises'; '1,126 more than a year before' "
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
             "The city contributed 50.8 percent of all of Jiangsu's foreign trade during the half-year"),
        fact("Suzhou", "exports", "value", 812.6e9, "CNY", H1, "812.6 billion", E_EXP),
        fact("Suzhou", "exports", "growth", 8.1, "percent", H1, "8.1", E_EXP),
        fact("Suzhou", "imports", "growth", 1.1, "percent", H1, "1.1", E_IMP),
        fact("Suzhou", "imports", "value", 497.4e9, "CNY", H1, "497.4 billion", E_IMP),
        fact("Suzhou", "balance", "value", 315.2e9, "CNY", H1, "315.2 billion", "the city's trade surplus reached 315.2 billion yuan"),
        fact("Suzhou", "exports", "rank", 1, "number", H1, "top", "The city's top export was still integrated circuits", product=IC),
        fact("Suzhou", "exports", "growth", 18.4, "percent", H1, "18.4", E_IC, product=IC),
        fact("Suzhou", "exports", "value", 156.2e9, "CNY", H1, "156.2 billion", E_IC, product=IC),
        fact("Suzhou", "exports", "growth", 22.4, "percent", H1, "22.4", E_NEW, product="electric vehicles"),
        fact("Suzhou", "exports", "growth", 9.6, "percent", H1, "9.6", E_NEW, product="lithium-ion batteries"),
        fact("Suzhou", "exports", "growth", -14.3, "percent", H1, "14.3", E_NEW, product="photovoltaic products"),
        fact("Suzhou", "total", "rank", 1, "number", H1, "largest",
             "Among markets, the European Union stayed its largest trading partner", partner="European Union"),
        fact("Suzhou", "total", "value", 183.5e9, "CNY", H1, "183.5 billion", E_EU, partner="European Union"),
        fact("Suzhou", "total", "growth", 7.2, "percent", H1, "7.2", E_EU, partner="European Union"),
        fact(SIP, "total", "value", 287.4e9, "CNY", H1, "287.4 billion",
             "foreign trade at Suzhou Industrial Park (SIP), a cooperation zone set up by China and Singapore in the east of the city, "
             "came to 287.4 billion yuan"),
        fact(SIP, "total", "growth", 6.9, "percent", H1, "6.9", E_SIP2),
        fact(SIP, "total", "share", 21.9, "percent", H1, "21.9", E_SIP2),
        fact("Suzhou", "total", "count", 18237, "number", H1, "18,237",
             "18,237 firms in Suzhou recorded import and export activity during January-June", segment="foreign trade enterprises"),
    ],
}
