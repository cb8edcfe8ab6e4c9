from _fact import fact, period

MAR = period(2026, 3)
FEB = period(2026, 2)
Q1 = period(2026, 1, 3)
GS = "goods and services"

LEAD = "The deficit in goods and services trade increased 4.3% to $60.3 billion from an upwardly revised $57.8 billion in February"
EXP = "Exports rose 2.0% from February to an all-time high of $320.9 billion"
GEXP = "Goods exports climbed 3.1% to a record $213.5 billion"
SEXP = "Services exports were little changed at $107.4 billion"
IMP = "Imports increased 2.3% to $381.2 billion on the month"
GIMP = "Goods imports advanced 3.6% to $302.2 billion"
GBAL = "In goods alone, the deficit rose 4.8% on the month to $88.7 billion"
SBAL = "the surplus in services trade widened to $28.4 billion"
QBAL = "the trade deficit shrank 55.0% from the same period a year earlier to $211.2 billion"
QEXP = "Exports were up 12.0%, while imports fell 9.1%"
CHN = "The politically sensitive goods trade deficit with China, which is not adjusted for seasonal swings, increased 6.9% from February to $14.0 billion"
VNM = "The gap with Vietnam jumped 16.4% to a record $19.2 billion"
TWN = "the deficit with Taiwan, a major supplier of semiconductors and servers for artificial intelligence data centers, slipped 2.4% to $20.6 billion"
EU = "The shortfall with the European Union surged 80.4% compared with February to $9.2 billion"
DEU = "the deficit with Germany, the bloc's largest economy, rose 51.5% to $5.0 billion"

ARTICLE = {
    "id": "dAE2_01_us_trade_deficit_march_2026",
    "title": "US trade deficit widens in March as car imports rise; exports hit record",
    "publisher": "Reuters",
    "published": "2026-05-05",
    "notes": [
        "Headline deficit, exports and imports are goods and services together (the text calls it 'the deficit in goods and services trade' and breaks exports/imports into goods and services): product 'goods and services'. Goods-only figures: product null; services: 'services'.",
        "Basis: the lead compares with February ('from an upwardly revised $57.8 billion in February') -> mom. Exports paragraph opens 'from February' (mom frame carries to goods exports); imports paragraph 'on the month' (carries to goods imports); goods deficit 'on the month'. Bilateral paragraphs open with 'from February' / 'compared with February', so the frame carries to Vietnam, Taiwan and Germany.",
        "Revised February deficit $57.8 billion: labelled as its own fact (period 2026-02).",
        "Deficit growth follows its verb: 'increased 4.3%' -> +4.3; 'rose 4.8%' -> +4.8; Q1 'shrank 55.0%' -> -55.0; Taiwan 'slipped 2.4%' -> -2.4; China, Vietnam, EU, Germany positive.",
        "Q1 paragraph ('For the quarter as a whole ... from the same period a year earlier'): period 2026-01..2026-03, yoy; 'the trade deficit' and 'Exports'/'imports' there are the same goods-and-services aggregates as the headline: product 'goods and services'.",
        "Bilateral deficits are goods deficits (the paragraph opens with 'goods trade deficit with China'): product null. 'Germany, the bloc's largest economy': partner Germany.",
        "Services surplus 'widened to $28.4 billion' without a percentage: value only.",
        "Out of scope, unlabelled: economists' forecast of a $61.0 billion shortfall; the 10% global levy (tariff rate); absolute month-on-month changes in dollars ('$5.0 billion jump in shipments of industrial supplies', crude oil '$2.8 billion of that increase', foods '$1.1 billion', consumer goods exports 'fell $1.7 billion', passenger car imports 'shot up $2.8 billion', computer accessories '$2.0 billion', computers 'dropped $2.3 billion') - these are differences between two months' values, not a flow's value or percent growth; the economist's forecast of about $65 billion a month in Q2; GDP growth 2.0% annualized; 'third straight quarter' (streak).",
        "'record'/'all-time high' milestones carry no extra number.",
    ],
    "facts": [
        fact("United States", "balance", "value", -60.3e9, "USD", MAR, "60.3 billion", LEAD, product=GS),
        fact("United States", "balance", "growth", 4.3, "percent", MAR, "4.3", LEAD, product=GS, basis="mom"),
        fact("United States", "balance", "value", -57.8e9, "USD", FEB, "57.8 billion", LEAD, product=GS),
        fact("United States", "exports", "value", 320.9e9, "USD", MAR, "320.9 billion", EXP, product=GS),
        fact("United States", "exports", "growth", 2.0, "percent", MAR, "2.0", EXP, product=GS, basis="mom"),
        fact("United States", "exports", "value", 213.5e9, "USD", MAR, "213.5 billion", GEXP),
        fact("United States", "exports", "growth", 3.1, "percent", MAR, "3.1", GEXP, basis="mom"),
        fact("United States", "exports", "value", 107.4e9, "USD", MAR, "107.4 billion", SEXP, product="services"),
        fact("United States", "imports", "value", 381.2e9, "USD", MAR, "381.2 billion", IMP, product=GS),
        fact("United States", "imports", "growth", 2.3, "percent", MAR, "2.3", IMP, product=GS, basis="mom"),
        fact("United States", "imports", "value", 302.2e9, "USD", MAR, "302.2 billion", GIMP),
        fact("United States", "imports", "growth", 3.6, "percent", MAR, "3.6", GIMP, basis="mom"),
        fact("United States", "balance", "value", -88.7e9, "USD", MAR, "88.7 billion", GBAL),
        fact("United States", "balance", "growth", 4.8, "percent", MAR, "4.8", GBAL, basis="mom"),
        fact("United States", "balance", "value", 28.4e9, "USD", MAR, "28.4 billion", SBAL, product="services"),
        fact("United States", "balance", "value", -211.2e9, "USD", Q1, "211.2 billion", QBAL, product=GS),
        fact("United States", "balance", "growth", -55.0, "percent", Q1, "55.0", QBAL, product=GS),
        fact("United States", "exports", "growth", 12.0, "percent", Q1, "12.0", QEXP, product=GS),
        fact("United States", "imports", "growth", -9.1, "percent", Q1, "9.1", QEXP, product=GS),
        fact("United States", "balance", "value", -14.0e9, "USD", MAR, "14.0 billion", CHN, partner="China"),
        fact("United States", "balance", "growth", 6.9, "percent", MAR, "6.9", CHN, partner="China", basis="mom"),
        fact("United States", "balance", "value", -19.2e9, "USD", MAR, "19.2 billion", VNM, partner="Vietnam"),
        fact("United States", "balance", "growth", 16.4, "percent", MAR, "16.4", VNM, partner="Vietnam", basis="mom"),
        fact("United States", "balance", "value", -20.6e9, "USD", MAR, "20.6 billion", TWN, partner="Taiwan"),
        fact("United States", "balance", "growth", -2.4, "percent", MAR, "2.4", TWN, partner="Taiwan", basis="mom"),
        fact("United States", "balance", "value", -9.2e9, "USD", MAR, "9.2 billion", EU, partner="European Union"),
        fact("United States", "balance", "growth", 80.4, "percent", MAR, "80.4", EU, partner="European Union", basis="mom"),
        fact("United States", "balance", "value", -5.0e9, "USD", MAR, "5.0 billion", DEU, partner="Germany"),
        fact("United States", "balance", "growth", 51.5, "percent", MAR, "51.5", DEU, partner="Germany", basis="mom"),
    ],
}
