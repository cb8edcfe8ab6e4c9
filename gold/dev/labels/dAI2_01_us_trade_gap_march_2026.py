from _fact import fact, period

MAR = period(2026, 3)
FEB = period(2026, 2)
Q1_26 = period(2026, 1, 3)
Q1_25 = period(2025, 1, 3)
US = "United States"
GS = "goods and services"

GAP = "The goods and services deficit grew 14.2% to $62.8 billion from $55.0 billion in February"
IMP = "Total imports of goods and services climbed 3.1% versus February to $346.9 billion"
GIMP = "Goods imports came to $271.4 billion"
CAP = "purchases of capital goods from abroad reached a record $101.7 billion"
AUTO = "the import bill for motor vehicles, parts and engines eased 1.8% to $31.6 billion"
EXP = "sales of goods and services abroad inched 0.6% higher on the month to $284.1 billion"
GEXP = "lifted goods exports to $186.3 billion"
SEXP = "Exports of services climbed to $97.8 billion"
BAL = "the deficit on goods trade stood at $85.1 billion, and the services surplus shrank to $22.3 billion"
YOY = "Imports were 17.2% lower than in March 2025"
Q1 = "The first-quarter trade gap came to $176.0 billion, under half of the $389.5 billion deficit posted in January-March 2025"
CHB = "In March, the U.S. goods deficit with China increased to $12.4 billion"
CHI = "Inbound shipments from China sank 29.9% from March 2025 to $20.6 billion"
MX = "The goods deficit with Mexico grew to $17.9 billion, and with Vietnam the gap rose to $15.3 billion"
EU = "With the European Union, the deficit shrank to $14.2 billion"
TW = "U.S. imports from Taiwan, which produces cutting-edge chips and assembles many AI servers, soared 38.6% year on year to a record $19.4 billion"

ARTICLE = {
    "id": "dAI2_01_us_trade_gap_march_2026",
    "title": "AI equipment purchases push US trade gap wider in March, imports reach record",
    "publisher": "Reuters",
    "published": "2026-05-05",
    "notes": [
        "Headline deficit, imports, exports, the February and quarterly deficits are the goods-and-services series the article names in the lead ('goods and services deficit'): product 'goods and services'. Goods-only figures ('Goods imports', 'goods exports', 'deficit on goods trade', partner deficits) have product null; services figures product 'services'.",
        "'grew 14.2% to $62.8 billion from $55.0 billion in February': growth basis mom (comparison with the month before stated); the deficit's growth follows its verb (+14.2). The February deficit is its own balance fact (period 2026-02).",
        "'climbed 3.1% versus February' and 'eased 1.8%' in the same paragraph: mom (frame opens the paragraph). 'inched 0.6% higher on the month': mom.",
        "'Imports were 17.2% lower than in March 2025': yoy growth of March 2026 goods-and-services imports (the base year is not the period).",
        "'the $389.5 billion deficit posted in January-March 2025': a balance value for 2025-01..03, goods and services (same series as the quarterly total).",
        "'purchases of capital goods from abroad reached a record $101.7 billion': product 'capital goods'. Motor vehicles: product 'motor vehicles, parts and engines'.",
        "Partner deficits in the Mexico/Vietnam/EU paragraph are goods deficits ('goods deficit with Mexico' sets the frame); product null either way. Period March 2026 from the article's running month.",
        "Out of scope, unlabelled: absolute month-on-month changes ('$9.6 billion more than in February', 'gained $2.3 billion', 'nonmonetary gold exports that were $2.0 billion lower') as comparisons derived from two figures; the Reuters poll forecast ($60.4 billion); GDP growth 1.9% and the 0.41 percentage point trade contribution; 'under half' (a derived comparison with no number); 'record' milestones.",
    ],
    "facts": [
        fact(US, "balance", "value", -62.8e9, "USD", MAR, "62.8 billion", GAP, product=GS),
        fact(US, "balance", "growth", 14.2, "percent", MAR, "14.2", GAP, product=GS, basis="mom"),
        fact(US, "balance", "value", -55.0e9, "USD", FEB, "55.0 billion", GAP, product=GS),
        fact(US, "imports", "growth", 3.1, "percent", MAR, "3.1", IMP, product=GS, basis="mom"),
        fact(US, "imports", "value", 346.9e9, "USD", MAR, "346.9 billion", IMP, product=GS),
        fact(US, "imports", "value", 271.4e9, "USD", MAR, "271.4 billion", GIMP),
        fact(US, "imports", "value", 101.7e9, "USD", MAR, "101.7 billion", CAP, product="capital goods"),
        fact(US, "imports", "growth", -1.8, "percent", MAR, "1.8", AUTO, product="motor vehicles, parts and engines", basis="mom"),
        fact(US, "imports", "value", 31.6e9, "USD", MAR, "31.6 billion", AUTO, product="motor vehicles, parts and engines"),
        fact(US, "exports", "growth", 0.6, "percent", MAR, "0.6", EXP, product=GS, basis="mom"),
        fact(US, "exports", "value", 284.1e9, "USD", MAR, "284.1 billion", EXP, product=GS),
        fact(US, "exports", "value", 186.3e9, "USD", MAR, "186.3 billion", GEXP),
        fact(US, "exports", "value", 97.8e9, "USD", MAR, "97.8 billion", SEXP, product="services"),
        fact(US, "balance", "value", -85.1e9, "USD", MAR, "85.1 billion", BAL),
        fact(US, "balance", "value", 22.3e9, "USD", MAR, "22.3 billion", BAL, product="services"),
        fact(US, "imports", "growth", -17.2, "percent", MAR, "17.2", YOY, product=GS),
        fact(US, "balance", "value", -176.0e9, "USD", Q1_26, "176.0 billion", Q1, product=GS),
        fact(US, "balance", "value", -389.5e9, "USD", Q1_25, "389.5 billion", Q1, product=GS),
        fact(US, "balance", "value", -12.4e9, "USD", MAR, "12.4 billion", CHB, partner="China"),
        fact(US, "imports", "growth", -29.9, "percent", MAR, "29.9", CHI, partner="China"),
        fact(US, "imports", "value", 20.6e9, "USD", MAR, "20.6 billion", CHI, partner="China"),
        fact(US, "balance", "value", -17.9e9, "USD", MAR, "17.9 billion", MX, partner="Mexico"),
        fact(US, "balance", "value", -15.3e9, "USD", MAR, "15.3 billion", MX, partner="Vietnam"),
        fact(US, "balance", "value", -14.2e9, "USD", MAR, "14.2 billion", EU, partner="European Union"),
        fact(US, "imports", "growth", 38.6, "percent", MAR, "38.6", TW, partner="Taiwan"),
        fact(US, "imports", "value", 19.4e9, "USD", MAR, "19.4 billion", TW, partner="Taiwan"),
    ],
}
