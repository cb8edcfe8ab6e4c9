from _fact import fact, period

NOV = period(2025, 11)
NOV24 = period(2024, 11)
JAN_NOV = period(2025, 1, 11)
Y2024 = period(2024, 1, 12)
SOY = "soybeans"

US_NOV = "Imports of the oilseed from the United States fell to zero last month, from 2.79 million tonnes in November 2024"
BRAZIL = "Shipments from Brazil surged 48.5 per cent year on year to 5.85 million tonnes, accounting for 72 per cent of the country's total soybean imports"
ARG = "Purchases from Argentina jumped 633.6 per cent to 1.78 million tonnes, or 21.9 per cent of the total"
TOTAL = "China imported 8.11 million tonnes of soybeans in November, up 13.4 per cent from 7.15 million tonnes a year earlier but down 14.5 per cent from October"
VALUE = "The November imports were worth US$3.52 billion"
YTD = "In the first 11 months of the year, China imported 103.79 million tonnes of soybeans, an increase of 6.9 per cent, at a cost of US$45.4 billion"
BRAZIL_YTD = "Brazil supplied 76.67 million tonnes over the period, 7 per cent more than a year earlier, giving it 73.9 per cent of the market"
ARG_YTD = "Imports from Argentina rose 62.5 per cent to 6.24 million tonnes"
US_YTD = "Arrivals of American beans, which were concentrated in the first half of the year, slipped 5.9 per cent to 16.82 million tonnes"
US_SHARE = "That left the US with 16.2 per cent of China's purchases"
US_RANK = "That left the US with 16.2 per cent of China's purchases, a sharp fall for the country that was China's second-largest supplier of the oilseed last year"
Y24 = "Analysts expect full-year imports to reach a record of about 112 million tonnes, surpassing the 105.03 million tonnes brought in last year"

