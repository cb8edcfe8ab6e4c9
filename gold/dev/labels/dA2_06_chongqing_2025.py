from _fact import fact, period

Y = period(2025, 1, 12)
CQ = "Chongqing"
E_TOT = "rose 12 percent year on year to 800.68 billion yuan (about 114.4 billion U.S. dollars) in 2025"
E_XM = "exports up 10.2 percent at 558.73 billion yuan and imports up 16.4 percent at 241.95 billion yuan"
E_NB = "Chongqing shipped 152.15 billion yuan worth of notebook computers, equal to 30.2 percent of China's laptop exports, and ranked first nationwide for a 10th straight year."
E_AUTO = "the value of auto exports climbed 23 percent to 53.03 billion yuan"
E_CBEC = "Trade conducted via cross-border e-commerce channels rose 27.8 percent to 31.4 billion yuan"
E_ASEAN = "ASEAN stayed Chongqing's largest trading partner, with trade growing 12.6 percent to 132.65 billion yuan"
E_EU = "followed in second place by the European Union at 108.24 billion yuan"

ARTICLE = {
    "id": "dA2_06_chongqing_2025",
    "title": "Laptops and cars drive Chongqing's foreign trade past 800 bln yuan",
    "publisher": "Xinhua",
    "published": "2026-01-27",
    "notes": [
        "Running period 2025, stated in the text; 'last year' in later paragraphs also means 2025.",
        "'passing the 800-billion-yuan mark' beside the exact 800.68 billion: exact figure only (the headline 'past 800 bln' likewise).",
        "'800.68 billion yuan (about 114.4 billion U.S. dollars)': CNY exact and USD approx.",
        "Notebook computers ('shipped ... notebook computers', 'laptop exports'): product 'notebook computers'; '30.2 percent of China's laptop "
        "exports' is Chongqing's share of the national total for that product; 'ranked first nationwide': rank 1.",
        "'for a 10th straight year': streak, out.",
        "'372,000 automobiles were exported': quantity, unit number; 'the value of auto exports climbed 23 percent': value growth of automobile exports.",
        "'164,000 tonnes of fresh fruit': import quantity in tonnes; the origin countries (Thailand, Vietnam) give no figure of "
        "their own, so no partner.",
        "Shipments of the 'new three' jumped 73.5 percent: product 'new three'.",
        "Cross-border e-commerce: segment 'cross-border e-commerce'.",
        "ASEAN 'largest trading partner' rank 1, EU 'second' rank 2, each with its partner.",
        "'about 230 countries and regions': count of trading partners, approx; 'its trade grew with nearly 180 of them' is a "
        "conditional count, out.",
        "China-Europe freight train trips (2,700), 330,000 TEUs, fair booths (3,000) and 60 countries at the fair: not trade flows, out.",
    ],
    "facts": [
        fact(CQ, "total", "growth", 12, "percent", Y, "12", E_TOT),
        fact(CQ, "total", "value", 800.68e9, "CNY", Y, "800.68 billion", E_TOT),
        fact(CQ, "total", "value", 114.4e9, "USD", Y, "114.4 billion", E_TOT, qualifier="approx"),
        fact(CQ, "exports", "growth", 10.2, "percent", Y, "10.2", E_XM),
        fact(CQ, "exports", "value", 558.73e9, "CNY", Y, "558.73 billion", E_XM),
        fact(CQ, "imports", "growth", 16.4, "percent", Y, "16.4", E_XM),
        fact(CQ, "imports", "value", 241.95e9, "CNY", Y, "241.95 billion", E_XM),
        fact(CQ, "exports", "value", 152.15e9, "CNY", Y, "152.15 billion", E_NB, product="notebook computers"),
        fact(CQ, "exports", "share", 30.2, "percent", Y, "30.2", E_NB, product="notebook computers"),
        fact(CQ, "exports", "rank", 1, "number", Y, "first", E_NB, product="notebook computers"),
        fact(CQ, "exports", "quantity", 372000, "number", Y, "372,000",
             "372,000 automobiles were exported from the municipality", product="automobiles"),
        fact(CQ, "exports", "growth", 23, "percent", Y, "23", E_AUTO, product="automobiles"),
        fact(CQ, "exports", "value", 53.03e9, "CNY", Y, "53.03 billion", E_AUTO, product="automobiles"),
        fact(CQ, "exports", "growth", 73.5, "percent", Y, "73.5",
             "Shipments of the \"new three\" -- lithium batteries, photovoltaic products and electric vehicles -- jumped 73.5 percent",
             product="new three"),
        fact(CQ, "imports", "quantity", 164000, "tonnes", Y, "164,000",
             "Chongqing took in 164,000 tonnes of fresh fruit", product="fresh fruit"),
        fact(CQ, "total", "value", 31.4e9, "CNY", Y, "31.4 billion", E_CBEC, segment="cross-border e-commerce"),
        fact(CQ, "total", "growth", 27.8, "percent", Y, "27.8", E_CBEC, segment="cross-border e-commerce"),
        fact(CQ, "total", "rank", 1, "number", Y, "largest", E_ASEAN, partner="ASEAN"),
        fact(CQ, "total", "growth", 12.6, "percent", Y, "12.6", E_ASEAN, partner="ASEAN"),
        fact(CQ, "total", "value", 132.65e9, "CNY", Y, "132.65 billion", E_ASEAN, partner="ASEAN"),
        fact(CQ, "total", "rank", 2, "number", Y, "second", E_EU, partner="European Union"),
        fact(CQ, "total", "value", 108.24e9, "CNY", Y, "108.24 billion", E_EU, partner="European Union"),
        fact(CQ, "total", "count", 230, "number", Y, "230",
             "the city did business with about 230 countries and regions", segment="trading partners", qualifier="approx"),
    ],
}
