from _fact import fact, period

FIRST_HALF = period(2025, 1, 6)
DE = "Germany"
US = "United States"
CN = "China"
EVIDENCE_US_EXPORTS = "Exports to the US fell 3.9% from a year earlier to €77.6 billion in the six months through June"
EVIDENCE_US_IMPORTS = "Imports from the US rose 2.2% to €47.4 billion"
EVIDENCE_US_TOTAL = (
    "That put two-way trade with the US at €125 billion ($146 billion), enough for it to remain Germany's largest "
    "trading partner"
)
EVIDENCE_CN_IMPORTS = "Purchases of Chinese goods jumped 10.7% to €81.4 billion, keeping China by far the biggest source of German imports"
EVIDENCE_CN_EXPORTS = "Exports to China, meanwhile, slid 14.2% to €41.4 billion"
EVIDENCE_ALL_EXPORTS = "German exports slipped 0.3% to €789.3 billion in the first half"
EVIDENCE_ALL_IMPORTS = "imports climbed 3.4% to €693.1 billion"
EVIDENCE_CARS_US = "Shipments of motor vehicles and parts to the US dropped 10.4% to €15.2 billion"
EVIDENCE_CARS_CN = "those to China plunged 29.6% to €5.4 billion"
EVIDENCE_MACHINERY_CN = "Machinery exports to China fell 7.5% to €7.9 billion in the first half"
CARS = "motor vehicles and parts"
MACHINERY = "machinery"

