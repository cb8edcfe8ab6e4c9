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
    "the top global purchaser took in 110.5 million tons last month, an increase of 5.6% on October and 3.8% above "
    "the level a year before"
)
E_IRON_YTD = "Over the first 11 months, arrivals came to 1.13 billion tons, a 0.9% rise on the same period of last year."
E_STEEL = "November exports of steel products came to 10.4 million tons"
E_COPPER = (
    "imports of unwrought copper and products, a category covering refined metal as well as semi-finished goods, "
    "dropped 12% year on year to 438,000 tons"
)
E_COPPER_YTD = "Arrivals so far this year thus stood at 4.97 million tons, down 5.4% from a year ago."
E_CRUDE = "crude oil imports climbed 4.9% from a year earlier to 48.1 million tons"
E_CRUDE_YTD = "January-November crude arrivals increased 2.1% to 510.5 million tons."
E_SOY = "Inbound soybeans surged 13% year on year to 8.1 million tons"
E_SOY_BRAZIL = "Brazil provided about 71% of the soybeans China imported in October"
E_SOY_YTD = "For the first 11 months, soybean purchases climbed 3.8% to 98.2 million tons."
E_RARE = (
    "Overseas sales of rare earths declined 9.4% from October to 4,120 tons, yet remained 24% above their level "
    "a year earlier."
)
E_MAGNETS = "increased 7.5% on the previous month to 5,870 tons"
E_RARE_YTD = "In January-November, the 17 minerals' exports totalled 55,480 tons, a 7.1% increase"
E_EXPORTS = "dollar-denominated exports gained 5.2% from a year earlier"
E_IMPORTS = "With imports rising a slight 1.6%, November's trade surplus came to $109.4 billion."

ARTICLE = {
    "id": "dT1_06_bloomberg_nov_commodities",
    "title": "Steelmakers' Restocking Lifts China Iron Ore Imports as Copper Purchases Slow",
    "publisher": "Bloomberg",
    "published": "2025-12-08",
    "notes": [
        "The text names no year: 'last month' and 'November' are 2025-11 from the published date (a Monday); "
        "'first 11 months', 'so far this year' and 'January-November' are 2025-01..11.",
        "Tonnages are quantities in tonnes ('million tons' read with the scale word). Only tonnage growth is given "
        "for the commodities (no value growth), so those rates are labelled.",
        "'an increase of 5.6% on October', 'declined 9.4% from October', 'increased 7.5% on the previous month': "
        "basis mom; '3.8% above the level a year before' and '24% above their level a year earlier' are yoy.",
        "'the top global purchaser' is a standing epithet for China with no period or number of its own: not "
        "labelled as a rank.",
        "'Brazil provided about 71% of the soybeans China imported in October': a share with partner Brazil, period "
        "2025-10 (the sentence names October), approx.",
        "Steel: '10.4 million tons, the ninth month in a row above the 10 million-ton mark': exact figure only; "
        "the threshold and the streak are out.",
        "'the 17 minerals' in the cumulative sentence are the rare earths of the previous paragraph.",
        "Out of scope: 'highest in 13 months', the $106 futures price, 'five consecutive months' of steel output, the "
        "analyst's forecast of about 100 million tons monthly, '11.7 million barrels a day' (a per-day rate, not "
        "tonnes), the 3.8% median estimate of economists, 'the most ever for a November', April (a date).",
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
