from _fact import fact, period

NOVEMBER = period(2025, 11)
OCTOBER = period(2025, 10)
ELEVEN_MONTHS = period(2025, 1, 11)
AREA = "China"
IRON_ORE = "iron ore"
COPPER = "unwrought copper and products"
CRUDE = "crude oil"
SOYBEANS = "soybeans"
RARE_EARTHS = "rare earths"
MAGNETS = "rare earth magnets"
E_IRON = (
    "The world's biggest buyer brought in 110.5 million tons last month, up 5.6% from October and 3.8% higher "
    "than a year earlier"
)
E_IRON_YTD = "Shipments in the first 11 months totaled 1.13 billion tons, 0.9% more than in the same period last year."
E_STEEL = "Outbound shipments of steel products were 10.4 million tons in November"
E_COPPER = (
    "Imports of unwrought copper and products, which include refined metal and semi-finished goods, "
    "fell 12% from a year earlier to 438,000 tons"
)
E_COPPER_YTD = "That left year-to-date arrivals at 4.97 million tons, 5.4% lower than a year ago."
E_CRUDE = "Crude oil imports rose 4.9% on year to 48.1 million tons"
E_CRUDE_YTD = "For the January-November period, crude purchases were up 2.1% at 510.5 million tons."
E_SOY = "Soybean imports jumped 13% from a year earlier to 8.1 million tons"
E_SOY_BRAZIL = "Brazil supplied about 71% of China's soybean imports in October"
E_SOY_YTD = "Purchases in the first 11 months rose 3.8% to 98.2 million tons."
E_RARE = "Rare earth exports fell 9.4% from October to 4,120 tons, though they were still 24% higher than a year earlier."
E_MAGNETS = "rose 7.5% from the previous month to 5,870 tons"
E_RARE_YTD = "For the year through November, exports of the 17 minerals were 55,480 tons, up 7.1%"
E_EXPORTS = "exports rose 5.2% in dollar terms from a year earlier"
E_IMPORTS = "Imports edged up 1.6%, leaving a trade surplus of $109.4 billion for the month."

