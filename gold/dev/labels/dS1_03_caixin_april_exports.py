from _fact import fact, period

APRIL = period(2025, 4)
MARCH = period(2025, 3)
FOUR_MONTHS = period(2025, 1, 4)

EVIDENCE_EXPORTS = "Outbound shipments rose 8.1% from a year earlier to $315.69 billion in April"
EVIDENCE_IMPORTS = "Imports dipped 0.2% to $219.51 billion"
EVIDENCE_YTD_EXPORTS = "For the first four months, exports grew 6.4% to $1.19 trillion"
EVIDENCE_YTD_IMPORTS = "imports fell 5.3% to $820.8 billion"
EVIDENCE_US = "Exports to the U.S. tumbled 21% to $33 billion in April"
EVIDENCE_RUSSIA = (
    "Exports to Russia slipped 3.4% to $8.1 billion last month and were down 6.9% for the first four months"
)
EVIDENCE_EU = "exports to the European Union increased 8.3% to $45.7 billion"
EVIDENCE_CHIPS = (
    "Imports of integrated circuits, China's biggest import item by value, rose 10.3% year-on-year to "
    "$33.6 billion in April"
)
EVIDENCE_RARE_EARTHS = "Rare-earth exports fell to 4,785 tonnes in April, down 15.6% from March"
EVIDENCE_CARS = "China shipped 572,000 vehicles abroad in April, 13.5% more than a year earlier"

CHIPS = "integrated circuits"
RARE_EARTHS = "rare earths"
CARS = "cars"

ARTICLE = {
    "id": "dS1_03_caixin_april_exports",
    "title": "China's April Exports Beat Forecasts as Southeast Asia Absorbs Goods Shut Out of U.S.",
    "publisher": "Caixin Global",
    "published": "2025-05-09",
    "notes": [
        "No year in the text: 'April', 'last month' and 'the first four months' take 2025 from published 2025-05-09.",
        "DIGEST HUB bullets restate body figures (exports 8.1 and 315.69bn, imports -0.2, U.S. -21, ASEAN 20.8, "
        "rare earths -15.6): each observation labelled once, with the body sentence as evidence.",
        "'slower than March's 12.4% growth': March export growth is its own observation, period 2025-03.",
        "'Compared with March, exports edged up just 0.6%': month-on-month growth, basis mom.",
        "Rare earths 'down 15.6% from March': basis mom, period April; tonnes are quantity facts, product 'rare earths'.",
        "Cars: 572,000 vehicles (April) and 1.95 million units (January-April) are quantities in number; "
        "'13.5% more than a year earlier' is yoy growth of the unit count, stated alone, so in scope.",
        "Chip imports: 'Imports of integrated circuits' and the later 'Chip imports' are one product, labelled "
        "'integrated circuits' for April and for the four months.",
        "'China's trade surplus with the U.S. shrank to $20.5 billion': balance with partner United States, positive.",
        "Russia: April value and growth, plus four-month growth 'down 6.9%' (no four-month value given).",
        "Out: the 2% median forecast, tariff rates (145%, 125%), '10 ASEAN members', 'seven medium and heavy rare "
        "earths', the April 4 date, the 1% full-year forecast, Q1 GDP growth of 5.4% and net exports' share of it.",
        "Consistency: 315.69 - 219.51 = 96.18; 1,190.1 - 820.8 = 369.3 (four-month surplus).",
    ],
    "facts": [
        fact("China", "exports", "growth", 8.1, "percent", APRIL, "8.1", EVIDENCE_EXPORTS),
        fact("China", "exports", "value", 315.69e9, "USD", APRIL, "315.69 billion", EVIDENCE_EXPORTS),
        fact("China", "exports", "growth", 12.4, "percent", MARCH, "12.4", "That was slower than March's 12.4% growth"),
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
            "leaving a monthly trade surplus of $96.18 billion",
        ),
        fact(
            "China",
            "exports",
            "growth",
            0.6,
            "percent",
            APRIL,
            "0.6",
            "Compared with March, exports edged up just 0.6%",
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
            "The cumulative surplus reached $369.3 billion",
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
            "China's trade surplus with the U.S. shrank to $20.5 billion",
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
            "Shipments to the 10 ASEAN members, in contrast, surged 20.8%",
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
            "Chip imports totaled $124.8 billion over the four months",
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
            "Cumulative shipments in January through April came to 20,827 tonnes",
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
            "bringing the four-month total to 1.95 million units",
            product=CARS,
        ),
    ],
}
