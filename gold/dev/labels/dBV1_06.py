from _fact import fact, period

CN = "China"
NOV = period(2026, 11)
YTD = period(2026, 1, 11)
CR = "crude oil"
GAS = "natural gas"
COAL = "coal"
ORE = "iron ore"
SOY = "soybeans"

ARTICLE = {
    "id": "dBV1_06",
    "title": "China's November crude imports hit three-month high as refiners restock; soybean buying slows",
    "publisher": "Caixin",
    "published": "2026-12-09",
    "notes": [
        "Real figures: none (November 2026 has not happened). Modelled on Caixin, Reuters and Xinhua reports of "
        "China's monthly commodity imports (crude, gas with its LNG/pipeline split, coal, iron ore, copper "
        "concentrate, soybeans; year-on-year and month-on-month changes, year-to-date totals, supplier ranks). "
        "Invented: every figure. Derived: natural gas 12.04 = LNG 7.62 + pipeline 4.42; Australia's iron ore share "
        "61.5 = 69.4/112.86; Brazil's soybean share 67.1 = 5.02/7.48; 12.5 million barrels a day from 51.36 million "
        "tonnes at 7.33 barrels a tonne over 30 days.",
        "Judgement calls: supplier figures are China's imports with the supplier as partner and the commodity as "
        "product; 'Brazil was again the second source' (of iron ore) is rank 2 even without 'largest'; Malaysia "
        "'came third by volume' is rank 3 of crude suppliers; '6.2% higher than in October', 'up 4.8% on October's "
        "level' and '10.3% lower than in October' are growth with basis mom, period November; the LNG and pipeline "
        "gas figures are labelled with products 'liquefied natural gas' and 'pipeline gas'; 'Steel mills spent $10.9 "
        "billion on the ore' is China's import value of iron ore in November.",
        "Not facts: 'most in three months' (milestone); 12.5 million barrels a day (a daily rate); import prices of "
        "2,890 and 3,100 yuan a tonne, Brent at $62-$66 a barrel, 62% iron ore fines (grade) at $101 a tonne "
        "(prices); 'a sixth month' (streak); the analyst's 578 million tonnes full-year crude estimate (forecast); "
        "fourth-quarter quotas (no number stated).",
        "Copy check: 8 sentences searched, 0 reworded.",
        "Second check: 25 sentences searched, 0 reworded.",
    ],
    "facts": [
        fact(CN, "imports", "quantity", 51.36e6, "tonnes", NOV, "51.36 million",
             "China bought 51.36 million tonnes of crude oil from abroad in November", product=CR),
        fact(CN, "imports", "growth", 0.9, "percent", NOV, "0.9",
             "Crude arrivals were up 0.9% year-on-year and 6.2% higher than in October", product=CR),
        fact(CN, "imports", "growth", 6.2, "percent", NOV, "6.2",
             "Crude arrivals were up 0.9% year-on-year and 6.2% higher than in October", product=CR, basis="mom"),
        fact(CN, "imports", "value", 148.6e9, "CNY", NOV, "148.6 billion",
             "The country's crude bill for the month came to 148.6 billion yuan", product=CR),
        fact(CN, "imports", "quantity", 528.7e6, "tonnes", YTD, "528.7 million",
             "Over the first 11 months, crude imports totaled 528.7 million tonnes, an increase of 3.1%.", product=CR),
        fact(CN, "imports", "growth", 3.1, "percent", YTD, "3.1",
             "Over the first 11 months, crude imports totaled 528.7 million tonnes, an increase of 3.1%.", product=CR),
        fact(CN, "imports", "rank", 1, "number", NOV, "largest",
             "Russia kept its position as China's largest supplier of crude", partner="Russia", product=CR),
        fact(CN, "imports", "quantity", 9.15e6, "tonnes", NOV, "9.15 million",
             "Russia kept its position as China's largest supplier of crude, shipping 9.15 million tonnes in November",
             partner="Russia", product=CR),
        fact(CN, "imports", "rank", 2, "number", NOV, "second-largest",
             "Saudi Arabia ranked as the second-largest source", partner="Saudi Arabia", product=CR),
        fact(CN, "imports", "rank", 3, "number", NOV, "third",
             "Malaysia, widely seen by traders as a transshipment point for oil of other origins, came third by volume",
             partner="Malaysia", product=CR),
        fact(CN, "imports", "growth", 3.5, "percent", NOV, "3.5",
             "Natural gas imports rose 3.5% year-on-year to 12.04 million tonnes.", product=GAS),
        fact(CN, "imports", "quantity", 12.04e6, "tonnes", NOV, "12.04 million",
             "Natural gas imports rose 3.5% year-on-year to 12.04 million tonnes.", product=GAS),
        fact(CN, "imports", "quantity", 7.62e6, "tonnes", NOV, "7.62 million",
             "liquefied natural gas (LNG) delivered by ship made up 7.62 million tonnes",
             product="liquefied natural gas"),
        fact(CN, "imports", "quantity", 4.42e6, "tonnes", NOV, "4.42 million",
             "pipeline gas, chiefly from Central Asia and Russia's Power of Siberia line, contributed 4.42 million tonnes",
             product="pipeline gas"),
        fact(CN, "imports", "growth", -6.3, "percent", NOV, "6.3",
             "Coal arrivals fell 6.3% from a year earlier to 41.27 million tonnes", product=COAL),
        fact(CN, "imports", "quantity", 41.27e6, "tonnes", NOV, "41.27 million",
             "Coal arrivals fell 6.3% from a year earlier to 41.27 million tonnes", product=COAL),
        fact(CN, "imports", "growth", 4.8, "percent", NOV, "4.8",
             "though they were up 4.8% on October's level", product=COAL, basis="mom"),
        fact(CN, "imports", "growth", -8.9, "percent", YTD, "8.9",
             "For January to November, coal imports decreased 8.9% to 419.6 million tonnes", product=COAL),
        fact(CN, "imports", "quantity", 419.6e6, "tonnes", YTD, "419.6 million",
             "For January to November, coal imports decreased 8.9% to 419.6 million tonnes", product=COAL),
        fact(CN, "imports", "rank", 1, "number", NOV, "biggest",
             "Indonesia remained the biggest source of China's coal", partner="Indonesia", product=COAL),
        fact(CN, "imports", "growth", 2.1, "percent", NOV, "2.1",
             "Iron ore imports increased 2.1% year-on-year to 112.86 million tonnes in November", product=ORE),
        fact(CN, "imports", "quantity", 112.86e6, "tonnes", NOV, "112.86 million",
             "Iron ore imports increased 2.1% year-on-year to 112.86 million tonnes in November", product=ORE),
        fact(CN, "imports", "quantity", 1.13e9, "tonnes", YTD, "1.13 billion",
             "bringing the total since January to 1.13 billion tonnes", product=ORE),
        fact(CN, "imports", "value", 10.9e9, "USD", NOV, "$10.9 billion",
             "Steel mills spent $10.9 billion on the ore last month.", product=ORE),
        fact(CN, "imports", "quantity", 69.4e6, "tonnes", NOV, "69.4 million",
             "Australia supplied 69.4 million tonnes, or 61.5% of the total", partner="Australia", product=ORE),
        fact(CN, "imports", "share", 61.5, "percent", NOV, "61.5",
             "Australia supplied 69.4 million tonnes, or 61.5% of the total", partner="Australia", product=ORE),
        fact(CN, "imports", "rank", 2, "number", NOV, "second",
             "Brazil was again the second source", partner="Brazil", product=ORE),
        fact(CN, "imports", "growth", 5.4, "percent", NOV, "5.4",
             "Purchases of copper ore and concentrate rose 5.4% to 2.71 million tonnes",
             product="copper ore and concentrate"),
        fact(CN, "imports", "quantity", 2.71e6, "tonnes", NOV, "2.71 million",
             "Purchases of copper ore and concentrate rose 5.4% to 2.71 million tonnes",
             product="copper ore and concentrate"),
        fact(CN, "imports", "growth", -7.7, "percent", NOV, "7.7",
             "Soybean imports dropped 7.7% year-on-year to 7.48 million tonnes", product=SOY),
        fact(CN, "imports", "quantity", 7.48e6, "tonnes", NOV, "7.48 million",
             "Soybean imports dropped 7.7% year-on-year to 7.48 million tonnes", product=SOY),
        fact(CN, "imports", "growth", -10.3, "percent", NOV, "10.3",
             "were 10.3% lower than in October", product=SOY, basis="mom"),
        fact(CN, "imports", "quantity", 5.02e6, "tonnes", NOV, "5.02 million",
             "Brazil shipped 5.02 million tonnes, 67.1% of the total.", partner="Brazil", product=SOY),
        fact(CN, "imports", "share", 67.1, "percent", NOV, "67.1",
             "Brazil shipped 5.02 million tonnes, 67.1% of the total.", partner="Brazil", product=SOY),
        fact(CN, "imports", "quantity", 101.2e6, "tonnes", YTD, "101.2 million",
             "In the first 11 months, China imported 101.2 million tonnes of the oilseed.", product=SOY),
    ],
}
