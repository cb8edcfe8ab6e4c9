from _fact import fact, period

C = "China"
S = "soybeans"
SEP = period(2025, 9)
SEP24 = period(2024, 9)
YTD = period(2025, 1, 9)
YTD24 = period(2024, 1, 9)
ROW = {
    "Brazil": "Brazil             62,714,330      61,128,905     2.6",
    "United States": "United States      16,826,417      17,512,306    -3.9",
    "Argentina": "Argentina           2,843,152       3,415,770   -16.8",
    "Uruguay": "Uruguay             1,402,680       1,176,215    19.3",
    "Canada": "Canada              1,265,904       1,019,560    24.2",
    "Total": "Total              86,178,961      81,846,212     5.3",
}
EV_US = "For the United States, typically China's second-largest supplier, the September tally was zero, against 1.7 million tons in September 2024."
EV_TOT = "Against 11.37 million tons in September 2024, that marked a gain of 13.2%, and the volume was 4.8% higher than August's."

ARTICLE = {
    "id": "dBD1_05",
    "title": "China's Sept soybean imports from Brazil jump 30% as U.S. cargoes dry up",
    "publisher": "Reuters",
    "published": "2025-10-20",
    "notes": [
        "September headline figures follow real Reuters/GAC reporting of Oct 13 and Oct 20, 2025 (12.87 mt, +13.2%, +4.8% m/m, Jan-Sept 86.18 mt +5.3%, $38.32 bln -7.9%, Brazil 10.96 mt +29.9% 85.2%, Argentina 1.17 mt +91.5% 9%, U.S. zero from 1.7 mt). The Jan-Sept by-origin table is illustrative; sentences are my own.",
        "All facts: area China, flow imports, product 'soybeans' (the article's good; 'beans', 'the oilseed' refer to it). 'last month' counts back from 2025-10-20 to 2025-09.",
        "Headline '30%' and body '29.9%' for Brazil are one observation (rounding): labelled once on the body.",
        "U.S. September imports: 'dropped to zero' (lead) and 'the September tally was zero' are one observation -> quantity 0 labelled once. The comparison bases '1.7 million tons in September 2024' and '11.37 million tons in September 2024' are stated quantities of an earlier month, labelled with period 2024-09 (the base is not the period of the September 2025 growth facts).",
        "'4.8% higher than August's' -> growth, basis mom, period 2025-09.",
        "Jan-Sept value $38.32 billion and its -7.9% -> value facts in USD for soybean imports. Average cost per ton ($444.65, -12.5%) is a price: out of scope.",
        "Brazil 'about 73% of China's total imports' so far this year -> share 73 approx, period Jan-Sept.",
        "Table flattened into lines: each row is the evidence for its cells; cells are exact tonnes (no scale). Rows that restate body figures within rounding (Brazil and U.S. Jan-Sept 2025, Total Jan-Sept 2025 and 5.3%) are labelled once, on the body sentence; the 2024 column gives facts for period 2024-01..2024-09.",
        "Not labelled: 'typically China's second-largest supplier' (habitual rank, no period); 'a volume exceeded in only one earlier month' and 'first time since November 2018' (milestones); 'nearly doubled' (no number; 91.5% labelled); traders' expectation of around 8 million tons a month in Q4 (forecast).",
    ],
    "facts": [
        fact(C, "imports", "growth", 29.9, "percent", SEP, "29.9",
             "China's soybean imports from Brazil surged 29.9% in September from a year earlier", partner="Brazil", product=S),
        fact(C, "imports", "quantity", 10.96e6, "tonnes", SEP, "10.96 million",
             "Figures from the General Administration of Customs put last month's Brazilian arrivals at 10.96 million metric tons", partner="Brazil", product=S),
        fact(C, "imports", "share", 85.2, "percent", SEP, "85.2",
             "85.2% of all the oilseed the world's biggest soybean buyer took in", partner="Brazil", product=S),
        fact(C, "imports", "growth", 91.5, "percent", SEP, "91.5",
             "sending 1.17 million tons, a rise of 91.5% that gave it 9% of the total", partner="Argentina", product=S),
        fact(C, "imports", "quantity", 1.17e6, "tonnes", SEP, "1.17 million",
             "sending 1.17 million tons, a rise of 91.5% that gave it 9% of the total", partner="Argentina", product=S),
        fact(C, "imports", "share", 9, "percent", SEP, "9",
             "sending 1.17 million tons, a rise of 91.5% that gave it 9% of the total", partner="Argentina", product=S),
        fact(C, "imports", "quantity", 0, "tonnes", SEP, "zero", EV_US, partner="United States", product=S),
        fact(C, "imports", "quantity", 1.7e6, "tonnes", SEP24, "1.7 million", EV_US, partner="United States", product=S),
        fact(C, "imports", "quantity", 12.87e6, "tonnes", SEP, "12.87 million",
             "Customs figures published last week put China's overall September soybean intake at 12.87 million tons", product=S),
        fact(C, "imports", "growth", 13.2, "percent", SEP, "13.2", EV_TOT, product=S),
        fact(C, "imports", "quantity", 11.37e6, "tonnes", SEP24, "11.37 million", EV_TOT, product=S),
        fact(C, "imports", "growth", 4.8, "percent", SEP, "4.8", EV_TOT, product=S, basis="mom"),
        fact(C, "imports", "quantity", 86.18e6, "tonnes", YTD, "86.18 million",
             "Arrivals over January-September added up to 86.18 million tons, 5.3% more than in the same months of 2024.", product=S),
        fact(C, "imports", "growth", 5.3, "percent", YTD, "5.3",
             "Arrivals over January-September added up to 86.18 million tons, 5.3% more than in the same months of 2024.", product=S),
        fact(C, "imports", "value", 38.32e9, "USD", YTD, "38.32 billion",
             "The bill for those cargoes, however, fell 7.9% to $38.32 billion", product=S),
        fact(C, "imports", "growth", -7.9, "percent", YTD, "7.9",
             "The bill for those cargoes, however, fell 7.9% to $38.32 billion", product=S),
        fact(C, "imports", "quantity", 62.71e6, "tonnes", YTD, "62.71 million",
             "Brazil has supplied 62.71 million tons so far this year, about 73% of China's total imports", partner="Brazil", product=S),
        fact(C, "imports", "share", 73, "percent", YTD, "73",
             "Brazil has supplied 62.71 million tons so far this year, about 73% of China's total imports", partner="Brazil", product=S,
             qualifier="approx"),
        fact(C, "imports", "quantity", 16.83e6, "tonnes", YTD, "16.83 million",
             "purchases from the U.S. came to 16.83 million tons", partner="United States", product=S),
        # flattened table, Jan-Sept by origin (tonnes)
        fact(C, "imports", "quantity", 61128905, "tonnes", YTD24, "61,128,905", ROW["Brazil"], partner="Brazil", product=S),
        fact(C, "imports", "growth", 2.6, "percent", YTD, "2.6", ROW["Brazil"], partner="Brazil", product=S),
        fact(C, "imports", "quantity", 17512306, "tonnes", YTD24, "17,512,306", ROW["United States"], partner="United States", product=S),
        fact(C, "imports", "growth", -3.9, "percent", YTD, "-3.9", ROW["United States"], partner="United States", product=S),
        fact(C, "imports", "quantity", 2843152, "tonnes", YTD, "2,843,152", ROW["Argentina"], partner="Argentina", product=S),
        fact(C, "imports", "quantity", 3415770, "tonnes", YTD24, "3,415,770", ROW["Argentina"], partner="Argentina", product=S),
        fact(C, "imports", "growth", -16.8, "percent", YTD, "-16.8", ROW["Argentina"], partner="Argentina", product=S),
        fact(C, "imports", "quantity", 1402680, "tonnes", YTD, "1,402,680", ROW["Uruguay"], partner="Uruguay", product=S),
        fact(C, "imports", "quantity", 1176215, "tonnes", YTD24, "1,176,215", ROW["Uruguay"], partner="Uruguay", product=S),
        fact(C, "imports", "growth", 19.3, "percent", YTD, "19.3", ROW["Uruguay"], partner="Uruguay", product=S),
        fact(C, "imports", "quantity", 1265904, "tonnes", YTD, "1,265,904", ROW["Canada"], partner="Canada", product=S),
        fact(C, "imports", "quantity", 1019560, "tonnes", YTD24, "1,019,560", ROW["Canada"], partner="Canada", product=S),
        fact(C, "imports", "growth", 24.2, "percent", YTD, "24.2", ROW["Canada"], partner="Canada", product=S),
        fact(C, "imports", "quantity", 81846212, "tonnes", YTD24, "81,846,212", ROW["Total"], product=S),
    ],
}
