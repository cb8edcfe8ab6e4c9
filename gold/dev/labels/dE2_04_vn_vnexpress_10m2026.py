from _fact import fact, period

P = period(2026, 1, 10)
OCT = period(2026, 10)
E_EXP = "In the first 10 months of 2026, Vietnam's exports climbed 16.2% year-on-year to $391.04 billion"
E_IMP = "Imports outpaced them, rising 18.6% to $371.92 billion"
E_TOT = "Two-way trade for January-October totaled $762.96 billion, 17.4% more than in the same months of last year."
E_FDI = "The FDI sector's exports, crude oil included, reached $301.2 billion, rising 22.6% and making up 77% of the total"
E_OCT = "For the month of October, exports were estimated at $42.1 billion, 3.2% higher than in September and 17.5% above the level of October last year"
E_US = "American buyers took $126.6 billion worth of Vietnamese goods, up 27.8%, keeping the U.S. as Vietnam's largest export market."
E_CN = "the trade deficit Vietnam ran with China expanded 45% to $93.4 billion"

ARTICLE = {
    "id": "dE2_04_vn_vnexpress_10m2026",
    "title": "Vietnam's 10-month surplus with the US exceeds $110 billion",
    "publisher": "VnExpress International",
    "published": "2026-11-06",
    "notes": [
        "Running period: the first 10 months (January-October) of 2026, stated in the text; 'For the month of October' is 2026-10.",
        "Headline 'exceeds $110 billion' is a threshold for the same observation as the body's exact $110.1 billion: the exact figure only.",
        "'more than three quarters of them' restates the FDI share given exactly as 77%: the exact figure only.",
        "FDI figures carry segment 'fdi sector' (the text's words); 'domestic firms accounting for the other $89.84 billion' "
        "is the domestic segment's exports.",
        "'exports were estimated at $42.1 billion': an official estimate, qualifier exact.",
        "'3.2% higher than in September' is month-on-month; '17.5% above the level of October last year' year-on-year, in one sentence.",
        "'the growth of a deficit follows its verb': deficit with China 'expanded 45%' is +45.",
        "'largest export market' (U.S.): stated rank of exports, rank 1.",
        "Surpluses with the EU and Japan and deficits with South Korea and ASEAN give no figures: nothing to label.",
        "Out of scope: the 20% and 40% tariffs, the 12% export growth target, GDP 8% target and 8.23% growth, CPI 3.27%, "
        "disbursed FDI of $21.3 billion (investment, not trade) and 'a five-year high'.",
    ],
    "facts": [
        fact("Vietnam", "exports", "growth", 16.2, "percent", P, "16.2", E_EXP),
        fact("Vietnam", "exports", "value", 391.04e9, "USD", P, "391.04 billion", E_EXP),
        fact("Vietnam", "imports", "growth", 18.6, "percent", P, "18.6", E_IMP),
        fact("Vietnam", "imports", "value", 371.92e9, "USD", P, "371.92 billion", E_IMP),
        fact("Vietnam", "balance", "value", 19.12e9, "USD", P, "19.12 billion",
             "the trade surplus came to $19.12 billion"),
        fact("Vietnam", "total", "value", 762.96e9, "USD", P, "762.96 billion", E_TOT),
        fact("Vietnam", "total", "growth", 17.4, "percent", P, "17.4", E_TOT),
        fact("Vietnam", "exports", "value", 301.2e9, "USD", P, "301.2 billion", E_FDI, segment="fdi sector"),
        fact("Vietnam", "exports", "growth", 22.6, "percent", P, "22.6", E_FDI, segment="fdi sector"),
        fact("Vietnam", "exports", "share", 77, "percent", P, "77", E_FDI, segment="fdi sector"),
        fact("Vietnam", "exports", "value", 89.84e9, "USD", P, "89.84 billion",
             "domestic firms accounting for the other $89.84 billion", segment="domestic firms"),
        fact("Vietnam", "exports", "value", 42.1e9, "USD", OCT, "42.1 billion", E_OCT),
        fact("Vietnam", "exports", "growth", 3.2, "percent", OCT, "3.2", E_OCT, basis="mom"),
        fact("Vietnam", "exports", "growth", 17.5, "percent", OCT, "17.5", E_OCT),
        fact("Vietnam", "exports", "rank", 1, "number", P, "largest", E_US, partner="United States"),
        fact("Vietnam", "exports", "value", 126.6e9, "USD", P, "126.6 billion", E_US, partner="United States"),
        fact("Vietnam", "exports", "growth", 27.8, "percent", P, "27.8", E_US, partner="United States"),
        fact("Vietnam", "balance", "value", 110.1e9, "USD", P, "110.1 billion",
             "Vietnam recorded a $110.1 billion trade surplus with the U.S.", partner="United States"),
        fact("Vietnam", "balance", "growth", 45, "percent", P, "45", E_CN, partner="China"),
        fact("Vietnam", "balance", "value", -93.4e9, "USD", P, "93.4 billion", E_CN, partner="China"),
    ],
}
