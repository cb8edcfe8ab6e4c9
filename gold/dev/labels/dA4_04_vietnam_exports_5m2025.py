from _fact import fact, period

P5 = period(2025, 1, 5)
MAY = period(2025, 5)
VN = "Vietnam"
FIE = "foreign-invested enterprises"
DOM = "domestic enterprises"
E_EXP = "Vietnam earned an estimated 180.23 billion USD from merchandise exports in the first five months of 2025, 14% more than in the same period last year"
E_DOM = "Domestic enterprises contributed 49.62 billion USD of the total, a 12.5% increase, or 27.5% of export turnover"
E_FIE = "foreign-invested enterprises, crude oil included, exported goods worth 130.61 billion USD, an increase of 14.5%, which made up the remaining 72.5%"
E_SEQ = "Month on month, May exports increased 5.7%, while exports from the foreign-invested sector jumped 20.1%"
E_US = "Vietnam's largest export market was still the US, taking an estimated 58.5 billion USD, an increase of 27.3%"
E_CN = "China was the second-largest destination for Vietnam's exports, buying 25.4 billion USD, and the biggest supplier of its imports, at 69.9 billion USD"

ARTICLE = {
    "id": "dA4_04_vietnam_exports_5m2025",
    "title": "Vietnam's exports grow 14% in five months, with foreign-invested firms leading sales to the US",
    "publisher": "VNA",
    "published": "2025-06-06",
    "notes": [
        "Running period: first five months of 2025 (2025-01..2025-05); the market bullets carry it.",
        "Segments: 'domestic enterprises' and 'foreign-invested enterprises' (the FDI sector, 'crude oil included'). "
        "'the foreign-invested sector' in the May paragraph is the same segment: labelled 'foreign-invested enterprises'.",
        "'Month on month' sets a month-on-month frame: May exports +5.7% and the foreign-invested sector's +20.1% are basis mom.",
        "'roughly 4,686 trillion VND' is the five-month export value in dong: a separate VND fact, qualifier approx.",
        "'an estimated 58.5 billion USD': 'estimated' is not an approximation word: qualifier exact.",
        "Ranks stated: US largest export market (1); China second-largest export destination (2) and biggest source of imports (1).",
        "'25 commodity groups brought in over 1 billion USD apiece ..., jointly representing 90%': a conditional count and its share, "
        "which the record cannot express: out.",
        "Out: 12% export growth target, GDP growth of at least 8%, the July tariff deadline.",
    ],
    "facts": [
        fact(VN, "exports", "value", 180.23e9, "USD", P5, "180.23 billion", E_EXP),
        fact(VN, "exports", "growth", 14, "percent", P5, "14", E_EXP),
        fact(VN, "exports", "value", 4686e12, "VND", P5, "4,686 trillion",
             "the five-month export revenue came to roughly 4,686 trillion VND", qualifier="approx"),
        fact(VN, "imports", "value", 175.56e9, "USD", P5, "175.56 billion",
             "Estimated imports for the period totalled 175.56 billion USD"),
        fact(VN, "balance", "value", 4.67e9, "USD", P5, "4.67 billion",
             "giving Vietnam a trade surplus of 4.67 billion USD"),
        fact(VN, "exports", "value", 49.62e9, "USD", P5, "49.62 billion", E_DOM, segment=DOM),
        fact(VN, "exports", "growth", 12.5, "percent", P5, "12.5", E_DOM, segment=DOM),
        fact(VN, "exports", "share", 27.5, "percent", P5, "27.5", E_DOM, segment=DOM),
        fact(VN, "exports", "value", 130.61e9, "USD", P5, "130.61 billion", E_FIE, segment=FIE),
        fact(VN, "exports", "growth", 14.5, "percent", P5, "14.5", E_FIE, segment=FIE),
        fact(VN, "exports", "share", 72.5, "percent", P5, "72.5", E_FIE, segment=FIE),
        fact(VN, "exports", "value", 39.6e9, "USD", MAY, "39.6 billion", "Exports for May alone amounted to 39.6 billion USD"),
        fact(VN, "exports", "growth", 5.7, "percent", MAY, "5.7", E_SEQ, basis="mom"),
        fact(VN, "exports", "growth", 20.1, "percent", MAY, "20.1", E_SEQ, segment=FIE, basis="mom"),
        fact(VN, "exports", "rank", 1, "number", P5, "largest", E_US, partner="United States"),
        fact(VN, "exports", "value", 58.5e9, "USD", P5, "58.5 billion", E_US, partner="United States"),
        fact(VN, "exports", "growth", 27.3, "percent", P5, "27.3", E_US, partner="United States"),
        fact(VN, "exports", "rank", 2, "number", P5, "second-largest", E_CN, partner="China"),
        fact(VN, "exports", "value", 25.4e9, "USD", P5, "25.4 billion", E_CN, partner="China"),
        fact(VN, "imports", "rank", 1, "number", P5, "biggest", E_CN, partner="China"),
        fact(VN, "imports", "value", 69.9e9, "USD", P5, "69.9 billion", E_CN, partner="China"),
        fact(VN, "balance", "value", -44.5e9, "USD", P5, "44.5 billion",
             "With China, Vietnam recorded a 44.5 billion USD trade deficit", partner="China"),
    ],
}
