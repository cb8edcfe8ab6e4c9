from _fact import fact, period

CN = "China"
NOV = period(2026, 11)
OCT = period(2026, 10)
NOV25 = period(2025, 11)
JAN_NOV = period(2026, 1, 11)

ARTICLE = {
    "id": "dBQ1_01",
    "title": "Chip and Car Shipments Lift China's November Exports by 2.5%",
    "publisher": "Yicai",
    "published": "2026-12-07",
    "notes": [
        "Real figures: the November 2025 surplus of USD111.7 billion (reported in December 2025 as about USD111.68 "
        "billion, on exports of USD330.3 billion and imports of USD218.7 billion) is the only real number; November 2026 has not happened. Modelled: the "
        "November 2026 dollar figures are set as growth on the real November 2025 base (exports 330.3 -> 338.6 = +2.5%, "
        "imports 218.7 -> 226.1 = +3.4%, total 549.0 -> 564.7 = +2.9%, US-bound 33.8 -> 29.4 = -13.0%); the "
        "partner shares and ranks follow the 2025 pattern (ASEAN first, EU second, US falling). Invented: every other "
        "figure. Derived and checked: surplus 338.6 - 226.1 = 112.5; Jan-Nov surplus 3.53 - 2.37 = 1.16 trillion; "
        "ASEAN share 7.38/42.07 = 17.5%; implied rate 2.41 trillion yuan / USD338.6 billion = 7.12 per dollar; rare "
        "earths 5,870 t is 14.5% above the 5,126.4 t October row of dBQ1_03 (kept consistent across my articles), and "
        "Jan-Oct dollar exports/imports in dBQ1_03 plus November give the Jan-Nov 3.53/2.37 trillion here.",
        "Judgement calls: the yuan-terms export growth (1.8) is a separate fact from the dollar-terms growth (2.5); "
        "they differ in value, so both are labelled. 'The pace was 1.3 percentage points faster than in October, when "
        "exports grew 1.2 percent': the 1.2 is October's own year-on-year growth (period 2026-10), the 1.3 is a "
        "percentage-point difference and not a fact. The USD111.7 billion 'logged in November last year' is the "
        "surplus of 2025-11, a fact in its own right. 'Shipments to the US' are China's exports with partner United "
        "States. Rare earths: '14.5 percent more than in October' is a month-on-month rise (basis mom), and there is "
        "no value growth beside it, so it is not a volume-beside-value case. EU rank: 'the second-largest partner' -> "
        "rank 2 for January-November total trade. The headline 2.5% is the body's November export growth, labelled "
        "once with the body evidence. Car exports: product 'cars' (text: 'car exports'); chips: product 'integrated "
        "circuits' as written.",
        "Not facts: 1.3 (percentage-point difference); 1.9 (analysts' forecast); 7.08 per dollar and 2.6 percent "
        "(exchange rate and its change); 'ninth month in a row' (streak); 30 percent (tariff rate); about 4 percent "
        "next year (forecast); 2026 and 11 months as period words.",
        "Copy check: 12 sentences searched across my three articles (4 from this one), 1 reworded here (the ASEAN "
        "partner sentence, whose skeleton matched a real 'X remained China's largest trade partner, with bilateral "
        "trade ... up ...' sentence).",
        "Second check: 23 sentences searched, 3 reworded.",
    ],
    "facts": [
        fact(CN, "exports", "value", 338.6e9, "USD", NOV, "USD338.6 billion",
             "dollar-denominated exports totaled USD338.6 billion in November"),
        fact(CN, "exports", "growth", 2.5, "percent", NOV, "2.5",
             "dollar-denominated exports totaled USD338.6 billion in November, 2.5 percent more than a year earlier"),
        fact(CN, "exports", "growth", 1.2, "percent", OCT, "1.2",
             "in October, when exports grew 1.2 percent"),
        fact(CN, "imports", "growth", 3.4, "percent", NOV, "3.4",
             "Imports came to USD226.1 billion, 3.4 percent above the year-earlier level"),
        fact(CN, "imports", "value", 226.1e9, "USD", NOV, "USD226.1 billion",
             "Imports came to USD226.1 billion, 3.4 percent above the year-earlier level"),
        fact(CN, "total", "value", 564.7e9, "USD", NOV, "USD564.7 billion",
             "the combined value of goods traded in both directions reached USD564.7 billion, a gain of 2.9 percent"),
        fact(CN, "total", "growth", 2.9, "percent", NOV, "2.9",
             "the combined value of goods traded in both directions reached USD564.7 billion, a gain of 2.9 percent"),
        fact(CN, "balance", "value", 112.5e9, "USD", NOV, "USD112.5 billion",
             "The trade surplus came to USD112.5 billion"),
        fact(CN, "balance", "value", 111.7e9, "USD", NOV25, "USD111.7 billion",
             "The trade surplus came to USD112.5 billion, a touch wider than the USD111.7 billion logged in November last year"),
        fact(CN, "exports", "growth", 1.8, "percent", NOV, "1.8",
             "In yuan terms, exports grew 1.8 percent to 2.41 trillion yuan"),
        fact(CN, "exports", "value", 2.41e12, "CNY", NOV, "2.41 trillion",
             "In yuan terms, exports grew 1.8 percent to 2.41 trillion yuan"),
        fact(CN, "exports", "growth", -13.0, "percent", NOV, "13.0",
             "Shipments to the US sank 13.0 percent from a year earlier to USD29.4 billion", partner="United States"),
        fact(CN, "exports", "value", 29.4e9, "USD", NOV, "USD29.4 billion",
             "Shipments to the US sank 13.0 percent from a year earlier to USD29.4 billion", partner="United States"),
        fact(CN, "exports", "growth", 9.6, "percent", NOV, "9.6",
             "Exports to the European Union and the Association of Southeast Asian Nations climbed 9.6 percent and 11.2 percent, respectively",
             partner="European Union"),
        fact(CN, "exports", "growth", 11.2, "percent", NOV, "11.2",
             "Exports to the European Union and the Association of Southeast Asian Nations climbed 9.6 percent and 11.2 percent, respectively",
             partner="ASEAN"),
        fact(CN, "exports", "growth", 5.1, "percent", JAN_NOV, "5.1",
             "Over the first 11 months, exports rose 5.1 percent to USD3.53 trillion"),
        fact(CN, "exports", "value", 3.53e12, "USD", JAN_NOV, "USD3.53 trillion",
             "Over the first 11 months, exports rose 5.1 percent to USD3.53 trillion"),
        fact(CN, "imports", "growth", 0.8, "percent", JAN_NOV, "0.8",
             "imports edged up 0.8 percent to USD2.37 trillion"),
        fact(CN, "imports", "value", 2.37e12, "USD", JAN_NOV, "USD2.37 trillion",
             "imports edged up 0.8 percent to USD2.37 trillion"),
        fact(CN, "balance", "value", 1.16e12, "USD", JAN_NOV, "USD1.16 trillion",
             "leaving a surplus of USD1.16 trillion"),
        fact(CN, "total", "value", 42.07e12, "CNY", JAN_NOV, "42.07 trillion",
             "Measured in yuan, total trade in January-November amounted to 42.07 trillion yuan, up 3.9 percent from the same period last year"),
        fact(CN, "total", "growth", 3.9, "percent", JAN_NOV, "3.9",
             "Measured in yuan, total trade in January-November amounted to 42.07 trillion yuan, up 3.9 percent from the same period last year"),
        fact(CN, "total", "rank", 1, "number", JAN_NOV, "largest",
             "Two-way trade with ASEAN, which stayed the country's largest trading partner", partner="ASEAN"),
        fact(CN, "total", "value", 7.38e12, "CNY", JAN_NOV, "7.38 trillion",
             "Two-way trade with ASEAN, which stayed the country's largest trading partner, came to 7.38 trillion yuan over the 11 months",
             partner="ASEAN"),
        fact(CN, "total", "growth", 8.4, "percent", JAN_NOV, "8.4",
             "came to 7.38 trillion yuan over the 11 months, expanding 8.4 percent and representing 17.5 percent of the total",
             partner="ASEAN"),
        fact(CN, "total", "share", 17.5, "percent", JAN_NOV, "17.5",
             "came to 7.38 trillion yuan over the 11 months, expanding 8.4 percent and representing 17.5 percent of the total",
             partner="ASEAN"),
        fact(CN, "total", "rank", 2, "number", JAN_NOV, "second-largest",
             "Trade with the EU, the second-largest partner, grew 4.6 percent", partner="European Union"),
        fact(CN, "total", "growth", 4.6, "percent", JAN_NOV, "4.6",
             "Trade with the EU, the second-largest partner, grew 4.6 percent", partner="European Union"),
        fact(CN, "total", "growth", -12.7, "percent", JAN_NOV, "12.7",
             "Trade with the US dropped 12.7 percent to 3.28 trillion yuan", partner="United States"),
        fact(CN, "total", "value", 3.28e12, "CNY", JAN_NOV, "3.28 trillion",
             "Trade with the US dropped 12.7 percent to 3.28 trillion yuan", partner="United States"),
        fact(CN, "exports", "growth", 27.5, "percent", NOV, "27.5",
             "Exports of integrated circuits jumped 27.5 percent from a year earlier to USD18.6 billion in November",
             product="integrated circuits"),
        fact(CN, "exports", "value", 18.6e9, "USD", NOV, "USD18.6 billion",
             "Exports of integrated circuits jumped 27.5 percent from a year earlier to USD18.6 billion in November",
             product="integrated circuits"),
        fact(CN, "exports", "growth", 21.3, "percent", NOV, "21.3",
             "in November, while the value of car exports increased 21.3 percent", product="cars"),
        fact(CN, "exports", "quantity", 5870, "tonnes", NOV, "5,870",
             "Shipments of rare earths abroad reached 5,870 tonnes last month", product="rare earths"),
        fact(CN, "exports", "growth", 14.5, "percent", NOV, "14.5",
             "Shipments of rare earths abroad reached 5,870 tonnes last month, 14.5 percent more than in October",
             product="rare earths", basis="mom"),
    ],
}