ARTICLE = {
    "id": "dT1_06_bloomberg_nov_commodities",
    "title": "China's Iron Ore Imports Climb as Mills Restock While Copper Buying Cools",
    "publisher": "Bloomberg",
    "published": "2025-12-08",
    "notes": [
        "The text names no year: 'last month' and 'November' are 2025-11 from the published date (a Monday); "
        "'first 11 months', 'year-to-date', 'January-November' and 'the year through November' are 2025-01..11.",
        "Tonnages are quantities in tonnes ('million tons' read with the scale word). Only tonnage growth is given "
        "for the commodities (no value growth), so those rates are labelled.",
        "'up 5.6% from October', 'fell 9.4% from October', 'rose 7.5% from the previous month': basis mom; "
        "'3.8% higher than a year earlier' and '24% higher than a year earlier' are yoy.",
        "'The world's biggest buyer' is a standing epithet for China with no period or number of its own: not "
        "labelled as a rank.",
        "'Brazil supplied about 71% of China's soybean imports in October': a share with partner Brazil, period "
        "2025-10 (the sentence names October), approx.",
        "Steel: '10.4 million tons ... holding above 10 million tons for a ninth straight month': exact figure only; "
        "the threshold and the streak are out.",
        "'the 17 minerals' in the cumulative sentence are the rare earths of the previous paragraph.",
        "Out of scope: 'highest in 13 months', the $106 futures price, 'five straight months' of steel output, the "
        "analyst's forecast of around 100 million tons a month, '11.7 million barrels a day' (a per-day rate, not "
        "tonnes), the 3.8% median estimate of economists, 'record for the month', April (a date).",
        "Headline trade: exports growth 5.2% (dollar terms), imports growth 1.6%, surplus $109.4 billion, all "
        "November, USD.",
    ],
    "facts": [
        fact(AREA, "imports", "quantity", 110.5e6, "tonnes", NOVEMBER, "110.5 million", E_IRON, product=IRON_ORE),
        fact(AREA, "imports", "growth", 5.6, "percent", NOVEMBER, "5.6", E_IRON, product=IRON_ORE, basis="mom"),
        fact(AREA, "imports", "growth", 3.8, "percent", NOVEMBER, "3.8", E_IRON, product=IRON_ORE),
        fact(AREA, "imports", "quantity", 1.13e9, "tonnes", ELEVEN_MONTHS, "1.13 billion", E_IRON_YTD,
             product=IRON_ORE),
        fact(AREA, "imports", "growth", 0.9, "percent", ELEVEN_MONTHS, "0.9", E_IRON_YTD, product=IRON_ORE),
        fact(AREA, "exports", "quantity", 10.4e6, "tonnes", NOVEMBER, "10.4 million", E_STEEL,
             product="steel products"),
        fact(AREA, "imports", "growth", -12, "percent", NOVEMBER, "12", E_COPPER, product=COPPER),
        fact(AREA, "imports", "quantity", 438000, "tonnes", NOVEMBER, "438,000", E_COPPER, product=COPPER),
        fact(AREA, "imports", "quantity", 4.97e6, "tonnes", ELEVEN_MONTHS, "4.97 million", E_COPPER_YTD,
             product=COPPER),
        fact(AREA, "imports", "growth", -5.4, "percent", ELEVEN_MONTHS, "5.4", E_COPPER_YTD, product=COPPER),
        fact(AREA, "imports", "growth", 4.9, "percent", NOVEMBER, "4.9", E_CRUDE, product=CRUDE),
        fact(AREA, "imports", "quantity", 48.1e6, "tonnes", NOVEMBER, "48.1 million", E_CRUDE, product=CRUDE),
        fact(AREA, "imports", "growth", 2.1, "percent", ELEVEN_MONTHS, "2.1", E_CRUDE_YTD, product=CRUDE),
        fact(AREA, "imports", "quantity", 510.5e6, "tonnes", ELEVEN_MONTHS, "510.5 million", E_CRUDE_YTD,
             product=CRUDE),
        fact(AREA, "imports", "growth", 13, "percent", NOVEMBER, "13", E_SOY, product=SOYBEANS),
        fact(AREA, "imports", "quantity", 8.1e6, "tonnes", NOVEMBER, "8.1 million", E_SOY, product=SOYBEANS),
        fact(AREA, "imports", "share", 71, "percent", OCTOBER, "71", E_SOY_BRAZIL, partner="Brazil",
             product=SOYBEANS, qualifier="approx"),
        fact(AREA, "imports", "growth", 3.8, "percent", ELEVEN_MONTHS, "3.8", E_SOY_YTD, product=SOYBEANS),
        fact(AREA, "imports", "quantity", 98.2e6, "tonnes", ELEVEN_MONTHS, "98.2 million", E_SOY_YTD,
             product=SOYBEANS),
        fact(AREA, "exports", "growth", -9.4, "percent", NOVEMBER, "9.4", E_RARE, product=RARE_EARTHS, basis="mom"),
        fact(AREA, "exports", "quantity", 4120, "tonnes", NOVEMBER, "4,120", E_RARE, product=RARE_EARTHS),
        fact(AREA, "exports", "growth", 24, "percent", NOVEMBER, "24", E_RARE, product=RARE_EARTHS),
        fact(AREA, "exports", "growth", 7.5, "percent", NOVEMBER, "7.5", E_MAGNETS, product=MAGNETS, basis="mom"),
        fact(AREA, "exports", "quantity", 5870, "tonnes", NOVEMBER, "5,870", E_MAGNETS, product=MAGNETS),
        fact(AREA, "exports", "quantity", 55480, "tonnes", ELEVEN_MONTHS, "55,480", E_RARE_YTD, product=RARE_EARTHS),
        fact(AREA, "exports", "growth", 7.1, "percent", ELEVEN_MONTHS, "7.1", E_RARE_YTD, product=RARE_EARTHS),
        fact(AREA, "exports", "growth", 5.2, "percent", NOVEMBER, "5.2", E_EXPORTS),
        fact(AREA, "imports", "growth", 1.6, "percent", NOVEMBER, "1.6", E_IMPORTS),
        fact(AREA, "balance", "value", 109.4e9, "USD", NOVEMBER, "109.4 billion", E_IMPORTS),
    ],
}
