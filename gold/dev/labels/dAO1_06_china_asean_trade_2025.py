from _fact import fact, period

Y25 = period(2025, 1, 12)
Y24 = period(2024, 1, 12)
CN = "China"
AS = "ASEAN"
E_LEAD = ("Trade between China and the Association of Southeast Asian Nations rose 8.6 percent year-on-year to "
          "7.57 trillion yuan in 2025, with the bloc remaining China's largest trading partner")
E_USD = "two-way trade passed the 1-trillion-dollar mark for the first time, reaching $1.05 trillion, up 8.4 percent"
E_SHARE = "ASEAN accounted for 16.6 percent of China's total foreign trade last year, up from 15.9 percent in 2024."
E_EXIM = ("China's exports to ASEAN grew 12.6 percent to 4.58 trillion yuan, while imports from the bloc edged up "
          "2.9 percent to 2.99 trillion yuan, leaving China with a trade surplus of 1.59 trillion yuan")
E_RESP = ("China's trade with Vietnam, Malaysia and Indonesia reached $290.3 billion, $221.5 billion and $160.2 billion "
          "respectively, rising 11.4 percent, 4.5 percent and 8.4 percent.")
E_TH_SG = "Trade with Thailand grew 11.1 percent, while that with Singapore edged up 2.3 percent to $113.6 billion."
E_INT = "Intermediate goods, including parts, components and industrial raw materials, made up 65.4 percent of bilateral trade in 2025"
E_AGRI = ("China imported 271.6 billion yuan worth of agricultural products from ASEAN, up 9.8 percent, making the bloc "
          "its second-largest source of farm imports.")
E_DUR = "China bought 1.62 million tons of the pungent fruit last year, worth $7.1 billion"
E_DUR_SH = "with Thailand and Vietnam supplying 52.3 percent and 44.1 percent of the total respectively"
AG = "agricultural products"

