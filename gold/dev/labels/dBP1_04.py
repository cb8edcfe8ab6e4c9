from _fact import fact, period

CN = "China"
JN = period(2026, 1, 11)
NOV = period(2026, 11)

ARTICLE = {
    "id": "dBP1_04",
    "title": "ASEAN remains top partner as China's Jan-Nov trade expands 4 pct",
    "publisher": "Xinhua",
    "published": "2026-12-08",
    "notes": [
        "Real figures: none (January-November 2026 has not happened). Modelled on Xinhua/GAC/Global Times releases "
        "for Jan-Nov and Jan-Oct of 2019-2025 (ASEAN first, EU second, US third; B&R share around half; mechanical "
        "and electrical products around 60 percent of exports; private firms' share above 55 percent). Invented: "
        "every 2026 figure. Derived and checked: exports 25.62 + imports 17.24 = 42.86 trillion; surplus 25.62 - "
        "17.24 = 8.38 trillion; base-year values implied by 4.7 and 3.0 percent give total growth 4.0 and surplus "
        "growth 8.4; US 2.79 + 0.92 = 3.71; shares 6.58/42.86 = 15.4, 22.04/42.86 = 51.4, 15.57/25.62 = 60.8; "
        "42.86/7.12 = 6.02 trillion dollars.",
        "Judgement calls: the headline's '4 pct' is the same observation as the body's '4 percent more than a year "
        "earlier' and is labelled once with the body's evidence. 'That monthly figure was 2.3 percent higher than "
        "in October' is month-on-month growth of November trade (basis mom). 'in second place' is the EU's rank as "
        "trading partner (2). In the 'of which' clause, exports to and imports from the US are partner United "
        "States. 'Shipments of such goods abroad' refers to mechanical and electrical products (named in the "
        "sentence before); 'commerce with them' to Belt and Road partner countries. The count of 718,000 "
        "companies with import and export records is segment 'foreign trade enterprises'. Private enterprises' "
        "share is segment 'private enterprises', flow total.",
        "Not facts: 'eleventh consecutive month' (streak); '11-member bloc' (membership); '0.9 percentage points "
        "larger' (derived comparison); 'some 33,000 more than a year before' (derived difference in a count); "
        "'46.5 trillion yuan' (a full-year threshold the official says December will decide: a forecast); '7.12' "
        "(exchange rate); the years 2025 and 2026; 'first 11 months of 2025' is a comparison base, not a period.",
        "Copy check: 10 sentences searched, 7 reworded (lead, exports/imports, November, ASEAN, US, Belt and Road, "
        "mechanical and electrical products: each followed the skeleton of a real GAC-based story); the surplus "
        "sentence was reworded as well for the same reason.",
        "Second check: 25 sentences searched, 2 reworded.",
    ],
    "facts": [
        fact(CN, "total", "value", 42.86e12, "CNY", JN, "42.86 trillion",
             "China's combined goods exports and imports for January through November of 2026 amounted to 42.86 "
             "trillion yuan"),
        fact(CN, "total", "value", 6.02e12, "USD", JN, "6.02 trillion",
             "China's combined goods exports and imports for January through November of 2026 amounted to 42.86 "
             "trillion yuan (about 6.02 trillion U.S. dollars)", qualifier="approx"),
        fact(CN, "total", "growth", 4, "percent", JN, "4",
             "China's combined goods exports and imports for January through November of 2026 amounted to 42.86 "
             "trillion yuan (about 6.02 trillion U.S. dollars), 4 percent more than a year earlier"),
        fact(CN, "exports", "value", 25.62e12, "CNY", JN, "25.62 trillion",
             "outbound shipments accounted for 25.62 trillion yuan"),
        fact(CN, "exports", "growth", 4.7, "percent", JN, "4.7",
             "outbound shipments accounted for 25.62 trillion yuan, 4.7 percent higher than a year before"),
        fact(CN, "imports", "value", 17.24e12, "CNY", JN, "17.24 trillion",
             "inbound purchases, at 17.24 trillion yuan, gained 3 percent"),
        fact(CN, "imports", "growth", 3, "percent", JN, "3",
             "inbound purchases, at 17.24 trillion yuan, gained 3 percent"),
        fact(CN, "balance", "value", 8.38e12, "CNY", JN, "8.38 trillion",
             "That left a trade surplus of 8.38 trillion yuan"),
        fact(CN, "balance", "growth", 8.4, "percent", JN, "8.4",
             "That left a trade surplus of 8.38 trillion yuan, which was 8.4 percent larger than a year earlier"),
        fact(CN, "total", "value", 3.98e12, "CNY", NOV, "3.98 trillion",
             "The month of November by itself saw 3.98 trillion yuan of goods shipped in and out of the country"),
        fact(CN, "total", "growth", 5.6, "percent", NOV, "5.6",
             "The month of November by itself saw 3.98 trillion yuan of goods shipped in and out of the country, a "
             "year-on-year gain of 5.6 percent"),
        fact(CN, "total", "growth", 2.3, "percent", NOV, "2.3",
             "That monthly figure was 2.3 percent higher than in October", basis="mom"),
        fact(CN, "total", "rank", 1, "number", JN, "largest",
             "the Association of Southeast Asian Nations (ASEAN), which stayed the country's largest trading partner",
             partner="ASEAN"),
        fact(CN, "total", "growth", 8.2, "percent", JN, "8.2",
             "Commerce with the 11-member bloc rose 8.2 percent to 6.58 trillion yuan", partner="ASEAN"),
        fact(CN, "total", "value", 6.58e12, "CNY", JN, "6.58 trillion",
             "Commerce with the 11-member bloc rose 8.2 percent to 6.58 trillion yuan", partner="ASEAN"),
        fact(CN, "total", "share", 15.4, "percent", JN, "15.4",
             "Commerce with the 11-member bloc rose 8.2 percent to 6.58 trillion yuan, equivalent to 15.4 percent "
             "of all Chinese foreign trade", partner="ASEAN"),
        fact(CN, "total", "rank", 2, "number", JN, "second",
             "Trade with the European Union, in second place, advanced 3.9 percent to 5.12 trillion yuan",
             partner="European Union"),
        fact(CN, "total", "growth", 3.9, "percent", JN, "3.9",
             "Trade with the European Union, in second place, advanced 3.9 percent to 5.12 trillion yuan",
             partner="European Union"),
        fact(CN, "total", "value", 5.12e12, "CNY", JN, "5.12 trillion",
             "Trade with the European Union, in second place, advanced 3.9 percent to 5.12 trillion yuan",
             partner="European Union"),
        fact(CN, "total", "rank", 3, "number", JN, "third-largest",
             "The United States, China's third-largest trading partner", partner="United States"),
        fact(CN, "total", "growth", -2.4, "percent", JN, "2.4",
             "The United States, China's third-largest trading partner, saw two-way trade dip 2.4 percent to 3.71 "
             "trillion yuan", partner="United States"),
        fact(CN, "total", "value", 3.71e12, "CNY", JN, "3.71 trillion",
             "The United States, China's third-largest trading partner, saw two-way trade dip 2.4 percent to 3.71 "
             "trillion yuan", partner="United States"),
        fact(CN, "exports", "value", 2.79e12, "CNY", JN, "2.79 trillion",
             "of which 2.79 trillion yuan were exports to the U.S.", partner="United States"),
        fact(CN, "imports", "value", 920e9, "CNY", JN, "920 billion",
             "of which 2.79 trillion yuan were exports to the U.S. and 920 billion yuan imports from it",
             partner="United States"),
        fact(CN, "total", "growth", 4.2, "percent", JN, "4.2",
             "China's trade with South Korea and Japan expanded 4.2 percent and 1.8 percent, respectively",
             partner="South Korea"),
        fact(CN, "total", "growth", 1.8, "percent", JN, "1.8",
             "China's trade with South Korea and Japan expanded 4.2 percent and 1.8 percent, respectively",
             partner="Japan"),
        fact(CN, "total", "growth", -3.5, "percent", JN, "3.5",
             "trade with Russia dropped 3.5 percent", partner="Russia"),
        fact(CN, "total", "value", 22.04e12, "CNY", JN, "22.04 trillion",
             "At 22.04 trillion yuan, commerce with them was 5.9 percent larger than a year earlier",
             partner="Belt and Road partner countries"),
        fact(CN, "total", "growth", 5.9, "percent", JN, "5.9",
             "At 22.04 trillion yuan, commerce with them was 5.9 percent larger than a year earlier",
             partner="Belt and Road partner countries"),
        fact(CN, "total", "share", 51.4, "percent", JN, "51.4",
             "At 22.04 trillion yuan, commerce with them was 5.9 percent larger than a year earlier and equal to "
             "51.4 percent of the national total", partner="Belt and Road partner countries"),
        fact(CN, "exports", "value", 15.57e12, "CNY", JN, "15.57 trillion",
             "Shipments of such goods abroad were worth 15.57 trillion yuan",
             product="mechanical and electrical products"),
        fact(CN, "exports", "growth", 7.6, "percent", JN, "7.6",
             "Shipments of such goods abroad were worth 15.57 trillion yuan, 7.6 percent more than a year earlier",
             product="mechanical and electrical products"),
        fact(CN, "exports", "share", 60.8, "percent", JN, "60.8",
             "Shipments of such goods abroad were worth 15.57 trillion yuan, 7.6 percent more than a year earlier, "
             "and represented 60.8 percent of everything the country sold overseas",
             product="mechanical and electrical products"),
        fact(CN, "total", "share", 56.3, "percent", JN, "56.3",
             "Private enterprises were behind 56.3 percent of the country's foreign trade in the period",
             segment="private enterprises"),
        fact(CN, "total", "count", 718000, "number", JN, "718,000",
             "The number of companies with import and export records reached 718,000",
             segment="foreign trade enterprises"),
    ],
}
