from _fact import fact, period

Y25 = period(2025, 1, 12)
Y24 = period(2024, 1, 12)
DEC = period(2025, 12)
NOV = period(2025, 11)
MAR_DEC = period(2025, 3, 12)
LNG = "liquefied natural gas"
PIPE = "pipeline gas"
US = "United States"
E_LEAD = "China brought in 68.47 million metric tons of liquefied natural gas (LNG) in 2025, down 10.7% from a year earlier"
E_DEC = ("December arrivals totalled 7.21 million tons, up 4.5% from a year earlier and 3.9% above November's "
         "6.94 million tons")
E_PIPE = ("Pipeline gas imports, mostly from Russia via the Power of Siberia line and from Turkmenistan and other Central "
          "Asian producers, climbed 7.7% to 59.30 million tons, lifting their share of China's total gas imports to 46.4%.")
E_GAS = "Overall natural gas imports, by pipeline and as LNG, slipped 3.0% to 127.77 million tons."
E_VAL = "Customs put the value of last year's LNG purchases at 248.4 billion yuan ($34.6 billion)."
E_AUS = "Australia remained the top supplier, shipping 24.1 million tons, or 35.2% of the total"
E_QAT = "followed by Qatar with 18.6 million tons and a 27.2% share"
E_RUS = ("Russia overtook Malaysia to become the third-largest source, with volumes up 14.9% at 9.2 million tons, "
         "or 13.4% of the total")
E_MYS = "Malaysia's shipments dropped 12.6% to 5.9 million tons, and its share to 8.6%."
E_US = ("Imports from the United States, which supplied 4.16 million tons in 2024, came to just 0.86 million tons, "
        "all of it landed in January and February.")

