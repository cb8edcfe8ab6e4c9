from _fact import fact, period

SEP = period(2025, 9)              # September 2025
OCT = period(2025, 10)             # October 2025 (published January 2026: a later month is last year's)
JAN_OCT = period(2025, 1, 10)      # first 10 months of 2025
JAN_OCT_24 = period(2024, 1, 10)   # same period a year earlier

GS = "goods and services"
US = "United States"

HEAD = "October's shortfall in goods and services trade was $29.4 billion, having narrowed 39% on the previous month from September's revised $48.1 billion"
EXP = "Compared with September, exports of goods and services climbed 2.6% to a record $302 billion"
IMP = "Imports dropped by $11 billion, or 3.2%, to $331.4 billion"
GOODS_DEF = "Counting goods alone, the deficit contracted 24.5% from September to $59.1 billion"
GOODS_FLOWS = "Exports of goods increased to $195.9 billion, while imports of goods declined to $255 billion"
SERV_BAL = "In services — tourism, finance and software licensing among them — the U.S. surplus edged down by $0.4 billion to $29.8 billion"
SERV_FLOWS = "exports of services amounted to $106.1 billion and imports to $76.3 billion"
CHINA = "October's politically charged deficit with China at $13.7 billion"
MEXICO_RANK = "Mexico, the largest supplier of U.S. imports over January-October"
MEXICO = "With Mexico, the largest supplier of U.S. imports over January-October, the goods deficit was $17.9 billion"
EU = "Against the 27-nation European Union, the shortfall narrowed to $6.3 billion"
IRELAND = "the deficit with Ireland, a base where many U.S. pharmaceutical companies make drugs for American patients, plunged by $15.1 billion to $3.2 billion"
YTD = "the cumulative deficit for the first 10 months of 2025 climbed 7.7% to $783 billion from $727 billion over January-October of 2024"
YTD_FLOWS = "So far this year, exports have increased 6.3% and imports 6.6%"

ARTICLE = {
    "id": "dAK2_01_us_trade_deficit_oct_2025",
    "title": "America's trade shortfall shrinks to smallest since 2009 as imports slide and exports set a record",
    "publisher": "AP",
    "published": "2026-01-08",
    "notes": [
        "Published Thursday 2026-01-08 (release date of the October 2025 report); 'October' and 'September' carry no year and, being later than the publication month, are 2025.",
        "The headline deficit, exports and imports are goods and services combined (product 'goods and services'); 'goods alone' figures have product null; the services surplus, services exports and services imports have product 'services'.",
        "'narrowed 39% on the previous month' and 'contracted 24.5% from September' are growth of a deficit: sign follows the verb (-39, -24.5), basis mom.",
        "Paragraph 3 opens with 'Compared with September', so the imports fall of 3.2% in the same paragraph is also mom.",
        "Dollar changes ('dropped by $11 billion', 'edged down by $0.4 billion', 'plunged by $15.1 billion') are differences between two figures, not observations: out of scope.",
        "Country figures are stated to 'cover only goods', so bilateral balances (China, Mexico, EU, Ireland) have product null; the Ireland and EU balances are October by the paragraph's running period.",
        "Mexico 'the largest supplier of U.S. imports over January-October' is an imports rank 1 for 2025-01..2025-10.",
        "The year-to-date deficit is the goods and services deficit of the running report; '$727 billion over January-October of 2024' is 2024-01..2024-10. Year-to-date export and import growth are yoy.",
        "Out of scope: the FactSet forecast ($58.9 billion), 16 years, June 2009, the 43-day shutdown, 27-nation, tariff rates (15%, 50%), the 1977 law, GDP growth 4.3%, and the analyst's $50 billion forecast. The analyst and firm are fictional.",
    ],
    "facts": [
        fact(US, "balance", "growth", -39, "percent", OCT, "39", HEAD, product=GS, basis="mom"),
        fact(US, "balance", "value", -29.4e9, "USD", OCT, "29.4 billion", HEAD, product=GS),
        fact(US, "balance", "value", -48.1e9, "USD", SEP, "48.1 billion", HEAD, product=GS),
        fact(US, "exports", "growth", 2.6, "percent", OCT, "2.6", EXP, product=GS, basis="mom"),
        fact(US, "exports", "value", 302e9, "USD", OCT, "302 billion", EXP, product=GS),
        fact(US, "imports", "growth", -3.2, "percent", OCT, "3.2", IMP, product=GS, basis="mom"),
        fact(US, "imports", "value", 331.4e9, "USD", OCT, "331.4 billion", IMP, product=GS),
        fact(US, "balance", "growth", -24.5, "percent", OCT, "24.5", GOODS_DEF, basis="mom"),
        fact(US, "balance", "value", -59.1e9, "USD", OCT, "59.1 billion", GOODS_DEF),
        fact(US, "exports", "value", 195.9e9, "USD", OCT, "195.9 billion", GOODS_FLOWS),
        fact(US, "imports", "value", 255e9, "USD", OCT, "255 billion", GOODS_FLOWS),
        fact(US, "balance", "value", 29.8e9, "USD", OCT, "29.8 billion", SERV_BAL, product="services"),
        fact(US, "exports", "value", 106.1e9, "USD", OCT, "106.1 billion", SERV_FLOWS, product="services"),
        fact(US, "imports", "value", 76.3e9, "USD", OCT, "76.3 billion", SERV_FLOWS, product="services"),
        fact(US, "balance", "value", -13.7e9, "USD", OCT, "13.7 billion", CHINA, partner="China"),
        fact(US, "imports", "rank", 1, "number", JAN_OCT, "largest", MEXICO_RANK, partner="Mexico"),
        fact(US, "balance", "value", -17.9e9, "USD", OCT, "17.9 billion", MEXICO, partner="Mexico"),
        fact(US, "balance", "value", -6.3e9, "USD", OCT, "6.3 billion", EU, partner="European Union"),
        fact(US, "balance", "value", -3.2e9, "USD", OCT, "3.2 billion", IRELAND, partner="Ireland"),
        fact(US, "balance", "value", -783e9, "USD", JAN_OCT, "783 billion", YTD, product=GS),
        fact(US, "balance", "growth", 7.7, "percent", JAN_OCT, "7.7", YTD, product=GS),
        fact(US, "balance", "value", -727e9, "USD", JAN_OCT_24, "727 billion", YTD, product=GS),
        fact(US, "exports", "growth", 6.3, "percent", JAN_OCT, "6.3", YTD_FLOWS, product=GS),
        fact(US, "imports", "growth", 6.6, "percent", JAN_OCT, "6.6", YTD_FLOWS, product=GS),
    ],
}
