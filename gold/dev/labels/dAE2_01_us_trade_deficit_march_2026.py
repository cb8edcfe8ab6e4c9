from _fact import fact, period

MAR = period(2026, 3)
FEB = period(2026, 2)
Q1 = period(2026, 1, 3)
GS = "goods and services"

LEAD = ("The combined goods and services shortfall grew 4.3% to $60.3 billion in March, up from $57.8 billion in "
        "February after an upward revision")
EXP = "Exports reached a record $320.9 billion, a 2.0% increase from February"
GEXP = "Goods shipped abroad hit an all-time high of $213.5 billion, up 3.1%"
SEXP = "At $107.4 billion, services exports barely moved"
IMP = "On a monthly basis, imports grew 2.3% to $381.2 billion"
GIMP = "Imports of goods gained 3.6%, reaching $302.2 billion"
GBAL = "Looking only at goods, the shortfall grew 4.8% month over month to $88.7 billion"
SBAL = "services showed a surplus that expanded to $28.4 billion"
QBAL = "the trade deficit came to $211.2 billion, 55.0% smaller than in the same period a year earlier"
QEXP = "Exports increased 12.0% and imports declined 9.1%"
CHN = ("Compared with February, the goods trade deficit with China, a politically sensitive figure that carries no "
       "seasonal adjustment, grew 6.9% to $14.0 billion")
VNM = "The U.S. deficit with Vietnam reached an all-time high of $19.2 billion after a 16.4% jump"
TWN = ("the deficit with Taiwan, a key source of semiconductors and of servers used in artificial intelligence "
       "data centers, edged down 2.4% to $20.6 billion")
EU = "The deficit with the European Union soared 80.4% from its February level to $9.2 billion"
DEU = "the gap with Germany, the EU's biggest economy, climbed 51.5% to $5.0 billion"

ARTICLE = {
    "id": "dAE2_01_us_trade_deficit_march_2026",
    "title": "Rising car imports widen US trade gap in March; exports at record",
    "publisher": "Reuters",
    "published": "2026-05-05",
    "notes": [
        "Headline deficit, exports and imports are goods and services together (the text calls it 'the combined goods and services shortfall' and breaks exports/imports into goods and services): product 'goods and services'. Goods-only figures: product null; services: 'services'.",
        "Basis: the lead compares with February ('up from $57.8 billion in February after an upward revision') -> mom. Exports paragraph opens with 'from February' (mom frame carries to goods exports); imports paragraph 'On a monthly basis' (carries to goods imports); goods deficit 'month over month'. Bilateral paragraphs open with 'Compared with February' / 'from its February level', so the frame carries to Vietnam, Taiwan and Germany.",
        "Revised February deficit $57.8 billion: labelled as its own fact (period 2026-02).",
        "Deficit growth follows its verb: 'grew 4.3%' -> +4.3; 'grew 4.8%' -> +4.8; Q1 '55.0% smaller' -> -55.0; Taiwan 'edged down 2.4%' -> -2.4; China, Vietnam, EU, Germany positive.",
        "Q1 paragraph ('Across the full quarter ... than in the same period a year earlier'): period 2026-01..2026-03, yoy; 'the trade deficit' and 'Exports'/'imports' there are the same goods-and-services aggregates as the headline: product 'goods and services'.",
        "Bilateral deficits are goods deficits (the paragraph opens with 'goods trade deficit with China'): product null. 'Germany, the EU's biggest economy': partner Germany.",
        "Services surplus 'expanded to $28.4 billion' without a percentage: value only.",
        "Out of scope, unlabelled: economists' forecast of a $61.0 billion gap; the 10% global levy (tariff rate); absolute month-on-month changes in dollars ('$5.0 billion rise in sales of industrial supplies', crude oil '$2.8 billion of that gain', foods '$1.1 billion', consumer goods exports 'dropped $1.7 billion', passenger car imports 'surged by $2.8 billion', computer accessories '$2.0 billion', computers 'fell $2.3 billion') - these are differences between two months' values, not a flow's value or percent growth; the economist's forecast of about $65 billion a month in Q2; GDP growth 2.0% annualized; 'the third quarter in a row' (streak).",
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
