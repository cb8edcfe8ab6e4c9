from _fact import fact, period

SEP = period(2025, 9)
AUG = period(2025, 8)
SEP24 = period(2024, 9)
DE = "Germany"
EU = "European Union"
EA = "Euro area"
US = "United States"
E_HEAD = "Seasonally and calendar adjusted exports climbed 1.4% on the month to 131.1 billion euros, while imports grew 3.1% to 115.9 billion euros."
E_AUG = "Exports in August are now estimated to have fallen 0.8% from July"
E_BAL = "From 16.9 billion euros in August, the surplus shrank to 15.3 billion euros (about $17.7 billion)."
E_YOY = "exports stood 2.0% and imports 4.8% higher than a year before"
E_EU_X = "Goods worth 74.3 billion euros went to other member states, 2.5% more than in August"
E_EU_M = "purchases from them rose 1.2% to 59.3 billion euros"
E_EA = ("the euro zone took 51.4 billion euros of German goods (+1.4%), while the single-currency area supplied "
        "38.9 billion euros (-0.7%)")
E_US = "Sales there rose 11.9% from August to 12.2 billion euros, though they were still 14.0% lower than in September 2024"
E_CN_X = "Compared with August, exports to the world's second-largest economy slipped 2.2% to 6.6 billion euros"
E_CN_M = "imports from China, Germany's largest source of goods, rose 6.1% to 14.0 billion euros"
E_UK = "Shipments to Britain eased 1.3% to 6.4 billion euros."

