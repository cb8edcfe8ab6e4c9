from _fact import fact, period

Y = period(2024, 1, 12)
E_TOT = ("Goods imports and exports in China reached an all-time high of 43.85 trillion yuan ($5.98 trillion) "
         "last year, a year-on-year increase of 5 percent")
E_EXIM = "Exports expanded 7.1 percent to 25.45 trillion yuan and imports gained 2.3 percent to 18.39 trillion yuan."
E_DEC = "December's trade topped 4 trillion yuan for the first time in a single month, rising 6.8 percent"
E_ME = ("Mechanical and electrical products made up 59.4 percent of total exports, "
        "with their exports rising 8.7 percent to 15.12 trillion yuan.")
E_LIST = ("Within this group, exports of electric vehicles, 3D printers and industrial robots grew 13.1 percent, "
          "32.8 percent and 45.2 percent respectively.")
E_RE = ("Rare earth exports reached 55,431 tonnes last year, the highest since at least 2014 and a 6 percent increase "
        "by volume on the 52,306 tonnes shipped the year before.")
E_REV = "sent the value of those shipments down 36 percent to $488.8 million"
E_ASEAN = ("For the fifth year running, the Association of Southeast Asian Nations was China's largest trading partner, "
           "with two-way trade climbing 9 percent to 6.98 trillion yuan.")
E_EUUS = "Growth in trade with the European Union and the United States was 1.6 percent and 4.9 percent respectively."
E_PRIV = ("Imports and exports handled by private enterprises climbed 8.8 percent last year to 24.33 trillion yuan, "
          "equal to 55.5 percent of the total.")
ME = "mechanical and electrical products"
PE = "private enterprises"

