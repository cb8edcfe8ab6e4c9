from _fact import fact, period

P = period(2025, 1, 5)
XM = "Xiamen"
E_TOT = "Combined imports and exports: 401.37 billion yuan, up 4.6% year on year"
E_MAY = "In May by itself, trade rose 5.8% to 84.9 billion yuan"
E_AS = "Trade with ASEAN, still the city's largest trading partner, grew 11.2% to 78.92 billion yuan and made up 19.7% of Xiamen's total"
E_US = "Trade with the United States fell 6.5% to 45.16 billion yuan"
E_PE = "At 205.6 billion yuan, private firms' imports and exports rose 8.8% and represented 51.2% of the city total"
E_ME = "Mechanical and electrical products exports increased 10.4% to 98.15 billion yuan"

ARTICLE = {
    "id": "dE1_05_xiamen_customs_5m",
    "title": "January-May Foreign Trade in Xiamen Rises 4.6%",
    "publisher": "Xiamen Customs",
    "published": "2025-06-20",
    "notes": [
        "The year appears only in the published date: 'from January through May this year' is 2025-01/2025-05, 'In May by itself' is 2025-05.",
        "'year on year (the same below)' makes the later rates year-on-year.",
        "Headline growth 4.6% restates the first bullet: labelled once.",
        "Bullet 'Exports grew 7.9% to 206.84 billion yuan' and similar bullets: the subject of each bullet names the flow.",
        "'still the city's largest trading partner' (ASEAN) is a stated rank (1).",
        "Out of scope: '2.1 percentage points above the average' (Belt and Road trade, no figure of its own), 'the year's best month so far' (no number), port throughput of 5.23 million TEUs and its 3.9% growth, 1,180 sailings, 132 trains; 'about unchanged' labour-intensive exports carry no number.",
    ],
    "facts": [
        fact(XM, "total", "value", 401.37e9, "CNY", P, "401.37 billion", E_TOT),
        fact(XM, "total", "growth", 4.6, "percent", P, "4.6", E_TOT),
        fact(XM, "exports", "value", 206.84e9, "CNY", P, "206.84 billion", "Exports grew 7.9% to 206.84 billion yuan"),
        fact(XM, "exports", "growth", 7.9, "percent", P, "7.9", "Exports grew 7.9% to 206.84 billion yuan"),
        fact(XM, "imports", "value", 194.53e9, "CNY", P, "194.53 billion", "Imports edged up 1.3% to 194.53 billion yuan"),
        fact(XM, "imports", "growth", 1.3, "percent", P, "1.3", "Imports edged up 1.3% to 194.53 billion yuan"),
        fact(XM, "balance", "value", 12.31e9, "CNY", P, "12.31 billion", "The city ran a surplus of 12.31 billion yuan"),
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
