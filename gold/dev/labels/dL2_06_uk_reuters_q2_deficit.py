from _fact import fact, period

SECOND_QUARTER = period(2024, 4, 6)
JUNE = period(2024, 6)
MAY = period(2024, 5)
AREA = "United Kingdom"
NON_EU = "Non-EU countries"
GOODS_SERVICES = "goods and services"
EVIDENCE_TOTAL_DEFICIT = "The deficit on trade in goods and services widened by £6.2 billion to £14.1 billion ($18.1 billion) in the second quarter"
EVIDENCE_GOODS_EXPORTS = "Goods exports fell 0.7% compared with the previous three months to £90.2 billion"
EVIDENCE_GOODS_IMPORTS = "goods imports rose 4.0% to £144.0 billion"
EVIDENCE_EU_EXPORTS = "exports to the EU rose 2.1% to £46.3 billion"
EVIDENCE_NON_EU_EXPORTS = "exports to non-EU countries fell 3.4% to £43.9 billion"
EVIDENCE_EU_IMPORTS = "Imports from the EU climbed 4.8% to £80.6 billion"
EVIDENCE_NON_EU_IMPORTS = "those from outside the bloc increased 2.9% to £63.4 billion"
EVIDENCE_MONTHLY = "In June alone, the goods and services deficit narrowed to £4.0 billion from £5.1 billion in May"

ARTICLE = {
    "id": "dL2_06_uk_reuters_q2_deficit",
    "title": "UK trade deficit widens in second quarter as goods imports climb",
    "publisher": "Reuters",
    "published": "2024-08-15",
    "notes": [
        "The text has no year ('Aug 15 (Reuters)', 'three months to June'): 2024 comes from the published date; 'the three months to June' and 'the second quarter' are 2024-04/2024-06.",
        "'widened by £6.2 billion' is an absolute change derived from two levels (the earlier level is not stated): out of scope.",
        "'$18.1 billion' converts the sterling deficit: separate USD fact, exact.",
        "Goods-only figures (goods deficit, goods exports and imports, the EU and non-EU flows, which the lead says are goods) have product null; services and goods-and-services figures carry a product.",
        "Growth rates are against 'the previous three months' / 'the first quarter': basis qoq; 'Compared with the first quarter' opens the EU/non-EU paragraph and carries to its imports sentence.",
        "'outside the bloc' and 'non-EU countries' are the same partner, written 'Non-EU countries'; 'the EU' is 'European Union'.",
        "'broadly unchanged at £39.7 billion': the value is labelled, no growth.",
        "Out of scope: the Reuters poll (£4.8 billion), GDP growth 0.6% and 0.7%, the exchange-rate footer.",
    ],
    "facts": [
        fact(AREA, "balance", "value", -14.1e9, "GBP", SECOND_QUARTER, "14.1 billion", EVIDENCE_TOTAL_DEFICIT, product=GOODS_SERVICES),
        fact(AREA, "balance", "value", -18.1e9, "USD", SECOND_QUARTER, "18.1 billion", EVIDENCE_TOTAL_DEFICIT, product=GOODS_SERVICES),
        fact(AREA, "balance", "value", -53.8e9, "GBP", SECOND_QUARTER, "53.8 billion", "The goods trade deficit alone grew to £53.8 billion"),
        fact(AREA, "balance", "value", 39.7e9, "GBP", SECOND_QUARTER, "39.7 billion",
             "the surplus on services was broadly unchanged at £39.7 billion", product="services"),
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
