from _fact import fact, period

DE = "Germany"
OCT = period(2026, 10)
SEP = period(2026, 9)
OCT25 = period(2025, 10)
JAN_OCT = period(2026, 1, 10)

S_ADJ = "Adjusted for calendar and seasonal effects, exports climbed 1.8% from September to 132.4 billion euros"
S_SEP = "In September, exports had shrunk by a revised 0.6%."
S_IMP = "Imports rose 0.7% on the month to 115.9 billion euros"
S_BAL = ("a seasonally adjusted trade surplus of 16.5 billion euros ($19.1 billion), "
         "up from 15.0 billion euros in September")
S_UNADJ = ("In unadjusted terms, October exports came to 134.1 billion euros, up 2.9% on a year earlier, and imports "
           "to 117.3 billion euros, up 4.1%")
S_UBAL = "The unadjusted surplus came to 16.8 billion euros, against 17.6 billion euros in October 2025."
S_EU = ("Measured against September, exports to other EU member states increased 3.4% to 73.6 billion euros, "
        "of which 51.2 billion euros went to countries sharing the single currency, a rise of 3.9%")
S_NONEA = "Deliveries to the EU states outside the euro zone totalled 22.4 billion euros, an increase of 2.3%."
S_NONEU = "Shipments to countries beyond the bloc, by contrast, edged down 0.1% to 58.8 billion euros."
S_US = ("Sales to the United States, still the largest single market for German goods, fell 2.7% on the month "
        "to 11.9 billion euros")
S_US_Y = ("Compared with October 2025, U.S.-bound exports were 9.4% lower, and over the first ten months of the year "
          "they were running 8.1% below the same stretch of 2025")
S_CN = ("Exports to China slipped 1.5% on the month to 6.6 billion euros and were 11.2% below their level "
        "of a year earlier")
S_CN_M = ("German purchases from China rose 2.6% from September to 13.8 billion euros, keeping it the largest source "
          "of imports for Germany")
S_UK = "Sales to Britain grew 0.8% on the month to 6.9 billion euros."