ARTICLE = {
    "id": "dA1_06_annual_review_jan",
    "title": "China's foreign trade sets new record as exporters climb value ladder",
    "publisher": "China Daily",
    "published": "2025-01-14",
    "notes": [
        "The year under review is never written: 'last year' in an article published 2025-01-14 is 2024 (all figures 2024-01/2024-12 unless stated).",
        "'the year before' for rare earths is 2023: the 52,306 tonnes is a 2023 quantity fact.",
        "'$5.98 trillion' in brackets without 'about': USD fact, qualifier exact (the guide scores qualifier as written).",
        "'topped 25 trillion yuan for the first time' is a threshold with the exact 25.45 trillion given: exact only.",
        "Surplus given in yuan (7.06 trillion) and in dollars ($992.1 billion): two facts, one per currency. "
        "'the biggest ever recorded' and 'the largest quarterly total ever' are milestones, not ranks: out.",
        "December: 'topped 4 trillion yuan' with no exact figure -> value with qualifier over, period 2024-12; growth 6.8 for December.",
        "Fourth quarter 11.51 trillion yuan: period 2024-10/2024-12.",
        "Respectively list of EVs, 3D printers, industrial robots: export growth facts, each its product.",
        "'new trio' exports 'exceeded 1.1 trillion yuan': qualifier over.",
        "Rare earths: quantities 55,431 tonnes (2024) and 52,306 tonnes (2023) are labelled; 'a 6 percent increase by volume' is volume growth beside "
        "value growth ('down 36 percent'): out; the value growth -36 and value $488.8 million are labelled. 'since at least 2014' is a year: out.",
        "ASEAN rank 1 from 'largest trading partner'; 'for the fifth year running' is a streak: out.",
        "Belt and Road share 50.3 percent labelled; 'crossing the halfway line for the first time' is a milestone: out.",
        "Private enterprises count: 'rose to 609,000, above 600,000 for the first time' -> exact 609,000 only, segment private enterprises.",
        "'nearly 700,000 businesses engaged in foreign trade': count, segment foreign trade enterprises, qualifier approx.",
        "'a major trading partner for more than 150 countries and regions' counts countries for which China is a major partner, "
        "a conditional count the record cannot express: out.",
        "The economist's 'about 2 percent this year' is a forecast: out; 'the world's second-largest economy' is not a trade rank: out.",
    ],
    "facts": [
        fact("China", "total", "growth", 5, "percent", Y, "5", E_TOT),
        fact("China", "total", "value", 43.85e12, "CNY", Y, "43.85 trillion", E_TOT),
        fact("China", "total", "value", 5.98e12, "USD", Y, "5.98 trillion", E_TOT),
        fact("China", "exports", "growth", 7.1, "percent", Y, "7.1", E_EXIM),
        fact("China", "exports", "value", 25.45e12, "CNY", Y, "25.45 trillion", E_EXIM),
        fact("China", "imports", "growth", 2.3, "percent", Y, "2.3", E_EXIM),
        fact("China", "imports", "value", 18.39e12, "CNY", Y, "18.39 trillion", E_EXIM),
        fact("China", "balance", "value", 7.06e12, "CNY", Y, "7.06 trillion",
             "At 7.06 trillion yuan, the resulting surplus was the biggest ever recorded"),
        fact("China", "balance", "value", 992.1e9, "USD", Y, "992.1 billion",
             "converted into dollars, the surplus amounted to $992.1 billion."),
        fact("China", "total", "value", 4e12, "CNY", period(2024, 12), "4 trillion", E_DEC, qualifier="over"),
        fact("China", "total", "growth", 6.8, "percent", period(2024, 12), "6.8", E_DEC),
        fact("China", "total", "value", 11.51e12, "CNY", period(2024, 10, 12), "11.51 trillion",
             "the 11.51 trillion yuan posted in the fourth quarter was the largest quarterly total ever."),
        fact("China", "exports", "growth", 8.7, "percent", Y, "8.7", E_ME, product=ME),
        fact("China", "exports", "value", 15.12e12, "CNY", Y, "15.12 trillion", E_ME, product=ME),
        fact("China", "exports", "share", 59.4, "percent", Y, "59.4", E_ME, product=ME),
        fact("China", "exports", "growth", 13.1, "percent", Y, "13.1", E_LIST, product="electric vehicles"),
        fact("China", "exports", "growth", 32.8, "percent", Y, "32.8", E_LIST, product="3d printers"),
        fact("China", "exports", "growth", 45.2, "percent", Y, "45.2", E_LIST, product="industrial robots"),
        fact("China", "exports", "value", 1.1e12, "CNY", Y, "1.1 trillion",
             "Overseas sales of the \"new trio\" - electric vehicles, lithium-ion batteries and solar cells - exceeded 1.1 trillion yuan",
             product="new trio", qualifier="over"),
        fact("China", "exports", "quantity", 55431, "tonnes", Y, "55,431", E_RE, product="rare earths"),
        fact("China", "exports", "quantity", 52306, "tonnes", period(2023, 1, 12), "52,306", E_RE, product="rare earths"),
        fact("China", "exports", "growth", -36, "percent", Y, "36", E_REV, product="rare earths"),
        fact("China", "exports", "value", 488.8e6, "USD", Y, "488.8 million", E_REV, product="rare earths"),
        fact("China", "total", "rank", 1, "number", Y, "largest", E_ASEAN, partner="ASEAN"),
        fact("China", "total", "value", 6.98e12, "CNY", Y, "6.98 trillion", E_ASEAN, partner="ASEAN"),
        fact("China", "total", "growth", 9, "percent", Y, "9", E_ASEAN, partner="ASEAN"),
        fact("China", "total", "growth", 1.6, "percent", Y, "1.6", E_EUUS, partner="European Union"),
        fact("China", "total", "growth", 4.9, "percent", Y, "4.9", E_EUUS, partner="United States"),
        fact("China", "total", "share", 50.3, "percent", Y, "50.3",
             "Belt and Road partner countries made up 50.3 percent of total trade",
             partner="Belt and Road partner countries"),
        fact("China", "total", "value", 24.33e12, "CNY", Y, "24.33 trillion", E_PRIV, segment=PE),
        fact("China", "total", "growth", 8.8, "percent", Y, "8.8", E_PRIV, segment=PE),
        fact("China", "total", "share", 55.5, "percent", Y, "55.5", E_PRIV, segment=PE),
        fact("China", "total", "count", 609000, "number", Y, "609,000",
             "The count of private firms with import and export records rose to 609,000, above 600,000 for the first time.",
             segment=PE),
        fact("China", "total", "count", 700000, "number", Y, "700,000",
             "nearly 700,000 businesses engaged in foreign trade last year",
             segment="foreign trade enterprises", qualifier="approx"),
    ],
}
