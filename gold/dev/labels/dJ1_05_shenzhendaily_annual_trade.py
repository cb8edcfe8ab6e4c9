from _fact import fact, period

Y = period(2025, 1, 12)
SZ = "Shenzhen"
LEAD = ("Shenzhen's total imports and exports rose 1.4% year on year to a record 4.55 trillion yuan (US$646 billion) last year")
NEV = "NEV exports soared 41.3% to 58.2 billion yuan, with more than 410,000 vehicles shipped overseas"
CBEC = "The city's cross-border e-commerce imports and exports reached 412.6 billion yuan last year, up 13.8%, ranking first among Chinese cities"
BRI = "Trade with Belt and Road partner countries grew 6.3% to 1.62 trillion yuan, accounting for 35.6% of the city's total foreign trade"

ARTICLE = {
    "id": "dJ1_05_shenzhendaily_annual_trade",
    "title": "Shenzhen's foreign trade hits record 4.55 trillion yuan",
    "publisher": "Shenzhen Daily",
    "published": "2026-01-22",
    "notes": [
        "Publisher from the byline 'By Han Ximin | Shenzhen Daily'; the byline carries no date.",
        "No year in the text: 'last year' and the annual figures are 2025, from the published date 2026-01-22 ('announced yesterday').",
        "'4.55 trillion yuan (US$646 billion)': the same observation in two currencies, two facts; the conversion has no 'about', so exact.",
        "'keeping the city at the top of the country's foreign trade rankings': stated rank 1 of total trade.",
        "'the largest exporter among mainland cities for the 33rd consecutive year': exports rank 1; the streak (33rd) is out.",
        "'new three' (NEVs, lithium batteries, solar cells): combined exports labelled with product 'new three'; the components separately. "
        "58.2 + 61.7 + 8.7 = 128.6.",
        "'more than 410,000 vehicles shipped overseas': NEV export quantity, unit number, qualifier over.",
        "Cross-border e-commerce 'ranking first among Chinese cities': rank 1 with segment cross-border e-commerce.",
        "Port throughput (34.6 million TEUs) and GDP (5.2%, 3.9 trillion yuan): out.",
        "Checks: 2.75 + 1.8 = 4.55; growth rates consistent with a 2024 base of about 4.49 trillion yuan; 1.62/4.55 = 35.6%.",
    ],
    "facts": [
        fact(SZ, "total", "growth", 1.4, "percent", Y, "1.4", LEAD),
        fact(SZ, "total", "value", 4.55e12, "CNY", Y, "4.55 trillion", LEAD),
        fact(SZ, "total", "value", 646e9, "USD", Y, "646 billion", LEAD),
        fact(SZ, "total", "rank", 1, "number", Y, "top",
             "keeping the city at the top of the country's foreign trade rankings"),
        fact(SZ, "exports", "growth", -1.9, "percent", Y, "1.9",
             "Exports slipped 1.9% to 2.75 trillion yuan"),
        fact(SZ, "exports", "value", 2.75e12, "CNY", Y, "2.75 trillion",
             "Exports slipped 1.9% to 2.75 trillion yuan"),
        fact(SZ, "exports", "rank", 1, "number", Y, "largest",
             "the city remained the largest exporter among mainland cities for the 33rd consecutive year"),
        fact(SZ, "imports", "growth", 6.9, "percent", Y, "6.9",
             "Imports climbed 6.9% to 1.8 trillion yuan"),
        fact(SZ, "imports", "value", 1.8e12, "CNY", Y, "1.8 trillion",
             "Imports climbed 6.9% to 1.8 trillion yuan"),
        fact(SZ, "exports", "value", 128.6e9, "CNY", Y, "128.6 billion",
             "Their combined exports reached 128.6 billion yuan, up 17.1%", product="new three"),
        fact(SZ, "exports", "growth", 17.1, "percent", Y, "17.1",
             "Their combined exports reached 128.6 billion yuan, up 17.1%", product="new three"),
        fact(SZ, "exports", "growth", 41.3, "percent", Y, "41.3", NEV, product="new energy vehicles"),
        fact(SZ, "exports", "value", 58.2e9, "CNY", Y, "58.2 billion", NEV, product="new energy vehicles"),
        fact(SZ, "exports", "quantity", 410000, "number", Y, "410,000", NEV, product="new energy vehicles",
             qualifier="over"),
        fact(SZ, "exports", "growth", 6.2, "percent", Y, "6.2",
             "Lithium battery exports grew 6.2% to 61.7 billion yuan", product="lithium batteries"),
        fact(SZ, "exports", "value", 61.7e9, "CNY", Y, "61.7 billion",
             "Lithium battery exports grew 6.2% to 61.7 billion yuan", product="lithium batteries"),
        fact(SZ, "exports", "growth", -17.5, "percent", Y, "17.5",
             "exports of solar cells fell 17.5% to 8.7 billion yuan", product="solar cells"),
        fact(SZ, "exports", "value", 8.7e9, "CNY", Y, "8.7 billion",
             "exports of solar cells fell 17.5% to 8.7 billion yuan", product="solar cells"),
        fact(SZ, "total", "value", 412.6e9, "CNY", Y, "412.6 billion", CBEC, segment="cross-border e-commerce"),
        fact(SZ, "total", "growth", 13.8, "percent", Y, "13.8", CBEC, segment="cross-border e-commerce"),
        fact(SZ, "total", "rank", 1, "number", Y, "first", CBEC, segment="cross-border e-commerce"),
        fact(SZ, "total", "growth", 6.3, "percent", Y, "6.3", BRI, partner="Belt and Road partner countries"),
        fact(SZ, "total", "value", 1.62e12, "CNY", Y, "1.62 trillion", BRI, partner="Belt and Road partner countries"),
        fact(SZ, "total", "share", 35.6, "percent", Y, "35.6", BRI, partner="Belt and Road partner countries"),
    ],
}
