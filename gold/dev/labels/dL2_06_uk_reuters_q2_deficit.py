from _fact import fact, period

SECOND_QUARTER = period(2024, 4, 6)
JUNE = period(2024, 6)
MAY = period(2024, 5)
AREA = "United Kingdom"
NON_EU = "Non-EU countries"
GOODS_SERVICES = "goods and services"
EVIDENCE_TOTAL_DEFICIT = "the goods and services trade deficit in the second quarter widened by £6.2 billion to £14.1 billion ($18.1 billion)"
EVIDENCE_GOODS_EXPORTS = "Compared with the previous three months, goods exports dropped 0.7% to £90.2 billion"
EVIDENCE_GOODS_IMPORTS = "goods imports increased 4.0% to £144.0 billion"
EVIDENCE_EU_EXPORTS = "EU-bound exports grew 2.1% to £46.3 billion"
EVIDENCE_NON_EU_EXPORTS = "those to non-EU countries slid 3.4% to £43.9 billion"
EVIDENCE_EU_IMPORTS = "Imports from the EU rose 4.8% to £80.6 billion"
EVIDENCE_NON_EU_IMPORTS = "imports from outside the bloc gained 2.9% to £63.4 billion"
EVIDENCE_MONTHLY = "For June by itself, the goods and services deficit shrank to £4.0 billion from £5.1 billion in May"

ARTICLE = {
    "id": "dL2_06_uk_reuters_q2_deficit",
    "title": "Rising goods imports widen UK trade deficit in second quarter",
    "publisher": "Reuters",
    "published": "2024-08-15",
    "notes": [
        "The text has no year ('Aug 15 (Reuters)', 'three months to June'): 2024 comes from the published date; 'the three months to June' and 'the second quarter' are 2024-04/2024-06.",
        "'widened by £6.2 billion' is an absolute change derived from two levels (the earlier level is not stated): out of scope.",
        "'$18.1 billion' converts the sterling deficit: separate USD fact, exact.",
        "Goods-only figures (goods deficit, goods exports and imports, the EU and non-EU flows, which the lead says are goods) have product null; services and goods-and-services figures carry a product.",
        "Growth rates are against 'the previous three months' / 'the first quarter': basis qoq; 'Relative to the first quarter' opens the EU/non-EU paragraph and carries to its imports sentence.",
        "'outside the bloc' and 'non-EU countries' are the same partner, written 'Non-EU countries'; 'the EU' is 'European Union'.",
        "'little changed at £39.7 billion': the value is labelled, no growth.",
        "Out of scope: the Reuters poll (£4.8 billion), GDP growth 0.6% and 0.7%, the exchange-rate footer.",
    ],
    "facts": [
        fact(AREA, "balance", "value", -14.1e9, "GBP", SECOND_QUARTER, "14.1 billion", EVIDENCE_TOTAL_DEFICIT, product=GOODS_SERVICES),
        fact(AREA, "balance", "value", -18.1e9, "USD", SECOND_QUARTER, "18.1 billion", EVIDENCE_TOTAL_DEFICIT, product=GOODS_SERVICES),
        fact(AREA, "balance", "value", -53.8e9, "GBP", SECOND_QUARTER, "53.8 billion", "the deficit on goods rose to £53.8 billion"),
        fact(AREA, "balance", "value", 39.7e9, "GBP", SECOND_QUARTER, "39.7 billion",
             "the services surplus was little changed at £39.7 billion", product="services"),
        fact(AREA, "exports", "growth", -0.7, "percent", SECOND_QUARTER, "0.7", EVIDENCE_GOODS_EXPORTS, basis="qoq"),
        fact(AREA, "exports", "value", 90.2e9, "GBP", SECOND_QUARTER, "90.2 billion", EVIDENCE_GOODS_EXPORTS),
        fact(AREA, "imports", "growth", 4.0, "percent", SECOND_QUARTER, "4.0", EVIDENCE_GOODS_IMPORTS, basis="qoq"),
        fact(AREA, "imports", "value", 144.0e9, "GBP", SECOND_QUARTER, "144.0 billion", EVIDENCE_GOODS_IMPORTS),
        fact(AREA, "exports", "growth", 2.1, "percent", SECOND_QUARTER, "2.1", EVIDENCE_EU_EXPORTS, partner="European Union", basis="qoq"),
        fact(AREA, "exports", "value", 46.3e9, "GBP", SECOND_QUARTER, "46.3 billion", EVIDENCE_EU_EXPORTS, partner="European Union"),
        fact(AREA, "exports", "growth", -3.4, "percent", SECOND_QUARTER, "3.4", EVIDENCE_NON_EU_EXPORTS, partner=NON_EU, basis="qoq"),
        fact(AREA, "exports", "value", 43.9e9, "GBP", SECOND_QUARTER, "43.9 billion", EVIDENCE_NON_EU_EXPORTS, partner=NON_EU),
        fact(AREA, "imports", "growth", 4.8, "percent", SECOND_QUARTER, "4.8", EVIDENCE_EU_IMPORTS, partner="European Union", basis="qoq"),
        fact(AREA, "imports", "value", 80.6e9, "GBP", SECOND_QUARTER, "80.6 billion", EVIDENCE_EU_IMPORTS, partner="European Union"),
        fact(AREA, "imports", "growth", 2.9, "percent", SECOND_QUARTER, "2.9", EVIDENCE_NON_EU_IMPORTS, partner=NON_EU, basis="qoq"),
        fact(AREA, "imports", "value", 63.4e9, "GBP", SECOND_QUARTER, "63.4 billion", EVIDENCE_NON_EU_IMPORTS, partner=NON_EU),
        fact(AREA, "balance", "value", -4.0e9, "GBP", JUNE, "4.0 billion", EVIDENCE_MONTHLY, product=GOODS_SERVICES),
        fact(AREA, "balance", "value", -5.1e9, "GBP", MAY, "5.1 billion", EVIDENCE_MONTHLY, product=GOODS_SERVICES),
    ],
}