ARTICLE = {
    "id": "dBR2_04",
    "title": "German exports jump 1.8% in October as EU buyers offset U.S. slump",
    "publisher": "Reuters",
    "published": "2026-12-08",
    "notes": [
        "Real figures: none (October 2026 has not happened). Levels modelled on Destatis releases of 2025 "
        "(adjusted exports near 130 billion euros a month, U.S. about 12 billion, China about 7 billion, imports from "
        "China about 13-14 billion). Invented: every figure. Derived and checked: adjusted surplus 132.4 - 115.9 = 16.5; "
        "unadjusted surplus 134.1 - 117.3 = 16.8; October 2025 unadjusted surplus 134.1/1.029 - 117.3/1.041 = 17.6; "
        "September surplus 132.4/1.018 - 115.9/1.007 = 15.0; EU 73.6 = euro area 51.2 + non-euro EU 22.4; non-EU "
        "58.8 = 132.4 - 73.6, and its -0.1% agrees with September levels (130.1 - 71.2); non-euro EU +2.3% agrees "
        "with the EU and euro-area rates; $19.1 billion = 16.5 / 0.8620.",
        "Judgement calls: the headline's 1.8% is the body's fact, labelled once with the body's evidence. Adjusted and "
        "unadjusted October values are different observations (different values), both labelled; the partner "
        "figures are calendar and seasonally adjusted, month on month, from the paragraph frame 'Measured against "
        "September' and the explicit 'on the month' / 'from September' cues; the 9.4%, 11.2% and 2.9%/4.1% rates "
        "are year on year. September's -0.6% is a month-on-month rate for period 2026-09 (same paragraph frame). "
        "The October 2025 unadjusted surplus is labelled with period 2025-10 (a stated figure of its own, not the "
        "period of the October 2026 fact). 'countries sharing the single currency' -> partner Euro area; 'EU states "
        "outside the euro zone' -> non-euro area EU countries; 'countries beyond the bloc' -> non-EU countries; "
        "Britain -> United Kingdom. The $19.1 billion conversion in brackets has no 'about', so exact. Ranks: "
        "'largest single market' (exports, United States) and 'largest source of imports' (imports, China), both 1, "
        "period October 2026.",
        "Not facts: 0.4% (Reuters poll forecast); 'third straight monthly decline' (streak); 'first ten months' and "
        "2025/2027 (periods, years); 15% (U.S. tariff rate); 1.2% (government GDP forecast); 0.1% (GDP contraction); "
        "0.5% (industrial output); 0.8620 euros per dollar (exchange rate).",
        "Copy check: 9 sentences searched, 1 reworded (the U.S. rank sentence, whose opening matched a Xinhua "
        "sentence on the United States as biggest importer of German goods). One later edit for evidence: the "
        "September surplus sentence was joined to the October surplus sentence.",
        "Second check: 26 sentences searched, 5 reworded.",
    ],
    "facts": [
        fact(DE, "exports", "growth", 1.8, "percent", OCT, "1.8", S_ADJ, basis="mom"),
        fact(DE, "exports", "value", 132.4e9, "EUR", OCT, "132.4 billion", S_ADJ),
        fact(DE, "exports", "growth", -0.6, "percent", SEP, "0.6", S_SEP, basis="mom"),
        fact(DE, "imports", "growth", 0.7, "percent", OCT, "0.7", S_IMP, basis="mom"),
        fact(DE, "imports", "value", 115.9e9, "EUR", OCT, "115.9 billion", S_IMP),
        fact(DE, "balance", "value", 16.5e9, "EUR", OCT, "16.5 billion", S_BAL),
        fact(DE, "balance", "value", 19.1e9, "USD", OCT, "$19.1 billion", S_BAL),
        fact(DE, "balance", "value", 15.0e9, "EUR", SEP, "15.0 billion", S_BAL),
        fact(DE, "exports", "value", 134.1e9, "EUR", OCT, "134.1 billion", S_UNADJ),
        fact(DE, "exports", "growth", 2.9, "percent", OCT, "2.9", S_UNADJ),
        fact(DE, "imports", "growth", 4.1, "percent", OCT, "4.1", S_UNADJ),
        fact(DE, "imports", "value", 117.3e9, "EUR", OCT, "117.3 billion", S_UNADJ),
        fact(DE, "balance", "value", 16.8e9, "EUR", OCT, "16.8 billion", S_UBAL),
        fact(DE, "balance", "value", 17.6e9, "EUR", OCT25, "17.6 billion", S_UBAL),
        fact(DE, "exports", "growth", 3.4, "percent", OCT, "3.4", S_EU, partner="European Union", basis="mom"),
        fact(DE, "exports", "value", 73.6e9, "EUR", OCT, "73.6 billion", S_EU, partner="European Union"),
        fact(DE, "exports", "value", 51.2e9, "EUR", OCT, "51.2 billion", S_EU, partner="Euro area"),
        fact(DE, "exports", "growth", 3.9, "percent", OCT, "3.9", S_EU, partner="Euro area", basis="mom"),
        fact(DE, "exports", "value", 22.4e9, "EUR", OCT, "22.4 billion", S_NONEA,
             partner="non-euro area EU countries"),
        fact(DE, "exports", "growth", 2.3, "percent", OCT, "2.3", S_NONEA,
             partner="non-euro area EU countries", basis="mom"),
        fact(DE, "exports", "growth", -0.1, "percent", OCT, "0.1", S_NONEU, partner="non-EU countries", basis="mom"),
        fact(DE, "exports", "value", 58.8e9, "EUR", OCT, "58.8 billion", S_NONEU, partner="non-EU countries"),
        fact(DE, "exports", "rank", 1, "number", OCT, "largest", S_US, partner="United States"),
        fact(DE, "exports", "growth", -2.7, "percent", OCT, "2.7", S_US, partner="United States", basis="mom"),
        fact(DE, "exports", "value", 11.9e9, "EUR", OCT, "11.9 billion", S_US, partner="United States"),
        fact(DE, "exports", "growth", -9.4, "percent", OCT, "9.4", S_US_Y, partner="United States"),
        fact(DE, "exports", "growth", -8.1, "percent", JAN_OCT, "8.1", S_US_Y, partner="United States"),
        fact(DE, "exports", "growth", -1.5, "percent", OCT, "1.5", S_CN, partner="China", basis="mom"),
        fact(DE, "exports", "value", 6.6e9, "EUR", OCT, "6.6 billion", S_CN, partner="China"),
        fact(DE, "exports", "growth", -11.2, "percent", OCT, "11.2", S_CN, partner="China"),
        fact(DE, "imports", "rank", 1, "number", OCT, "largest", S_CN_M, partner="China"),
        fact(DE, "imports", "growth", 2.6, "percent", OCT, "2.6", S_CN_M, partner="China", basis="mom"),
        fact(DE, "imports", "value", 13.8e9, "EUR", OCT, "13.8 billion", S_CN_M, partner="China"),
        fact(DE, "exports", "growth", 0.8, "percent", OCT, "0.8", S_UK, partner="United Kingdom", basis="mom"),
        fact(DE, "exports", "value", 6.9e9, "EUR", OCT, "6.9 billion", S_UK, partner="United Kingdom"),
    ],
}
