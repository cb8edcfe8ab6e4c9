from _fact import fact, period

MA = "Morocco"
P = period(2025, 1, 10)
P24 = period(2024, 1, 10)

LEAD_V = ("Morocco's goods trade gap swelled to MAD 296.95 billion (about $32.2 billion) in the first ten months "
          "of 2025")
LEAD = LEAD_V + ", 19.6% wider than the MAD 248.19 billion posted in January-October 2024"
IMP = "the import bill for goods climbed 9.4% to MAD 682.16 billion"
EXP = "Goods exports reached MAD 385.2 billion, up a modest 2.6% from MAD 375.39 billion a year earlier"
AUTO_R = "The automotive industry remains the country's largest export sector"
AUTO = ("The automotive industry remains the country's largest export sector, but its foreign sales, estimated "
        "at around MAD 126.9 billion, were 3.1% lower than a year earlier")
PHOS = ("Phosphates and derivatives, by contrast, delivered the strongest performance of the ten months: their "
        "exports rose 16.7% to more than MAD 80.6 billion")
RAW = "raw phosphate sales jumped nearly 34%"
ACID = "natural and chemical fertilizers grew 15.5% and phosphoric acid 12.8%"
AGRI = ("Helped by a 7.3% increase in the agriculture, forestry and hunting segment, agriculture and agri-food "
        "exports crept 1.1% higher to MAD 71.31 billion")
AERO = "Aeronautics extended its upward run, with foreign sales of over MAD 23.65 billion, 8.3% more than at end-October 2024"
TEX = "Textile and leather sales fell 3.9%"
TEX2 = "Textile and leather sales fell 3.9%, and electronics and electricity did worse, dropping 8.6%"
NRG = "brought the energy bill down 5.2% to MAD 90.1 billion"
NRG_SH = "Energy products thus represented 13.2% of Morocco's total imports"
CAP = "Purchases of capital goods, meanwhile, jumped 13.9% to MAD 166.2 billion"
ES_R = "Among destinations, Spain kept the top spot"
ES_SH = "Spain kept the top spot over the ten months, taking 19.8% of Moroccan exports"
FR = "taking 19.8% of Moroccan exports, while France came second with 17.4%"
ES_IMP_R = "Spain was also the largest supplier"
ES_IMP = "Spain was also the largest supplier, accounting for 14.1% of the Kingdom's imports"
ES_TOT = "Overall, trade with Spain came to MAD 172.5 billion"

