from _fact import fact, period

SEPTEMBER = period(2025, 9)
AUGUST = period(2025, 8)
JANUARY_SEPTEMBER = period(2025, 1, 9)
US = "United States"
GS = "goods and services"

HEADLINE_GAP = (
    "the combined goods and services shortfall fell 10.9% to $52.8 billion from August's revised $59.3 billion"
)
EXPORTS = "Exports of goods and services rose 3.0% from August to $289.3 billion"
GOODS_EXPORTS = "Goods exports gained $8.8 billion, reaching $187.6 billion"
GOLD = (
    "Nonmonetary gold accounted for much of the increase: its exports jumped $6.1 billion to an all-time high of "
    "$12.6 billion"
)
IMPORTS = "At $342.1 billion, imports were 0.6% higher than in August but 2.8% below their September 2024 level"
GOODS_IMPORTS = "Goods imports held roughly steady at $266.6 billion"
SERVICES_IMPORTS = "spending on imported services, inflated by travel and transport, reached a record $75.5 billion"
GOODS_DEFICIT = "The goods deficit therefore came to $79.0 billion"
SERVICES_SURPLUS = "the surplus on services dipped slightly to $26.2 billion"
CAPITAL_GOODS = "Capital goods imports fell $1.9 billion to $96.4 billion"
CONSUMER_GOODS = "Imports of consumer goods, on the other hand, climbed 3.1% month on month to $67.9 billion"
PETROLEUM_IMPORTS = "The import bill for petroleum was $16.0 billion"
PETROLEUM_EXPORTS = "With petroleum exports slipping to $19.7 billion, the category showed a $3.7 billion surplus"
CHINA = "With China, the goods deficit narrowed from $15.4 billion in August to $11.4 billion"
MEXICO_EU = "The gaps with Mexico and the European Union widened to $17.8 billion and $21.3 billion, respectively"
IRELAND = "the deficit with Ireland, home to plants of many U.S. drugmakers, stood at $18.2 billion"
YEAR_TO_DATE = (
    "For the first nine months of the year, the deficit added up to $766.6 billion, an increase of 17.3% on the same "
    "period a year earlier"
)

ARTICLE = {
    "id": "dX2_01_reuters_us_trade_deficit_sep",
    "title": "US trade gap hits five-year low in September on gold export boom",
    "publisher": "Reuters",
    "published": "2025-12-11",
    "notes": [
        "Dateline 'Dec 11' has no year; 2025 comes from the published date. The data month is September 2025 "
        "(release delayed by the shutdown); months named without a year (August, September) are 2025.",
        "The headline deficit, total exports ($289.3 billion) and total imports ($342.1 billion) are the "
        "goods-and-services aggregates: product 'goods and services'. The bare 'Imports' sentence continues the "
        "goods-and-services frame of the paragraph before (342.1 = 289.3 + 52.8). 'Goods exports', 'Goods imports', "
        "'the goods deficit' and the country goods deficits are goods alone: product null.",
        "'For the first nine months of the year, the deficit ...' is the year-to-date goods-and-services deficit (the "
        "headline aggregate), period 2025-01..2025-09; 'an increase of 17.3%' is the growth of a deficit following its "
        "noun: +17.3, yoy ('on the same period a year earlier').",
        "Basis: 'fell 10.9% ... from August's revised $59.3 billion' is a comparison with the month before: "
        "mom, and the deficit narrowed so -10.9. 'rose 3.0% from August', '0.6% higher than in "
        "August', 'climbed 3.1% month on month' are mom. '2.8% below their September 2024 level' is yoy growth of "
        "September 2025 imports; September 2024 is the comparison base, not the period.",
        "The revised August deficit ($59.3 billion) and the August goods deficit with China ($15.4 billion) are "
        "stated observations of August 2025: labelled with period 2025-08.",
        "Dollar changes ('gained $8.8 billion', 'jumped $6.1 billion', '$7.1 billion less than in August', "
        "'fell $1.9 billion') are differences between two levels, which the record cannot express as a "
        "measure: out; the levels they lead to are labelled.",
        "'In inflation-adjusted terms, the goods shortfall shrank to $66.4 billion' is a chained-dollar (real) figure, the "
        "level analogue of volume beside value: out (guide question).",
        "Gold: product 'nonmonetary gold' (the antecedent of 'its exports'); 'an all-time high' is a milestone: out.",
        "Petroleum: imports, exports and the category surplus (+3.7 billion, balance positive) labelled with product "
        "'petroleum'.",
        "'The gaps with Mexico and the European Union widened to $17.8 billion and $21.3 billion, respectively': "
        "two goods-deficit values, negative; 'widened' is the deficit's direction, no percent given. Ireland's 'deficit' "
        "continues the goods-deficit frame: partner Ireland, product null.",
        "Out of scope: the Reuters poll forecast ($63.3 billion), the economist's 'toward $60 billion' view, tariff "
        "rates (15%, 39%), GDP growth (3.8%), trade's 1.6-percentage-point contribution, the 43-day shutdown, "
        "'highest level since April', 'lowest since early 2021', 'lowest level since 2004', 'record' (milestones).",
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
