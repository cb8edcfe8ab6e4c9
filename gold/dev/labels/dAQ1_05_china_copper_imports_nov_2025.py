from _fact import fact, period

NOV = period(2025, 11)
OCT = period(2025, 10)
NOV24 = period(2024, 11)
YTD = period(2025, 1, 11)
CN = "China"
UC = "unwrought copper and products"
CONC = "copper ore and concentrate"
REF = "refined copper"
DRC = "Democratic Republic of the Congo"
E_UC = ("put last month's imports of unwrought copper and products -- a category covering anode, refined, alloy and "
        "semi-finished copper -- at 449,827 metric tons")
E_UC_CMP = "The total was 4.1% above October's 432,000 tons and 14.8% below the 528,000 tons of November 2024"
E_UC_YTD = "In the first 11 months, China brought in 4.82 million tons of unwrought copper, 6.0% lower than in the year-earlier period."
E_CONC = ("Arrivals of copper ore and concentrate, which smelters turn into metal, totalled 2.53 million tons in November, "
          "3.3% more than October's 2.45 million tons and 12.4% higher than a year earlier.")
E_CONC_VAL = "They were valued at about $6.12 billion."
E_CONC_YTD = "January-November concentrate imports came to 27.6 million tons, up 7.8%."
E_CHILE = "Chile remained the biggest supplier of concentrate, shipping 742,000 tons, or 29.3% of the total"
E_PERU = "Arrivals from Peru jumped 18.6% from a year earlier to 651,000 tons."
E_REF = "China's imports of refined copper, a subset of the unwrought total, fell 9.8% year-on-year to 268,400 tons."
E_DRC = "The Democratic Republic of Congo was again the top source of cathode with 96,300 tons, a 35.9% share"
E_CHILE_REF = "Chile ranked second at 61,700 tons"
E_RUS = "Shipments from Russia slumped 41.2% to 27,900 tons"
E_EXP = ("Exports of refined copper, which have been supported by a wide arbitrage between Shanghai and London prices "
         "for much of the second half, rose 62.5% to 36,200 tons.")

