from _fact import fact, period

Q13 = period(2024, 1, 9)
E_TOT = ("In the first three quarters of the year, China's goods trade hit a record 32.33 trillion yuan "
         "(about 4.57 trillion U.S. dollars), a year-on-year rise of 5.3 percent")
E_EXIM = ("exports for January-September grew 6.2 percent to 18.62 trillion yuan, "
          "while imports climbed 4.1 percent to 13.71 trillion yuan")
E_Q = ("with 10.15 trillion yuan, 11 trillion yuan and 11.17 trillion yuan recorded in the first, second "
       "and third quarters respectively")
E_ASEAN = ("ASEAN kept its position as China's largest trading partner, as two-way trade grew 8.8 percent to 5.11 trillion yuan, "
           "equal to 15.8 percent of China's overall foreign trade.")
E_RESP = ("Trade volumes with the European Union, the United States and South Korea came to 4.17 trillion yuan, 3.6 trillion yuan "
          "and 1.71 trillion yuan, increasing 1.1 percent, 3.8 percent and 7.4 percent respectively.")
E_ME = ("Exports continued to be led by mechanical and electrical products, which were shipped abroad to the value of "
        "11.04 trillion yuan, an 8 percent increase that represented 59.3 percent of all the country's exports.")
E_PRIV = ("Imports and exports by private enterprises increased 9.4 percent to 17.78 trillion yuan, "
          "making up 55 percent of the national total")
ME = "mechanical and electrical products"
PE = "private enterprises"

ARTICLE = {
    "id": "dA1_02_xinhua_q1q3_2024",
    "title": "Foreign trade in China rises 5.3 pct over first three quarters",
    "publisher": "Xinhua",
    "published": "2024-10-14",
    "notes": [
        "The text never states the year: 'the first three quarters' is January-September 2024 from the publication date.",
        "'32.33 trillion yuan (about 4.57 trillion U.S. dollars)': a CNY fact and a USD fact with qualifier approx.",
        "'exceeded 10 trillion yuan in every one of the three quarters' is a threshold with the exact quarterly figures given: exact figures only, "
        "each labelled for its quarter (Q1 01-03, Q2 04-06, Q3 07-09).",
        "'11 trillion yuan' for the second quarter is written without decimals; value 11e12.",
        "ASEAN rank 1 from 'largest trading partner'; its share 15.8 percent of total foreign trade.",
        "Respectively list of EU, US, South Korea: values and growths paired in order, all rises.",
        "'trade with over 160 countries and regions grew' is a conditional count: out.",
        "'high-end equipment exports jumped by more than 40 percent': growth with qualifier over; product 'high-end equipment'.",
        "Energy imports '901 million tonnes ... a 4.8 percent rise in volume': the quantity 901 million tonnes is labelled; "
        "the 4.8 percent is volume growth, which the record cannot express: out.",
        "Private enterprises: value, growth and 55 percent share; 'a share 2.1 percentage points above that of a year earlier' is out.",
        "'a record' and the official's fourth-quarter outlook carry no in-scope number.",
    ],
    "facts": [
        fact("China", "total", "growth", 5.3, "percent", Q13, "5.3", E_TOT),
        fact("China", "total", "value", 32.33e12, "CNY", Q13, "32.33 trillion", E_TOT),
        fact("China", "total", "value", 4.57e12, "USD", Q13, "4.57 trillion", E_TOT, qualifier="approx"),
        fact("China", "exports", "growth", 6.2, "percent", Q13, "6.2", E_EXIM),
        fact("China", "exports", "value", 18.62e12, "CNY", Q13, "18.62 trillion", E_EXIM),
        fact("China", "imports", "growth", 4.1, "percent", Q13, "4.1", E_EXIM),
        fact("China", "imports", "value", 13.71e12, "CNY", Q13, "13.71 trillion", E_EXIM),
        fact("China", "balance", "value", 4.91e12, "CNY", Q13, "4.91 trillion", "That put the trade surplus at 4.91 trillion yuan."),
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
        fact("China", "exports", "growth", 40, "percent", Q13, "40", "high-end equipment exports jumped by more than 40 percent",
             product="high-end equipment", qualifier="over"),
        fact("China", "imports", "quantity", 901e6, "tonnes", Q13, "901 million",
             "China bought 901 million tonnes of energy products including crude oil, natural gas and coal, a 4.8 percent rise in volume",
             product="energy products"),
        fact("China", "total", "growth", 9.4, "percent", Q13, "9.4", E_PRIV, segment=PE),
        fact("China", "total", "value", 17.78e12, "CNY", Q13, "17.78 trillion", E_PRIV, segment=PE),
        fact("China", "total", "share", 55, "percent", Q13, "55", E_PRIV, segment=PE),
    ],
}
