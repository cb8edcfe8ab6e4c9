from _fact import fact, period

JAN_OCT = period(2025, 1, 10)
OCT = period(2025, 10)
Z = "Zhejiang"

LEAD = ("East China's Zhejiang Province saw its foreign trade expand 6.5 percent year on year to 4.62 trillion yuan "
        "(about 648.9 billion U.S. dollars) in the first 10 months of 2025")
USD = "4.62 trillion yuan (about 648.9 billion U.S. dollars)"
EXIM = "Exports grew 8.1 percent to 3.45 trillion yuan, while imports inched up 2 percent to 1.17 trillion yuan"
NATIONAL = "Zhejiang's foreign trade made up 12.4 percent of the national total during the period"
OCTOBER = ("In October alone, the province's imports and exports came in at 478.6 billion yuan, up 5.3 percent from "
           "the same month last year")
PRIVATE = ("Their imports and exports climbed 8.4 percent to 3.72 trillion yuan, accounting for 80.5 percent of the "
           "province's total")
FIRMS = "there were 106,000 enterprises with actual import and export performance in Zhejiang this year"
EU = ("The European Union remained Zhejiang's largest trading partner, with trade rising 7.2 percent to 693.5 "
      "billion yuan")
ASEAN = "the province's trade with the Southeast Asian bloc jumped 12.6 percent to 671.8 billion yuan"
US = ("Zhejiang's trade with the United States, its third-largest trading partner, declined 10.4 percent to 458.2 "
      "billion yuan")
US_EXP = "Exports to the world's largest economy fell 12.1 percent"
EMERGING = "Imports and exports with Africa and Latin America grew 15.3 percent and 6.8 percent, respectively"
BRI = "trade with Belt and Road partner countries reached 2.35 trillion yuan"
MECH = ("Mechanical and electrical products remained the province's leading exports, worth 1.63 trillion yuan and "
        "accounting for 47.2 percent of the total export value")
MP = "Market procurement trade, centered on the Yiwu small commodities market, exported 496.3 billion yuan of goods, an increase of 15.8 percent"

ARTICLE = {
    "id": "dAB1_04_zhejiang_trade_jan_oct_2025",
    "title": "China's Zhejiang sees foreign trade up 6.5 pct in first 10 months",
    "publisher": "Xinhua",
    "published": "2025-11-20",
    "notes": [
        "Area Zhejiang throughout (dateline/lead); every figure is Hangzhou Customs data for Zhejiang.",
        "Period: 'first 10 months of 2025' = 2025-01..2025-10, the running period for every later figure except "
        "'In October alone' (2025-10).",
        "'Their imports and exports' refers back to private enterprises: segment 'private enterprises'.",
        "The 106,000 enterprises 'with actual import and export performance ... this year' as of end-October: "
        "count, segment 'foreign trade enterprises', period 2025-01..2025-10.",
        "'the Southeast Asian bloc' = ASEAN (named in the same sentence's lead-in).",
        "'its third-largest trading partner' (its = Zhejiang): rank 3 for the United States, flow total.",
        "'Exports to the world's largest economy' = exports to the United States; 'largest' there is about the "
        "economy, not a trade rank, so no rank fact from it.",
        "'The European Union remained Zhejiang's largest trading partner': rank 1, flow total.",
        "Mechanical and electrical products share 47.2 percent is of the province's export value: flow exports.",
        "Market procurement: segment 'market procurement' (trade mode), flow exports.",
        "Out of scope, unlabelled: '4.5 trillion yuan' (first time topping a threshold, milestone); "
        "'2.9 percentage points higher' (derived comparison); '6,800 more than a year earlier' (derived difference "
        "of a count); 'exceed 5.5 trillion yuan' for the whole year (forecast); 'the same month last year' is the "
        "comparison base, not a figure.",
        "No figures are given for EVs, lithium batteries, photovoltaic products or labour-intensive goods: nothing "
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
