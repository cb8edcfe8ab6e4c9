from _fact import fact, period

AUG = period(2025, 8)
JUL = period(2025, 7)
JAN_AUG = period(2025, 1, 8)
Y2024 = period(2024, 1, 12)
GRAINS = "corn, wheat, barley and sorghum"
CORN = "corn"
WHEAT = "wheat"
BARLEY = "barley"
SORGHUM = "sorghum"

TOTAL = "Combined imports of corn, wheat, barley and sorghum slid 32% year on year to 2.84 million tons in August"
CORN_T = "Inbound shipments of the grain fell 61% to 262,000 tons."
CORN_BR = "The top supplier remained Brazil, which sent 118,400 tons, or 45.2% of the total"
CORN_YTD = "Corn imports over January-August came to 1.06 million tons, a 93.7% drop from a year earlier."
WHEAT_T = "Wheat imports climbed to 450,000 tons from 260,000 tons in July"
WHEAT_G = "They were nonetheless 54% lower than a year before."
WHEAT_S = "Australia shipped 210,000 tons and Canada 171,000 tons"
BARLEY_T = "with imports rising 18% from July to 1.35 million tons"
BARLEY_AU = "Australia, which supplied 612,000 tons, or 45.3% of the total, took back the top position from France, which dropped to second with 348,000 tons"
BARLEY_V = "the barley shipments cost $336.6 million in total"
BARLEY_YTD = "The southern hemisphere supplier has shipped 4.12 million tons so far this year"
SORG_T = "Sorghum imports dropped 38% to 780,000 tons"
SORG_S = "with 402,000 tons coming from Australia and 301,000 tons from Argentina"
SORG_US = "Shipments from the U.S., the source of 71.3% of China's sorghum imports last year, plunged 93% to 26,500 tons"

