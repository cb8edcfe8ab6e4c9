from _fact import fact, period

CN = "China"
EU = "European Union"
US = "United States"
JO = period(2026, 1, 10)
JS = period(2026, 1, 9)
JA = period(2026, 1, 8)
OCT = period(2026, 10)
SEP = period(2026, 9)

ARTICLE = {
    "id": "dBR1_05",
    "title": "Europe bears the brunt as China's trade surplus with the EU keeps widening",
    "publisher": "South China Morning Post",
    "published": "2026-11-18",
    "notes": [
        "Real figures: none for 2026 (the period has not happened). Real context only: the EU countervailing duties of "
        "up to 35.3 per cent on Chinese battery electric cars (2024) and the 10 per cent standard car duty, which are "
        "not facts here. Modelled on SCMP / Reuters coverage of China-EU and China-US surpluses and on Eurostat "
        "releases. Invented: every 2026 figure and the 2019 comparison figure (US$121.4 billion for January-October "
        "2019, close to the real order of magnitude). Derived: surplus 281.9 = 497.3 - 215.4; October surplus "
        "27.6 = 49.8 - 22.2; EU deficit 270.6 = 418.9 - 148.3; growth of the China-EU surplus (19.2) and of the EU "
        "deficit (16.9) recomputed from the stated growth rates of the two flows.",
        "Judgement calls: Chinese customs figures are area China, partner European Union (or United States), in USD; "
        "Eurostat figures are area European Union, partner China, in EUR (Brussels' figures 'in euros'); Destatis is "
        "area Germany, partner China; US Census is area United States, partner China, a deficit (negative). 'Compared "
        "with 2019, when China's surplus over the same 10 months came to US$121.4 billion' is a fact for January-October "
        "2019. '4.2 per cent more than in September' is October's month-on-month growth (September is the base, not "
        "the period); '9.4 per cent above the level of October 2025' is October 2026's year-on-year growth. The growth "
        "of a surplus or deficit follows its verb: 'widened by 19.2', 'widened 16.9' positive, 'narrowed 23.5' "
        "negative. 'China stayed the largest' (among suppliers of goods entering the EU) = rank 1 and 'it came only "
        "third' (as a destination for European exports) = rank 3, both area EU, partner China. 'hybrid shipments more than doubled to US$7.3 billion' is an "
        "exact value ('more than' goes with 'doubled', not the value), product 'plug-in hybrids'.",
        "Not facts: 35.3 and 10 per cent (tariff rates); 'about 47 per cent' (average US tariff); 'more than doubled' "
        "twice (no number; the 2019 comparison is a derived ratio); EUR2.4 billion more than in August (derived "
        "difference); EUR360 billion full-year deficit (a forecast); US$1.16 (exchange rate); 2019, 2024, 2025 as "
        "years; 'the widest since March' (a record claim); 'next month'.",
        "Copy check: 9 sentences searched, 3 reworded (the October surplus sentence, close in skeleton to a Reuters formula; the tariff clause, which shared a run of words with an electrive report; the sentence on mismatched statistics).",
        "Second check: 29 sentences searched, 1 reworded.",
    ],
    "facts": [
        fact(CN, "exports", "growth", 8.6, "percent", JO, "8.6",
             "shipments from China to the European Union rose 8.6 per cent from a year earlier to US$497.3 billion",
             partner=EU),
        fact(CN, "exports", "value", 497.3e9, "USD", JO, "US$497.3 billion",
             "shipments from China to the European Union rose 8.6 per cent from a year earlier to US$497.3 billion",
             partner=EU),
        fact(CN, "imports", "growth", -2.7, "percent", JO, "2.7",
             "Purchases of European goods went the other way, slipping 2.7 per cent to US$215.4 billion", partner=EU),
        fact(CN, "imports", "value", 215.4e9, "USD", JO, "US$215.4 billion",
             "Purchases of European goods went the other way, slipping 2.7 per cent to US$215.4 billion", partner=EU),
        fact(CN, "balance", "value", 281.9e9, "USD", JO, "US$281.9 billion",
             "a surplus of US$281.9 billion with the bloc", partner=EU),
        fact(CN, "balance", "growth", 19.2, "percent", JO, "19.2",
             "a surplus of US$281.9 billion with the bloc, which widened by 19.2 per cent on the same period last year",
             partner=EU),
        fact(CN, "balance", "value", 121.4e9, "USD", period(2019, 1, 10), "US$121.4 billion",
             "Compared with 2019, when China's surplus over the same 10 months came to US$121.4 billion",
             partner=EU),
        fact(CN, "balance", "value", 27.6e9, "USD", OCT, "US$27.6 billion",
             "Last month's surplus with the EU came to US$27.6 billion", partner=EU),
        fact(CN, "balance", "value", 25.9e9, "USD", SEP, "US$25.9 billion",
             "Last month's surplus with the EU came to US$27.6 billion, the widest since March and above "
             "September's US$25.9 billion",
             partner=EU),
        fact(CN, "exports", "value", 49.8e9, "USD", OCT, "US$49.8 billion",
             "Exports to the bloc reached US$49.8 billion", partner=EU),
        fact(CN, "exports", "growth", 4.2, "percent", OCT, "4.2",
             "Exports to the bloc reached US$49.8 billion, which was 4.2 per cent more than in September",
             partner=EU, basis="mom"),
        fact(CN, "exports", "growth", 9.4, "percent", OCT, "9.4",
             "Exports to the bloc reached US$49.8 billion, which was 4.2 per cent more than in September and 9.4 per "
             "cent above the level of October 2025", partner=EU),
        fact(CN, "imports", "growth", -3.1, "percent", OCT, "3.1",
             "imports from Europe dropped 3.1 per cent year on year to US$22.2 billion", partner=EU),
        fact(CN, "imports", "value", 22.2e9, "USD", OCT, "US$22.2 billion",
             "imports from Europe dropped 3.1 per cent year on year to US$22.2 billion", partner=EU),
        fact(EU, "imports", "value", 418.9e9, "EUR", JS, "€418.9 billion",
             "the EU bought €418.9 billion of Chinese goods in the January-September period", partner=CN),
        fact(EU, "imports", "growth", 7.9, "percent", JS, "7.9",
             "the EU bought €418.9 billion of Chinese goods in the January-September period, 7.9 per cent more than a "
             "year earlier", partner=CN),
        fact(EU, "exports", "growth", -5.4, "percent", JS, "5.4",
             "its sales to China shrank 5.4 per cent to €148.3 billion", partner=CN),
        fact(EU, "exports", "value", 148.3e9, "EUR", JS, "€148.3 billion",
             "its sales to China shrank 5.4 per cent to €148.3 billion", partner=CN),
        fact(EU, "balance", "growth", 16.9, "percent", JS, "16.9",
             "The bloc's deficit with China widened 16.9 per cent to €270.6 billion.", partner=CN),
        fact(EU, "balance", "value", -270.6e9, "EUR", JS, "€270.6 billion",
             "The bloc's deficit with China widened 16.9 per cent to €270.6 billion.", partner=CN),
        fact(EU, "balance", "value", -31.2e9, "EUR", SEP, "€31.2 billion",
             "In September alone, the EU's deficit with China reached €31.2 billion", partner=CN),
        fact(EU, "imports", "rank", 1, "number", JS, "largest",
             "Among suppliers of goods entering the EU from outside the union, China stayed the largest", partner=CN),
        fact(EU, "imports", "share", 22.4, "percent", JS, "22.4",
             "Among suppliers of goods entering the EU from outside the union, China stayed the largest, accounting for "
             "22.4 per cent of such imports", partner=CN),
        fact(EU, "exports", "rank", 3, "number", JS, "third",
             "as a destination for European exports, though, it came only third", partner=CN),
        fact(CN, "exports", "growth", -6.8, "percent", JO, "6.8",
             "China's exports of electric vehicles to the EU fell 6.8 per cent to US$9.7 billion in the first 10 months",
             partner=EU, product="electric vehicles"),
        fact(CN, "exports", "value", 9.7e9, "USD", JO, "US$9.7 billion",
             "China's exports of electric vehicles to the EU fell 6.8 per cent to US$9.7 billion in the first 10 months",
             partner=EU, product="electric vehicles"),
        fact(CN, "exports", "value", 7.3e9, "USD", JO, "US$7.3 billion",
             "hybrid shipments more than doubled to US$7.3 billion", partner=EU, product="plug-in hybrids"),
        fact(CN, "exports", "growth", 18.9, "percent", JO, "18.9",
             "Shipments of lithium batteries to the bloc climbed 18.9 per cent to US$21.4 billion",
             partner=EU, product="lithium batteries"),
        fact(CN, "exports", "value", 21.4e9, "USD", JO, "US$21.4 billion",
             "Shipments of lithium batteries to the bloc climbed 18.9 per cent to US$21.4 billion",
             partner=EU, product="lithium batteries"),
        fact(CN, "imports", "growth", -9.6, "percent", JO, "9.6",
             "China's purchases of European machinery fell 9.6 per cent", partner=EU, product="machinery"),
        fact("Germany", "exports", "growth", -11.3, "percent", JS, "11.3",
             "Its exports to China fell 11.3 per cent in the first nine months", partner=CN),
        fact(CN, "balance", "growth", -23.5, "percent", JO, "23.5",
             "China's surplus with the United States narrowed 23.5 per cent to US$196.2 billion in the first 10 months",
             partner=US),
        fact(CN, "balance", "value", 196.2e9, "USD", JO, "US$196.2 billion",
             "China's surplus with the United States narrowed 23.5 per cent to US$196.2 billion in the first 10 months",
             partner=US),
        fact(US, "balance", "value", -118.4e9, "USD", JA, "US$118.4 billion",
             "put the American goods deficit with China at US$118.4 billion in the first eight months", partner=CN),
    ],
}
