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
    "Total soybean imports were 9.48 million metric tons last month, up 17.2% from 8.09 million tons a year earlier "
    "but 26.3% below September's 12.87 million tons"
)
BRAZIL = "Shipments from Brazil jumped 28.8% to 7.12 million tons, accounting for 75.1% of the total"
US_BEANS = "Arrivals of U.S. beans fell to zero from 541,434 tons in October 2024"
SOY_YTD = "In the first 10 months of the year, China took in 95.74 million tons of soybeans, 6.8% more than a year before"
ORE_MONTH = (
    "Imports of iron ore eased 4.3% from September to 111.31 million tons, though they were 2.8% higher than in "
    "October 2024"
)
AUSTRALIA = "Australia, the biggest supplier of the steelmaking ingredient, shipped 67.2 million tons"
ORE_YTD = "For January-October, iron ore arrivals totalled 1.03 billion tons"
CRUDE = "Crude oil imports rose 8.2% from a year earlier to 48.36 million tons"
RUSSIA = (
    "Russia remained the top supplier, delivering 9.12 million tons, roughly 2.15 million bpd, a year-on-year decline "
    "of 3.7%"
)
COAL = "Coal imports fell 9.8% on the year to 41.74 million tons and were down 9.3% from September"
COPPER_MONTH = "Arrivals of unwrought copper and products, which include anode, refined and semi-finished metal, dropped 9.7% sequentially to 438,000 tons"
COPPER_YTD = "Year-to-date imports of the red metal stood at 4.46 million tons"

ARTICLE = {
    "id": "dY1_04_reuters_china_soybean_iron_ore_imports_oct",
    "title": "China's October soybean imports hit record for the month as Brazil fills U.S. gap; iron ore, coal ease",
    "publisher": "Reuters",
    "published": "2025-11-20",
    "notes": [
        "Dateline 'Nov 20' without a year: 2025 from the published metadata (detailed, by-origin customs data come out "
        "around the 20th). 'last month' is October 2025; the area is China throughout (imports).",
        "One product name per commodity, whatever the sentence calls it: 'soybeans' for 'the oilseed' and 'U.S. beans'; "
        "'iron ore' for 'the steelmaking ingredient' and 'ore'; 'unwrought copper and products' (the category as first "
        "named) also for 'the red metal' in the year-to-date sentence; 'crude oil'; 'coal'.",
        "Stated prior-period observations are labelled with their own periods: 8.09 million tons and 541,434 tons "
        "(October 2024), September's 12.87 million tons (2025-09). A comparison base is not the period of the October "
        "figure it is compared with.",
        "'fell to zero': U.S. soybean arrivals in October 2025 are a stated quantity of 0 tonnes (value_text 'zero'); "
        "the lead's 'no U.S. soybeans' restates it and is not labelled again.",
        "'26.3% below September's', 'eased 4.3% from September', 'down 9.3% from September', 'dropped 9.7% sequentially': "
        "basis mom. '2.8% higher than in October 2024', 'on the year', 'year-on-year decline': yoy.",
        "'75.1% of the total': share of China's soybean imports coming from Brazil.",
        "'the biggest supplier' (Australia, iron ore) and 'the top supplier' (Russia, crude oil) are stated ranks: 1.",
        "Growth rates beside tonnages are growth of the quantity flow (no value growth is stated for any commodity).",
        "Out of scope, unlabelled: barrels per day (11.39 million, 2.15 million bpd: per-day averages); 'record for the "
        "month', 'second straight month' (milestone, streak); forecasts of 110 million tons, about 105 million tons and "
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
