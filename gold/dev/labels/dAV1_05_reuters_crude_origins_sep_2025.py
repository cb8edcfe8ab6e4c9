from _fact import fact, period

SEP = period(2025, 9)
AUG = period(2025, 8)
YTD = period(2025, 1, 9)
CRUDE = "crude oil"

E_RU_RANK = "Russia kept first place as the biggest crude oil supplier to China in September"
E_RU = "Imports from Russia climbed 6.1% from a year earlier to 8.92 million metric tons"
E_RU_AUG = "That was up from 8.41 million tons in August"
E_RU_SHARE = "made up 18.8% of China's total crude imports last month"
E_SA = "Saudi Arabia, the second-largest supplier, shipped 6.87 million tons, or roughly 1.68 million bpd, down 11.2% on the year"
E_RU_YTD = "For the first nine months, arrivals from Russia totaled 75.61 million tons, 3.4% lower than a year earlier"
E_SA_YTD = "Saudi supplies slipped 7.8% to 58.2 million tons"
E_RU_YTD_RANK = "Russia was the largest supplier over that period as well"
E_MY = "ranked third with 6.31 million tons, up 14.5%"
E_IQ = "Iraq delivered 4.96 million tons, up 2.0%"
E_BR = "Brazil 3.48 million tons, a 58% jump"
E_AE = "Supplies from the United Arab Emirates fell 9.4% to 2.91 million tons"
E_TOT = "Overall crude imports, published on Oct. 13, came in at 47.35 million tons in September"
E_TOT_G = "They were 3.9% higher than a year ago but 4.3% below August's level"
E_YTD = "Purchases over the first nine months reached 423.4 million tons, 2.6% more than in the same period of 2024"
E_VAL = "The September import bill was 172.6 billion yuan ($24.2 billion)"

