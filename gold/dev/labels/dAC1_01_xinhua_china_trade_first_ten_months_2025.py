from _fact import fact, period

JAN_OCT = period(2025, 1, 10)
OCT = period(2025, 10)

LEAD = 'the combined value of imports and exports reached 37.31 trillion yuan (about 5.24 trillion U.S. dollars), a year-on-year increase of 3.6 percent'
FLOWS = 'Exports for the 10 months totaled 22.12 trillion yuan, 6.2 percent higher than a year earlier, whereas imports declined 0.1 percent to 15.19 trillion yuan'
USD = 'Measured in U.S. dollars, exports and imports over January-October amounted to 3.08 trillion dollars and 2.12 trillion dollars, respectively'
OCTOBER = "For October on its own, China's imports and exports totaled 3.7 trillion yuan, a year-on-year rise of 0.9 percent"
ASEAN = "ASEAN kept its place as China's largest trading partner, with two-way trade growing 9.1 percent to 6.17 trillion yuan, or 16.5 percent of China's total foreign trade"
EU = 'In second place came the European Union, where trade between the two sides rose 4.9 percent'
US = "trade with the United States, which ranks as China's third-largest trading partner, dropped 15.9 percent"
BRI = 'Trade between China and Belt and Road partner countries came to 19.28 trillion yuan, a 5.9 percent increase year on year'
PRIVATE = 'Their combined imports and exports rose 7.2 percent to 21.28 trillion yuan, equal to 57 percent of the national total'
COUNT = '681,000 enterprises had import and export records during the period'
ME = 'mechanical and electrical products accounted for 60.7 percent of total exports, with their shipments abroad growing 8.7 percent to 13.43 trillion yuan'
IC = 'Within this category, integrated circuit exports surged 24.7 percent'

ARTICLE = {
    "id": "dAC1_01_xinhua_china_trade_first_ten_months_2025",
    "title": "China's goods trade grows 3.6 pct in January-October",
    "publisher": "Xinhua",
    "published": "2025-11-07",
    "notes": [
        "Period: 'January-October 2025', 'the 10 months', 'over January-October', 'the first 10 months', 'during the period' "
        "-> 2025-01..2025-10; 'For October on its own' -> 2025-10 (year from the article's running period).",
        "'(about 5.24 trillion U.S. dollars)': separate USD fact, approx, for the same observation as the yuan total.",
        "'3.08 trillion dollars and 2.12 trillion dollars, respectively': exports then imports, USD, Jan-Oct; these "
        "are stated figures (not conversions of a yuan figure in the same sentence), so qualifier exact.",
        "'imports declined 0.1 percent': -0.1.",
        "'ASEAN kept its place as China's largest trading partner': rank 1 ('largest'), partner ASEAN, flow total.",
        "'In second place came the European Union, where trade between the two sides rose 4.9 percent': rank 2 and "
        "growth 4.9; 'the two sides' = China and the EU.",
        "'the United States, which ranks as China's third-largest trading partner': rank 3.",
        "'two-way trade' with ASEAN and 'Trade between China and Belt and Road partner countries': flow total.",
        "'Their combined imports and exports rose 7.2 percent ... 57 percent of the national total': 'Their' refers back "
        "to privately owned enterprises (previous sentence): segment 'private enterprises', area China.",
        "'681,000 enterprises had import and export records': count, segment "
        "'foreign trade enterprises', flow total, unit number.",
        "'mechanical and electrical products ... 60.7 percent of total exports': share of exports.",
        "'Within this category, integrated circuit exports surged 24.7 percent': product integrated circuits, exports growth.",
        "Out of scope, unlabelled: '0.4 percentage points below' and '1.9 percentage points above' "
        "(percentage-point comparisons); 'exports to over 190 countries and regions grew' "
        "(conditional count); the researcher's 'roughly 3.5 percent' full-year estimate (forecast); IMF '4.8 percent' "
        "(GDP forecast, not a trade flow); 'final two months' (no figure).",
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
