from _fact import fact, period

JAN_OCT = period(2025, 1, 10)
OCT = period(2025, 10)

NEV = 'China sent 2.01 million NEVs abroad in January-October, a year-on-year increase of 90.4 percent'
SHARE = 'Total automobile exports over the same period grew 15.7 percent to 5.62 million units, of which NEVs made up 35.8 percent'
OCT_NEV = 'NEV exports in October alone totaled 256,000 units, a rise of 99.9 percent from a year before and of 15.4 percent from September'
OCT_AUTO = 'total automobile exports for the month rose 22.9 percent year-on-year to 666,000 units'
BEV = 'pure electric vehicles, whose exports grew 53.2 percent to 1.27 million units over the 10 months'
PHEV = 'Plug-in hybrids expanded far more quickly, though, soaring 226.4 percent to 740,000 units'
VALUE = "China's electric vehicle exports in the first 10 months were worth 251.7 billion yuan ($35.4 billion), up 21.8 percent"
BRAZIL = "With 198,000 units, Brazil was this year's largest overseas destination for Chinese NEVs"
BE_UK = 'Belgium, a key transshipment hub serving Europe, came second and the United Kingdom third, taking 171,000 and 152,000 units, respectively'
EUROPE = "about 37 percent of China's NEV exports went to Europe"
MEX = 'Mexico displaced Russia as the top market for Chinese automobile exports'
RUS = 'Exports to Russia, which had topped the list in the two previous years, dropped 49.3 percent'

C = "China"
NEVS = "new energy vehicles"
AUTOS = "automobiles"

ARTICLE = {
    "id": "dAC1_06_chinadaily_nev_exports_jan_oct_2025",
    "title": "Carmakers' overseas push nearly doubles China's NEV exports",
    "publisher": "China Daily",
    "published": "2025-11-13",
    "notes": [
        "Running period: January-October 2025 (\"this year's first 10 months\", 'January-October', 'over the 10 months', \"this year's\" in the Brazil sentence).",
        "NEVs = new energy vehicles (the first sentence names them in full): product 'new energy vehicles'. Overall car exports: product 'automobiles' (the text's 'Total automobile exports', 'automobile exports').",
        "'Total automobile exports ... of which NEVs made up 35.8 percent': share of NEVs in automobile exports; the same sentence's 15.7 percent and 5.62 million belong to automobile exports.",
        "October NEV: 99.9 percent is year-on-year, '15.4 percent from September' is month-on-month (basis mom).",
        "'whose exports' refers back to pure electric vehicles: product 'pure electric vehicles'. Plug-in hybrids: product 'plug-in hybrids'.",
        "Customs value: product 'electric vehicles' (the customs wording); the dollar figure in parentheses is a separate approx USD fact.",
        "Destinations (partners) for NEVs: Brazil 'largest' -> rank 1; Belgium 'came second' and the United Kingdom 'third' -> ranks 2 and 3 with 'respectively' pairing the unit counts.",
        "Europe share 'about 37 percent' of NEV exports: partner Europe, qualifier approx.",
        "Mexico 'the top market for Chinese automobile exports' -> rank 1, partner Mexico, product automobiles. Russia: 'Exports to Russia' refers to automobile exports in the same paragraph; -49.3, period January-October.",
        "Quantities of vehicles use unit 'number'.",
        "Out of scope, unlabelled: '14.1 percentage points above' (percentage-point comparison); Brazil's tariff '35 percent by July 2026' and the EU tariffs 'as high as 35.3 percent' (tariff rates, not trade flows); 'July 2026', 'late 2024', 'two previous years' (dates/streak); BYD's 'over 700,000 vehicles' sold outside the mainland (company sales, not an area's trade); NEVs' '51.6 percent' of domestic new car sales (domestic sales, not trade); '2.4 million units' for the full year and 2026 (forecast); 'China's biggest NEV maker' (a company's rank as producer, not a trade figure); Russia 'had topped the list in the two previous years' (earlier periods, streak).",
    ],
    "facts": [
        fact(C, "exports", "quantity", 2.01e6, "number", JAN_OCT, "2.01 million", NEV, product=NEVS),
        fact(C, "exports", "growth", 90.4, "percent", JAN_OCT, "90.4", NEV, product=NEVS),
        fact(C, "exports", "share", 35.8, "percent", JAN_OCT, "35.8", SHARE, product=NEVS),
        fact(C, "exports", "growth", 15.7, "percent", JAN_OCT, "15.7", SHARE, product=AUTOS),
        fact(C, "exports", "quantity", 5.62e6, "number", JAN_OCT, "5.62 million", SHARE, product=AUTOS),
        fact(C, "exports", "quantity", 256000, "number", OCT, "256,000", OCT_NEV, product=NEVS),
        fact(C, "exports", "growth", 99.9, "percent", OCT, "99.9", OCT_NEV, product=NEVS),
        fact(C, "exports", "growth", 15.4, "percent", OCT, "15.4", OCT_NEV, product=NEVS, basis="mom"),
        fact(C, "exports", "growth", 22.9, "percent", OCT, "22.9", OCT_AUTO, product=AUTOS),
        fact(C, "exports", "quantity", 666000, "number", OCT, "666,000", OCT_AUTO, product=AUTOS),
        fact(C, "exports", "growth", 53.2, "percent", JAN_OCT, "53.2", BEV, product="pure electric vehicles"),
        fact(C, "exports", "quantity", 1.27e6, "number", JAN_OCT, "1.27 million", BEV, product="pure electric vehicles"),
        fact(C, "exports", "growth", 226.4, "percent", JAN_OCT, "226.4", PHEV, product="plug-in hybrids"),
        fact(C, "exports", "quantity", 740000, "number", JAN_OCT, "740,000", PHEV, product="plug-in hybrids"),
        fact(C, "exports", "value", 251.7e9, "CNY", JAN_OCT, "251.7 billion", VALUE, product="electric vehicles"),
        fact(C, "exports", "value", 35.4e9, "USD", JAN_OCT, "35.4 billion", VALUE, product="electric vehicles", qualifier="approx"),
        fact(C, "exports", "growth", 21.8, "percent", JAN_OCT, "21.8", VALUE, product="electric vehicles"),
        fact(C, "exports", "rank", 1, "number", JAN_OCT, "largest", BRAZIL, partner="Brazil", product=NEVS),
        fact(C, "exports", "quantity", 198000, "number", JAN_OCT, "198,000", BRAZIL, partner="Brazil", product=NEVS),
        fact(C, "exports", "rank", 2, "number", JAN_OCT, "second", BE_UK, partner="Belgium", product=NEVS),
        fact(C, "exports", "rank", 3, "number", JAN_OCT, "third", BE_UK, partner="United Kingdom", product=NEVS),
        fact(C, "exports", "quantity", 171000, "number", JAN_OCT, "171,000", BE_UK, partner="Belgium", product=NEVS),
        fact(C, "exports", "quantity", 152000, "number", JAN_OCT, "152,000", BE_UK, partner="United Kingdom", product=NEVS),
        fact(C, "exports", "share", 37, "percent", JAN_OCT, "37", EUROPE, partner="Europe", product=NEVS, qualifier="approx"),
        fact(C, "exports", "rank", 1, "number", JAN_OCT, "top", MEX, partner="Mexico", product=AUTOS),
        fact(C, "exports", "growth", -49.3, "percent", JAN_OCT, "49.3", RUS, partner="Russia", product=AUTOS),
    ],
}
