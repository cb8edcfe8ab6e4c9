from _fact import fact, period

FIRST_HALF = period(2025, 1, 6)
DE = "Germany"
US = "United States"
CN = "China"
EVIDENCE_US_EXPORTS = "Over January to June, German exports to the US were down 3.9% from a year earlier at €77.6 billion"
EVIDENCE_US_IMPORTS = "Imports from the US, by contrast, increased 2.2% to €47.4 billion"
EVIDENCE_US_TOTAL = (
    "Total trade with the US therefore came to €125 billion ($146 billion), which was enough to keep it as "
    "Germany's largest trading partner"
)
EVIDENCE_CN_IMPORTS = (
    "Germany bought 10.7% more Chinese goods, €81.4 billion in all, leaving China comfortably the biggest supplier "
    "of imports to Germany"
)
EVIDENCE_CN_EXPORTS = "German exports to China, on the other hand, fell 14.2% to €41.4 billion"
EVIDENCE_ALL_EXPORTS = "Germany's first-half exports eased 0.3% to €789.3 billion"
EVIDENCE_ALL_IMPORTS = "imports rose 3.4% to €693.1 billion"
EVIDENCE_CARS_US = "exports of motor vehicles and parts to the US fell 10.4% to €15.2 billion"
EVIDENCE_CARS_CN = "those bound for China tumbled 29.6% to €5.4 billion"
EVIDENCE_MACHINERY_CN = "first-half machinery exports to China declined 7.5% to €7.9 billion"
CARS = "motor vehicles and parts"
MACHINERY = "machinery"

ARTICLE = {
    "id": "dS2_04_bloomberg_de_china_us_h1",
    "title": "China Closes In on Top German Trade Partner Spot as Exports to US Fall",
    "publisher": "Bloomberg",
    "published": "2025-08-08",
    "notes": [
        "Running period: first half of 2025 (stated in the lead); every figure without its own period takes it.",
        "'Total trade with the US therefore came to €125 billion ($146 billion)': a EUR fact and a USD fact; the dollar figure has "
        "no 'about', so qualifier exact.",
        "'keep it as Germany's largest trading partner': rank 1 of total trade with the US; 'the biggest supplier "
        "of imports to Germany': rank 1 of imports from China.",
        "'the industry's most important market' (machinery, US): no number, no rank labelled.",
        "'those bound for China tumbled 29.6%': the subject 'exports of motor vehicles and parts' carries over; product "
        "motor vehicles and parts, partner China.",
        "'a €40 billion deficit with China': balance with partner China, negative; surplus with the US positive.",
        "'The US absorbed 9.8% of Germany's total exports' and 'a share of 5.2% for China': shares of German exports by partner.",
        "Passenger cars shipped abroad (1.56 million, VDA): exports quantity in number of vehicles, unit number.",
        "Out of scope: the 'distance between the two ... the smallest' (no number), 'eight-year run' (streak), "
        "'retaken first place by year-end' (forecast), the 15% and 27.5% tariff rates, GDP shrinking 0.1%, the forecast decline of up "
        "to 20% over two years, the year 2025 in the lead and 'last year'.",
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
             "Trade with China amounted to €122.8 billion", partner=CN),
        fact(DE, "imports", "value", 81.4e9, "EUR", FIRST_HALF, "81.4 billion", EVIDENCE_CN_IMPORTS, partner=CN),
        fact(DE, "imports", "growth", 10.7, "percent", FIRST_HALF, "10.7", EVIDENCE_CN_IMPORTS, partner=CN),
        fact(DE, "imports", "rank", 1, "number", FIRST_HALF, "biggest", EVIDENCE_CN_IMPORTS, partner=CN),
        fact(DE, "exports", "value", 41.4e9, "EUR", FIRST_HALF, "41.4 billion", EVIDENCE_CN_EXPORTS, partner=CN),
        fact(DE, "exports", "growth", -14.2, "percent", FIRST_HALF, "14.2", EVIDENCE_CN_EXPORTS, partner=CN),
        fact(DE, "balance", "value", -40e9, "EUR", FIRST_HALF, "40 billion",
             "Germany ran a €40 billion deficit with China", partner=CN),
        fact(DE, "balance", "value", 30.2e9, "EUR", FIRST_HALF, "30.2 billion",
             "its surplus with the US narrowed to €30.2 billion", partner=US),
        fact(DE, "exports", "share", 9.8, "percent", FIRST_HALF, "9.8",
             "The US absorbed 9.8% of Germany's total exports in the half", partner=US),
        fact(DE, "exports", "share", 5.2, "percent", FIRST_HALF, "5.2", "a share of 5.2% for China", partner=CN),
        fact(DE, "exports", "value", 789.3e9, "EUR", FIRST_HALF, "789.3 billion", EVIDENCE_ALL_EXPORTS),
        fact(DE, "exports", "growth", -0.3, "percent", FIRST_HALF, "0.3", EVIDENCE_ALL_EXPORTS),
        fact(DE, "imports", "value", 693.1e9, "EUR", FIRST_HALF, "693.1 billion", EVIDENCE_ALL_IMPORTS),
        fact(DE, "imports", "growth", 3.4, "percent", FIRST_HALF, "3.4", EVIDENCE_ALL_IMPORTS),
        fact(DE, "balance", "value", 96.2e9, "EUR", FIRST_HALF, "96.2 billion",
             "the overall trade surplus shrank to €96.2 billion"),
        fact(DE, "exports", "value", 15.2e9, "EUR", FIRST_HALF, "15.2 billion", EVIDENCE_CARS_US,
             partner=US, product=CARS),
        fact(DE, "exports", "growth", -10.4, "percent", FIRST_HALF, "10.4", EVIDENCE_CARS_US, partner=US, product=CARS),
        fact(DE, "exports", "value", 5.4e9, "EUR", FIRST_HALF, "5.4 billion", EVIDENCE_CARS_CN,
             partner=CN, product=CARS),
        fact(DE, "exports", "growth", -29.6, "percent", FIRST_HALF, "29.6", EVIDENCE_CARS_CN, partner=CN, product=CARS),
        fact(DE, "exports", "quantity", 1.56e6, "number", FIRST_HALF, "1.56 million",
             "1.56 million passenger cars were exported by German manufacturers",
             product="passenger cars"),
        fact(DE, "exports", "value", 7.9e9, "EUR", FIRST_HALF, "7.9 billion", EVIDENCE_MACHINERY_CN,
             partner=CN, product=MACHINERY),
        fact(DE, "exports", "growth", -7.5, "percent", FIRST_HALF, "7.5", EVIDENCE_MACHINERY_CN,
             partner=CN, product=MACHINERY),
        fact(DE, "exports", "value", 13.1e9, "EUR", FIRST_HALF, "13.1 billion",
             "sales to the US, the industry's most important market, totaled €13.1 billion",
             partner=US, product=MACHINERY),
    ],
}
