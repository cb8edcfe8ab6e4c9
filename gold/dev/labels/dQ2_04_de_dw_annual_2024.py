from _fact import fact, period

YEAR_2024 = period(2024, 1, 12)
DECEMBER = period(2024, 12)

EVIDENCE_WORLD_EXPORTS = "Germany sold goods worth €1.56 trillion ($1.61 trillion) abroad last year"
EVIDENCE_WORLD_IMPORTS = "Imports declined even more sharply, by 2.8% to €1.32 trillion"
EVIDENCE_US_TOTAL = "Exports and imports between the two countries added up to €252.8 billion"
EVIDENCE_US_EXPORTS = "Goods \"made in Germany\" worth €161.4 billion went to the US, 2.2% more than a year earlier"
EVIDENCE_CHINA_TOTAL = "Trade with the People's Republic fell by 3.1% to €246.3 billion."
EVIDENCE_CHINA_EXPORTS = "Shipments to China dropped 7.6% to €90 billion, which made the country only the fifth-biggest buyer of German goods"
EVIDENCE_FRANCE = "France was again the second-largest market for German exports, taking goods worth €118.6 billion"
EVIDENCE_NETHERLANDS = "With a combined trade volume of €205.7 billion, the Netherlands ranked third among Germany's trading partners overall"
EVIDENCE_CARS = "Exports of cars and car parts fell 5.4% to €262.6 billion"
EVIDENCE_DECEMBER_EXPORTS = "exports were 2.9% higher than in November after adjustment for calendar and seasonal effects, reaching €131.1 billion"

