from _fact import fact, period

Y25 = period(2025, 1, 12)
Y24 = period(2024, 1, 12)
DEC = period(2025, 12)
NOV = period(2025, 11)
US = "United States"
GS = "goods and services"
E_LEAD = "the nation's 2025 trade deficit came in at $901.5 billion"
E_GS = "the deficit was 0.2% smaller than the $903.5 billion gap posted in 2024"
E_XM = ("Over the year the country sold $3.43 trillion abroad, a gain of 6.2%, while its purchases from overseas "
        "increased 4.8% to $4.33 trillion.")
E_GOODS = "On merchandise alone, the shortfall reached $1.24 trillion, 2.1% wider than a year earlier."
E_SERV = ("A growing surplus in services, which include tourism, software licensing and financial fees, kept the overall "
          "figure from climbing: it rose to $339.5 billion last year from $312.0 billion the year before.")
E_DEC = ("The December figures, delayed by last autumn's government shutdown, showed the monthly gap jumping 32.6% from "
         "November to $70.3 billion.")
E_DEC_XM = ("Exports slipped 1.7% from the previous month to $287.3 billion, partly because of lower shipments of nonmonetary "
            "gold, while imports rose 3.6% to $357.6 billion")
E_CHINA = "At $202.1 billion, the goods shortfall with the world's second-biggest economy was 31.6% below its 2024 level"
E_CHINA_XM = "American exports to China fell to $106.3 billion and imports from China to $308.4 billion"
E_VN = "With Vietnam, the gap rose 44.3% to $178.2 billion"
E_EU = "The European Union was the partner behind the largest U.S. goods deficit, at $218.8 billion."
E_MX = "Against Mexico, the goods gap increased from $171.8 billion in 2024 to $196.9 billion."

