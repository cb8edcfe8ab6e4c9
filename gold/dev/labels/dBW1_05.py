from _fact import fact, period

CN = "China"
AU = "Australia"
BR = "Brazil"
ORE = "iron ore"
YTD = period(2025, 1, 11)
NOV = period(2025, 11)
Y2021 = period(2021, 1, 12)
FY2425 = {"start": "2024-07", "end": "2025-06"}

VALUE = "the value of the shipments fell much further, down 12.4 per cent to US$67.9 billion"
SHARE = ("Australia remained by far the largest source of the steelmaking ingredient, providing 60.8 per cent of "
         "China's total iron ore imports")
TOTAL = "China's total iron ore imports, which rose 1.4 per cent to 1.14 billion tonnes over the same period"
BRAZIL = ("Brazil, the second-largest supplier, shipped 251.6 million tonnes to China, an increase of 3.9 per cent, "
          "lifting its share to 22.1 per cent")
NOVS = "In November alone, arrivals from Australia came to 62.4 million tonnes, 4.2 per cent more than in October"
COAL = "Shipments of Australian coal to China over the 11 months shrank 9.6 per cent to 68.3 million tonnes, worth US$7.8 billion"
COAL_SHARE = "Australian supplies made up 15.8 per cent of China's 432 million tonnes of coal imports"
LNG = "Australia did, however, remain China's top supplier of liquefied natural gas, sending 22.6 million tonnes of the fuel"
BIL = "the two countries traded US$179.6 billion in the January-November period, 5 per cent less than a year before"
IMP = "the US$109.4 billion China bought from Australia was 9.6 per cent lower"
EXP = ("its US$70.2 billion of sales to Australia, led by electric vehicles, solar panels and household appliances, "
       "was 3.1 per cent higher")
DEF = ("That left China with a deficit of US$39.2 billion in its trade with Australia, 25.9 per cent smaller than "
       "a year earlier")
YUAN = "Measured in yuan, purchases from Australia totalled 780.2 billion yuan, a decline of 9.3 per cent"
ABS = ("Goods exports to China reached A$178.3 billion in the 2024-25 financial year, about 36 per cent of all the "
       "goods Australia sold abroad")

