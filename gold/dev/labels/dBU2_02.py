from _fact import fact, period

MY = "Malaysia"
OCT = period(2026, 10)
JAN_OCT = period(2026, 1, 10)
EE = "electrical and electronic products"

ARTICLE = {
    "id": "dBU2_02",
    "title": "October exports rise 4.2% on strong E&E demand",
    "publisher": "The Star",
    "published": "2026-11-20",
    "notes": [
        "Real figures: none for October 2026 (the period has not happened). Modelled on DOSM/MITI releases: the "
        "October 2025 bases implied by the real November 2025 release (exports about RM148.4 billion, imports about "
        "RM127.9 billion, surplus about RM20.4 billion) and January-October 2025 bases implied by the real "
        "January-November 2025 totals. Invented: every October 2026 and January-October 2026 figure, the "
        "month-on-month rates, the product, re-export and partner figures, and the ringgit contributions. Derived "
        "(consistent within rounding): surplus 154.62 - 133.91 = 20.71; total trade 154.62 + 133.91 = 288.53; "
        "E&E share 68.96 / 154.62 = 44.6%; re-export share 35.25 / 154.62 = 22.8%; US contribution 19.02 - "
        "19.02 / 1.114 = 1.95; January-October surplus 1.385 - 1.245 trillion = 140.0 billion; September 2026 "
        "levels implied by the month-on-month rates give a 12.4% wider surplus.",
        "Currency: ringgit figures are written 'RM154.62 billion'; unit MYR, value_text the number and scale alone "
        "('154.62 billion'). Lint gap worked around: The Star's house style is 'RM154.62bil', but the project's "
        "number parser has no 'bil' scale word (it would read '154.62bil' as no number at all), so every ringgit "
        "figure is written with 'billion'/'trillion' spelled out.",
        "Judgement calls: the month-on-month frame 'Month-on-month, exports and imports rose 3.1% and 1.8%, "
        "respectively, while the trade surplus widened 12.4% from September' gives three mom facts, the last a "
        "growth of the balance (widened: positive). The trade surplus 'widened 1.3% from a year earlier' is a yoy "
        "growth of the balance. China's '4.5% higher than in September' is a mom growth of exports to China. "
        "Re-exports are a trade mode: segment 're-exports'; their share ('a 22.8% slice of all shipments abroad') "
        "is a share of total exports. The product 'E&E products' is written out as 'electrical and electronic "
        "products', the expansion the lead defines. Ranks: Singapore 'largest' (1) and the United States "
        "'second-largest' (2), both export destinations in October. The headline's 4.2% is the body's export "
        "growth, labelled once with the body's evidence.",
        "Not facts: the 78-month surplus run since May 2020 (a streak); the 2.9% median forecast (a poll); the "
        "ringgit contributions to the export increase (+RM2.38 billion for Taiwan, +RM1.95 billion for the United "
        "States, +RM1.36 billion for Singapore: changes derived from other figures); the 19% US tariff (a tariff "
        "rate); the ringgit at 4.18 per US dollar (an exchange rate); the years 2020, 2025, 2026 and 2027 where "
        "they stand alone; the first-quarter outlook in the quote (a forecast).",
        "Copy check: 11 sentences searched (lead, imports, surplus streak, month-on-month, re-exports (2), E&E, palm "
        "oil and LNG, partner ranks, China and EU, January-October, the quote), 5 reworded (the lead, which followed "
        "a Xinhua skeleton 'exports rose X year on year to Y in October, supported by ... demand'; the imports "
        "sentence, which followed The Star's 'Imports grew at a more moderate pace of X% to RMY'; the DOSM "
        "attribution sentence and the re-exports sentence, which followed a Malay Mail report's wording; the "
        "January-October sentence, which followed a Xinhua 'exports rose ... while imports increased ..., "
        "resulting in a trade surplus of ...' skeleton).",
        "Second check: 18 sentences searched, 0 reworded.",
    ],
    "facts": [
        fact(MY, "exports", "value", 154.62e9, "MYR", OCT, "154.62 billion",
             "lifted Malaysia's October 2026 exports to RM154.62 billion"),
        fact(MY, "exports", "growth", 4.2, "percent", OCT, "4.2",
             "lifted Malaysia's October 2026 exports to RM154.62 billion, 4.2% more than a year earlier"),
        fact(MY, "imports", "growth", 4.7, "percent", OCT, "4.7",
             "Imports climbed 4.7% to RM133.91 billion"),
        fact(MY, "imports", "value", 133.91e9, "MYR", OCT, "133.91 billion",
             "Imports climbed 4.7% to RM133.91 billion"),
        fact(MY, "total", "growth", 4.4, "percent", OCT, "4.4",
             "total trade was up 4.4% at RM288.53 billion"),
        fact(MY, "total", "value", 288.53e9, "MYR", OCT, "288.53 billion",
             "total trade was up 4.4% at RM288.53 billion"),
        fact(MY, "balance", "growth", 1.3, "percent", OCT, "1.3",
             "The trade surplus widened 1.3% from a year earlier to RM20.71 billion"),
        fact(MY, "balance", "value", 20.71e9, "MYR", OCT, "20.71 billion",
             "The trade surplus widened 1.3% from a year earlier to RM20.71 billion"),
        fact(MY, "exports", "growth", 3.1, "percent", OCT, "3.1",
             "Month-on-month, exports and imports rose 3.1% and 1.8%, respectively", basis="mom"),
        fact(MY, "imports", "growth", 1.8, "percent", OCT, "1.8",
             "Month-on-month, exports and imports rose 3.1% and 1.8%, respectively", basis="mom"),
        fact(MY, "balance", "growth", 12.4, "percent", OCT, "12.4",
             "Month-on-month, exports and imports rose 3.1% and 1.8%, respectively, while the trade surplus "
             "widened 12.4% from September", basis="mom"),
        fact(MY, "exports", "growth", 15.2, "percent", OCT, "15.2",
             "Re-exports jumped 15.2% to RM35.25 billion", segment="re-exports"),
        fact(MY, "exports", "value", 35.25e9, "MYR", OCT, "35.25 billion",
             "Re-exports jumped 15.2% to RM35.25 billion", segment="re-exports"),
        fact(MY, "exports", "share", 22.8, "percent", OCT, "22.8",
             "Re-exports jumped 15.2% to RM35.25 billion, giving them a 22.8% slice of all shipments abroad",
             segment="re-exports"),
        fact(MY, "exports", "share", 44.6, "percent", OCT, "44.6",
             "outbound shipments of E&E products, which made up 44.6% of the month's total exports", product=EE),
        fact(MY, "exports", "growth", 9.8, "percent", OCT, "9.8",
             "outbound shipments of E&E products, which made up 44.6% of the month's total exports, rose 9.8% to "
             "RM68.96 billion", product=EE),
        fact(MY, "exports", "value", 68.96e9, "MYR", OCT, "68.96 billion",
             "outbound shipments of E&E products, which made up 44.6% of the month's total exports, rose 9.8% to "
             "RM68.96 billion", product=EE),
        fact(MY, "exports", "growth", 6.5, "percent", OCT, "6.5",
             "Palm oil and palm oil-based agriculture products posted a 6.5% increase to RM8.84 billion",
             product="palm oil and palm oil-based agriculture products"),
        fact(MY, "exports", "value", 8.84e9, "MYR", OCT, "8.84 billion",
             "Palm oil and palm oil-based agriculture products posted a 6.5% increase to RM8.84 billion",
             product="palm oil and palm oil-based agriculture products"),
        fact(MY, "exports", "growth", -11.8, "percent", OCT, "11.8",
             "exports of liquefied natural gas (LNG) fell 11.8% on lower prices", product="liquefied natural gas"),
        fact(MY, "exports", "rank", 1, "number", OCT, "largest",
             "Singapore remained Malaysia's largest export destination at RM23.65 billion", partner="Singapore"),
        fact(MY, "exports", "value", 23.65e9, "MYR", OCT, "23.65 billion",
             "Singapore remained Malaysia's largest export destination at RM23.65 billion", partner="Singapore"),
        fact(MY, "exports", "rank", 2, "number", OCT, "second-largest",
             "Singapore remained Malaysia's largest export destination at RM23.65 billion, followed by the United "
             "States, the second-largest market", partner="United States"),
        fact(MY, "exports", "growth", 11.4, "percent", OCT, "11.4",
             "followed by the United States, the second-largest market, where shipments climbed 11.4% to "
             "RM19.02 billion", partner="United States"),
        fact(MY, "exports", "value", 19.02e9, "MYR", OCT, "19.02 billion",
             "followed by the United States, the second-largest market, where shipments climbed 11.4% to "
             "RM19.02 billion", partner="United States"),
        fact(MY, "exports", "growth", -2.3, "percent", OCT, "2.3",
             "Exports to China eased 2.3% from a year earlier to RM17.88 billion", partner="China"),
        fact(MY, "exports", "value", 17.88e9, "MYR", OCT, "17.88 billion",
             "Exports to China eased 2.3% from a year earlier to RM17.88 billion", partner="China"),
        fact(MY, "exports", "growth", 4.5, "percent", OCT, "4.5",
             "Exports to China eased 2.3% from a year earlier to RM17.88 billion, although they were 4.5% higher "
             "than in September", partner="China", basis="mom"),
        fact(MY, "exports", "growth", 3.7, "percent", OCT, "3.7",
             "Shipments to the European Union increased 3.7% to RM12.41 billion", partner="European Union"),
        fact(MY, "exports", "value", 12.41e9, "MYR", OCT, "12.41 billion",
             "Shipments to the European Union increased 3.7% to RM12.41 billion", partner="European Union"),
        fact(MY, "balance", "value", 140.0e9, "MYR", JAN_OCT, "140.0 billion",
             "The cumulative trade surplus for January to October 2026 reached RM140.0 billion"),
        fact(MY, "exports", "growth", 5.3, "percent", JAN_OCT, "5.3",
             "The cumulative trade surplus for January to October 2026 reached RM140.0 billion, as exports climbed "
             "5.3% to RM1.385 trillion"),
        fact(MY, "exports", "value", 1.385e12, "MYR", JAN_OCT, "1.385 trillion",
             "The cumulative trade surplus for January to October 2026 reached RM140.0 billion, as exports climbed "
             "5.3% to RM1.385 trillion"),
        fact(MY, "imports", "growth", 4.5, "percent", JAN_OCT, "4.5",
             "against a 4.5% rise in imports to RM1.245 trillion"),
        fact(MY, "imports", "value", 1.245e12, "MYR", JAN_OCT, "1.245 trillion",
             "against a 4.5% rise in imports to RM1.245 trillion"),
    ],
}
