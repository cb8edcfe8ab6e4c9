from _fact import fact, period

Q1_3 = period(2025, 1, 9)
GD = "Guangdong"
ME = "mechanical and electrical products"
PRIV = "private enterprises"
E_TOT = ("Guangdong Province traded 7.03 trillion yuan of goods with the rest of the world in the first three quarters "
         "of 2025, 4.4% more than a year earlier, which gave it 20.9% of China's total")
E_XM = "Exports contributed 4.43 trillion yuan, a rise of 1.6%, and imports 2.6 trillion yuan, a rise of 9.5%."
E_CITY = ("Trade totals for Shenzhen, Dongguan, Guangzhou and Foshan were 3.29 trillion yuan, 1.17 trillion yuan, "
          "857.92 billion yuan and 528.4 billion yuan respectively; Shenzhen's fell by 2.4%, while those of Dongguan, "
          "Guangzhou and Foshan rose by 13.9%, 2.6% and 5.1% respectively.")
E_CITY_SH = "Between them the four cities handled 83.2% of Guangdong's foreign trade."
E_PRIV = "Trade by private enterprises rose 8.1% to 4.49 trillion yuan, or 63.9% of the provincial total"
E_ME = ("Outbound sales of mechanical and electrical products reached 3.04 trillion yuan, 3.2% more than a year before, "
        "and represented 68.6% of all Guangdong's exports.")
E_SUB = "Within that group, electric vehicle exports jumped 25.4% and industrial robot exports 36.2%."
E_ASEAN = "Guangdong's largest trading partner was still ASEAN, with two-way trade of 1.14 trillion yuan, an 8.7% gain."
E_PARTNERS = ("The province's trade with the United States dropped 18.3%, whereas trade with the European Union and Hong "
              "Kong increased by 6.2% and 11.5% respectively.")

ARTICLE = {
    "id": "dAT1_03_guangdong_foreign_trade_jan_sep_2025",
    "title": "Guangdong trade rises 4.4% to 7.03 trillion yuan over January-September",
    "publisher": "Guangdong Branch of the General Administration of Customs",
    "published": "2025-10-21",
    "notes": [
        "Publisher: the source line names the Guangdong Branch of the General Administration of Customs; published 2025-10-21 "
        "from 'Released 2025-10-21'.",
        "Period: 'the first three quarters of 2025' -> 2025-01/2025-09, carried to every later figure (the numbered sections "
        "give no other period).",
        "'All growth rates in this release compare with the same period of 2024': every growth rate is year-on-year (basis yoy), "
        "even where the sentence says only 'rose' or 'a rise of'.",
        "'which gave it 20.9% of China's total': Guangdong's share of China's foreign trade -> area Guangdong, flow total, share.",
        "'beat the national rate by 0.4 percentage points' (derived comparison), 'highest level on record for the "
        "January-September period' (milestone), 'grown year on year for nine straight quarters' (streak): out.",
        "City respectively list: values pair in order Shenzhen, Dongguan, Guangzhou, Foshan; growth rates: 'those of Dongguan, "
        "Guangzhou and Foshan' (13.9, 2.6, 5.1) and 'Shenzhen's fell by 2.4%' -> -2.4. Each city is its own area "
        "(trade with the world). The whole sentence is the evidence because the list needs its opening city names.",
        "'Between them the four cities handled 83.2% of Guangdong's foreign trade': a group share -> area "
        "'Shenzhen, Dongguan, Guangzhou, Foshan' (names joined in text order). 'handled' here is a share of the total, "
        "not a contribution to growth.",
        "'Dongguan's trade passed the trillion-yuan mark in August, its earliest ever': milestone, no "
        "exact figure for Jan-Aug stated: out.",
        "Private enterprises: value, growth, share (63.9% of the provincial total); 'a share 2.2 percentage points above last year's' is a change "
        "of share: out. Foreign-invested enterprises 'held broadly steady': no number.",
        "Mechanical and electrical products: exports value 3.04 trillion, growth 3.2, share 68.6 of total export value. "
        "'Within that group' electric vehicles and industrial robots: export growth 25.4 and 36.2 respectively, product in the text's words.",
        "Household appliances / labour-intensive goods 'showed little change': no number, not labelled.",
        "ASEAN: rank 1 ('largest trading partner'), value 1.14 trillion, growth 8.7. EU and Hong Kong growth by respectively; "
        "the United States 'dropped 18.3%' -> -18.3. Partner 'Hong Kong' (canonical English name).",
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
