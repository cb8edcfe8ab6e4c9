from _fact import fact, period

MAY = period(2025, 5)
YTD = period(2025, 1, 5)
KR = "South Korea"
US = "United States"
E_EXP = "outbound sales reached $57.27 billion (about 79 trillion won) last month, 1.3 percent lower than in May 2024"
E_IMP = "Because imports shrank even more, by 5.3 percent on-year to $50.33 billion, the trade account ended the month $6.94 billion in the black"
E_CHIP = "Semiconductors, the country's biggest export item, earned $13.8 billion, 21.2 percent more than a year earlier"
E_AUTO = "Shipments of automobiles were 4.4 percent lower at $6.2 billion"
E_PETRO = ("Petroleum products and petrochemicals lost 20.9 percent and 20.8 percent, respectively, "
           "falling to $3.6 billion and $3.2 billion")
E_CN = "China, South Korea's top export market, bought 8.4 percent less than a year earlier, $10.4 billion in all"
E_US = "Shipments to the United States declined for a second straight month, by 8.1 percent to $10 billion"
E_ASEAN = "Shipments bound for the Association of Southeast Asian Nations (ASEAN) were 1.3 percent lower at $10 billion"
E_EU = "the European Union took $6 billion worth of South Korean goods, 4 percent more than a year before"
E_TW = "lifted sales to Taiwan by 49.6 percent to $3.8 billion"