ARTICLE = {
    "id": "dAD1_03_china_soybean_imports_november_2025",
    "title": "China's US soybean imports stay at zero in November despite trade truce",
    "publisher": "South China Morning Post",
    "published": "2025-12-20",
    "notes": [
        "publisher: the outlet whose story this is (South China Morning Post); the body carries no dateline naming it, as in that outlet's usual copy.",
        "Origin breakdown of November 2025 soybean imports released by customs on Saturday 2025-12-20; area China, flow imports, product 'soybeans' for every fact ('the oilseed', 'American beans', 'Chinese purchases' all refer to soybeans).",
        "Growth rates here are volume growth (the text gives no value growth, so they are the only growth figures of these flows and are labelled as growth).",
        "'fell to zero last month': US, November 2025, quantity 0 tonnes; 'from 2.79 million tonnes in November 2024' is a separate quantity fact for 2024-11.",
        "'accounting for 72 per cent of the country's total soybean imports' and 'or 21.9 per cent of the total': shares of China's November soybean imports, partners Brazil and Argentina.",
        "'up 13.4 per cent from 7.15 million tonnes a year earlier': growth plus a November 2024 quantity fact; 'down 14.5 per cent from October': basis mom.",
        "'The November imports were worth US$3.52 billion' and 'at a cost of US$45.4 billion': value facts in USD.",
        "'over the period' = the first 11 months (January-November 2025); 'giving it 73.9 per cent of the market' = Brazil's share of China's soybean imports in that period.",
        "'That left the US with 16.2 per cent of China's purchases': share, January-November 2025.",
        "'China's second-largest supplier of the oilseed last year': rank 2 of the United States among China's soybean suppliers in 2024 (last year from a December 2025 article).",
        "'surpassing the 105.03 million tonnes brought in last year': China's 2024 soybean imports, quantity, period 2024-01..2024-12.",
        "Out of scope, unlabelled: 'third consecutive month' (streak); '13 per cent duty' (tariff rate); the 12 million and 25 million tonne purchase commitments (commitments, not recorded trade); 'more than 7 million tonnes' booked since the truce (orders); US exports to China of 'about 6.2 million tonnes ... as of mid-November' and 'down roughly three-quarters' (figure for a period ending part-way through a month); 'about 112 million tonnes' full-year expectation (forecast); dates (October 30, November 10) and years 2026-2028.",
    ],
    "facts": [
        fact("China", "imports", "quantity", 0, "tonnes", NOV, "zero", US_NOV, partner="United States", product=SOY),
        fact("China", "imports", "quantity", 2.79e6, "tonnes", NOV24, "2.79 million", US_NOV, partner="United States", product=SOY),
        fact("China", "imports", "growth", 48.5, "percent", NOV, "48.5", BRAZIL, partner="Brazil", product=SOY),
        fact("China", "imports", "quantity", 5.85e6, "tonnes", NOV, "5.85 million", BRAZIL, partner="Brazil", product=SOY),
        fact("China", "imports", "share", 72, "percent", NOV, "72", BRAZIL, partner="Brazil", product=SOY),
        fact("China", "imports", "growth", 633.6, "percent", NOV, "633.6", ARG, partner="Argentina", product=SOY),
        fact("China", "imports", "quantity", 1.78e6, "tonnes", NOV, "1.78 million", ARG, partner="Argentina", product=SOY),
        fact("China", "imports", "share", 21.9, "percent", NOV, "21.9", ARG, partner="Argentina", product=SOY),
        fact("China", "imports", "quantity", 8.11e6, "tonnes", NOV, "8.11 million", TOTAL, product=SOY),
        fact("China", "imports", "growth", 13.4, "percent", NOV, "13.4", TOTAL, product=SOY),
        fact("China", "imports", "quantity", 7.15e6, "tonnes", NOV24, "7.15 million", TOTAL, product=SOY),
        fact("China", "imports", "growth", -14.5, "percent", NOV, "14.5", TOTAL, product=SOY, basis="mom"),
        fact("China", "imports", "value", 3.52e9, "USD", NOV, "3.52 billion", VALUE, product=SOY),
        fact("China", "imports", "quantity", 103.79e6, "tonnes", JAN_NOV, "103.79 million", YTD, product=SOY),
        fact("China", "imports", "growth", 6.9, "percent", JAN_NOV, "6.9", YTD, product=SOY),
        fact("China", "imports", "value", 45.4e9, "USD", JAN_NOV, "45.4 billion", YTD, product=SOY),
        fact("China", "imports", "quantity", 76.67e6, "tonnes", JAN_NOV, "76.67 million", BRAZIL_YTD, partner="Brazil", product=SOY),
        fact("China", "imports", "growth", 7, "percent", JAN_NOV, "7", BRAZIL_YTD, partner="Brazil", product=SOY),
        fact("China", "imports", "share", 73.9, "percent", JAN_NOV, "73.9", BRAZIL_YTD, partner="Brazil", product=SOY),
        fact("China", "imports", "growth", 62.5, "percent", JAN_NOV, "62.5", ARG_YTD, partner="Argentina", product=SOY),
        fact("China", "imports", "quantity", 6.24e6, "tonnes", JAN_NOV, "6.24 million", ARG_YTD, partner="Argentina", product=SOY),
        fact("China", "imports", "growth", -5.9, "percent", JAN_NOV, "5.9", US_YTD, partner="United States", product=SOY),
        fact("China", "imports", "quantity", 16.82e6, "tonnes", JAN_NOV, "16.82 million", US_YTD, partner="United States", product=SOY),
        fact("China", "imports", "share", 16.2, "percent", JAN_NOV, "16.2", US_SHARE, partner="United States", product=SOY),
        fact("China", "imports", "rank", 2, "number", Y2024, "second-largest", US_RANK, partner="United States", product=SOY),
        fact("China", "imports", "quantity", 105.03e6, "tonnes", Y2024, "105.03 million", Y24, product=SOY),
    ],
}
