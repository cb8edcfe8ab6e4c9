from _fact import fact, period

OCTOBER = period(2025, 10)
SEPTEMBER = period(2025, 9)
OCTOBER_2024 = period(2024, 10)
JANUARY_OCTOBER = period(2025, 1, 10)
US = "United States"
SOY = "soybeans"
ORE = "iron ore"
COPPER = "unwrought copper and products"

SOY_TOTAL = (
    "China imported 9.48 million metric tons of soybeans in October, a 17.2% increase on October 2024's 8.09 million "
    "tons, but down 26.3% from the 12.87 million tons taken in during September"
)
BRAZIL = "Brazilian cargoes surged 28.8% to 7.12 million tons and represented 75.1% of all soybean imports"
US_BEANS = "imports of U.S. beans dropped to zero, compared with 541,434 tons in October 2024"
SOY_YTD = "Soybean imports for January through October reached 95.74 million tons, up 6.8% from the same period last year"
ORE_MONTH = (
    "Iron ore imports dropped 4.3% month on month to 111.31 million tons as steelmakers drew down port inventories over "
    "the long National Day break, but they were still 2.8% higher than in October 2024"
)
AUSTRALIA = "Australia, the steelmaking raw material's biggest supplier, delivered 67.2 million tons"
ORE_YTD = "Iron ore imports over the first 10 months came to 1.03 billion tons"
CRUDE = "crude oil imports grew 8.2% year on year to 48.36 million tons"
RUSSIA = (
    "Russia was again the top supplier with 9.12 million tons, or around 2.15 million bpd, 3.7% less than a year "
    "earlier"
)
COAL = "coal imports dropped 9.8% year on year to 41.74 million tons, 9.3% lower than in September"
COPPER_MONTH = (
    "imports of unwrought copper and products, a category covering anode, refined and semi-finished metal, fell 9.7% "
    "from September to 438,000 tons"
)
COPPER_YTD = "So far this year, China has imported 4.46 million tons of the red metal"

