from _fact import fact, period

JS = "Jiangsu"
Q1_3 = period(2025, 1, 9)    # first three quarters of 2025
SEP = period(2025, 9)

ARTICLE = {
    "id": "dBM1_03",
    "title": "Exports lift Jiangsu's January-September trade by 5.3 pct",
    "publisher": "Xinhua",
    "published": "2025-10-22",
    "notes": [
        "Real figures used as anchors only (Nanjing Customs, January-August 2025: 3.82 trillion yuan, +5.1%, exports "
        "2.55 trillion +9%, imports 1.27 trillion -2%, private firms 1.69 trillion, 44.3%; national January-September "
        "2025 trade 33.61 trillion yuan). Invented: every figure in the article. Derived for consistency: 2.89 + 1.43 "
        "= 4.32 trillion; 4.32/33.61 = 12.9% of the national total; September = 4.32 - 3.82 = about 0.50 trillion "
        "(503.82 billion); 2.13/4.32 = 49.3%; 1.93/4.32 = 44.7%; 1.98/2.89 = 68.5%; 606.7 billion dollars at about "
        "7.12 yuan per dollar.",
        "Judgement calls: the headline's '5.3 pct' is the body's growth figure, labelled once. '(about 606.7 billion "
        "U.S. dollars)' is the same total in another currency: a USD fact, qualifier approx. 'leaving it second among the "
        "provinces' is Jiangsu's rank among provinces by foreign trade: rank 2, flow total, no partner. "
        "'The European Union remained the province's largest trading partner': rank 1 with partner European Union. "
        "'Outbound sales accounted for 2.89 trillion yuan of that amount' are exports (not a share). The "
        "'respectively' lists: three yuan values for EU, ASEAN and US; then two growth rates for EU and ASEAN, and "
        "'whereas the province's trade with the United States declined 9.6 percent' (subject carried, value -9.6). 'countries along the Belt "
        "and Road' is partner 'Belt and Road partner countries'. 'The number of enterprises with import and export "
        "records' is a count with segment 'foreign trade enterprises'. 'Among them' makes the electric vehicle, lithium "
        "battery and solar cell figures export growth rates, each its own product. The 'new three' value uses product "
        "'new three' (the text's words).",
        "Not facts: 'fourth straight month' (streak); 'a share 1.1 percentage points higher' (derived change of a share); "
        "'5,120 more than a year earlier' (derived absolute change in a count); 'more than 1,600 trips' (freight "
        "train departures, not trade); 2024, 2025 (years); 'nine months' (period).",
        "Copy check: 7 sentences searched, 3 reworded (the lead, which followed the clause order of earlier Xinhua "
        "Jiangsu leads; the 'Of the total, exports ... while imports ...' sentence; the EU/ASEAN/US 'respectively' "
        "sentence). The private-enterprise growth rate was changed from 4.2 to 4.6 percent because 4.2 matched a real "
        "2023 Jiangsu sentence too closely.",
        "Second check: 18 sentences searched, 7 reworded.",
    ],
    "facts": [
        fact(JS, "total", "value", 4.32e12, "CNY", Q1_3, "4.32 trillion",
             "Jiangsu handled 4.32 trillion yuan (about 606.7 billion U.S. dollars) of imports and exports"),
        fact(JS, "total", "value", 606.7e9, "USD", Q1_3, "606.7 billion",
             "4.32 trillion yuan (about 606.7 billion U.S. dollars)", qualifier="approx"),
        fact(JS, "total", "growth", 5.3, "percent", Q1_3, "5.3",
             "Jiangsu handled 4.32 trillion yuan (about 606.7 billion U.S. dollars) of imports and exports between January and September, 5.3 percent more than in the same period of 2024"),
        fact(JS, "total", "share", 12.9, "percent", Q1_3, "12.9",
             "Jiangsu's share of the country's imports and exports over the period was 12.9 percent"),
        fact(JS, "total", "rank", 2, "number", Q1_3, "second",
             "Only Guangdong traded more: Jiangsu's share of the country's imports and exports over the period was 12.9 percent, leaving it second among the provinces"),
        fact(JS, "exports", "value", 2.89e12, "CNY", Q1_3, "2.89 trillion",
             "Outbound sales accounted for 2.89 trillion yuan of that amount"),
        fact(JS, "exports", "growth", 9.1, "percent", Q1_3, "9.1",
             "Outbound sales accounted for 2.89 trillion yuan of that amount, 9.1 percent more than a year before"),
        fact(JS, "imports", "growth", -1.7, "percent", Q1_3, "1.7",
             "Purchases from abroad, by contrast, dropped 1.7 percent to 1.43 trillion yuan"),
        fact(JS, "imports", "value", 1.43e12, "CNY", Q1_3, "1.43 trillion",
             "Purchases from abroad, by contrast, dropped 1.7 percent to 1.43 trillion yuan"),
        fact(JS, "total", "value", 503.82e9, "CNY", SEP, "503.82 billion",
             "Trade in September alone reached 503.82 billion yuan"),
        fact(JS, "total", "growth", 6.8, "percent", SEP, "6.8",
             "Trade in September alone reached 503.82 billion yuan, up 6.8 percent from a year earlier"),
        # partners
        fact(JS, "total", "rank", 1, "number", Q1_3, "largest",
             "The European Union remained the province's largest trading partner", partner="European Union"),
        fact(JS, "total", "value", 721.46e9, "CNY", Q1_3, "721.46 billion",
             "the EU, the Association of Southeast Asian Nations (ASEAN) and the United States accounted for 721.46 "
             "billion yuan, 698.37 billion yuan and 552.3 billion yuan of the province's trade, respectively",
             partner="European Union"),
        fact(JS, "total", "value", 698.37e9, "CNY", Q1_3, "698.37 billion",
             "the EU, the Association of Southeast Asian Nations (ASEAN) and the United States accounted for 721.46 "
             "billion yuan, 698.37 billion yuan and 552.3 billion yuan of the province's trade, respectively",
             partner="ASEAN"),
        fact(JS, "total", "value", 552.3e9, "CNY", Q1_3, "552.3 billion",
             "the EU, the Association of Southeast Asian Nations (ASEAN) and the United States accounted for 721.46 "
             "billion yuan, 698.37 billion yuan and 552.3 billion yuan of the province's trade, respectively",
             partner="United States"),
        fact(JS, "total", "growth", 8.4, "percent", Q1_3, "8.4",
             "The EU and ASEAN saw their trade with the province expand by 8.4 percent and 11.2 percent, respectively",
             partner="European Union"),
        fact(JS, "total", "growth", 11.2, "percent", Q1_3, "11.2",
             "The EU and ASEAN saw their trade with the province expand by 8.4 percent and 11.2 percent, respectively", partner="ASEAN"),
        fact(JS, "total", "growth", -9.6, "percent", Q1_3, "9.6",
             "whereas the province's trade with the United States declined 9.6 percent", partner="United States"),
        fact(JS, "total", "growth", 7.8, "percent", Q1_3, "7.8",
             "Countries along the Belt and Road accounted for 49.3 percent of the provincial total, a share 1.1 percentage points higher than a year earlier, after Jiangsu's trade with them climbed 7.8 percent to 2.13 trillion yuan",
             partner="Belt and Road partner countries"),
        fact(JS, "total", "value", 2.13e12, "CNY", Q1_3, "2.13 trillion",
             "Countries along the Belt and Road accounted for 49.3 percent of the provincial total, a share 1.1 percentage points higher than a year earlier, after Jiangsu's trade with them climbed 7.8 percent to 2.13 trillion yuan",
             partner="Belt and Road partner countries"),
        fact(JS, "total", "share", 49.3, "percent", Q1_3, "49.3",
             "Countries along the Belt and Road accounted for 49.3 percent of the provincial total, a share 1.1 percentage points higher than a year earlier, after Jiangsu's trade with them climbed 7.8 percent to 2.13 trillion yuan", partner="Belt and Road partner countries"),
        # private enterprises and trading firms
        fact(JS, "total", "growth", 4.6, "percent", Q1_3, "4.6",
             "Private enterprises, now the backbone of the province's export sector, handled 44.7 percent of the total, with their combined imports and exports reaching 1.93 trillion yuan after a 4.6 percent rise", segment="private enterprises"),
        fact(JS, "total", "value", 1.93e12, "CNY", Q1_3, "1.93 trillion",
             "Private enterprises, now the backbone of the province's export sector, handled 44.7 percent of the total, with their combined imports and exports reaching 1.93 trillion yuan after a 4.6 percent rise", segment="private enterprises"),
        fact(JS, "total", "share", 44.7, "percent", Q1_3, "44.7",
             "Private enterprises, now the backbone of the province's export sector, handled 44.7 percent of the total, with their combined imports and exports reaching 1.93 trillion yuan after a 4.6 percent rise", segment="private enterprises"),
        fact(JS, "total", "count", 87936, "number", Q1_3, "87,936",
             "The number of enterprises with import and export records in Jiangsu rose to 87,936 during the period",
             segment="foreign trade enterprises"),
        # products
        fact(JS, "exports", "value", 1.98e12, "CNY", Q1_3, "1.98 trillion",
             "mechanical and electrical goods made up 68.5 percent of the province's exports; their overseas sales grew 10.3 percent to 1.98 trillion yuan",
             product="mechanical and electrical products"),
        fact(JS, "exports", "growth", 10.3, "percent", Q1_3, "10.3",
             "mechanical and electrical goods made up 68.5 percent of the province's exports; their overseas sales grew 10.3 percent to 1.98 trillion yuan",
             product="mechanical and electrical products"),
        fact(JS, "exports", "share", 68.5, "percent", Q1_3, "68.5",
             "mechanical and electrical goods made up 68.5 percent of the province's exports; their overseas sales grew 10.3 percent to 1.98 trillion yuan", product="mechanical and electrical products"),
        fact(JS, "exports", "value", 105.72e9, "CNY", Q1_3, "105.72 billion",
             "Exports of the \"new three\" products -- electric vehicles, lithium batteries and solar cells -- "
             "totaled 105.72 billion yuan", product="new three"),
        fact(JS, "exports", "growth", 31.5, "percent", Q1_3, "31.5",
             "exports of electric vehicles and lithium batteries increased 31.5 percent and 14.7 percent, "
             "respectively", product="electric vehicles"),
        fact(JS, "exports", "growth", 14.7, "percent", Q1_3, "14.7",
             "exports of electric vehicles and lithium batteries increased 31.5 percent and 14.7 percent, "
             "respectively", product="lithium batteries"),
        fact(JS, "exports", "growth", -18.2, "percent", Q1_3, "18.2",
             "while solar cell exports fell 18.2 percent", product="solar cells"),
    ],
}