ARTICLE = {
    "id": "dS2_04_bloomberg_de_china_us_h1",
    "title": "China Edges Toward Top Spot in German Trade as US Shipments Slide",
    "publisher": "Bloomberg",
    "published": "2025-08-08",
    "notes": [
        "Running period: first half of 2025 (stated in the lead); every figure without its own period takes it.",
        "'two-way trade with the US at €125 billion ($146 billion)': a EUR fact and a USD fact; the dollar figure has "
        "no 'about', so qualifier exact.",
        "'remain Germany's largest trading partner': rank 1 of total trade with the US; 'biggest source of German "
        "imports': rank 1 of imports from China.",
        "'the sector's most important customer' (machinery, US): no number, no rank labelled.",
        "'those to China plunged 29.6%': the subject 'shipments of motor vehicles and parts' carries over; product "
        "motor vehicles and parts, partner China.",
        "'€40 billion deficit in its trade with China': balance with partner China, negative; surplus with the US positive.",
        "'The US took 9.8% of all German exports' and 'China's share was 5.2%': shares of German exports by partner.",
        "Passenger cars shipped abroad (1.56 million, VDA): exports quantity in number of vehicles, unit number.",
        "Out of scope: the 'gap ... at its narrowest' (no number), 'eight-year run' (streak), 'first place by the end "
        "of the year' (forecast), the 15% and 27.5% tariff rates, GDP shrinking 0.1%, the forecast fall of as much "
        "as 20% over two years, the year 2025 in the lead and 'last year'.",
        "Quotes and people (Nordbank, VDA and VDMA officials) are invented for this article.",
    ],
    "facts": [
        fact(DE, "exports", "value", 77.6e9, "EUR", FIRST_HALF, "77.6 billion", EVIDENCE_US_EXPORTS, partner=US),
        fact(DE, "exports", "growth", -3.9, "percent", FIRST_HALF, "3.9", EVIDENCE_US_EXPORTS, partner=US),
        fact(DE, "imports", "value", 47.4e9, "EUR", FIRST_HALF, "47.4 billion", EVIDENCE_US_IMPORTS, partner=US),
        fact(DE, "imports", "growth", 2.2, "percent", FIRST_HALF, "2.2", EVIDENCE_US_IMPORTS, partner=US),
        fact(DE, "total", "value", 125e9, "EUR", FIRST_HALF, "125 billion", EVIDENCE_US_TOTAL, partner=US),
        fact(DE, "total", "value", 146e9, "USD", FIRST_HALF, "146 billion", EVIDENCE_US_TOTAL, partner=US),
        fact(DE, "total", "rank", 1, "number", FIRST_HALF, "largest", EVIDENCE_US_TOTAL, partner=US),
        fact(DE, "total", "value", 122.8e9, "EUR", FIRST_HALF, "122.8 billion",
             "Commerce with China came to €122.8 billion", partner=CN),
        fact(DE, "imports", "value", 81.4e9, "EUR", FIRST_HALF, "81.4 billion", EVIDENCE_CN_IMPORTS, partner=CN),
        fact(DE, "imports", "growth", 10.7, "percent", FIRST_HALF, "10.7", EVIDENCE_CN_IMPORTS, partner=CN),
        fact(DE, "imports", "rank", 1, "number", FIRST_HALF, "biggest", EVIDENCE_CN_IMPORTS, partner=CN),
        fact(DE, "exports", "value", 41.4e9, "EUR", FIRST_HALF, "41.4 billion", EVIDENCE_CN_EXPORTS, partner=CN),
        fact(DE, "exports", "growth", -14.2, "percent", FIRST_HALF, "14.2", EVIDENCE_CN_EXPORTS, partner=CN),
        fact(DE, "balance", "value", -40e9, "EUR", FIRST_HALF, "40 billion",
             "That left Germany with a €40 billion deficit in its trade with China", partner=CN),
        fact(DE, "balance", "value", 30.2e9, "EUR", FIRST_HALF, "30.2 billion",
             "its surplus with the US shrank to €30.2 billion", partner=US),
        fact(DE, "exports", "share", 9.8, "percent", FIRST_HALF, "9.8",
             "The US took 9.8% of all German exports in the period", partner=US),
        fact(DE, "exports", "share", 5.2, "percent", FIRST_HALF, "5.2", "China's share was 5.2%", partner=CN),
        fact(DE, "exports", "value", 789.3e9, "EUR", FIRST_HALF, "789.3 billion", EVIDENCE_ALL_EXPORTS),
        fact(DE, "exports", "growth", -0.3, "percent", FIRST_HALF, "0.3", EVIDENCE_ALL_EXPORTS),
        fact(DE, "imports", "value", 693.1e9, "EUR", FIRST_HALF, "693.1 billion", EVIDENCE_ALL_IMPORTS),
        fact(DE, "imports", "growth", 3.4, "percent", FIRST_HALF, "3.4", EVIDENCE_ALL_IMPORTS),
        fact(DE, "balance", "value", 96.2e9, "EUR", FIRST_HALF, "96.2 billion",
             "The trade surplus narrowed to €96.2 billion"),
        fact(DE, "exports", "value", 15.2e9, "EUR", FIRST_HALF, "15.2 billion", EVIDENCE_CARS_US,
             partner=US, product=CARS),
        fact(DE, "exports", "growth", -10.4, "percent", FIRST_HALF, "10.4", EVIDENCE_CARS_US, partner=US, product=CARS),
        fact(DE, "exports", "value", 5.4e9, "EUR", FIRST_HALF, "5.4 billion", EVIDENCE_CARS_CN,
             partner=CN, product=CARS),
        fact(DE, "exports", "growth", -29.6, "percent", FIRST_HALF, "29.6", EVIDENCE_CARS_CN, partner=CN, product=CARS),
        fact(DE, "exports", "quantity", 1.56e6, "number", FIRST_HALF, "1.56 million",
             "German manufacturers shipped 1.56 million passenger cars abroad in the first six months",
             product="passenger cars"),
        fact(DE, "exports", "value", 7.9e9, "EUR", FIRST_HALF, "7.9 billion", EVIDENCE_MACHINERY_CN,
             partner=CN, product=MACHINERY),
        fact(DE, "exports", "growth", -7.5, "percent", FIRST_HALF, "7.5", EVIDENCE_MACHINERY_CN,
             partner=CN, product=MACHINERY),
        fact(DE, "exports", "value", 13.1e9, "EUR", FIRST_HALF, "13.1 billion",
             "shipments to the US, the sector's most important customer, came to €13.1 billion",
             partner=US, product=MACHINERY),
    ],
}
