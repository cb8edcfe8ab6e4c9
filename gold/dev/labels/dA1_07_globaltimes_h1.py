from _fact import fact, period

H1 = period(2025, 1, 6)
E_TOT = ("China's goods trade in the first half of 2025 climbing 2.9 percent year-on-year to a record "
         "21.79 trillion yuan ($3.04 trillion)")
E_EXIM = "Exports increased 7.2 percent to 13 trillion yuan, and imports dropped 2.7 percent to 8.79 trillion yuan."
E_JUNE = "Imports in June on their own rose 2.3 percent, turning around from a 2.1 percent drop in May."
E_AS1 = "ASEAN held on to its position as China's largest trading partner."
E_AS2 = ("In the first six months, trade with the bloc grew 9.6 percent to 3.67 trillion yuan, "
         "equal to 16.8 percent of China's overall foreign trade.")
E_AS3 = ("Within that, exports to ASEAN amounted to 2.17 trillion yuan, a 13 percent increase, "
         "and imports from the bloc totaled 1.5 trillion yuan.")
E_EU = ("Trade between China and the European Union, its second-largest trading partner, rose 3.5 percent "
        "to 2.83 trillion yuan.")
E_US = "With the US, the third-largest, trade dropped 9.3 percent to 2 trillion yuan, or 9.2 percent of the total."
E_ME = ("Mechanical and electrical products made up 60 percent of exports during the period, "
        "as their shipments increased 9.5 percent to 7.8 trillion yuan.")
E_IC = "Within this category, integrated circuit exports rose 20.3 percent, and high-tech products overall grew 9.2 percent."
E_PRIV = ("Private enterprises' imports and exports rose 7.3 percent to 12.42 trillion yuan, "
          "or 57 percent of the total.")
ME = "mechanical and electrical products"

ARTICLE = {
    "id": "dA1_07_globaltimes_h1",
    "title": "Exporters' turn to ASEAN, emerging markets lifts China's first-half foreign trade to record 21.79 trillion yuan",
    "publisher": "Global Times",
    "published": "2025-07-14",
    "notes": [
        "Running period: the first half of 2025 (stated in the body; 'first-half' in the headline); figures without their own period take it.",
        "Headline '21.79 trillion yuan' restates the body: labelled once with the body sentence.",
        "'21.79 trillion yuan ($3.04 trillion)': CNY and USD facts; the dollar figure has no 'about': qualifier exact.",
        "Second quarter growth 4.5 percent: period 2025-04/2025-06. '3.2 percentage points quicker than in the first quarter' is out; "
        "'the ninth quarter in a row with trade above 10 trillion yuan' is a streak/milestone: out (no Q2 value labelled).",
        "June imports growth 2.3 and May imports growth -2.1 ('turning around from a 2.1 percent drop in May') are labelled for their months.",
        "ASEAN is the subject carried across sentences: 'the bloc' -> partner ASEAN; 'Within that' splits ASEAN trade into exports "
        "(2.17 trillion, up 13 percent) and imports (1.5 trillion).",
        "Ranks stated: ASEAN largest (1), EU second-largest (2), US third-largest (3).",
        "'high-tech products overall grew 9.2 percent' sits in a paragraph about exports: export growth of high-tech products.",
        "Mechanical and electrical products: share 60 percent of exports, value 7.8 trillion, growth 9.5.",
        "Out of scope: net exports' contribution (1.7 percentage points) to GDP growth, GDP growth 5.4 percent, "
        "the full-year forecast (2 to 3 percent), expo exhibitors (3,000).",
    ],
    "facts": [
        fact("China", "total", "value", 21.79e12, "CNY", H1, "21.79 trillion", E_TOT),
        fact("China", "total", "value", 3.04e12, "USD", H1, "3.04 trillion", E_TOT),
        fact("China", "total", "growth", 2.9, "percent", H1, "2.9", E_TOT),
        fact("China", "exports", "growth", 7.2, "percent", H1, "7.2", E_EXIM),
        fact("China", "exports", "value", 13e12, "CNY", H1, "13 trillion", E_EXIM),
        fact("China", "imports", "growth", -2.7, "percent", H1, "2.7", E_EXIM),
        fact("China", "imports", "value", 8.79e12, "CNY", H1, "8.79 trillion", E_EXIM),
        fact("China", "total", "growth", 4.5, "percent", period(2025, 4, 6), "4.5",
             "In the second quarter, trade expanded 4.5 percent year-on-year"),
        fact("China", "imports", "growth", 2.3, "percent", period(2025, 6), "2.3", E_JUNE),
        fact("China", "imports", "growth", -2.1, "percent", period(2025, 5), "2.1", E_JUNE),
        fact("China", "total", "rank", 1, "number", H1, "largest", E_AS1, partner="ASEAN"),
        fact("China", "total", "growth", 9.6, "percent", H1, "9.6", E_AS2, partner="ASEAN"),
        fact("China", "total", "value", 3.67e12, "CNY", H1, "3.67 trillion", E_AS2, partner="ASEAN"),
        fact("China", "total", "share", 16.8, "percent", H1, "16.8", E_AS2, partner="ASEAN"),
        fact("China", "exports", "value", 2.17e12, "CNY", H1, "2.17 trillion", E_AS3, partner="ASEAN"),
        fact("China", "exports", "growth", 13, "percent", H1, "13", E_AS3, partner="ASEAN"),
        fact("China", "imports", "value", 1.5e12, "CNY", H1, "1.5 trillion", E_AS3, partner="ASEAN"),
        fact("China", "total", "rank", 2, "number", H1, "second-largest", E_EU, partner="European Union"),
        fact("China", "total", "growth", 3.5, "percent", H1, "3.5", E_EU, partner="European Union"),
        fact("China", "total", "value", 2.83e12, "CNY", H1, "2.83 trillion", E_EU, partner="European Union"),
        fact("China", "total", "rank", 3, "number", H1, "third-largest", E_US, partner="United States"),
        fact("China", "total", "growth", -9.3, "percent", H1, "9.3", E_US, partner="United States"),
        fact("China", "total", "value", 2e12, "CNY", H1, "2 trillion", E_US, partner="United States"),
        fact("China", "total", "share", 9.2, "percent", H1, "9.2", E_US, partner="United States"),
        fact("China", "exports", "share", 60, "percent", H1, "60", E_ME, product=ME),
        fact("China", "exports", "value", 7.8e12, "CNY", H1, "7.8 trillion", E_ME, product=ME),
        fact("China", "exports", "growth", 9.5, "percent", H1, "9.5", E_ME, product=ME),
        fact("China", "exports", "growth", 20.3, "percent", H1, "20.3", E_IC, product="integrated circuits"),
        fact("China", "exports", "growth", 9.2, "percent", H1, "9.2", E_IC, product="high-tech products"),
        fact("China", "total", "value", 12.42e12, "CNY", H1, "12.42 trillion", E_PRIV, segment="private enterprises"),
        fact("China", "total", "growth", 7.3, "percent", H1, "7.3", E_PRIV, segment="private enterprises"),
        fact("China", "total", "share", 57, "percent", H1, "57", E_PRIV, segment="private enterprises"),
    ],
}
