from _fact import fact, period

Y = period(2024, 1, 12)
E_TOT = ("China's imports and exports of goods rose 5 percent year-on-year to a record 43.85 trillion yuan "
         "($5.98 trillion) last year")
E_EXIM = "Exports grew 7.1 percent to 25.45 trillion yuan, while imports increased 2.3 percent to 18.39 trillion yuan."
E_DEC = "monthly trade exceeded 4 trillion yuan in December for the first time, up 6.8 percent"
E_ME = ("Exports of mechanical and electrical products grew 8.7 percent to 15.12 trillion yuan, "
        "accounting for 59.4 percent of total exports.")
E_LIST = ("Among them, exports of electric vehicles, 3D printers and industrial robots expanded 13.1 percent, "
          "32.8 percent and 45.2 percent respectively.")
E_RE = ("China also shipped 55,431 tonnes of rare earths last year, the most since at least 2014 and 6 percent more "
        "by volume than the 52,306 tonnes of the year before.")
E_REV = "the value of those exports slumped 36 percent to $488.8 million"
E_ASEAN = ("The Association of Southeast Asian Nations remained China's largest trading partner for a fifth straight year, "
           "with two-way trade of 6.98 trillion yuan, up 9 percent.")
E_EUUS = "Trade with the European Union and the United States rose 1.6 percent and 4.9 percent respectively."
E_PRIV = ("Private enterprises handled 24.33 trillion yuan of imports and exports last year, up 8.8 percent, "
          "or 55.5 percent of the total.")
ME = "mechanical and electrical products"
PE = "private enterprises"

ARTICLE = {
    "id": "dA1_06_annual_review_jan",
    "title": "Foreign trade scales record high as exporters move up value chain",
    "publisher": "China Daily",
    "published": "2025-01-14",
    "notes": [
        "The year under review is never written: 'last year' in an article published 2025-01-14 is 2024 (all figures 2024-01/2024-12 unless stated).",
        "'the year before' for rare earths is 2023: the 52,306 tonnes is a 2023 quantity fact.",
        "'$5.98 trillion' in brackets without 'about': USD fact, qualifier exact (the guide scores qualifier as written).",
        "'breaking through the 25 trillion yuan mark' is a threshold with the exact 25.45 trillion given: exact only.",
        "Surplus given in yuan (7.06 trillion) and in dollars ($992.1 billion): two facts, one per currency. "
        "'largest on record' and 'highest quarterly figure ever' are milestones, not ranks: out.",
        "December: 'exceeded 4 trillion yuan' with no exact figure -> value with qualifier over, period 2024-12; growth 6.8 for December.",
        "Fourth quarter 11.51 trillion yuan: period 2024-10/2024-12.",
        "Respectively list of EVs, 3D printers, industrial robots: export growth facts, each its product.",
        "'new trio' exports 'more than 1.1 trillion yuan': qualifier over.",
        "Rare earths: quantities 55,431 tonnes (2024) and 52,306 tonnes (2023) are labelled; '6 percent more by volume' is volume growth beside "
        "value growth ('slumped 36 percent'): out; the value growth -36 and value $488.8 million are labelled. 'since at least 2014' is a year: out.",
        "ASEAN rank 1 from 'largest trading partner'; 'for a fifth straight year' is a streak: out.",
        "Belt and Road share 50.3 percent labelled; 'passing the halfway mark for the first time' is a milestone: out.",
        "Private enterprises count: 'exceeded 600,000 ... reaching 609,000' -> exact 609,000 only, segment private enterprises.",
        "'nearly 700,000 enterprises registered foreign trade activity': count, segment foreign trade enterprises, qualifier approx.",
        "'a major trading partner of more than 150 countries and regions' counts countries for which China is a major partner, "
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
             "The resulting surplus of 7.06 trillion yuan was the largest on record."),
        fact("China", "balance", "value", 992.1e9, "USD", Y, "992.1 billion",
             "Measured in dollars, the surplus reached $992.1 billion."),
        fact("China", "total", "value", 4e12, "CNY", period(2024, 12), "4 trillion", E_DEC, qualifier="over"),
        fact("China", "total", "growth", 6.8, "percent", period(2024, 12), "6.8", E_DEC),
        fact("China", "total", "value", 11.51e12, "CNY", period(2024, 10, 12), "11.51 trillion",
             "the fourth quarter's 11.51 trillion yuan was the highest quarterly figure ever"),
        fact("China", "exports", "growth", 8.7, "percent", Y, "8.7", E_ME, product=ME),
        fact("China", "exports", "value", 15.12e12, "CNY", Y, "15.12 trillion", E_ME, product=ME),
        fact("China", "exports", "share", 59.4, "percent", Y, "59.4", E_ME, product=ME),
        fact("China", "exports", "growth", 13.1, "percent", Y, "13.1", E_LIST, product="electric vehicles"),
        fact("China", "exports", "growth", 32.8, "percent", Y, "32.8", E_LIST, product="3d printers"),
        fact("China", "exports", "growth", 45.2, "percent", Y, "45.2", E_LIST, product="industrial robots"),
        fact("China", "exports", "value", 1.1e12, "CNY", Y, "1.1 trillion",
             "Outbound shipments of the \"new trio\" - electric vehicles, lithium-ion batteries and solar cells - totaled more than 1.1 trillion yuan",
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
             "Trade with Belt and Road partner countries accounted for 50.3 percent of the total",
             partner="Belt and Road partner countries"),
        fact("China", "total", "value", 24.33e12, "CNY", Y, "24.33 trillion", E_PRIV, segment=PE),
        fact("China", "total", "growth", 8.8, "percent", Y, "8.8", E_PRIV, segment=PE),
        fact("China", "total", "share", 55.5, "percent", Y, "55.5", E_PRIV, segment=PE),
        fact("China", "total", "count", 609000, "number", Y, "609,000",
             "The number of private companies with import and export records exceeded 600,000 for the first time, reaching 609,000.",
             segment=PE),
        fact("China", "total", "count", 700000, "number", Y, "700,000",
             "nearly 700,000 enterprises registered foreign trade activity last year",
             segment="foreign trade enterprises", qualifier="approx"),
    ],
}