ARTICLE = {
    "id": "dQ2_04_de_dw_annual_2024",
    "title": "US replaces China as Germany's biggest trading partner",
    "publisher": "DW",
    "published": "2025-02-07",
    "notes": [
        "The text names DW only in 'told DW'; publisher DW. The page line '02/07/2025' is DW's MM/DD/YYYY date: published 2025-02-07.",
        "Running period is calendar 2024 ('last year', 'in 2024'); the December paragraph is December 2024.",
        "'$1.61 trillion' is the export figure converted to dollars, written without 'about': a separate USD fact, qualifier exact.",
        "'That was 1.2% less than in 2023' and 'Imports declined even more sharply, by 2.8%': yoy growth, negative.",
        "Trade surplus 'widened to €241.2 billion': the level only; no prior-year surplus is given.",
        "US rank: 'the United States was Germany's largest trading partner' -> rank 1 of total trade; 'For the first time since 2015' is a streak/year, out.",
        "US surplus 'of €70 billion in its trade with the world's biggest economy': partner United States from the sentence before.",
        "China 'slipped to second place' -> total-trade rank 2; 'every year since 2016' out.",
        "'the fifth-biggest buyer of German goods' -> exports rank 5 with China; 'the largest supplier of goods to Germany' -> imports rank 1 with China.",
        "'Imports from China barely moved at €156.3 billion': value only; 'barely moved' gives no number.",
        "France 'second-largest market for German exports' -> exports rank 2; Netherlands 'ranked third among Germany's trading partners overall' -> total rank 3.",
        "Products 'cars and car parts' and 'machinery' are export figures for 2024; the machinery figure has growth only.",
        "December paragraph: calendar and seasonally adjusted figures compared with November -> basis mom; 'Imports increased by 2.1% on the month' mom.",
        "The December surplus of €20.7 billion is a level (no comparison) for December 2024.",
        "Out of scope: GDP -0.2% and -0.3%, the 0.3% growth forecast, economists' predicted 0.6% decline, the 25% tariff, jobs, years 2015/2016.",
    ],
    "facts": [
        fact("Germany", "exports", "value", 1.56e12, "EUR", YEAR_2024, "1.56 trillion", EVIDENCE_WORLD_EXPORTS),
        fact("Germany", "exports", "value", 1.61e12, "USD", YEAR_2024, "1.61 trillion", EVIDENCE_WORLD_EXPORTS),
        fact("Germany", "exports", "growth", -1.2, "percent", YEAR_2024, "1.2", "That was 1.2% less than in 2023."),
        fact("Germany", "imports", "growth", -2.8, "percent", YEAR_2024, "2.8", EVIDENCE_WORLD_IMPORTS),
        fact("Germany", "imports", "value", 1.32e12, "EUR", YEAR_2024, "1.32 trillion", EVIDENCE_WORLD_IMPORTS),
        fact("Germany", "balance", "value", 241.2e9, "EUR", YEAR_2024, "241.2 billion",
             "Germany's trade surplus widened to €241.2 billion"),
        fact("Germany", "total", "rank", 1, "number", YEAR_2024, "largest",
             "the United States was Germany's largest trading partner", partner="United States"),
        fact("Germany", "total", "value", 252.8e9, "EUR", YEAR_2024, "252.8 billion", EVIDENCE_US_TOTAL,
             partner="United States"),
        fact("Germany", "exports", "value", 161.4e9, "EUR", YEAR_2024, "161.4 billion", EVIDENCE_US_EXPORTS,
             partner="United States"),
        fact("Germany", "exports", "growth", 2.2, "percent", YEAR_2024, "2.2", EVIDENCE_US_EXPORTS,
             partner="United States"),
        fact("Germany", "balance", "value", 70e9, "EUR", YEAR_2024, "70 billion",
             "leaving Germany with a surplus of €70 billion in its trade with the world's biggest economy",
             partner="United States"),
        fact("Germany", "total", "rank", 2, "number", YEAR_2024, "second",
             "China, which had held the top position every year since 2016, slipped to second place", partner="China"),
        fact("Germany", "total", "growth", -3.1, "percent", YEAR_2024, "3.1", EVIDENCE_CHINA_TOTAL, partner="China"),
        fact("Germany", "total", "value", 246.3e9, "EUR", YEAR_2024, "246.3 billion", EVIDENCE_CHINA_TOTAL,
             partner="China"),
        fact("Germany", "exports", "growth", -7.6, "percent", YEAR_2024, "7.6", EVIDENCE_CHINA_EXPORTS, partner="China"),
        fact("Germany", "exports", "value", 90e9, "EUR", YEAR_2024, "90 billion", EVIDENCE_CHINA_EXPORTS, partner="China"),
        fact("Germany", "exports", "rank", 5, "number", YEAR_2024, "fifth-biggest", EVIDENCE_CHINA_EXPORTS,
             partner="China"),
        fact("Germany", "imports", "value", 156.3e9, "EUR", YEAR_2024, "156.3 billion",
             "Imports from China barely moved at €156.3 billion", partner="China"),
        fact("Germany", "imports", "rank", 1, "number", YEAR_2024, "largest",
             "China remained by far the largest supplier of goods to Germany", partner="China"),
        fact("Germany", "exports", "rank", 2, "number", YEAR_2024, "second-largest", EVIDENCE_FRANCE, partner="France"),
        fact("Germany", "exports", "value", 118.6e9, "EUR", YEAR_2024, "118.6 billion", EVIDENCE_FRANCE, partner="France"),
        fact("Germany", "total", "value", 205.7e9, "EUR", YEAR_2024, "205.7 billion", EVIDENCE_NETHERLANDS,
             partner="Netherlands"),
        fact("Germany", "total", "rank", 3, "number", YEAR_2024, "third", EVIDENCE_NETHERLANDS, partner="Netherlands"),
        fact("Germany", "exports", "growth", -5.4, "percent", YEAR_2024, "5.4", EVIDENCE_CARS,
             product="cars and car parts"),
        fact("Germany", "exports", "value", 262.6e9, "EUR", YEAR_2024, "262.6 billion", EVIDENCE_CARS,
             product="cars and car parts"),
        fact("Germany", "exports", "growth", -3.9, "percent", YEAR_2024, "3.9", "machinery exports were down 3.9%",
             product="machinery"),
        fact("Germany", "exports", "growth", 2.9, "percent", DECEMBER, "2.9", EVIDENCE_DECEMBER_EXPORTS, basis="mom"),
        fact("Germany", "exports", "value", 131.1e9, "EUR", DECEMBER, "131.1 billion", EVIDENCE_DECEMBER_EXPORTS),
        fact("Germany", "imports", "growth", 2.1, "percent", DECEMBER, "2.1", "Imports increased by 2.1% on the month",
             basis="mom"),
        fact("Germany", "balance", "value", 20.7e9, "EUR", DECEMBER, "20.7 billion",
             "the adjusted trade surplus came to €20.7 billion"),
    ],
}
