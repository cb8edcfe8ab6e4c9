from _fact import fact, period

YEAR = period(2025, 1, 12)
YEAR_2024 = period(2024, 1, 12)
DECEMBER = period(2025, 12)
DECEMBER_2024 = period(2024, 12)
KR = "South Korea"
US = "United States"

ANNUAL_EXPORTS = (
    "last year's exports at $709.7 billion, a 3.8 percent increase from a year earlier that beat the 2024 record of "
    "$683.8 billion"
)
ANNUAL_IMPORTS = (
    "With imports edging down 0.2 percent on-year to $631.9 billion, the country posted a $77.8 billion trade surplus"
)
CHIPS = (
    "chip exports surged 22.2 percent to an all-time high of $173.4 billion and made up 24.4 percent of all the "
    "country's outbound shipments"
)
AUTOS = "Automobile exports rose 1.7 percent to $72 billion"
SHIPS = "Exports of ships soared 24.5 percent to $31.9 billion"
PETRO_STEEL = (
    "petrochemical products and steel saw exports decline by 11.2 percent and 8.6 percent, respectively"
)
CHINA = "exports to China, which is South Korea's top trading partner, eased 1.7 percent to $130.7 billion"
USA = "exports to the United States fell 3.6 percent to $122.9 billion"
DEC_EXPORTS = (
    "In the month of December, exports climbed 13.4 percent on-year to $69.6 billion from $61.38 billion a year earlier"
)
DEC_IMPORTS = (
    "December imports increased 4.6 percent to $57.4 billion, so the month's trade surplus came to $12.2 billion"
)
DEC_CHIPS = "Semiconductor exports soared 43.2 percent in December"
DEC_CARS = "Car shipments, by contrast, fell 1.5 percent"
DEC_PARTNERS = "Shipments to China and the U.S. in December rose 10.1 percent and 3.8 percent, respectively"

