from _fact import fact, period

JAN_OCT = period(2025, 1, 10)
OCT = period(2025, 10)

LEAD = ("China's foreign trade in goods kept expanding in the first 10 months of 2025, with total imports and exports "
        "rising 3.6 percent year on year to 37.31 trillion yuan (about 5.24 trillion U.S. dollars)")
FLOWS = ("exports grew 6.2 percent from a year earlier to 22.12 trillion yuan, while imports edged down 0.1 percent "
         "to 15.19 trillion yuan")
USD = ("In U.S. dollar terms, the country's exports and imports came in at 3.08 trillion dollars and 2.12 trillion "
       "dollars, respectively, over the 10-month period")
OCTOBER = "In October alone, China's imports and exports reached 3.7 trillion yuan, up 0.9 percent year on year"
ASEAN = ("ASEAN remained China's largest trading partner, with bilateral trade rising 9.1 percent to 6.17 trillion "
         "yuan and accounting for 16.5 percent of the country's total foreign trade")
EU = "The European Union ranked second, with trade between the two sides expanding 4.9 percent"
US = "Trade with the United States, China's third-largest trading partner, fell 15.9 percent in the first 10 months"
BRI = ("China's imports and exports with Belt and Road partner countries totaled 19.28 trillion yuan, up 5.9 percent "
       "year on year")
PRIVATE = ("Their imports and exports climbed 7.2 percent to 21.28 trillion yuan, making up 57 percent of the "
           "national total")
COUNT = "The number of enterprises with import and export records reached 681,000 in the period"
ME = ("exports of mechanical and electrical products increased 8.7 percent to 13.43 trillion yuan, accounting for "
      "60.7 percent of total exports")
IC = "Among them, exports of integrated circuits jumped 24.7 percent"

ARTICLE = {
    "id": "dAC1_01_xinhua_china_trade_first_ten_months_2025",
    "title": "China's foreign trade up 3.6 pct in first 10 months",
    "publisher": "Xinhua",
    "published": "2025-11-07",
    "notes": [
        "Period: 'the first 10 months of 2025', 'January-October period', 'the 10-month period', 'in the period' "
        "-> 2025-01..2025-10; 'In October alone' -> 2025-10 (year from the article's running period).",
        "'(about 5.24 trillion U.S. dollars)': separate USD fact, approx, for the same observation as the yuan total.",
        "'3.08 trillion dollars and 2.12 trillion dollars, respectively': exports then imports, USD, Jan-Oct; these "
        "are stated figures (not conversions of a yuan figure in the same sentence), so qualifier exact.",
        "'imports edged down 0.1 percent': -0.1.",
        "'ASEAN remained China's largest trading partner': rank 1 ('largest'), partner ASEAN, flow total.",
        "'The European Union ranked second, with trade between the two sides expanding 4.9 percent': rank 2 and "
        "growth 4.9; 'the two sides' = China and the EU.",
        "'the United States, China's third-largest trading partner': rank 3.",
        "'bilateral trade' with ASEAN and 'imports and exports with Belt and Road partner countries': flow total.",
        "'Their imports and exports climbed 7.2 percent ... 57 percent of the national total': 'Their' refers back "
        "to private enterprises (previous sentence): segment 'private enterprises', area China.",
        "'The number of enterprises with import and export records reached 681,000': count, segment "
        "'foreign trade enterprises', flow total, unit number.",
        "'mechanical and electrical products ... 60.7 percent of total exports': share of exports.",
        "'Among them, exports of integrated circuits jumped 24.7 percent': product integrated circuits, exports growth.",
        "Out of scope, unlabelled: '0.4 percentage points lower' and '1.9 percentage points higher' "
        "(percentage-point comparisons); 'exports to more than 190 countries and regions registered growth' "
        "(conditional count); Zhang's 'about 3.5 percent' full-year estimate (forecast); IMF '4.8 percent' "
        "(GDP forecast, not a trade flow); 'last two months' (no figure).",
        "Automobiles, ships, industrial robots, iron ore, crude oil, soybeans are mentioned without figures: nothing to label.",
    ],
    "facts": [
        fact("China", "total", "value", 37.31e12, "CNY", JAN_OCT, "37.31 trillion", LEAD),
        fact("China", "total", "growth", 3.6, "percent", JAN_OCT, "3.6", LEAD),
        fact("China", "total", "value", 5.24e12, "USD", JAN_OCT, "5.24 trillion", LEAD, qualifier="approx"),
        fact("China", "exports", "growth", 6.2, "percent", JAN_OCT, "6.2", FLOWS),
        fact("China", "exports", "value", 22.12e12, "CNY", JAN_OCT, "22.12 trillion", FLOWS),
        fact("China", "imports", "growth", -0.1, "percent", JAN_OCT, "0.1", FLOWS),
        fact("China", "imports", "value", 15.19e12, "CNY", JAN_OCT, "15.19 trillion", FLOWS),
        fact("China", "exports", "value", 3.08e12, "USD", JAN_OCT, "3.08 trillion", USD),
        fact("China", "imports", "value", 2.12e12, "USD", JAN_OCT, "2.12 trillion", USD),
        fact("China", "total", "value", 3.7e12, "CNY", OCT, "3.7 trillion", OCTOBER),
        fact("China", "total", "growth", 0.9, "percent", OCT, "0.9", OCTOBER),
        fact("China", "total", "rank", 1, "number", JAN_OCT, "largest", ASEAN, partner="ASEAN"),
        fact("China", "total", "growth", 9.1, "percent", JAN_OCT, "9.1", ASEAN, partner="ASEAN"),
        fact("China", "total", "value", 6.17e12, "CNY", JAN_OCT, "6.17 trillion", ASEAN, partner="ASEAN"),
        fact("China", "total", "share", 16.5, "percent", JAN_OCT, "16.5", ASEAN, partner="ASEAN"),
        fact("China", "total", "rank", 2, "number", JAN_OCT, "second", EU, partner="European Union"),
        fact("China", "total", "growth", 4.9, "percent", JAN_OCT, "4.9", EU, partner="European Union"),
        fact("China", "total", "rank", 3, "number", JAN_OCT, "third", US, partner="United States"),
        fact("China", "total", "growth", -15.9, "percent", JAN_OCT, "15.9", US, partner="United States"),
        fact("China", "total", "value", 19.28e12, "CNY", JAN_OCT, "19.28 trillion", BRI,
             partner="Belt and Road partner countries"),
        fact("China", "total", "growth", 5.9, "percent", JAN_OCT, "5.9", BRI, partner="Belt and Road partner countries"),
        fact("China", "total", "growth", 7.2, "percent", JAN_OCT, "7.2", PRIVATE, segment="private enterprises"),
        fact("China", "total", "value", 21.28e12, "CNY", JAN_OCT, "21.28 trillion", PRIVATE, segment="private enterprises"),
        fact("China", "total", "share", 57, "percent", JAN_OCT, "57", PRIVATE, segment="private enterprises"),
        fact("China", "total", "count", 681000, "number", JAN_OCT, "681,000", COUNT, segment="foreign trade enterprises"),
        fact("China", "exports", "growth", 8.7, "percent", JAN_OCT, "8.7", ME, product="mechanical and electrical products"),
        fact("China", "exports", "value", 13.43e12, "CNY", JAN_OCT, "13.43 trillion", ME,
             product="mechanical and electrical products"),
        fact("China", "exports", "share", 60.7, "percent", JAN_OCT, "60.7", ME, product="mechanical and electrical products"),
        fact("China", "exports", "growth", 24.7, "percent", JAN_OCT, "24.7", IC, product="integrated circuits"),
    ],
}
