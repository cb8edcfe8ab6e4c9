from _fact import fact, period

FIRST_HALF = period(2024, 1, 6)
JUNE = period(2024, 6)
AREA = "South Korea"
EVIDENCE_IMPORTS_BALANCE = "Imports fell 6.2 percent on-year to $312.4 billion, leaving a trade surplus of $23.7 billion"
EVIDENCE_CHIPS = "Chip exports soared 51.8 percent on-year to $70.1 billion"
EVIDENCE_CARS = "Car exports edged up 2.4 percent to $37.2 billion"
EVIDENCE_US = "exports to the US rose 18.6 percent on-year to $63.8 billion"
EVIDENCE_CHINA = "Shipments to China gained 6.8 percent to $63.3 billion"
EVIDENCE_JUNE = "In June alone, exports rose 5.3 percent on-year to $57.1 billion"

ARTICLE = {
    "id": "dL2_03_kr_herald_h1_2024",
    "title": "Korea's first-half exports rise 8.9% on chip rebound",
    "publisher": "Korea Herald",
    "published": "2024-07-01",
    "notes": [
        "Publisher: the byline names 'The Korea Herald'; written 'Korea Herald'.",
        "The text gives the year in the 'Published : July 1, 2024' line; 'first half of this year' and 'January-June period' are 2024-01/2024-06.",
        "Headline 8.9% restates the body: labelled once with the body sentence.",
        "The share 'accounting for 20.9 percent of the country's total exports' belongs to chip exports: product semiconductors.",
        "Product names in the text's words: 'Chip exports' labelled as product 'chips'; 'Car exports' as 'cars'.",
        "'making the US Korea's largest export market in the first half': rank 1 of exports, partner United States.",
        "Out of scope: 'since 2018', 'for the first time in 21 years', 'ninth consecutive month', average daily exports ($2.62 billion, a per-working-day average), the $700 billion annual target, 'a record for a half-year period' (milestone).",
    ],
    "facts": [
        fact(AREA, "exports", "growth", 8.9, "percent", FIRST_HALF, "8.9",
             "South Korea's exports climbed 8.9 percent on-year in the first half of this year"),
        fact(AREA, "exports", "value", 336.1e9, "USD", FIRST_HALF, "336.1 billion",
             "Outbound shipments reached $336.1 billion in the January-June period"),
        fact(AREA, "imports", "growth", -6.2, "percent", FIRST_HALF, "6.2", EVIDENCE_IMPORTS_BALANCE),
        fact(AREA, "imports", "value", 312.4e9, "USD", FIRST_HALF, "312.4 billion", EVIDENCE_IMPORTS_BALANCE),
        fact(AREA, "balance", "value", 23.7e9, "USD", FIRST_HALF, "23.7 billion", EVIDENCE_IMPORTS_BALANCE),
        fact(AREA, "exports", "growth", 51.8, "percent", FIRST_HALF, "51.8", EVIDENCE_CHIPS, product="chips"),
        fact(AREA, "exports", "value", 70.1e9, "USD", FIRST_HALF, "70.1 billion", EVIDENCE_CHIPS, product="chips"),
        fact(AREA, "exports", "share", 20.9, "percent", FIRST_HALF, "20.9",
             "accounting for 20.9 percent of the country's total exports", product="chips"),
        fact(AREA, "exports", "growth", 2.4, "percent", FIRST_HALF, "2.4", EVIDENCE_CARS, product="cars"),
        fact(AREA, "exports", "value", 37.2e9, "USD", FIRST_HALF, "37.2 billion", EVIDENCE_CARS, product="cars"),
        fact(AREA, "exports", "growth", 18.6, "percent", FIRST_HALF, "18.6", EVIDENCE_US, partner="United States"),
        fact(AREA, "exports", "value", 63.8e9, "USD", FIRST_HALF, "63.8 billion", EVIDENCE_US, partner="United States"),
        fact(AREA, "exports", "rank", 1, "number", FIRST_HALF, "largest",
             "making the US Korea's largest export market in the first half", partner="United States"),
        fact(AREA, "exports", "growth", 6.8, "percent", FIRST_HALF, "6.8", EVIDENCE_CHINA, partner="China"),
        fact(AREA, "exports", "value", 63.3e9, "USD", FIRST_HALF, "63.3 billion", EVIDENCE_CHINA, partner="China"),
        fact(AREA, "exports", "growth", 5.3, "percent", JUNE, "5.3", EVIDENCE_JUNE),
        fact(AREA, "exports", "value", 57.1e9, "USD", JUNE, "57.1 billion", EVIDENCE_JUNE),
        fact(AREA, "balance", "value", 8.2e9, "USD", JUNE, "8.2 billion", "the monthly trade surplus came to $8.2 billion"),
    ],
}
