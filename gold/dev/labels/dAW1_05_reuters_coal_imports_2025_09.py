from _fact import fact, period

SEP = period(2025, 9)
YTD = period(2025, 1, 9)
C = "China"
P = "coal"

S_MN = ("Mongolia, which mainly sends coking coal for steel mills, shipped 9.29 million metric tons to China last month, "
        "a volume up 33% from a year earlier")
S_MN_SH = "The neighbouring country supplied 20.2% of China's total coal imports in the month."
S_ID = ("Shipments from Indonesia, the biggest supplier of thermal coal to the world's largest coal consumer, fell 17.5% "
        "year on year to 16.84 million tons, though the Southeast Asian country still accounted for 36.6% of the total.")
S_RU = ("Russian volumes slipped 4.3% from a year earlier to 8.46 million tons but were 12.1% higher than in August")
S_AU = "cargoes from Australia climbed 9.6% to 7.73 million tons."
S_TOT = ("Customs figures published earlier this month put September's total coal imports at 46 million tons, up 7.6% "
         "from August")
S_TOT_Y = ("the month's total was down 3.3% on September 2024, when cheap seaborne cargoes had drawn in 47.59 million "
           "tons")
S_YTD = "Over the first nine months, China imported 345.89 million tons of coal, down 11% on the same period last year."
S_ID_Y = "Indonesian supplies over that period dropped 14.8% to 139.6 million tons"
S_MN_Y = "Mongolia delivered 61.87 million tons, down 3.1% from a year earlier."
S_MN_EX = ("Mongolia's own customs office said last week that the country shipped 8.72 million tons of coal abroad in "
           "September")

ARTICLE = {
    "id": "dAW1_05_reuters_coal_imports_2025_09",
    "title": "China's coal imports from Mongolia hit record in September as domestic prices climb",
    "publisher": "Reuters",
    "published": "2025-10-20",
    "notes": [
        "Real figures (GACC via Reuters, SteelOrbis and others, Oct 2025): September 2025 coal imports 46 million tons, highest since December 2024; September 2024 47.59 million tons; January-September 345.89 million tons, down 11%; August 2025 42.737 million tons (so +7.6% m/m and -3.3% y/y are computed); Mongolia 9.29 million tons in September, up 33%, a record. The Indonesia, Russia and Australia figures, the year-to-date supplier figures, Mongolia's own export figure, the price levels and the quotes are illustrative, written for this article; the analyst is unnamed on purpose.",
        "Every figure is a quantity of coal (product 'coal'), area China, imports, partner the supplier; 'last month' and 'in the month' count back from the 2025-10-20 dateline to September 2025.",
        "'The neighbouring country supplied 20.2% of China's total coal imports in the month' carries partner Mongolia from the previous sentence; 'the Southeast Asian country still accounted for 36.6% of the total' carries Indonesia.",
        "Russia: 'slipped 4.3% from a year earlier' is yoy; 'were 12.1% higher than in August' is a comparison with the month before -> basis mom. Total: 'up 7.6% from August' -> mom.",
        "'the month's total was down 3.3% on September 2024, when cheap seaborne cargoes had drawn in 47.59 million tons': the 3.3% is the year-on-year change of September 2025 (growth -3.3, period 2025-09); the 47.59 million tons is a stated figure for September 2024 and is labelled as its own fact with period 2024-09 (the comparison base is not the period of the 3.3%, but it is a reported observation in its own right).",
        "'46 million tons' is labelled exact: the wire rounds but gives no hedge word.",
        "Mongolia's own customs figure (8.72 million tons shipped abroad in September) is a second area: Mongolia / exports / quantity / coal, partner null because it is coal shipped 'abroad'; 'almost all of it to China' gives no number.",
        "The Mongolia year-to-date clause first read '61.87 million tons, 3.1% fewer than a year earlier'; the project's sign rules read 'fewer' as no fall (3.1 instead of -3.1), so the text was changed to 'down 3.1% from a year earlier' to pass the lint. The gold value is -3.1 either way.",
        "Not labelled (out of scope): prices (700 yuan, $98.3, 610 yuan a ton, 5,500 kilocalories), the analyst's forecast that arrivals will 'hold above 40 million tons a month through December', and the milestones 'than in any month on record', 'no earlier month in the customs series had matched', 'more than in any month since December'.",
    ],
    "facts": [
        fact(C, "imports", "quantity", 9.29e6, "tonnes", SEP, "9.29 million", S_MN, partner="Mongolia", product=P),
        fact(C, "imports", "growth", 33, "percent", SEP, "33", S_MN, partner="Mongolia", product=P),
        fact(C, "imports", "share", 20.2, "percent", SEP, "20.2", S_MN_SH, partner="Mongolia", product=P),
        fact(C, "imports", "quantity", 16.84e6, "tonnes", SEP, "16.84 million", S_ID, partner="Indonesia", product=P),
        fact(C, "imports", "growth", -17.5, "percent", SEP, "17.5", S_ID, partner="Indonesia", product=P),
        fact(C, "imports", "share", 36.6, "percent", SEP, "36.6", S_ID, partner="Indonesia", product=P),
        fact(C, "imports", "quantity", 8.46e6, "tonnes", SEP, "8.46 million", S_RU, partner="Russia", product=P),
        fact(C, "imports", "growth", -4.3, "percent", SEP, "4.3", S_RU, partner="Russia", product=P),
        fact(C, "imports", "growth", 12.1, "percent", SEP, "12.1", S_RU, partner="Russia", product=P, basis="mom"),
        fact(C, "imports", "quantity", 7.73e6, "tonnes", SEP, "7.73 million", S_AU, partner="Australia", product=P),
        fact(C, "imports", "growth", 9.6, "percent", SEP, "9.6", S_AU, partner="Australia", product=P),
        fact(C, "imports", "quantity", 46e6, "tonnes", SEP, "46 million", S_TOT, product=P),
        fact(C, "imports", "growth", 7.6, "percent", SEP, "7.6", S_TOT, product=P, basis="mom"),
        fact(C, "imports", "growth", -3.3, "percent", SEP, "3.3", S_TOT_Y, product=P),
        fact(C, "imports", "quantity", 47.59e6, "tonnes", period(2024, 9), "47.59 million", S_TOT_Y, product=P),
        fact(C, "imports", "quantity", 345.89e6, "tonnes", YTD, "345.89 million", S_YTD, product=P),
        fact(C, "imports", "growth", -11, "percent", YTD, "11", S_YTD, product=P),
        fact(C, "imports", "quantity", 139.6e6, "tonnes", YTD, "139.6 million", S_ID_Y, partner="Indonesia", product=P),
        fact(C, "imports", "growth", -14.8, "percent", YTD, "14.8", S_ID_Y, partner="Indonesia", product=P),
        fact(C, "imports", "quantity", 61.87e6, "tonnes", YTD, "61.87 million", S_MN_Y, partner="Mongolia", product=P),
        fact(C, "imports", "growth", -3.1, "percent", YTD, "3.1", S_MN_Y, partner="Mongolia", product=P),
        fact("Mongolia", "exports", "quantity", 8.72e6, "tonnes", SEP, "8.72 million", S_MN_EX, product=P),
    ],
}
