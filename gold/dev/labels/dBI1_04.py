from _fact import fact, period

NOV = period(2025, 11)
OCT = period(2025, 10)
NOV24 = period(2024, 11)
JN = period(2025, 1, 11)

ARTICLE = {
    "id": "dBI1_04",
    "title": "China's November iron ore and crude intake stays strong while coal and copper buying cools",
    "publisher": "Reuters",
    "published": "2025-12-08",
    "notes": [
        "Written for the dev set in imitation of a Reuters commodities wrap on China's November 2025 customs data; no real sentence kept.",
        "Real figures (as reported in 2025-26 coverage found in the pages corpus): iron ore 110.54 mln t in Nov, 111.31 mln t in Oct, "
        "101.86 mln t in Nov 2024, +8.5% y/y, Jan-Nov 1.139 bln t +1.4%; crude 12.38 mln bpd in Nov vs 11.39 mln bpd in Oct "
        "(+8.7% per day), 50.89 mln t in Nov; port stocks 142.4 mln t; copper concentrate 2.53 mln t in Nov; steel exports "
        "9.98 mln t in Nov (+2.0% m/m), Jan-Nov 107.7 mln t (+6.7%); coal Oct 41.73 mln t; overall Nov exports +5.9%, imports +1.9% (USD).",
        "Derived: iron ore -0.7% m/m (from 110.54 vs 111.31); crude Oct tonnage 48.17 mln t and +5.3% y/y tonnage (from bpd figures); "
        "crude Jan-Nov 521.76 mln t (2025 total minus December) and +2.9% (tonnage, adjusting the reported +3.2% per-day rate for the "
        "2024 leap day); copper 427,000 t (from December's 437,000 t being +2.3% m/m); copper Jan-Nov 4.88 mln t and concentrate "
        "Jan-Nov 27.61 mln t (full-year totals minus December); Jan-Nov surplus $1.08 trillion rounded from memory of the release.",
        "Invented: coal Nov 44.05 mln t, -19.9% y/y, +5.6% m/m, $3.62 bln, -34.6% in value, Jan-Nov 431.67 mln t -11.5%; "
        "copper -16.6% y/y and Jan-Nov -6.8%; concentrate +13.0% y/y; Brent band, Singapore futures price, analyst's December call.",
        "Not labelled: barrels-per-day figures (12.38 mln, 11.39 mln, 12 mln bpd) and the 8.7% per-day rise, which are per-day "
        "averages the record cannot express (unit is neither tonnes nor number); port inventories and prices (not trade flows); "
        "'strongest daily rate in 27 months' (streak/milestone); the analyst's December forecast; '$1 trillion mark' (threshold "
        "beside the exact $1.08 trillion, so only the exact figure is labelled); 'more than 30%' copper price rise.",
        "Judgement call: coal in November has both a volume growth (-19.9% y/y, tonnes) and a value growth (-34.6% y/y, dollars). "
        "Following the guide's 'volume growth beside value growth' exclusion, only the value growth is labelled; the m/m volume "
        "growth (+5.6%) has no value counterpart and is labelled, as are the year-to-date volume growths.",
        "Comparison-base tonnages stated for other months (October 111.31 mln t, 48.17 mln t and 41.73 mln t; November 2024 "
        "101.86 mln t) are labelled as quantity facts of their own months.",
        "Product names follow the text: 'iron ore', 'crude oil', 'coal', 'unwrought copper and copper products', 'copper "
        "concentrate', 'steel' (outbound steel shipments).",
        "Own-words check: 12 distinctive stretches searched in the pages corpus; no run of more than six words matched a real story. One sentence reworded as a precaution (the closing surplus sentence, which leaned on the common 'topped $1 trillion for the first time' formula). A real Reuters story on the same data was found (iron ore 110.54 mln t, October 111.3 mln t, steel exports 107.72 mln t); its sentences were not reused.",
        "Copy check (independent): 21 sentences searched, 0 reworded.",
    ],
    "facts": [
        # iron ore
        fact("China", "imports", "quantity", 110.54e6, "tonnes", NOV, "110.54 million",
             "Iron ore arrivals totalled 110.54 million metric tons last month", product="iron ore"),
        fact("China", "imports", "growth", -0.7, "percent", NOV, "0.7",
             "edging down 0.7% from October's 111.31 million tons", product="iron ore", basis="mom"),
        fact("China", "imports", "quantity", 111.31e6, "tonnes", OCT, "111.31 million",
             "edging down 0.7% from October's 111.31 million tons", product="iron ore"),
        fact("China", "imports", "quantity", 101.86e6, "tonnes", NOV24, "101.86 million",
             "Compared with November 2024, when mills took in 101.86 million tons", product="iron ore"),
        fact("China", "imports", "growth", 8.5, "percent", NOV, "8.5",
             "Compared with November 2024, when mills took in 101.86 million tons, shipments were 8.5% higher",
             product="iron ore", basis="yoy"),
        fact("China", "imports", "quantity", 1.139e9, "tonnes", JN, "1.139 billion",
             "imports of the steelmaking raw material for January through November at 1.139 billion tons",
             product="iron ore"),
        fact("China", "imports", "growth", 1.4, "percent", JN, "1.4",
             "1.4% more than in the same period a year ago", product="iron ore", basis="yoy"),
        # crude oil
        fact("China", "imports", "quantity", 50.89e6, "tonnes", NOV, "50.89 million",
             "Crude oil imports came to 50.89 million tons", product="crude oil"),
        fact("China", "imports", "quantity", 48.17e6, "tonnes", OCT, "48.17 million",
             "Measured in tons, November's intake was up from 48.17 million in October", product="crude oil"),
        fact("China", "imports", "growth", 5.3, "percent", NOV, "5.3",
             "Measured in tons, November's intake was up from 48.17 million in October and 5.3% larger than a year before",
             product="crude oil", basis="yoy"),
        fact("China", "imports", "quantity", 521.76e6, "tonnes", JN, "521.76 million",
             "Cumulative arrivals for the first 11 months reached 521.76 million tons", product="crude oil"),
        fact("China", "imports", "growth", 2.9, "percent", JN, "2.9",
             "Cumulative arrivals for the first 11 months reached 521.76 million tons, a rise of 2.9% on the same stretch of 2024",
             product="crude oil", basis="yoy"),
        # coal
        fact("China", "imports", "quantity", 44.05e6, "tonnes", NOV, "44.05 million",
             "Coal imports dropped 19.9% from a year earlier to 44.05 million tons", product="coal"),
        fact("China", "imports", "growth", 5.6, "percent", NOV, "5.6",
             "they picked up 5.6% from October's 41.73 million tons", product="coal", basis="mom"),
        fact("China", "imports", "quantity", 41.73e6, "tonnes", OCT, "41.73 million",
             "they picked up 5.6% from October's 41.73 million tons", product="coal"),
        fact("China", "imports", "value", 3.62e9, "USD", NOV, "3.62 billion",
             "In value terms the bill for those cargoes was $3.62 billion", product="coal"),
        fact("China", "imports", "growth", -34.6, "percent", NOV, "34.6",
             "In value terms the bill for those cargoes was $3.62 billion, 34.6% less than in November 2024",
             product="coal", basis="yoy"),
        fact("China", "imports", "growth", -11.5, "percent", JN, "11.5",
             "Year-to-date coal purchases shrank 11.5% to 431.67 million tons", product="coal", basis="yoy"),
        fact("China", "imports", "quantity", 431.67e6, "tonnes", JN, "431.67 million",
             "Year-to-date coal purchases shrank 11.5% to 431.67 million tons", product="coal"),
        # copper
        fact("China", "imports", "quantity", 427000, "tonnes", NOV, "427,000",
             "came in at 427,000 tons, down 16.6% on the year", product="unwrought copper and copper products"),
        fact("China", "imports", "growth", -16.6, "percent", NOV, "16.6",
             "came in at 427,000 tons, down 16.6% on the year", product="unwrought copper and copper products",
             basis="yoy"),
        fact("China", "imports", "growth", -6.8, "percent", JN, "6.8",
             "Over 11 months, such imports were 6.8% lower at 4.88 million tons",
             product="unwrought copper and copper products", basis="yoy"),
        fact("China", "imports", "quantity", 4.88e6, "tonnes", JN, "4.88 million",
             "Over 11 months, such imports were 6.8% lower at 4.88 million tons",
             product="unwrought copper and copper products"),
        fact("China", "imports", "growth", 13.0, "percent", NOV, "13.0",
             "copper concentrate imports rose 13.0% year on year to 2.53 million tons", product="copper concentrate",
             basis="yoy"),
        fact("China", "imports", "quantity", 2.53e6, "tonnes", NOV, "2.53 million",
             "copper concentrate imports rose 13.0% year on year to 2.53 million tons", product="copper concentrate"),
        fact("China", "imports", "quantity", 27.61e6, "tonnes", JN, "27.61 million",
             "taking the January-November tally to 27.61 million tons", product="copper concentrate"),
        # steel exports
        fact("China", "exports", "quantity", 9.98e6, "tonnes", NOV, "9.98 million",
             "outbound steel shipments reached 9.98 million tons last month", product="steel"),
        fact("China", "exports", "growth", 2.0, "percent", NOV, "2.0",
             "outbound steel shipments reached 9.98 million tons last month, 2.0% more than in October",
             product="steel", basis="mom"),
        fact("China", "exports", "quantity", 107.7e6, "tonnes", JN, "107.7 million",
             "bringing the 11-month total to 107.7 million tons", product="steel"),
        fact("China", "exports", "growth", 6.7, "percent", JN, "6.7",
             "bringing the 11-month total to 107.7 million tons, a 6.7% increase", product="steel", basis="yoy"),
        # overall trade
        fact("China", "exports", "growth", 5.9, "percent", NOV, "5.9",
             "overall exports rose 5.9% in November from a year earlier", basis="yoy"),
        fact("China", "imports", "growth", 1.9, "percent", NOV, "1.9",
             "overall exports rose 5.9% in November from a year earlier and imports grew 1.9%", basis="yoy"),
        fact("China", "balance", "value", 1.08e12, "USD", JN, "1.08 trillion",
             "China's trade surplus for January to November reached $1.08 trillion"),
    ],
}
