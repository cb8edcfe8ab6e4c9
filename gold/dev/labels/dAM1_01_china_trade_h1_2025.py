from _fact import fact, period

H1 = period(2025, 1, 6)
JUN = period(2025, 6)
MAY = period(2025, 5)
E_LEAD = ("Goods trade between China and the rest of the world reached 21.79 trillion yuan "
          "(about 3.04 trillion U.S. dollars) over January to June 2025, a gain of 2.9 percent on the same half of last year")
E_EXIM = ("Exports hit 13 trillion yuan, a record for any first half, after growing 7.2 percent, "
          "whereas imports declined 2.7 percent to 8.79 trillion yuan.")
E_JUN = ("June imports grew 2.3 percent year on year, reversing a 2.1 percent contraction in May, "
         "and June exports were 7.2 percent higher than a year before.")
E_ASEAN = ("The Association of Southeast Asian Nations (ASEAN) remained China's largest trading partner, with bilateral trade "
           "growing 9.6 percent to 3.67 trillion yuan, or 16.8 percent of the country's total foreign trade.")
E_RESP = ("China's trade with the European Union and the United States came in at 2.82 trillion yuan and 2 trillion yuan, "
          "respectively, up 3.5 percent and down 9.5 percent.")
E_PRIV = ("Their imports and exports totaled 12.48 trillion yuan (about 1.74 trillion dollars), up 7.3 percent, "
          "lifting their share of the national total to 57.3 percent")
E_ME = ("Sales abroad of mechanical and electrical products totalled 7.8 trillion yuan, up 9.5 percent, "
        "and accounted for 60 percent of everything China exported.")
E_GOODS = "exports of integrated circuits grew 20.3 percent and those of automobiles 7.6 percent"
ME = "mechanical and electrical products"
PRIV = "private enterprises"

