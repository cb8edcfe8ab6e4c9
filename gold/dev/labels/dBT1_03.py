from _fact import fact, period

CN = "China"
US = "United States"
JAN_OCT = period(2026, 1, 10)
JAN_SEP = period(2026, 1, 9)
OCT = period(2026, 10)

ARTICLE = {
    "id": "dBT1_03",
    "title": "China-US trade keeps shrinking in 2026 as goods find detours through Vietnam and Mexico",
    "publisher": "South China Morning Post",
    "published": "2026-11-23",
    "notes": [
        "Real figures: none (2026 data). Modelled on SCMP / Bloomberg analyses that set Chinese customs figures beside "
        "US Census Bureau figures (China's share of US imports, Mexico as top US supplier, rerouting through Vietnam and "
        "Mexico). Invented: every figure. Derived and checked: 318.6 + 98.4 = 417.0; surplus 220.2 = 318.6 - 98.4; "
        "-13.6% from the implied 2025 bases; 2.26 trillion yuan = 318.6 x 7.10; October surplus 20.8 = 28.9 - 8.1; "
        "Jan-Sep exports 289.7 = 318.6 - 28.9; US deficit -173.5 = 78.2 - 251.7, narrowing 22.6% from the implied "
        "2025 deficit; Mexico 15.2% and China 9.1% of implied US imports of about US$2.775 trillion.",
        "Judgement calls: the standfirst's 14.2 per cent is the body's fact, labelled once. Chinese customs figures run "
        "to October (period 2026-01..2026-10, area China); Census figures run to September ('first nine months', "
        "'January-September', area United States). 'last month' is October 2026 (published 2026-11-23); '6.8 per cent "
        "lower than in September' is basis mom. 'exports to the US totalled 2.26 trillion yuan' is the same observation "
        "as US$318.6 billion in another currency: a separate CNY fact. 'the US now ranks third' among China's trading "
        "partners is rank 3 of China's total trade with partner United States; ASEAN 'the largest' is rank 1 with "
        "partner ASEAN; the EU's place is implied, not stated, and is not labelled. 'China supplied 9.1 per cent of all "
        "goods the US bought from abroad' and 'China third among US suppliers' are US imports with partner China. The "
        "US deficit is a negative balance; 'narrowed 22.6 per cent' is balance growth -22.6. 'those to Mexico' are "
        "China's exports to Mexico.",
        "Not facts: about 7.10 yuan to the US dollar (an exchange rate); 2.1 percentage points less than a year earlier "
        "(a derived comparison); 'the smallest share since 2002' (a milestone; 2002 a year); 'roughly US$38 billion "
        "more than the American count' (a gap derived from two figures); the average US tariff near 31 per cent; the "
        "economist's forecast of a further 8 per cent fall next year; July (the USMCA review, a date); 'first 10 "
        "months' and 'first nine months' name periods, not values.",
        "Copy check: 10 sentences searched (headline, lead, customs exports, partner ranks, Census imports, October, "
        "Mexico, the data gap, rerouting, the quote), 1 reworded (the partner-rank sentence).",
        "Second check: 27 sentences searched, 1 reworded.",
    ],
    "facts": [
        # Chinese customs, January-October
        fact(CN, "exports", "value", 318.6e9, "USD", JAN_OCT, "US$318.6 billion",
             "exports to the United States in the January-October period came to US$318.6 billion", partner=US),
        fact(CN, "exports", "growth", -14.2, "percent", JAN_OCT, "14.2",
             "exports to the United States in the January-October period came to US$318.6 billion, down 14.2 per cent "
             "from the same months of 2025", partner=US),
        fact(CN, "imports", "value", 98.4e9, "USD", JAN_OCT, "US$98.4 billion",
             "In the other direction, goods bought from the US were worth US$98.4 billion, 11.5 per cent less than a year before", partner=US),
        fact(CN, "imports", "growth", -11.5, "percent", JAN_OCT, "11.5",
             "In the other direction, goods bought from the US were worth US$98.4 billion, 11.5 per cent less than a year before", partner=US),
        fact(CN, "total", "value", 417.0e9, "USD", JAN_OCT, "US$417.0 billion",
             "That put bilateral trade at US$417.0 billion", partner=US),
        fact(CN, "total", "growth", -13.6, "percent", JAN_OCT, "13.6",
             "That put bilateral trade at US$417.0 billion, a decline of 13.6 per cent", partner=US),
        fact(CN, "balance", "value", 220.2e9, "USD", JAN_OCT, "US$220.2 billion",
             "left China with a surplus of US$220.2 billion against the US", partner=US),
        fact(CN, "exports", "value", 2.26e12, "CNY", JAN_OCT, "2.26 trillion",
             "exports to the US totalled 2.26 trillion yuan", partner=US),
        fact(CN, "total", "rank", 3, "number", JAN_OCT, "third",
             "Among China's trading partners, the US now ranks third", partner=US),
        fact(CN, "total", "rank", 1, "number", JAN_OCT, "largest",
             "the Association of Southeast Asian Nations is the largest", partner="ASEAN"),
        fact(CN, "exports", "share", 9.9, "percent", JAN_OCT, "9.9",
             "American buyers took just 9.9 per cent of China's exports over the 10 months", partner=US),
        # Chinese customs, October
        fact(CN, "exports", "value", 28.9e9, "USD", OCT, "US$28.9 billion",
             "Shipments to the US last month were worth US$28.9 billion", partner=US),
        fact(CN, "exports", "growth", -21.4, "percent", OCT, "21.4",
             "Shipments to the US last month were worth US$28.9 billion, a 21.4 per cent slump from a year before",
             partner=US),
        fact(CN, "exports", "growth", -6.8, "percent", OCT, "6.8",
             "Shipments to the US last month were worth US$28.9 billion, a 21.4 per cent slump from a year before and "
             "6.8 per cent lower than in September", partner=US, basis="mom"),
        fact(CN, "imports", "value", 8.1e9, "USD", OCT, "US$8.1 billion",
             "Chinese purchases of American goods came to US$8.1 billion", partner=US),
        fact(CN, "balance", "value", 20.8e9, "USD", OCT, "US$20.8 billion",
             "Chinese purchases of American goods came to US$8.1 billion, so the monthly surplus shrank to US$20.8 billion",
             partner=US),
        # US Census Bureau, January-September
        fact(US, "imports", "growth", -18.9, "percent", JAN_SEP, "18.9",
             "American imports from China in the first nine months dropped 18.9 per cent year on year to US$251.7 billion",
             partner=CN),
        fact(US, "imports", "value", 251.7e9, "USD", JAN_SEP, "US$251.7 billion",
             "American imports from China in the first nine months dropped 18.9 per cent year on year to US$251.7 billion",
             partner=CN),
        fact(US, "imports", "share", 9.1, "percent", JAN_SEP, "9.1",
             "China supplied 9.1 per cent of all goods the US bought from abroad", partner=CN),
        fact(US, "imports", "rank", 3, "number", JAN_SEP, "third",
             "That left China third among US suppliers", partner=CN),
        fact(US, "imports", "value", 421.8e9, "USD", JAN_SEP, "US$421.8 billion",
             "The US bought US$421.8 billion of goods from Mexico", partner="Mexico"),
        fact(US, "imports", "rank", 1, "number", JAN_SEP, "largest",
             "Mexico, the largest source of American imports", partner="Mexico"),
        fact(US, "imports", "growth", 5.3, "percent", JAN_SEP, "5.3",
             "The US bought US$421.8 billion of goods from Mexico, the largest source of American imports, over the same "
             "period, 5.3 per cent more than a year earlier", partner="Mexico"),
        fact(US, "imports", "share", 15.2, "percent", JAN_SEP, "15.2",
             "The US bought US$421.8 billion of goods from Mexico, the largest source of American imports, over the same "
             "period, 5.3 per cent more than a year earlier, giving it a share of 15.2 per cent", partner="Mexico"),
        fact(CN, "exports", "value", 289.7e9, "USD", JAN_SEP, "US$289.7 billion",
             "Chinese customs data for January to September put exports to the US at US$289.7 billion", partner=US),
        fact(US, "exports", "value", 78.2e9, "USD", JAN_SEP, "US$78.2 billion",
             "US exports to China came to US$78.2 billion in the nine months", partner=CN),
        fact(US, "balance", "growth", -22.6, "percent", JAN_SEP, "22.6",
             "the US goods deficit with China narrowed 22.6 per cent to US$173.5 billion", partner=CN),
        fact(US, "balance", "value", -173.5e9, "USD", JAN_SEP, "US$173.5 billion",
             "the US goods deficit with China narrowed 22.6 per cent to US$173.5 billion", partner=CN),
        # rerouting
        fact(CN, "exports", "growth", 19.8, "percent", JAN_OCT, "19.8",
             "Chinese exports to Vietnam rose 19.8 per cent in the first 10 months to US$171.2 billion", partner="Vietnam"),
        fact(CN, "exports", "value", 171.2e9, "USD", JAN_OCT, "US$171.2 billion",
             "Chinese exports to Vietnam rose 19.8 per cent in the first 10 months to US$171.2 billion", partner="Vietnam"),
        fact(CN, "exports", "growth", 8.7, "percent", JAN_OCT, "8.7",
             "Chinese exports to Vietnam rose 19.8 per cent in the first 10 months to US$171.2 billion, while those to "
             "Mexico climbed 8.7 per cent to US$84.5 billion", partner="Mexico"),
        fact(CN, "exports", "value", 84.5e9, "USD", JAN_OCT, "US$84.5 billion",
             "Chinese exports to Vietnam rose 19.8 per cent in the first 10 months to US$171.2 billion, while those to "
             "Mexico climbed 8.7 per cent to US$84.5 billion", partner="Mexico"),
        fact(US, "imports", "growth", 29.6, "percent", JAN_SEP, "29.6",
             "US imports from Vietnam jumped 29.6 per cent to US$148.3 billion in January-September", partner="Vietnam"),
        fact(US, "imports", "value", 148.3e9, "USD", JAN_SEP, "US$148.3 billion",
             "US imports from Vietnam jumped 29.6 per cent to US$148.3 billion in January-September", partner="Vietnam"),
    ],
}
