from _fact import fact, period

YN = "Yunnan"
AS = "ASEAN"
JO = period(2025, 1, 10)
JS = period(2025, 1, 9)
OCT = period(2025, 10)

RESP = ("The province's trade with Myanmar, Vietnam and Laos stood at 27.35 billion yuan, 25.91 billion yuan and "
        "12.64 billion yuan respectively in the 10-month period, increasing 6.8 percent, 15.3 percent and 21.7 percent year on year")

ARTICLE = {
    "id": "dBJ1_05",
    "title": "Yunnan's trade with ASEAN up 12.7 pct in first 10 months",
    "publisher": "Xinhua",
    "published": "2025-11-21",
    "notes": [
        "Real context: ASEAN as Yunnan's top partner, Kunming Customs as source, fruit corridor, China-Laos Railway and Mohan/Hekou/Ruili ports. "
        "Invented but internally consistent: all January-October 2025 figures (totals, ASEAN, Myanmar/Vietnam/Laos, October, agriculture, "
        "fruit, durian tonnage, border trade); totals add up (exports + imports, ASEAN exports - imports = surplus, January-September "
        "growth consistent with October growth).",
        "Judgement calls: 'biggest trading partner' is rank 1 of Yunnan's total trade with ASEAN for January-October (value_text 'biggest'). "
        "'The bloc' and 'Imports from the bloc' carry ASEAN from the sentence before; 'Of the total, exports ...' is Yunnan's exports to the world. "
        "'5.1 percent higher than in September' is month-on-month. '9.1-percent growth logged in the first three quarters' is a stated "
        "growth for January-September (its own period). 'of which fresh fruit made up 8.42 billion yuan' is fruit imports from ASEAN. "
        "'Border trade' is a trade mode, labelled as segment. Durian tonnage is imports from ASEAN (stated in the sentence).",
        "Not facts: 21 years running (streak), 19 freight trains a day (daily average, not a trade flow), 'largest land port' "
        "(rank of a port, not of a trade flow), more than 2,000 trucks a day, 4,000 km, over 20 border ports, 115 billion yuan (a target), "
        "'widened' (no number for the change).",
        "Copy check: 22 sentences searched, 5 reworded (the rewordings searched again).",
        "Copy check (independent): 23 sentences searched, 6 reworded.",
    ],
    "facts": [
        fact(YN, "total", "growth", 12.7, "percent", JO, "12.7",
             "Yunnan Province in southwest China traded goods worth 96.58 billion yuan (about 13.58 billion U.S. dollars) with the Association of Southeast Asian Nations (ASEAN) in the first 10 months of 2025, 12.7 percent more than a year earlier",
             partner=AS),
        fact(YN, "total", "value", 96.58e9, "CNY", JO, "96.58 billion",
             "Yunnan Province in southwest China traded goods worth 96.58 billion yuan (about 13.58 billion U.S. dollars) with the Association of Southeast Asian Nations (ASEAN)",
             partner=AS),
        fact(YN, "total", "value", 13.58e9, "USD", JO, "13.58 billion",
             "96.58 billion yuan (about 13.58 billion U.S. dollars)", partner=AS, qualifier="approx"),
        fact(YN, "total", "rank", 1, "number", JO, "biggest",
             "The bloc, which accounted for 41.7 percent of everything Yunnan traded abroad, kept its place as the province's biggest trading partner", partner=AS),
        fact(YN, "total", "share", 41.7, "percent", JO, "41.7",
             "The bloc, which accounted for 41.7 percent of everything Yunnan traded abroad", partner=AS),
        fact(YN, "exports", "growth", 16.4, "percent", JO, "16.4",
             "Shipments from Yunnan to ASEAN markets jumped 16.4 percent to 55.12 billion yuan", partner=AS),
        fact(YN, "exports", "value", 55.12e9, "CNY", JO, "55.12 billion",
             "Shipments from Yunnan to ASEAN markets jumped 16.4 percent to 55.12 billion yuan", partner=AS),
        fact(YN, "imports", "growth", 8.1, "percent", JO, "8.1",
             "Imports from the bloc came to 41.46 billion yuan, an 8.1-percent increase", partner=AS),
        fact(YN, "imports", "value", 41.46e9, "CNY", JO, "41.46 billion",
             "Imports from the bloc came to 41.46 billion yuan", partner=AS),
        fact(YN, "balance", "value", 13.66e9, "CNY", JO, "13.66 billion",
             "The province's trade surplus with its southern neighbors widened to 13.66 billion yuan", partner=AS),
        fact(YN, "total", "value", 231.47e9, "CNY", JO, "231.47 billion",
             "From January to October, Yunnan's total imports and exports reached 231.47 billion yuan"),
        fact(YN, "total", "growth", 9.6, "percent", JO, "9.6",
             "Yunnan's total imports and exports reached 231.47 billion yuan, up 9.6 percent from a year earlier"),
        fact(YN, "total", "growth", 9.1, "percent", JS, "9.1",
             "faster than the 9.1-percent growth logged in the first three quarters"),
        fact(YN, "exports", "growth", 14.2, "percent", JO, "14.2",
             "Exports made up 129.83 billion yuan of that total after a 14.2 percent rise"),
        fact(YN, "exports", "value", 129.83e9, "CNY", JO, "129.83 billion",
             "Exports made up 129.83 billion yuan of that total after a 14.2 percent rise"),
        fact(YN, "imports", "growth", 4.2, "percent", JO, "4.2",
             "imports grew 4.2 percent to 101.64 billion yuan"),
        fact(YN, "imports", "value", 101.64e9, "CNY", JO, "101.64 billion",
             "imports grew 4.2 percent to 101.64 billion yuan"),
        fact(YN, "total", "value", 24.86e9, "CNY", OCT, "24.86 billion",
             "The province's foreign trade for October by itself came to 24.86 billion yuan"),
        fact(YN, "total", "growth", 13.9, "percent", OCT, "13.9",
             "The province's foreign trade for October by itself came to 24.86 billion yuan, 13.9 percent above the same month last year"),
        fact(YN, "total", "growth", 5.1, "percent", OCT, "5.1",
             "The province's foreign trade for October by itself came to 24.86 billion yuan, 13.9 percent above the same month last year and 5.1 percent higher than in September",
             basis="mom"),
        fact(YN, "total", "value", 27.35e9, "CNY", JO, "27.35 billion", RESP, partner="Myanmar"),
        fact(YN, "total", "value", 25.91e9, "CNY", JO, "25.91 billion", RESP, partner="Vietnam"),
        fact(YN, "total", "value", 12.64e9, "CNY", JO, "12.64 billion", RESP, partner="Laos"),
        fact(YN, "total", "growth", 6.8, "percent", JO, "6.8", RESP, partner="Myanmar"),
        fact(YN, "total", "growth", 15.3, "percent", JO, "15.3", RESP, partner="Vietnam"),
        fact(YN, "total", "growth", 21.7, "percent", JO, "21.7", RESP, partner="Laos"),
        fact(YN, "exports", "growth", 26.5, "percent", JO, "26.5",
             "Yunnan's exports to Laos, mainly fertilizers, vehicles and photovoltaic products, rose 26.5 percent to 7.85 billion yuan",
             partner="Laos"),
        fact(YN, "exports", "value", 7.85e9, "CNY", JO, "7.85 billion",
             "Yunnan's exports to Laos, mainly fertilizers, vehicles and photovoltaic products, rose 26.5 percent to 7.85 billion yuan",
             partner="Laos"),
        fact(YN, "imports", "value", 19.73e9, "CNY", JO, "19.73 billion",
             "Yunnan's imports of agricultural products from ASEAN totaled 19.73 billion yuan", partner=AS, product="agricultural products"),
        fact(YN, "imports", "growth", 13.5, "percent", JO, "13.5",
             "Yunnan's imports of agricultural products from ASEAN totaled 19.73 billion yuan, up 13.5 percent", partner=AS,
             product="agricultural products"),
        fact(YN, "imports", "value", 8.42e9, "CNY", JO, "8.42 billion",
             "Yunnan's imports of agricultural products from ASEAN totaled 19.73 billion yuan, up 13.5 percent, of which fresh fruit made up 8.42 billion yuan",
             partner=AS, product="fresh fruit"),
        fact(YN, "imports", "quantity", 236000, "tonnes", JO, "236,000",
             "durian imports from ASEAN reaching 236,000 tonnes", partner=AS, product="durian"),
        fact(YN, "exports", "growth", 38.2, "percent", JO, "38.2",
             "The province's fruit exports to ASEAN surged 38.2 percent to 6.47 billion yuan", partner=AS, product="fruit"),
        fact(YN, "exports", "value", 6.47e9, "CNY", JO, "6.47 billion",
             "The province's fruit exports to ASEAN surged 38.2 percent to 6.47 billion yuan", partner=AS, product="fruit"),
        fact(YN, "total", "growth", 10.4, "percent", JO, "10.4",
             "Border trade, a trade mode open to frontier regions, expanded 10.4 percent to 38.26 billion yuan", segment="border trade"),
        fact(YN, "total", "value", 38.26e9, "CNY", JO, "38.26 billion",
             "Border trade, a trade mode open to frontier regions, expanded 10.4 percent to 38.26 billion yuan", segment="border trade"),
    ],
}