ARTICLE = {
    "id": "dAM1_01_china_trade_h1_2025",
    "title": "China's H1 foreign trade up 2.9 pct as exports reach record high",
    "publisher": "Xinhua",
    "published": "2025-07-14",
    "notes": [
        "Dateline 'BEIJING, July 14 (Xinhua)' and 'published on Monday': published 2025-07-14; the running period is the first half of 2025 (2025-01..2025-06).",
        "Headline '2.9 pct' is the same observation as the lead's 2.9 percent: labelled once (lead evidence).",
        "'21.79 trillion yuan (about 3.04 trillion U.S. dollars)': a CNY fact and a USD fact with qualifier approx; likewise the private enterprises' '12.48 trillion yuan (about 1.74 trillion dollars)'.",
        "'a goods trade surplus of 4.21 trillion yuan' is stated: a positive balance for H1 (13 minus 8.79 agrees).",
        "'June imports grew 2.3 percent year on year' and 'June exports were 7.2 percent higher than a year before': June 2025, yoy.",
        "'reversing a 2.1 percent contraction in May': a stated figure for another month, labelled as May 2025 import growth -2.1.",
        "'Growth was quicker than in the first five months': no number, nothing to label.",
        "ASEAN 'largest trading partner' -> rank 1 for H1; '16.8 percent of the country's total foreign trade' -> ASEAN share.",
        "Respectively list: EU 2.82 trillion / US 2 trillion; growth 'up 3.5 percent and down 9.5 percent' -> EU +3.5, US -9.5.",
        "Belt and Road: only the value 11.29 trillion is stated. 'trade with more than 190 countries and regions posted growth' is a conditional count: out.",
        "Private enterprises: value, growth and share (57.3) labelled with segment 'private enterprises'; '2.3 percentage points higher than a year before' is a derived comparison: out.",
        "'Nationwide, more than 640,000 businesses of all kinds had import and export records' (all ownership types, not only private firms): count, segment 'foreign trade enterprises', flow total, qualifier over. 'around 35,000 more than in the same period of 2024' is a derived comparison: out.",
        "The private enterprises' figures sit in a sentence that opens with 'Their' (the subject is named in the sentence before); evidence is that one sentence, segment 'private enterprises'.",
        "Mechanical and electrical products: exports value, growth and share (60 percent of everything China exported) for H1.",
        "'exports of integrated circuits grew 20.3 percent and those of automobiles 7.6 percent': export growth, H1, products 'integrated circuits' and 'automobiles'. Industrial robots and ships carry no figure.",
        "Out of scope: the 90-day tariff truce, the GDP forecast of around 5.2 percent (forecast, not trade), 'second-quarter' data release.",
    ],
    "facts": [
        fact("China", "total", "growth", 2.9, "percent", H1, "2.9", E_LEAD),
        fact("China", "total", "value", 21.79e12, "CNY", H1, "21.79 trillion", E_LEAD),
        fact("China", "total", "value", 3.04e12, "USD", H1, "3.04 trillion", E_LEAD, qualifier="approx"),
        fact("China", "exports", "growth", 7.2, "percent", H1, "7.2", E_EXIM),
        fact("China", "exports", "value", 13e12, "CNY", H1, "13 trillion", E_EXIM),
        fact("China", "imports", "growth", -2.7, "percent", H1, "2.7", E_EXIM),
        fact("China", "imports", "value", 8.79e12, "CNY", H1, "8.79 trillion", E_EXIM),
        fact("China", "balance", "value", 4.21e12, "CNY", H1, "4.21 trillion",
             "The gap between the two gave China a goods trade surplus of 4.21 trillion yuan for the half-year."),
        fact("China", "exports", "growth", 7.2, "percent", JUN, "7.2", E_JUN),
        fact("China", "imports", "growth", 2.3, "percent", JUN, "2.3", E_JUN),
        fact("China", "imports", "growth", -2.1, "percent", MAY, "2.1", E_JUN),
        fact("China", "total", "rank", 1, "number", H1, "largest", E_ASEAN, partner="ASEAN"),
        fact("China", "total", "growth", 9.6, "percent", H1, "9.6", E_ASEAN, partner="ASEAN"),
        fact("China", "total", "value", 3.67e12, "CNY", H1, "3.67 trillion", E_ASEAN, partner="ASEAN"),
        fact("China", "total", "share", 16.8, "percent", H1, "16.8", E_ASEAN, partner="ASEAN"),
        fact("China", "total", "value", 2.82e12, "CNY", H1, "2.82 trillion", E_RESP, partner="European Union"),
        fact("China", "total", "value", 2e12, "CNY", H1, "2 trillion", E_RESP, partner="United States"),
        fact("China", "total", "growth", 3.5, "percent", H1, "3.5", E_RESP, partner="European Union"),
        fact("China", "total", "growth", -9.5, "percent", H1, "9.5", E_RESP, partner="United States"),
        fact("China", "total", "value", 11.29e12, "CNY", H1, "11.29 trillion",
             "Trade with Belt and Road partner countries reached 11.29 trillion yuan over the six months",
             partner="Belt and Road partner countries"),
        fact("China", "total", "value", 12.48e12, "CNY", H1, "12.48 trillion", E_PRIV, segment=PRIV),
        fact("China", "total", "value", 1.74e12, "USD", H1, "1.74 trillion", E_PRIV, segment=PRIV, qualifier="approx"),
        fact("China", "total", "growth", 7.3, "percent", H1, "7.3", E_PRIV, segment=PRIV),
        fact("China", "total", "share", 57.3, "percent", H1, "57.3", E_PRIV, segment=PRIV),
        fact("China", "total", "count", 640000, "number", H1, "640,000",
             "more than 640,000 businesses of all kinds had import and export records in the first half",
             segment="foreign trade enterprises", qualifier="over"),
        fact("China", "exports", "growth", 9.5, "percent", H1, "9.5", E_ME, product=ME),
        fact("China", "exports", "value", 7.8e12, "CNY", H1, "7.8 trillion", E_ME, product=ME),
        fact("China", "exports", "share", 60, "percent", H1, "60", E_ME, product=ME),
        fact("China", "exports", "growth", 20.3, "percent", H1, "20.3", E_GOODS, product="integrated circuits"),
        fact("China", "exports", "growth", 7.6, "percent", H1, "7.6", E_GOODS, product="automobiles"),
    ],
}
