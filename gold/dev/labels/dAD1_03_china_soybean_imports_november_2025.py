from _fact import fact, period

NOV = period(2025, 11)
NOV24 = period(2024, 11)
JAN_NOV = period(2025, 1, 11)
Y2024 = period(2024, 1, 12)
SOY = "soybeans"

US_NOV = "purchases of the oilseed from the US dropped to zero last month, compared with 2.79 million tonnes in November 2024"
BRAZIL = "Brazil supplied 5.85 million tonnes, up 48.5 per cent year on year and equal to 72 per cent of all China's soybean imports"
ARG = "Argentina shipped 1.78 million tonnes, a 633.6 per cent jump that gave it 21.9 per cent of the total"
TOTAL = "November soybean arrivals came to 8.11 million tonnes, 13.4 per cent more than the 7.15 million tonnes of a year before but 14.5 per cent below October"
VALUE = "the month's purchases cost US$3.52 billion"
YTD = "From January to November, soybean imports totalled 103.79 million tonnes, 6.9 per cent higher than a year earlier, with a bill of US$45.4 billion"
BRAZIL_YTD = "Over those 11 months Brazil shipped 76.67 million tonnes to China, an increase of 7 per cent, which translated into a 73.9 per cent market share"
ARG_YTD = "arrivals from Argentina climbed 62.5 per cent to 6.24 million tonnes"
US_YTD = "Most American beans arrived in the first six months of the year, and their total for the period fell 5.9 per cent to 16.82 million tonnes"
US_SHARE = "The US share of China's soybean purchases thus dropped to 16.2 per cent"
US_RANK = "The US share of China's soybean purchases thus dropped to 16.2 per cent, a steep decline for what was the second-largest supplier of the oilseed to China last year"
Y24 = "Imports for the full year are forecast by analysts to hit a record of roughly 112 million tonnes, above last year's 105.03 million tonnes"

ARTICLE = {
    "id": "dAD1_03_china_soybean_imports_november_2025",
    "title": "Trade truce fails to revive China's US soybean imports, which stay at zero in November",
    "publisher": "South China Morning Post",
    "published": "2025-12-20",
    "notes": [
        "publisher: the outlet whose story this is (South China Morning Post); the body carries no dateline naming it, as in that outlet's usual copy.",
        "Origin breakdown of November 2025 soybean imports released by customs on Saturday 2025-12-20; area China, flow imports, product 'soybeans' for every fact ('the oilseed', 'American beans', 'China's soybean purchases' all refer to soybeans).",
        "Growth rates here are volume growth (the text gives no value growth, so they are the only growth figures of these flows and are labelled as growth).",
        "'dropped to zero last month': US, November 2025, quantity 0 tonnes; 'compared with 2.79 million tonnes in November 2024' is a separate quantity fact for 2024-11.",
        "'equal to 72 per cent of all China's soybean imports' and 'gave it 21.9 per cent of the total': shares of China's November soybean imports, partners Brazil and Argentina.",
        "'13.4 per cent more than the 7.15 million tonnes of a year before': growth plus a November 2024 quantity fact; '14.5 per cent below October': basis mom.",
        "'the month's purchases cost US$3.52 billion' and 'with a bill of US$45.4 billion': value facts in USD.",
        "'Over those 11 months' = January-November 2025; 'a 73.9 per cent market share' = Brazil's share of China's soybean imports in that period.",
        "'The US share of China's soybean purchases thus dropped to 16.2 per cent': share, January-November 2025.",
        "'the second-largest supplier of the oilseed to China last year': rank 2 of the United States among China's soybean suppliers in 2024 (last year from a December 2025 article).",
        "'above last year's 105.03 million tonnes': China's 2024 soybean imports, quantity, period 2024-01..2024-12.",
        "Out of scope, unlabelled: 'third month running' (streak); '13 per cent duty' (tariff rate); the 12 million and 25 million tonne purchase commitments (commitments, not recorded trade); 'over 7 million tonnes' booked since the truce (orders); US exports to China of 'around 6.2 million tonnes ... as of mid-November' and 'about three-quarters less' (figure for a period ending part-way through a month); 'roughly 112 million tonnes' full-year forecast; dates (October 30, November 10) and years 2026-2028.",
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
