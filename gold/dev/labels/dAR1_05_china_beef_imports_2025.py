from _fact import fact, period

Y = period(2025, 1, 12)
Y24 = period(2024, 1, 12)
DEC = period(2025, 12)
CN = "China"
B = "beef"
E_LEAD = "Chinese beef imports dropped 2.5% to 2.80 million metric tons in 2025"
E_VAL = "In value terms, however, the purchases climbed 3.1% to $14.39 billion"
E_BR = "The top supplier, Brazil, sent 1.46 million tons to China last year, 9.0% more than in 2024, with a value of $7.62 billion."
E_BR_SH = "That lifted its market share to 52.1%, against 46.7% a year before."
E_AR = "Argentina, which ranked as the second-biggest supplier, sold 516,900 tons, a fall of 13.1%, taking an 18.4% share"
E_AU = ("Australian shipments surged 37.2% to 296,400 tons, valued at $2.05 billion, moving Australia ahead of Uruguay "
        "into third place.")
E_UY_NZ = "Volumes from Uruguay eased 6.1% to 228,700 tons, while New Zealand's dropped 2.9% to 146,200 tons."
E_US = ("U.S. beef, hit by the lapse of most American plants' Chinese registrations in March and by retaliatory "
        "tariffs now in force, tumbled 58.5% to 57,300 tons, reducing the U.S. share to 2.0%.")
E_DEC = "December arrivals on their own slid 23.5% from a year earlier to 208,300 tons"
E_PORK = "Imports of pork, by contrast, declined 6.5% to 1.00 million tons"

