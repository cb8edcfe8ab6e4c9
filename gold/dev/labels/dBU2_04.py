from _fact import fact, period

TH = "Thailand"
OCT = period(2026, 10)
JAN_OCT = period(2026, 1, 10)

ARTICLE = {
    "id": "dBU2_04",
    "title": "Thai exports jump 9.8% in October as US buyers snap up computers",
    "publisher": "Bangkok Post",
    "published": "2026-11-25",
    "notes": [
        "Real figures: none (October 2026 has not happened). Modelled on Bangkok Post, Nation and Reuters "
        "reports of Thailand's monthly customs-cleared trade (Commerce Ministry, Trade Policy and Strategy "
        "Office): US$ headline with a baht conversion, January-October totals, farm and agro-industrial "
        "group, rice and rubber, computers and auto parts, markets US/China/Japan/ASEAN. Invented: every "
        "figure. Derived: balance 30.42 - 29.17 = 1.25 bn; Jan-Oct balance 289.64 - 291.05 = -1.41 bn; "
        "1.02 trillion baht = 30.42 bn x 33.55; farm share 4.12 / 30.42 = 13.5%; US share 6.02 / 30.42 = "
        "19.8%; 2.6 points = 12.4 - 9.8.",
        "Judgement calls: 'the United States stayed Thailand's largest single export market' is rank 1 "
        "(exports, partner United States); 'China, the second-largest market' is rank 2. The baht figure "
        "for October exports is its own THB fact, exact (the 'about' belongs to the exchange rate). 'Thai "
        "export growth ... in October' in the lead carries no number. The year of 'last month' and of "
        "'January to October' comes from the publication date (2026-11-25). 'Measured against September' "
        "gives basis mom to both rates in that sentence. Rubber: the value growth (-3.8%) and the tonnage "
        "(241,600 tonnes) are facts; the 5.1% volume fall beside the value fall is not (volume growth "
        "beside value growth). Rice: 14.2% is the growth of rice earnings (value), so it is a value growth "
        "fact; 812,400 tonnes is the quantity. 'the 10 members of ASEAN' is not a count of trading partners "
        "in the guide's sense.",
        "Not facts: 33.55 baht to the dollar (exchange rate); 2.6 percentage points (derived comparison); "
        "'four months of gains in a row' (streak); 5.1% rubber volume fall (volume growth beside value "
        "growth); 19% US import tariff; 10 ASEAN members; ministry projection of 9-10% full-year growth and "
        "roughly $345 billion, earlier goal of 3-4% (forecasts/targets); first 20 days of November and "
        "'about 6%' (part of a month, preliminary); 1-2% growth in 2027 and 32 to the dollar (private "
        "forecast, exchange rate); 'more than half of gross domestic product' and 2.1% third-quarter GDP "
        "growth (not trade flows); years 2025, 2026, 2027.",
        "Copy check: 10 sentences searched, 1 reworded (the lead, which shared the 'exports rose for a "
        "fourth straight month in October' skeleton of real Xinhua/Bangkok Post leads).",
        "Second check: 29 sentences searched, 1 reworded.",
    ],
    "facts": [
        # October headline
        fact(TH, "exports", "value", 30.42e9, "USD", OCT, "US$30.42 billion",
             "Customs-cleared exports came to US$30.42 billion last month"),
        fact(TH, "exports", "growth", 9.8, "percent", OCT, "9.8",
             "Customs-cleared exports came to US$30.42 billion last month, 9.8% more than in October 2025"),
        fact(TH, "exports", "value", 1.02e12, "THB", OCT, "1.02 trillion",
             "Converted at the average rate of about 33.55 baht to the dollar, shipments were worth 1.02 trillion baht."),
        fact(TH, "imports", "growth", 12.4, "percent", OCT, "12.4",
             "Imports climbed 12.4% to $29.17 billion"),
        fact(TH, "imports", "value", 29.17e9, "USD", OCT, "$29.17 billion",
             "Imports climbed 12.4% to $29.17 billion"),
        fact(TH, "balance", "value", 1.25e9, "USD", OCT, "$1.25 billion",
             "the country posted a trade surplus of $1.25 billion for the month"),
        # month on month
        fact(TH, "exports", "growth", 4.2, "percent", OCT, "4.2",
             "Measured against September, exports rose 4.2% and imports 6.8%", basis="mom"),
        fact(TH, "imports", "growth", 6.8, "percent", OCT, "6.8",
             "Measured against September, exports rose 4.2% and imports 6.8%", basis="mom"),
        # January-October
        fact(TH, "exports", "value", 289.64e9, "USD", JAN_OCT, "$289.64 billion",
             "For January to October, exports totalled $289.64 billion, up 11.2% from the same period of 2025."),
        fact(TH, "exports", "growth", 11.2, "percent", JAN_OCT, "11.2",
             "For January to October, exports totalled $289.64 billion, up 11.2% from the same period of 2025."),
        fact(TH, "imports", "growth", 10.6, "percent", JAN_OCT, "10.6",
             "Imports over the 10 months grew 10.6% to $291.05 billion"),
        fact(TH, "imports", "value", 291.05e9, "USD", JAN_OCT, "$291.05 billion",
             "Imports over the 10 months grew 10.6% to $291.05 billion"),
        fact(TH, "balance", "value", -1.41e9, "USD", JAN_OCT, "$1.41 billion",
             "Imports over the 10 months grew 10.6% to $291.05 billion, which left a cumulative deficit of $1.41 billion."),
        # farm goods
        fact(TH, "exports", "value", 4.12e9, "USD", OCT, "$4.12 billion",
             "Agricultural and agro-industrial products earned $4.12 billion in October",
             product="agricultural and agro-industrial products"),
        fact(TH, "exports", "growth", 6.3, "percent", OCT, "6.3",
             "Agricultural and agro-industrial products earned $4.12 billion in October, a gain of 6.3%",
             product="agricultural and agro-industrial products"),
        fact(TH, "exports", "share", 13.5, "percent", OCT, "13.5",
             "Agricultural and agro-industrial products earned $4.12 billion in October, a gain of 6.3% that left the group accounting for 13.5% of total exports.",
             product="agricultural and agro-industrial products"),
        fact(TH, "exports", "growth", 14.2, "percent", OCT, "14.2",
             "Rice earnings climbed 14.2% to $412 million", product="rice"),
        fact(TH, "exports", "value", 412e6, "USD", OCT, "$412 million",
             "Rice earnings climbed 14.2% to $412 million", product="rice"),
        fact(TH, "exports", "quantity", 812400, "tonnes", OCT, "812,400",
             "Rice earnings climbed 14.2% to $412 million from 812,400 tonnes shipped", product="rice"),
        fact(TH, "exports", "growth", -3.8, "percent", OCT, "3.8",
             "Rubber was the weak spot: its export value slipped 3.8% to $395 million", product="rubber"),
        fact(TH, "exports", "value", 395e6, "USD", OCT, "$395 million",
             "Rubber was the weak spot: its export value slipped 3.8% to $395 million", product="rubber"),
        fact(TH, "exports", "quantity", 241600, "tonnes", OCT, "241,600",
             "Rubber was the weak spot: its export value slipped 3.8% to $395 million on a tonnage of 241,600 tonnes",
             product="rubber"),
        # manufactured goods
        fact(TH, "exports", "growth", 31.5, "percent", OCT, "31.5",
             "computers, parts and components led the way, jumping 31.5% to $3.86 billion",
             product="computers, parts and components"),
        fact(TH, "exports", "value", 3.86e9, "USD", OCT, "$3.86 billion",
             "computers, parts and components led the way, jumping 31.5% to $3.86 billion",
             product="computers, parts and components"),
        fact(TH, "exports", "growth", -6.2, "percent", OCT, "6.2",
             "Auto parts went the other way, falling 6.2% to $1.05 billion", product="auto parts"),
        fact(TH, "exports", "value", 1.05e9, "USD", OCT, "$1.05 billion",
             "Auto parts went the other way, falling 6.2% to $1.05 billion", product="auto parts"),
        # markets
        fact(TH, "exports", "rank", 1, "number", OCT, "largest",
             "The United States stayed Thailand's largest single export market in October",
             partner="United States"),
        fact(TH, "exports", "value", 6.02e9, "USD", OCT, "$6.02 billion",
             "The United States stayed Thailand's largest single export market in October, buying $6.02 billion worth of Thai goods",
             partner="United States"),
        fact(TH, "exports", "growth", 21.6, "percent", OCT, "21.6",
             "buying $6.02 billion worth of Thai goods, up 21.6%", partner="United States"),
        fact(TH, "exports", "share", 19.8, "percent", OCT, "19.8",
             "The United States stayed Thailand's largest single export market in October, buying $6.02 billion worth of Thai goods, up 21.6%, or 19.8% of all shipments.",
             partner="United States"),
        fact(TH, "exports", "rank", 2, "number", OCT, "second-largest",
             "Exports to China, the second-largest market", partner="China"),
        fact(TH, "exports", "growth", 4.3, "percent", OCT, "4.3",
             "Exports to China, the second-largest market, increased 4.3% to $3.71 billion", partner="China"),
        fact(TH, "exports", "value", 3.71e9, "USD", OCT, "$3.71 billion",
             "Exports to China, the second-largest market, increased 4.3% to $3.71 billion", partner="China"),
        fact(TH, "exports", "growth", -2.9, "percent", OCT, "2.9",
             "sales to Japan eased 2.9%", partner="Japan"),
        fact(TH, "exports", "growth", 7.5, "percent", OCT, "7.5",
             "Shipments to the 10 members of ASEAN grew 7.5%", partner="ASEAN"),
    ],
}
