from _fact import fact, period

OCT = period(2025, 10)
YTD = period(2025, 1, 10)
ME = "mechanical and electrical products"
E_YTD = ("China's total goods imports and exports rose 3.6 percent year on year to 37.31 trillion yuan "
         "in the first 10 months of 2025")
E_YTD_X = "Exports expanded 6.2 percent to 22.12 trillion yuan during the January-October period."
E_YTD_M = "Imports, at 15.19 trillion yuan, were down 0.1 percent from the same period last year"
E_OCT = ("The country's foreign trade edged up 0.1 percent to 3.7 trillion yuan (about 519.6 billion U.S. dollars) "
         "last month")
E_OCT_XM = "with exports dipping 0.8 percent to 2.17 trillion yuan and imports growing 1.4 percent to 1.53 trillion yuan"
E_USD = "Measured in U.S. dollars, October exports fell 1.1 percent and imports rose 1 percent"
E_ASEAN = ("The Association of Southeast Asian Nations (ASEAN) remained China's largest trading partner, with bilateral "
           "trade climbing 9.1 percent to 6.18 trillion yuan over the 10 months, or 16.6 percent of China's total "
           "foreign trade.")
E_EU = "China-EU trade totaled 4.88 trillion yuan, up 4.9 percent"
E_US = "trade with the United States slid 15.9 percent to 3.44 trillion yuan"
E_ME = ("exports of mechanical and electrical products rose 8.7 percent to 13.22 trillion yuan in the first 10 months, "
        "making up 59.8 percent of total exports")
E_LAB = "Shipments of labour-intensive products such as textiles, garments, furniture and toys fell 2.1 percent over the period"

ARTICLE = {
    "id": "dAU1_01_china_trade_oct_2025",
    "title": "China's foreign trade grows 3.6 pct in first 10 months despite October export dip",
    "publisher": "Xinhua",
    "published": "2025-11-07",
    "notes": [
        "Dateline Nov. 7 (Friday) 2025: 'last month' = October 2025; 'first 10 months of 2025' and 'January-October period' = 2025-01..2025-10.",
        "'3.7 trillion yuan (about 519.6 billion U.S. dollars)': a CNY fact and a USD fact with qualifier approx.",
        "Imports in Jan-Oct 'were down 0.1 percent' -> -0.1; October exports 'dipping 0.8 percent' -> -0.8.",
        "Dollar-terms growth rates of October exports (-1.1) and imports (1, 'rose 1 percent') are separate observations from the yuan-terms rates (-0.8, 1.4): labelled with their own values; growth carries no currency field so they differ only by value.",
        "'leaving a monthly trade surplus of 90.07 billion dollars': October balance, USD, positive.",
        "'Trade in October was 8.4 percent lower than in September': a comparison with the month before, basis mom, -8.4, period October (September is the base, not the period).",
        "Economists' expectation of 'around 3 percent' export growth and the brokerage economist's 'about 5.5 percent' full-year forecast: forecasts, out.",
        "'the first in eight months', 'eight-day' holiday, 'fastest pace in more than two years' (October 2024, no number of a flow), years: out.",
        "ASEAN: rank 1 ('largest trading partner'), value, growth and share ('or 16.6 percent of China's total foreign trade') for Jan-Oct. The 'over the 10 months' frame carries to the EU and US figures in the next sentence.",
        "EU and US are given no rank in the text: no rank facts for them.",
        "Labour-intensive products: 'Shipments ... fell 2.1 percent over the period' = exports growth -2.1 for Jan-Oct; product in the text's words 'labour-intensive products' (textiles, garments etc. are examples, not separate figures).",
        "Mechanical and electrical products share 59.8 percent is a share of total exports (flow exports).",
        "Canton Fair overseas buyers (300,000) and orders are not trade flows: out. Belt and Road trade is mentioned in the quote with no number: nothing to label.",
    ],
    "facts": [
        fact("China", "total", "growth", 3.6, "percent", YTD, "3.6", E_YTD),
        fact("China", "total", "value", 37.31e12, "CNY", YTD, "37.31 trillion", E_YTD),
        fact("China", "exports", "growth", 6.2, "percent", YTD, "6.2", E_YTD_X),
        fact("China", "exports", "value", 22.12e12, "CNY", YTD, "22.12 trillion", E_YTD_X),
        fact("China", "imports", "value", 15.19e12, "CNY", YTD, "15.19 trillion", E_YTD_M),
        fact("China", "imports", "growth", -0.1, "percent", YTD, "0.1", E_YTD_M),
        fact("China", "total", "growth", 0.1, "percent", OCT, "0.1", E_OCT),
        fact("China", "total", "value", 3.7e12, "CNY", OCT, "3.7 trillion", E_OCT),
        fact("China", "total", "value", 519.6e9, "USD", OCT, "519.6 billion", E_OCT, qualifier="approx"),
        fact("China", "exports", "growth", -0.8, "percent", OCT, "0.8", E_OCT_XM),
        fact("China", "exports", "value", 2.17e12, "CNY", OCT, "2.17 trillion", E_OCT_XM),
        fact("China", "imports", "growth", 1.4, "percent", OCT, "1.4", E_OCT_XM),
        fact("China", "imports", "value", 1.53e12, "CNY", OCT, "1.53 trillion", E_OCT_XM),
        fact("China", "exports", "growth", -1.1, "percent", OCT, "1.1", E_USD),
        fact("China", "imports", "growth", 1.0, "percent", OCT, "1", "imports rose 1 percent"),
        fact("China", "balance", "value", 90.07e9, "USD", OCT, "90.07 billion",
             "leaving a monthly trade surplus of 90.07 billion dollars"),
        fact("China", "total", "growth", -8.4, "percent", OCT, "8.4",
             "Trade in October was 8.4 percent lower than in September", basis="mom"),
        fact("China", "total", "rank", 1, "number", YTD, "largest", E_ASEAN, partner="ASEAN"),
        fact("China", "total", "growth", 9.1, "percent", YTD, "9.1", E_ASEAN, partner="ASEAN"),
        fact("China", "total", "value", 6.18e12, "CNY", YTD, "6.18 trillion", E_ASEAN, partner="ASEAN"),
        fact("China", "total", "share", 16.6, "percent", YTD, "16.6", E_ASEAN, partner="ASEAN"),
        fact("China", "total", "value", 4.88e12, "CNY", YTD, "4.88 trillion", E_EU, partner="European Union"),
        fact("China", "total", "growth", 4.9, "percent", YTD, "4.9", E_EU, partner="European Union"),
        fact("China", "total", "growth", -15.9, "percent", YTD, "15.9", E_US, partner="United States"),
        fact("China", "total", "value", 3.44e12, "CNY", YTD, "3.44 trillion", E_US, partner="United States"),
        fact("China", "exports", "growth", 8.7, "percent", YTD, "8.7", E_ME, product=ME),
        fact("China", "exports", "value", 13.22e12, "CNY", YTD, "13.22 trillion", E_ME, product=ME),
        fact("China", "exports", "share", 59.8, "percent", YTD, "59.8", E_ME, product=ME),
        fact("China", "exports", "growth", -2.1, "percent", YTD, "2.1", E_LAB, product="labour-intensive products"),
    ],
}
