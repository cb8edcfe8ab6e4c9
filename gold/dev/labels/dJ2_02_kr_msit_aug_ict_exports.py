from _fact import fact, period

AUG = period(2024, 8)
ICT = "ict products"
KR = "South Korea"

E_EXP = "August exports of information and communications technology (ICT) products amounted to USD 20.52 billion, up 27.4% from the same month a year earlier"
E_IMP = "ICT imports increased 11.2% to USD 11.87 billion"
E_SEMI = "Shipments of semiconductors soared 43.1% to USD 13.29 billion"
E_DISP = "Exports of displays grew 5.7% to USD 1.87 billion"
E_PHONE = "Exports of mobile phones fell 3.5% to USD 1.02 billion"
E_PC = "Computer and peripheral exports jumped 88.6% to USD 1.43 billion"
E_DEST = "ICT shipments to China, Vietnam and the United States grew by 16.8%, 11.3% and 52.1% to USD 7.05, 2.95 and 3.14 billion, respectively"
E_CUM = "In January-August, ICT exports totaled USD 150.5 billion, 21.9% more than a year earlier"

ARTICLE = {
    "id": "dJ2_02_kr_msit_aug_ict_exports",
    "title": "August ICT exports climb 27.4% to USD 20.5 billion as chips log record August",
    "publisher": "Ministry of Science and ICT",
    "published": "2024-09-13",
    "notes": [
        "The text gives no year: August and 'January-August' take 2024 from the published date.",
        "Figures for the ICT sector as a whole carry product 'ict products'; the item figures carry the item "
        "('semiconductors', 'displays', 'mobile phones', 'computers and peripherals').",
        "Destination figures are ICT exports to the partner: product 'ict products' with the partner.",
        "The headline's 'USD 20.5 billion' and '27.4%' restate the body (USD 20.52 billion): labelled once, body evidence.",
        "'USD 7.05, 2.95 and 3.14 billion, respectively': the scale is written once, after the last figure; 7.05 and 2.95 take it.",
        "'Counting Hong Kong, ICT exports to China totaled USD 8.82 billion': a grouped partner, 'China, Hong Kong', "
        "separate from the USD 7.05 billion to China alone.",
        "'Extending their growth streak to ten months': streak, out. 'a record for the month of August': a record, no rank labelled.",
        "'35.4% of South Korea's total exports': share of ICT products in South Korea's exports.",
    ],
    "facts": [
        fact(KR, "exports", "value", 20.52e9, "USD", AUG, "20.52 billion",
             "August exports of information and communications technology (ICT) products amounted to USD 20.52 billion", product=ICT),
        fact(KR, "exports", "growth", 27.4, "percent", AUG, "27.4", E_EXP, product=ICT),
        fact(KR, "imports", "growth", 11.2, "percent", AUG, "11.2", E_IMP, product=ICT),
        fact(KR, "imports", "value", 11.87e9, "USD", AUG, "11.87 billion", E_IMP, product=ICT),
        fact(KR, "balance", "value", 8.65e9, "USD", AUG, "8.65 billion",
             "giving the sector a trade surplus of USD 8.65 billion", product=ICT),
        fact(KR, "exports", "share", 35.4, "percent", AUG, "35.4",
             "ICT exports made up 35.4% of South Korea's total exports in August", product=ICT),
        fact(KR, "exports", "growth", 43.1, "percent", AUG, "43.1", E_SEMI, product="semiconductors"),
        fact(KR, "exports", "value", 13.29e9, "USD", AUG, "13.29 billion", E_SEMI, product="semiconductors"),
        fact(KR, "exports", "growth", 5.7, "percent", AUG, "5.7", E_DISP, product="displays"),
        fact(KR, "exports", "value", 1.87e9, "USD", AUG, "1.87 billion", E_DISP, product="displays"),
        fact(KR, "exports", "growth", -3.5, "percent", AUG, "3.5", E_PHONE, product="mobile phones"),
        fact(KR, "exports", "value", 1.02e9, "USD", AUG, "1.02 billion", E_PHONE, product="mobile phones"),
        fact(KR, "exports", "growth", 88.6, "percent", AUG, "88.6", E_PC, product="computers and peripherals"),
        fact(KR, "exports", "value", 1.43e9, "USD", AUG, "1.43 billion", E_PC, product="computers and peripherals"),
        fact(KR, "exports", "growth", 16.8, "percent", AUG, "16.8", E_DEST, partner="China", product=ICT),
        fact(KR, "exports", "growth", 11.3, "percent", AUG, "11.3", E_DEST, partner="Vietnam", product=ICT),
        fact(KR, "exports", "growth", 52.1, "percent", AUG, "52.1", E_DEST, partner="United States", product=ICT),
        fact(KR, "exports", "value", 7.05e9, "USD", AUG, "7.05", E_DEST, partner="China", product=ICT),
        fact(KR, "exports", "value", 2.95e9, "USD", AUG, "2.95", E_DEST, partner="Vietnam", product=ICT),
        fact(KR, "exports", "value", 3.14e9, "USD", AUG, "3.14 billion", E_DEST, partner="United States", product=ICT),
        fact(KR, "exports", "value", 8.82e9, "USD", AUG, "8.82 billion",
             "Counting Hong Kong, ICT exports to China totaled USD 8.82 billion", partner="China, Hong Kong", product=ICT),
        fact(KR, "exports", "value", 150.5e9, "USD", period(2024, 1, 8), "150.5 billion", E_CUM, product=ICT),
        fact(KR, "exports", "growth", 21.9, "percent", period(2024, 1, 8), "21.9", E_CUM, product=ICT),
    ],
}
