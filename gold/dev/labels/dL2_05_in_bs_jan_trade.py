from _fact import fact, period

JANUARY_2025 = period(2025, 1)
JANUARY_2024 = period(2024, 1)
APRIL_TO_JANUARY = {"start": "2024-04", "end": "2025-01"}
AREA = "India"
EVIDENCE_EXPORTS = "with a 2.4 per cent drop to $36.43 billion, against $37.32 billion a year earlier"
EVIDENCE_IMPORTS = "Merchandise imports, by contrast, climbed 10.3 per cent to $59.42 billion"
EVIDENCE_DEFICIT = "widening the goods trade deficit to $22.99 billion from $16.55 billion in January last year"
EVIDENCE_GOLD = "gold imports dropping 40.8 per cent to $2.68 billion"
EVIDENCE_CUMULATIVE_EXPORTS = "merchandise exports were up 1.4 per cent at $358.91 billion"
EVIDENCE_CUMULATIVE_IMPORTS = "imports increased 7.4 per cent to $601.93 billion"

ARTICLE = {
    "id": "dL2_05_in_bs_jan_trade",
    "title": "India's goods trade deficit swells to $22.99 bn in Jan; imports up 10.3%, exports lower",
    "publisher": "Business Standard",
    "published": "2025-02-17",
    "notes": [
        "Business Standard is named in the body ('told Business Standard'); the date line 'Feb 17 2025' gives the year.",
        "Headline and deck restate body figures ($22.99 bn, 10.3%, Rs 3.15 lakh crore): each labelled once; the rupee value only appears in the deck, so the deck is its evidence.",
        "'Merchandise'/'goods' exports, imports and deficit are the headline series: product null (goods are the guide's default series); services figures carry product 'services', the overall figure 'goods and services'.",
        "'$37.32 billion a year earlier' and '$16.55 billion in January last year' are January 2024 observations.",
        "April-January of FY25 spans two calendar years: period 2024-04/2025-01, written as a dict because period() takes one year.",
        "Services values are 'estimated'/'put at': not an approximation word of the guide, qualifier exact.",
        "Out of scope: 'third consecutive month' (streak), the $800 billion target, freight rates 30 per cent above pre-crisis levels, the rupee's 87.95 record low.",
    ],
    "facts": [
        fact(AREA, "exports", "growth", -2.4, "percent", JANUARY_2025, "2.4", EVIDENCE_EXPORTS),
        fact(AREA, "exports", "value", 36.43e9, "USD", JANUARY_2025, "36.43 billion", EVIDENCE_EXPORTS),
        fact(AREA, "exports", "value", 37.32e9, "USD", JANUARY_2024, "37.32 billion", EVIDENCE_EXPORTS),
        fact(AREA, "exports", "value", 3.15e12, "INR", JANUARY_2025, "3.15 lakh crore",
             "In rupee terms, January's goods exports stood at Rs 3.15 lakh crore"),
        fact(AREA, "imports", "growth", 10.3, "percent", JANUARY_2025, "10.3", EVIDENCE_IMPORTS),
        fact(AREA, "imports", "value", 59.42e9, "USD", JANUARY_2025, "59.42 billion", EVIDENCE_IMPORTS),
        fact(AREA, "balance", "value", -22.99e9, "USD", JANUARY_2025, "22.99 billion", EVIDENCE_DEFICIT),
        fact(AREA, "balance", "value", -16.55e9, "USD", JANUARY_2024, "16.55 billion", EVIDENCE_DEFICIT),
        fact(AREA, "imports", "growth", -40.8, "percent", JANUARY_2025, "40.8", EVIDENCE_GOLD, product="gold"),
        fact(AREA, "imports", "value", 2.68e9, "USD", JANUARY_2025, "2.68 billion", EVIDENCE_GOLD, product="gold"),
        fact(AREA, "exports", "value", 38.55e9, "USD", JANUARY_2025, "38.55 billion",
             "January's services exports are estimated at $38.55 billion", product="services"),
        fact(AREA, "imports", "value", 18.22e9, "USD", JANUARY_2025, "18.22 billion",
             "services imports put at $18.22 billion", product="services"),
        fact(AREA, "exports", "value", 74.98e9, "USD", JANUARY_2025, "74.98 billion",
             "Combining goods and services, India's total exports for the month are estimated at $74.98 billion", product="goods and services"),
        fact(AREA, "exports", "growth", 1.4, "percent", APRIL_TO_JANUARY, "1.4", EVIDENCE_CUMULATIVE_EXPORTS),
        fact(AREA, "exports", "value", 358.91e9, "USD", APRIL_TO_JANUARY, "358.91 billion", EVIDENCE_CUMULATIVE_EXPORTS),
        fact(AREA, "imports", "growth", 7.4, "percent", APRIL_TO_JANUARY, "7.4", EVIDENCE_CUMULATIVE_IMPORTS),
        fact(AREA, "imports", "value", 601.93e9, "USD", APRIL_TO_JANUARY, "601.93 billion", EVIDENCE_CUMULATIVE_IMPORTS),
        fact(AREA, "balance", "value", -243.02e9, "USD", APRIL_TO_JANUARY, "243.02 billion",
             "lifting the cumulative deficit on goods trade to $243.02 billion"),
    ],
}