ARTICLE = {
    "id": "dAQ1_05_china_copper_imports_nov_2025",
    "title": "China's November copper imports edge up from October but stay 14.8% below last year as prices bite",
    "publisher": "Reuters",
    "published": "2025-12-20",
    "notes": [
        "Dateline 'BEIJING, Dec 20 (Reuters)': published 2025-12-20; 'last month' and November are November 2025.",
        "Physical amounts are quantity facts in tonnes ('metric tons', 'tons'); area China, flow imports unless exports are named.",
        "Product names kept per family across the article: 'unwrought copper and products' (the defined aggregate; the year-to-date sentence's 'unwrought copper' is the same series), 'copper ore and concentrate' (the supplier paragraph's 'concentrate'), 'refined copper' (the Congo sentence's 'cathode').",
        "Comparison bases stated with their own numbers are labelled for their own periods: 432,000 tons in October 2025, 528,000 tons in November 2024, and October's 2.45 million tons of concentrate.",
        "'4.1% above October's 432,000 tons' and '3.3% more than October's 2.45 million tons' are comparisons with the month before: basis mom.",
        "The headline's '14.8% below last year' is the same observation as the body's '14.8% below the 528,000 tons': labelled once.",
        "'$6.12 billion' is the value of November concentrate imports ('They' = the arrivals), qualifier approx ('about').",
        "Supplier facts for November 2025 from the detailed data: Chile concentrate 742,000 tons, share 29.3% of concentrate imports and rank 1 ('biggest supplier'); Peru concentrate; DRC cathode 96,300 tons, share 35.9% of refined copper imports, rank 1 ('top source'); Chile refined rank 2 ('ranked second') and 61,700 tons; Russia refined.",
        "Partner for the DRC written as the canonical 'Democratic Republic of the Congo' (text: 'The Democratic Republic of Congo').",
        "Refined copper exports 'rose 62.5%' carries no comparison cue: yoy by default.",
        "Out of scope: LME price $11,771 and its date, Yangshan premium $38, TC/RCs minus $44.50, the 2026 benchmark of zero dollars, the 10% capacity pledge, the analyst's forecasts (480,000-520,000 tons a month, near 30 million tons), 'Lunar New Year', 'second half'.",
    ],
    "facts": [
        fact(CN, "imports", "quantity", 449827, "tonnes", NOV, "449,827", E_UC, product=UC),
        fact(CN, "imports", "growth", 4.1, "percent", NOV, "4.1", E_UC_CMP, product=UC, basis="mom"),
        fact(CN, "imports", "quantity", 432000, "tonnes", OCT, "432,000", E_UC_CMP, product=UC),
        fact(CN, "imports", "growth", -14.8, "percent", NOV, "14.8", E_UC_CMP, product=UC),
        fact(CN, "imports", "quantity", 528000, "tonnes", NOV24, "528,000", E_UC_CMP, product=UC),
        fact(CN, "imports", "quantity", 4.82e6, "tonnes", YTD, "4.82 million", E_UC_YTD, product=UC),
        fact(CN, "imports", "growth", -6.0, "percent", YTD, "6.0", E_UC_YTD, product=UC),
        fact(CN, "imports", "growth", 3.3, "percent", NOV, "3.3", E_CONC, product=CONC, basis="mom"),
        fact(CN, "imports", "quantity", 2.45e6, "tonnes", OCT, "2.45 million", E_CONC, product=CONC),
        fact(CN, "imports", "quantity", 2.53e6, "tonnes", NOV, "2.53 million", E_CONC, product=CONC),
        fact(CN, "imports", "growth", 12.4, "percent", NOV, "12.4", E_CONC, product=CONC),
        fact(CN, "imports", "value", 6.12e9, "USD", NOV, "6.12 billion", E_CONC_VAL, product=CONC, qualifier="approx"),
        fact(CN, "imports", "quantity", 27.6e6, "tonnes", YTD, "27.6 million", E_CONC_YTD, product=CONC),
        fact(CN, "imports", "growth", 7.8, "percent", YTD, "7.8", E_CONC_YTD, product=CONC),
        fact(CN, "imports", "rank", 1, "number", NOV, "biggest", E_CHILE, partner="Chile", product=CONC),
        fact(CN, "imports", "quantity", 742000, "tonnes", NOV, "742,000", E_CHILE, partner="Chile", product=CONC),
        fact(CN, "imports", "share", 29.3, "percent", NOV, "29.3", E_CHILE, partner="Chile", product=CONC),
        fact(CN, "imports", "growth", 18.6, "percent", NOV, "18.6", E_PERU, partner="Peru", product=CONC),
        fact(CN, "imports", "quantity", 651000, "tonnes", NOV, "651,000", E_PERU, partner="Peru", product=CONC),
        fact(CN, "imports", "growth", -9.8, "percent", NOV, "9.8", E_REF, product=REF),
        fact(CN, "imports", "quantity", 268400, "tonnes", NOV, "268,400", E_REF, product=REF),
        fact(CN, "imports", "rank", 1, "number", NOV, "top", E_DRC, partner=DRC, product=REF),
        fact(CN, "imports", "quantity", 96300, "tonnes", NOV, "96,300", E_DRC, partner=DRC, product=REF),
        fact(CN, "imports", "share", 35.9, "percent", NOV, "35.9", E_DRC, partner=DRC, product=REF),
        fact(CN, "imports", "rank", 2, "number", NOV, "second", E_CHILE_REF, partner="Chile", product=REF),
        fact(CN, "imports", "quantity", 61700, "tonnes", NOV, "61,700", E_CHILE_REF, partner="Chile", product=REF),
        fact(CN, "imports", "growth", -41.2, "percent", NOV, "41.2", E_RUS, partner="Russia", product=REF),
        fact(CN, "imports", "quantity", 27900, "tonnes", NOV, "27,900", E_RUS, partner="Russia", product=REF),
        fact(CN, "exports", "growth", 62.5, "percent", NOV, "62.5", E_EXP, product=REF),
        fact(CN, "exports", "quantity", 36200, "tonnes", NOV, "36,200", E_EXP, product=REF),
    ],
}