ARTICLE = {
    "id": "dAV1_05_reuters_crude_origins_sep_2025",
    "title": "Russia stays China's top crude supplier in September as Saudi shipments slide",
    "publisher": "Reuters",
    "published": "2025-10-20",
    "notes": [
        "Area China throughout (China's crude imports by origin); product 'crude oil' on every fact, including the overall totals, since the article is about crude only; partner is the supplier country.",
        "'last month' / 'in September' = 2025-09 (dateline Oct 20, 2025); 'first nine months' = 2025-01..2025-09.",
        "Barrels-per-day conversions (2.18, 1.68, 11.57 million bpd, 'above 11 million bpd', '900,000 bpd') cannot be expressed in tonnes/number units and are conversions or forecasts/estimates: out.",
        "'That was up from 8.41 million tons in August' states Russia's August quantity outright: labelled with period 2025-08 (hard call: it is also the comparison base for the September figure, but the number itself is an August observation).",
        "Russia 'the biggest crude oil supplier to China in September' -> rank 1 for 2025-09; 'the largest supplier over that period as well' -> rank 1 for the nine months (subject 'that period' carried from the previous sentence).",
        "'Saudi supplies slipped 7.8% to 58.2 million tons' sits in the 'For the first nine months' sentence: period 2025-01..09, partner Saudi Arabia (short name 'Saudi').",
        "Malaysia 'ranked third' -> rank 3 for September; its name is in the previous clause (subject carried).",
        "'a 58% jump' for Brazil: growth 58; 'fell 9.4%' for the UAE: -9.4; '3.4% lower', 'slipped 7.8%', 'down 11.2%' negative.",
        "'They were 3.9% higher than a year ago but 4.3% below August's level': pronoun refers to overall crude imports; 3.9 yoy, -4.3 basis mom.",
        "'172.6 billion yuan ($24.2 billion)': the import bill (value) in two currencies -> a CNY fact and a USD fact; the dollar figure carries no 'about', so exact.",
        "Out: 'fell for a third straight month' and 'fifth consecutive month' (streaks, no value); 10% tariff; OSP +$1 a barrel; 3,645 yuan per ton (derived unit price); Brent $67.6 and 'roughly 8%' (price); 'since mid-2022' (year).",
    ],
    "facts": [
        fact("China", "imports", "rank", 1, "number", SEP, "biggest", E_RU_RANK, partner="Russia", product=CRUDE),
        fact("China", "imports", "growth", 6.1, "percent", SEP, "6.1", E_RU, partner="Russia", product=CRUDE),
        fact("China", "imports", "quantity", 8.92e6, "tonnes", SEP, "8.92 million", E_RU, partner="Russia", product=CRUDE),
        fact("China", "imports", "quantity", 8.41e6, "tonnes", AUG, "8.41 million", E_RU_AUG, partner="Russia", product=CRUDE),
        fact("China", "imports", "share", 18.8, "percent", SEP, "18.8", E_RU_SHARE, partner="Russia", product=CRUDE),
        fact("China", "imports", "rank", 2, "number", SEP, "second", E_SA, partner="Saudi Arabia", product=CRUDE),
        fact("China", "imports", "quantity", 6.87e6, "tonnes", SEP, "6.87 million", E_SA, partner="Saudi Arabia", product=CRUDE),
        fact("China", "imports", "growth", -11.2, "percent", SEP, "11.2", E_SA, partner="Saudi Arabia", product=CRUDE),
        fact("China", "imports", "quantity", 75.61e6, "tonnes", YTD, "75.61 million", E_RU_YTD, partner="Russia", product=CRUDE),
        fact("China", "imports", "growth", -3.4, "percent", YTD, "3.4", E_RU_YTD, partner="Russia", product=CRUDE),
        fact("China", "imports", "growth", -7.8, "percent", YTD, "7.8", E_SA_YTD, partner="Saudi Arabia", product=CRUDE),
        fact("China", "imports", "quantity", 58.2e6, "tonnes", YTD, "58.2 million", E_SA_YTD, partner="Saudi Arabia", product=CRUDE),
        fact("China", "imports", "rank", 1, "number", YTD, "largest", E_RU_YTD_RANK, partner="Russia", product=CRUDE),
        fact("China", "imports", "rank", 3, "number", SEP, "third", E_MY, partner="Malaysia", product=CRUDE),
        fact("China", "imports", "quantity", 6.31e6, "tonnes", SEP, "6.31 million", E_MY, partner="Malaysia", product=CRUDE),
        fact("China", "imports", "growth", 14.5, "percent", SEP, "14.5", E_MY, partner="Malaysia", product=CRUDE),
        fact("China", "imports", "quantity", 4.96e6, "tonnes", SEP, "4.96 million", E_IQ, partner="Iraq", product=CRUDE),
        fact("China", "imports", "growth", 2.0, "percent", SEP, "2.0", E_IQ, partner="Iraq", product=CRUDE),
        fact("China", "imports", "quantity", 3.48e6, "tonnes", SEP, "3.48 million", E_BR, partner="Brazil", product=CRUDE),
        fact("China", "imports", "growth", 58, "percent", SEP, "58", E_BR, partner="Brazil", product=CRUDE),
        fact("China", "imports", "growth", -9.4, "percent", SEP, "9.4", E_AE, partner="United Arab Emirates", product=CRUDE),
        fact("China", "imports", "quantity", 2.91e6, "tonnes", SEP, "2.91 million", E_AE, partner="United Arab Emirates", product=CRUDE),
        fact("China", "imports", "quantity", 47.35e6, "tonnes", SEP, "47.35 million", E_TOT, product=CRUDE),
        fact("China", "imports", "growth", 3.9, "percent", SEP, "3.9", E_TOT_G, product=CRUDE),
        fact("China", "imports", "growth", -4.3, "percent", SEP, "4.3", E_TOT_G, product=CRUDE, basis="mom"),
        fact("China", "imports", "quantity", 423.4e6, "tonnes", YTD, "423.4 million", E_YTD, product=CRUDE),
        fact("China", "imports", "growth", 2.6, "percent", YTD, "2.6", E_YTD, product=CRUDE),
        fact("China", "imports", "value", 172.6e9, "CNY", SEP, "172.6 billion", E_VAL, product=CRUDE),
        fact("China", "imports", "value", 24.2e9, "USD", SEP, "24.2 billion", E_VAL, product=CRUDE),
    ],
}