ARTICLE = {
    "id": "dAO2_01_us_trade_deficit_2025_annual",
    "title": "US trade gap edges down to $901.5 billion in 2025 as goods deficit sets a record despite tariffs",
    "publisher": "AP",
    "published": "2026-02-19",
    "notes": [
        "Publisher: the dateline names AP ('WASHINGTON (AP)'); published Thursday 2026-02-19, the day of the December/annual release. 'Last year' is 2025.",
        "Headline $901.5 billion and the lead's $901.5 billion are one observation, labelled once with the lead as evidence.",
        "Headline US totals (overall deficit, exports, imports, December gap, December exports/imports, November revision) are goods and services: product 'goods and services'. Goods-only figures (goods deficit, all country figures) carry product null; services surplus 'services'.",
        "Deficits are negative balances; the services surplus is positive. '0.2% smaller' of the combined deficit -> -0.2; '2.1% wider' -> +2.1; '31.6% below its 2024 level' (China deficit) -> -31.6; 'rose 44.3%' (Vietnam deficit) -> +44.3 (growth of a deficit follows its verb).",
        "Prior-year levels stated in the text are labelled for 2024: combined deficit $903.5 billion, services surplus $312.0 billion ('the year before'), Mexico deficit $171.8 billion.",
        "'jumping 32.6% from November' and 'slipped 1.7% from the previous month ... imports rose 3.6%': basis mom; the imports rate shares the sentence's month-on-month frame.",
        "November's revised deficit $53.0 billion: a November balance fact (goods and services).",
        "EU: 'the largest U.S. goods deficit' -> rank 1 of the balance with the European Union for 2025, plus its value.",
        "Taiwan 'came close to doubling, reaching $146.8 billion': value labelled; 'came close to doubling' has no numeral and no stated rate, so no growth fact.",
        "Out: economists' forecast $55.5 billion; Granite Ridge projection ~$780 billion for 2026; tariff rates (100%, effective 13.6% and 2.4%); GDP (0.6% contraction, 3.8% pace); years and dates (April 2, 1977); 'third-largest on record' and 'smallest in more than two decades' (record/milestone, not a partner rank); 'second-biggest economy' (not trade).",
        "December gap with China $12.4 billion: goods balance, partner China, December 2025.",
    ],
    "facts": [
        fact(US, "balance", "value", -901.5e9, "USD", Y25, "901.5 billion", E_LEAD, product=GS),
        fact(US, "balance", "growth", -0.2, "percent", Y25, "0.2", E_GS, product=GS),
        fact(US, "balance", "value", -903.5e9, "USD", Y24, "903.5 billion", E_GS, product=GS),
        fact(US, "exports", "value", 3.43e12, "USD", Y25, "3.43 trillion", E_XM, product=GS),
        fact(US, "exports", "growth", 6.2, "percent", Y25, "6.2", E_XM, product=GS),
        fact(US, "imports", "value", 4.33e12, "USD", Y25, "4.33 trillion", E_XM, product=GS),
        fact(US, "imports", "growth", 4.8, "percent", Y25, "4.8", E_XM, product=GS),
        fact(US, "balance", "value", -1.24e12, "USD", Y25, "1.24 trillion", E_GOODS),
        fact(US, "balance", "growth", 2.1, "percent", Y25, "2.1", E_GOODS),
        fact(US, "balance", "value", 339.5e9, "USD", Y25, "339.5 billion", E_SERV, product="services"),
        fact(US, "balance", "value", 312.0e9, "USD", Y24, "312.0 billion", E_SERV, product="services"),
        fact(US, "balance", "growth", 32.6, "percent", DEC, "32.6", E_DEC, product=GS, basis="mom"),
        fact(US, "balance", "value", -70.3e9, "USD", DEC, "70.3 billion", E_DEC, product=GS),
        fact(US, "balance", "value", -53.0e9, "USD", NOV, "53.0 billion",
             "November's deficit was revised to $53.0 billion.", product=GS),
        fact(US, "exports", "growth", -1.7, "percent", DEC, "1.7", E_DEC_XM, product=GS, basis="mom"),
        fact(US, "exports", "value", 287.3e9, "USD", DEC, "287.3 billion", E_DEC_XM, product=GS),
        fact(US, "imports", "growth", 3.6, "percent", DEC, "3.6", E_DEC_XM, product=GS, basis="mom"),
        fact(US, "imports", "value", 357.6e9, "USD", DEC, "357.6 billion", E_DEC_XM, product=GS),
        fact(US, "balance", "growth", -31.6, "percent", Y25, "31.6", E_CHINA, partner="China"),
        fact(US, "balance", "value", -202.1e9, "USD", Y25, "202.1 billion", E_CHINA, partner="China"),
        fact(US, "exports", "value", 106.3e9, "USD", Y25, "106.3 billion", E_CHINA_XM, partner="China"),
        fact(US, "imports", "value", 308.4e9, "USD", Y25, "308.4 billion", E_CHINA_XM, partner="China"),
        fact(US, "balance", "value", -12.4e9, "USD", DEC, "12.4 billion",
             "In December alone the gap with China came to $12.4 billion.", partner="China"),
        fact(US, "balance", "growth", 44.3, "percent", Y25, "44.3", E_VN, partner="Vietnam"),
        fact(US, "balance", "value", -178.2e9, "USD", Y25, "178.2 billion", E_VN, partner="Vietnam"),
        fact(US, "balance", "value", -146.8e9, "USD", Y25, "146.8 billion",
             "with Taiwan the deficit came close to doubling, reaching $146.8 billion", partner="Taiwan"),
        fact(US, "balance", "rank", 1, "number", Y25, "largest", E_EU, partner="European Union"),
        fact(US, "balance", "value", -218.8e9, "USD", Y25, "218.8 billion", E_EU, partner="European Union"),
        fact(US, "balance", "value", -196.9e9, "USD", Y25, "196.9 billion", E_MX, partner="Mexico"),
        fact(US, "balance", "value", -171.8e9, "USD", Y24, "171.8 billion", E_MX, partner="Mexico"),
    ],
}
