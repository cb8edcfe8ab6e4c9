from _fact import fact, period

CN = "China"
NOV = period(2026, 11)
OCT = period(2026, 10)
YTD = period(2026, 1, 11)

ARTICLE = {
    "id": "dBT1_01",
    "title": "Refiners restock as China's crude intake climbs 6.3% y/y in Nov; soybean arrivals slide",
    "publisher": "Reuters",
    "published": "2026-12-08",
    "notes": [
        "Real figures: none (November 2026 has not happened). Modelled on Reuters commodity-import and monthly-trade "
        "stories (crude, iron ore, soybean, coal, unwrought copper tonnages; dollar exports/imports with a Reuters poll). "
        "Invented: every tonnage, value and rate. Derived: surplus 107.5 = 331.4 - 223.9; soybean -3.2% m/m = 7.84/8.10; "
        "11.88 million bpd = 48.62 mln t x 7.33 bbl/t / 30 days.",
        "Judgement calls: 'last month' and the bare 'November' are 2026-11 (published 2026-12-08); 'in October' is "
        "2026-10. 'Crude volumes were 6.3% higher than in November 2025': the base year is a comparison, the period is "
        "November 2026, basis yoy. '1.8% above October's level' and 'a 3.2% decline on the month' are basis mom. "
        "'a turnaround from October's 0.9% fall' is October's own year-on-year rate (imports, -0.9). The headline's 6.3% is "
        "the body's crude yoy fact, labelled once. 'Soybean arrivals dropped to 7.84 million tons from 8.10 million tons "
        "in October': two quantity facts (November and October). 'So far this year' is January-November. "
        "'the Association of Southeast Asian Nations' -> partner ASEAN. 'Sales to the United States' are China's exports. "
        "'unwrought copper and products' is the product as written (lower case). Iron ore 'worth $10.7 billion' is an "
        "imports value with product iron ore.",
        "Not facts: 11.88 million bpd (a per-day average, like a per-working-day figure); the poll forecasts 3.0%, 0.5% "
        "and $101.2 billion; the analyst's 2% export forecast for 2027; Brent below $65 a barrel (a price); US tariffs "
        "averaging around 30% and the growth target of around 5%; the yuan at 7.0850 per dollar (an exchange rate); the "
        "years 2025 and 2027; 'the smallest monthly intake since February' (a milestone).",
        "Copy check: 10 sentences searched (lead, crude volume, the analyst quote, iron ore, soybeans, coal, copper, "
        "exports vs poll, surplus, the economist quote), 1 reworded (the crude-volume sentence, which shared the skeleton "
        "of a real Reuters line).",
        "Second check: 25 sentences searched, 10 reworded.",
    ],
    "facts": [
        # crude oil
        fact(CN, "imports", "quantity", 48.62e6, "tonnes", NOV, "48.62 million",
             "the top importer received 48.62 million metric tons of crude last month", product="crude oil"),
        fact(CN, "imports", "growth", 6.3, "percent", NOV, "6.3",
             "Crude volumes were 6.3% higher than in November 2025", product="crude oil"),
        fact(CN, "imports", "growth", 1.8, "percent", NOV, "1.8",
             "Crude volumes were 6.3% higher than in November 2025 and 1.8% above October's level",
             product="crude oil", basis="mom"),
        fact(CN, "imports", "value", 23.7e9, "USD", NOV, "$23.7 billion",
             "Crude cost the country $23.7 billion in November", product="crude oil"),
        fact(CN, "imports", "quantity", 514.3e6, "tonnes", YTD, "514.3 million",
             "Over January-November, crude arrivals added up to 514.3 million tons", product="crude oil"),
        fact(CN, "imports", "growth", 2.4, "percent", YTD, "2.4",
             "Over January-November, crude arrivals added up to 514.3 million tons, a 2.4% increase on the same period of 2025",
             product="crude oil"),
        # iron ore
        fact(CN, "imports", "growth", -3.1, "percent", NOV, "3.1",
             "Iron ore shipments slipped 3.1% from a year before to 112.45 million tons", product="iron ore"),
        fact(CN, "imports", "quantity", 112.45e6, "tonnes", NOV, "112.45 million",
             "Iron ore shipments slipped 3.1% from a year before to 112.45 million tons", product="iron ore"),
        fact(CN, "imports", "value", 10.7e9, "USD", NOV, "$10.7 billion",
             "Iron ore shipments slipped 3.1% from a year before to 112.45 million tons, with the ore worth $10.7 billion",
             product="iron ore"),
        fact(CN, "imports", "quantity", 1.13e9, "tonnes", YTD, "1.13 billion",
             "That left the year's iron ore intake through November at 1.13 billion tons", product="iron ore"),
        # soybeans
        fact(CN, "imports", "quantity", 7.84e6, "tonnes", NOV, "7.84 million",
             "Soybean arrivals dropped to 7.84 million tons", product="soybeans"),
        fact(CN, "imports", "quantity", 8.10e6, "tonnes", OCT, "8.10 million",
             "Soybean arrivals dropped to 7.84 million tons from 8.10 million tons in October", product="soybeans"),
        fact(CN, "imports", "growth", -3.2, "percent", NOV, "3.2",
             "Soybean arrivals dropped to 7.84 million tons from 8.10 million tons in October, a 3.2% decline on the month",
             product="soybeans", basis="mom"),
        fact(CN, "imports", "growth", -12.4, "percent", NOV, "12.4",
             "Soybean arrivals dropped to 7.84 million tons from 8.10 million tons in October, a 3.2% decline on the month, "
             "and were 12.4% below the November 2025 figure", product="soybeans"),
        fact(CN, "imports", "quantity", 98.7e6, "tonnes", YTD, "98.7 million",
             "So far this year the country has taken in 98.7 million tons of soybeans", product="soybeans"),
        fact(CN, "imports", "growth", 1.5, "percent", YTD, "1.5",
             "So far this year the country has taken in 98.7 million tons of soybeans, 1.5% more than in the same stretch of 2025",
             product="soybeans"),
        # coal
        fact(CN, "imports", "growth", -9.8, "percent", NOV, "9.8",
             "Coal imports fell 9.8% to 41.37 million tons", product="coal"),
        fact(CN, "imports", "quantity", 41.37e6, "tonnes", NOV, "41.37 million",
             "Coal imports fell 9.8% to 41.37 million tons", product="coal"),
        # copper
        fact(CN, "imports", "quantity", 498000, "tonnes", NOV, "498,000",
             "At 498,000 tons, arrivals in the unwrought copper and products category", product="unwrought copper and products"),
        fact(CN, "imports", "growth", 4.6, "percent", NOV, "4.6",
             "At 498,000 tons, arrivals in the unwrought copper and products category, which spans cathode, anode and "
             "semi-finished metal, ran 4.6% above the year-earlier level", product="unwrought copper and products"),
        # overall trade, November and October
        fact(CN, "exports", "growth", 4.2, "percent", NOV, "4.2",
             "In dollar terms, November exports reached $331.4 billion, a 4.2% year-on-year rise"),
        fact(CN, "exports", "value", 331.4e9, "USD", NOV, "$331.4 billion",
             "In dollar terms, November exports reached $331.4 billion, a 4.2% year-on-year rise"),
        fact(CN, "exports", "growth", 1.3, "percent", OCT, "1.3",
             "a 4.2% year-on-year rise that accelerated from October's 1.3% gain"),
        fact(CN, "imports", "growth", 1.8, "percent", NOV, "1.8",
             "Imports came to $223.9 billion, 1.8% more than a year before"),
        fact(CN, "imports", "value", 223.9e9, "USD", NOV, "$223.9 billion",
             "Imports came to $223.9 billion"),
        fact(CN, "imports", "growth", -0.9, "percent", OCT, "0.9",
             "Imports came to $223.9 billion, 1.8% more than a year before, a turnaround from October's 0.9% fall"),
        fact(CN, "balance", "value", 107.5e9, "USD", NOV, "$107.5 billion",
             "At $107.5 billion, the surplus was wider"),
        fact(CN, "balance", "value", 98.6e9, "USD", OCT, "$98.6 billion",
             "At $107.5 billion, the surplus was wider than October's $98.6 billion"),
        # partners
        fact(CN, "exports", "growth", -18.6, "percent", NOV, "18.6",
             "Sales to the United States shrank 18.6% from a year earlier", partner="United States"),
        fact(CN, "exports", "growth", 7.9, "percent", NOV, "7.9",
             "exports to the European Union and the Association of Southeast Asian Nations grew 7.9% and 11.2%, respectively",
             partner="European Union"),
        fact(CN, "exports", "growth", 11.2, "percent", NOV, "11.2",
             "exports to the European Union and the Association of Southeast Asian Nations grew 7.9% and 11.2%, respectively",
             partner="ASEAN"),
        fact(CN, "balance", "value", 21.4e9, "USD", NOV, "$21.4 billion",
             "China ran a $21.4 billion surplus with the United States for the month", partner="United States"),
        # January-November
        fact(CN, "exports", "growth", 5.1, "percent", YTD, "5.1",
             "For the first 11 months, exports grew 5.1%"),
        fact(CN, "imports", "growth", -0.6, "percent", YTD, "0.6",
             "For the first 11 months, exports grew 5.1% and imports contracted 0.6%"),
        fact(CN, "balance", "value", 1.09e12, "USD", YTD, "$1.09 trillion",
             "For the first 11 months, exports grew 5.1% and imports contracted 0.6%, giving a cumulative surplus of $1.09 trillion"),
    ],
}