ARTICLE = {
    "id": "dAU2_04_germany_trade_sep_2025",
    "title": "German exports rise 1.4% in September as U.S. sales end five-month slide",
    "publisher": "Europa Markets Wire",
    "published": "2025-11-07",
    "notes": [
        "Area is Germany throughout (headline 'German exports', dateline BERLIN); every figure is goods trade, so product is null.",
        "The headline 'rise 1.4% in September' and the body 'climbed 1.4% on the month' are one observation (exports, mom, September 2025): labelled once, from the body.",
        "'imports grew 3.1%' shares the 'on the month' frame of its sentence: basis mom.",
        "'Exports in August are now estimated to have fallen 0.8% from July': a revised figure for August, comparison with the month before, so growth -0.8, basis mom, period 2025-08. 'a slightly deeper drop than first thought' gives no number.",
        "Analysts' poll ('gains of around 0.5% for both') is a forecast: out.",
        "'15.3 billion euros (about $17.7 billion)': an EUR balance fact and an approx USD balance fact for September 2025. The August surplus (16.9 billion) and the September 2024 surplus (18.0 billion) are stated values of other periods: labelled with those periods.",
        "'exports stood 2.0% and imports 4.8% higher than a year before': yoy, September 2025; 'imports 4.8%' shares 'higher'.",
        "EU paragraph: '2.5% more than in August' is a comparison with the month before (mom); 'purchases from them rose 1.2%' stays in that paragraph's month-on-month frame (guide: the mom frame carries over within the paragraph); the euro zone figures in parentheses (+1.4%, -0.7%) also carry the paragraph's mom frame. 'other member states' -> partner European Union; 'euro zone' / 'single-currency area' -> Euro area.",
        "'The United States remained the biggest single buyer of German goods': rank 1 for exports to the United States, labelled for September 2025 (the month the story reports).",
        "US: '11.9% from August' is mom; '14.0% lower than in September 2024' is a same-month-a-year-earlier comparison, yoy, with period September 2025 (September 2024 is the comparison base, not the period).",
        "'the 15% tariff on most EU products' is a tariff rate, not a trade flow: out. 'five-month slide' in the headline is a streak: out.",
        "China: 'Compared with August, exports ... slipped 2.2%' -> -2.2 mom (a comparison with the month before); 'imports from China ... rose 6.1%' continues that sentence's and paragraph's month-on-month frame -> mom. 'Germany's largest source of goods' -> rank 1 for imports from China, September 2025. 'world's second-largest economy' is not a trade rank: out.",
        "'(-0.7%)': value_text is written '-0.7' with its sign, as printed, since the minus sign is the only cue for the fall.",
        "'Exports to the world's second-largest economy' refers back to China (paragraph opens 'China told a different story'): partner China.",
        "'Shipments to Britain eased 1.3%' -> exports to United Kingdom, -1.3; same paragraph, whose month-on-month frame ('Compared with August') carries over, so basis mom.",
        "Economist's forecast (exports to shrink by roughly 1% over 2025; 'third annual decline in a row') is a forecast and a streak: out. Industrial output (1.3%) is not trade: out. Exchange-rate footnote: out.",
    ],
    "facts": [
        fact(DE, "exports", "growth", 1.4, "percent", SEP, "1.4", E_HEAD, basis="mom"),
        fact(DE, "exports", "value", 131.1e9, "EUR", SEP, "131.1 billion", E_HEAD),
        fact(DE, "imports", "growth", 3.1, "percent", SEP, "3.1", E_HEAD, basis="mom"),
        fact(DE, "imports", "value", 115.9e9, "EUR", SEP, "115.9 billion", E_HEAD),
        fact(DE, "exports", "growth", -0.8, "percent", AUG, "0.8", E_AUG, basis="mom"),
        fact(DE, "balance", "value", 15.3e9, "EUR", SEP, "15.3 billion", E_BAL),
        fact(DE, "balance", "value", 17.7e9, "USD", SEP, "17.7 billion", E_BAL, qualifier="approx"),
        fact(DE, "balance", "value", 16.9e9, "EUR", AUG, "16.9 billion", E_BAL),
        fact(DE, "balance", "value", 18.0e9, "EUR", SEP24, "18.0 billion", "That compares with 18.0 billion euros twelve months earlier, in September 2024."),
        fact(DE, "exports", "growth", 2.0, "percent", SEP, "2.0", E_YOY),
        fact(DE, "imports", "growth", 4.8, "percent", SEP, "4.8", E_YOY),
        fact(DE, "exports", "value", 74.3e9, "EUR", SEP, "74.3 billion", E_EU_X, partner=EU),
        fact(DE, "exports", "growth", 2.5, "percent", SEP, "2.5", E_EU_X, partner=EU, basis="mom"),
        fact(DE, "imports", "growth", 1.2, "percent", SEP, "1.2", E_EU_M, partner=EU, basis="mom"),
        fact(DE, "imports", "value", 59.3e9, "EUR", SEP, "59.3 billion", E_EU_M, partner=EU),
        fact(DE, "exports", "value", 51.4e9, "EUR", SEP, "51.4 billion", E_EA, partner=EA),
        fact(DE, "exports", "growth", 1.4, "percent", SEP, "1.4", E_EA, partner=EA, basis="mom"),
        fact(DE, "imports", "value", 38.9e9, "EUR", SEP, "38.9 billion", E_EA, partner=EA),
        fact(DE, "imports", "growth", -0.7, "percent", SEP, "-0.7", E_EA, partner=EA, basis="mom"),
        fact(DE, "exports", "rank", 1, "number", SEP, "biggest",
             "The United States remained the biggest single buyer of German goods.", partner=US),
        fact(DE, "exports", "growth", 11.9, "percent", SEP, "11.9", E_US, partner=US, basis="mom"),
        fact(DE, "exports", "value", 12.2e9, "EUR", SEP, "12.2 billion", E_US, partner=US),
        fact(DE, "exports", "growth", -14.0, "percent", SEP, "14.0", E_US, partner=US),
        fact(DE, "exports", "growth", -2.2, "percent", SEP, "2.2", E_CN_X, partner="China", basis="mom"),
        fact(DE, "exports", "value", 6.6e9, "EUR", SEP, "6.6 billion", E_CN_X, partner="China"),
        fact(DE, "imports", "rank", 1, "number", SEP, "largest", E_CN_M, partner="China"),
        fact(DE, "imports", "growth", 6.1, "percent", SEP, "6.1", E_CN_M, partner="China", basis="mom"),
        fact(DE, "imports", "value", 14.0e9, "EUR", SEP, "14.0 billion", E_CN_M, partner="China"),
        fact(DE, "exports", "growth", -1.3, "percent", SEP, "1.3", E_UK, partner="United Kingdom", basis="mom"),
        fact(DE, "exports", "value", 6.4e9, "EUR", SEP, "6.4 billion", E_UK, partner="United Kingdom"),
    ],
}
