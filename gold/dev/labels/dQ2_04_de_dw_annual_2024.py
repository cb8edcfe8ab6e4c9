from _fact import fact, period

YEAR_2024 = period(2024, 1, 12)
DECEMBER = period(2024, 12)

EVIDENCE_WORLD_EXPORTS = "German goods exports totaled €1.56 trillion ($1.61 trillion) last year"
EVIDENCE_WORLD_IMPORTS = "Imports fell further still, sliding 2.8% to €1.32 trillion"
EVIDENCE_US_TOTAL = "trade in both directions between the two countries totaled €252.8 billion"
EVIDENCE_US_EXPORTS = "The US bought \"made in Germany\" goods worth €161.4 billion, up 2.2% from a year earlier"
EVIDENCE_CHINA_TOTAL = "trade with the People's Republic down 3.1% at €246.3 billion"
EVIDENCE_CHINA_EXPORTS = "German sales to China fell 7.6% to €90 billion, leaving it just the fifth-biggest buyer of German goods"
EVIDENCE_FRANCE = "France once more bought €118.6 billion of German goods, making it the second-largest destination for German exports"
EVIDENCE_NETHERLANDS = "The Netherlands came third among all of Germany's trading partners, with two-way trade of €205.7 billion"
EVIDENCE_CARS = "Shipments of cars and car parts abroad decreased 5.4% to €262.6 billion"
EVIDENCE_DECEMBER_EXPORTS = "exports adjusted for calendar and seasonal effects climbed to €131.1 billion, 2.9% above the November level"

