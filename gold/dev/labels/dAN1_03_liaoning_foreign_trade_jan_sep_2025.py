from _fact import fact, period

Q1_3 = period(2025, 1, 9)
SEP = period(2025, 9)
LN = "Liaoning"
E_LEAD = ("Foreign trade in Liaoning Province, northeast China, totaled 567.3 billion yuan in the first three quarters "
          "of 2025, a rise of 0.8 percent year on year")
E_XM = ("Exports from the province climbed 11.2 percent to 302.6 billion yuan, the highest ever for the period, whereas "
        "imports contracted 9 percent to 264.7 billion yuan")
E_NAT = "Although total trade growth in Liaoning lagged behind the nationwide rate of 4 percent"
E_SEP = ("For September on its own, Liaoning's imports and exports totaled 65.4 billion yuan, a gain of 6.5 percent over "
         "the same month of 2024.")
E_ASEAN_RANK = "ASEAN, the Association of Southeast Asian Nations, kept its place as Liaoning's largest trading partner."
E_ASEAN = ("Over the nine months, two-way trade between them jumped 30.1 percent to 93.5 billion yuan, or 16.5 percent "
           "of everything the province traded.")
E_RESP = ("The province's commerce with the European Union, Japan and South Korea came in at 62.4 billion yuan, "
          "51.8 billion yuan and 48.9 billion yuan, respectively.")
E_RESP_G = ("Trade with the EU shrank 3.2 percent and that with Japan 5.1 percent, while South Korean trade grew 6.9 "
            "percent.")
E_CRUDE = ("the province brought in about 29.8 million tonnes of crude oil valued at 108.4 billion yuan from January to "
           "September, with the value falling 14.6 percent")
E_ME = ("mechanical and electrical products, the backbone of Liaoning's overseas sales, climbed 18.9 percent to 158.3 "
        "billion yuan and represented 52.3 percent of the province's exports")
E_SHIPS = "Ship and steel product exports increased by 45.2 percent and 6.7 percent, respectively"
ME = "mechanical and electrical products"
EU = "European Union"

