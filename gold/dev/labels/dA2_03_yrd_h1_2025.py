from _fact import fact, period

H1 = period(2025, 1, 6)
YRD = "Yangtze River Delta"
GBA = "Guangdong-Hong Kong-Macao Greater Bay Area"
E_TOT = "reached 8.16 trillion yuan (about 1.14 trillion U.S. dollars) in the first half of 2025"
E_GROW = "The total was up 5.4 percent from a year earlier and made up 37.4 percent of China's foreign trade during the six months."
E_EXP = "Exports from the YRD climbed 9.9 percent to 5.21 trillion yuan"
E_IMP = "imports dipped 1.7 percent to 2.95 trillion yuan"
E_MEM = "Trade handled by Jiangsu, Zhejiang, Shanghai and Anhui came to 2.79 trillion yuan, 2.74 trillion yuan, 2.18 trillion yuan and 450 billion yuan respectively"
E_PRIV = "their trade grew 9.2 percent to 4.41 trillion yuan, equal to 54 percent of the region's total"
E_BR = "Trade between the YRD and Belt and Road partner countries expanded 7.3 percent to 3.72 trillion yuan."
E_GBA = "rose 4.3 percent to 4.38 trillion yuan in the first half"
E_GBA_XM = "Exports from the GBA edged up only 1.2 percent, while imports surged 10.2 percent"

ARTICLE = {
    "id": "dA2_03_yrd_h1_2025",
    "title": "Exports outpace imports as Yangtze River Delta trade rises 5.4% in first half",
    "publisher": "Shanghai Daily",
    "published": "2025-07-24",
    "notes": [
        "The text defines YRD: area written out 'Yangtze River Delta' for every YRD/region figure; the member list "
        "(Shanghai, Jiangsu, Zhejiang, Anhui; 41 cities) is descriptive, not a figure.",
        "Running period H1 2025, stated in the text.",
        "'8.16 trillion yuan (about 1.14 trillion U.S. dollars)': CNY fact exact and USD fact approx.",
        "Headline '5.4%' restates the body: labelled once with body evidence.",
        "'giving the region a trade surplus of 2.26 trillion yuan': balance +2.26e12 (= 5.21 - 2.95).",
        "Member figures with 'respectively': one value fact per province (Jiangsu, Zhejiang, Shanghai, Anhui), period H1 2025.",
        "'Private firms' figures: segment 'private enterprises'.",
        "'2.7 percentage points ahead', population 235 million, GDP share ('nearly a quarter'), 40 million TEUs, 41 cities: out.",
        "GBA: the text writes out 'Guangdong-Hong Kong-Macao Greater Bay Area (GBA)'; the figures are for its nine Guangdong "
        "(mainland) cities, which is how customs reports the GBA; area labelled with the written-out bloc name rather than "
        "the nine city names joined. A judgement call.",
    ],
    "facts": [
        fact(YRD, "total", "value", 8.16e12, "CNY", H1, "8.16 trillion", E_TOT),
        fact(YRD, "total", "value", 1.14e12, "USD", H1, "1.14 trillion", E_TOT, qualifier="approx"),
        fact(YRD, "total", "growth", 5.4, "percent", H1, "5.4", E_GROW),
        fact(YRD, "total", "share", 37.4, "percent", H1, "37.4", E_GROW),
        fact(YRD, "exports", "value", 5.21e12, "CNY", H1, "5.21 trillion", E_EXP),
        fact(YRD, "exports", "growth", 9.9, "percent", H1, "9.9", E_EXP),
        fact(YRD, "imports", "value", 2.95e12, "CNY", H1, "2.95 trillion", E_IMP),
        fact(YRD, "imports", "growth", -1.7, "percent", H1, "1.7", E_IMP),
        fact(YRD, "balance", "value", 2.26e12, "CNY", H1, "2.26 trillion",
             "giving the region a trade surplus of 2.26 trillion yuan"),
        fact("Jiangsu", "total", "value", 2.79e12, "CNY", H1, "2.79 trillion", E_MEM),
        fact("Zhejiang", "total", "value", 2.74e12, "CNY", H1, "2.74 trillion", E_MEM),
        fact("Shanghai", "total", "value", 2.18e12, "CNY", H1, "2.18 trillion", E_MEM),
        fact("Anhui", "total", "value", 450e9, "CNY", H1, "450 billion", E_MEM),
        fact(YRD, "total", "value", 4.41e12, "CNY", H1, "4.41 trillion", E_PRIV, segment="private enterprises"),
        fact(YRD, "total", "growth", 9.2, "percent", H1, "9.2", E_PRIV, segment="private enterprises"),
        fact(YRD, "total", "share", 54, "percent", H1, "54", E_PRIV, segment="private enterprises"),
        fact(YRD, "total", "value", 3.72e12, "CNY", H1, "3.72 trillion", E_BR, partner="Belt and Road partner countries"),
        fact(YRD, "total", "growth", 7.3, "percent", H1, "7.3", E_BR, partner="Belt and Road partner countries"),
        fact(GBA, "total", "value", 4.38e12, "CNY", H1, "4.38 trillion", E_GBA),
        fact(GBA, "total", "growth", 4.3, "percent", H1, "4.3", E_GBA),
        fact(GBA, "exports", "growth", 1.2, "percent", H1, "1.2", E_GBA_XM),
        fact(GBA, "imports", "growth", 10.2, "percent", H1, "10.2", E_GBA_XM),
    ],
}
