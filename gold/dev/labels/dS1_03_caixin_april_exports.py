from _fact import fact, period

APRIL = period(2025, 4)
MARCH = period(2025, 3)
FOUR_MONTHS = period(2025, 1, 4)

EVIDENCE_EXPORTS = 'April exports at $315.69 billion, 8.1% higher than a year before'
EVIDENCE_IMPORTS = 'Imports came in at $219.51 billion, a 0.2% decline'
EVIDENCE_YTD_EXPORTS = 'January-April exports were up 6.4% at $1.19 trillion'
EVIDENCE_YTD_IMPORTS = 'imports were down 5.3% at $820.8 billion'
EVIDENCE_US = 'April sales to the U.S. sank 21% to $33 billion'
EVIDENCE_RUSSIA = 'Sales to Russia declined 3.4% to $8.1 billion in April and were 6.9% lower over January-April'
EVIDENCE_EU = 'exports to the European Union up 8.3% to $45.7 billion'
EVIDENCE_CHIPS = 'China spent $33.6 billion importing integrated circuits, its largest import by value, 10.3% more than a year earlier'
EVIDENCE_RARE_EARTHS = 'April rare-earth exports dropped to 4,785 tonnes, 15.6% less than in March'
EVIDENCE_CARS = '572,000 cars left China in April, a 13.5% increase from a year before'

CHIPS = "integrated circuits"
RARE_EARTHS = "rare earths"
CARS = "cars"

