from _fact import fact, period

AUGUST = period(2025, 8)
JULY = period(2025, 7)
JAN_AUG = period(2025, 1, 8)
YEAR_2024 = period(2024, 1, 12)
US = "United States"
GS = "goods and services"

HEADLINE_GAP = "The gap in goods and services trade narrowed 23.8% from July to $59.6 billion"
JULY_REVISED = "July's shortfall was revised to $78.2 billion"
IMPORTS = "Imports fell 5.1% from the prior month to $340.4 billion"
EXPORTS = "exports inched up 0.1% to $280.8 billion"
GOODS_GAP = "The merchandise-trade deficit shrank by $18.9 billion to $85.9 billion"
SERVICES = "the surplus in services dipped to $26.3 billion"
GOODS_IMPORTS = "Goods imports slid 6.4% from July to $265.8 billion"
GOODS_EXPORTS = "goods exports, for their part, rose 0.4% to $179.9 billion"
SWISS = "the US deficit with the Alpine nation narrowed to $2.1 billion from $11.7 billion in July"
CAPITAL_GOODS = (
    "Purchases of capital goods from abroad, a category that includes computer accessories and telecommunications "
    "gear, also eased, to $96.3 billion"
)
CHINA_GAP = "the goods gap with China shrank to $14.1 billion"
CHINA_SHARE = (
    "Goods from China made up 7.4% of US merchandise imports in August, down from more than 13% for 2024 as a whole"
)
MEXICO = "The shortfall with Mexico, now the largest source of US imports, widened to $17.4 billion"
EU = "With the European Union, the gap held near $18.6 billion"
YTD = (
    "Through the first eight months of the year, the deficit totaled $713.6 billion, about 24% wider than in the same "
    "stretch of 2024"
)
YTD_FLOWS = "Exports so far this year are up 5.9%, while imports have climbed 11.8%"

