from _fact import fact, period

DEC = period(2025, 12)
NOV = period(2025, 11)
Y25 = period(2025, 1, 12)
Y24 = period(2024, 1, 12)
GS = "goods and services"
US = "United States"

GAP = "Measured against a downward-revised $53.0 billion in November, the trade gap surged 32.6% to $70.3 billion"
YEAR = "the combined goods and services deficit edged down 0.2% to $901.5 billion, compared with $903.5 billion in 2024"
EXP = "Exports for the year climbed 6.2% to $3.43 trillion"
IMP = "imports grew 4.8% to a record $4.33 trillion"
GOODS = "The deficit in goods alone rose 2.4% to a record $1.24 trillion"
SERV = "Services trade produced a surplus that increased to $339.5 billion"
CHINA = "The goods shortfall with the world's number-two economy shrank 31.6% to $202.1 billion"
CN_EXP = "Shipments to China fell 25.8% to $106.3 billion"
CN_IMP = "purchases from the country plunged 29.7% to $308.4 billion"
VIETNAM = "The deficit with Vietnam jumped 44% to a record $178.2 billion"
TAIWAN = "the gap with Taiwan, where the world's largest contract chipmaker is based, grew by $73.0 billion to $146.8 billion"
EU = "The European Union accounted for the largest bilateral goods deficit, at $218.8 billion"
MEXICO = "With Mexico, the top trading partner of the United States, the shortfall widened to $196.9 billion"
MEX_RANK = "Mexico, the top trading partner of the United States"
DEC_EXP = "Exports of goods and services dropped 1.7% in December compared with November, to $287.3 billion"
DEC_IMP = "Imports of goods and services rose 3.6% from the previous month to $357.6 billion"

ARTICLE = {
    "id": "dAD2_01_us_trade_deficit_december_2025",
    "title": "December brings wider US trade gap as 2025 goods shortfall sets record despite tariffs",
    "publisher": "Reuters",
    "published": "2026-02-19",
    "notes": [
        "The headline US trade deficit, exports and imports (monthly and annual) are goods and services together "
        "(BEA/Census basis; the text says 'goods and services deficit', 'Exports of goods and services'): "
        "product 'goods and services'. The 'goods deficit' and the bilateral goods gaps: product null. "
        "'Services trade produced a surplus': product 'services'.",
        "'a downward-revised $53.0 billion in November, the trade gap surged 32.6%': growth of the deficit, basis mom, "
        "sign from the verb (+32.6). The revised November deficit is its own fact (period 2025-11).",
        "'dropped 1.7% in December compared with November' and 'rose 3.6% from the previous month': basis mom.",
        "'edged down 0.2% ... compared with $903.5 billion in 2024': the 2024 deficit is a separate fact with period 2024.",
        "Bilateral paragraph: the goods gaps with China, Vietnam, Taiwan, EU and Mexico are 2025 full-year figures "
        "(running period of those paragraphs); 'the world's number-two economy' and 'the country' = China.",
        "'The European Union accounted for the largest bilateral goods deficit': rank 1 on the balance with the EU.",
        "'Mexico, the top trading partner of the United States': rank 1, flow total (trading partner), period 2025.",
        "Out of scope, unlabelled: the Reuters poll forecast ($55.5 billion); 'third-biggest yearly gap ever recorded' "
        "(a ranking of the year against earlier years, a milestone, not a partner rank); 'smallest since 2009' "
        "(no figure); 'world's number-two economy' and 'world's largest contract chipmaker' (not trade flows); "
        "absolute changes that the record cannot express ('grew by $73.0 billion', '$5.5 billion lower', "
        "'$7.1 billion fall' in gold, 'increased $1.3 billion', 'climbed $10.2 billion', 'dropped $4.6 billion'); "
        "GDP contribution '1.6 percentage points'; years and quarters as dates.",
    ],
    "facts": [
        fact(US, "balance", "growth", 32.6, "percent", DEC, "32.6", GAP, product=GS, basis="mom"),
        fact(US, "balance", "value", -70.3e9, "USD", DEC, "70.3 billion", GAP, product=GS),
        fact(US, "balance", "value", -53.0e9, "USD", NOV, "53.0 billion", GAP, product=GS),
        fact(US, "balance", "growth", -0.2, "percent", Y25, "0.2", YEAR, product=GS),
        fact(US, "balance", "value", -901.5e9, "USD", Y25, "901.5 billion", YEAR, product=GS),
        fact(US, "balance", "value", -903.5e9, "USD", Y24, "903.5 billion", YEAR, product=GS),
        fact(US, "exports", "growth", 6.2, "percent", Y25, "6.2", EXP, product=GS),
        fact(US, "exports", "value", 3.43e12, "USD", Y25, "3.43 trillion", EXP, product=GS),
        fact(US, "imports", "growth", 4.8, "percent", Y25, "4.8", IMP, product=GS),
        fact(US, "imports", "value", 4.33e12, "USD", Y25, "4.33 trillion", IMP, product=GS),
        fact(US, "balance", "growth", 2.4, "percent", Y25, "2.4", GOODS),
        fact(US, "balance", "value", -1.24e12, "USD", Y25, "1.24 trillion", GOODS),
        fact(US, "balance", "value", 339.5e9, "USD", Y25, "339.5 billion", SERV, product="services"),
        fact(US, "balance", "growth", -31.6, "percent", Y25, "31.6", CHINA, partner="China"),
        fact(US, "balance", "value", -202.1e9, "USD", Y25, "202.1 billion", CHINA, partner="China"),
        fact(US, "exports", "growth", -25.8, "percent", Y25, "25.8", CN_EXP, partner="China"),
        fact(US, "exports", "value", 106.3e9, "USD", Y25, "106.3 billion", CN_EXP, partner="China"),
        fact(US, "imports", "growth", -29.7, "percent", Y25, "29.7", CN_IMP, partner="China"),
        fact(US, "imports", "value", 308.4e9, "USD", Y25, "308.4 billion", CN_IMP, partner="China"),
        fact(US, "balance", "growth", 44, "percent", Y25, "44", VIETNAM, partner="Vietnam"),
        fact(US, "balance", "value", -178.2e9, "USD", Y25, "178.2 billion", VIETNAM, partner="Vietnam"),
        fact(US, "balance", "value", -146.8e9, "USD", Y25, "146.8 billion", TAIWAN, partner="Taiwan"),
        fact(US, "balance", "rank", 1, "number", Y25, "largest", EU, partner="European Union"),
        fact(US, "balance", "value", -218.8e9, "USD", Y25, "218.8 billion", EU, partner="European Union"),
        fact(US, "total", "rank", 1, "number", Y25, "top", MEX_RANK, partner="Mexico"),
        fact(US, "balance", "value", -196.9e9, "USD", Y25, "196.9 billion", MEXICO, partner="Mexico"),
        fact(US, "exports", "growth", -1.7, "percent", DEC, "1.7", DEC_EXP, product=GS, basis="mom"),
        fact(US, "exports", "value", 287.3e9, "USD", DEC, "287.3 billion", DEC_EXP, product=GS),
        fact(US, "imports", "growth", 3.6, "percent", DEC, "3.6", DEC_IMP, product=GS, basis="mom"),
        fact(US, "imports", "value", 357.6e9, "USD", DEC, "357.6 billion", DEC_IMP, product=GS),
    ],
}