ARTICLE = {
    "id": "dAO1_06_china_asean_trade_2025",
    "title": "China-ASEAN trade tops $1 trillion in 2025 as supply chains grow closer",
    "publisher": "China Daily",
    "published": "2026-01-21",
    "notes": [
        "Area China throughout (China's customs data on its trade with ASEAN and its members); 'last year' is 2025 (published 2026-01-21).",
        "Headline 'tops $1 trillion' and 'passed the 1-trillion-dollar mark' are thresholds for the exact $1.05 trillion: only the exact figure is labelled (USD, exact).",
        "ASEAN rank 1 ('largest trading partner') labelled; 'for the sixth straight year' is a streak, out.",
        "'up from 15.9 percent in 2024' is a stated share for 2024: labelled with period 2024. The change in share is not stated and nothing is derived.",
        "Surplus 1.59 trillion yuan: balance, positive, partner ASEAN (4.58 - 2.99 agrees).",
        "'Vietnam remained China's biggest trading partner within the bloc': a rank inside a subgroup (among ASEAN members) that the record cannot express; labelling rank 1 with partner Vietnam would say Vietnam is China's largest partner overall, which the text does not say: out.",
        "Respectively list Vietnam / Malaysia / Indonesia: USD values and growths paired in order ('rising' governs all three; 'respectively' sits after the values only).",
        "'Five ASEAN members each traded more than $100 billion' is a conditional count: out.",
        "Intermediate goods share 65.4 percent of bilateral trade: share, product 'intermediate goods', partner ASEAN, flow total.",
        "Agricultural products imported from ASEAN: value, growth and rank 2 ('second-largest source of farm imports'), product 'agricultural products', partner ASEAN.",
        "Durians: 1.62 million tons and $7.1 billion are China's durian imports from all sources (partner null, product 'durians'); shares 52.3 / 44.1 percent are Thailand's and Vietnam's shares of those imports.",
        "Out: 'since 2024' (a year), 26 hours by rail, the 3.0 upgrade (a version number), the researcher's 6 to 8 percent a year (a forecast), SMEs 'about 90 percent of companies' (not a trade flow), 680 million people, tariffs above 30 percent.",
    ],
    "facts": [
        fact(CN, "total", "growth", 8.6, "percent", Y25, "8.6", E_LEAD, partner=AS),
        fact(CN, "total", "value", 7.57e12, "CNY", Y25, "7.57 trillion", E_LEAD, partner=AS),
        fact(CN, "total", "rank", 1, "number", Y25, "largest", E_LEAD, partner=AS),
        fact(CN, "total", "value", 1.05e12, "USD", Y25, "1.05 trillion", E_USD, partner=AS),
        fact(CN, "total", "growth", 8.4, "percent", Y25, "8.4", E_USD, partner=AS),
        fact(CN, "total", "share", 16.6, "percent", Y25, "16.6", E_SHARE, partner=AS),
        fact(CN, "total", "share", 15.9, "percent", Y24, "15.9", E_SHARE, partner=AS),
        fact(CN, "exports", "growth", 12.6, "percent", Y25, "12.6", E_EXIM, partner=AS),
        fact(CN, "exports", "value", 4.58e12, "CNY", Y25, "4.58 trillion", E_EXIM, partner=AS),
        fact(CN, "imports", "growth", 2.9, "percent", Y25, "2.9", E_EXIM, partner=AS),
        fact(CN, "imports", "value", 2.99e12, "CNY", Y25, "2.99 trillion", E_EXIM, partner=AS),
        fact(CN, "balance", "value", 1.59e12, "CNY", Y25, "1.59 trillion", E_EXIM, partner=AS),
        fact(CN, "total", "value", 290.3e9, "USD", Y25, "290.3 billion", E_RESP, partner="Vietnam"),
        fact(CN, "total", "value", 221.5e9, "USD", Y25, "221.5 billion", E_RESP, partner="Malaysia"),
        fact(CN, "total", "value", 160.2e9, "USD", Y25, "160.2 billion", E_RESP, partner="Indonesia"),
        fact(CN, "total", "growth", 11.4, "percent", Y25, "11.4", E_RESP, partner="Vietnam"),
        fact(CN, "total", "growth", 4.5, "percent", Y25, "4.5", E_RESP, partner="Malaysia"),
        fact(CN, "total", "growth", 8.4, "percent", Y25, "8.4", E_RESP, partner="Indonesia"),
        fact(CN, "total", "growth", 11.1, "percent", Y25, "11.1", E_TH_SG, partner="Thailand"),
        fact(CN, "total", "growth", 2.3, "percent", Y25, "2.3", E_TH_SG, partner="Singapore"),
        fact(CN, "total", "value", 113.6e9, "USD", Y25, "113.6 billion", E_TH_SG, partner="Singapore"),
        fact(CN, "total", "share", 65.4, "percent", Y25, "65.4", E_INT, partner=AS, product="intermediate goods"),
        fact(CN, "imports", "value", 271.6e9, "CNY", Y25, "271.6 billion", E_AGRI, partner=AS, product=AG),
        fact(CN, "imports", "growth", 9.8, "percent", Y25, "9.8", E_AGRI, partner=AS, product=AG),
        fact(CN, "imports", "rank", 2, "number", Y25, "second", E_AGRI, partner=AS, product=AG),
        fact(CN, "imports", "quantity", 1.62e6, "tonnes", Y25, "1.62 million", E_DUR, product="durians"),
        fact(CN, "imports", "value", 7.1e9, "USD", Y25, "7.1 billion", E_DUR, product="durians"),
        fact(CN, "imports", "share", 52.3, "percent", Y25, "52.3", E_DUR_SH, partner="Thailand", product="durians"),
        fact(CN, "imports", "share", 44.1, "percent", Y25, "44.1", E_DUR_SH, partner="Vietnam", product="durians"),
    ],
}
