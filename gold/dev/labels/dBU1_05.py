from _fact import fact, period

CN = "China"
NOV = period(2026, 11)
JN = period(2026, 1, 11)
JO = period(2026, 1, 10)
ST = "steel"
AL = "unwrought aluminum and aluminum products"

E_NOV = ("Steel exports climbed to 10.37 million tons in November, 3.9% more than a year earlier and 6.7% above "
         "October's tally")
E_YTD = "Steel shipments for January through November reached 114.6 million tons, up 6.4% from the same stretch of 2025"
E_VAL = ("The value of steel exports last month fell 5.2% to $7.46 billion, working out to roughly $719 a ton, and export "
         "earnings for the 11 months slipped 1.8% to $83.9 billion")
E_AL = ("Overseas sales of unwrought aluminum and aluminum products dropped 4.8% from a year earlier to 512,000 tons last "
        "month, worth $1.68 billion")
E_AL_YTD = "For the year to date, aluminum shipments were 7.2% lower at 5.41 million tons"
E_MOM = ("Compared with October, aluminum exports rose 2.6%, while inbound shipments of finished steel fell 3.6% to "
         "478,000 tons")
E_VN = ("steel shipments to Vietnam, still the largest single buyer, dropped 14% to 9.8 million tons in the first 10 "
        "months")
E_KR = "South Korea, the second-largest, took 7.1 million tons of Chinese steel, a decline of 9.5%"
E_ME = ("Buyers in the Middle East have picked up some of the slack: steel exports to the region jumped 22% to 15.6 "
        "million tons over January-October")
E_ORE = ("Imports of iron ore, the main steelmaking ingredient, rose 1.7% from a year earlier to 112.4 million tons in "
         "November")
E_ORE_YTD = "Iron ore arrivals over the first 11 months totaled 1.15 billion tons, 1.0% more than in the same period of 2025"

