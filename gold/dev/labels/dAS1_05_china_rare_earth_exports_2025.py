from _fact import fact, period

OCT = period(2025, 10)
SEP = period(2025, 9)
OCT24 = period(2024, 10)
YTD = period(2025, 1, 10)
CN = "China"
RE = "rare earths"
MAG = "rare earth permanent magnets"
E_OCT_MOM = "Rare earth shipments from China picked up in October, rising 8.6% on September"
E_OCT_Q = "October's total for the 17 elements came to 4,343.5 metric tons, against 4,000.3 tons in September"
E_OCT24 = "Exports were also 4.8% higher than the 4,145 tons that left the country in October 2024."
E_VAL = "By value, October shipments came to 289.6 million yuan ($40.7 million)"
E_YTD_Q = "For the first 10 months of the year, China exported 52,699.2 tons"
E_YTD_V = "the value of year-to-date exports dropped 6.8% to 3.12 billion yuan"
E_JP = "Japan was again the biggest buyer, taking 1,102.6 tons, or 25.4% of the total."
E_US = "Shipments to the United States climbed 21.3% from September to 498.7 tons"
E_KR = "South Korea received 377.2 tons, 6.5% less than a month earlier"
E_MAG = "5,473 tons in October, 5.2% fewer than in September"
E_MAG_YOY = "Against October 2024, though, the tally was up 15.8%."
E_DE = "Germany 1,118 (-3.2%)"
E_US_M = "United States 656 (+56.1%)"
E_KR_M = "South Korea 569 (-33.4%)"
E_MAG_YTD = "Over January-October, magnet exports added up to 45,290 tons, 2.1% lower than in the same period of 2024"