ARTICLE = {
    "id": "dQ2_04_de_dw_annual_2024",
    "title": "US overtakes China to become Germany's top trading partner",
    "publisher": "DW",
    "published": "2025-02-07",
    "notes": [
        "The text names DW only in 'told DW'; publisher DW. The page line '02/07/2025' is DW's MM/DD/YYYY date: published 2025-02-07.",
        "Running period is calendar 2024 ('last year', 'in 2024'); the December paragraph is December 2024.",
        "'$1.61 trillion' is the export figure converted to dollars, written without 'about': a separate USD fact, qualifier exact.",
        "'That was a decrease of 1.2% from 2023' and 'Imports fell further still, sliding 2.8%': yoy growth, negative.",
        "Trade surplus 'grew to €241.2 billion': the level only; no prior-year surplus is given.",
        "US rank: 'Germany's largest trading partner in 2024 was the United States' -> rank 1 of total trade; 'the first time since 2015' is a streak/year, out.",
        "US surplus 'a €70 billion surplus with the world's biggest economy': partner United States from the same sentence.",
        "China 'dropped to second place' -> total-trade rank 2; 'every year since 2016' out.",
        "'the fifth-biggest buyer of German goods' -> exports rank 5 with China; 'Germany's largest source of imported goods' -> imports rank 1 with China.",
        "'Purchases from China held almost steady at €156.3 billion': value only; 'almost steady' gives no number.",
        "France 'second-largest destination for German exports' -> exports rank 2; Netherlands 'came third among all of Germany's trading partners' -> total rank 3.",
        "Products 'cars and car parts' and 'machinery' are export figures for 2024; the machinery figure has growth only.",
        "December paragraph: calendar and seasonally adjusted figures compared with November -> basis mom; 'Imports gained 2.1% on the month' mom.",
        "The December surplus of €20.7 billion is a level (no comparison) for December 2024.",
        "Out of scope: GDP -0.2% and -0.3%, the 0.3% growth forecast, economists' predicted 0.6% decline, the 25% tariff, jobs, years 2015/2016.",
    ],
    "facts": [
        fact("Germany", "exports", "value", 1.56e12, "EUR", YEAR_2024, "1.56 trillion", EVIDENCE_WORLD_EXPORTS),
        fact("Germany", "exports", "value", 1.61e12, "USD", YEAR_2024, "1.61 trillion", EVIDENCE_WORLD_EXPORTS),
        fact("Germany", "exports", "growth", -1.2, "percent", YEAR_2024, "1.2", "That was a decrease of 1.2% from 2023."),
        fact("Germany", "imports", "growth", -2.8, "percent", YEAR_2024, "2.8", EVIDENCE_WORLD_IMPORTS),
        fact("Germany", "imports", "value", 1.32e12, "EUR", YEAR_2024, "1.32 trillion", EVIDENCE_WORLD_IMPORTS),
        fact("Germany", "balance", "value", 241.2e9, "EUR", YEAR_2024, "241.2 billion",
             "Germany's trade surplus therefore grew to €241.2 billion"),
        fact("Germany", "total", "rank", 1, "number", YEAR_2024, "largest",
             "Germany's largest trading partner in 2024 was the United States", partner="United States"),
        fact("Germany", "total", "value", 252.8e9, "EUR", YEAR_2024, "252.8 billion", EVIDENCE_US_TOTAL,
             partner="United States"),
        fact("Germany", "exports", "value", 161.4e9, "EUR", YEAR_2024, "161.4 billion", EVIDENCE_US_EXPORTS,
             partner="United States"),
        fact("Germany", "exports", "growth", 2.2, "percent", YEAR_2024, "2.2", EVIDENCE_US_EXPORTS,
             partner="United States"),
        fact("Germany", "balance", "value", 70e9, "EUR", YEAR_2024, "70 billion",
             "gave Germany a €70 billion surplus with the world's biggest economy",
             partner="United States"),
        fact("Germany", "total", "rank", 2, "number", YEAR_2024, "second",
             "China, the leader in every year since 2016, dropped to second place", partner="China"),
        fact("Germany", "total", "growth", -3.1, "percent", YEAR_2024, "3.1", EVIDENCE_CHINA_TOTAL, partner="China"),
        fact("Germany", "total", "value", 246.3e9, "EUR", YEAR_2024, "246.3 billion", EVIDENCE_CHINA_TOTAL,
             partner="China"),
        fact("Germany", "exports", "growth", -7.6, "percent", YEAR_2024, "7.6", EVIDENCE_CHINA_EXPORTS, partner="China"),
        fact("Germany", "exports", "value", 90e9, "EUR", YEAR_2024, "90 billion", EVIDENCE_CHINA_EXPORTS, partner="China"),
        fact("Germany", "exports", "rank", 5, "number", YEAR_2024, "fifth-biggest", EVIDENCE_CHINA_EXPORTS,
             partner="China"),
        fact("Germany", "imports", "value", 156.3e9, "EUR", YEAR_2024, "156.3 billion",
             "Purchases from China held almost steady at €156.3 billion", partner="China"),
        fact("Germany", "imports", "rank", 1, "number", YEAR_2024, "largest",
             "China was still Germany's largest source of imported goods by a wide margin", partner="China"),
        fact("Germany", "exports", "rank", 2, "number", YEAR_2024, "second-largest", EVIDENCE_FRANCE, partner="France"),
        fact("Germany", "exports", "value", 118.6e9, "EUR", YEAR_2024, "118.6 billion", EVIDENCE_FRANCE, partner="France"),
        fact("Germany", "total", "value", 205.7e9, "EUR", YEAR_2024, "205.7 billion", EVIDENCE_NETHERLANDS,
             partner="Netherlands"),
        fact("Germany", "total", "rank", 3, "number", YEAR_2024, "third", EVIDENCE_NETHERLANDS, partner="Netherlands"),
        fact("Germany", "exports", "growth", -5.4, "percent", YEAR_2024, "5.4", EVIDENCE_CARS,
             product="cars and car parts"),
        fact("Germany", "exports", "value", 262.6e9, "EUR", YEAR_2024, "262.6 billion", EVIDENCE_CARS,
             product="cars and car parts"),
        fact("Germany", "exports", "growth", -3.9, "percent", YEAR_2024, "3.9", "exports of machinery slipped 3.9%",
             product="machinery"),
        fact("Germany", "exports", "growth", 2.9, "percent", DECEMBER, "2.9", EVIDENCE_DECEMBER_EXPORTS, basis="mom"),
        fact("Germany", "exports", "value", 131.1e9, "EUR", DECEMBER, "131.1 billion", EVIDENCE_DECEMBER_EXPORTS),
        fact("Germany", "imports", "growth", 2.1, "percent", DECEMBER, "2.1", "Imports gained 2.1% on the month",
             basis="mom"),
        fact("Germany", "balance", "value", 20.7e9, "EUR", DECEMBER, "20.7 billion",
             "the adjusted surplus stood at €20.7 billion"),
    ],
}