ARTICLE = {
    "id": "dBU1_05",
    "title": "China's Steel Exports Set Annual Record Even as Trade Walls Rise",
    "publisher": "Bloomberg",
    "published": "2026-12-08",
    "notes": [
        "Real figures: none for 2026 (November 2026 has not happened). Modelled on Bloomberg and Reuters reports of "
        "China's November steel, aluminium and iron ore data (Nov 2025: steel exports 9.98 million tons, Jan-Nov "
        "107.72 million; iron ore 110.54 million tons, Jan-Nov 1.139 billion), which serve as the year-earlier bases. "
        "Invented: November 2026 steel exports 10.37 million tons, Jan-Nov 114.6 million, values $7.46 billion and "
        "$83.9 billion, aluminum 512,000 tons / $1.68 billion / 5.41 million tons, finished steel imports 478,000 tons, "
        "destination tonnages (Vietnam 9.8, South Korea 7.1, Middle East 15.6 million tons), iron ore 112.4 million "
        "and 1.15 billion tons, all growth rates. Derived: 3.9% = 10.37/9.98; 6.4% = 114.6/107.72; iron ore 1.7% = "
        "112.4/110.54 and 1.0% = 1.15/1.139; $719 a ton = 7.46e9/10.37e6.",
        "Judgement calls: 'last month' and 'this year' are November 2026 and 2026 (published 2026-12-08). '6.7% above "
        "October's tally' is month-on-month. The paragraph opening 'Compared with October' sets a month-on-month frame, "
        "so both the aluminum 2.6% and the finished steel imports' 3.6% are basis mom; the 478,000 tons is November's "
        "level. The destination figures are for January-October (country data lag a month), so their period is "
        "2026-01..2026-10. Vietnam 'largest single buyer' is rank 1 and South Korea 'second-largest' rank 2 (flow "
        "exports, partner, product steel). 'Middle East' is kept as the partner name the text gives. Steel exports are "
        "product 'steel' throughout (the text says 'steel exports'/'steel shipments'); export earnings for the 11 months "
        "are the steel export value in dollars. 'tons' are metric tonnes.",
        "Not facts: the $719 a ton average price; iron ore futures at $104.35 a ton and hot-rolled coil at 3,182 yuan "
        "a ton down 0.6% (prices); the 13% export tax rebate, the 27.83% and 38.02% duties (tax and tariff rates); "
        "'at least 27' trade investigations (cases, not trade flows); the analyst's forecast of below 100 million tons "
        "in 2027; 'two of the biggest buyers' (not a rank position); 'more than three decades'; years 2024, 2025, 2027.",
        "Copy check: 9 sentences searched, 0 reworded (no close match found). Six sentences were later reworded or "
        "merged so that each evidence names what it measures, numbers unchanged.",
        "Second check: 25 sentences searched, 0 reworded.",
    ],
    "facts": [
        fact(CN, "exports", "quantity", 10.37e6, "tonnes", NOV, "10.37 million", E_NOV, product=ST),
        fact(CN, "exports", "growth", 3.9, "percent", NOV, "3.9", E_NOV, product=ST),
        fact(CN, "exports", "growth", 6.7, "percent", NOV, "6.7", E_NOV, product=ST, basis="mom"),
        fact(CN, "exports", "quantity", 114.6e6, "tonnes", JN, "114.6 million", E_YTD, product=ST),
        fact(CN, "exports", "growth", 6.4, "percent", JN, "6.4", E_YTD, product=ST),
        fact(CN, "exports", "value", 7.46e9, "USD", NOV, "$7.46 billion", E_VAL, product=ST),
        fact(CN, "exports", "growth", -5.2, "percent", NOV, "5.2", E_VAL, product=ST),
        fact(CN, "exports", "value", 83.9e9, "USD", JN, "$83.9 billion", E_VAL, product=ST),
        fact(CN, "exports", "growth", -1.8, "percent", JN, "1.8", E_VAL, product=ST),
        fact(CN, "exports", "quantity", 512000, "tonnes", NOV, "512,000", E_AL, product=AL),
        fact(CN, "exports", "growth", -4.8, "percent", NOV, "4.8", E_AL, product=AL),
        fact(CN, "exports", "value", 1.68e9, "USD", NOV, "$1.68 billion", E_AL, product=AL),
        fact(CN, "exports", "quantity", 5.41e6, "tonnes", JN, "5.41 million", E_AL_YTD, product=AL),
        fact(CN, "exports", "growth", -7.2, "percent", JN, "7.2", E_AL_YTD, product=AL),
        fact(CN, "exports", "growth", 2.6, "percent", NOV, "2.6", E_MOM, product=AL, basis="mom"),
        fact(CN, "imports", "growth", -3.6, "percent", NOV, "3.6", E_MOM, product="finished steel", basis="mom"),
        fact(CN, "imports", "quantity", 478000, "tonnes", NOV, "478,000", E_MOM, product="finished steel"),
        fact(CN, "exports", "rank", 1, "number", JO, "largest", E_VN, partner="Vietnam", product=ST),
        fact(CN, "exports", "quantity", 9.8e6, "tonnes", JO, "9.8 million", E_VN, partner="Vietnam", product=ST),
        fact(CN, "exports", "growth", -14, "percent", JO, "14", E_VN, partner="Vietnam", product=ST),
        fact(CN, "exports", "rank", 2, "number", JO, "second-largest", E_KR, partner="South Korea", product=ST),
        fact(CN, "exports", "quantity", 7.1e6, "tonnes", JO, "7.1 million", E_KR, partner="South Korea", product=ST),
        fact(CN, "exports", "growth", -9.5, "percent", JO, "9.5", E_KR, partner="South Korea", product=ST),
        fact(CN, "exports", "quantity", 15.6e6, "tonnes", JO, "15.6 million", E_ME, partner="Middle East", product=ST),
        fact(CN, "exports", "growth", 22, "percent", JO, "22", E_ME, partner="Middle East", product=ST),
        fact(CN, "imports", "quantity", 112.4e6, "tonnes", NOV, "112.4 million", E_ORE, product="iron ore"),
        fact(CN, "imports", "growth", 1.7, "percent", NOV, "1.7", E_ORE, product="iron ore"),
        fact(CN, "imports", "quantity", 1.15e9, "tonnes", JN, "1.15 billion", E_ORE_YTD, product="iron ore"),
        fact(CN, "imports", "growth", 1.0, "percent", JN, "1.0", E_ORE_YTD, product="iron ore"),
    ],
}