ARTICLE = {
    "id": "dAR1_02_china_lng_imports_2025",
    "title": "China's 2025 LNG imports slide 10.7% as pipeline gas, weak industry cut demand",
    "publisher": "Reuters",
    "published": "2026-01-20",
    "notes": [
        "Dateline Jan 20 (a Tuesday in 2026); the running period is the year 2025; 'last year' = 2025.",
        "All figures are China's imports (area China, flow imports); volumes are quantity in tonnes ('million metric tons', 'million tons').",
        "Product names: LNG is written out as 'liquefied natural gas' (the text defines the acronym); 'pipeline gas'; overall imports by pipeline and as LNG are 'natural gas'.",
        "The headline's 10.7% is the lead's observation: labelled once.",
        "The growth rates here are volume growth; the article states no value growth, so they are not 'volume growth beside value growth' and are labelled.",
        "'Shipments had hit a record 76.65 million tons in 2024' and the US's 4.16 million tons in 2024 are stated prior-year quantities: labelled for 2024. 'record' and 'first yearly decline in three years' are milestones, not labelled.",
        "'3.9% above November's 6.94 million tons': December growth basis mom; November's quantity labelled for 2025-11.",
        "Pipeline gas share 46.4% of total gas imports: product pipeline gas, measure share.",
        "'248.4 billion yuan ($34.6 billion)': a CNY and a USD value of 2025 LNG imports; the dollar conversion has no 'about', so qualifier exact.",
        "Suppliers are partners (trade with them): Australia rank 1 ('top supplier'), Russia rank 3 ('third-largest source'); Qatar's second place is only implied by 'followed by' (no number written), not labelled.",
        "'and its share to 8.6%': Malaysia's share, no verb of its own; a share takes no sign.",
        "US 0.86 million tons is the 2025 total ('all of it landed in January and February' says when, it is one figure): labelled for the year. 'arrivals from the U.S. have stood at zero since March' labelled as quantity 0 for 2025-03..2025-12.",
        "Russian December deliveries 'a record 1.72 million tons': labelled for 2025-12.",
        "The '2' in 'Arctic LNG 2' is part of a project name, not a figure: not labelled.",
        "Out: the 15% tariff and Feb. 10 date, spot prices ($12.30, $9.80, $14.50 per mmBtu), domestic production 6.2% / 261.9 billion cubic meters (not trade), the analyst's 72-75 million tons for 2026 and 'below $10' (forecast / price).",
    ],
    "facts": [
        fact("China", "imports", "growth", -10.7, "percent", Y25, "10.7", E_LEAD, product=LNG),
        fact("China", "imports", "quantity", 68.47e6, "tonnes", Y25, "68.47 million", E_LEAD, product=LNG),
        fact("China", "imports", "quantity", 76.65e6, "tonnes", Y24, "76.65 million",
             "Shipments had hit a record 76.65 million tons in 2024.", product=LNG),
        fact("China", "imports", "quantity", 7.21e6, "tonnes", DEC, "7.21 million", E_DEC, product=LNG),
        fact("China", "imports", "growth", 4.5, "percent", DEC, "4.5", E_DEC, product=LNG),
        fact("China", "imports", "growth", 3.9, "percent", DEC, "3.9", E_DEC, product=LNG, basis="mom"),
        fact("China", "imports", "quantity", 6.94e6, "tonnes", NOV, "6.94 million", E_DEC, product=LNG),
        fact("China", "imports", "quantity", 59.30e6, "tonnes", Y25, "59.30 million", E_PIPE, product=PIPE),
        fact("China", "imports", "growth", 7.7, "percent", Y25, "7.7", E_PIPE, product=PIPE),
        fact("China", "imports", "share", 46.4, "percent", Y25, "46.4", E_PIPE, product=PIPE),
        fact("China", "imports", "quantity", 127.77e6, "tonnes", Y25, "127.77 million", E_GAS, product="natural gas"),
        fact("China", "imports", "growth", -3.0, "percent", Y25, "3.0", E_GAS, product="natural gas"),
        fact("China", "imports", "value", 248.4e9, "CNY", Y25, "248.4 billion", E_VAL, product=LNG),
        fact("China", "imports", "value", 34.6e9, "USD", Y25, "34.6 billion", E_VAL, product=LNG),
        fact("China", "imports", "rank", 1, "number", Y25, "top", E_AUS, partner="Australia", product=LNG),
        fact("China", "imports", "quantity", 24.1e6, "tonnes", Y25, "24.1 million", E_AUS, partner="Australia", product=LNG),
        fact("China", "imports", "share", 35.2, "percent", Y25, "35.2", E_AUS, partner="Australia", product=LNG),
        fact("China", "imports", "quantity", 18.6e6, "tonnes", Y25, "18.6 million", E_QAT, partner="Qatar", product=LNG),
        fact("China", "imports", "share", 27.2, "percent", Y25, "27.2", E_QAT, partner="Qatar", product=LNG),
        fact("China", "imports", "rank", 3, "number", Y25, "third", E_RUS, partner="Russia", product=LNG),
        fact("China", "imports", "growth", 14.9, "percent", Y25, "14.9", E_RUS, partner="Russia", product=LNG),
        fact("China", "imports", "quantity", 9.2e6, "tonnes", Y25, "9.2 million", E_RUS, partner="Russia", product=LNG),
        fact("China", "imports", "share", 13.4, "percent", Y25, "13.4", E_RUS, partner="Russia", product=LNG),
        fact("China", "imports", "quantity", 1.72e6, "tonnes", DEC, "1.72 million",
             "In December alone, Russian deliveries reached a record 1.72 million tons.", partner="Russia", product=LNG),
        fact("China", "imports", "growth", -12.6, "percent", Y25, "12.6", E_MYS, partner="Malaysia", product=LNG),
        fact("China", "imports", "quantity", 5.9e6, "tonnes", Y25, "5.9 million", E_MYS, partner="Malaysia", product=LNG),
        fact("China", "imports", "share", 8.6, "percent", Y25, "8.6", E_MYS, partner="Malaysia", product=LNG),
        fact("China", "imports", "quantity", 4.16e6, "tonnes", Y24, "4.16 million", E_US, partner=US, product=LNG),
        fact("China", "imports", "quantity", 0.86e6, "tonnes", Y25, "0.86 million", E_US, partner=US, product=LNG),
        fact("China", "imports", "quantity", 0, "tonnes", MAR_DEC, "zero",
             "arrivals from the U.S. have stood at zero since March", partner=US, product=LNG),
    ],
}