ARTICLE = {
    "id": "dS1_03_caixin_april_exports",
    "title": "Shipments Diverted to Southeast Asia Lift China's April Exports Past Forecasts",
    "publisher": "Caixin Global",
    "published": "2025-05-09",
    "notes": [
        "No year in the text: 'April', 'last month' and 'January-April' take 2025 from published 2025-05-09.",
        "DIGEST HUB bullets restate body figures (exports 8.1 and 315.69bn, imports -0.2, U.S. -21, ASEAN 20.8, "
        "rare earths -15.6): each observation labelled once, with the body sentence as evidence.",
        "'a softer pace than the 12.4% growth posted in March': March export growth is its own observation, period 2025-03.",
        "'On a month-on-month basis, exports rose a mere 0.6%': month-on-month growth, basis mom.",
        "Rare earths '15.6% less than in March': basis mom, period April; tonnes are quantity facts, product 'rare earths'.",
        "Cars: 572,000 vehicles (April) and 1.95 million units (January-April) are quantities in number; "
        "'a 13.5% increase from a year before' is yoy growth of the unit count, stated alone, so in scope.",
        "Chip imports: 'importing integrated circuits' and the later 'chip imports' are one product, labelled "
        "'integrated circuits' for April and for the four months.",
        "'cutting China's surplus with the U.S. to $20.5 billion': balance with partner United States, positive.",
        "Russia: April value and growth, plus four-month growth '6.9% lower' (no four-month value given).",
        "Out: the 2% median forecast, tariff rates (145%, 125%), '10 ASEAN members', 'seven medium and heavy rare "
        "earths', the April 4 date, the 1% full-year forecast, Q1 GDP growth of 5.4% and net exports' share of it.",
        "Consistency: 315.69 - 219.51 = 96.18; 1,190.1 - 820.8 = 369.3 (four-month surplus).",
    ],
    "facts": [
        fact("China", "exports", "growth", 8.1, "percent", APRIL, "8.1", EVIDENCE_EXPORTS),
        fact("China", "exports", "value", 315.69e9, "USD", APRIL, "315.69 billion", EVIDENCE_EXPORTS),
        fact("China", "exports", "growth", 12.4, "percent", MARCH, "12.4", "a softer pace than the 12.4% growth posted in March"),
        fact("China", "imports", "growth", -0.2, "percent", APRIL, "0.2", EVIDENCE_IMPORTS),
        fact("China", "imports", "value", 219.51e9, "USD", APRIL, "219.51 billion", EVIDENCE_IMPORTS),
        fact(
            "China",
            "balance",
            "value",
            96.18e9,
            "USD",
            APRIL,
            "96.18 billion",
            "producing a trade surplus for the month of $96.18 billion",
        ),
        fact(
            "China",
            "exports",
            "growth",
            0.6,
            "percent",
            APRIL,
            "0.6",
            "On a month-on-month basis, exports rose a mere 0.6%",
            basis="mom",
        ),
        fact("China", "exports", "growth", 6.4, "percent", FOUR_MONTHS, "6.4", EVIDENCE_YTD_EXPORTS),
        fact("China", "exports", "value", 1.19e12, "USD", FOUR_MONTHS, "1.19 trillion", EVIDENCE_YTD_EXPORTS),
        fact("China", "imports", "growth", -5.3, "percent", FOUR_MONTHS, "5.3", EVIDENCE_YTD_IMPORTS),
        fact("China", "imports", "value", 820.8e9, "USD", FOUR_MONTHS, "820.8 billion", EVIDENCE_YTD_IMPORTS),
        fact(
            "China",
            "balance",
            "value",
            369.3e9,
            "USD",
            FOUR_MONTHS,
            "369.3 billion",
            "That put the surplus for the period at $369.3 billion",
        ),
        fact("China", "exports", "growth", -21, "percent", APRIL, "21", EVIDENCE_US, partner="United States"),
        fact("China", "exports", "value", 33e9, "USD", APRIL, "33 billion", EVIDENCE_US, partner="United States"),
        fact(
            "China",
            "balance",
            "value",
            20.5e9,
            "USD",
            APRIL,
            "20.5 billion",
            "cutting China's surplus with the U.S. to $20.5 billion",
            partner="United States",
        ),
        fact(
            "China",
            "exports",
            "growth",
            20.8,
            "percent",
            APRIL,
            "20.8",
            "By contrast, exports to the 10 ASEAN members soared 20.8%",
            partner="ASEAN",
        ),
        fact("China", "exports", "growth", -3.4, "percent", APRIL, "3.4", EVIDENCE_RUSSIA, partner="Russia"),
        fact("China", "exports", "value", 8.1e9, "USD", APRIL, "8.1 billion", EVIDENCE_RUSSIA, partner="Russia"),
        fact("China", "exports", "growth", -6.9, "percent", FOUR_MONTHS, "6.9", EVIDENCE_RUSSIA, partner="Russia"),
        fact("China", "exports", "growth", 8.3, "percent", APRIL, "8.3", EVIDENCE_EU, partner="European Union"),
        fact("China", "exports", "value", 45.7e9, "USD", APRIL, "45.7 billion", EVIDENCE_EU, partner="European Union"),
        fact("China", "imports", "growth", 10.3, "percent", APRIL, "10.3", EVIDENCE_CHIPS, product=CHIPS),
        fact("China", "imports", "value", 33.6e9, "USD", APRIL, "33.6 billion", EVIDENCE_CHIPS, product=CHIPS),
        fact(
            "China",
            "imports",
            "value",
            124.8e9,
            "USD",
            FOUR_MONTHS,
            "124.8 billion",
            "For January-April, chip imports came to $124.8 billion",
            product=CHIPS,
        ),
        fact("China", "exports", "quantity", 4785, "tonnes", APRIL, "4,785", EVIDENCE_RARE_EARTHS, product=RARE_EARTHS),
        fact(
            "China",
            "exports",
            "growth",
            -15.6,
            "percent",
            APRIL,
            "15.6",
            EVIDENCE_RARE_EARTHS,
            product=RARE_EARTHS,
            basis="mom",
        ),
        fact(
            "China",
            "exports",
            "quantity",
            20827,
            "tonnes",
            FOUR_MONTHS,
            "20,827",
            "Customs data showed 20,827 tonnes were shipped over January-April",
            product=RARE_EARTHS,
        ),
        fact("China", "exports", "quantity", 572000, "number", APRIL, "572,000", EVIDENCE_CARS, product=CARS),
        fact("China", "exports", "growth", 13.5, "percent", APRIL, "13.5", EVIDENCE_CARS, product=CARS),
        fact(
            "China",
            "exports",
            "quantity",
            1.95e6,
            "number",
            FOUR_MONTHS,
            "1.95 million",
            "lifting the January-April tally to 1.95 million units",
            product=CARS,
        ),
    ],
}
