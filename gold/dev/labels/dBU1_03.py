from _fact import fact, period

CN = "China"
RU = "Russia"
YTD = period(2026, 1, 11)
NOV = period(2026, 11)
Y2024 = period(2024, 1, 12)

LEAD = ("Goods flowing between China and Russia were worth $198.6 billion over January-November 2026, figures "
        "published on Tuesday by the General Administration of Customs (GAC) showed, 3.1 percent less than in the "
        "same period of 2025")
YUAN = "two-way trade in January-November stood at 1.41 trillion yuan, down 4.3 percent year-on-year"
EXP = "Chinese exports to Russia were valued at $90.4 billion, down 1.8 percent"
IMP = "imports from Russia fell 4.2 percent to $108.2 billion"
RANK = ("Russia ranked as China's ninth-largest trading partner in the first 11 months, with bilateral trade "
        "representing 3.4 percent of China's total foreign trade")
NOVT = ("In November alone, trade between the two countries rose 2.4 percent year-on-year to $17.9 billion, and was "
        "6.5 percent higher than in October")
NOVF = ("Of the November total, shipments from China to Russia accounted for $8.6 billion, and goods bought from "
        "Russia for $9.3 billion")
CRUDE = ("China brought in 95.3 million tons of Russian crude oil, and the bill for those cargoes was $47.2 billion, "
         "9.6 percent lower than a year earlier")
CRUDE2 = ("Russia remained China's largest source of crude oil, supplying 18.9 percent of all the crude the country "
          "imported")
COAL = "China's coal imports from Russia came in at 84.6 million tons, with a value of $7.9 billion"
LNG = "its purchases of Russian liquefied natural gas (LNG) amounted to 7.4 million tons, worth $4.1 billion"
CARS = ("China sold 612,000 cars to Russian buyers in January-November, and the value of those car exports rose by "
        "12.4 percent to $8.7 billion")

