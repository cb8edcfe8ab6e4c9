from _fact import fact, period

OCTOBER = period(2025, 10)
SEPTEMBER = period(2025, 9)
JAN_OCT = period(2025, 1, 10)
US = "United States"
GS = "goods and services"

HEADLINE = (
    "the shortfall in goods and services trade — the amount by which American purchases from foreign suppliers exceed "
    "sales to them — came to $29.4 billion, a 39% drop from September"
)
SEPT_REVISED = (
    "The Commerce Department reported Thursday that " + HEADLINE + ", against a revised $48.1 billion the month before"
)
EXPORTS = "exports increased 2.6%, or $7.8 billion, from September to $302 billion"
IMPORTS = "Imports dropped 3.2% to $331.4 billion"
GOODS = "Counting only goods, the deficit shrank to $59.1 billion"
SERVICES = (
    "On the services side — tourism, banking and software licensing among them — the United States earned a "
    "$29.7 billion surplus"
)
PHARMA = "Imports of pharmaceutical preparations fell back to $21.6 billion"
CHINA_OCT = "With China, the goods deficit — a politically charged number — stood at $11.4 billion in October"
CHINA_YTD = "Through the first 10 months, that gap is 31% below its 2024 level"
MEXICO = "America's gap with Mexico, the biggest supplier of U.S. imports these days, rose to a record $17.8 billion"
VIETNAM = (
    "The shortfall with Vietnam, a destination for many Chinese manufacturers moving their assembly lines, hit "
    "$16.3 billion"
)
EU = "With the 27-nation European Union, the goods deficit narrowed to $12.9 billion from $19.6 billion in September"
YTD = (
    "the overall deficit for January through October came to $783.9 billion, up 7.7% from the same stretch of 2024"
)

ARTICLE = {
    "id": "dZ2_01_ap_us_trade_deficit_oct",
    "title": "US trade gap hits lowest point since 2009 as exports rise and imports drop",
    "publisher": "AP",
    "published": "2026-01-08",
    "notes": [
        "The text gives no year for October; the running period is October 2025, counted back from the publication date "
        "(2026-01-08, a Thursday; the report was delayed by the shutdown). 'September' is September 2025.",
        "The headline deficit is stated as goods and services ('the shortfall in goods and services trade ... came to "
        "$29.4 billion, a 39% drop from September'): product 'goods and services', flow balance, value negative (a deficit: the opening paragraph "
        "calls it 'America's trade deficit').",
        "'a 39% drop from September': growth of a deficit follows its noun, -39, basis mom (comparison with the month before).",
        "'against a revised $48.1 billion the month before' is September's stated deficit: labelled with period 2025-09, product "
        "'goods and services' (same series); its evidence is the whole sentence, since the trailing clause alone does "
        "not say what the $48.1 billion measures.",
        "Exports $302 billion and imports $331.4 billion carry the goods-and-services scope of the paragraph before "
        "(the headline exports/imports of the BEA release); product 'goods and services'. Judgement call: an annotator "
        "reading them as unrestricted would leave product null.",
        "'exports increased 2.6%, or $7.8 billion, from September': the dollar change is a derived comparison (out); the "
        "2.6% is growth, basis mom ('from September'). Imports 'dropped 3.2%' in the same paragraph carries the mom frame.",
        "Goods-only deficit $59.1 billion: product null (goods alone). Services surplus $29.7 billion: product 'services', "
        "balance positive.",
        "Pharmaceutical imports $21.6 billion: product in the text's words, 'pharmaceutical preparations', October 2025.",
        "China: October goods deficit -11.4e9; 'Through the first 10 months, that gap is 31% below its 2024 level' "
        "is the year-to-date growth of the China goods deficit, -31, yoy, period 2025-01..2025-10. 'below' here is the "
        "direction of change, not an 'under' qualifier; 'that gap' refers back to the China gap.",
        "'the biggest supplier of U.S. imports these days' is a stated rank: Mexico, imports, rank 1, given the article's running "
        "period (October 2025). 'a record $17.8 billion': the record is a milestone (out), the value is labelled.",
        "Vietnam 'shortfall' and EU 'goods deficit': balances, negative. EU '$19.6 billion in September' is a stated "
        "observation of September 2025. '27-nation' is not a trade figure.",
        "'the overall deficit for January through October came to $783.9 billion, up 7.7% from the same stretch of 2024': "
        "year-to-date goods-and-services deficit (January-October 2025) and its yoy growth +7.7 (deficit grew). 'up' is the "
        "direction of change, not an 'over' qualifier: qualifier exact. '2024' is the comparison base, not the period.",
        "Out of scope, unlabelled: 'more than 16 years' and 'lowest point since 2009' (milestone), 43-day shutdown, FactSet "
        "forecast of $58.4 billion, tariff rates (10%, 50%, 'triple-digit'), 1977, the economist's $50-60 billion forecast "
        "and the 1 percentage point GDP estimate.",
    ],
    "facts": [
        fact(US, "balance", "value", -29.4e9, "USD", OCTOBER, "29.4 billion", HEADLINE, product=GS),
        fact(US, "balance", "growth", -39, "percent", OCTOBER, "39", HEADLINE, product=GS, basis="mom"),
        fact(US, "balance", "value", -48.1e9, "USD", SEPTEMBER, "48.1 billion", SEPT_REVISED, product=GS),
        fact(US, "exports", "growth", 2.6, "percent", OCTOBER, "2.6", EXPORTS, product=GS, basis="mom"),
        fact(US, "exports", "value", 302e9, "USD", OCTOBER, "302 billion", EXPORTS, product=GS),
        fact(US, "imports", "growth", -3.2, "percent", OCTOBER, "3.2", IMPORTS, product=GS, basis="mom"),
        fact(US, "imports", "value", 331.4e9, "USD", OCTOBER, "331.4 billion", IMPORTS, product=GS),
        fact(US, "balance", "value", -59.1e9, "USD", OCTOBER, "59.1 billion", GOODS),
        fact(US, "balance", "value", 29.7e9, "USD", OCTOBER, "29.7 billion", SERVICES, product="services"),
        fact(US, "imports", "value", 21.6e9, "USD", OCTOBER, "21.6 billion", PHARMA, product="pharmaceutical preparations"),
        fact(US, "balance", "value", -11.4e9, "USD", OCTOBER, "11.4 billion", CHINA_OCT, partner="China"),
        fact(US, "balance", "growth", -31, "percent", JAN_OCT, "31", CHINA_YTD, partner="China"),
        fact(US, "balance", "value", -17.8e9, "USD", OCTOBER, "17.8 billion", MEXICO, partner="Mexico"),
        fact(US, "imports", "rank", 1, "number", OCTOBER, "biggest", MEXICO, partner="Mexico"),
        fact(US, "balance", "value", -16.3e9, "USD", OCTOBER, "16.3 billion", VIETNAM, partner="Vietnam"),
        fact(US, "balance", "value", -12.9e9, "USD", OCTOBER, "12.9 billion", EU, partner="European Union"),
        fact(US, "balance", "value", -19.6e9, "USD", SEPTEMBER, "19.6 billion", EU, partner="European Union"),
        fact(US, "balance", "value", -783.9e9, "USD", JAN_OCT, "783.9 billion", YTD, product=GS),
        fact(US, "balance", "growth", 7.7, "percent", JAN_OCT, "7.7", YTD, product=GS),
    ],
}
