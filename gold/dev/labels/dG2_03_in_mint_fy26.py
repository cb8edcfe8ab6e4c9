from _fact import fact, period

FY = {"start": "2025-04", "end": "2026-03"}
MAR = period(2026, 3)
E_GOODS = "goods exports increased 1% to $441.8 billion and imports grew 2.1% to $735.6 billion"
E_SVC = "Estimated services exports of $412.4 billion, 7.5% higher than a year earlier, yielded a $204.1 billion surplus in services trade"
E_US = "India's largest export destination was still the US, which took $88.9 billion, a 20.1% share of the total"
E_PET = "Overseas sales of them dropped 12.4% to $55.5 billion"

ARTICLE = {
    "id": "dG2_03_in_mint_fy26",
    "title": "Record $293.8 billion goods trade deficit for India in FY26 as services exports cushion the impact",
    "publisher": "Mint",
    "published": "2026-04-16",
    "notes": [
        "The text states the fiscal year (2025-26, 'the financial year that ended 31 March'): period April 2025 to March 2026, written as a dict because it crosses calendar years.",
        "Publisher: Mint, named in the byline line.",
        "Headline and body state the same merchandise deficit: labelled once, with body evidence.",
        "Goods alone carry product null; services 'services'; 'Adding services, total exports' and 'the deficit for goods and services together' carry 'goods and services'.",
        "'₹37.86 lakh crore' is the rupee value of the same goods exports: a separate INR fact.",
        "Petroleum products: 'Overseas sales of them' refers back to the product named in the previous sentence; 'among India's leading export items' states no rank.",
        "'gone above the $100-billion mark' is a threshold beside the exact $104.3 billion: exact figure only.",
        "'imports of gold rose to ₹33,540 crore': INR value for March, product gold; the crore figure has five digits, so western and Indian digit grouping agree.",
        "Out of scope: rupee average of 85.7 (exchange rate), the $1 trillion goal for 2030, the 50% US tariff, the current account deficit of 0.8% of GDP and '0.2 percentage points', the economist's comments.",
    ],
    "facts": [
        fact("India", "balance", "value", -293.8e9, "USD", FY, "293.8 billion",
             "pushing India's merchandise trade deficit to a record $293.8 billion in 2025-26"),
        fact("India", "exports", "value", 441.8e9, "USD", FY, "441.8 billion", E_GOODS),
        fact("India", "exports", "growth", 1, "percent", FY, "1", E_GOODS),
        fact("India", "imports", "value", 735.6e9, "USD", FY, "735.6 billion", E_GOODS),
        fact("India", "imports", "growth", 2.1, "percent", FY, "2.1", E_GOODS),
        fact("India", "exports", "value", 37.86e12, "INR", FY, "37.86 lakh crore",
             "Measured in rupees, merchandise exports amounted to ₹37.86 lakh crore"),
        fact("India", "exports", "value", 412.4e9, "USD", FY, "412.4 billion", E_SVC, product="services"),
        fact("India", "exports", "growth", 7.5, "percent", FY, "7.5", E_SVC, product="services"),
        fact("India", "balance", "value", 204.1e9, "USD", FY, "204.1 billion", E_SVC, product="services"),
        fact("India", "exports", "value", 854.2e9, "USD", FY, "854.2 billion",
             "Adding services, total exports reached a record $854.2 billion",
             product="goods and services"),
        fact("India", "balance", "value", -89.7e9, "USD", FY, "89.7 billion",
             "the deficit for goods and services together came to $89.7 billion", product="goods and services"),
        fact("India", "exports", "growth", -12.4, "percent", FY, "12.4", E_PET, product="petroleum products"),
        fact("India", "exports", "value", 55.5e9, "USD", FY, "55.5 billion", E_PET, product="petroleum products"),
        fact("India", "exports", "rank", 1, "number", FY, "largest", E_US, partner="United States"),
        fact("India", "exports", "value", 88.9e9, "USD", FY, "88.9 billion", E_US, partner="United States"),
        fact("India", "exports", "share", 20.1, "percent", FY, "20.1", E_US, partner="United States"),
        fact("India", "balance", "value", -104.3e9, "USD", FY, "104.3 billion",
             "India's deficit with China ballooned to $104.3 billion", partner="China"),
        fact("India", "exports", "growth", -3.2, "percent", MAR, "3.2",
             "For March on its own, goods exports were down 3.2% on a year earlier"),
        fact("India", "balance", "value", -18.8e9, "USD", MAR, "18.8 billion",
             "a trade deficit of $18.8 billion for the month"),
        fact("India", "imports", "value", 33540e7, "INR", MAR, "33,540 crore",
             "imports of gold rose to ₹33,540 crore that month", product="gold"),
    ],
}
