from _fact import fact, period

AUGUST = period(2025, 8)
JULY = period(2025, 7)
JAN_AUG = period(2025, 1, 8)
YEAR_2024 = period(2024, 1, 12)
US = "United States"
GS = "goods and services"

HEADLINE_GAP = "The deficit on goods and services shrank 23.8% versus July, to $59.6 billion"
JULY_REVISED = "The deficit for July now stands at a revised $78.2 billion"
IMPORTS = "Compared with the prior month, imports declined 5.1% to $340.4 billion"
EXPORTS = "exports edged 0.1% higher to $280.8 billion"
GOODS_GAP = "On goods alone, the deficit contracted by $18.9 billion to $85.9 billion"
SERVICES = "the services surplus slipped to $26.3 billion"
GOODS_IMPORTS = "Measured against July, goods imports dropped 6.4% to $265.8 billion"
GOODS_EXPORTS = "goods exports gained 0.4% to $179.9 billion"
SWISS = "America's shortfall with the Alpine country fell to $2.1 billion, compared with $11.7 billion in July"
CAPITAL_GOODS = (
    "Imports of capital goods, which cover items such as computer accessories and telecom equipment, were also "
    "lower, at $96.3 billion"
)
CHINA_GAP = "the goods deficit with China narrowed to $14.1 billion"
CHINA_SHARE = (
    "In August, goods from China represented 7.4% of US merchandise imports, against more than 13% over the whole "
    "of 2024"
)
MEXICO = "The US deficit with Mexico, now America's largest source of imports, grew to $17.4 billion"
EU = "The gap with the European Union was steady at about $18.6 billion"
YTD = (
    "In the January-August period, the cumulative deficit came to $713.6 billion, a widening of about 24% from the "
    "corresponding months of 2024"
)
YTD_FLOWS = "So far this year, exports have risen 5.9% while imports are up 11.8%"

ARTICLE = {
    "id": "dW2_01_bloomberg_us_trade_gap_aug",
    "title": "Imports Slide Under New Tariffs, Pulling US Trade Gap Sharply Lower in August",
    "publisher": "Bloomberg",
    "published": "2025-10-07",
    "notes": [
        "The text gives no year; 'August' and 'July' are 2025 from the publication date (a Tuesday release).",
        "Headline-level figures are goods and services together: the gap is 'the deficit on goods and services', and "
        "the overall 'Imports'/'exports' of the next paragraph are the same goods-and-services aggregates (they add up "
        "to the $59.6 billion gap): product 'goods and services'. 'Goods imports'/'goods exports', the 'On goods alone' "
        "deficit and the country gaps ('goods deficit with China', and Mexico/EU gaps in the same 'individual partners' paragraph, "
        "which Census reports for goods) are goods alone: product null.",
        "Basis: 'shrank 23.8% versus July' is mom (comparison with the month before); 'Compared with the prior "
        "month' opens the imports/exports sentence, so the exports 0.1% is mom too; 'Measured against July' sets mom for the goods exports "
        "0.4% later in the same paragraph.",
        "'shrank 23.8%': growth of a deficit follows its verb, -23.8.",
        "July's revised $78.2 billion gap and the Swiss gap of $11.7 billion 'in July' are stated observations of July: "
        "labelled with period 2025-07 (the comparison base does not change the August facts' period).",
        "'contracted by $18.9 billion' is an absolute change derived from two levels: out (the record has no measure for it).",
        "The Bloomberg survey median ($60.4 billion) and the economist's 'around $65 billion' outlook are forecasts: out.",
        "'the Alpine country' is Switzerland (named earlier in the same sentence).",
        "'now America's largest source of imports': a stated rank of Mexico, imports, rank 1, period August 2025.",
        "China's share of imports 'more than 13% over the whole of 2024' is a share for 2024 (period 2024-01..2024-12), "
        "qualifier over.",
        "'steady at about $18.6 billion': qualifier approx.",
        "Year-to-date: 'a widening of about 24% from the corresponding months of 2024' is yoy growth of the deficit, +24, approx, "
        "period Jan-Aug 2025; 'so far this year' carries the Jan-Aug period to the export and import growth rates. "
        "These year-to-date figures are the headline (goods and services) aggregates, as in the Commerce release: "
        "product 'goods and services'.",
        "'In inflation-adjusted terms, ... the goods shortfall fell to $79.4 billion' is an inflation-adjusted (chained-"
        "dollar, volume-like) figure that the record cannot tell apart from the nominal one: treated as out, like volume "
        "growth beside value growth. A hard call.",
        "Out, not trade flows: 39% levy on products from Switzerland, GDP contributions ('almost 5 percentage "
        "points'), GDPNow 3.8%, the effective tariff rate near 17%, 'the lowest in more than two decades' (milestone), 'since the 1930s'.",
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
