from _fact import fact, period

Y = period(2025, 1, 12)
Y24 = period(2024, 1, 12)
AU = "Australia"
CN = "China"
E_AX = "goods exports from Australia to China totalled A$158.9 billion in 2025, a fall of 9.7 per cent from the year before"
E_AM = "Imports from China climbed 4.5 per cent to a record A$129.6 billion"
E_BAL = "so the surplus fell to A$29.3 billion from A$52 billion in 2024"
E_TWO = "Goods trade in both directions totalled A$288.5 billion, equal to 32.6 per cent of all Australian goods trade"
E_CNY = "On Beijing's figures, trade between the two countries declined 7.4 per cent to 1.41 trillion yuan in 2025."
E_USD = "Measured in US dollars, the total was down 7.3 per cent at US$196.2 billion (about A$304 billion)."
E_CM = "Chinese imports from Australia fell 12.6 per cent to US$122.4 billion"
E_CX = "Chinese exports to Australia increased 3.1 per cent to US$73.8 billion"
E_ORE = "the value of the shipments fell 9.8 per cent to US$69.3 billion"
E_COAL = "Coal purchases from Australia increased 3.6 per cent to 81.2 million tonnes"
E_LNG = "imports of liquefied natural gas fell 5.8 per cent to 22.9 million tonnes"
E_BAR = "China bought 6.9 million tonnes of barley from Australia, its largest supplier of the grain."