ARTICLE = {
    "id": "dY1_04_reuters_china_soybean_iron_ore_imports_oct",
    "title": "Brazilian cargoes lift China's soybean arrivals to an October record with no U.S. beans; iron ore and coal dip",
    "publisher": "Reuters",
    "published": "2025-11-20",
    "notes": [
        "Dateline 'Nov 20' without a year: 2025 from the published metadata (detailed, by-origin customs data come out "
        "around the 20th). 'in October' is October 2025; the area is China throughout (imports).",
        "One product name per commodity, whatever the sentence calls it: 'soybeans' for 'the oilseed' and 'U.S. beans'; "
        "'iron ore' for 'the steelmaking raw material' and 'ore'; 'unwrought copper and products' (the category as first "
        "named) also for 'the red metal' in the year-to-date sentence; 'crude oil'; 'coal'.",
        "Stated prior-period observations are labelled with their own periods: October 2024's 8.09 million tons and 541,434 "
        "tons (October 2024), the 12.87 million tons taken in during September (2025-09). A comparison base is not the period of the October "
        "figure it is compared with.",
        "'dropped to zero': U.S. soybean imports in October 2025 are a stated quantity of 0 tonnes (value_text 'zero'); "
        "the lead's 'no soybeans from the United States' restates it and is not labelled again.",
        "'down 26.3% from the 12.87 million tons taken in during September', 'dropped 4.3% month on month', '9.3% lower than "
        "in September', 'fell 9.7% from September': basis mom. '2.8% higher than in October 2024', 'year on year', '3.7% "
        "less than a year earlier': yoy.",
        "'75.1% of all soybean imports': share of China's soybean imports coming from Brazil.",
        "'biggest supplier' (Australia, iron ore) and 'the top supplier' (Russia, crude oil) are stated ranks: 1.",
        "Growth rates beside tonnages are growth of the quantity flow (no value growth is stated for any commodity).",
        "Out of scope, unlabelled: barrels per day (11.39 million, 2.15 million bpd: per-day averages); 'an October "
        "record', 'the second month in a row' (milestone, streak); forecasts of 110 million tons, about 105 million tons and "
        "45 million tons; Beijing's purchase pledges of 12 million and 25 million tons (commitments, not flows); crude "
        "steel output down 12.1% (not trade); LME copper at $11,200 a ton (price); the years 2026 through 2028.",
    ],
    "facts": [
        fact("China", "imports", "quantity", 9.48e6, "tonnes", OCTOBER, "9.48 million", SOY_TOTAL, product=SOY),
        fact("China", "imports", "growth", 17.2, "percent", OCTOBER, "17.2", SOY_TOTAL, product=SOY),
        fact("China", "imports", "quantity", 8.09e6, "tonnes", OCTOBER_2024, "8.09 million", SOY_TOTAL, product=SOY),
        fact("China", "imports", "growth", -26.3, "percent", OCTOBER, "26.3", SOY_TOTAL, product=SOY, basis="mom"),
        fact("China", "imports", "quantity", 12.87e6, "tonnes", SEPTEMBER, "12.87 million", SOY_TOTAL, product=SOY),
        fact("China", "imports", "growth", 28.8, "percent", OCTOBER, "28.8", BRAZIL, partner="Brazil", product=SOY),
        fact("China", "imports", "quantity", 7.12e6, "tonnes", OCTOBER, "7.12 million", BRAZIL, partner="Brazil",
             product=SOY),
        fact("China", "imports", "share", 75.1, "percent", OCTOBER, "75.1", BRAZIL, partner="Brazil", product=SOY),
        fact("China", "imports", "quantity", 0, "tonnes", OCTOBER, "zero", US_BEANS, partner=US, product=SOY),
        fact("China", "imports", "quantity", 541434, "tonnes", OCTOBER_2024, "541,434", US_BEANS, partner=US,
             product=SOY),
        fact("China", "imports", "quantity", 95.74e6, "tonnes", JANUARY_OCTOBER, "95.74 million", SOY_YTD, product=SOY),
        fact("China", "imports", "growth", 6.8, "percent", JANUARY_OCTOBER, "6.8", SOY_YTD, product=SOY),
        fact("China", "imports", "growth", -4.3, "percent", OCTOBER, "4.3", ORE_MONTH, product=ORE, basis="mom"),
        fact("China", "imports", "quantity", 111.31e6, "tonnes", OCTOBER, "111.31 million", ORE_MONTH, product=ORE),
        fact("China", "imports", "growth", 2.8, "percent", OCTOBER, "2.8", ORE_MONTH, product=ORE),
        fact("China", "imports", "rank", 1, "number", OCTOBER, "biggest", AUSTRALIA, partner="Australia", product=ORE),
        fact("China", "imports", "quantity", 67.2e6, "tonnes", OCTOBER, "67.2 million", AUSTRALIA, partner="Australia",
             product=ORE),
        fact("China", "imports", "quantity", 1.03e9, "tonnes", JANUARY_OCTOBER, "1.03 billion", ORE_YTD, product=ORE),
        fact("China", "imports", "growth", 8.2, "percent", OCTOBER, "8.2", CRUDE, product="crude oil"),
        fact("China", "imports", "quantity", 48.36e6, "tonnes", OCTOBER, "48.36 million", CRUDE, product="crude oil"),
        fact("China", "imports", "rank", 1, "number", OCTOBER, "top", RUSSIA, partner="Russia", product="crude oil"),
        fact("China", "imports", "quantity", 9.12e6, "tonnes", OCTOBER, "9.12 million", RUSSIA, partner="Russia",
             product="crude oil"),
        fact("China", "imports", "growth", -3.7, "percent", OCTOBER, "3.7", RUSSIA, partner="Russia",
             product="crude oil"),
        fact("China", "imports", "growth", -9.8, "percent", OCTOBER, "9.8", COAL, product="coal"),
        fact("China", "imports", "quantity", 41.74e6, "tonnes", OCTOBER, "41.74 million", COAL, product="coal"),
        fact("China", "imports", "growth", -9.3, "percent", OCTOBER, "9.3", COAL, product="coal", basis="mom"),
        fact("China", "imports", "growth", -9.7, "percent", OCTOBER, "9.7", COPPER_MONTH, product=COPPER, basis="mom"),
        fact("China", "imports", "quantity", 438000, "tonnes", OCTOBER, "438,000", COPPER_MONTH, product=COPPER),
        fact("China", "imports", "quantity", 4.46e6, "tonnes", JANUARY_OCTOBER, "4.46 million", COPPER_YTD,
             product=COPPER),
    ],
}
