from _fact import fact, period

CN = "China"
Q13 = period(2025, 1, 9)
Q1 = period(2025, 1, 3)
Q2 = period(2025, 4, 6)
Q3 = period(2025, 7, 9)
SEP = period(2025, 9)
PE = "private enterprises"
HT = "high-tech products"
IC = "integrated circuits"
AU = "automobiles"

ARTICLE = {
    "id": "dBX1_03",
    "title": "China's Foreign Trade Gathers Speed in Third Quarter as Private Firms, High-Tech Goods Do the Heavy Lifting",
    "publisher": "Yicai",
    "published": "2025-10-14",
    "notes": [
        "Real figures (GAC data of 2025-10-13 as reported by Yicai Global 2025-10-14, Xinhua/People's Daily, China Daily, SCIO 2025-10-14, globetech.com.cn): Jan-Sep total CNY33.61 trillion (USD4.71 trillion, Yicai's conversion) +4%, 0.5 point faster than Jan-Aug; exports CNY19.95 trillion +7.1%; imports CNY13.66 trillion -0.2%; in dollars exports +6.1% and imports -1.1%; Q1 +1.3%, Q2 +4.5%, Q3 +6% and CNY11.82 trillion (USD1.66 trillion); September CNY4.04 trillion +8%; 700,000 enterprises with records for the first time, 613,000 private; private trade CNY19.16 trillion +7.8%, 22 quarters of growth; high-tech exports CNY3.75 trillion (USD525 billion) +11.9%, over 30% of export growth; industrial robots +54.9%; Africa +19.5%, Central Asia +16.7%, ASEAN +9.6%, Latin America +3.9%; Belt and Road CNY17.37 trillion +6.2%.",
        'Derived/made up: surplus CNY6.29 trillion (19.95 - 13.66); private share 57% (19.16 / 33.61); dollar surplus USD875.2 billion (recalled, not confirmed in the corpus: treat as made up); integrated circuit exports CNY1.02 trillion +22.6% and 5.23 million vehicles worth CNY656.8 billion +9.1% (made up); the Yicai GDP survey (4.8%), yuan at 7.13 per dollar, the 3.5% full-year forecast, analyst Yan Ruoxi and her quotes, and the editor are invented.',
        "Judgement calls: figures without their own period take January-September 2025 from the lead ('January to September', 'the nine months'); 'After gains of 1.3 percent in January-March and 4.5 percent in April-June' gives Q1 and Q2 facts and 'the third quarter' (6 percent, CNY11.82 trillion, USD1.66 trillion) Q3; 'They totaled CNY19.95 trillion' carries 'Outbound shipments' from the sentence before (exports), 'purchases from abroad' are imports; 'in greenback terms' makes 6.1 and -1.1 dollar-terms growth facts, distinct from the yuan ones; USD figures in brackets without 'about' are exact; value_text never includes the glued 'CNY'/'USD' prefix; the two counts are segment 'foreign trade enterprises' (700,000) and 'private enterprises' (613,000); '57 percent of the national total' is private enterprises' share of total trade; 'Sales of high-tech products abroad' = exports of high-tech products; product names 'integrated circuits' (the sentence says 'chips') and 'automobiles' (it says 'vehicles'); 5.23 million vehicles is a quantity in number.",
        "Not facts: 'quickened by 0.5 percentage point' (difference); 'upward of 30 percent of the rise in total exports' (contribution); 'held above 20 percent for most of the year' (vague); '22 quarters in a row' (streak); 'a level reached for the first time' (milestone); GDP forecast 4.8 percent; exchange rate 7.13 per dollar; full-year trade forecast 3.5 percent.",
        "Copy check: 28 sentences searched (13 look-ups), 9 reworded: the real Yicai Global story of 2025-10-14 surfaced and my total, export/import, dollar-terms and quarterly sentences shared its skeleton, the regional list and the high-tech sentence shared Xinhua's/SCIO's; a GDP sentence was also replaced because Q3 GDP (5.2%/4.8%) was released only on 2025-10-20, after this article's date.",
        'Second check: 28 sentences searched, 7 reworded.',
    ],
    "facts": [
        fact(CN, "total", "value", 33.61e12, "CNY", Q13, "33.61 trillion",
             "put China's combined imports and exports for January to September at CNY33.61 trillion"),
        fact(CN, "total", "value", 4.71e12, "USD", Q13, "4.71 trillion",
             "put China's combined imports and exports for January to September at CNY33.61 trillion (USD4.71 trillion)"),
        fact(CN, "total", "growth", 4, "percent", Q13, "4",
             "put China's combined imports and exports for January to September at CNY33.61 trillion (USD4.71 trillion), "
             "a gain of 4 percent on the same period last year"),
        fact(CN, "exports", "value", 19.95e12, "CNY", Q13, "19.95 trillion",
             "They totaled CNY19.95 trillion, a rise of 7.1 percent"),
        fact(CN, "exports", "growth", 7.1, "percent", Q13, "7.1",
             "They totaled CNY19.95 trillion, a rise of 7.1 percent"),
        fact(CN, "imports", "value", 13.66e12, "CNY", Q13, "13.66 trillion",
             "purchases from abroad came in at CNY13.66 trillion, 0.2 percent below last year's level"),
        fact(CN, "imports", "growth", -0.2, "percent", Q13, "0.2",
             "purchases from abroad came in at CNY13.66 trillion, 0.2 percent below last year's level"),
        fact(CN, "balance", "value", 6.29e12, "CNY", Q13, "6.29 trillion",
             "that leaves a surplus of about CNY6.29 trillion for the nine months", qualifier="approx"),
        fact(CN, "balance", "value", 875.2e9, "USD", Q13, "875.2 billion",
             "in greenback terms, for a surplus of USD875.2 billion"),
        fact(CN, "exports", "growth", 6.1, "percent", Q13, "6.1",
             "Exports grew 6.1 percent and imports shrank 1.1 percent in greenback terms"),
        fact(CN, "imports", "growth", -1.1, "percent", Q13, "1.1",
             "Exports grew 6.1 percent and imports shrank 1.1 percent in greenback terms"),
        fact(CN, "total", "growth", 1.3, "percent", Q1, "1.3",
             "After gains of 1.3 percent in January-March"),
        fact(CN, "total", "growth", 4.5, "percent", Q2, "4.5",
             "After gains of 1.3 percent in January-March and 4.5 percent in April-June"),
        fact(CN, "total", "growth", 6, "percent", Q3, "6",
             "trade growth picked up to 6 percent in the third quarter"),
        fact(CN, "total", "value", 11.82e12, "CNY", Q3, "11.82 trillion",
             "trade growth picked up to 6 percent in the third quarter, when goods worth CNY11.82 trillion"),
        fact(CN, "total", "value", 1.66e12, "USD", Q3, "1.66 trillion",
             "trade growth picked up to 6 percent in the third quarter, when goods worth CNY11.82 trillion (USD1.66 "
             "trillion) crossed the border"),
        fact(CN, "total", "value", 4.04e12, "CNY", SEP, "4.04 trillion",
             "September contributed CNY4.04 trillion"),
        fact(CN, "total", "growth", 8, "percent", SEP, "8",
             "September contributed CNY4.04 trillion, an 8 percent rise"),
        fact(CN, "total", "count", 700000, "number", Q13, "700,000",
             "Customs records show 700,000 firms with foreign trade activity in the first nine months",
             segment="foreign trade enterprises"),
        fact(CN, "total", "count", 613000, "number", Q13, "613,000",
             "700,000 firms with foreign trade activity in the first nine months, a level reached for the first time, and "
             "613,000 of them were privately owned", segment=PE),
        fact(CN, "total", "growth", 7.8, "percent", Q13, "7.8",
             "Worth CNY19.16 trillion after a 7.8 percent increase, private firms' trade", segment=PE),
        fact(CN, "total", "value", 19.16e12, "CNY", Q13, "19.16 trillion",
             "Worth CNY19.16 trillion after a 7.8 percent increase, private firms' trade", segment=PE),
        fact(CN, "total", "share", 57, "percent", Q13, "57",
             "private firms' trade made up 57 percent of the national total",
             segment=PE),
        fact(CN, "exports", "value", 3.75e12, "CNY", Q13, "3.75 trillion",
             "Sales of high-tech products abroad brought in CNY3.75 trillion", product=HT),
        fact(CN, "exports", "value", 525e9, "USD", Q13, "525 billion",
             "Sales of high-tech products abroad brought in CNY3.75 trillion (USD525 billion)", product=HT),
        fact(CN, "exports", "growth", 11.9, "percent", Q13, "11.9",
             "Sales of high-tech products abroad brought in CNY3.75 trillion (USD525 billion) over the nine months, 11.9 "
             "percent more than a year earlier", product=HT),
        fact(CN, "exports", "growth", 54.9, "percent", Q13, "54.9",
             "shipments of industrial robots surged 54.9 percent", product="industrial robots"),
        fact(CN, "exports", "growth", 22.6, "percent", Q13, "22.6",
             "Overseas sales of chips rose 22.6 percent to CNY1.02 trillion", product=IC),
        fact(CN, "exports", "value", 1.02e12, "CNY", Q13, "1.02 trillion",
             "Overseas sales of chips rose 22.6 percent to CNY1.02 trillion", product=IC),
        fact(CN, "exports", "quantity", 5.23e6, "number", Q13, "5.23 million",
             "China shipped 5.23 million vehicles abroad", product=AU),
        fact(CN, "exports", "value", 656.8e9, "CNY", Q13, "656.8 billion",
             "China shipped 5.23 million vehicles abroad worth CNY656.8 billion", product=AU),
        fact(CN, "exports", "growth", 9.1, "percent", Q13, "9.1",
             "China shipped 5.23 million vehicles abroad worth CNY656.8 billion, a 9.1 percent increase in value",
             product=AU),
        fact(CN, "total", "growth", 19.5, "percent", Q13, "19.5",
             "Among regional markets, Africa stood out with growth of 19.5 percent", partner="Africa"),
        fact(CN, "total", "growth", 16.7, "percent", Q13, "16.7",
             "Among regional markets, Africa stood out with growth of 19.5 percent, followed by Central Asia at 16.7 "
             "percent", partner="Central Asia"),
        fact(CN, "total", "growth", 9.6, "percent", Q13, "9.6",
             "Among regional markets, Africa stood out with growth of 19.5 percent, followed by Central Asia at 16.7 "
             "percent, ASEAN at 9.6 percent", partner="ASEAN"),
        fact(CN, "total", "growth", 3.9, "percent", Q13, "3.9",
             "Among regional markets, Africa stood out with growth of 19.5 percent, followed by Central Asia at 16.7 "
             "percent, ASEAN at 9.6 percent and Latin America at 3.9 percent", partner="Latin America"),
        fact(CN, "total", "value", 17.37e12, "CNY", Q13, "17.37 trillion",
             "Belt and Road partner countries, whose trade with China grew 6.2 percent from a year before, took CNY17.37 "
             "trillion of the total",
             partner="Belt and Road partner countries"),
        fact(CN, "total", "growth", 6.2, "percent", Q13, "6.2",
             "Belt and Road partner countries, whose trade with China grew 6.2 percent",
             partner="Belt and Road partner countries"),
    ],
}
