from _fact import fact, period

Q1_3 = period(2025, 1, 9)
GD = "Guangdong"
ME = "mechanical and electrical products"
PRIV = "private enterprises"
E_TOT = ("the total import and export value of goods of Guangdong Province was 7.03 trillion yuan, an increase of 4.4% "
         "over the same period last year (the same below), accounting for 20.9% of the national total")
E_XM = "Of this, exports were 4.43 trillion yuan, up 1.6%, and imports were 2.6 trillion yuan, up 9.5%."
E_CITY = ("Shenzhen, Dongguan, Guangzhou and Foshan recorded imports and exports of 3.29 trillion yuan, 1.17 trillion yuan, "
          "857.92 billion yuan and 528.4 billion yuan respectively; the latter three grew by 13.9%, 2.6% and 5.1% respectively, "
          "while Shenzhen declined by 2.4%.")
E_CITY_SH = "The four cities together contributed 83.2% of the province's foreign trade."
E_PRIV = ("Private enterprises in Guangdong imported and exported 4.49 trillion yuan, up 8.1%, accounting for 63.9% of the "
          "province's total")
E_ME = ("Guangdong exported mechanical and electrical products worth 3.04 trillion yuan, an increase of 3.2%, making up "
        "68.6% of the province's total export value.")
E_SUB = "Among them, exports of electric vehicles and industrial robots increased by 25.4% and 36.2% respectively."
E_ASEAN = "ASEAN remained Guangdong's largest trading partner, with imports and exports of 1.14 trillion yuan, up 8.7%."
E_PARTNERS = ("Trade with the European Union and Hong Kong rose by 6.2% and 11.5% respectively, while trade with the "
              "United States fell by 18.3%.")

