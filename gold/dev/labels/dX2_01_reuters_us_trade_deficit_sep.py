from _fact import fact, period

SEPTEMBER = period(2025, 9)
AUGUST = period(2025, 8)
JANUARY_SEPTEMBER = period(2025, 1, 9)
US = "United States"
GS = "goods and services"

HEADLINE_GAP = (
    "The gap in goods and services trade contracted 10.9% to $52.8 billion from a revised $59.3 billion in August"
)
EXPORTS = "Compared with August, exports of goods and services climbed 3.0% to $289.3 billion"
GOODS_EXPORTS = "Goods exports increased $8.8 billion to $187.6 billion"
GOLD = "Much of that came from nonmonetary gold, whose exports rose $6.1 billion to a record $12.6 billion"
IMPORTS = "Imports edged up 0.6% from August to $342.1 billion and were 2.8% lower than in September 2024"
GOODS_IMPORTS = "Goods imports were little changed at $266.6 billion"
SERVICES_IMPORTS = "purchases of services, swollen by travel and transport, hit a record $75.5 billion"
GOODS_DEFICIT = "That left the goods deficit at $79.0 billion"
SERVICES_SURPLUS = "the services surplus slightly smaller at $26.2 billion"
CAPITAL_GOODS = "Imports of capital goods slipped $1.9 billion to $96.4 billion"
CONSUMER_GOODS = "Consumer goods imports, by contrast, rose 3.1% on the month to $67.9 billion"
PETROLEUM_IMPORTS = "Petroleum imports came in at $16.0 billion"
PETROLEUM_EXPORTS = "Petroleum exports eased to $19.7 billion, leaving a surplus of $3.7 billion in the category"
CHINA = "The goods deficit with China shrank to $11.4 billion, the smallest since 2004, from $15.4 billion in August"
MEXICO_EU = "The shortfalls with Mexico and the European Union grew to $17.8 billion and $21.3 billion, respectively"
IRELAND = "the gap with Ireland, where many U.S. drugmakers have plants, was $18.2 billion"
YEAR_TO_DATE = "Through September, the deficit totaled $766.6 billion, up 17.3% from the same period last year"

