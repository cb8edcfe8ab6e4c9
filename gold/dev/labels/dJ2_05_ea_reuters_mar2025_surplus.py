from _fact import fact, period

MAR = period(2025, 3)
FEB = period(2025, 2)
MAR_LY = period(2024, 3)
Q1 = period(2025, 1, 3)
Q1_LY = period(2024, 1, 3)
EA = "Euro area"
EU = "European Union"
US = "United States"

E_BAL = "ran a non-seasonally adjusted surplus in goods trade of 36.8 billion euros ($41.3 billion) for March, versus 17.5 billion euros in March 2024"
E_EXP = "Exports from the euro zone rose 13.6% from a year earlier, reaching 278.9 billion euros"
E_IMP = "imports increased 6.2% to 242.1 billion euros"
E_SA = "After seasonal adjustment, the March surplus grew to 27.9 billion euros from 21.0 billion in February"
E_SA_G = "as exports gained 9.0% month-on-month and imports were 4.6% higher"
E_Q1_BAL = "the currency bloc ran a surplus of 88.1 billion euros, against 63.5 billion euros in January-March 2024"
E_Q1_FLOWS = "with exports up 8.1% at 727.9 billion euros and imports up 4.9% at 639.8 billion"
E_US = "In March the 27-nation European Union's exports to the United States surged 59.5% to 71.4 billion euros"
E_CN_EXP = "EU exports to China dropped 6.9% to 17.3 billion euros"
E_CN_IMP = "imports from China rose 10.2% to 46.3 billion euros"
E_CN_BAL = "the EU's shortfall in trade with China, the world's second-largest economy, grew to 29.0 billion euros, compared with 23.4 billion in March 2024"

ARTICLE = {
    "id": "dJ2_05_ea_reuters_mar2025_surplus",
    "title": "Exporters' rush to beat U.S. tariffs doubles euro zone's March trade surplus",
    "publisher": "Reuters",
    "published": "2025-05-16",
    "notes": [
        "Two areas: the euro zone (area 'Euro area') for the headline balance and flows, the 27-nation EU (area 'European Union') "
        "for trade with the United States and China.",
        "March is March 2025 (the text names March 2024 as the comparison and the first quarter of 2025).",
        "The unadjusted March surplus (36.8 billion euros) and the seasonally adjusted March surplus (27.9 billion euros) are "
        "both labelled as balance values for 2025-03: the record has no field for seasonal adjustment, so the two share every "
        "field but the value.",
        "The seasonally adjusted February surplus (21.0 billion) is labelled as the February balance; it too is seasonally adjusted.",
        "Expected consistency flags: the project's checker reads the adjusted and unadjusted March surpluses as one observation "
        "that disagrees (restatement_disagrees) and may pair the $41.3 billion with the adjusted 27.9 billion euros "
        "(exchange_rate_implausible); the $41.3 billion converts the unadjusted 36.8 billion euros.",
        "'exports gained 9.0% month-on-month and imports were 4.6% higher': seasonally adjusted month-on-month growth, basis mom; "
        "'imports were 4.6% higher' shares the paragraph's 'month-on-month' frame.",
        "The unadjusted flows (13.6% and 6.2%) are year-on-year, against March 2024.",
        "'36.8 billion euros ($41.3 billion)': the same observation in USD, exact (no 'about'); the '($1 = 0.8913 euros)' rate is out.",
        "'more than twice as large' (headline 'doubles') gives no number: not labelled.",
        "'the world's second-largest economy' is China's rank by economy size, not a trade rank: out.",
        "'the EU's shortfall in trade with China ... grew to 29.0 billion euros, compared with 23.4 billion in March 2024': both labelled, negative, "
        "March 2025 and March 2024.",
        "The 20% and 10% tariffs, '90 days', GDP growth 0.4%, '20 countries' and '27-nation': out of scope.",
    ],
    "facts": [
        fact(EA, "balance", "value", 36.8e9, "EUR", MAR, "36.8 billion", E_BAL),
        fact(EA, "balance", "value", 41.3e9, "USD", MAR, "41.3 billion", E_BAL),
        fact(EA, "balance", "value", 17.5e9, "EUR", MAR_LY, "17.5 billion", E_BAL),
        fact(EA, "exports", "growth", 13.6, "percent", MAR, "13.6", E_EXP),
        fact(EA, "exports", "value", 278.9e9, "EUR", MAR, "278.9 billion", E_EXP),
        fact(EA, "imports", "growth", 6.2, "percent", MAR, "6.2", E_IMP),
        fact(EA, "imports", "value", 242.1e9, "EUR", MAR, "242.1 billion", E_IMP),
        fact(EA, "balance", "value", 27.9e9, "EUR", MAR, "27.9 billion", E_SA),
        fact(EA, "balance", "value", 21.0e9, "EUR", FEB, "21.0 billion", E_SA),
        fact(EA, "exports", "growth", 9.0, "percent", MAR, "9.0", E_SA_G, basis="mom"),
        fact(EA, "imports", "growth", 4.6, "percent", MAR, "4.6", E_SA_G, basis="mom"),
        fact(EA, "balance", "value", 88.1e9, "EUR", Q1, "88.1 billion", E_Q1_BAL),
        fact(EA, "balance", "value", 63.5e9, "EUR", Q1_LY, "63.5 billion", E_Q1_BAL),
        fact(EA, "exports", "growth", 8.1, "percent", Q1, "8.1", E_Q1_FLOWS),
        fact(EA, "exports", "value", 727.9e9, "EUR", Q1, "727.9 billion", E_Q1_FLOWS),
        fact(EA, "imports", "growth", 4.9, "percent", Q1, "4.9", E_Q1_FLOWS),
        fact(EA, "imports", "value", 639.8e9, "EUR", Q1, "639.8 billion", E_Q1_FLOWS),
        fact(EU, "exports", "growth", 59.5, "percent", MAR, "59.5", E_US, partner=US),
        fact(EU, "exports", "value", 71.4e9, "EUR", MAR, "71.4 billion", E_US, partner=US),
        fact(EU, "exports", "growth", -6.9, "percent", MAR, "6.9", E_CN_EXP, partner="China"),
        fact(EU, "exports", "value", 17.3e9, "EUR", MAR, "17.3 billion", E_CN_EXP, partner="China"),
        fact(EU, "imports", "growth", 10.2, "percent", MAR, "10.2", E_CN_IMP, partner="China"),
        fact(EU, "imports", "value", 46.3e9, "EUR", MAR, "46.3 billion", E_CN_IMP, partner="China"),
        fact(EU, "balance", "value", -29.0e9, "EUR", MAR, "29.0 billion", E_CN_BAL, partner="China"),
        fact(EU, "balance", "value", -23.4e9, "EUR", MAR_LY, "23.4 billion", E_CN_BAL, partner="China"),
    ],
}
