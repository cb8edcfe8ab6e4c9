from _fact import fact, period

P = period(2025, 1, 9)
R = "Beijing-Tianjin-Hebei"
E_TOT = "the Beijing-Tianjin-Hebei region's combined foreign trade in the first three quarters of 2025 rose 1.8 percent from a year earlier to 3.74 trillion yuan (about 525.3 billion U.S. dollars)"
E_XM = "Exports from the region climbed 6.3 percent to 1.04 trillion yuan, and imports declined 0.2 percent to 2.7 trillion yuan"
E_BJ = "Beijing continued to carry the most weight of the three, its imports and exports rising 0.9 percent to 2.71 trillion yuan, or 72.5 percent of the regional total"
E_TH = "Tianjin's and Hebei's foreign trade reached 601.3 billion yuan and 428.5 billion yuan, growing 2.6 percent and 5.9 percent, respectively"
E_HBX = "Exports from Hebei increased 8.1 percent to 276.4 billion yuan"
E_XA = "Imports and exports of the Xiong'an New Area, a planned city some 100 km southwest of Beijing, surged 42.7 percent to 6.18 billion yuan"

ARTICLE = {
    "id": "dF1_05_xinhua_jingjinji_q1q3_2025",
    "title": "Beijing-Tianjin-Hebei region's foreign trade surpasses 3.7 trillion yuan over first three quarters",
    "publisher": "Xinhua",
    "published": "2025-10-24",
    "notes": [
        "Running period: first three quarters (January-September) of 2025, stated in the text.",
        "Area for the regional figures: 'Beijing-Tianjin-Hebei' (the text also calls it Jing-Jin-Ji); 'Exports from the region' names the region.",
        "Headline 'surpasses 3.7 trillion yuan' is a threshold for the exact 3.74 trillion in the body: exact only.",
        "'about 525.3 billion U.S. dollars': USD fact, approx.",
        "'made up 11.1 percent of China's overall foreign trade': the region's share of the national total.",
        "Beijing's '72.5 percent of the regional total': share, area Beijing.",
        "Beijing's imports: 'Of that amount, imports accounted for 2.32 trillion yuan': Beijing imports value.",
        "Tianjin and Hebei values and growth rates distributed by 'respectively'.",
        "Xiong'an New Area is the area of the 42.7 percent and 6.18 billion yuan figures (the sentence's subject).",
        "Out of scope: 4.1 percentage points, 100 km, 18.2 million TEUs, GDP over 8 trillion yuan, 12 and 90 overseas warehouses, 2014.",
    ],
    "facts": [
        fact(R, "total", "value", 3.74e12, "CNY", P, "3.74 trillion", E_TOT),
        fact(R, "total", "value", 525.3e9, "USD", P, "525.3 billion", E_TOT, qualifier="approx"),
        fact(R, "total", "growth", 1.8, "percent", P, "1.8", E_TOT),
        fact(R, "total", "share", 11.1, "percent", P, "11.1",
             "Over the period, the region, often called Jing-Jin-Ji, made up 11.1 percent of China's overall foreign trade"),
        fact(R, "exports", "growth", 6.3, "percent", P, "6.3", E_XM),
        fact(R, "exports", "value", 1.04e12, "CNY", P, "1.04 trillion", E_XM),
        fact(R, "imports", "growth", -0.2, "percent", P, "0.2", E_XM),
        fact(R, "imports", "value", 2.7e12, "CNY", P, "2.7 trillion", E_XM),
        fact("Beijing", "total", "value", 2.71e12, "CNY", P, "2.71 trillion", E_BJ),
        fact("Beijing", "total", "growth", 0.9, "percent", P, "0.9", E_BJ),
        fact("Beijing", "total", "share", 72.5, "percent", P, "72.5", E_BJ),
        fact("Beijing", "imports", "value", 2.32e12, "CNY", P, "2.32 trillion", "Of that amount, imports accounted for 2.32 trillion yuan"),
        fact("Tianjin", "total", "value", 601.3e9, "CNY", P, "601.3 billion", E_TH),
        fact("Hebei", "total", "value", 428.5e9, "CNY", P, "428.5 billion", E_TH),
        fact("Tianjin", "total", "growth", 2.6, "percent", P, "2.6", E_TH),
        fact("Hebei", "total", "growth", 5.9, "percent", P, "5.9", E_TH),
        fact("Hebei", "exports", "growth", 8.1, "percent", P, "8.1", E_HBX),
        fact("Hebei", "exports", "value", 276.4e9, "CNY", P, "276.4 billion", E_HBX),
        fact("Xiong'an New Area", "total", "growth", 42.7, "percent", P, "42.7", E_XA),
        fact("Xiong'an New Area", "total", "value", 6.18e9, "CNY", P, "6.18 billion", E_XA),
    ],
}
