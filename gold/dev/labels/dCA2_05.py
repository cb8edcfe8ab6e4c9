from _fact import fact, period

US = "United States"
SEP = period(2024, 9)
AUG = period(2024, 8)
YTD = period(2024, 1, 9)
YTD23 = period(2023, 1, 9)
GS = "goods and services"
SV = "services"

ARTICLE = {
    "id": "dCA2_05",
    "title": "US trade deficit balloons to $84.4 billion in September as imports hit a record",
    "publisher": "The Associated Press",
    "published": "2024-11-05",
    "notes": [
        "Real figures (Census Bureau/BEA release of 2024-11-05, as carried by the ABA Banking Journal, "
        "AutoInformed, NewsReports, Sharecast, AFP/IndustryWeek and dpa-AFX): goods and services deficit $84.4 "
        "billion in September, up 19.2% from a revised $70.8 billion in August; exports $267.9 billion (-1.2%), "
        "imports a record $352.3 billion (+3.0%); goods deficit $109.0 billion (up $14.2 billion), services surplus "
        "$24.6 billion (up $0.6 billion); goods exports $176.0 billion, goods imports $285.0 billion, services "
        "exports $91.9 billion, services imports $67.3 billion; civilian aircraft exports down $1.7 billion; "
        "year-to-date deficit up $69.6 billion or 11.8%, exports +3.7%, imports +5.3%; three-month average "
        "deficit $78.0 billion; goods deficit with China $31.8 billion in September 2024 (Prosperous America); "
        "third-quarter GDP 2.8%.",
        "Derived/made up: August goods deficit $94.8 billion (109.0 - 14.2) and services surplus $24 billion "
        "(24.6 - 0.6) derived; year-to-date deficits $659.4 billion and $589.8 billion derived from the $69.6 "
        "billion and 11.8% increase; year-to-date exports 'nearly $2.4 trillion' and imports 'about $3.1 trillion' "
        "derived roughly from the increases and rates; China's August deficit $27 billion, the 17.8% rise, "
        "EU deficits $22.9 and $20.4 billion, Mexico $16.8 billion, Vietnam $11.8 billion, China's year-to-date "
        "$217.4 billion and 'about 4%' made up (plausible, not found in the corpus); Mexico as biggest source of "
        "imports so far in 2024 from general knowledge; the $84.1 billion consensus is real (dpa-AFX, Reuters) but "
        "its attribution to a FactSet survey is made up; the closing quote and its unnamed economist made up.",
        "Judgement calls: the headline deficit, total exports and total imports and the year-to-date figures are "
        "goods and services (product 'goods and services'); country balances are goods only (product null); "
        "'A 3% jump from August' opens the paragraph, so imports +3% and exports -1.2% are month on month; the "
        "19.2% and China's 17.8% compare with August, so mom; a deficit that rose or widened has positive growth; "
        "'so far this year' for Mexico's rank read as January-September 2024; 'last year' in the year-to-date "
        "sentence is January-September 2023.",
        "Not facts: the $1.7 billion drop in civilian aircraft sales (a change); FactSet forecast of $84.1 billion; "
        "tariffs of 10% to 20% and 60%; 'three days'; 'two and a half years'; the three-month average deficit of "
        "$78 billion a month (an average); GDP growth of 2.8% and 'more than half a percentage point'; '27-nation'; "
        "years 2023 and 2025 in the last paragraphs.",
        "Copy check: 14 sentences searched, 2 reworded.",
        "Second check: 24 sentences searched, 8 reworded.",
    ],
    "facts": [
        fact(US, "balance", "value", -84.4e9, "USD", SEP, "84.4 billion",
             "the United States bought $84.4 billion more than it sold in goods and services in September",
             product=GS),
        fact(US, "balance", "growth", 19.2, "percent", SEP, "19.2",
             "making the shortfall 19.2% bigger than August's", product=GS, basis="mom"),
        fact(US, "balance", "value", -70.8e9, "USD", AUG, "70.8 billion",
             "making the shortfall 19.2% bigger than August's, which was revised to $70.8 billion", product=GS),
        fact(US, "imports", "growth", 3, "percent", SEP, "3",
             "A 3% jump from August, led by pharmaceuticals, computers and semiconductors, lifted imports of goods and services to $352.3 billion", product=GS,
             basis="mom"),
        fact(US, "imports", "value", 352.3e9, "USD", SEP, "352.3 billion",
             "lifted imports of goods and services to $352.3 billion", product=GS),
        fact(US, "exports", "growth", -1.2, "percent", SEP, "1.2",
             "Total exports lost 1.2%, ending at $267.9 billion", product=GS, basis="mom"),
        fact(US, "exports", "value", 267.9e9, "USD", SEP, "267.9 billion",
             "Total exports lost 1.2%, ending at $267.9 billion", product=GS),
        fact(US, "balance", "value", -109e9, "USD", SEP, "109 billion",
             "The deficit in goods trade alone jumped to $109 billion"),
        fact(US, "balance", "value", -94.8e9, "USD", AUG, "94.8 billion",
             "The deficit in goods trade alone jumped to $109 billion from $94.8 billion in August"),
        fact(US, "balance", "value", 24.6e9, "USD", SEP, "24.6 billion",
             "America's surplus in services — a category that includes tourism, banking and intellectual property "
             "— inched up to $24.6 billion", product=SV),
        fact(US, "balance", "value", 24e9, "USD", AUG, "24 billion",
             "America's surplus in services — a category that includes tourism, banking and intellectual property "
             "— inched up to $24.6 billion from $24 billion", product=SV),
        fact(US, "exports", "value", 176e9, "USD", SEP, "176 billion",
             "Goods exports slipped to $176 billion"),
        fact(US, "imports", "value", 285e9, "USD", SEP, "285 billion",
             "goods imports rose to $285 billion"),
        fact(US, "imports", "value", 67.3e9, "USD", SEP, "67.3 billion",
             "Americans spent $67.3 billion on services from abroad", product=SV),
        fact(US, "exports", "value", 91.9e9, "USD", SEP, "91.9 billion",
             "Americans spent $67.3 billion on services from abroad and sold $91.9 billion of them to foreigners",
             product=SV),
        fact(US, "balance", "value", -31.8e9, "USD", SEP, "31.8 billion",
             "Washington's goods gap with China, a flashpoint in both presidential campaigns, widened to $31.8 billion in "
             "September",
             partner="China"),
        fact(US, "balance", "value", -27e9, "USD", AUG, "27 billion",
             "Washington's goods gap with China, a flashpoint in both presidential campaigns, widened to $31.8 billion in "
             "September from $27 billion in August", partner="China"),
        fact(US, "balance", "growth", 17.8, "percent", SEP, "17.8",
             "Washington's goods gap with China, a flashpoint in both presidential campaigns, widened to $31.8 billion in "
             "September from $27 billion in August, an increase of 17.8%", partner="China", basis="mom"),
        fact(US, "balance", "value", -22.9e9, "USD", SEP, "22.9 billion",
             "The shortfall with the 27-nation European Union grew to $22.9 billion", partner="European Union"),
        fact(US, "balance", "value", -20.4e9, "USD", AUG, "20.4 billion",
             "The shortfall with the 27-nation European Union grew to $22.9 billion from $20.4 billion",
             partner="European Union"),
        fact(US, "balance", "value", -16.8e9, "USD", SEP, "16.8 billion",
             "the gap with Mexico came to $16.8 billion", partner="Mexico"),
        fact(US, "imports", "rank", 1, "number", YTD, "biggest",
             "Mexico has remained the biggest source of U.S. imports so far this year", partner="Mexico"),
        fact(US, "balance", "value", -11.8e9, "USD", SEP, "11.8 billion",
             "The United States also ran an $11.8 billion goods deficit with Vietnam", partner="Vietnam"),
        fact(US, "balance", "value", -659.4e9, "USD", YTD, "659.4 billion",
             "At $659.4 billion, the overall trade deficit for the first nine months of 2024", product=GS),
        fact(US, "balance", "growth", 11.8, "percent", YTD, "11.8",
             "the overall trade deficit for the first nine months of 2024 was 11.8% wider than the $589.8 billion run up "
             "over the same stretch last year", product=GS),
        fact(US, "balance", "value", -589.8e9, "USD", YTD23, "589.8 billion",
             "the overall trade deficit for the first nine months of 2024 was 11.8% wider than the $589.8 billion run up "
             "over the same stretch last year", product=GS),
        fact(US, "exports", "growth", 3.7, "percent", YTD, "3.7",
             "a 3.7% gain in exports, which reached nearly $2.4 trillion", product=GS),
        fact(US, "exports", "value", 2.4e12, "USD", YTD, "2.4 trillion",
             "a 3.7% gain in exports, which reached nearly $2.4 trillion", product=GS, qualifier="approx"),
        fact(US, "imports", "growth", 5.3, "percent", YTD, "5.3",
             "Year-to-date imports climbed 5.3% to about $3.1 trillion", product=GS),
        fact(US, "imports", "value", 3.1e12, "USD", YTD, "3.1 trillion",
             "Year-to-date imports climbed 5.3% to about $3.1 trillion", product=GS, qualifier="approx"),
        fact(US, "balance", "value", -217.4e9, "USD", YTD, "217.4 billion",
             "The year-to-date deficit in goods with China was $217.4 billion", partner="China"),
        fact(US, "balance", "growth", 4, "percent", YTD, "4",
             "The year-to-date deficit in goods with China was $217.4 billion, up about 4%", partner="China",
             qualifier="approx"),
    ],
}
