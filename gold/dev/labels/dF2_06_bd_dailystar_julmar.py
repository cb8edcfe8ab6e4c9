from _fact import fact, period

BD = "Bangladesh"
JULMAR = {"start": "2024-07", "end": "2025-03"}
JULFEB = {"start": "2024-07", "end": "2025-02"}
FY24 = {"start": "2023-07", "end": "2024-06"}
MAR = period(2025, 3)
E_HEAD = "Bangladesh's merchandise exports rise 10.63 percent year-on-year to $37.19 billion in July-March of fiscal year 2024-25"
E_TK = "those July-March earnings came to about Tk 4.54 lakh crore"
E_MAR = "March by itself saw exports increase 11.4 percent to $4.25 billion"
E_RMG = ("Garments, the backbone of Bangladesh's exports, earned $30.25 billion in July-March, 10.8 percent more than in the "
         "corresponding months of FY24, and made up 81.3 percent of overall shipments.")
E_KW = "Knitwear exports climbed 11.9 percent and shipments of woven garments increased 9.6 percent."
E_OTH = ("receipts from agricultural products went up 7.3 percent, whereas leather and leather goods declined 3.1 percent and home "
         "textiles 4.6 percent")
E_US = "Over the nine months, shipments to the United States, Bangladesh's largest single export market, went up 15.7 percent to $6.38 billion."
E_IMP = ("figures from Bangladesh Bank put imports for July-February at $45.03 billion, up 3.2 percent, which left the country with "
         "a trade deficit of $13.9 billion over those eight months")

ARTICLE = {
    "id": "dF2_06_bd_dailystar_julmar",
    "title": "Apparel orders lift July-March exports by 10.6%",
    "publisher": "The Daily Star",
    "published": "2025-04-03",
    "notes": [
        "Bangladesh's fiscal year runs July-June: July-March of FY 2024-25 is 2024-07/2025-03; July-February 2024-07/2025-02; FY24 2023-07/2024-06.",
        "Publisher from 'Star Business Report' (The Daily Star's business desk byline); published date from the byline date.",
        "Headline '10.6%' restates the body's 10.63 percent: one fact, body evidence.",
        "'about Tk 4.54 lakh crore': a BDT fact (4.54e12), qualifier approx; the rate 'Tk 122 per dollar' is an exchange rate, out.",
        "'Garments' labelled with product 'garments'; 'shipments of woven garments' product 'woven garments'.",
        "'leather and leather goods declined 3.1 percent and home textiles 4.6 percent': the verb 'declined' is shared, so home textiles is -4.6 "
        "(elliptical second clause; the checker's sign reader may not carry the verb across the product name).",
        "'Bangladesh's largest single export market': rank 1 of the United States among export destinations; 'Over the nine months' = July-March.",
        "Imports and the trade deficit for July-February come from Bangladesh Bank, a different source and period; labelled with that period.",
        "'exports totalled $44.47 billion in FY24': the revised figure of the previous fiscal year, labelled once.",
        "Out of scope: '3.4 percent short' of the target and the $38.50 billion target, nine days, 37 percent reciprocal tariff, 9.35 percent inflation, '25 months'.",
    ],
    "facts": [
        fact(BD, "exports", "growth", 10.63, "percent", JULMAR, "10.63", E_HEAD),
        fact(BD, "exports", "value", 37.19e9, "USD", JULMAR, "37.19 billion", E_HEAD),
        fact(BD, "exports", "value", 4.54e12, "BDT", JULMAR, "4.54 lakh crore", E_TK, qualifier="approx"),
        fact(BD, "exports", "growth", 11.4, "percent", MAR, "11.4", E_MAR),
        fact(BD, "exports", "value", 4.25e9, "USD", MAR, "4.25 billion", E_MAR),
        fact(BD, "exports", "value", 30.25e9, "USD", JULMAR, "30.25 billion", E_RMG, product="garments"),
        fact(BD, "exports", "growth", 10.8, "percent", JULMAR, "10.8", E_RMG, product="garments"),
        fact(BD, "exports", "share", 81.3, "percent", JULMAR, "81.3", E_RMG, product="garments"),
        fact(BD, "exports", "growth", 11.9, "percent", JULMAR, "11.9", E_KW, product="knitwear"),
        fact(BD, "exports", "growth", 9.6, "percent", JULMAR, "9.6", E_KW, product="woven garments"),
        fact(BD, "exports", "growth", 7.3, "percent", JULMAR, "7.3", E_OTH, product="agricultural products"),
        fact(BD, "exports", "growth", -3.1, "percent", JULMAR, "3.1", E_OTH, product="leather and leather goods"),
        fact(BD, "exports", "growth", -4.6, "percent", JULMAR, "4.6", E_OTH, product="home textiles"),
        fact(BD, "exports", "rank", 1, "number", JULMAR, "largest", E_US, partner="United States"),
        fact(BD, "exports", "growth", 15.7, "percent", JULMAR, "15.7", E_US, partner="United States"),
        fact(BD, "exports", "value", 6.38e9, "USD", JULMAR, "6.38 billion", E_US, partner="United States"),
        fact(BD, "imports", "growth", 3.2, "percent", JULFEB, "3.2", E_IMP),
        fact(BD, "imports", "value", 45.03e9, "USD", JULFEB, "45.03 billion", E_IMP),
        fact(BD, "balance", "value", -13.9e9, "USD", JULFEB, "13.9 billion", E_IMP),
        fact(BD, "exports", "value", 44.47e9, "USD", FY24, "44.47 billion", "exports totalled $44.47 billion in FY24"),
    ],
}
