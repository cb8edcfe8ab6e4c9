from _fact import fact, period

Q13 = period(2024, 1, 9)
E_TOT = ("China's foreign trade in goods expanded 5.3 percent year on year to a record 32.33 trillion yuan "
         "(about 4.57 trillion U.S. dollars) in the first three quarters")
E_EXIM = ("Exports increased 6.2 percent to 18.62 trillion yuan during the January-September period, "
          "and imports went up 4.1 percent to 13.71 trillion yuan")
E_Q = ("with the first, second and third quarters coming in at 10.15 trillion yuan, 11 trillion yuan "
       "and 11.17 trillion yuan respectively")
E_ASEAN = ("ASEAN remained China's largest trading partner, with bilateral trade rising 8.8 percent to 5.11 trillion yuan "
           "and accounting for 15.8 percent of China's total foreign trade.")
E_RESP = ("Trade with the European Union, the United States and South Korea reached 4.17 trillion yuan, 3.6 trillion yuan "
          "and 1.71 trillion yuan, up 1.1 percent, 3.8 percent and 7.4 percent respectively.")
E_ME = ("Mechanical and electrical products remained the mainstay of exports, with shipments worth 11.04 trillion yuan, "
        "up 8 percent and accounting for 59.3 percent of the country's total exports.")
E_PRIV = "Private enterprises' imports and exports grew 9.4 percent to 17.78 trillion yuan, or 55 percent of the nation's total"
ME = "mechanical and electrical products"
PE = "private enterprises"

ARTICLE = {
    "id": "dA1_02_xinhua_q1q3_2024",
    "title": "China's foreign trade up 5.3 pct in first three quarters",
    "publisher": "Xinhua",
    "published": "2024-10-14",
    "notes": [
        "The text never states the year: 'the first three quarters' is January-September 2024 from the publication date.",
        "'32.33 trillion yuan (about 4.57 trillion U.S. dollars)': a CNY fact and a USD fact with qualifier approx.",
        "'topped 10 trillion yuan in each of the three quarters' is a threshold with the exact quarterly figures given: exact figures only, "
        "each labelled for its quarter (Q1 01-03, Q2 04-06, Q3 07-09).",
        "'11 trillion yuan' for the second quarter is written without decimals; value 11e12.",
        "ASEAN rank 1 from 'largest trading partner'; its share 15.8 percent of total foreign trade.",
        "Respectively list of EU, US, South Korea: values and growths paired in order, all rises.",
        "'trade with more than 160 countries and regions had increased' is a conditional count: out.",
        "'Exports of high-end equipment surged more than 40 percent': growth with qualifier over; product 'high-end equipment'.",
        "Energy imports 'rose 4.8 percent in volume to 901 million tonnes': the quantity 901 million tonnes is labelled; "
        "the 4.8 percent is volume growth, which the record cannot express: out.",
        "Private enterprises: value, growth and 55 percent share; '2.1 percentage points higher than a year earlier' is out.",
        "'a record' and Wang's fourth-quarter outlook carry no in-scope number.",
    ],
    "facts": [
        fact("China", "total", "growth", 5.3, "percent", Q13, "5.3", E_TOT),
        fact("China", "total", "value", 32.33e12, "CNY", Q13, "32.33 trillion", E_TOT),
        fact("China", "total", "value", 4.57e12, "USD", Q13, "4.57 trillion", E_TOT, qualifier="approx"),
        fact("China", "exports", "growth", 6.2, "percent", Q13, "6.2", E_EXIM),
        fact("China", "exports", "value", 18.62e12, "CNY", Q13, "18.62 trillion", E_EXIM),
        fact("China", "imports", "growth", 4.1, "percent", Q13, "4.1", E_EXIM),
        fact("China", "imports", "value", 13.71e12, "CNY", Q13, "13.71 trillion", E_EXIM),
        fact("China", "balance", "value", 4.91e12, "CNY", Q13, "4.91 trillion", "The trade surplus stood at 4.91 trillion yuan."),
        fact("China", "total", "value", 10.15e12, "CNY", period(2024, 1, 3), "10.15 trillion", E_Q),
        fact("China", "total", "value", 11e12, "CNY", period(2024, 4, 6), "11 trillion", E_Q),
        fact("China", "total", "value", 11.17e12, "CNY", period(2024, 7, 9), "11.17 trillion", E_Q),
        fact("China", "total", "rank", 1, "number", Q13, "largest", E_ASEAN, partner="ASEAN"),
        fact("China", "total", "growth", 8.8, "percent", Q13, "8.8", E_ASEAN, partner="ASEAN"),
        fact("China", "total", "value", 5.11e12, "CNY", Q13, "5.11 trillion", E_ASEAN, partner="ASEAN"),
        fact("China", "total", "share", 15.8, "percent", Q13, "15.8", E_ASEAN, partner="ASEAN"),
        fact("China", "total", "value", 4.17e12, "CNY", Q13, "4.17 trillion", E_RESP, partner="European Union"),
        fact("China", "total", "value", 3.6e12, "CNY", Q13, "3.6 trillion", E_RESP, partner="United States"),
        fact("China", "total", "value", 1.71e12, "CNY", Q13, "1.71 trillion", E_RESP, partner="South Korea"),
        fact("China", "total", "growth", 1.1, "percent", Q13, "1.1", E_RESP, partner="European Union"),
        fact("China", "total", "growth", 3.8, "percent", Q13, "3.8", E_RESP, partner="United States"),
        fact("China", "total", "growth", 7.4, "percent", Q13, "7.4", E_RESP, partner="South Korea"),
        fact("China", "exports", "value", 11.04e12, "CNY", Q13, "11.04 trillion", E_ME, product=ME),
        fact("China", "exports", "growth", 8, "percent", Q13, "8", E_ME, product=ME),
        fact("China", "exports", "share", 59.3, "percent", Q13, "59.3", E_ME, product=ME),
        fact("China", "exports", "growth", 40, "percent", Q13, "40", "Exports of high-end equipment surged more than 40 percent",
             product="high-end equipment", qualifier="over"),
        fact("China", "imports", "quantity", 901e6, "tonnes", Q13, "901 million",
             "purchases of energy products such as crude oil, natural gas and coal rose 4.8 percent in volume to 901 million tonnes",
             product="energy products"),
        fact("China", "total", "growth", 9.4, "percent", Q13, "9.4", E_PRIV, segment=PE),
        fact("China", "total", "value", 17.78e12, "CNY", Q13, "17.78 trillion", E_PRIV, segment=PE),
        fact("China", "total", "share", 55, "percent", Q13, "55", E_PRIV, segment=PE),
    ],
}