ARTICLE = {
    "id": "dAN1_03_liaoning_foreign_trade_jan_sep_2025",
    "title": "Surging ship and machinery sales drive 11.2 pct export gain for Liaoning in Jan-Sep",
    "publisher": "Xinhua",
    "published": "2025-10-22",
    "notes": [
        "Dateline SHENYANG, Oct. 22 (a Wednesday); running period first three quarters of 2025 = 2025-01..2025-09.",
        "Headline '11.2 pct export gain for Liaoning in Jan-Sep' is the body's export growth: labelled once.",
        "'imports contracted 9 percent' -> -9; 'the highest ever for the period' is a milestone, out.",
        "'the nationwide rate of 4 percent' is a stated national figure: China, total, growth 4, Jan-Sep 2025. 'outpaced the country's overall export growth by 4.1 percentage points' is a derived comparison: out (no national export rate is stated).",
        "September alone: value and yoy growth ('over the same month of 2024').",
        "ASEAN: rank 1 ('largest trading partner'), and value/growth/share from the next sentence ('between them' = Liaoning and ASEAN).",
        "Respectively list of values for EU, Japan, South Korea; growth in a separate sentence: EU -3.2 and Japan -5.1 share the verb 'shrank', South Korea +6.9. Russia -8.3 (no value stated).",
        "Crude oil imports: quantity 'about 29.8 million tonnes' (approx), value 108.4 billion yuan, and value growth -14.6 (the text says 'with the value falling'); no volume growth is given.",
        "Mechanical and electrical products: export value, growth, share of the province's total exports.",
        "Ships and steel products: export growth, respectively list.",
        "Dalian's 54.2 percent of Liaoning's total imports and exports: area Dalian, flow total, share.",
        "11,026 enterprises with import and export performance: count, segment 'foreign trade enterprises'. 'an increase of 663 from a year before': derived change, out.",
        "Years 2022 and 2023 (ship orders), fourth quarter, GDP growth 4.2 percent, 1,180 China-Europe freight train trips: out.",
    ],
    "facts": [
        fact(LN, "total", "value", 567.3e9, "CNY", Q1_3, "567.3 billion", E_LEAD),
        fact(LN, "total", "growth", 0.8, "percent", Q1_3, "0.8", E_LEAD),
        fact(LN, "exports", "growth", 11.2, "percent", Q1_3, "11.2", E_XM),
        fact(LN, "exports", "value", 302.6e9, "CNY", Q1_3, "302.6 billion", E_XM),
        fact(LN, "imports", "growth", -9, "percent", Q1_3, "9", E_XM),
        fact(LN, "imports", "value", 264.7e9, "CNY", Q1_3, "264.7 billion", E_XM),
        fact("China", "total", "growth", 4, "percent", Q1_3, "4", E_NAT),
        fact(LN, "total", "value", 65.4e9, "CNY", SEP, "65.4 billion", E_SEP),
        fact(LN, "total", "growth", 6.5, "percent", SEP, "6.5", E_SEP),
        fact(LN, "total", "rank", 1, "number", Q1_3, "largest", E_ASEAN_RANK, partner="ASEAN"),
        fact(LN, "total", "growth", 30.1, "percent", Q1_3, "30.1", E_ASEAN, partner="ASEAN"),
        fact(LN, "total", "value", 93.5e9, "CNY", Q1_3, "93.5 billion", E_ASEAN, partner="ASEAN"),
        fact(LN, "total", "share", 16.5, "percent", Q1_3, "16.5", E_ASEAN, partner="ASEAN"),
        fact(LN, "total", "value", 62.4e9, "CNY", Q1_3, "62.4 billion", E_RESP, partner=EU),
        fact(LN, "total", "value", 51.8e9, "CNY", Q1_3, "51.8 billion", E_RESP, partner="Japan"),
        fact(LN, "total", "value", 48.9e9, "CNY", Q1_3, "48.9 billion", E_RESP, partner="South Korea"),
        fact(LN, "total", "growth", -3.2, "percent", Q1_3, "3.2", E_RESP_G, partner=EU),
        fact(LN, "total", "growth", -5.1, "percent", Q1_3, "5.1", E_RESP_G, partner="Japan"),
        fact(LN, "total", "growth", 6.9, "percent", Q1_3, "6.9", E_RESP_G, partner="South Korea"),
        fact(LN, "total", "growth", -8.3, "percent", Q1_3, "8.3", "Commerce with Russia was down 8.3 percent.", partner="Russia"),
        fact(LN, "imports", "quantity", 29.8e6, "tonnes", Q1_3, "29.8 million", E_CRUDE, product="crude oil", qualifier="approx"),
        fact(LN, "imports", "value", 108.4e9, "CNY", Q1_3, "108.4 billion", E_CRUDE, product="crude oil"),
        fact(LN, "imports", "growth", -14.6, "percent", Q1_3, "14.6", E_CRUDE, product="crude oil"),
        fact(LN, "exports", "value", 158.3e9, "CNY", Q1_3, "158.3 billion", E_ME, product=ME),
        fact(LN, "exports", "growth", 18.9, "percent", Q1_3, "18.9", E_ME, product=ME),
        fact(LN, "exports", "share", 52.3, "percent", Q1_3, "52.3", E_ME, product=ME),
        fact(LN, "exports", "growth", 45.2, "percent", Q1_3, "45.2", E_SHIPS, product="ships"),
        fact(LN, "exports", "growth", 6.7, "percent", Q1_3, "6.7", E_SHIPS, product="steel products"),
        fact("Dalian", "total", "share", 54.2, "percent", Q1_3, "54.2",
             "Dalian, a port city on the coast, stayed the chief trade gateway of the province, handling 54.2 percent of Liaoning's total imports and exports over those months."),
        fact(LN, "total", "count", 11026, "number", Q1_3, "11,026",
             "11,026 enterprises in Liaoning had import and export performance in the first three quarters",
             segment="foreign trade enterprises"),
    ],
}