ARTICLE = {
    "id": "dAS1_05_china_rare_earth_exports_2025",
    "title": "China's October rare earth exports rebound 8.6% on month; magnet shipments to U.S. jump 56%",
    "publisher": "Asia Metals Wire",
    "published": "2025-11-20",
    "notes": [
        "Publisher and date from the byline line ('Asia Metals Wire | November 20, 2025').",
        "Area China for every fact (exports of the world's dominant supplier, per GAC data). Product 'rare earths' for the aggregate of the 17 minerals; 'rare earth permanent magnets' for the magnet figures (the 'MAGNETS' section and its table).",
        "Headline '8.6% on month' and 'jump 56%' (rounded 56.1) are the same observations as the body and table: labelled once.",
        "Summary bullets repeat body observations (4,343.5 T and 8.6% m/m; value down 6.8%; U.S. magnets +56.1%): labelled once, with body evidence.",
        "'rising 8.6% on September' and 'up 8.6% m/m': growth basis mom. 'after three consecutive monthly falls': streak, out.",
        "'against 4,000.3 tons in September': the comparison base is itself a stated quantity, labelled as a September 2025 quantity fact. 'the 4,145 tons that left the country in October 2024' likewise labelled with period 2024-10. The 4.8% growth is yoy for October 2025 (the comparison base is not the period).",
        "'289.6 million yuan ($40.7 million)': CNY fact and USD fact. No hedging word around the conversion, so the USD qualifier is exact by the qualifier rule (judgement: a parenthetical conversion with no 'about').",
        "Jan-Oct: 'China exported 52,699.2 tons, 10.5% more than a year earlier' and 'the value of year-to-date exports dropped 6.8% to 3.12 billion yuan'. The 10.5% is volume growth beside the value growth of the same observation (bullet: 'up 10.5% by volume, value down 6.8%'): out per the guide; the value growth -6.8 is labelled. The tonnage 52,699.2 itself is labelled as a quantity.",
        "The monthly growth rates (8.6% m/m, 4.8% y/y, destinations, magnets) are tonnage changes, but no value growth is given beside them for the same observation, so they are labelled as the growth of the flow (judgement: the 'volume beside value' exclusion applies only where both are stated).",
        "'Japan was again the biggest buyer': rank 1 among destinations of rare earth exports (area China, partner Japan, product rare earths); '25.4% of the total' is Japan's share of China's October rare earth exports.",
        "'climbed 21.3% from September' (United States) and '6.5% less than a month earlier' (South Korea): mom, the latter negative.",
        "Magnets: '5.2% fewer than in September' -> -5.2 mom; 'Against October 2024, though, the tally was up 15.8%' -> yoy 15.8 (explicit yoy cue overrides the paragraph's mom frame).",
        "Flattened table 'Leading markets in October (tons; change from September)': each row is a quantity (tonnes) and a mom growth for October, product magnets; the row text is the evidence. 'Germany remained the top destination for the magnets': rank 1 for Germany, magnets, October.",
        "Magnet year-to-date: 45,290 tons, '2.1% lower than in the same period of 2024' -> -2.1 yoy, Jan-Oct 2025.",
        "Out: the analyst's expectation of 'around 4,500 tons' a month through Q1 2026 (forecast); 'Roughly 70% of the world's rare earth ore is mined in China, and about 90% of refined supply' (production shares, not trade flows); control dates (April 4, Oct. 9, Oct. 30), 'seven' and 'five' elements, 'one year' (not trade figures); '17 elements'.",
    ],
    "facts": [
        fact(CN, "exports", "quantity", 4343.5, "tonnes", OCT, "4,343.5", E_OCT_Q, product=RE),
        fact(CN, "exports", "growth", 8.6, "percent", OCT, "8.6", E_OCT_MOM, product=RE, basis="mom"),
        fact(CN, "exports", "quantity", 4000.3, "tonnes", SEP, "4,000.3", E_OCT_Q, product=RE),
        fact(CN, "exports", "quantity", 4145, "tonnes", OCT24, "4,145", E_OCT24, product=RE),
        fact(CN, "exports", "growth", 4.8, "percent", OCT, "4.8", E_OCT24, product=RE),
        fact(CN, "exports", "value", 289.6e6, "CNY", OCT, "289.6 million", E_VAL, product=RE),
        fact(CN, "exports", "value", 40.7e6, "USD", OCT, "40.7 million", E_VAL, product=RE),
        fact(CN, "exports", "quantity", 52699.2, "tonnes", YTD, "52,699.2", E_YTD_Q, product=RE),
        fact(CN, "exports", "value", 3.12e9, "CNY", YTD, "3.12 billion", E_YTD_V, product=RE),
        fact(CN, "exports", "growth", -6.8, "percent", YTD, "6.8", E_YTD_V, product=RE),
        fact(CN, "exports", "rank", 1, "number", OCT, "biggest", E_JP, partner="Japan", product=RE),
        fact(CN, "exports", "quantity", 1102.6, "tonnes", OCT, "1,102.6", E_JP, partner="Japan", product=RE),
        fact(CN, "exports", "share", 25.4, "percent", OCT, "25.4", E_JP, partner="Japan", product=RE),
        fact(CN, "exports", "growth", 21.3, "percent", OCT, "21.3", E_US, partner="United States", product=RE, basis="mom"),
        fact(CN, "exports", "quantity", 498.7, "tonnes", OCT, "498.7", E_US, partner="United States", product=RE),
        fact(CN, "exports", "quantity", 377.2, "tonnes", OCT, "377.2", E_KR, partner="South Korea", product=RE),
        fact(CN, "exports", "growth", -6.5, "percent", OCT, "6.5", E_KR, partner="South Korea", product=RE, basis="mom"),
        fact(CN, "exports", "growth", -5.2, "percent", OCT, "5.2", E_MAG, product=MAG, basis="mom"),
        fact(CN, "exports", "quantity", 5473, "tonnes", OCT, "5,473", E_MAG, product=MAG),
        fact(CN, "exports", "growth", 15.8, "percent", OCT, "15.8", E_MAG_YOY, product=MAG),
        fact(CN, "exports", "rank", 1, "number", OCT, "top", "Germany remained the top destination for the magnets.",
             partner="Germany", product=MAG),
        fact(CN, "exports", "quantity", 1118, "tonnes", OCT, "1,118", E_DE, partner="Germany", product=MAG),
        fact(CN, "exports", "growth", -3.2, "percent", OCT, "-3.2", E_DE, partner="Germany", product=MAG, basis="mom"),
        fact(CN, "exports", "quantity", 656, "tonnes", OCT, "656", E_US_M, partner="United States", product=MAG),
        fact(CN, "exports", "growth", 56.1, "percent", OCT, "56.1", E_US_M, partner="United States", product=MAG, basis="mom"),
        fact(CN, "exports", "quantity", 569, "tonnes", OCT, "569", E_KR_M, partner="South Korea", product=MAG),
        fact(CN, "exports", "growth", -33.4, "percent", OCT, "-33.4", E_KR_M, partner="South Korea", product=MAG, basis="mom"),
        fact(CN, "exports", "quantity", 45290, "tonnes", YTD, "45,290", E_MAG_YTD, product=MAG),
        fact(CN, "exports", "growth", -2.1, "percent", YTD, "2.1", E_MAG_YTD, product=MAG),
    ],
}
