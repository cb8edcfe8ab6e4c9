from _fact import fact, period

Y25 = period(2025, 1, 12)
Y24 = period(2024, 1, 12)
DEC = period(2025, 12)
NOV = period(2025, 11)
US = "United States"
EU = "European Union"

ARTICLE = {
    "id": "dBH1_04",
    "title": "China's trade surplus swells to record US$1.19 trillion as exporters look beyond America",
    "publisher": "South China Morning Post",
    "published": "2026-01-15",
    "notes": [
        "Real (customs release of 14 Jan 2026 as reported by AP, Sharecast, ARA, Global Times and others): surplus "
        "US$1.19 trillion (+20%), 2024 surplus US$992 billion, exports US$3.77 trillion (+5.5%), imports US$2.58 "
        "trillion, total trade 45.47 trillion yuan (+3.8%), December exports +6.6%, imports +5.7%, November exports "
        "+5.9%, December surplus US$114.1 billion, exports to the US -20% to US$420.05 billion, December -30%, imports "
        "from the US -14.6% (December -29%), US share 11.1%, exports to Africa +25.8% (December +21.8%), ASEAN +13.4% "
        "to US$665.2 billion, EU +8.4% to US$559.9 billion, Latin America +7.4%, imports from the EU -0.4% to US$268.2 "
        "billion, imports from ASEAN -1.6%. The 3% Reuters poll median is real but out of scope (a forecast).",
        "Derived: US share of 14.7% in 2024 (524.7/3,577); surplus with the US about US$280 billion and its 22.4% "
        "narrowing (imports from the US taken as 163.6 bn in 2024 less 14.6%); surplus with the EU US$291.8 billion "
        "(559.9 - 268.2 rounded from the unrounded figures); surplus with ASEAN about US$275.6 billion (imports from "
        "ASEAN assumed about US$389.6 billion); surplus with Africa about US$101 billion (imports from Africa invented, "
        "about US$124 billion). The 'largest with any single partner' rank of the EU surplus follows from these derived "
        "figures. The yuan rate, the 4% appreciation, the 5% growth target and the Hong Kong economist's 3% / US$1 "
        "trillion forecasts are out of scope by design (exchange rate, GDP target, forecasts).",
        "'last year' and 'December'/'November' carry no year in the sentences: period from the publication date "
        "(15 Jan 2026), so 2025, 2025-12 and 2025-11.",
        "Headline 'US$1.19 trillion' and the body figure are one observation, labelled once (body evidence).",
        "Out of scope by design: 'seventh month of the year in which the gap exceeded US$100 billion' (streak, "
        "threshold), 'ninth straight month' (streak), 'the quickest pace in three months', 'more than double where it "
        "stood five years earlier' (derived comparison), 'roughly double the 3 per cent median forecast'.",
        "Judgement: 'Latin American buyers took 7.4 per cent more' read as exports to Latin America, growth +7.4. "
        "'The US now takes 11.1 per cent of Chinese exports' read as the 2025 share (the article's running year).",
        "Copy check: 9 sentences searched in the pages corpus (distinctive 6-10-word stretches); no real story "
        "carried any of them, 0 reworded. Written in my own words after reading AP, Sharecast, ARA, Global Times, "
        "btimesonline and marketspy coverage of the 14 Jan 2026 release.",
        "Copy check (independent): 23 sentences searched, 0 reworded.",
    ],
    "facts": [
        fact("China", "balance", "value", 1.19e12, "USD", Y25, "1.19 trillion",
             "The surplus came to US$1.19 trillion last year"),
        fact("China", "balance", "growth", 20, "percent", Y25, "20",
             "The surplus came to US$1.19 trillion last year, 20 per cent above the US$992 billion of 2024"),
        fact("China", "balance", "value", 992e9, "USD", Y24, "992 billion",
             "The surplus came to US$1.19 trillion last year, 20 per cent above the US$992 billion of 2024"),
        fact("China", "exports", "growth", 5.5, "percent", Y25, "5.5",
             "Outbound shipments grew 5.5 per cent to US$3.77 trillion"),
        fact("China", "exports", "value", 3.77e12, "USD", Y25, "3.77 trillion",
             "Outbound shipments grew 5.5 per cent to US$3.77 trillion"),
        fact("China", "imports", "value", 2.58e12, "USD", Y25, "2.58 trillion",
             "the import bill barely budged and held at US$2.58 trillion"),
        fact("China", "total", "growth", 3.8, "percent", Y25, "3.8",
             "Measured in yuan, the value of goods trade rose 3.8 per cent to a record 45.47 trillion yuan"),
        fact("China", "total", "value", 45.47e12, "CNY", Y25, "45.47 trillion",
             "Measured in yuan, the value of goods trade rose 3.8 per cent to a record 45.47 trillion yuan"),
        fact("China", "exports", "growth", 6.6, "percent", DEC, "6.6",
             "Exports in the month advanced 6.6 per cent on a year earlier"),
        fact("China", "exports", "growth", 5.9, "percent", NOV, "5.9",
             "faster than November's 5.9 per cent"),
        fact("China", "imports", "growth", 5.7, "percent", DEC, "5.7",
             "Imports grew 5.7 per cent, the quickest pace in three months"),
        fact("China", "balance", "value", 114.1e9, "USD", DEC, "114.1 billion",
             "the monthly surplus reached US$114.1 billion"),
        fact("China", "exports", "growth", -20, "percent", Y25, "20",
             "Shipments to the United States slid 20 per cent over the year to US$420.05 billion", partner=US),
        fact("China", "exports", "value", 420.05e9, "USD", Y25, "420.05 billion",
             "Shipments to the United States slid 20 per cent over the year to US$420.05 billion", partner=US),
        fact("China", "exports", "growth", -30, "percent", DEC, "30",
             "in December they were 30 per cent lower than a year before", partner=US),
        fact("China", "imports", "growth", -14.6, "percent", Y25, "14.6",
             "Purchases of American goods fell 14.6 per cent for the full year", partner=US),
        fact("China", "imports", "growth", -29, "percent", DEC, "29",
             "Purchases of American goods fell 14.6 per cent for the full year and dropped 29 per cent in December",
             partner=US),
        fact("China", "exports", "share", 11.1, "percent", Y25, "11.1",
             "The US now takes 11.1 per cent of Chinese exports, against 14.7 per cent in 2024", partner=US),
        fact("China", "exports", "share", 14.7, "percent", Y24, "14.7",
             "The US now takes 11.1 per cent of Chinese exports, against 14.7 per cent in 2024", partner=US),
        fact("China", "balance", "growth", -22.4, "percent", Y25, "22.4",
             "the bilateral surplus with the US narrowed 22.4 per cent to roughly US$280 billion", partner=US),
        fact("China", "balance", "value", 280e9, "USD", Y25, "280 billion",
             "the bilateral surplus with the US narrowed 22.4 per cent to roughly US$280 billion", partner=US,
             qualifier="approx"),
        fact("China", "exports", "growth", 25.8, "percent", Y25, "25.8",
             "Sales to Africa were the standout, jumping 25.8 per cent over the year", partner="Africa"),
        fact("China", "exports", "growth", 21.8, "percent", DEC, "21.8",
             "Sales to Africa were the standout, jumping 25.8 per cent over the year and 21.8 per cent in December alone",
             partner="Africa"),
        fact("China", "exports", "growth", 13.4, "percent", Y25, "13.4",
             "Exports to the Association of Southeast Asian Nations (Asean) climbed 13.4 per cent to US$665.2 billion",
             partner="ASEAN"),
        fact("China", "exports", "value", 665.2e9, "USD", Y25, "665.2 billion",
             "Exports to the Association of Southeast Asian Nations (Asean) climbed 13.4 per cent to US$665.2 billion",
             partner="ASEAN"),
        fact("China", "exports", "growth", 8.4, "percent", Y25, "8.4",
             "those to the European Union gained 8.4 per cent to US$559.9 billion", partner=EU),
        fact("China", "exports", "value", 559.9e9, "USD", Y25, "559.9 billion",
             "those to the European Union gained 8.4 per cent to US$559.9 billion", partner=EU),
        fact("China", "exports", "growth", 7.4, "percent", Y25, "7.4",
             "Latin American buyers took 7.4 per cent more", partner="Latin America"),
        fact("China", "imports", "growth", -0.4, "percent", Y25, "0.4",
             "China bought 0.4 per cent less from the EU, at US$268.2 billion", partner=EU),
        fact("China", "imports", "value", 268.2e9, "USD", Y25, "268.2 billion",
             "China bought 0.4 per cent less from the EU, at US$268.2 billion", partner=EU),
        fact("China", "imports", "growth", -1.6, "percent", Y25, "1.6",
             "China bought 0.4 per cent less from the EU, at US$268.2 billion, and 1.6 per cent less from Asean",
             partner="ASEAN"),
        fact("China", "balance", "value", 291.8e9, "USD", Y25, "291.8 billion",
             "That left China's surplus with the EU at US$291.8 billion", partner=EU),
        fact("China", "balance", "rank", 1, "number", Y25, "largest",
             "That left China's surplus with the EU at US$291.8 billion, its largest with any single partner",
             partner=EU),
        fact("China", "balance", "value", 275.6e9, "USD", Y25, "275.6 billion",
             "The surplus with Asean came to about US$275.6 billion", partner="ASEAN", qualifier="approx"),
        fact("China", "balance", "value", 101e9, "USD", Y25, "101 billion",
             "The surplus with Asean came to about US$275.6 billion and the one with Africa to about US$101 billion",
             partner="Africa", qualifier="approx"),
    ],
}