ARTICLE = {
    "id": "dAT1_03_guangdong_foreign_trade_jan_sep_2025",
    "title": "Guangdong's foreign trade reaches 7.03 trillion yuan in first three quarters, up 4.4%",
    "publisher": "Guangdong Branch of the General Administration of Customs",
    "published": "2025-10-21",
    "notes": [
        "Publisher: the source line names the Guangdong Branch of the General Administration of Customs; published 2025-10-21 "
        "from 'Released 2025-10-21'.",
        "Period: 'the first three quarters of 2025' -> 2025-01/2025-09, carried to every later figure (the numbered sections "
        "give no other period).",
        "'(the same below)' after 'over the same period last year': every later growth rate is year-on-year (basis yoy), "
        "even where the sentence says only 'up' or 'grew'.",
        "'accounting for 20.9% of the national total': Guangdong's share of China's foreign trade -> area Guangdong, flow total, share.",
        "'grew 0.4 percentage points faster than the country as a whole' (derived comparison), 'record highs for the period' "
        "(milestone), 'growth for nine quarters in a row' (streak): out.",
        "City respectively list: values pair in order Shenzhen, Dongguan, Guangzhou, Foshan; growth rates: 'the latter three' are "
        "Dongguan, Guangzhou, Foshan (13.9, 2.6, 5.1) and Shenzhen 'declined by 2.4%' -> -2.4. Each city is its own area "
        "(trade with the world). The whole sentence is the evidence because the list needs its opening city names.",
        "'The four cities together contributed 83.2% of the province's foreign trade': a group share -> area "
        "'Shenzhen, Dongguan, Guangzhou, Foshan' (names joined in text order). 'contributed' here is a share of the total, "
        "not a contribution to growth.",
        "'Dongguan's total crossed the trillion-yuan threshold in August, earlier than in any previous year': milestone, no "
        "exact figure for Jan-Aug stated: out.",
        "Private enterprises: value, growth, share (63.9% of the province's total); '2.2 percentage points higher' is a change "
        "of share: out. Foreign-invested enterprises 'broadly stable': no number.",
        "Mechanical and electrical products: exports value 3.04 trillion, growth 3.2, share 68.6 of total export value. "
        "'Among them' electric vehicles and industrial robots: export growth 25.4 and 36.2 respectively, product in the text's words.",
        "Household appliances / labor-intensive products 'roughly flat': no number, not labelled.",
        "ASEAN: rank 1 ('largest trading partner'), value 1.14 trillion, growth 8.7. EU and Hong Kong growth by respectively; "
        "the United States 'fell by 18.3%' -> -18.3. Partner 'Hong Kong' (canonical English name).",
        "'138th China Import and Export Fair' and 'October 15': not trade flows: out.",
    ],
    "facts": [
        fact(GD, "total", "value", 7.03e12, "CNY", Q1_3, "7.03 trillion", E_TOT),
        fact(GD, "total", "growth", 4.4, "percent", Q1_3, "4.4", E_TOT),
        fact(GD, "total", "share", 20.9, "percent", Q1_3, "20.9", E_TOT),
        fact(GD, "exports", "value", 4.43e12, "CNY", Q1_3, "4.43 trillion", E_XM),
        fact(GD, "exports", "growth", 1.6, "percent", Q1_3, "1.6", E_XM),
        fact(GD, "imports", "value", 2.6e12, "CNY", Q1_3, "2.6 trillion", E_XM),
        fact(GD, "imports", "growth", 9.5, "percent", Q1_3, "9.5", E_XM),
        fact("Shenzhen", "total", "value", 3.29e12, "CNY", Q1_3, "3.29 trillion", E_CITY),
        fact("Dongguan", "total", "value", 1.17e12, "CNY", Q1_3, "1.17 trillion", E_CITY),
        fact("Guangzhou", "total", "value", 857.92e9, "CNY", Q1_3, "857.92 billion", E_CITY),
        fact("Foshan", "total", "value", 528.4e9, "CNY", Q1_3, "528.4 billion", E_CITY),
        fact("Dongguan", "total", "growth", 13.9, "percent", Q1_3, "13.9", E_CITY),
        fact("Guangzhou", "total", "growth", 2.6, "percent", Q1_3, "2.6", E_CITY),
        fact("Foshan", "total", "growth", 5.1, "percent", Q1_3, "5.1", E_CITY),
        fact("Shenzhen", "total", "growth", -2.4, "percent", Q1_3, "2.4", E_CITY),
        fact("Shenzhen, Dongguan, Guangzhou, Foshan", "total", "share", 83.2, "percent", Q1_3, "83.2", E_CITY_SH),
        fact(GD, "total", "value", 4.49e12, "CNY", Q1_3, "4.49 trillion", E_PRIV, segment=PRIV),
        fact(GD, "total", "growth", 8.1, "percent", Q1_3, "8.1", E_PRIV, segment=PRIV),
        fact(GD, "total", "share", 63.9, "percent", Q1_3, "63.9", E_PRIV, segment=PRIV),
        fact(GD, "exports", "value", 3.04e12, "CNY", Q1_3, "3.04 trillion", E_ME, product=ME),
        fact(GD, "exports", "growth", 3.2, "percent", Q1_3, "3.2", E_ME, product=ME),
        fact(GD, "exports", "share", 68.6, "percent", Q1_3, "68.6", E_ME, product=ME),
        fact(GD, "exports", "growth", 25.4, "percent", Q1_3, "25.4", E_SUB, product="electric vehicles"),
        fact(GD, "exports", "growth", 36.2, "percent", Q1_3, "36.2", E_SUB, product="industrial robots"),
        fact(GD, "total", "rank", 1, "number", Q1_3, "largest", E_ASEAN, partner="ASEAN"),
        fact(GD, "total", "value", 1.14e12, "CNY", Q1_3, "1.14 trillion", E_ASEAN, partner="ASEAN"),
        fact(GD, "total", "growth", 8.7, "percent", Q1_3, "8.7", E_ASEAN, partner="ASEAN"),
        fact(GD, "total", "growth", 6.2, "percent", Q1_3, "6.2", E_PARTNERS, partner="European Union"),
        fact(GD, "total", "growth", 11.5, "percent", Q1_3, "11.5", E_PARTNERS, partner="Hong Kong"),
        fact(GD, "total", "growth", -18.3, "percent", Q1_3, "18.3", E_PARTNERS, partner="United States"),
    ],
}