ARTICLE = {
    "id": "dW2_01_bloomberg_us_trade_gap_aug",
    "title": "US Trade Deficit Narrows Sharply as Imports Retreat After Tariffs Kick In",
    "publisher": "Bloomberg",
    "published": "2025-10-07",
    "notes": [
        "The text gives no year; 'August' and 'July' are 2025 from the publication date (a Tuesday release).",
        "Headline-level figures are goods and services together: the gap is 'the gap in goods and services trade', and "
        "the overall 'Imports'/'exports' of the next paragraph are the same goods-and-services aggregates (they add up "
        "to the $59.6 billion gap): product 'goods and services'. 'Goods imports'/'goods exports', the 'merchandise-trade "
        "deficit' and the country gaps ('goods gap with China', and Mexico/EU gaps in the same 'By country' paragraph, "
        "which Census reports for goods) are goods alone: product null.",
        "Basis: 'narrowed 23.8% from July' is mom (comparison with the month before); 'from the prior month' opens the "
        "imports/exports sentence, so the exports 0.1% is mom too; 'slid 6.4% from July' sets mom for the goods exports "
        "0.4% later in the same paragraph.",
        "'narrowed 23.8%': growth of a deficit follows its verb, -23.8.",
        "July's revised $78.2 billion gap and the Swiss gap of $11.7 billion 'in July' are stated observations of July: "
        "labelled with period 2025-07 (the comparison base does not change the August facts' period).",
        "'shrank by $18.9 billion' is an absolute change derived from two levels: out (the record has no measure for it).",
        "The Bloomberg survey median ($60.4 billion) and the economist's 'around $65 billion' outlook are forecasts: out.",
        "'the Alpine nation' is Switzerland (named earlier in the same sentence).",
        "'now the largest source of US imports': a stated rank of Mexico, imports, rank 1, period August 2025.",
        "China's share of imports 'more than 13% for 2024 as a whole' is a share for 2024 (period 2024-01..2024-12), "
        "qualifier over.",
        "'the gap held near $18.6 billion': qualifier approx (near ~ around).",
        "Year-to-date: 'about 24% wider than in the same stretch of 2024' is yoy growth of the deficit, +24, approx, "
        "period Jan-Aug 2025; 'so far this year' carries the Jan-Aug period to the export and import growth rates. "
        "These year-to-date figures are the headline (goods and services) aggregates, as in the Commerce release: "
        "product 'goods and services'.",
        "'After adjusting for prices, the goods deficit narrowed to $79.4 billion' is an inflation-adjusted (chained-"
        "dollar, volume-like) figure that the record cannot tell apart from the nominal one: treated as out, like volume "
        "growth beside value growth. A hard call.",
        "Out, not trade flows: 39% duty on Swiss goods, GDP contributions ('almost 5 percentage points'), GDPNow 3.8%, "
        "the effective tariff rate near 17%, 'the smallest in more than two decades' (milestone), 'since the 1930s'.",
    ],
    "facts": [
        fact(US, "balance", "value", -59.6e9, "USD", AUGUST, "59.6 billion", HEADLINE_GAP, product=GS),
        fact(US, "balance", "growth", -23.8, "percent", AUGUST, "23.8", HEADLINE_GAP, product=GS, basis="mom"),
        fact(US, "balance", "value", -78.2e9, "USD", JULY, "78.2 billion", JULY_REVISED, product=GS),
        fact(US, "imports", "growth", -5.1, "percent", AUGUST, "5.1", IMPORTS, product=GS, basis="mom"),
        fact(US, "imports", "value", 340.4e9, "USD", AUGUST, "340.4 billion", IMPORTS, product=GS),
        fact(US, "exports", "growth", 0.1, "percent", AUGUST, "0.1", EXPORTS, product=GS, basis="mom"),
        fact(US, "exports", "value", 280.8e9, "USD", AUGUST, "280.8 billion", EXPORTS, product=GS),
        fact(US, "balance", "value", -85.9e9, "USD", AUGUST, "85.9 billion", GOODS_GAP),
        fact(US, "balance", "value", 26.3e9, "USD", AUGUST, "26.3 billion", SERVICES, product="services"),
        fact(US, "imports", "growth", -6.4, "percent", AUGUST, "6.4", GOODS_IMPORTS, basis="mom"),
        fact(US, "imports", "value", 265.8e9, "USD", AUGUST, "265.8 billion", GOODS_IMPORTS),
        fact(US, "exports", "growth", 0.4, "percent", AUGUST, "0.4", GOODS_EXPORTS, basis="mom"),
        fact(US, "exports", "value", 179.9e9, "USD", AUGUST, "179.9 billion", GOODS_EXPORTS),
        fact(US, "balance", "value", -2.1e9, "USD", AUGUST, "2.1 billion", SWISS, partner="Switzerland"),
        fact(US, "balance", "value", -11.7e9, "USD", JULY, "11.7 billion", SWISS, partner="Switzerland"),
        fact(US, "imports", "value", 96.3e9, "USD", AUGUST, "96.3 billion", CAPITAL_GOODS, product="capital goods"),
        fact(US, "balance", "value", -14.1e9, "USD", AUGUST, "14.1 billion", CHINA_GAP, partner="China"),
        fact(US, "imports", "share", 7.4, "percent", AUGUST, "7.4", CHINA_SHARE, partner="China"),
        fact(US, "imports", "share", 13, "percent", YEAR_2024, "13", CHINA_SHARE, partner="China", qualifier="over"),
        fact(US, "imports", "rank", 1, "number", AUGUST, "largest", MEXICO, partner="Mexico"),
        fact(US, "balance", "value", -17.4e9, "USD", AUGUST, "17.4 billion", MEXICO, partner="Mexico"),
        fact(US, "balance", "value", -18.6e9, "USD", AUGUST, "18.6 billion", EU, partner="European Union",
             qualifier="approx"),
        fact(US, "balance", "value", -713.6e9, "USD", JAN_AUG, "713.6 billion", YTD, product=GS),
        fact(US, "balance", "growth", 24, "percent", JAN_AUG, "24", YTD, product=GS, qualifier="approx"),
        fact(US, "exports", "growth", 5.9, "percent", JAN_AUG, "5.9", YTD_FLOWS, product=GS),
        fact(US, "imports", "growth", 11.8, "percent", JAN_AUG, "11.8", YTD_FLOWS, product=GS),
    ],
}
