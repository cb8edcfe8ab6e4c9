from _fact import fact, period

CN = "China"
MAR = period(2023, 3)
MAR22 = period(2022, 3)
JF = period(2023, 1, 2)
Q1 = period(2023, 1, 3)
TABLE_IMP = "Imports           -1.4    -5.0    -10.2     -7.1"
TABLE_BAL = "Balance ($ bln)   88.19   39.2    116.88    205.07"

ARTICLE = {
    "id": "dBZ1_02",
    "title": "China's March exports surge unexpectedly as Asia, Russia demand offsets Western slowdown",
    "publisher": "Reuters",
    "published": "2023-04-13",
    "notes": [
        "Real figures (source, date): March 2023 exports +14.8%, Jan-Feb -6.8%, imports -1.4%, Jan-Feb -10.2%, poll -7.0% and "
        "-5.0% (Reuters via channelnewsasia.com / kdal610.com, 2023-04-13); surplus 88.19 billion USD, Jan-Feb 116.88 billion, "
        "March exports 315.59 billion, imports 227.4 billion, Q1 exports +0.5% to 821.8 billion (SCMP, 2023-04-13); South Korea "
        "March exports -13.6% (Reuters, 2023-04-13); exports to Russia about 9 billion USD in March (WSJ calculation via "
        "breakinglatest.news, 2023-04-13); Q1 exports to US -17%, EU -7.1%, ASEAN +18.6%, Russia +47.1% (chinabankingnews.com, "
        "2023-04-14); Q1 vehicle exports 1.07 million, +58.3% (Global Times citing GAC, 2023-05-14); EV/lithium battery/solar "
        "cell exports +66.9%, 2 pp (Xinhua via wuhu.me, 2023-04-13); Q1 yuan exports 5.65 trillion +8.4%, imports 4.24 trillion "
        "+0.2%, total 9.89 trillion +4.8% (customs.gov.cn review, 2023-04-13); March 2022 soybean imports 6.35 million tonnes "
        "(Reuters via nasdaq.com, 2022-04-13); GDP target around 5%, 2022 GDP 3% (Reuters, March-April 2023).",
        "Derived/made up: Q1 surplus 205.07 billion USD = 116.88 + 88.19 (derived). Recalled but not verified in the corpus, "
        "treat as plausible made-up figures: ASEAN +35.4% in March (Asia Times gives about 34%), US -7.7% and EU +3.4% in "
        "March, March yuan exports +23.4%, March 2023 soybean imports 6.85 million tonnes, Q1 dollar imports -7.1%, poll "
        "surplus 39.2 billion. Made up: yuan at 6.8680, the quoted economist Chen Lin and the bylines.",
        "Judgement calls: the table repeats body facts (March and Jan-Feb exports, imports, balances; Q1 exports 0.5): "
        "labelled once from the body; Q1 imports -7.1 and Q1 balance 205.07 appear only in the table and are labelled from "
        "their rows (balance scale from the row's '($ bln)'). 'last month' = March 2023 from the published date. ASEAN "
        "+35.4% has no month in its sentence: March from the running period. Vehicle exports are counted in units: measure "
        "quantity, unit number, product 'vehicles' (the clause says 'outbound vehicle shipments'); their 58.3% growth is a "
        "volume growth with no value growth beside it, labelled as growth. South Korea's exports are labelled with area South "
        "Korea. Yuan and dollar growth rates of the same flow and period are separate facts.",
        "Not facts: 7.0% and 5.0% (poll forecasts, also the table's Poll column -7.0 and -5.0); 39.2 billion (expected "
        "surplus, also in the table); 'six months' and 'sixth straight' (streaks); 10-member; 'more than doubled' (no "
        "number); 2 percentage points (contribution); 'biggest auto exporter in the world' (a forecast ranking); around 5% (GDP "
        "target); 3% (GDP); 6.8680 (exchange rate); COVID-19; 2023 (year).",
        "Copy check: 21 sentences searched (15 queries), 6 reworded.",
        "Second check: 24 sentences searched, 7 reworded.",
    ],
    "facts": [
        fact(CN, "exports", "growth", 14.8, "percent", MAR, "14.8",
             "China's March exports up 14.8% from a year earlier"),
        fact(CN, "exports", "growth", -6.8, "percent", JF, "6.8",
             "Shipments had slid 6.8% in January-February"),
        fact(CN, "imports", "growth", -1.4, "percent", MAR, "1.4",
             "purchases from abroad shrank only 1.4% in March"),
        fact(CN, "imports", "growth", -10.2, "percent", JF, "10.2",
             "imports, which had slumped 10.2% over the first two months of the year"),
        fact(CN, "balance", "value", 88.19e9, "USD", MAR, "88.19 billion",
             "The trade surplus widened to $88.19 billion in March"),
        fact(CN, "balance", "value", 116.88e9, "USD", JF, "116.88 billion",
             "The trade surplus widened to $88.19 billion in March, well above the $39.2 billion expected, though short of the $116.88 billion posted for January and February combined."),
        fact(CN, "exports", "value", 315.59e9, "USD", MAR, "315.59 billion",
             "Outbound shipments were worth $315.59 billion last month"),
        fact(CN, "imports", "value", 227.4e9, "USD", MAR, "227.4 billion",
             "Outbound shipments were worth $315.59 billion last month and imports $227.4 billion."),
        fact(CN, "exports", "growth", 35.4, "percent", MAR, "35.4",
             "Shipments to the 10-member Association of Southeast Asian Nations rose 35.4% on the year", partner="ASEAN"),
        fact(CN, "exports", "value", 9e9, "USD", MAR, "9 billion",
             "exports to Russia more than doubled to roughly $9 billion", partner="Russia", qualifier="approx"),
        fact(CN, "exports", "growth", -7.7, "percent", MAR, "7.7",
             "sales to the United States fell 7.7% in March", partner="United States"),
        fact(CN, "exports", "growth", 3.4, "percent", MAR, "3.4",
             "sales to the United States fell 7.7% in March and those to the European Union edged up just 3.4%",
             partner="European Union"),
        fact(CN, "exports", "growth", -17.0, "percent", Q1, "17.0",
             "For the quarter as a whole, exports to the U.S. were down 17.0%", partner="United States"),
        fact(CN, "exports", "growth", -7.1, "percent", Q1, "7.1",
             "For the quarter as a whole, exports to the U.S. were down 17.0% and those to the EU 7.1%",
             partner="European Union"),
        fact(CN, "exports", "growth", 18.6, "percent", Q1, "18.6",
             "For the quarter as a whole, exports to the U.S. were down 17.0% and those to the EU 7.1%, while shipments to ASEAN and Russia grew 18.6% and 47.1%, respectively.",
             partner="ASEAN"),
        fact(CN, "exports", "growth", 47.1, "percent", Q1, "47.1",
             "For the quarter as a whole, exports to the U.S. were down 17.0% and those to the EU 7.1%, while shipments to ASEAN and Russia grew 18.6% and 47.1%, respectively.",
             partner="Russia"),
        fact(CN, "exports", "quantity", 1.07e6, "number", Q1, "1.07 million",
             "at 1.07 million units, outbound vehicle shipments in the first quarter", product="vehicles"),
        fact(CN, "exports", "growth", 58.3, "percent", Q1, "58.3",
             "at 1.07 million units, outbound vehicle shipments in the first quarter were up 58.3%", product="vehicles"),
        fact(CN, "exports", "growth", 66.9, "percent", Q1, "66.9",
             "Customs spokesman Lyu Daliang credited electric passenger vehicles, lithium-ion batteries and solar cells with adding 2 percentage points to overall export growth, as their combined exports rose 66.9% in the first quarter.",
             product="electric passenger vehicles, lithium-ion batteries and solar cells"),
        fact(CN, "imports", "quantity", 6.85e6, "tonnes", MAR, "6.85 million",
             "soybean arrivals climbed to 6.85 million tonnes in March", product="soybeans"),
        fact(CN, "imports", "quantity", 6.35e6, "tonnes", MAR22, "6.35 million",
             "soybean arrivals climbed to 6.85 million tonnes in March from 6.35 million tonnes a year earlier", product="soybeans"),
        fact(CN, "exports", "growth", 23.4, "percent", MAR, "23.4",
             "Measured in yuan, March exports jumped 23.4%"),
        fact(CN, "exports", "value", 5.65e12, "CNY", Q1, "5.65 trillion",
             "the first quarter brought 5.65 trillion yuan of exports, 8.4% more than a year earlier"),
        fact(CN, "exports", "growth", 8.4, "percent", Q1, "8.4",
             "the first quarter brought 5.65 trillion yuan of exports, 8.4% more than a year earlier"),
        fact(CN, "imports", "value", 4.24e12, "CNY", Q1, "4.24 trillion",
             "the first quarter brought 5.65 trillion yuan of exports, 8.4% more than a year earlier, against 4.24 trillion yuan of imports, up 0.2%"),
        fact(CN, "imports", "growth", 0.2, "percent", Q1, "0.2",
             "the first quarter brought 5.65 trillion yuan of exports, 8.4% more than a year earlier, against 4.24 trillion yuan of imports, up 0.2%"),
        fact(CN, "total", "value", 9.89e12, "CNY", Q1, "9.89 trillion",
             "Total trade for the quarter came to 9.89 trillion yuan, a 4.8% rise."),
        fact(CN, "total", "growth", 4.8, "percent", Q1, "4.8",
             "Total trade for the quarter came to 9.89 trillion yuan, a 4.8% rise."),
        fact(CN, "exports", "value", 821.8e9, "USD", Q1, "821.8 billion",
             "Dollar-denominated exports for the quarter totalled $821.8 billion, a slim 0.5% gain."),
        fact(CN, "exports", "growth", 0.5, "percent", Q1, "0.5",
             "Dollar-denominated exports for the quarter totalled $821.8 billion, a slim 0.5% gain."),
        fact("South Korea", "exports", "growth", -13.6, "percent", MAR, "13.6",
             "South Korea's exports, a bellwether for Asian demand, fell 13.6% in March"),
        fact(CN, "imports", "growth", -7.1, "percent", Q1, "-7.1", TABLE_IMP),
        fact(CN, "balance", "value", 205.07e9, "USD", Q1, "205.07", TABLE_BAL),
    ],
}
