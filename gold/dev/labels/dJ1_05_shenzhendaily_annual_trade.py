from _fact import fact, period

Y = period(2025, 1, 12)
SZ = "Shenzhen"
LEAD = ("the city's total imports and exports reached an all-time high of 4.55 trillion yuan (US$646 billion) last year, up 1.4% year on year")
NEV = "Overseas sales of NEVs jumped 41.3% to 58.2 billion yuan, covering over 410,000 vehicles"
CBEC = "Shenzhen's cross-border e-commerce imports and exports rose 13.8% last year to 412.6 billion yuan, placing it first among cities in China"
BRI = "Belt and Road partner countries accounted for 35.6% of Shenzhen's overall foreign trade, with trade with them up 6.3% at 1.62 trillion yuan"

ARTICLE = {
    "id": "dJ1_05_shenzhendaily_annual_trade",
    "title": "Shenzhen sets foreign trade record at 4.55 trillion yuan",
    "publisher": "Shenzhen Daily",
    "published": "2026-01-22",
    "notes": [
        "Publisher from the byline 'By Han Ximin | Shenzhen Daily'; the byline carries no date.",
        "No year in the text: 'last year' and the annual figures are 2025, from the published date 2026-01-22 ('said yesterday').",
        "'4.55 trillion yuan (US$646 billion)': the same observation in two currencies, two facts; the conversion has no 'about', so exact.",
        "'kept Shenzhen on top of the nation's foreign trade league table': stated rank 1 of total trade.",
        "'the largest exporter of any mainland city for a 33rd year running': exports rank 1; the streak (33rd) is out.",
        "'new three' (NEVs, lithium batteries, solar cells): combined exports labelled with product 'new three'; the components separately. "
        "58.2 + 61.7 + 8.7 = 128.6.",
        "'covering over 410,000 vehicles': NEV export quantity, unit number, qualifier over.",
        "Cross-border e-commerce 'placing it first among cities in China': rank 1 with segment cross-border e-commerce.",
        "Port throughput (34.6 million TEUs) and GDP (5.2%, 3.9 trillion yuan): out.",
        "Checks: 2.75 + 1.8 = 4.55; growth rates consistent with a 2024 base of about 4.49 trillion yuan; 1.62/4.55 = 35.6%.",
    ],
    "facts": [
        fact(SZ, "total", "growth", 1.4, "percent", Y, "1.4", LEAD),
        fact(SZ, "total", "value", 4.55e12, "CNY", Y, "4.55 trillion", LEAD),
        fact(SZ, "total", "value", 646e9, "USD", Y, "646 billion", LEAD),
        fact(SZ, "total", "rank", 1, "number", Y, "top",
             "which kept Shenzhen on top of the nation's foreign trade league table"),
        fact(SZ, "exports", "growth", -1.9, "percent", Y, "1.9",
             "Exports came in at 2.75 trillion yuan, 1.9% lower"),
        fact(SZ, "exports", "value", 2.75e12, "CNY", Y, "2.75 trillion",
             "Exports came in at 2.75 trillion yuan, 1.9% lower"),
        fact(SZ, "exports", "rank", 1, "number", Y, "largest",
             "Shenzhen stayed the largest exporter of any mainland city for a 33rd year running"),
        fact(SZ, "imports", "growth", 6.9, "percent", Y, "6.9",
             "Imports totalled 1.8 trillion yuan, a 6.9% increase"),
        fact(SZ, "imports", "value", 1.8e12, "CNY", Y, "1.8 trillion",
             "Imports totalled 1.8 trillion yuan, a 6.9% increase"),
        fact(SZ, "exports", "value", 128.6e9, "CNY", Y, "128.6 billion",
             "Their exports added up to 128.6 billion yuan, 17.1% more than the year before", product="new three"),
        fact(SZ, "exports", "growth", 17.1, "percent", Y, "17.1",
             "Their exports added up to 128.6 billion yuan, 17.1% more than the year before", product="new three"),
        fact(SZ, "exports", "growth", 41.3, "percent", Y, "41.3", NEV, product="new energy vehicles"),
        fact(SZ, "exports", "value", 58.2e9, "CNY", Y, "58.2 billion", NEV, product="new energy vehicles"),
        fact(SZ, "exports", "quantity", 410000, "number", Y, "410,000", NEV, product="new energy vehicles",
             qualifier="over"),
        fact(SZ, "exports", "growth", 6.2, "percent", Y, "6.2",
             "Lithium batteries brought in 61.7 billion yuan of export sales, up 6.2%", product="lithium batteries"),
        fact(SZ, "exports", "value", 61.7e9, "CNY", Y, "61.7 billion",
             "Lithium batteries brought in 61.7 billion yuan of export sales, up 6.2%", product="lithium batteries"),
        fact(SZ, "exports", "growth", -17.5, "percent", Y, "17.5",
             "solar cell exports dropped 17.5% to 8.7 billion yuan", product="solar cells"),
        fact(SZ, "exports", "value", 8.7e9, "CNY", Y, "8.7 billion",
             "solar cell exports dropped 17.5% to 8.7 billion yuan", product="solar cells"),
        fact(SZ, "total", "value", 412.6e9, "CNY", Y, "412.6 billion", CBEC, segment="cross-border e-commerce"),
        fact(SZ, "total", "growth", 13.8, "percent", Y, "13.8", CBEC, segment="cross-border e-commerce"),
        fact(SZ, "total", "rank", 1, "number", Y, "first", CBEC, segment="cross-border e-commerce"),
        fact(SZ, "total", "growth", 6.3, "percent", Y, "6.3", BRI, partner="Belt and Road partner countries"),
        fact(SZ, "total", "value", 1.62e12, "CNY", Y, "1.62 trillion", BRI, partner="Belt and Road partner countries"),
        fact(SZ, "total", "share", 35.6, "percent", Y, "35.6", BRI, partner="Belt and Road partner countries"),
    ],
}
