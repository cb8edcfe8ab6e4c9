from _fact import fact, period

FIRST_HALF = period(2024, 1, 6)
JUNE = period(2024, 6)
AREA = "South Korea"
EVIDENCE_IMPORTS_BALANCE = "Imports dropped 6.2 percent on-year to $312.4 billion, so the country ran a trade surplus of $23.7 billion"
EVIDENCE_CHIPS = "Exports of chips jumped 51.8 percent on-year to $70.1 billion"
EVIDENCE_CARS = "Car exports rose a modest 2.4 percent to $37.2 billion"
EVIDENCE_US = "shipments to the US grew 18.6 percent on-year to $63.8 billion"
EVIDENCE_CHINA = "Exports to China increased 6.8 percent to $63.3 billion"
EVIDENCE_JUNE = "For June on its own, exports grew 5.3 percent on-year to $57.1 billion"

ARTICLE = {
    "id": "dL2_03_kr_herald_h1_2024",
    "title": "Chip recovery lifts Korea's exports 8.9% in first half",
    "publisher": "Korea Herald",
    "published": "2024-07-01",
    "notes": [
        "Publisher: the byline names 'The Korea Herald'; written 'Korea Herald'.",
        "The text gives the year in the 'Published : July 1, 2024' line; 'first six months of this year' and 'January-June stretch' are 2024-01/2024-06.",
        "Headline 8.9% restates the body: labelled once with the body sentence.",
        "The share 'they made up 20.9 percent of all Korean exports' belongs to chip exports: product semiconductors.",
        "Product names in the text's words: 'Exports of chips' labelled as product 'chips'; 'Car exports' as 'cars'.",
        "'which left the US as Korea's largest export destination in the first half': rank 1 of exports, partner United States.",
        "Out of scope: 'since 2018', 'a first in 21 years', 'ninth straight monthly increase', average daily exports ($2.62 billion, a per-working-day average), the $700 billion annual target, 'a record for any six-month period' (milestone).",
    ],
    "facts": [
        fact(AREA, "exports", "growth", 8.9, "percent", FIRST_HALF, "8.9",
             "South Korea's exports in the first six months of this year rose 8.9 percent on-year"),
        fact(AREA, "exports", "value", 336.1e9, "USD", FIRST_HALF, "336.1 billion",
             "Exports amounted to $336.1 billion over the January-June stretch"),
        fact(AREA, "imports", "growth", -6.2, "percent", FIRST_HALF, "6.2", EVIDENCE_IMPORTS_BALANCE),
        fact(AREA, "imports", "value", 312.4e9, "USD", FIRST_HALF, "312.4 billion", EVIDENCE_IMPORTS_BALANCE),
        fact(AREA, "balance", "value", 23.7e9, "USD", FIRST_HALF, "23.7 billion", EVIDENCE_IMPORTS_BALANCE),
        fact(AREA, "exports", "growth", 51.8, "percent", FIRST_HALF, "51.8", EVIDENCE_CHIPS, product="chips"),
        fact(AREA, "exports", "value", 70.1e9, "USD", FIRST_HALF, "70.1 billion", EVIDENCE_CHIPS, product="chips"),
        fact(AREA, "exports", "share", 20.9, "percent", FIRST_HALF, "20.9",
             "they made up 20.9 percent of all Korean exports", product="chips"),
        fact(AREA, "exports", "growth", 2.4, "percent", FIRST_HALF, "2.4", EVIDENCE_CARS, product="cars"),
        fact(AREA, "exports", "value", 37.2e9, "USD", FIRST_HALF, "37.2 billion", EVIDENCE_CARS, product="cars"),
        fact(AREA, "exports", "growth", 18.6, "percent", FIRST_HALF, "18.6", EVIDENCE_US, partner="United States"),
        fact(AREA, "exports", "value", 63.8e9, "USD", FIRST_HALF, "63.8 billion", EVIDENCE_US, partner="United States"),
        fact(AREA, "exports", "rank", 1, "number", FIRST_HALF, "largest",
             "which left the US as Korea's largest export destination in the first half", partner="United States"),
        fact(AREA, "exports", "growth", 6.8, "percent", FIRST_HALF, "6.8", EVIDENCE_CHINA, partner="China"),
        fact(AREA, "exports", "value", 63.3e9, "USD", FIRST_HALF, "63.3 billion", EVIDENCE_CHINA, partner="China"),
        fact(AREA, "exports", "growth", 5.3, "percent", JUNE, "5.3", EVIDENCE_JUNE),
        fact(AREA, "exports", "value", 57.1e9, "USD", JUNE, "57.1 billion", EVIDENCE_JUNE),
        fact(AREA, "balance", "value", 8.2e9, "USD", JUNE, "8.2 billion", "the trade surplus for the month was $8.2 billion"),
    ],
}
