from _fact import fact, period

JUN = period(2025, 6)
H1 = period(2025, 1, 6)
C = "China"
SB = "soybeans"

S_HEAD = "Brazilian soybeans arriving in China in June were up 9.2% on the same month of 2024"
S_BR = ("Last month's volume from Brazil came to 10.62 million metric tons of the oilseed, "
        "against 9.72 million tons in June 2024")
S_BR_MOM = "That was 12.3% less than in the previous month"
S_US = ("The United States, the second-biggest supplier to China, shipped 1.58 million tons, a 21% rise on the 1.31 million tons "
        "of June 2024, though volumes were down 3.1% on the month.")
S_SHARE = "Shipments from the two countries accounted for 86.6% and 12.9% of China's total June imports, respectively."
S_TOT = ("Total soybean imports for June came in at 12.26 million tons, the highest for the month on record and "
         "10.4% above a year earlier")
S_TOT_MOM = "They eased 11.9% from May's all-time high of 13.92 million tons."
S_H1 = "In the first six months, China imported 49.37 million tons of soybeans, down 3.7% from the same period last year."
S_BR_H1 = "Brazil, the top supplier, shipped 31.86 million tons to China over January-June, 7.5% less than a year earlier"
S_US_H1 = "Arrivals from the U.S. over the same stretch jumped 33% to 16.15 million tons"
S_AR = "Argentina sent just 111,603 tons of beans to China in the first half, down 47.5%"

ARTICLE = {
    "id": "dBB1_03",
    "title": "China's June soybean imports from Brazil rise 9%, U.S. arrivals climb 21%",
    "publisher": "Reuters",
    "published": "2025-07-20",
    "notes": [
        "All facts are China's imports of soybeans (product 'soybeans'; 'the oilseed' and 'beans' refer to it), partner the supplying country or null for the total.",
        "'Last month's' counted back from the 2025-07-20 dateline -> June 2025; 'January-June', 'first six months', 'first half', 'the same stretch' -> 2025-01..06.",
        "Headline 'rise 9%' and 'climb 21%' are the body's 9.2% (rounded) and 21%: same observations, labelled once with the body's figures.",
        "Comparison bases stated as figures ('against 9.72 million tons in June 2024', 'the 1.31 million tons of June 2024', 'May's all-time high of 13.92 million tons') are labelled as quantities of their own periods (2024-06, 2024-06, 2025-05), not of the running period.",
        "'12.3% less than in the previous month' (Brazil), 'down 3.1% on the month' (U.S.), 'eased 11.9% from May's' (total) -> basis mom. 'on the same month of 2024', 'a 21% rise on the 1.31 million tons of June 2024', 'above a year earlier', 'from the same period last year' -> yoy.",
        "'Total soybean imports ... They eased 11.9%' carries the subject across sentences.",
        "Shares 86.6% and 12.9% given with 'respectively' coordination: Brazil and U.S. shares of June imports.",
        "Ranks: U.S. 'the second-biggest supplier to China' (June paragraph) -> rank 2 for 2025-06; Brazil 'the top supplier' (H1 paragraph) -> rank 1 for 2025-01..06.",
        "'the highest for the month on record' and 'all-time high' are milestones, not labelled. 'no cargoes were recorded in June' for Argentina states no number: not labelled.",
        "Out of scope, not labelled: traders' expectation of imports above 11 million tons a month (forecast), the 10% and 3% tariff rates, the 0.4% move in Dalian soymeal futures (price).",
    ],
    "facts": [
        fact(C, "imports", "growth", 9.2, "percent", JUN, "9.2", S_HEAD, partner="Brazil", product=SB),
        fact(C, "imports", "quantity", 10.62e6, "tonnes", JUN, "10.62 million", S_BR, partner="Brazil", product=SB),
        fact(C, "imports", "quantity", 9.72e6, "tonnes", period(2024, 6), "9.72 million", S_BR, partner="Brazil", product=SB),
        fact(C, "imports", "growth", -12.3, "percent", JUN, "12.3", S_BR_MOM, partner="Brazil", product=SB, basis="mom"),
        fact(C, "imports", "rank", 2, "number", JUN, "second", S_US, partner="United States", product=SB),
        fact(C, "imports", "quantity", 1.58e6, "tonnes", JUN, "1.58 million", S_US, partner="United States", product=SB),
        fact(C, "imports", "growth", 21, "percent", JUN, "21", S_US, partner="United States", product=SB),
        fact(C, "imports", "quantity", 1.31e6, "tonnes", period(2024, 6), "1.31 million", S_US, partner="United States", product=SB),
        fact(C, "imports", "growth", -3.1, "percent", JUN, "3.1", S_US, partner="United States", product=SB, basis="mom"),
        fact(C, "imports", "share", 86.6, "percent", JUN, "86.6", S_SHARE, partner="Brazil", product=SB),
        fact(C, "imports", "share", 12.9, "percent", JUN, "12.9", S_SHARE, partner="United States", product=SB),
        fact(C, "imports", "quantity", 12.26e6, "tonnes", JUN, "12.26 million", S_TOT, product=SB),
        fact(C, "imports", "growth", 10.4, "percent", JUN, "10.4", S_TOT, product=SB),
        fact(C, "imports", "growth", -11.9, "percent", JUN, "11.9", S_TOT_MOM, product=SB, basis="mom"),
        fact(C, "imports", "quantity", 13.92e6, "tonnes", period(2025, 5), "13.92 million", S_TOT_MOM, product=SB),
        fact(C, "imports", "quantity", 49.37e6, "tonnes", H1, "49.37 million", S_H1, product=SB),
        fact(C, "imports", "growth", -3.7, "percent", H1, "3.7", S_H1, product=SB),
        fact(C, "imports", "rank", 1, "number", H1, "top", S_BR_H1, partner="Brazil", product=SB),
        fact(C, "imports", "quantity", 31.86e6, "tonnes", H1, "31.86 million", S_BR_H1, partner="Brazil", product=SB),
        fact(C, "imports", "growth", -7.5, "percent", H1, "7.5", S_BR_H1, partner="Brazil", product=SB),
        fact(C, "imports", "growth", 33, "percent", H1, "33", S_US_H1, partner="United States", product=SB),
        fact(C, "imports", "quantity", 16.15e6, "tonnes", H1, "16.15 million", S_US_H1, partner="United States", product=SB),
        fact(C, "imports", "quantity", 111603, "tonnes", H1, "111,603", S_AR, partner="Argentina", product=SB),
        fact(C, "imports", "growth", -47.5, "percent", H1, "47.5", S_AR, partner="Argentina", product=SB),
    ],
}