ARTICLE = {
    "id": "dAR1_05_china_beef_imports_2025",
    "title": "Brazil takes 52% of China's beef market as 2025 imports slip 2.5%",
    "publisher": "Reuters",
    "published": "2026-01-20",
    "notes": [
        "Dateline 'BEIJING, Jan 20 (Reuters)', customs data 'on Tuesday': published 2026-01-20; 'last year' = 2025, 'in 2024' / 'a year earlier' (Brazil's share) = 2024.",
        "Annual total: 'dropped 2.5% to 2.80 million metric tons' is volume growth stated beside the value growth 'climbed 3.1% to $14.39 billion': the volume growth (and the headline's 2.5%) is out; the value growth 3.1 is labelled.",
        "Supplier, December and pork growth rates are tonnage changes with no value growth beside them, so they are the only growth for that observation and are labelled.",
        "Headline 'Brazil takes 52% of China's beef market' restates the body's 52.1% (same observation): labelled once, from the body.",
        "'In 2024, imports had reached an all-time high of 2.87 million tons': a 2024 quantity fact.",
        "Brazil 'The top supplier' -> rank 1; Argentina 'the second-biggest supplier' -> rank 2; Australia 'into third place' -> rank 3 (all 2025).",
        "'against 46.7% a year before': Brazil's 2024 share, a stated figure for another period, labelled with period 2024.",
        "'New Zealand's dropped 2.9%': fall, -2.9; Uruguay 'eased 6.1%' -> -6.1; United States 'tumbled 58.5%' -> -58.5.",
        "December: 'slid 23.5% from a year earlier' -> yoy -23.5; 'volumes still came in 11.1% higher than in November' -> mom +11.1.",
        "Average import cost 'around $5,140 a ton' is a unit price, not a trade flow: out.",
        "Safeguard numbers (2.7 and 2.8 million tons quotas, Brazil's 1.1 million tons allotment, 55% additional tariff, 12% duty) are policy figures, not trade flows: out.",
        "Domestic live cattle price 25.8 yuan per kilogram and its 3% fall: prices, out. 'the first yearly decline in six years': streak, out.",
        "Analyst forecast (quote turned into indirect speech, analyst unnamed; about 2.55 million tons in 2026, Brazil's share below 45%): forecasts, out.",
    ],
    "facts": [
        fact(CN, "imports", "quantity", 2.80e6, "tonnes", Y, "2.80 million", E_LEAD, product=B),
        fact(CN, "imports", "value", 14.39e9, "USD", Y, "14.39 billion", E_VAL, product=B),
        fact(CN, "imports", "growth", 3.1, "percent", Y, "3.1", E_VAL, product=B),
        fact(CN, "imports", "quantity", 2.87e6, "tonnes", Y24, "2.87 million",
             "In 2024, imports had reached an all-time high of 2.87 million tons.", product=B),
        fact(CN, "imports", "rank", 1, "number", Y, "top", E_BR, partner="Brazil", product=B),
        fact(CN, "imports", "quantity", 1.46e6, "tonnes", Y, "1.46 million", E_BR, partner="Brazil", product=B),
        fact(CN, "imports", "growth", 9.0, "percent", Y, "9.0", E_BR, partner="Brazil", product=B),
        fact(CN, "imports", "value", 7.62e9, "USD", Y, "7.62 billion", E_BR, partner="Brazil", product=B),
        fact(CN, "imports", "share", 52.1, "percent", Y, "52.1", E_BR_SH, partner="Brazil", product=B),
        fact(CN, "imports", "share", 46.7, "percent", Y24, "46.7", E_BR_SH, partner="Brazil", product=B),
        fact(CN, "imports", "rank", 2, "number", Y, "second-biggest", E_AR, partner="Argentina", product=B),
        fact(CN, "imports", "quantity", 516900, "tonnes", Y, "516,900", E_AR, partner="Argentina", product=B),
        fact(CN, "imports", "growth", -13.1, "percent", Y, "13.1", E_AR, partner="Argentina", product=B),
        fact(CN, "imports", "share", 18.4, "percent", Y, "18.4", E_AR, partner="Argentina", product=B),
        fact(CN, "imports", "growth", 37.2, "percent", Y, "37.2", E_AU, partner="Australia", product=B),
        fact(CN, "imports", "quantity", 296400, "tonnes", Y, "296,400", E_AU, partner="Australia", product=B),
        fact(CN, "imports", "value", 2.05e9, "USD", Y, "2.05 billion", E_AU, partner="Australia", product=B),
        fact(CN, "imports", "rank", 3, "number", Y, "third", E_AU, partner="Australia", product=B),
        fact(CN, "imports", "growth", -6.1, "percent", Y, "6.1", E_UY_NZ, partner="Uruguay", product=B),
        fact(CN, "imports", "quantity", 228700, "tonnes", Y, "228,700", E_UY_NZ, partner="Uruguay", product=B),
        fact(CN, "imports", "growth", -2.9, "percent", Y, "2.9", E_UY_NZ, partner="New Zealand", product=B),
        fact(CN, "imports", "quantity", 146200, "tonnes", Y, "146,200", E_UY_NZ, partner="New Zealand", product=B),
        fact(CN, "imports", "growth", -58.5, "percent", Y, "58.5", E_US, partner="United States", product=B),
        fact(CN, "imports", "quantity", 57300, "tonnes", Y, "57,300", E_US, partner="United States", product=B),
        fact(CN, "imports", "share", 2.0, "percent", Y, "2.0", E_US, partner="United States", product=B),
        fact(CN, "imports", "growth", -23.5, "percent", DEC, "23.5", E_DEC, product=B),
        fact(CN, "imports", "quantity", 208300, "tonnes", DEC, "208,300", E_DEC, product=B),
        fact(CN, "imports", "growth", 11.1, "percent", DEC, "11.1", "volumes still came in 11.1% higher than in November",
             product=B, basis="mom"),
        fact(CN, "imports", "growth", -6.5, "percent", Y, "6.5", E_PORK, product="pork"),
        fact(CN, "imports", "quantity", 1.00e6, "tonnes", Y, "1.00 million", E_PORK, product="pork"),
    ],
}
