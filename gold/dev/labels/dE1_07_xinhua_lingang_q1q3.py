from _fact import fact, period

P = period(2025, 1, 9)
LG = "Lingang Special Area"
E_TOT = ("The Lingang Special Area of the China (Shanghai) Pilot Free Trade Zone registered imports and exports of "
         "207.3 billion yuan (about 29.1 billion U.S. dollars) in the first three quarters of the year, up 18.6 percent year on year")
E_FLOWS = "Exports rose 24.7 percent to 118.5 billion yuan, while imports grew 11.3 percent to 88.8 billion yuan"
E_NEV = "New energy vehicles remained the area's signature export, with outbound shipments worth 46.2 billion yuan, or 39 percent of its total exports"
E_BR = "Trade with Belt and Road partner countries climbed 21.4 percent to 96.5 billion yuan, making up 46.6 percent of the total"

ARTICLE = {
    "id": "dE1_07_xinhua_lingang_q1q3",
    "title": "Shanghai FTZ's Lingang area sees foreign trade up 18.6 pct in first three quarters",
    "publisher": "Xinhua",
    "published": "2025-10-24",
    "notes": [
        "The year appears only in the published date (dateline 'SHANGHAI, Oct. 24 (Xinhua)'): 'the first three quarters of the year' is 2025-01/2025-09.",
        "Area: the Lingang Special Area of the China (Shanghai) Pilot Free Trade Zone, written 'Lingang Special Area' (the zone's own name, descriptors dropped).",
        "The dollar conversion '(about 29.1 billion U.S. dollars)' is a separate USD fact with qualifier approx; the headline's 18.6 pct restates the body.",
        "'outbound shipments worth 46.2 billion yuan, or 39 percent of its total exports': NEV export value and its share of exports.",
        "'Some 1,560 enterprises had import and export records' is a count of foreign trade enterprises, qualifier approx ('Some'); '190 more than a year earlier' is a derived difference, out.",
        "Out of scope: August 2019, 873 square km.",
    ],
    "facts": [
        fact(LG, "total", "value", 207.3e9, "CNY", P, "207.3 billion", E_TOT),
        fact(LG, "total", "value", 29.1e9, "USD", P, "29.1 billion", E_TOT, qualifier="approx"),
        fact(LG, "total", "growth", 18.6, "percent", P, "18.6", E_TOT),
        fact(LG, "exports", "growth", 24.7, "percent", P, "24.7", E_FLOWS),
        fact(LG, "exports", "value", 118.5e9, "CNY", P, "118.5 billion", E_FLOWS),
        fact(LG, "imports", "growth", 11.3, "percent", P, "11.3", E_FLOWS),
        fact(LG, "imports", "value", 88.8e9, "CNY", P, "88.8 billion", E_FLOWS),
        fact(LG, "exports", "value", 46.2e9, "CNY", P, "46.2 billion", E_NEV, product="new energy vehicles"),
        fact(LG, "exports", "share", 39, "percent", P, "39", E_NEV, product="new energy vehicles"),
        fact(LG, "total", "growth", 21.4, "percent", P, "21.4", E_BR, partner="Belt and Road partner countries"),
        fact(LG, "total", "value", 96.5e9, "CNY", P, "96.5 billion", E_BR, partner="Belt and Road partner countries"),
        fact(LG, "total", "share", 46.6, "percent", P, "46.6", E_BR, partner="Belt and Road partner countries"),
        fact(LG, "total", "count", 1560, "number", P, "1,560",
             "Some 1,560 enterprises had import and export records in the area during the period",
             segment="foreign trade enterprises", qualifier="approx"),
    ],
}