ARTICLE = {
    "id": "dAM1_06_china_australia_trade_2025",
    "title": "Falling iron ore income cuts Australia's trade surplus with China to A$29.3 billion",
    "publisher": "The Canberra Ledger",
    "published": "2026-02-05",
    "notes": [
        "Published Thursday 5 February 2026; all figures are calendar 2025 unless a year is stated ('last year' = 2025).",
        "Two sources that disagree: ABS figures are labelled with area Australia, partner China (Australia's exports to/imports from China, AUD); Chinese customs (GAC) figures with area China, partner Australia (CNY/USD). Both are kept as stated; the text itself says they do not match (GAC imports from Australia US$122.4 billion, about A$190 billion at 64.5 US cents, vs ABS exports to China A$158.9 billion; GAC two-way about A$304 billion vs ABS A$288.5 billion).",
        "Headline 'A$29.3 billion' surplus is the same observation as the body's: labelled once.",
        "'fell to A$29.3 billion from A$52 billion in 2024': a stated 2024 surplus, labelled as a 2024 balance (positive: surplus).",
        "China 'Australia's largest trading partner' -> area Australia, partner China, rank 1; 32.6 per cent is China's share of Australia's total goods trade. 'the smallest share since 2019': a year, out.",
        "GAC two-way trade: -7.4 (yuan terms) and -7.3 (US dollar terms) are two growth facts with different values; 1.41 trillion yuan and US$196.2 billion are CNY and USD facts; '(about A$304 billion)' is an approx AUD fact of the same observation.",
        "'64.5 US cents' exchange rate: out. The comparison 'is well above' gives no number.",
        "Iron ore: 748.6 million tonnes (quantity) and US$69.3 billion, down 9.8 per cent (value growth) labelled; '1.2 per cent more than in 2024' is volume growth beside value growth: out.",
        "Coal and LNG growth rates are the only growth rates given for those goods (tonnage), labelled with their quantities.",
        "Barley: quantity 6.9 million tonnes and Australia as China's 'its largest supplier of the grain' -> area China, partner Australia, product barley, flow imports, rank 1.",
        "Wine and live rock lobster values are ABS figures: area Australia, partner China, exports, AUD. Wine duties of 218.4 per cent: a tariff rate, out. 'December 2024' restart date: out.",
        "Vehicles: 'the ABS says Australians paid A$15.8 billion for vehicles made in China' -> area Australia, partner China, imports, product vehicles.",
        "Iron ore price 'about US$100 a tonne' and the analyst's 2026 forecasts (5 per cent fall, surplus under A$25 billion, US$100 iron ore): out. '20 ministerial meetings': not trade, out.",
        "'third ports' (transit ports) is not a rank: out.",
    ],
    "facts": [
        fact(AU, "exports", "value", 158.9e9, "AUD", Y, "158.9 billion", E_AX, partner=CN),
        fact(AU, "exports", "growth", -9.7, "percent", Y, "9.7", E_AX, partner=CN),
        fact(AU, "imports", "growth", 4.5, "percent", Y, "4.5", E_AM, partner=CN),
        fact(AU, "imports", "value", 129.6e9, "AUD", Y, "129.6 billion", E_AM, partner=CN),
        fact(AU, "balance", "value", 29.3e9, "AUD", Y, "29.3 billion", E_BAL, partner=CN),
        fact(AU, "balance", "value", 52e9, "AUD", Y24, "52 billion", E_BAL, partner=CN),
        fact(AU, "total", "rank", 1, "number", Y, "largest",
             "Even so, China was still by far Australia's largest trading partner.", partner=CN),
        fact(AU, "total", "value", 288.5e9, "AUD", Y, "288.5 billion", E_TWO, partner=CN),
        fact(AU, "total", "share", 32.6, "percent", Y, "32.6", E_TWO, partner=CN),
        fact(CN, "total", "growth", -7.4, "percent", Y, "7.4", E_CNY, partner=AU),
        fact(CN, "total", "value", 1.41e12, "CNY", Y, "1.41 trillion", E_CNY, partner=AU),
        fact(CN, "total", "growth", -7.3, "percent", Y, "7.3", E_USD, partner=AU),
        fact(CN, "total", "value", 196.2e9, "USD", Y, "196.2 billion", E_USD, partner=AU),
        fact(CN, "total", "value", 304e9, "AUD", Y, "304 billion", E_USD, partner=AU, qualifier="approx"),
        fact(CN, "imports", "growth", -12.6, "percent", Y, "12.6", E_CM, partner=AU),
        fact(CN, "imports", "value", 122.4e9, "USD", Y, "122.4 billion", E_CM, partner=AU),
        fact(CN, "exports", "growth", 3.1, "percent", Y, "3.1", E_CX, partner=AU),
        fact(CN, "exports", "value", 73.8e9, "USD", Y, "73.8 billion", E_CX, partner=AU),
        fact(CN, "imports", "quantity", 748.6e6, "tonnes", Y, "748.6 million",
             "Last year China took in 748.6 million tonnes of ore from Australia", partner=AU, product="iron ore"),
        fact(CN, "imports", "value", 69.3e9, "USD", Y, "69.3 billion", E_ORE, partner=AU, product="iron ore"),
        fact(CN, "imports", "growth", -9.8, "percent", Y, "9.8", E_ORE, partner=AU, product="iron ore"),
        fact(CN, "imports", "growth", 3.6, "percent", Y, "3.6", E_COAL, partner=AU, product="coal"),
        fact(CN, "imports", "quantity", 81.2e6, "tonnes", Y, "81.2 million", E_COAL, partner=AU, product="coal"),
        fact(CN, "imports", "growth", -5.8, "percent", Y, "5.8", E_LNG, partner=AU, product="liquefied natural gas"),
        fact(CN, "imports", "quantity", 22.9e6, "tonnes", Y, "22.9 million", E_LNG, partner=AU, product="liquefied natural gas"),
        fact(CN, "imports", "quantity", 6.9e6, "tonnes", Y, "6.9 million", E_BAR, partner=AU, product="barley"),
        fact(CN, "imports", "rank", 1, "number", Y, "largest", E_BAR, partner=AU, product="barley"),
        fact(AU, "exports", "value", 912e6, "AUD", Y, "912 million",
             "According to ABS data, wine exports to China were valued at A$912 million", partner=CN, product="wine"),
        fact(AU, "exports", "value", 583e6, "AUD", Y, "583 million",
             "exports of live rock lobster, resumed in December 2024, came to A$583 million", partner=CN,
             product="live rock lobster"),
        fact(AU, "imports", "value", 15.8e9, "AUD", Y, "15.8 billion",
             "Australians paid A$15.8 billion for vehicles made in China", partner=CN, product="vehicles"),
    ],
}