ARTICLE = {
    "id": "dBY2_05",
    "title": "Morocco's Trade Deficit Widens 19.6% to MAD 297 Billion by End of October",
    "publisher": "Morocco World News",
    "published": "2025-12-01",
    "notes": [
        "Real figures (source, date): Office des Changes, indicators at end-October 2025 (oc.gov.ma, Arabic page): "
        "imports +9.4% to MAD 682.157 billion, exports MAD 385.205 billion against 375.389 billion, deficit +19.6%, "
        "coverage rate -3.7 points; biladi.ma (end-October 2025, Office des Changes): phosphates and derivatives "
        "+16.7% to more than 80.6 billion, raw phosphates nearly +34%, phosphoric acid +12.8%, fertilizers +15.5%, "
        "aeronautics +8.3% to over 23.65 billion, agriculture and agri-food +1.1% to 71.31 billion with agriculture, "
        "forestry and hunting +7.3%, automotive -3.1%, textile and leather -3.9%, electronics and electricity -8.6%.",
        "Derived/made up: deficit 682.16 - 385.2 = 296.95 and the 2024 deficit 623.58 - 375.39 = 248.19 (derived); "
        "exports growth 385.205/375.389 = +2.6% (derived); coverage 56.5% (derived); USD 32.2 billion at a made-up "
        "9.22 MAD/USD; automotive MAD 126.9 billion derived from end-October 2024's ~131 billion less 3.1%; energy "
        "-5.2% to 90.1 billion, its 13.2% share, capital goods +13.9% to 166.2 billion, Spain 19.8% / 14.1%, "
        "France 17.4%, trade with Spain 172.5 billion (= 0.198 x 385.2 + 0.141 x 682.16), remittances +1.2% to "
        "101.3 billion and the 4.6% growth forecast are made up.",
        "Judgement calls: 'goods trade gap' read as the deficit (negative balance); its growth 'widened/wider' is "
        "+19.6; 'end-October' and 'ten months' read as January-October; the automotive 'largest export sector' "
        "labelled as a product rank of exports (rank 1); 'sales' of sectors read as exports; the three energy facts "
        "share the product 'energy products' (the text says 'energy bill' then 'energy products'); capital goods "
        "'purchases' are imports; France's rank and share come from one clause ('came second with 17.4%'), evidence "
        "widened to show it is exports; the headline's MAD 297 billion and 19.6% are the same observations as the "
        "lead, labelled once; USD figure labelled approx ('about').",
        "Not facts: coverage rate 56.5% and its 3.7-point fall; remittances +1.2% to MAD 101.3 billion (not goods "
        "trade); 4.6% growth (GDP forecast); 9.22 dirhams per dollar (exchange rate); 2030 World Cup (year); "
        "'last two months' (no figure).",
        "Copy check: 19 sentences searched, 2 reworded (lead shared the skeleton 'trade deficit ..., reaching X "
        "(about Y) at the end of Month 2025'; Spain's 'remained Morocco's top ...'); both rewordings re-searched clean.",
        "Second check: 22 sentences searched, 9 reworded.",
    ],
    "facts": [
        fact(MA, "balance", "value", -296.95e9, "MAD", P, "296.95 billion", LEAD_V),
        fact(MA, "balance", "value", -32.2e9, "USD", P, "32.2 billion", LEAD_V, qualifier="approx"),
        fact(MA, "balance", "growth", 19.6, "percent", P, "19.6", LEAD),
        fact(MA, "balance", "value", -248.19e9, "MAD", P24, "248.19 billion", LEAD),
        fact(MA, "imports", "growth", 9.4, "percent", P, "9.4", IMP),
        fact(MA, "imports", "value", 682.16e9, "MAD", P, "682.16 billion", IMP),
        fact(MA, "exports", "growth", 2.6, "percent", P, "2.6", EXP),
        fact(MA, "exports", "value", 385.2e9, "MAD", P, "385.2 billion", EXP),
        fact(MA, "exports", "value", 375.39e9, "MAD", P24, "375.39 billion", EXP),
        fact(MA, "exports", "rank", 1, "number", P, "largest", AUTO_R, product="automotive"),
        fact(MA, "exports", "growth", -3.1, "percent", P, "3.1", AUTO, product="automotive"),
        fact(MA, "exports", "value", 126.9e9, "MAD", P, "126.9 billion", AUTO, product="automotive", qualifier="approx"),
        fact(MA, "exports", "growth", 16.7, "percent", P, "16.7", PHOS, product="phosphates and derivatives"),
        fact(MA, "exports", "value", 80.6e9, "MAD", P, "80.6 billion", PHOS, product="phosphates and derivatives",
             qualifier="over"),
        fact(MA, "exports", "growth", 34, "percent", P, "34", RAW, product="raw phosphate", qualifier="approx"),
        fact(MA, "exports", "growth", 12.8, "percent", P, "12.8", ACID, product="phosphoric acid"),
        fact(MA, "exports", "growth", 15.5, "percent", P, "15.5", ACID, product="natural and chemical fertilizers"),
        fact(MA, "exports", "growth", 1.1, "percent", P, "1.1", AGRI, product="agriculture and agri-food"),
        fact(MA, "exports", "value", 71.31e9, "MAD", P, "71.31 billion", AGRI, product="agriculture and agri-food"),
        fact(MA, "exports", "growth", 7.3, "percent", P, "7.3", AGRI, product="agriculture, forestry and hunting"),
        fact(MA, "exports", "value", 23.65e9, "MAD", P, "23.65 billion", AERO, product="aeronautics", qualifier="over"),
        fact(MA, "exports", "growth", 8.3, "percent", P, "8.3", AERO, product="aeronautics"),
        fact(MA, "exports", "growth", -3.9, "percent", P, "3.9", TEX, product="textile and leather"),
        fact(MA, "exports", "growth", -8.6, "percent", P, "8.6", TEX2, product="electronics and electricity"),
        fact(MA, "imports", "growth", -5.2, "percent", P, "5.2", NRG, product="energy products"),
        fact(MA, "imports", "value", 90.1e9, "MAD", P, "90.1 billion", NRG, product="energy products"),
        fact(MA, "imports", "share", 13.2, "percent", P, "13.2", NRG_SH, product="energy products"),
        fact(MA, "imports", "growth", 13.9, "percent", P, "13.9", CAP, product="capital goods"),
        fact(MA, "imports", "value", 166.2e9, "MAD", P, "166.2 billion", CAP, product="capital goods"),
        fact(MA, "exports", "rank", 1, "number", P, "top", ES_R, partner="Spain"),
        fact(MA, "exports", "share", 19.8, "percent", P, "19.8", ES_SH, partner="Spain"),
        fact(MA, "exports", "rank", 2, "number", P, "second", FR, partner="France"),
        fact(MA, "exports", "share", 17.4, "percent", P, "17.4", FR, partner="France"),
        fact(MA, "imports", "rank", 1, "number", P, "largest", ES_IMP_R, partner="Spain"),
        fact(MA, "imports", "share", 14.1, "percent", P, "14.1", ES_IMP, partner="Spain"),
        fact(MA, "total", "value", 172.5e9, "MAD", P, "172.5 billion", ES_TOT, partner="Spain"),
    ],
}
