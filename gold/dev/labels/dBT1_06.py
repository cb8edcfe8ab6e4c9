from _fact import fact, period

CN = "China"
GCC = "Gulf Cooperation Council"
SA = "Saudi Arabia"
Q3 = period(2026, 1, 9)
Y25 = period(2025, 1, 12)

ARTICLE = {
    "id": "dBT1_06",
    "title": "Cars and solar panels lift China-Gulf trade as oil bill shrinks",
    "publisher": "China Daily",
    "published": "2026-10-28",
    "notes": [
        "Real figures: none for 2026 (the first three quarters of 2026 are modelled). Real background: the GCC's "
        "six members, China-GCC FTA talks opened in 2004, China overtook the EU as the GCC's largest trading partner "
        "around 2020, Saudi Arabia second to Russia among China's crude suppliers, Qatar among the top two LNG "
        "suppliers (its first place in 2026 is invented; Australia led in recent years), "
        "GCC car tariffs of about 5 percent. Modelled on China Daily and customs-based coverage of China-Gulf trade. "
        "Invented: all 2026 trade values, growth rates, shares, tonnages, the car count, the solar figures, the "
        "Brent average, the 28 gigawatts and the $300 billion aspiration. Derived: exports + imports = 712.4 + "
        "817.6 = 1,530.0 billion = 1.53 trillion; deficit 817.6 - 712.4 = 105.2 billion; a year earlier exports "
        "712.4 / 1.146 = 621.6 and imports 817.6 / 0.988 = 827.5, so the total grew 1,530.0 / 1,449.1 = +5.6 "
        "percent and the deficit fell from 205.9 to 105.2 billion (-48.9 percent); USD at about 7.12 yuan per "
        "dollar (1,530 / 7.12 = 214.9); shares against an implied national total of about 34.9 trillion yuan "
        "(1.53 -> 4.4 percent, 2.37 -> 6.8 percent); crude share against implied total crude imports of about "
        "398 million tonnes; Saudi + UAE + Qatar = 1.18 trillion, below the 1.53 trillion GCC total.",
        "Judgement calls: the period 'first three quarters' takes its year from the publication date (2026). "
        "'last year' (the GCC rank) counts back to 2025; that rank is measured for the GCC (area) with China as "
        "partner. The deficit is a negative balance and its 'narrowed by 48.9 percent' is growth -48.9. Saudi "
        "Arabia 'at the top of China's partners in the region' and the UAE 'the region's second-largest partner' "
        "are ranks within the Middle East only, which the record cannot express (it would read as China's overall "
        "rank), so they are not labelled. Product ranks are labelled: Saudi Arabia second-largest crude supplier, "
        "Qatar largest LNG source (rank of the partner within that product's imports). The crude share is 'by "
        "volume' of total crude imports: share, product crude oil, partner GCC. 612,000 vehicles is a quantity "
        "(unit number) beside the value. 'Chinese refiners took in ... crude oil from GCC members' is China's "
        "imports. Saudi Arabia's 12.7 billion yuan of solar panels is China's exports to Saudi Arabia.",
        "Not facts: $64 a barrel and $7 (oil prices); 28 gigawatts (capacity); 2020, 2022, 2023, 2004 (years); "
        "5 percent (a tariff rate); $300 billion a year by 2030 (an aspiration/forecast); the six members (a "
        "description of the bloc); the regional ranks of Saudi Arabia and the UAE (see above).",
        "Copy check: 11 sentences searched, 1 reworded (the sentence on China as the GCC's largest trading partner since overtaking the EU, close in skeleton to a real one).",
        "Second check: 21 sentences searched, 1 reworded.",
    ],
    "facts": [
        fact(CN, "total", "growth", 5.6, "percent", Q3, "5.6",
             "China's trade with the six members of the Gulf Cooperation Council grew 5.6 percent from a year earlier to 1.53 trillion yuan",
             partner=GCC),
        fact(CN, "total", "value", 1.53e12, "CNY", Q3, "1.53 trillion",
             "China's trade with the six members of the Gulf Cooperation Council grew 5.6 percent from a year earlier to 1.53 trillion yuan",
             partner=GCC),
        fact(CN, "total", "value", 215e9, "USD", Q3, "$215 billion",
             "1.53 trillion yuan (about $215 billion) in the first three quarters", partner=GCC, qualifier="approx"),
        fact(CN, "total", "share", 4.4, "percent", Q3, "4.4",
             "accounted for 4.4 percent of China's total foreign trade over the January-September period", partner=GCC),
        fact(CN, "exports", "growth", 14.6, "percent", Q3, "14.6",
             "China sold 712.4 billion yuan of goods to the GCC, a 14.6 percent jump", partner=GCC),
        fact(CN, "exports", "value", 712.4e9, "CNY", Q3, "712.4 billion",
             "China sold 712.4 billion yuan of goods to the GCC, a 14.6 percent jump", partner=GCC),
        fact(CN, "imports", "growth", -1.2, "percent", Q3, "1.2",
             "bought 817.6 billion yuan from the group, 1.2 percent less than a year earlier", partner=GCC),
        fact(CN, "imports", "value", 817.6e9, "CNY", Q3, "817.6 billion",
             "bought 817.6 billion yuan from the group, 1.2 percent less than a year earlier", partner=GCC),
        fact(CN, "balance", "value", -105.2e9, "CNY", Q3, "105.2 billion",
             "That left China's trade deficit with the Gulf states at 105.2 billion yuan", partner=GCC),
        fact(CN, "balance", "growth", -48.9, "percent", Q3, "48.9",
             "That left China's trade deficit with the Gulf states at 105.2 billion yuan, a figure that narrowed by 48.9 percent year-on-year",
             partner=GCC),
        fact(CN, "total", "value", 2.37e12, "CNY", Q3, "2.37 trillion",
             "Across the wider Middle East, China's trade came to 2.37 trillion yuan", partner="Middle East"),
        fact(CN, "total", "growth", 4.9, "percent", Q3, "4.9",
             "Across the wider Middle East, China's trade came to 2.37 trillion yuan, up 4.9 percent", partner="Middle East"),
        fact(CN, "total", "share", 6.8, "percent", Q3, "6.8",
             "Across the wider Middle East, China's trade came to 2.37 trillion yuan, up 4.9 percent, making up 6.8 percent of the national total",
             partner="Middle East"),
        fact(CN, "total", "growth", -2.1, "percent", Q3, "2.1",
             "Saudi Arabia stayed at the top of China's partners in the region, though bilateral trade dipped 2.1 percent to 548.3 billion yuan",
             partner=SA),
        fact(CN, "total", "value", 548.3e9, "CNY", Q3, "548.3 billion",
             "Saudi Arabia stayed at the top of China's partners in the region, though bilateral trade dipped 2.1 percent to 548.3 billion yuan",
             partner=SA),
        fact(CN, "total", "growth", 11.3, "percent", Q3, "11.3",
             "Trade with the UAE, the region's second-largest partner for China, rose 11.3 percent to 492.6 billion yuan",
             partner="United Arab Emirates"),
        fact(CN, "total", "value", 492.6e9, "CNY", Q3, "492.6 billion",
             "Trade with the UAE, the region's second-largest partner for China, rose 11.3 percent to 492.6 billion yuan",
             partner="United Arab Emirates"),
        fact(CN, "total", "growth", 8.7, "percent", Q3, "8.7",
             "trade with Qatar increased 8.7 percent to 139.5 billion yuan", partner="Qatar"),
        fact(CN, "total", "value", 139.5e9, "CNY", Q3, "139.5 billion",
             "trade with Qatar increased 8.7 percent to 139.5 billion yuan", partner="Qatar"),
        fact(CN, "imports", "quantity", 142.6e6, "tonnes", Q3, "142.6 million",
             "Chinese refiners took in 142.6 million tonnes of crude oil from GCC members in the nine months",
             partner=GCC, product="crude oil"),
        fact(CN, "imports", "value", 519.2e9, "CNY", Q3, "519.2 billion",
             "Chinese refiners took in 142.6 million tonnes of crude oil from GCC members in the nine months, worth 519.2 billion yuan",
             partner=GCC, product="crude oil"),
        fact(CN, "imports", "share", 35.8, "percent", Q3, "35.8",
             "Chinese refiners took in 142.6 million tonnes of crude oil from GCC members in the nine months, worth 519.2 billion yuan and representing 35.8 percent of the country's total crude imports by volume",
             partner=GCC, product="crude oil"),
        fact(CN, "imports", "rank", 2, "number", Q3, "second-largest",
             "Saudi Arabia, the second-largest supplier of crude to China after Russia", partner=SA, product="crude oil"),
        fact(CN, "imports", "quantity", 59.7e6, "tonnes", Q3, "59.7 million",
             "Saudi Arabia, the second-largest supplier of crude to China after Russia, shipped 59.7 million tonnes",
             partner=SA, product="crude oil"),
        fact(CN, "imports", "rank", 1, "number", Q3, "largest",
             "Qatar, China's largest source of liquefied natural gas", partner="Qatar", product="liquefied natural gas"),
        fact(CN, "imports", "quantity", 14.8e6, "tonnes", Q3, "14.8 million",
             "Qatar, China's largest source of liquefied natural gas, delivered 14.8 million tonnes of the fuel",
             partner="Qatar", product="liquefied natural gas"),
        fact(CN, "imports", "value", 61.3e9, "CNY", Q3, "61.3 billion",
             "Qatar, China's largest source of liquefied natural gas, delivered 14.8 million tonnes of the fuel, valued at 61.3 billion yuan",
             partner="Qatar", product="liquefied natural gas"),
        fact(CN, "exports", "growth", 21.5, "percent", Q3, "21.5",
             "Car exports to the GCC rose 21.5 percent to 68.9 billion yuan", partner=GCC, product="cars"),
        fact(CN, "exports", "value", 68.9e9, "CNY", Q3, "68.9 billion",
             "Car exports to the GCC rose 21.5 percent to 68.9 billion yuan", partner=GCC, product="cars"),
        fact(CN, "exports", "quantity", 612000, "number", Q3, "612,000",
             "Car exports to the GCC rose 21.5 percent to 68.9 billion yuan, covering 612,000 vehicles",
             partner=GCC, product="cars"),
        fact(CN, "exports", "growth", 47.2, "percent", Q3, "47.2",
             "Exports of solar panels to the Middle East soared 47.2 percent to 31.4 billion yuan",
             partner="Middle East", product="solar panels"),
        fact(CN, "exports", "value", 31.4e9, "CNY", Q3, "31.4 billion",
             "Exports of solar panels to the Middle East soared 47.2 percent to 31.4 billion yuan",
             partner="Middle East", product="solar panels"),
        fact(CN, "exports", "value", 12.7e9, "CNY", Q3, "12.7 billion",
             "with Saudi Arabia alone buying 12.7 billion yuan worth", partner=SA, product="solar panels"),
        fact(GCC, "total", "rank", 1, "number", Y25, "largest",
             "Last year the GCC counted China as its largest trading partner", partner=CN),
    ],
}