ARTICLE = {
    "id": "dBW1_05",
    "title": "Australia's grip on China's iron ore market loosens as prices slide and Brazil gains ground",
    "publisher": "South China Morning Post",
    "published": "2025-12-22",
    "notes": [
        "Real or close to real: China's January-November 2025 coal imports of about 432 million tonnes (GAC via "
        "Reuters); China's total iron ore imports of about 1.14 billion tonnes in January-November 2025 (modelled on "
        "the real full-year 1.26 billion tonnes, +1.8%, and December 119.65 million tonnes). The 2021 value (almost US$113 billion) is an approximation from memory of China's "
        "2021 customs data, treat as modelled. Australian iron ore export earnings of A$116 billion in 2024-25 match "
        "Australian government reporting. Modelled: the bilateral totals follow the real direction (Chinese data "
        "showed imports from Australia down about 10% in January-October 2025 and bilateral trade of US$113.89 "
        "billion in January-July). Invented: Australian and Brazilian iron ore tonnages, values and shares, the "
        "November tonnage and its month-on-month change, coal from Australia, LNG, the yuan figure, A$178.3 billion "
        "and its 36 per cent share, prices, the A$97 billion forecast. Derived and checked: 692.5 / 1,139 = 60.8%; "
        "251.6 / 1,139 = 22.1%; 68.3 / 432 = 15.8%; 109.4 + 70.2 = 179.6; deficit 109.4 - 70.2 = 39.2; 2024 base "
        "121.0 + 68.1 = 189.1 gives -5.0%; 2024 deficit 52.9 gives -25.9%; 780.2 / 109.4 = 7.13 yuan per dollar.",
        "Judgement calls: 'by far the largest source' (Australia) and 'the second-largest supplier' (Brazil) are "
        "ranks of China's iron ore imports by partner; 'top supplier of liquefied natural gas' is rank 1 for LNG; "
        "the 60.8 and 22.1 per cent shares are shares of China's iron ore imports (product iron ore, partner the "
        "supplier); '4.2 per cent more than in October' is month-on-month growth of November; coal's 9.6 per cent "
        "fall is labelled because the article gives the coal value but no value growth, so it is not a volume rate "
        "beside a value rate; 'almost US$113 billion' is a 2021 fact (period 2021) with qualifier approx; the "
        "Australian financial year 2024-25 is period 2024-07 to 2025-06; A$116 billion is a past actual inside a "
        "forecast sentence and is labelled (area Australia, exports of iron ore, no partner), while A$97 billion "
        "is the forecast; the deficit narrowing is growth -25.9 and the deficit value is negative; the yuan figure "
        "is a separate CNY fact for the same flow; the standfirst bullets restate body figures and are not "
        "labelled again.",
        "Not facts: the 1.2 per cent fall 'by volume' of Australian ore (volume growth beside the value growth of "
        "12.4 per cent for the same flow); spot prices (US$200, US$95, US$108, US$104 a tonne) and the 62 per cent "
        "grade; Simandou's 120 million tonnes a year (capacity) and 2028 (year); A$97 billion in 2026-27 "
        "(forecast); crude steel output of about 890 million tonnes and its 4 per cent fall (production, not trade); "
        "'three or four years' in the quote.",
        "Copy check: 10 sentences searched (lead, tonnage sentence, share sentence, first quote, 2021 comparison, "
        "coal, bilateral totals, deficit and A$ sentence, Simandou, closing quote), 1 reworded (the coal sentence "
        "followed the common 'China imported X of Y in the first 11 months, down Z' wire skeleton).",
        "Second check: 30 sentences searched, 4 reworded.",
    ],
    "facts": [
        fact(CN, "imports", "quantity", 692.5e6, "tonnes", YTD, "692.5 million",
             "China bought 692.5 million tonnes of Australian iron ore between January and November",
             partner=AU, product=ORE),
        fact(CN, "imports", "growth", -12.4, "percent", YTD, "12.4", VALUE, partner=AU, product=ORE),
        fact(CN, "imports", "value", 67.9e9, "USD", YTD, "US$67.9 billion", VALUE, partner=AU, product=ORE),
        fact(CN, "imports", "rank", 1, "number", YTD, "largest", SHARE, partner=AU, product=ORE),
        fact(CN, "imports", "share", 60.8, "percent", YTD, "60.8", SHARE, partner=AU, product=ORE),
        fact(CN, "imports", "growth", 1.4, "percent", YTD, "1.4", TOTAL, product=ORE),
        fact(CN, "imports", "quantity", 1.14e9, "tonnes", YTD, "1.14 billion", TOTAL, product=ORE),
        fact(CN, "imports", "rank", 2, "number", YTD, "second-largest", BRAZIL, partner=BR, product=ORE),
        fact(CN, "imports", "quantity", 251.6e6, "tonnes", YTD, "251.6 million", BRAZIL, partner=BR, product=ORE),
        fact(CN, "imports", "growth", 3.9, "percent", YTD, "3.9", BRAZIL, partner=BR, product=ORE),
        fact(CN, "imports", "share", 22.1, "percent", YTD, "22.1", BRAZIL, partner=BR, product=ORE),
        fact(CN, "imports", "quantity", 62.4e6, "tonnes", NOV, "62.4 million", NOVS, partner=AU, product=ORE),
        fact(CN, "imports", "growth", 4.2, "percent", NOV, "4.2", NOVS, partner=AU, product=ORE, basis="mom"),
        fact(CN, "imports", "value", 113e9, "USD", Y2021, "US$113 billion",
             "That year China paid almost US$113 billion for Australian ore", partner=AU, product=ORE,
             qualifier="approx"),
        fact(CN, "imports", "growth", -9.6, "percent", YTD, "9.6", COAL, partner=AU, product="coal"),
        fact(CN, "imports", "quantity", 68.3e6, "tonnes", YTD, "68.3 million", COAL, partner=AU, product="coal"),
        fact(CN, "imports", "value", 7.8e9, "USD", YTD, "US$7.8 billion", COAL, partner=AU, product="coal"),
        fact(CN, "imports", "share", 15.8, "percent", YTD, "15.8", COAL_SHARE, partner=AU, product="coal"),
        fact(CN, "imports", "quantity", 432e6, "tonnes", YTD, "432 million", COAL_SHARE, product="coal"),
        fact(CN, "imports", "rank", 1, "number", YTD, "top", LNG, partner=AU, product="liquefied natural gas"),
        fact(CN, "imports", "quantity", 22.6e6, "tonnes", YTD, "22.6 million", LNG, partner=AU,
             product="liquefied natural gas"),
        fact(CN, "total", "growth", -5, "percent", YTD, "5", BIL, partner=AU),
        fact(CN, "total", "value", 179.6e9, "USD", YTD, "US$179.6 billion", BIL, partner=AU),
        fact(CN, "imports", "growth", -9.6, "percent", YTD, "9.6", IMP, partner=AU),
        fact(CN, "imports", "value", 109.4e9, "USD", YTD, "US$109.4 billion", IMP, partner=AU),
        fact(CN, "exports", "growth", 3.1, "percent", YTD, "3.1", EXP, partner=AU),
        fact(CN, "exports", "value", 70.2e9, "USD", YTD, "US$70.2 billion", EXP, partner=AU),
        fact(CN, "balance", "growth", -25.9, "percent", YTD, "25.9", DEF, partner=AU),
        fact(CN, "balance", "value", -39.2e9, "USD", YTD, "US$39.2 billion", DEF, partner=AU),
        fact(CN, "imports", "value", 780.2e9, "CNY", YTD, "780.2 billion", YUAN, partner=AU),
        fact(CN, "imports", "growth", -9.3, "percent", YTD, "9.3", YUAN, partner=AU),
        fact(AU, "exports", "value", 178.3e9, "AUD", FY2425, "178.3 billion", ABS, partner=CN),
        fact(AU, "exports", "share", 36, "percent", FY2425, "36", ABS, partner=CN, qualifier="approx"),
        fact(AU, "exports", "value", 116e9, "AUD", FY2425, "116 billion",
             "Canberra's resources department expects iron ore to earn A$97 billion in exports in 2026-27, well short of the A$116 billion it brought in during 2024-25",
             product=ORE),
    ],
}