ARTICLE = {
    "id": "dAL1_02_china_grain_imports_aug_2025",
    "title": "Corn Purchases Stall and China's Grain Imports Drop; Australia Tightens Grip on Barley, Sorghum",
    "publisher": "Bloomberg",
    "published": "2025-09-20",
    "notes": [
        "All facts: area China, flow imports. The year comes only from the published date: 'last month'/'in August' = 2025-08, 'in July'/'from July' = 2025-07, 'January-August' and 'so far this year' = 2025-01..2025-08, 'last year' (US sorghum share) = 2024-01..2024-12.",
        "Headline aggregate: product 'corn, wheat, barley and sorghum' (the text's words; the four grains measured together), 2.84 million tons and -32% yoy.",
        "Corn paragraph: 'Inbound shipments of the grain' = corn imports (-61% yoy, 262,000 tons). 'the top supplier' = rank 1 for Brazil; 45.2% 'of the total' = Brazil's share of corn imports. 'the South American country' carries no number.",
        "Wheat: 'climbed to 450,000 tons from 260,000 tons in July' gives August and July quantities (two facts); the growth given is year on year ('54% lower than a year before' → -54); no mom percent is stated, so none is labelled. 'Australia shipped 210,000 tons and Canada 171,000 tons' gives 210,000 t to Australia and 171,000 t to Canada.",
        "Barley: 'imports rising 18% from July' = growth basis mom, August. 'the top position' = rank 1 Australia; 'dropped to second' = rank 2 France; 45.3% = Australia's share of barley imports. $336.6 million = August barley import value. 'the southern hemisphere supplier' = Australia (the supplier named in the previous sentence; France is the other); 4.12 million tons 'so far this year' = Australia's barley shipments, 2025-01..2025-08. 'far ahead of France' gives no rank number for France year to date, so no rank is labelled there.",
        "Sorghum: -38% yoy and 780,000 tons; '402,000 tons coming from Australia and 301,000 tons from Argentina' gives 402,000 t to Australia and 301,000 t to Argentina. US: 71.3% share of China's sorghum imports in 2024 ('last year'), -93% yoy and 26,500 t in August.",
        "Out of scope, unlabelled: the 7.2 million-ton tariff-rate quota (a quota, not a flow); the 15% and 10% tariffs; '$250 a ton' (price); the USDA forecast of 7 million tons for 2025-26 (forecast); 'over a decade' (milestone); 'nothing arrived from the U.S.' (no number stated).",
    ],
    "facts": [
        fact("China", "imports", "quantity", 2.84e6, "tonnes", AUG, "2.84 million", TOTAL, product=GRAINS),
        fact("China", "imports", "growth", -32, "percent", AUG, "32", TOTAL, product=GRAINS),
        fact("China", "imports", "growth", -61, "percent", AUG, "61", CORN_T, product=CORN),
        fact("China", "imports", "quantity", 262000, "tonnes", AUG, "262,000", CORN_T, product=CORN),
        fact("China", "imports", "rank", 1, "number", AUG, "top", CORN_BR, partner="Brazil", product=CORN),
        fact("China", "imports", "quantity", 118400, "tonnes", AUG, "118,400", CORN_BR, partner="Brazil", product=CORN),
        fact("China", "imports", "share", 45.2, "percent", AUG, "45.2", CORN_BR, partner="Brazil", product=CORN),
        fact("China", "imports", "quantity", 1.06e6, "tonnes", JAN_AUG, "1.06 million", CORN_YTD, product=CORN),
        fact("China", "imports", "growth", -93.7, "percent", JAN_AUG, "93.7", CORN_YTD, product=CORN),
        fact("China", "imports", "quantity", 450000, "tonnes", AUG, "450,000", WHEAT_T, product=WHEAT),
        fact("China", "imports", "quantity", 260000, "tonnes", JUL, "260,000", WHEAT_T, product=WHEAT),
        fact("China", "imports", "growth", -54, "percent", AUG, "54", WHEAT_G, product=WHEAT),
        fact("China", "imports", "quantity", 210000, "tonnes", AUG, "210,000", WHEAT_S, partner="Australia", product=WHEAT),
        fact("China", "imports", "quantity", 171000, "tonnes", AUG, "171,000", WHEAT_S, partner="Canada", product=WHEAT),
        fact("China", "imports", "growth", 18, "percent", AUG, "18", BARLEY_T, product=BARLEY, basis="mom"),
        fact("China", "imports", "quantity", 1.35e6, "tonnes", AUG, "1.35 million", BARLEY_T, product=BARLEY),
        fact("China", "imports", "quantity", 612000, "tonnes", AUG, "612,000", BARLEY_AU, partner="Australia", product=BARLEY),
        fact("China", "imports", "share", 45.3, "percent", AUG, "45.3", BARLEY_AU, partner="Australia", product=BARLEY),
        fact("China", "imports", "rank", 1, "number", AUG, "top", BARLEY_AU, partner="Australia", product=BARLEY),
        fact("China", "imports", "rank", 2, "number", AUG, "second", BARLEY_AU, partner="France", product=BARLEY),
        fact("China", "imports", "quantity", 348000, "tonnes", AUG, "348,000", BARLEY_AU, partner="France", product=BARLEY),
        fact("China", "imports", "value", 336.6e6, "USD", AUG, "336.6 million", BARLEY_V, product=BARLEY),
        fact("China", "imports", "quantity", 4.12e6, "tonnes", JAN_AUG, "4.12 million", BARLEY_YTD, partner="Australia",
             product=BARLEY),
        fact("China", "imports", "growth", -38, "percent", AUG, "38", SORG_T, product=SORGHUM),
        fact("China", "imports", "quantity", 780000, "tonnes", AUG, "780,000", SORG_T, product=SORGHUM),
        fact("China", "imports", "quantity", 402000, "tonnes", AUG, "402,000", SORG_S, partner="Australia", product=SORGHUM),
        fact("China", "imports", "quantity", 301000, "tonnes", AUG, "301,000", SORG_S, partner="Argentina", product=SORGHUM),
        fact("China", "imports", "share", 71.3, "percent", Y2024, "71.3", SORG_US, partner="United States", product=SORGHUM),
        fact("China", "imports", "growth", -93, "percent", AUG, "93", SORG_US, partner="United States", product=SORGHUM),
        fact("China", "imports", "quantity", 26500, "tonnes", AUG, "26,500", SORG_US, partner="United States", product=SORGHUM),
    ],
}
