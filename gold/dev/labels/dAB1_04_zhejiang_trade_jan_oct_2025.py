from _fact import fact, period

JAN_OCT = period(2025, 1, 10)
OCT = period(2025, 10)
Z = "Zhejiang"

LEAD = ("Foreign trade in east China's Zhejiang Province totaled 4.62 trillion yuan (about 648.9 billion U.S. dollars) "
        "between January and October 2025, a 6.5 percent increase year on year")
USD = "4.62 trillion yuan (about 648.9 billion U.S. dollars)"
EXIM = "exports increased by 8.1 percent to 3.45 trillion yuan and imports gained 2 percent to reach 1.17 trillion yuan"
NATIONAL = "The province contributed 12.4 percent of China's total trade over the period"
OCTOBER = "For October by itself, Zhejiang's trade was worth 478.6 billion yuan, a rise of 5.3 percent over October 2024"
PRIVATE = ("with their imports and exports rising 8.4 percent to 3.72 trillion yuan, or 80.5 percent of Zhejiang's "
           "total")
FIRMS = "106,000 enterprises in Zhejiang had recorded actual import and export activity this year"
EU = ("Zhejiang's largest trading partner was still the European Union, with two-way trade up 7.2 percent at 693.5 "
      "billion yuan")
ASEAN = "trade between Zhejiang and the Southeast Asian bloc surged 12.6 percent to 671.8 billion yuan"
US = ("The United States, the province's third-largest trading partner, saw its trade with Zhejiang shrink 10.4 "
      "percent to 458.2 billion yuan")
US_EXP = "Zhejiang's shipments to the biggest economy in the world down 12.1 percent"
EMERGING = "Africa and Latin America posted trade increases of 15.3 percent and 6.8 percent, respectively"
BRI = "the province's trade with Belt and Road partner countries amounted to 2.35 trillion yuan"
MECH = ("Zhejiang's top export category was still mechanical and electrical products, at 1.63 trillion yuan, or 47.2 "
        "percent of all exports")
MP = ("Exports under market procurement trade, which revolves around the Yiwu small commodities market, rose 15.8 "
      "percent to 496.3 billion yuan")

