from _fact import fact, period

CN = "China"
US = "United States"
NOV = period(2026, 11)
OCT = period(2026, 10)
NOV25 = period(2025, 11)
JN = period(2026, 1, 11)

ARTICLE = {
    "id": "dBT1_05",
    "title": "Africa and ASEAN Demand Lifts China's November Exports Past Forecasts Despite U.S. Slide",
    "publisher": "Caixin",
    "published": "2026-12-08",
    "notes": [
        "Real figures: none for 2026 (November 2026 data are modelled). The November 2025 bases are real and were "
        "used to derive the 2026 growth rates: exports $330.3 billion, imports $218.7 billion, surplus $111.68 "
        "billion, exports to the U.S. $33.8 billion. Modelled on Caixin/Yicai/Reuters coverage of China's monthly "
        "trade (dollar and yuan terms, partner growth, chips and cars, polls). Invented: every November and October "
        "2026 figure, the January-November totals, the partner and product figures, the rare-earth tonnage, the "
        "forecasts, the exchange rate and the 20-month streak. Derived: surplus 345.5 - 224.1 = 121.4 billion; "
        "121.4 / 111.68 = +8.7 percent; 345.5 / 330.3 = +4.6; 224.1 / 218.7 = +2.5; yuan figures at 7.00 per "
        "dollar (2.42 - 1.57 = 0.85 trillion; 849.8 billion); ASEAN share 58.3 / 345.5 = 16.9; U.S. share "
        "29.9 / 345.5 = 8.7 and a year earlier 33.8 / 330.3 = 10.2; October exports 345.5 / 1.108 = 311.8 "
        "(+2.1 percent on the real October 2025 base of about $305.4 billion); Jan-Nov surplus 1.24 trillion.",
        "Judgement calls: 'last month' counts back from 2026-12-08 to November 2026. '8.7% larger than in November "
        "2025' is yoy growth of the surplus (positive: larger). 'October's 2.1% growth' and 'October's "
        "$96.4 billion' are October 2026 facts (comparison statements that state October's own "
        "figures). 'Against October, exports jumped 10.8%' is growth basis mom. 'compared with 10.2% a year "
        "earlier' is a share fact for November 2025. Partner growth rates are export growth (the paragraph is "
        "about shipments). Car exports: 682,000 vehicles is a quantity (unit number) beside the value. Rare "
        "earths and ships: the tonnage is the only number (the comparison with October and the ship exports "
        "are stated without figures). The 'respectively' list for South Korea and "
        "Russia gives two falls.",
        "Not facts: 3% and 'about $113 billion' (poll forecasts); 'around 2%' for Q1 2027 (a forecast); 1.5% "
        "(currency appreciation) and 7.00 per dollar (exchange rate); '20th straight monthly decline' (a streak); "
        "April 2025, late 2025, 2023-2024, 2027 (dates); the 'full-year figure for 2025' (no number stated); 12 "
        "months (a span).",
        "Copy check: 10 sentences searched, 0 reworded.",
        "Second check: 26 sentences searched, 6 reworded.",
    ],
    "facts": [
        fact(CN, "exports", "growth", 4.6, "percent", NOV, "4.6",
             "The General Administration of Customs (GAC) valued November's outbound shipments at $345.5 billion in dollar terms, 4.6% more than a year earlier"),
        fact(CN, "exports", "value", 345.5e9, "USD", NOV, "$345.5 billion",
             "valued November's outbound shipments at $345.5 billion"),
        fact(CN, "exports", "growth", 2.1, "percent", OCT, "2.1",
             "the reading marked an acceleration from October's 2.1% growth"),
        fact(CN, "imports", "growth", 2.5, "percent", NOV, "2.5",
             "Inbound shipments totaled $224.1 billion last month, 2.5% higher than a year before"),
        fact(CN, "imports", "value", 224.1e9, "USD", NOV, "$224.1 billion",
             "Inbound shipments totaled $224.1 billion last month"),
        fact(CN, "balance", "value", 121.4e9, "USD", NOV, "$121.4 billion",
             "That left a surplus of $121.4 billion"),
        fact(CN, "balance", "growth", 8.7, "percent", NOV, "8.7",
             "That left a surplus of $121.4 billion, 8.7% larger than in November 2025"),
        fact(CN, "balance", "value", 96.4e9, "USD", OCT, "$96.4 billion",
             "That left a surplus of $121.4 billion, 8.7% larger than in November 2025 and well above October's $96.4 billion"),
        fact(CN, "exports", "growth", 10.8, "percent", NOV, "10.8",
             "Against October, exports jumped 10.8%", basis="mom"),
        fact(CN, "exports", "growth", 3.0, "percent", NOV, "3.0",
             "In yuan terms, which the GAC lists first in its releases, the surplus came to 849.8 billion yuan: exports of 2.42 trillion yuan were up 3.0%"),
        fact(CN, "exports", "value", 2.42e12, "CNY", NOV, "2.42 trillion",
             "In yuan terms, which the GAC lists first in its releases, the surplus came to 849.8 billion yuan: exports of 2.42 trillion yuan were up 3.0%"),
        fact(CN, "imports", "growth", 0.9, "percent", NOV, "0.9",
             "imports of 1.57 trillion yuan were up 0.9%"),
        fact(CN, "imports", "value", 1.57e12, "CNY", NOV, "1.57 trillion",
             "imports of 1.57 trillion yuan were up 0.9%"),
        fact(CN, "balance", "value", 849.8e9, "CNY", NOV, "849.8 billion",
             "the surplus came to 849.8 billion yuan"),
        fact(CN, "exports", "growth", 9.6, "percent", NOV, "9.6",
             "Shipments to the Association of Southeast Asian Nations (ASEAN) climbed 9.6% to $58.3 billion",
             partner="ASEAN"),
        fact(CN, "exports", "value", 58.3e9, "USD", NOV, "$58.3 billion",
             "Shipments to the Association of Southeast Asian Nations (ASEAN) climbed 9.6% to $58.3 billion",
             partner="ASEAN"),
        fact(CN, "exports", "share", 16.9, "percent", NOV, "16.9",
             "Shipments to the Association of Southeast Asian Nations (ASEAN) climbed 9.6% to $58.3 billion, equal to 16.9% of all exports",
             partner="ASEAN"),
        fact(CN, "exports", "growth", 7.2, "percent", NOV, "7.2",
             "Exports to the European Union rose 7.2%", partner="European Union"),
        fact(CN, "exports", "growth", -11.4, "percent", NOV, "11.4",
             "Sales to the U.S. slid 11.4% to $29.9 billion", partner=US),
        fact(CN, "exports", "value", 29.9e9, "USD", NOV, "$29.9 billion",
             "Sales to the U.S. slid 11.4% to $29.9 billion", partner=US),
        fact(CN, "exports", "share", 8.7, "percent", NOV, "8.7",
             "The U.S. took 8.7% of China's exports in November", partner=US),
        fact(CN, "exports", "share", 10.2, "percent", NOV25, "10.2",
             "The U.S. took 8.7% of China's exports in November, compared with 10.2% a year earlier", partner=US),
        fact(CN, "exports", "growth", 2.3, "percent", NOV, "2.3",
             "Exports to Japan inched up 2.3%", partner="Japan"),
        fact(CN, "exports", "growth", -1.8, "percent", NOV, "1.8",
             "those to South Korea and Russia fell 1.8% and 6.5%, respectively", partner="South Korea"),
        fact(CN, "exports", "growth", -6.5, "percent", NOV, "6.5",
             "those to South Korea and Russia fell 1.8% and 6.5%, respectively", partner="Russia"),
        fact(CN, "exports", "growth", 21.7, "percent", NOV, "21.7",
             "Africa was again the standout among major regions, with Chinese shipments there soaring 21.7%",
             partner="Africa"),
        fact(CN, "exports", "growth", 28.4, "percent", NOV, "28.4",
             "Integrated circuit exports rose 28.4% to $19.7 billion", product="integrated circuits"),
        fact(CN, "exports", "value", 19.7e9, "USD", NOV, "$19.7 billion",
             "Integrated circuit exports rose 28.4% to $19.7 billion", product="integrated circuits"),
        fact(CN, "exports", "growth", 24.6, "percent", NOV, "24.6",
             "Car exports increased 24.6% to $13.2 billion", product="cars"),
        fact(CN, "exports", "value", 13.2e9, "USD", NOV, "$13.2 billion",
             "Car exports increased 24.6% to $13.2 billion", product="cars"),
        fact(CN, "exports", "quantity", 682000, "number", NOV, "682,000",
             "Car exports increased 24.6% to $13.2 billion, with 682,000 vehicles shipped abroad", product="cars"),
        fact(CN, "exports", "quantity", 5120, "tonnes", NOV, "5,120",
             "Rare earth exports, a focus of trade tensions since Beijing tightened licensing in April 2025, totaled 5,120 tonnes",
             product="rare earths"),
        fact(CN, "exports", "value", 3.59e12, "USD", JN, "$3.59 trillion",
             "January-November exports came to $3.59 trillion, 5.2% more than in the same period of 2025"),
        fact(CN, "exports", "growth", 5.2, "percent", JN, "5.2",
             "January-November exports came to $3.59 trillion, 5.2% more than in the same period of 2025"),
        fact(CN, "balance", "value", 1.24e12, "USD", JN, "$1.24 trillion",
             "The cumulative surplus reached $1.24 trillion"),
    ],
}
