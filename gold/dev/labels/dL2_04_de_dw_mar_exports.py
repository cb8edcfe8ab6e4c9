from _fact import fact, period

MARCH = period(2025, 3)
FEBRUARY = period(2025, 2)
AREA = "Germany"
EVIDENCE_EXPORTS = "Exports, adjusted for calendar and seasonal effects, grew 1.4% from February to €134.8 billion ($152.3 billion) in March"
EVIDENCE_IMPORTS = "In the same period, imports declined 0.9% to €113.6 billion"
EVIDENCE_BALANCE = "Germany's foreign trade surplus widened to €21.2 billion from €18.3 billion in February"
EVIDENCE_YOY = "Measured against March last year, exports rose 2.7% and imports 4.1%"
EVIDENCE_US = "exports to the US increased 6.2% to €16.3 billion"
EVIDENCE_CHINA_EXPORTS = "Shipments to China, however, slid 3.8% to €6.9 billion"
EVIDENCE_CHINA_IMPORTS = "Imports from China climbed 5.6% to €13.4 billion"

ARTICLE = {
    "id": "dL2_04_de_dw_mar_exports",
    "title": "US-bound German exports surge as companies rush ahead of tariffs",
    "publisher": "DW",
    "published": "2025-05-08",
    "notes": [
        "The text has no year ('in March', 'on Thursday', 'March last year'): 2025 comes from the published date; DW is named in the quote attribution ('told DW').",
        "'adjusted for calendar and seasonal effects' has no field: the adjusted figures are labelled as the month's values.",
        "'from February' sets a month-on-month frame: 1.4% and 0.9% are mom; 'In the same period' carries it to imports.",
        "In the partner paragraph 'Relative to February' opens the US sentence and carries to the China figures of the same paragraph: mom.",
        "'Measured against March last year, exports rose 2.7% and imports 4.1%': yoy.",
        "'$152.3 billion' converts the euro exports: separate USD fact, exact.",
        "'German goods continued to find their biggest buyer in the United States': rank 1 of exports, partner United States; 'the largest supplier of Germany's imports': rank 1 of imports, partner China.",
        "Out of scope: the 20% US duties, the BGA expectation of stagnation, GDP growth 0.2%, industrial production 3%, the years 2023 and 2024.",
    ],
    "facts": [
        fact(AREA, "exports", "growth", 1.4, "percent", MARCH, "1.4", EVIDENCE_EXPORTS, basis="mom"),
        fact(AREA, "exports", "value", 134.8e9, "EUR", MARCH, "134.8 billion", EVIDENCE_EXPORTS),
        fact(AREA, "exports", "value", 152.3e9, "USD", MARCH, "152.3 billion", EVIDENCE_EXPORTS),
        fact(AREA, "imports", "growth", -0.9, "percent", MARCH, "0.9", EVIDENCE_IMPORTS, basis="mom"),
        fact(AREA, "imports", "value", 113.6e9, "EUR", MARCH, "113.6 billion", EVIDENCE_IMPORTS),
        fact(AREA, "balance", "value", 21.2e9, "EUR", MARCH, "21.2 billion", EVIDENCE_BALANCE),
        fact(AREA, "balance", "value", 18.3e9, "EUR", FEBRUARY, "18.3 billion", EVIDENCE_BALANCE),
        fact(AREA, "exports", "growth", 2.7, "percent", MARCH, "2.7", EVIDENCE_YOY),
        fact(AREA, "imports", "growth", 4.1, "percent", MARCH, "4.1", EVIDENCE_YOY),
        fact(AREA, "exports", "rank", 1, "number", MARCH, "biggest",
             "German goods continued to find their biggest buyer in the United States", partner="United States"),
        fact(AREA, "exports", "growth", 6.2, "percent", MARCH, "6.2", EVIDENCE_US, partner="United States", basis="mom"),
        fact(AREA, "exports", "value", 16.3e9, "EUR", MARCH, "16.3 billion", EVIDENCE_US, partner="United States"),
        fact(AREA, "exports", "growth", -3.8, "percent", MARCH, "3.8", EVIDENCE_CHINA_EXPORTS, partner="China", basis="mom"),
        fact(AREA, "exports", "value", 6.9e9, "EUR", MARCH, "6.9 billion", EVIDENCE_CHINA_EXPORTS, partner="China"),
        fact(AREA, "imports", "growth", 5.6, "percent", MARCH, "5.6", EVIDENCE_CHINA_IMPORTS, partner="China", basis="mom"),
        fact(AREA, "imports", "value", 13.4e9, "EUR", MARCH, "13.4 billion", EVIDENCE_CHINA_IMPORTS, partner="China"),
        fact(AREA, "imports", "rank", 1, "number", MARCH, "largest",
             "which made China once more the largest supplier of Germany's imports", partner="China"),
    ],
}
