from _fact import fact, period

Y2025 = period(2025, 1, 12)        # "last year" from 2026-01-01
Y2024 = period(2024, 1, 12)
DEC = period(2025, 12)             # December 2025 ("last month")

KR = "South Korea"
US = "United States"

EXP = "Exports for 2025 totaled $709.7 billion, a 3.8 percent on-year increase"
IMP = "imports slipping 0.1 percent to $631.7 billion"
BAL = "the trade surplus widened to $78 billion from $51.8 billion in 2024, the largest since 2017"
CHIPS = "chip exports hit a record $173.4 billion, up 22.2 percent, and accounted for 24.4 percent of everything the country shipped abroad"
CARS = "Shipments of cars reached a record $72 billion, up 1.7 percent"
SHIPS = "overseas sales of ships totaled $32.1 billion, 25.7 percent more than a year earlier"
CN_RANK = "China, Korea's largest trading partner"
CN = "shipments to China, Korea's largest trading partner, declined 1.7 percent to $130.9 billion"
US_Y = "US-bound exports decreased 3.8 percent to $122.9 billion"
RESP = "Sales to the European Union and the Association of Southeast Asian Nations advanced 4.0 percent and 8.3 percent, respectively"
DEC_EXP = "December exports alone reached $69.6 billion, a monthly record, after a 13.4 percent rise from a year earlier"
DEC_IMP = "Inbound shipments were up 4.6 percent at $57.4 billion"
DEC_BAL = "leaving a December trade surplus of $12.2 billion"
DEC_CHIPS = "Last month chip exports jumped 43.2 percent to $20.8 billion"
DEC_CARS = "car exports slid 1.5 percent"
DEC_PARTNERS = "December shipments to China increased 10.1 percent, and US-bound exports gained 3.8 percent"

ARTICLE = {
    "id": "dAK2_03_korea_exports_dec_2025",
    "title": "AI chip boom lifts Korean exports above $700b for the first time",
    "publisher": "The Korea Herald",
    "published": "2026-01-01",
    "notes": [
        "Published Thursday 2026-01-01: 'last year' is 2025 and 'last month' is December 2025; 'this year' (the ministry's goal) is 2026.",
        "The text does not name its outlet; publisher is the assigned outlet, The Korea Herald (by the guide's letter it would be null).",
        "'above $700 billion' (lead and headline) and 'pass that level' are the threshold for the exact $709.7 billion: only the exact figure is labelled.",
        "'only the sixth country ever to pass that level' is a milestone, not a rank: out of scope.",
        "'from $51.8 billion in 2024' is the 2024 surplus; 'the largest since 2017' is out of scope.",
        "Product names follow the text: 'chip' exports (semiconductors), shipments of 'cars', sales of 'ships'.",
        "'US-bound exports' names the flow itself; 'respectively' pairs the European Union with 4.0 and ASEAN with 8.3.",
        "'Korea's largest trading partner' is a total-trade rank 1 for China in 2025.",
        "'Adjusted for the number of working days, average daily exports grew 8.7 percent' is a per-working-day average: out of scope.",
        "December partner growth (China 10.1, US 3.8) is yoy by default; 3.8 also appears as full-year total export growth (+) and as the full-year fall in exports to the US (-3.8): three distinct facts.",
        "Out of scope: 'a 10th consecutive monthly gain', 'rising for a second month in a row', the 15 percent US tariff, the $720 billion goal for 2026, the base rate 2.50 percent, won rates 1,440 and 1,470, and years. The economist and brokerage are fictional.",
    ],
    "facts": [
        fact(KR, "exports", "value", 709.7e9, "USD", Y2025, "709.7 billion", EXP),
        fact(KR, "exports", "growth", 3.8, "percent", Y2025, "3.8", EXP),
        fact(KR, "imports", "growth", -0.1, "percent", Y2025, "0.1", IMP),
        fact(KR, "imports", "value", 631.7e9, "USD", Y2025, "631.7 billion", IMP),
        fact(KR, "balance", "value", 78e9, "USD", Y2025, "78 billion", BAL),
        fact(KR, "balance", "value", 51.8e9, "USD", Y2024, "51.8 billion", BAL),
        fact(KR, "exports", "growth", 22.2, "percent", Y2025, "22.2", CHIPS, product="chips"),
        fact(KR, "exports", "value", 173.4e9, "USD", Y2025, "173.4 billion", CHIPS, product="chips"),
        fact(KR, "exports", "share", 24.4, "percent", Y2025, "24.4", CHIPS, product="chips"),
        fact(KR, "exports", "growth", 1.7, "percent", Y2025, "1.7", CARS, product="cars"),
        fact(KR, "exports", "value", 72e9, "USD", Y2025, "72 billion", CARS, product="cars"),
        fact(KR, "exports", "growth", 25.7, "percent", Y2025, "25.7", SHIPS, product="ships"),
        fact(KR, "exports", "value", 32.1e9, "USD", Y2025, "32.1 billion", SHIPS, product="ships"),
        fact(KR, "total", "rank", 1, "number", Y2025, "largest", CN_RANK, partner="China"),
        fact(KR, "exports", "growth", -1.7, "percent", Y2025, "1.7", CN, partner="China"),
        fact(KR, "exports", "value", 130.9e9, "USD", Y2025, "130.9 billion", CN, partner="China"),
        fact(KR, "exports", "growth", -3.8, "percent", Y2025, "3.8", US_Y, partner=US),
        fact(KR, "exports", "value", 122.9e9, "USD", Y2025, "122.9 billion", US_Y, partner=US),
        fact(KR, "exports", "growth", 8.3, "percent", Y2025, "8.3", RESP, partner="ASEAN"),
        fact(KR, "exports", "growth", 4.0, "percent", Y2025, "4.0", RESP, partner="European Union"),
        fact(KR, "exports", "growth", 13.4, "percent", DEC, "13.4", DEC_EXP),
        fact(KR, "exports", "value", 69.6e9, "USD", DEC, "69.6 billion", DEC_EXP),
        fact(KR, "imports", "growth", 4.6, "percent", DEC, "4.6", DEC_IMP),
        fact(KR, "imports", "value", 57.4e9, "USD", DEC, "57.4 billion", DEC_IMP),
        fact(KR, "balance", "value", 12.2e9, "USD", DEC, "12.2 billion", DEC_BAL),
        fact(KR, "exports", "growth", 43.2, "percent", DEC, "43.2", DEC_CHIPS, product="chips"),
        fact(KR, "exports", "value", 20.8e9, "USD", DEC, "20.8 billion", DEC_CHIPS, product="chips"),
        fact(KR, "exports", "growth", -1.5, "percent", DEC, "1.5", DEC_CARS, product="cars"),
        fact(KR, "exports", "growth", 10.1, "percent", DEC, "10.1", DEC_PARTNERS, partner="China"),
        fact(KR, "exports", "growth", 3.8, "percent", DEC, "3.8", DEC_PARTNERS, partner=US),
    ],
}