ARTICLE = {
    "id": "dAB1_04_zhejiang_trade_jan_oct_2025",
    "title": "Foreign trade of east China's Zhejiang rises 6.5 pct in Jan.-Oct.",
    "publisher": "Xinhua",
    "published": "2025-11-20",
    "notes": [
        "Area Zhejiang throughout (dateline/lead); every figure is Hangzhou Customs data for Zhejiang.",
        "Period: 'between January and October 2025' = 2025-01..2025-10, the running period for every later figure except "
        "'For October by itself' (2025-10).",
        "'their imports and exports' refers back to private enterprises: segment 'private enterprises'.",
        "The 106,000 enterprises that 'had recorded actual import and export activity this year' by end-October: "
        "count, segment 'foreign trade enterprises', period 2025-01..2025-10.",
        "'the Southeast Asian bloc' = ASEAN (named in the same sentence's lead-in, 'Close behind came ASEAN').",
        "'the province's third-largest trading partner' (the province = Zhejiang): rank 3 for the United States, flow total.",
        "'Zhejiang's shipments to the biggest economy in the world' = exports to the United States; 'biggest' there is about the economy, not a trade rank, so no rank fact from it.",
        "'Zhejiang's largest trading partner was still the European Union': rank 1, flow total.",
        "Mechanical and electrical products share 47.2 percent is 'of all exports' of the province: flow exports.",
        "Market procurement: segment 'market procurement' (trade mode), flow exports.",
        "Out of scope, unlabelled: '4.5 trillion yuan' (first time topping a threshold, milestone); "
        "'2.9 percentage points faster' (derived comparison); 'an increase of 6,800 from a year earlier' (derived difference "
        "of a count); 'go above 5.5 trillion yuan' for the full year (forecast); 'over October 2024' is the comparison base, not a figure.",
        "No figures are given for EVs, lithium batteries, photovoltaic products or labor-intensive goods: nothing "
        "to label there.",
    ],
    "facts": [
        fact(Z, "total", "growth", 6.5, "percent", JAN_OCT, "6.5", LEAD),
        fact(Z, "total", "value", 4.62e12, "CNY", JAN_OCT, "4.62 trillion", LEAD),
        fact(Z, "total", "value", 648.9e9, "USD", JAN_OCT, "648.9 billion", USD, qualifier="approx"),
        fact(Z, "exports", "growth", 8.1, "percent", JAN_OCT, "8.1", EXIM),
        fact(Z, "exports", "value", 3.45e12, "CNY", JAN_OCT, "3.45 trillion", EXIM),
        fact(Z, "imports", "growth", 2, "percent", JAN_OCT, "2", EXIM),
        fact(Z, "imports", "value", 1.17e12, "CNY", JAN_OCT, "1.17 trillion", EXIM),
        fact(Z, "total", "share", 12.4, "percent", JAN_OCT, "12.4", NATIONAL),
        fact(Z, "total", "value", 478.6e9, "CNY", OCT, "478.6 billion", OCTOBER),
        fact(Z, "total", "growth", 5.3, "percent", OCT, "5.3", OCTOBER),
        fact(Z, "total", "growth", 8.4, "percent", JAN_OCT, "8.4", PRIVATE, segment="private enterprises"),
        fact(Z, "total", "value", 3.72e12, "CNY", JAN_OCT, "3.72 trillion", PRIVATE, segment="private enterprises"),
        fact(Z, "total", "share", 80.5, "percent", JAN_OCT, "80.5", PRIVATE, segment="private enterprises"),
        fact(Z, "total", "count", 106000, "number", JAN_OCT, "106,000", FIRMS, segment="foreign trade enterprises"),
        fact(Z, "total", "rank", 1, "number", JAN_OCT, "largest", EU, partner="European Union"),
        fact(Z, "total", "growth", 7.2, "percent", JAN_OCT, "7.2", EU, partner="European Union"),
        fact(Z, "total", "value", 693.5e9, "CNY", JAN_OCT, "693.5 billion", EU, partner="European Union"),
        fact(Z, "total", "growth", 12.6, "percent", JAN_OCT, "12.6", ASEAN, partner="ASEAN"),
        fact(Z, "total", "value", 671.8e9, "CNY", JAN_OCT, "671.8 billion", ASEAN, partner="ASEAN"),
        fact(Z, "total", "rank", 3, "number", JAN_OCT, "third-largest", US, partner="United States"),
        fact(Z, "total", "growth", -10.4, "percent", JAN_OCT, "10.4", US, partner="United States"),
        fact(Z, "total", "value", 458.2e9, "CNY", JAN_OCT, "458.2 billion", US, partner="United States"),
        fact(Z, "exports", "growth", -12.1, "percent", JAN_OCT, "12.1", US_EXP, partner="United States"),
        fact(Z, "total", "growth", 15.3, "percent", JAN_OCT, "15.3", EMERGING, partner="Africa"),
        fact(Z, "total", "growth", 6.8, "percent", JAN_OCT, "6.8", EMERGING, partner="Latin America"),
        fact(Z, "total", "value", 2.35e12, "CNY", JAN_OCT, "2.35 trillion", BRI, partner="Belt and Road partner countries"),
        fact(Z, "exports", "value", 1.63e12, "CNY", JAN_OCT, "1.63 trillion", MECH, product="mechanical and electrical products"),
        fact(Z, "exports", "share", 47.2, "percent", JAN_OCT, "47.2", MECH, product="mechanical and electrical products"),
        fact(Z, "exports", "value", 496.3e9, "CNY", JAN_OCT, "496.3 billion", MP, segment="market procurement"),
        fact(Z, "exports", "growth", 15.8, "percent", JAN_OCT, "15.8", MP, segment="market procurement"),
    ],
}
