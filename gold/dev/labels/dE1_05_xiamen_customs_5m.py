from _fact import fact, period

P = period(2025, 1, 5)
XM = "Xiamen"
E_TOT = "Total import and export value: 401.37 billion yuan, an increase of 4.6% compared with the same period last year"
E_MAY = "May alone: imports and exports of 84.9 billion yuan, up 5.8%"
E_AS = "ASEAN remained Xiamen's largest trading partner, with imports and exports of 78.92 billion yuan, up 11.2%, accounting for 19.7% of the city's total"
E_US = "Trade with the United States was 45.16 billion yuan, down 6.5%"
E_PE = "Private enterprises imported and exported 205.6 billion yuan, an increase of 8.8%, accounting for 51.2% of the city's total"
E_ME = "Exports of mechanical and electrical products were 98.15 billion yuan, up 10.4%"

ARTICLE = {
    "id": "dE1_05_xiamen_customs_5m",
    "title": "Xiamen's Foreign Trade Grows 4.6% in the First Five Months",
    "publisher": "Xiamen Customs",
    "published": "2025-06-20",
    "notes": [
        "The year appears only in the published date: 'the first five months of this year' is 2025-01/2025-05, 'May alone' is 2025-05.",
        "'compared with the same period last year (the same below)' makes the later rates year-on-year.",
        "Headline growth 4.6% restates the first bullet: labelled once.",
        "Bullet 'Exports: 206.84 billion yuan, up 7.9%' and similar bullets: the label before the colon names the flow.",
        "'ASEAN remained Xiamen's largest trading partner' is a stated rank (1).",
        "Out of scope: '2.1 percentage points above the average' (Belt and Road trade, no figure of its own), 'the highest monthly value so far this year' (no number), port throughput of 5.23 million TEUs and its 3.9% growth, 1,180 voyages, 132 trains; 'broadly flat' labour-intensive exports carry no number.",
    ],
    "facts": [
        fact(XM, "total", "value", 401.37e9, "CNY", P, "401.37 billion", E_TOT),
        fact(XM, "total", "growth", 4.6, "percent", P, "4.6", E_TOT),
        fact(XM, "exports", "value", 206.84e9, "CNY", P, "206.84 billion", "Exports: 206.84 billion yuan, up 7.9%"),
        fact(XM, "exports", "growth", 7.9, "percent", P, "7.9", "Exports: 206.84 billion yuan, up 7.9%"),
        fact(XM, "imports", "value", 194.53e9, "CNY", P, "194.53 billion", "Imports: 194.53 billion yuan, up 1.3%"),
        fact(XM, "imports", "growth", 1.3, "percent", P, "1.3", "Imports: 194.53 billion yuan, up 1.3%"),
        fact(XM, "balance", "value", 12.31e9, "CNY", P, "12.31 billion", "Trade surplus: 12.31 billion yuan"),
        fact(XM, "total", "value", 84.9e9, "CNY", period(2025, 5), "84.9 billion", E_MAY),
        fact(XM, "total", "growth", 5.8, "percent", period(2025, 5), "5.8", E_MAY),
        fact(XM, "total", "rank", 1, "number", P, "largest", E_AS, partner="ASEAN"),
        fact(XM, "total", "value", 78.92e9, "CNY", P, "78.92 billion", E_AS, partner="ASEAN"),
        fact(XM, "total", "growth", 11.2, "percent", P, "11.2", E_AS, partner="ASEAN"),
        fact(XM, "total", "share", 19.7, "percent", P, "19.7", E_AS, partner="ASEAN"),
        fact(XM, "total", "value", 45.16e9, "CNY", P, "45.16 billion", E_US, partner="United States"),
        fact(XM, "total", "growth", -6.5, "percent", P, "6.5", E_US, partner="United States"),
        fact(XM, "total", "value", 205.6e9, "CNY", P, "205.6 billion", E_PE, segment="private enterprises"),
        fact(XM, "total", "growth", 8.8, "percent", P, "8.8", E_PE, segment="private enterprises"),
        fact(XM, "total", "share", 51.2, "percent", P, "51.2", E_PE, segment="private enterprises"),
        fact(XM, "exports", "value", 98.15e9, "CNY", P, "98.15 billion", E_ME, product="mechanical and electrical products"),
        fact(XM, "exports", "growth", 10.4, "percent", P, "10.4", E_ME, product="mechanical and electrical products"),
    ],
}
