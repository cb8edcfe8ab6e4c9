from _fact import fact, period

C, EU = "China", "European Union"
Y = period(2025, 1, 12)
Y24 = period(2024, 1, 12)
EU10 = period(2025, 1, 10)
OCT = period(2025, 10)
DEC = period(2025, 12)
EV_2024 = "That compares with 2024, when exports to Europe grew 3 per cent and imports shrank 4.7 per cent."
EV_YUAN = "Measured in yuan, it reached 5.93 trillion yuan, up 6 per cent and equal to 13 per cent of China's total foreign trade, keeping the EU as China's second-largest trading partner after Asean."
EV_CONS = "The EU was China's largest source of imported consumer goods and its largest export market for them, accounting for 26.8 per cent and 16.2 per cent of the respective totals, he said."
EV_EX = "Eurostat data shows the EU's goods exports to China fell 6.5 per cent to €166.3 billion in the first 10 months of 2025"
EV_IM = "while its imports from China rose 5.8 per cent to €461.2 billion, leaving a deficit of €294.9 billion"
EV_OCT = "The EU ran a €32.5 billion deficit with China in October by itself, as its exports shrank 3.3 per cent and its imports declined 4.4 per cent year on year."

ARTICLE = {
    "id": "dBD1_06",
    "title": "China's trade surplus with EU swells 18 per cent as exporters pivot away from US",
    "publisher": "South China Morning Post",
    "published": "2026-01-15",
    "notes": [
        "Publisher: the text names its outlet only as 'the Post' (an economist 'told the Post'), read as the South China Morning Post. SCMP-style analysis. Real anchors: 2025 China-EU trade 5.93 trillion yuan, +6%, 13% of China's trade (GAC, Jan 2026); exports to EU +8.4%, imports -0.4%, surplus +18.1%, Germany surplus +108%; EU consumer-goods shares 26.8%/16.2% (GAC press conference); Eurostat October 2025 deficit EUR 32.5 bln, exports -3.3%, imports -4.4%. US$ levels, product figures and Eurostat Jan-Oct levels are illustrative; sentences are my own.",
        "'last year' in an article of 2026-01-15 -> 2025 (01..12); China-side facts inherit it. The 2024 surplus 'from US$247.2 billion in 2024' is a stated value of another year -> balance fact for 2024. 'That compares with 2024, when exports ... grew 3 per cent and imports shrank 4.7 per cent' -> two growth facts for period 2024.",
        "Headline '18 per cent' and body '18.1 per cent' are one observation: labelled once on the body.",
        "Two-way trade growth is stated in dollars (5.3%) and in yuan (6%): the record has no currency for growth, so both are labelled as written (same identity except value).",
        "'second-largest trading partner after Asean' -> rank 2, area China, partner EU. 'second-largest partner in goods after the United States' -> rank 2, area EU, partner China.",
        "Consumer goods sentence: 'largest source of imported consumer goods and its largest export market' -> rank 1 for imports and for exports (product 'consumer goods', partner EU); '26.8 per cent and 16.2 per cent of the respective totals' -> import share 26.8 and export share 16.2.",
        "Eurostat side: area European Union, partner China, period Jan-Oct 2025, values in EUR; 'leaving a deficit of €294.9 billion' -> balance -294.9e9. October: deficit -32.5e9 EUR, exports -3.3, imports -4.4 (area EU).",
        "Products in the text's words: 'automobiles' (automobile exports), 'lithium-ion batteries', 'mechanical and electrical products' (share of exports to the bloc), 'passenger cars', 'integrated circuits'.",
        "Germany: 'the surplus ... soaring 108 per cent' -> balance growth 108, partner Germany; 'more than doubled' not a separate number. 'China's biggest trading partner within it' is a rank within a subset of partners: not labelled.",
        "Out of scope: 'a record'; 27-member; 0.8 percentage point contribution; EU countervailing duties of up to 35.3 per cent (tariff rate); expectation of a surplus above US$300 billion this year (forecast).",
    ],
    "facts": [
        fact(C, "balance", "value", 291.9e9, "USD", Y, "291.9 billion",
             "China's trade surplus with the European Union swelled to a record US$291.9 billion last year", partner=EU),
        fact(C, "balance", "growth", 18.1, "percent", Y, "18.1",
             "up 18.1 per cent from US$247.2 billion in 2024", partner=EU),
        fact(C, "balance", "value", 247.2e9, "USD", Y24, "247.2 billion",
             "up 18.1 per cent from US$247.2 billion in 2024", partner=EU),
        fact(C, "exports", "growth", 8.4, "percent", Y, "8.4",
             "Shipments to the 27-member bloc rose 8.4 per cent to US$559.8 billion", partner=EU),
        fact(C, "exports", "value", 559.8e9, "USD", Y, "559.8 billion",
             "Shipments to the 27-member bloc rose 8.4 per cent to US$559.8 billion", partner=EU),
        fact(C, "imports", "growth", -0.4, "percent", Y, "0.4",
             "imports from the EU slipped 0.4 per cent to US$267.9 billion", partner=EU),
        fact(C, "imports", "value", 267.9e9, "USD", Y, "267.9 billion",
             "imports from the EU slipped 0.4 per cent to US$267.9 billion", partner=EU),
        fact(C, "exports", "growth", 3, "percent", Y24, "3", EV_2024, partner=EU),
        fact(C, "imports", "growth", -4.7, "percent", Y24, "4.7", EV_2024, partner=EU),
        fact(C, "total", "growth", 5.3, "percent", Y, "5.3",
             "Two-way trade climbed 5.3 per cent to US$827.7 billion.", partner=EU),
        fact(C, "total", "value", 827.7e9, "USD", Y, "827.7 billion",
             "Two-way trade climbed 5.3 per cent to US$827.7 billion.", partner=EU),
        fact(C, "total", "value", 5.93e12, "CNY", Y, "5.93 trillion", EV_YUAN, partner=EU),
        fact(C, "total", "growth", 6, "percent", Y, "6", EV_YUAN, partner=EU),
        fact(C, "total", "share", 13, "percent", Y, "13", EV_YUAN, partner=EU),
        fact(C, "total", "rank", 2, "number", Y, "second", EV_YUAN, partner=EU),
        fact(C, "exports", "growth", 11.6, "percent", DEC, "11.6",
             "In December, exports to the EU jumped 11.6 per cent from a year earlier, while purchases from the bloc fell 6.2 per cent.", partner=EU),
        fact(C, "imports", "growth", -6.2, "percent", DEC, "6.2",
             "In December, exports to the EU jumped 11.6 per cent from a year earlier, while purchases from the bloc fell 6.2 per cent.", partner=EU),
        fact(C, "balance", "growth", 108, "percent", Y, "108",
             "where the surplus more than doubled, soaring 108 per cent", partner="Germany"),
        fact(C, "exports", "growth", 21.7, "percent", Y, "21.7",
             "China's automobile exports to the EU climbed 21.7 per cent to US$38.4 billion", partner=EU, product="automobiles"),
        fact(C, "exports", "value", 38.4e9, "USD", Y, "38.4 billion",
             "China's automobile exports to the EU climbed 21.7 per cent to US$38.4 billion", partner=EU, product="automobiles"),
        fact(C, "exports", "growth", 18.2, "percent", Y, "18.2",
             "Shipments of lithium-ion batteries rose 18.2 per cent", partner=EU, product="lithium-ion batteries"),
        fact(C, "exports", "share", 58.6, "percent", Y, "58.6",
             "mechanical and electrical products made up 58.6 per cent of everything China sold to the bloc", partner=EU,
             product="mechanical and electrical products"),
        fact(C, "imports", "growth", -29.6, "percent", Y, "29.6",
             "Imports of European passenger cars sank 29.6 per cent to US$14.1 billion", partner=EU, product="passenger cars"),
        fact(C, "imports", "value", 14.1e9, "USD", Y, "14.1 billion",
             "Imports of European passenger cars sank 29.6 per cent to US$14.1 billion", partner=EU, product="passenger cars"),
        fact(C, "imports", "growth", -12.4, "percent", Y, "12.4",
             "purchases of integrated circuits from the EU dropped 12.4 per cent", partner=EU, product="integrated circuits"),
        fact(C, "imports", "rank", 1, "number", Y, "largest", EV_CONS, partner=EU, product="consumer goods"),
        fact(C, "exports", "rank", 1, "number", Y, "largest", EV_CONS, partner=EU, product="consumer goods"),
        fact(C, "imports", "share", 26.8, "percent", Y, "26.8", EV_CONS, partner=EU, product="consumer goods"),
        fact(C, "exports", "share", 16.2, "percent", Y, "16.2", EV_CONS, partner=EU, product="consumer goods"),
        fact(EU, "exports", "growth", -6.5, "percent", EU10, "6.5", EV_EX, partner=C),
        fact(EU, "exports", "value", 166.3e9, "EUR", EU10, "166.3 billion", EV_EX, partner=C),
        fact(EU, "imports", "growth", 5.8, "percent", EU10, "5.8", EV_IM, partner=C),
        fact(EU, "imports", "value", 461.2e9, "EUR", EU10, "461.2 billion", EV_IM, partner=C),
        fact(EU, "balance", "value", -294.9e9, "EUR", EU10, "294.9 billion", EV_IM, partner=C),
        fact(EU, "total", "share", 14.5, "percent", EU10, "14.5",
             "China accounted for 14.5 per cent of the EU's external trade over the period", partner=C),
        fact(EU, "total", "rank", 2, "number", EU10, "second",
             "making it the bloc's second-largest partner in goods after the United States", partner=C),
        fact(EU, "balance", "value", -32.5e9, "EUR", OCT, "32.5 billion", EV_OCT, partner=C),
        fact(EU, "exports", "growth", -3.3, "percent", OCT, "3.3", EV_OCT, partner=C),
        fact(EU, "imports", "growth", -4.4, "percent", OCT, "4.4", EV_OCT, partner=C),
    ],
}
