from _fact import fact, period

P = period(2025, 1, 9)
R = "Beijing-Tianjin-Hebei"
E_TOT = "The combined foreign trade of the Beijing-Tianjin-Hebei region reached 3.74 trillion yuan (about 525.3 billion U.S. dollars) in the first three quarters of 2025, up 1.8 percent from a year earlier"
E_XM = "Its exports grew 6.3 percent to 1.04 trillion yuan, while imports edged down 0.2 percent to 2.7 trillion yuan"
E_BJ = "Beijing remained the heavyweight of the three, with imports and exports of 2.71 trillion yuan, up 0.9 percent, or 72.5 percent of the regional total"
E_TH = "Tianjin and Hebei posted foreign trade of 601.3 billion yuan and 428.5 billion yuan, up 2.6 percent and 5.9 percent respectively"
E_HBX = "Hebei's exports rose 8.1 percent to 276.4 billion yuan"
E_XA = "In the Xiong'an New Area, the planned city about 100 km southwest of Beijing, imports and exports jumped 42.7 percent to 6.18 billion yuan"

ARTICLE = {
    "id": "dF1_05_xinhua_jingjinji_q1q3_2025",
    "title": "Beijing-Tianjin-Hebei foreign trade tops 3.7 trillion yuan in first three quarters",
    "publisher": "Xinhua",
    "published": "2025-10-24",
    "notes": [
        "Running period: first three quarters (January-September) of 2025, stated in the text.",
        "Area for the regional figures: 'Beijing-Tianjin-Hebei' (the text also calls it Jing-Jin-Ji); 'Its exports' carries the region over.",
        "Headline 'tops 3.7 trillion yuan' is a threshold for the exact 3.74 trillion in the body: exact only.",
        "'about 525.3 billion U.S. dollars': USD fact, approx.",
        "'accounted for 11.1 percent of China's total foreign trade': the region's share of the national total.",
        "Beijing's '72.5 percent of the regional total': share, area Beijing.",
        "Beijing's imports 'made up 2.32 trillion yuan of that figure': Beijing imports value.",
        "Tianjin and Hebei values and growth rates distributed by 'respectively'.",
        "Xiong'an New Area is the area of the 42.7 percent and 6.18 billion yuan figures (subject set by the sentence's opening phrase).",
        "Out of scope: 4.1 percentage points, 100 km, 18.2 million TEUs, GDP over 8 trillion yuan, 12 and 90 overseas warehouses, 2014.",
    ],
    "facts": [
        fact(R, "total", "value", 3.74e12, "CNY", P, "3.74 trillion", E_TOT),
        fact(R, "total", "value", 525.3e9, "USD", P, "525.3 billion", E_TOT, qualifier="approx"),
        fact(R, "total", "growth", 1.8, "percent", P, "1.8", E_TOT),
        fact(R, "total", "share", 11.1, "percent", P, "11.1",
             "The region, widely known as Jing-Jin-Ji, accounted for 11.1 percent of China's total foreign trade during the period"),
        fact(R, "exports", "growth", 6.3, "percent", P, "6.3", E_XM),
        fact(R, "exports", "value", 1.04e12, "CNY", P, "1.04 trillion", E_XM),
        fact(R, "imports", "growth", -0.2, "percent", P, "0.2", E_XM),
        fact(R, "imports", "value", 2.7e12, "CNY", P, "2.7 trillion", E_XM),
        fact("Beijing", "total", "value", 2.71e12, "CNY", P, "2.71 trillion", E_BJ),
        fact("Beijing", "total", "growth", 0.9, "percent", P, "0.9", E_BJ),
        fact("Beijing", "total", "share", 72.5, "percent", P, "72.5", E_BJ),
        fact("Beijing", "imports", "value", 2.32e12, "CNY", P, "2.32 trillion", "Imports, mostly crude oil, natural gas and grain handled by central state-owned enterprises headquartered in the capital, made up 2.32 trillion yuan of that figure"),
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
