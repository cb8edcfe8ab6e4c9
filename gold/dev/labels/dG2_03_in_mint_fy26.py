from _fact import fact, period

FY = {"start": "2025-04", "end": "2026-03"}
MAR = period(2026, 3)
E_GOODS = "Goods exports in the financial year ended 31 March rose 1% to $441.8 billion, while imports climbed 2.1% to $735.6 billion"
E_SVC = "Services exports are estimated at $412.4 billion, up 7.5% from a year earlier, producing a services trade surplus of $204.1 billion"
E_US = "the US remained India's largest export destination at $88.9 billion, or 20.1% of the total"
E_PET = "Their exports fell 12.4% to $55.5 billion"

ARTICLE = {
    "id": "dG2_03_in_mint_fy26",
    "title": "India's goods trade deficit widens to record $293.8 billion in FY26; services exports soften the blow",
    "publisher": "Mint",
    "published": "2026-04-16",
    "notes": [
        "The text states the fiscal year (2025-26, 'the financial year ended 31 March'): period April 2025 to March 2026, written as a dict because it crosses calendar years.",
        "Publisher: Mint, named in the byline line.",
        "Headline and body state the same merchandise deficit: labelled once, with body evidence.",
        "Goods alone carry product null; services 'services'; 'overall exports ... Including services' and the 'combined trade deficit for goods and services' carry 'goods and services'.",
        "'₹37.86 lakh crore' is the rupee value of the same goods exports: a separate INR fact.",
        "Petroleum products: 'Their exports' refers back to the product named in the previous sentence; 'one of India's biggest export items' states no rank.",
        "'crossing the $100-billion mark' is a threshold beside the exact $104.3 billion: exact figure only.",
        "'Gold imports jumped to ₹33,540 crore': INR value for March, product gold; the crore figure has five digits, so western and Indian digit grouping agree.",
        "Out of scope: rupee average of 85.7 (exchange rate), the $1 trillion goal for 2030, the 50% US tariff, the current account deficit of 0.8% of GDP and '0.2 percentage points', the economist's quote.",
    ],
    "facts": [
        fact("India", "balance", "value", -293.8e9, "USD", FY, "293.8 billion",
             "India's merchandise trade deficit widened to a record $293.8 billion in 2025-26"),
        fact("India", "exports", "value", 441.8e9, "USD", FY, "441.8 billion", E_GOODS),
        fact("India", "exports", "growth", 1, "percent", FY, "1", E_GOODS),
        fact("India", "imports", "value", 735.6e9, "USD", FY, "735.6 billion", E_GOODS),
        fact("India", "imports", "growth", 2.1, "percent", FY, "2.1", E_GOODS),
        fact("India", "exports", "value", 37.86e12, "INR", FY, "37.86 lakh crore",
             "In rupee terms, outward shipments of goods were worth ₹37.86 lakh crore"),
        fact("India", "exports", "value", 412.4e9, "USD", FY, "412.4 billion", E_SVC, product="services"),
        fact("India", "exports", "growth", 7.5, "percent", FY, "7.5", E_SVC, product="services"),
        fact("India", "balance", "value", 204.1e9, "USD", FY, "204.1 billion", E_SVC, product="services"),
        fact("India", "exports", "value", 854.2e9, "USD", FY, "854.2 billion",
             "Including services, India's overall exports touched an all-time high of $854.2 billion",
             product="goods and services"),
        fact("India", "balance", "value", -89.7e9, "USD", FY, "89.7 billion",
             "the combined trade deficit for goods and services stood at $89.7 billion", product="goods and services"),
        fact("India", "exports", "growth", -12.4, "percent", FY, "12.4", E_PET, product="petroleum products"),
        fact("India", "exports", "value", 55.5e9, "USD", FY, "55.5 billion", E_PET, product="petroleum products"),
        fact("India", "exports", "rank", 1, "number", FY, "largest", E_US, partner="United States"),
        fact("India", "exports", "value", 88.9e9, "USD", FY, "88.9 billion", E_US, partner="United States"),
        fact("India", "exports", "share", 20.1, "percent", FY, "20.1", E_US, partner="United States"),
        fact("India", "balance", "value", -104.3e9, "USD", FY, "104.3 billion",
             "The trade deficit with China swelled to $104.3 billion", partner="China"),
        fact("India", "exports", "growth", -3.2, "percent", MAR, "3.2",
             "In March alone, merchandise exports slipped 3.2% from a year ago"),
        fact("India", "balance", "value", -18.8e9, "USD", MAR, "18.8 billion",
             "the monthly trade deficit came in at $18.8 billion"),
        fact("India", "imports", "value", 33540e7, "INR", MAR, "33,540 crore",
             "Gold imports jumped to ₹33,540 crore in the month", product="gold"),
    ],
}