ARTICLE = {
    "id": "dZ2_03_yonhap_korea_dec_2025_annual",
    "title": "(LEAD) Record chip sales push S. Korea's 2025 exports past US$700 bln for 1st time",
    "publisher": "Yonhap",
    "published": "2026-01-01",
    "notes": [
        "Dateline 'Jan. 1' without a year; the publication date is 2026-01-01 (a Thursday). 'last year' is 2025 "
        "(2025-01..2025-12); 'December' and 'the month' are December 2025.",
        "Growth rates are yoy throughout ('on-year', 'from a year earlier'); none is month-on-month.",
        "'surpassed US$700 billion' is a threshold for the same observation as the exact '$709.7 billion': the exact "
        "figure only. 'the sixth nation worldwide whose annual exports have exceeded $700 billion' is a milestone (not a rank of a flow): "
        "out.",
        "'the 2024 record of $683.8 billion' is a stated observation of 2024 exports: labelled with period "
        "2024-01..2024-12. Likewise 'from $61.38 billion a year earlier' is December 2024 exports, period 2024-12. "
        "The comparison bases are not the periods of the 2025 figures.",
        "Annual chip figures: product 'chips' (the sentence's word, 'chip exports'); December figure: 'semiconductors' "
        "('Semiconductor exports'). 'made up 24.4 percent of all the country's outbound shipments' is a share of "
        "exports.",
        "'Automobile exports rose 1.7 percent to $72 billion': product 'automobiles'; December 'Car shipments': product "
        "'cars'. 'Exports of ships': product 'ships'.",
        "'petrochemical products and steel saw exports decline by 11.2 percent and 8.6 percent, respectively': two facts, "
        "each with its own product, both negative.",
        "'South Korea's top trading partner' is a stated rank of China in total trade: rank 1, flow total, period 2025.",
        "'exports to the United States' in the same sentence: exports, partner United States.",
        "'Shipments to China and the U.S. in December rose 10.1 percent and 3.8 percent, respectively': December 2025, partners "
        "China and United States.",
        "Out of scope, unlabelled: 'biggest since 2017', 'a new monthly record', 'an all-time monthly high', "
        "'another record', 'an all-time high' (milestones); 'record levels' for Southeast Asia, the EU and Latin America "
        "(no number); '11 straight months', '10th consecutive month' (streaks); working-day adjusted average daily exports +8.7 percent "
        "(per-working-day average); U.S. tariffs of 15 and 50 percent; the government's 'roughly $720 billion' target and "
        "KITA's 1 percent forecast for 2026 (forecasts).",
    ],
    "facts": [
        fact(KR, "exports", "value", 709.7e9, "USD", YEAR, "709.7 billion", ANNUAL_EXPORTS),
        fact(KR, "exports", "growth", 3.8, "percent", YEAR, "3.8", ANNUAL_EXPORTS),
        fact(KR, "exports", "value", 683.8e9, "USD", YEAR_2024, "683.8 billion", ANNUAL_EXPORTS),
        fact(KR, "imports", "growth", -0.2, "percent", YEAR, "0.2", ANNUAL_IMPORTS),
        fact(KR, "imports", "value", 631.9e9, "USD", YEAR, "631.9 billion", ANNUAL_IMPORTS),
        fact(KR, "balance", "value", 77.8e9, "USD", YEAR, "77.8 billion", ANNUAL_IMPORTS),
        fact(KR, "exports", "growth", 22.2, "percent", YEAR, "22.2", CHIPS, product="chips"),
        fact(KR, "exports", "value", 173.4e9, "USD", YEAR, "173.4 billion", CHIPS, product="chips"),
        fact(KR, "exports", "share", 24.4, "percent", YEAR, "24.4", CHIPS, product="chips"),
        fact(KR, "exports", "growth", 1.7, "percent", YEAR, "1.7", AUTOS, product="automobiles"),
        fact(KR, "exports", "value", 72e9, "USD", YEAR, "72 billion", AUTOS, product="automobiles"),
        fact(KR, "exports", "growth", 24.5, "percent", YEAR, "24.5", SHIPS, product="ships"),
        fact(KR, "exports", "value", 31.9e9, "USD", YEAR, "31.9 billion", SHIPS, product="ships"),
        fact(KR, "exports", "growth", -11.2, "percent", YEAR, "11.2", PETRO_STEEL, product="petrochemical products"),
        fact(KR, "exports", "growth", -8.6, "percent", YEAR, "8.6", PETRO_STEEL, product="steel"),
        fact(KR, "total", "rank", 1, "number", YEAR, "top", CHINA, partner="China"),
        fact(KR, "exports", "growth", -1.7, "percent", YEAR, "1.7", CHINA, partner="China"),
        fact(KR, "exports", "value", 130.7e9, "USD", YEAR, "130.7 billion", CHINA, partner="China"),
        fact(KR, "exports", "growth", -3.6, "percent", YEAR, "3.6", USA, partner=US),
        fact(KR, "exports", "value", 122.9e9, "USD", YEAR, "122.9 billion", USA, partner=US),
        fact(KR, "exports", "growth", 13.4, "percent", DECEMBER, "13.4", DEC_EXPORTS),
        fact(KR, "exports", "value", 69.6e9, "USD", DECEMBER, "69.6 billion", DEC_EXPORTS),
        fact(KR, "exports", "value", 61.38e9, "USD", DECEMBER_2024, "61.38 billion", DEC_EXPORTS),
        fact(KR, "imports", "growth", 4.6, "percent", DECEMBER, "4.6", DEC_IMPORTS),
        fact(KR, "imports", "value", 57.4e9, "USD", DECEMBER, "57.4 billion", DEC_IMPORTS),
        fact(KR, "balance", "value", 12.2e9, "USD", DECEMBER, "12.2 billion", DEC_IMPORTS),
        fact(KR, "exports", "growth", 43.2, "percent", DECEMBER, "43.2", DEC_CHIPS, product="semiconductors"),
        fact(KR, "exports", "growth", -1.5, "percent", DECEMBER, "1.5", DEC_CARS, product="cars"),
        fact(KR, "exports", "growth", 10.1, "percent", DECEMBER, "10.1", DEC_PARTNERS, partner="China"),
        fact(KR, "exports", "growth", 3.8, "percent", DECEMBER, "3.8", DEC_PARTNERS, partner=US),
    ],
}