ARTICLE = {
    "id": "dBU1_03",
    "title": "China-Russia trade slips 3.1% in Jan-Nov on softer energy prices, but November shows a rebound",
    "publisher": "Global Times",
    "published": "2026-12-09",
    "notes": [
        "Real figures: the 2024 record of $244.8 billion (China customs, reported as $244.81 billion). Everything for "
        "2026 is invented (the period has not happened), modelled on Global Times, Reuters and TASS coverage of "
        "China-Russia trade in 2023-2025 (dollar and yuan totals, exports and imports, crude/coal/LNG tonnages, "
        "car exports hit by Russia's recycling fee, Russia as China's top crude supplier). "
        "Derived and checked: exports + imports 90.4 + 108.2 = 198.6; deficit 108.2 - 90.4 = 17.8; November 8.6 + "
        "9.3 = 17.9; growth rates agree with implied 2025 bases (exports 92.1, imports 112.9, total 205.0 -> -1.8%, "
        "-4.2%, -3.1%); 1.41 trillion yuan / 198.6 billion dollars = about 7.1 yuan per dollar, as stated; "
        "the yuan decline (4.3%) is steeper than the dollar decline as a firmer yuan implies; car value growth "
        "12.4% gives a Jan-Nov 2025 base of about $7.7 billion, consistent with the reported 2025 full year of "
        "$8.46 billion; unit prices of crude (about $495/t), coal (about $93/t) and LNG (about $554/t) are plausible.",
        "Judgement calls: area China with partner Russia throughout (the figures are Chinese customs data on trade "
        "with Russia). The dollar total and the yuan total of January-November are two facts (another currency). "
        "'was 6.5 percent higher than in October' is November's mom growth. Crude oil's '9.6 percent lower than a "
        "year earlier' is the growth of the import value ($47.2 billion), not of the tonnage. 'Russia remained "
        "China's largest source of crude oil' is rank 1 of imports of crude oil from Russia; 'supplying 18.9 percent "
        "of all the crude the country imported' its share. Coal and LNG take the January-November period from the "
        "paragraph before. 612,000 cars is a quantity in unit number. The headline's 3.1% is the lead's fact, "
        "labelled once. The $244.8 billion record is total trade for 2024; 'exceeded the $200 billion goal' is a "
        "threshold beside that exact figure and a target, not labelled.",
        "Not facts: 'about 7.1 per dollar' (exchange rate); '0.8 percentage points narrower' (a comparison); "
        "'around $217 billion' (a forecast); the '$200 billion goal' (a target/threshold); the years 2025 (a comparison "
        "base and the year of the recycling-fee rise) and 2027; 'first 11 months' as a period phrase.",
        "Copy check: 9 sentences searched, 0 reworded (no real sentence shared clause order and wording; the car "
        "figures were adjusted for consistency with the reported 2025 car-export value, not for copying).",
        "Second check: 24 sentences searched, 2 reworded.",
    ],
    "facts": [
        fact(CN, "total", "value", 198.6e9, "USD", YTD, "$198.6 billion", LEAD, partner=RU),
        fact(CN, "total", "growth", -3.1, "percent", YTD, "3.1", LEAD, partner=RU),
        fact(CN, "total", "value", 1.41e12, "CNY", YTD, "1.41 trillion", YUAN, partner=RU),
        fact(CN, "total", "growth", -4.3, "percent", YTD, "4.3", YUAN, partner=RU),
        fact(CN, "exports", "value", 90.4e9, "USD", YTD, "$90.4 billion", EXP, partner=RU),
        fact(CN, "exports", "growth", -1.8, "percent", YTD, "1.8", EXP, partner=RU),
        fact(CN, "imports", "growth", -4.2, "percent", YTD, "4.2", IMP, partner=RU),
        fact(CN, "imports", "value", 108.2e9, "USD", YTD, "$108.2 billion", IMP, partner=RU),
        fact(CN, "balance", "value", -17.8e9, "USD", YTD, "$17.8 billion",
             "China therefore ran a trade deficit of $17.8 billion with Russia over the period.", partner=RU),
        fact(CN, "total", "rank", 9, "number", YTD, "ninth-largest", RANK, partner=RU),
        fact(CN, "total", "share", 3.4, "percent", YTD, "3.4", RANK, partner=RU),
        fact(CN, "total", "growth", 2.4, "percent", NOV, "2.4", NOVT, partner=RU),
        fact(CN, "total", "value", 17.9e9, "USD", NOV, "$17.9 billion", NOVT, partner=RU),
        fact(CN, "total", "growth", 6.5, "percent", NOV, "6.5", NOVT, partner=RU, basis="mom"),
        fact(CN, "exports", "value", 8.6e9, "USD", NOV, "$8.6 billion", NOVF, partner=RU),
        fact(CN, "imports", "value", 9.3e9, "USD", NOV, "$9.3 billion", NOVF, partner=RU),
        fact(CN, "imports", "quantity", 95.3e6, "tonnes", YTD, "95.3 million", CRUDE, partner=RU, product="crude oil"),
        fact(CN, "imports", "value", 47.2e9, "USD", YTD, "$47.2 billion", CRUDE, partner=RU, product="crude oil"),
        fact(CN, "imports", "growth", -9.6, "percent", YTD, "9.6", CRUDE, partner=RU, product="crude oil"),
        fact(CN, "imports", "rank", 1, "number", YTD, "largest", CRUDE2, partner=RU, product="crude oil"),
        fact(CN, "imports", "share", 18.9, "percent", YTD, "18.9", CRUDE2, partner=RU, product="crude oil"),
        fact(CN, "imports", "quantity", 84.6e6, "tonnes", YTD, "84.6 million", COAL, partner=RU, product="coal"),
        fact(CN, "imports", "value", 7.9e9, "USD", YTD, "$7.9 billion", COAL, partner=RU, product="coal"),
        fact(CN, "imports", "quantity", 7.4e6, "tonnes", YTD, "7.4 million", LNG, partner=RU,
             product="liquefied natural gas"),
        fact(CN, "imports", "value", 4.1e9, "USD", YTD, "$4.1 billion", LNG, partner=RU,
             product="liquefied natural gas"),
        fact(CN, "exports", "quantity", 612000, "number", YTD, "612,000", CARS, partner=RU, product="cars"),
        fact(CN, "exports", "growth", 12.4, "percent", YTD, "12.4", CARS, partner=RU, product="cars"),
        fact(CN, "exports", "value", 8.7e9, "USD", YTD, "$8.7 billion", CARS, partner=RU, product="cars"),
        fact(CN, "total", "value", 244.8e9, "USD", Y2024, "$244.8 billion",
             "the record $244.8 billion that the two countries traded in the whole of 2024", partner=RU),
    ],
}