ARTICLE = {
    "id": "dAS2_03_korea_exports_may_2025",
    "title": "(LEAD) U.S. tariffs push S. Korea's May exports down 1.3 pct despite record chip sales for the month",
    "publisher": "Yonhap",
    "published": "2025-06-01",
    "notes": [
        "Synthetic story in Yonhap style written for the AS dev set; figures follow the trade ministry's May 2025 release as reported, the won conversion and a few details are realistic inventions.",
        "Area: the article's economy is South Korea (headline 'S. Korea', lead 'South Korea'); canonical name 'South Korea'. 'last month' and May are May 2025 from the dateline (June 1).",
        "Headline '1.3 pct' restates the body figure: labelled once.",
        "'$57.27 billion (about 79 trillion won)': a USD fact and a KRW fact with qualifier approx.",
        "Trade surplus $6.94 billion ('$6.94 billion in the black'): May balance, positive. 'its fourth monthly surplus in a row': streak, out. 'Over January-May the surplus has added up to $19.0 billion': balance for 2025-01..2025-05.",
        "Working days ('one and a half fewer') and 'average daily exports rose 1 percent to $2.66 billion': per-working-day averages, out.",
        "'the 2.0 percent drop that analysts ... had forecast' and the brokerage's 'around 3 percent' third-quarter shrinkage: forecasts, out. 'first 20 days of May ... down 2.4 percent': part of a month, out.",
        "Semiconductors: 'the country's biggest export item' -> rank 1 of exports, product semiconductors; growth +21.2 ('21.2 percent more than a year earlier') and value $13.8 billion ('earned'). 'a record for any May' and the headline's 'record chip sales for the month': milestones, out.",
        "Ranks ('biggest export item', 'top export market') state no period of their own: given the article's running period, May 2025.",
        "'Shipments of automobiles were 4.4 percent lower at $6.2 billion': product 'automobiles'. 'Car exports to the U.S. plunged 32 percent': product cars, partner United States. The 25 percent tariff: out. 'stayed above $6 billion for four consecutive months': threshold restating the $6.2 billion May value plus a streak -> out (the exact figure is already labelled).",
        "Respectively list: petroleum products and petrochemicals, growth -20.9 and -20.8 ('lost' governs both), values $3.6 and $3.2 billion paired in order. 'low $60s per barrel': oil price, out.",
        "China: 'South Korea's top export market' -> rank 1, flow exports, partner China; -8.4% ('8.4 percent less') and $10.4 billion. 'chip sales there were down 14.6 percent': exports of chips to China, product 'chips'.",
        "US: 'Shipments to the United States declined for a second straight month, by 8.1 percent to $10 billion' -> -8.1% and $10 billion ; 'for a second straight month': streak, out.",
        "ASEAN 1.3 percent lower at $10 billion (partner ASEAN, acronym defined in text); 'the European Union took $6 billion worth of South Korean goods, 4 percent more than a year before' -> exports to the EU $6 billion and +4 ('more'), yoy; Taiwan +49.6% to $3.8 billion ('lifted sales to Taiwan by 49.6 percent').",
        "'Only two of the nine major regions the ministry tracks bought more' and 'gains were confined to five of the 15 key export items': conditional counts, out. 'the country's two largest markets': no individual rank stated, out.",
    ],
    "facts": [
        fact(KR, "exports", "value", 57.27e9, "USD", MAY, "57.27 billion", E_EXP),
        fact(KR, "exports", "value", 79e12, "KRW", MAY, "79 trillion", E_EXP, qualifier="approx"),
        fact(KR, "exports", "growth", -1.3, "percent", MAY, "1.3", E_EXP),
        fact(KR, "imports", "growth", -5.3, "percent", MAY, "5.3", E_IMP),
        fact(KR, "imports", "value", 50.33e9, "USD", MAY, "50.33 billion", E_IMP),
        fact(KR, "balance", "value", 6.94e9, "USD", MAY, "6.94 billion", E_IMP),
        fact(KR, "balance", "value", 19.0e9, "USD", YTD, "19.0 billion",
             "Over January-May the surplus has added up to $19.0 billion"),
        fact(KR, "exports", "rank", 1, "number", MAY, "biggest", E_CHIP, product="semiconductors"),
        fact(KR, "exports", "growth", 21.2, "percent", MAY, "21.2", E_CHIP, product="semiconductors"),
        fact(KR, "exports", "value", 13.8e9, "USD", MAY, "13.8 billion", E_CHIP, product="semiconductors"),
        fact(KR, "exports", "growth", -4.4, "percent", MAY, "4.4", E_AUTO, product="automobiles"),
        fact(KR, "exports", "value", 6.2e9, "USD", MAY, "6.2 billion", E_AUTO, product="automobiles"),
        fact(KR, "exports", "growth", -32, "percent", MAY, "32",
             "Car exports to the U.S. plunged 32 percent", partner=US, product="cars"),
        fact(KR, "exports", "growth", -20.9, "percent", MAY, "20.9", E_PETRO, product="petroleum products"),
        fact(KR, "exports", "growth", -20.8, "percent", MAY, "20.8", E_PETRO, product="petrochemicals"),
        fact(KR, "exports", "value", 3.6e9, "USD", MAY, "3.6 billion", E_PETRO, product="petroleum products"),
        fact(KR, "exports", "value", 3.2e9, "USD", MAY, "3.2 billion", E_PETRO, product="petrochemicals"),
        fact(KR, "exports", "rank", 1, "number", MAY, "top", E_CN, partner="China"),
        fact(KR, "exports", "growth", -8.4, "percent", MAY, "8.4", E_CN, partner="China"),
        fact(KR, "exports", "value", 10.4e9, "USD", MAY, "10.4 billion", E_CN, partner="China"),
        fact(KR, "exports", "growth", -14.6, "percent", MAY, "14.6",
             "China, South Korea's top export market, bought 8.4 percent less than a year earlier, $10.4 billion in all, and chip sales there were down 14.6 percent", partner="China", product="chips"),
        fact(KR, "exports", "growth", -8.1, "percent", MAY, "8.1", E_US, partner=US),
        fact(KR, "exports", "value", 10e9, "USD", MAY, "10 billion", E_US, partner=US),
        fact(KR, "exports", "growth", -1.3, "percent", MAY, "1.3", E_ASEAN, partner="ASEAN"),
        fact(KR, "exports", "value", 10e9, "USD", MAY, "10 billion", E_ASEAN, partner="ASEAN"),
        fact(KR, "exports", "growth", 4, "percent", MAY, "4", E_EU, partner="European Union"),
        fact(KR, "exports", "value", 6e9, "USD", MAY, "6 billion", E_EU, partner="European Union"),
        fact(KR, "exports", "growth", 49.6, "percent", MAY, "49.6", E_TW, partner="Taiwan"),
        fact(KR, "exports", "value", 3.8e9, "USD", MAY, "3.8 billion", E_TW, partner="Taiwan"),
    ],
}
