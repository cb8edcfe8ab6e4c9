from _fact import fact, period

Q1_3 = period(2025, 1, 9)
SEP = period(2025, 9)
LN = "Liaoning"
E_LEAD = ("Northeast China's Liaoning Province registered foreign trade of 567.3 billion yuan in the first three quarters "
          "of 2025, up 0.8 percent year on year")
E_XM = ("The province's exports rose 11.2 percent to 302.6 billion yuan, a record high for the period, while its imports "
        "shrank 9 percent to 264.7 billion yuan")
E_NAT = "While Liaoning's overall growth trailed the national rate of 4 percent"
E_SEP = ("In September alone, the province's imports and exports amounted to 65.4 billion yuan, up 6.5 percent from the "
         "same month last year.")
E_ASEAN_RANK = "The Association of Southeast Asian Nations (ASEAN) stayed Liaoning's largest trading partner."
E_ASEAN = ("Trade between the two sides soared 30.1 percent to 93.5 billion yuan during the nine months, making up 16.5 "
           "percent of the provincial total.")
E_RESP = ("Liaoning's trade with the European Union, Japan and South Korea stood at 62.4 billion yuan, 51.8 billion yuan "
          "and 48.9 billion yuan, respectively.")
E_RESP_G = ("Trade with the EU and Japan declined 3.2 percent and 5.1 percent, while trade with South Korea went up 6.9 "
            "percent.")
E_CRUDE = ("Liaoning imported about 29.8 million tonnes of crude oil worth 108.4 billion yuan in the January-September "
           "period, with the value down 14.6 percent")
E_ME = ("shipments of mechanical and electrical products, the mainstay of Liaoning's sales abroad, reached 158.3 billion "
        "yuan, an increase of 18.9 percent, accounting for 52.3 percent of the province's total exports")
E_SHIPS = "Exports of ships and steel products grew 45.2 percent and 6.7 percent, respectively"
ME = "mechanical and electrical products"
EU = "European Union"

ARTICLE = {
    "id": "dAN1_03_liaoning_foreign_trade_jan_sep_2025",
    "title": "Liaoning's exports up 11.2 pct in first three quarters as ship and machinery sales surge",
    "publisher": "Xinhua",
    "published": "2025-10-22",
    "notes": [
        "Dateline SHENYANG, Oct. 22 (a Wednesday); running period first three quarters of 2025 = 2025-01..2025-09.",
        "Headline 'exports up 11.2 pct in first three quarters' is the body's export growth: labelled once.",
        "'imports shrank 9 percent' -> -9; 'a record high for the period' is a milestone, out.",
        "'the national rate of 4 percent' is a stated national figure: China, total, growth 4, Jan-Sep 2025. '4.1 percentage points faster than that of the country as a whole' is a derived comparison: out (no national export rate is stated).",
        "September alone: value and yoy growth ('from the same month last year').",
        "ASEAN: rank 1 ('largest trading partner'), and value/growth/share from the next sentence ('the two sides' = Liaoning and ASEAN).",
        "Respectively list of values for EU, Japan, South Korea; growth in a separate sentence: EU -3.2 and Japan -5.1 share the verb 'declined', South Korea +6.9. Russia -8.3 (no value stated).",
        "Crude oil imports: quantity 'about 29.8 million tonnes' (approx), value 108.4 billion yuan, and value growth -14.6 (the text says 'with the value down'); no volume growth is given.",
        "Mechanical and electrical products: export value, growth, share of the province's total exports.",
        "Ships and steel products: export growth, respectively list.",
        "Dalian's 54.2 percent of Liaoning's total imports and exports: area Dalian, flow total, share.",
        "11,026 enterprises with import and export performance: count, segment 'foreign trade enterprises'. '663 more than a year earlier': derived change, out.",
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
        fact(LN, "total", "growth", -8.3, "percent", Q1_3, "8.3", "Trade with Russia dropped 8.3 percent.", partner="Russia"),
        fact(LN, "imports", "quantity", 29.8e6, "tonnes", Q1_3, "29.8 million", E_CRUDE, product="crude oil", qualifier="approx"),
        fact(LN, "imports", "value", 108.4e9, "CNY", Q1_3, "108.4 billion", E_CRUDE, product="crude oil"),
        fact(LN, "imports", "growth", -14.6, "percent", Q1_3, "14.6", E_CRUDE, product="crude oil"),
        fact(LN, "exports", "value", 158.3e9, "CNY", Q1_3, "158.3 billion", E_ME, product=ME),
        fact(LN, "exports", "growth", 18.9, "percent", Q1_3, "18.9", E_ME, product=ME),
        fact(LN, "exports", "share", 52.3, "percent", Q1_3, "52.3", E_ME, product=ME),
        fact(LN, "exports", "growth", 45.2, "percent", Q1_3, "45.2", E_SHIPS, product="ships"),
        fact(LN, "exports", "growth", 6.7, "percent", Q1_3, "6.7", E_SHIPS, product="steel products"),
        fact("Dalian", "total", "share", 54.2, "percent", Q1_3, "54.2",
             "The coastal city of Dalian remained the province's main gateway for trade, contributing 54.2 percent of Liaoning's total imports and exports in the period."),
        fact(LN, "total", "count", 11026, "number", Q1_3, "11,026",
             "The number of enterprises with import and export performance in Liaoning reached 11,026 in the first three quarters",
             segment="foreign trade enterprises"),
    ],
}