ARTICLE = {
    "id": "dX2_01_reuters_us_trade_deficit_sep",
    "title": "US trade deficit narrows to five-year low in September as gold exports surge",
    "publisher": "Reuters",
    "published": "2025-12-11",
    "notes": [
        "Dateline 'Dec 11' has no year; 2025 comes from the published date. The data month is September 2025 "
        "(release delayed by the shutdown); months named without a year (August, September) are 2025.",
        "The headline deficit, total exports ($289.3 billion) and total imports ($342.1 billion) are the "
        "goods-and-services aggregates: product 'goods and services'. The bare 'Imports' sentence continues the "
        "goods-and-services frame of the paragraph before (342.1 = 289.3 + 52.8). 'Goods exports', 'Goods imports', "
        "'the goods deficit' and the country goods deficits are goods alone: product null.",
        "'Through September, the deficit ...' is the year-to-date goods-and-services deficit (the headline "
        "aggregate), period 2025-01..2025-09; 'up 17.3%' is the growth of a deficit following its verb: +17.3, yoy "
        "('from the same period last year').",
        "Basis: 'contracted 10.9% ... from a revised $59.3 billion in August' is a comparison with the month before: "
        "mom, and the deficit narrowed so -10.9. 'Compared with August ... climbed 3.0%', 'edged up 0.6% from "
        "August', 'rose 3.1% on the month' are mom. '2.8% lower than in September 2024' is yoy growth of "
        "September 2025 imports; September 2024 is the comparison base, not the period.",
        "The revised August deficit ($59.3 billion) and the August goods deficit with China ($15.4 billion) are "
        "stated observations of August 2025: labelled with period 2025-08.",
        "Dollar changes ('increased $8.8 billion', 'rose $6.1 billion', 'down $7.1 billion on the month', "
        "'slipped $1.9 billion') are differences between two levels, which the record cannot express as a "
        "measure: out; the levels they lead to are labelled.",
        "'Adjusted for inflation, the goods gap narrowed to $66.4 billion' is a chained-dollar (real) figure, the "
        "level analogue of volume beside value: out (guide question).",
        "Gold: product 'nonmonetary gold' (the antecedent of 'whose exports'); 'a record' is a milestone: out.",
        "Petroleum: imports, exports and the category surplus (+3.7 billion, balance positive) labelled with product "
        "'petroleum'.",
        "'The shortfalls with Mexico and the European Union grew to $17.8 billion and $21.3 billion, respectively': "
        "two goods-deficit values, negative; 'grew' is the deficit's direction, no percent given. Ireland's 'gap' "
        "continues the goods-deficit frame: partner Ireland, product null.",
        "Out of scope: the Reuters poll forecast ($63.3 billion), the economist's 'toward $60 billion' view, tariff "
        "rates (15%, 39%), GDP growth (3.8%), trade's 1.6-percentage-point contribution, the 43-day shutdown, "
        "'highest since April', 'smallest since early 2021', 'smallest since 2004', 'record' (milestones).",
    ],
    "facts": [
        fact(US, "balance", "value", -52.8e9, "USD", SEPTEMBER, "52.8 billion", HEADLINE_GAP, product=GS),
        fact(US, "balance", "growth", -10.9, "percent", SEPTEMBER, "10.9", HEADLINE_GAP, product=GS, basis="mom"),
        fact(US, "balance", "value", -59.3e9, "USD", AUGUST, "59.3 billion", HEADLINE_GAP, product=GS),
        fact(US, "exports", "growth", 3.0, "percent", SEPTEMBER, "3.0", EXPORTS, product=GS, basis="mom"),
        fact(US, "exports", "value", 289.3e9, "USD", SEPTEMBER, "289.3 billion", EXPORTS, product=GS),
        fact(US, "exports", "value", 187.6e9, "USD", SEPTEMBER, "187.6 billion", GOODS_EXPORTS),
        fact(US, "exports", "value", 12.6e9, "USD", SEPTEMBER, "12.6 billion", GOLD, product="nonmonetary gold"),
        fact(US, "imports", "growth", 0.6, "percent", SEPTEMBER, "0.6", IMPORTS, product=GS, basis="mom"),
        fact(US, "imports", "value", 342.1e9, "USD", SEPTEMBER, "342.1 billion", IMPORTS, product=GS),
        fact(US, "imports", "growth", -2.8, "percent", SEPTEMBER, "2.8", IMPORTS, product=GS, basis="yoy"),
        fact(US, "imports", "value", 266.6e9, "USD", SEPTEMBER, "266.6 billion", GOODS_IMPORTS),
        fact(US, "imports", "value", 75.5e9, "USD", SEPTEMBER, "75.5 billion", SERVICES_IMPORTS, product="services"),
        fact(US, "balance", "value", -79.0e9, "USD", SEPTEMBER, "79.0 billion", GOODS_DEFICIT),
        fact(US, "balance", "value", 26.2e9, "USD", SEPTEMBER, "26.2 billion", SERVICES_SURPLUS, product="services"),
        fact(US, "imports", "value", 96.4e9, "USD", SEPTEMBER, "96.4 billion", CAPITAL_GOODS, product="capital goods"),
        fact(US, "imports", "growth", 3.1, "percent", SEPTEMBER, "3.1", CONSUMER_GOODS, product="consumer goods",
             basis="mom"),
        fact(US, "imports", "value", 67.9e9, "USD", SEPTEMBER, "67.9 billion", CONSUMER_GOODS,
             product="consumer goods"),
        fact(US, "imports", "value", 16.0e9, "USD", SEPTEMBER, "16.0 billion", PETROLEUM_IMPORTS, product="petroleum"),
        fact(US, "exports", "value", 19.7e9, "USD", SEPTEMBER, "19.7 billion", PETROLEUM_EXPORTS, product="petroleum"),
        fact(US, "balance", "value", 3.7e9, "USD", SEPTEMBER, "3.7 billion", PETROLEUM_EXPORTS, product="petroleum"),
        fact(US, "balance", "value", -11.4e9, "USD", SEPTEMBER, "11.4 billion", CHINA, partner="China"),
        fact(US, "balance", "value", -15.4e9, "USD", AUGUST, "15.4 billion", CHINA, partner="China"),
        fact(US, "balance", "value", -17.8e9, "USD", SEPTEMBER, "17.8 billion", MEXICO_EU, partner="Mexico"),
        fact(US, "balance", "value", -21.3e9, "USD", SEPTEMBER, "21.3 billion", MEXICO_EU, partner="European Union"),
        fact(US, "balance", "value", -18.2e9, "USD", SEPTEMBER, "18.2 billion", IRELAND, partner="Ireland"),
        fact(US, "balance", "value", -766.6e9, "USD", JANUARY_SEPTEMBER, "766.6 billion", YEAR_TO_DATE, product=GS),
        fact(US, "balance", "growth", 17.3, "percent", JANUARY_SEPTEMBER, "17.3", YEAR_TO_DATE, product=GS),
    ],
}
