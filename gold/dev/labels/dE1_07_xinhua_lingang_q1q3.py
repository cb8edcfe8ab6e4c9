from _fact import fact, period

P = period(2025, 1, 9)
LG = "Lingang Special Area"
E_TOT = ("In the January-September period, the Lingang Special Area of the China (Shanghai) Pilot Free Trade Zone saw imports "
         "and exports grow 18.6 percent year on year to 207.3 billion yuan (about 29.1 billion U.S. dollars)")
E_FLOWS = "exports up 24.7 percent at 118.5 billion yuan and imports up 11.3 percent at 88.8 billion yuan"
E_NEV = "The area's flagship export continued to be new energy vehicles: 46.2 billion yuan worth were shipped abroad, equal to 39 percent of all its exports"
E_BR = "At 96.5 billion yuan, trade with Belt and Road partner countries was up 21.4 percent and represented 46.6 percent of the overall figure"

ARTICLE = {
    "id": "dE1_07_xinhua_lingang_q1q3",
    "title": "Lingang area of Shanghai FTZ posts 18.6 pct foreign trade growth in Jan-Sept",
    "publisher": "Xinhua",
    "published": "2025-10-24",
    "notes": [
        "The year appears only in the published date (dateline 'SHANGHAI, Oct. 24 (Xinhua)'): 'the January-September period' is 2025-01/2025-09.",
        "Area: the Lingang Special Area of the China (Shanghai) Pilot Free Trade Zone, written 'Lingang Special Area' (the zone's own name, descriptors dropped).",
        "The dollar conversion '(about 29.1 billion U.S. dollars)' is a separate USD fact with qualifier approx; the headline's 18.6 pct restates the body (its 'Jan-Sept' is the same period).",
        "'46.2 billion yuan worth were shipped abroad, equal to 39 percent of all its exports': NEV export value and its share of exports.",
        "'Around 1,560 companies in the area recorded import and export activity' is a count of foreign trade enterprises, qualifier approx ('Around'); 'an increase of 190 from a year before' is a derived difference, out.",
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
             "Around 1,560 companies in the area recorded import and export activity over the period",
             segment="foreign trade enterprises", qualifier="approx"),
    ],
}
