from _fact import fact, period

NOV = period(2025, 11)
OCT = period(2025, 10)
YTD = period(2025, 1, 11)
JAN_OCT = period(2025, 1, 10)
NOV24 = period(2024, 11)
YTD24 = period(2024, 1, 11)
Y2015 = period(2015, 1, 12)
C = "China"
ST = "steel"
SEMI = "semi-finished steel"
ORE = "iron ore"
E_LEAD = ("China's exports of finished and semi-finished steel products rose 2.0% in November from the month before "
          "to 9.98 million metric tons")
E_YTD = "For the first 11 months, steel exports totalled 107.72 million tons, up 6.7% from the same period last year"
E_SEMI = ("Semi-finished steel, mostly billets and slabs that are rolled into finished goods abroad, accounted for 11.6 million "
          "tons of the January-November total, a jump of 212%")
E_SEMI_SH = "That gave semis roughly 10.8% of all steel shipped, against less than 4% a year earlier."
E_FIN = "Exports of finished products, by contrast, slipped 1.2% to about 96.1 million tons."
E_VN = ("Vietnam remained the biggest single buyer of Chinese steel at 9.1 million tons, though volumes fell 22% after Hanoi "
        "slapped anti-dumping duties on Chinese HRC in March")
E_KR = "Shipments to South Korea, which put provisional duties on Chinese plate and HRC, fell 14.3% to 7.3 million tons."
E_ME = "The Middle East went the other way: the region took 17.2 million tons, up 18%"
E_ORE = ("Arrivals of iron ore and concentrates, the main steelmaking ingredient, came to 110.54 million tons in November, "
         "easing 0.7% from October.")
E_ORE_CMP = "October's purchases had been larger, at 111.3 million tons, while the figure for the same month a year earlier was 101.86 million tons."
E_ORE_YTD = "Cumulative ore arrivals of 1.139 billion tons for January-November were 1.4% higher than a year before"
E_SIM = "Steel imports fell 1.4% from October to 496,000 tons in November."

ARTICLE = {
    "id": "dAU1_05_china_steel_exports_jan_nov_2025",
    "title": "China's November steel exports rise 2% on month, Jan-Nov shipments at record high",
    "publisher": "Reuters",
    "published": "2025-12-08",
    "notes": [
        "Dateline 'Dec 8' with customs data 'on Monday': published 2025-12-08; November and January-November are 2025.",
        "Product naming: the goods are named once in full ('finished and semi-finished steel products') and then by the head word ('steel exports', 'Outbound shipments', 'October's tally'); all total-steel facts carry product 'steel'. Semi-finished steel is later 'semis' (product 'semi-finished steel'); 'iron ore and concentrates' is later 'ore' (product 'iron ore'); 'Hot-rolled coil (HRC)' is product 'hot-rolled coil'.",
        "'Exports of finished products' are the finished steel products of the lead: product 'finished steel products' (the head noun 'steel' is elided in the sentence). Judgement call.",
        "All steel figures are physical quantities (measure quantity, tonnes); the growth rates are growth of tonnage with no value growth beside them, so they are in scope.",
        "Headline 'rise 2% on month' and lead '2.0% ... from the month before' are one observation (basis mom), labelled once with the body's '2.0'.",
        "'7.5% higher than in November 2024': November 2025 growth, yoy; November 2024 is the comparison base, not the period.",
        "'October's tally stood at 9.78 million tons': steel exports for 2025-10.",
        "'the annual peak of 112.4 million tons set in 2015': a stated quantity of China's steel exports for the year 2015 (period 2015-01..2015-12). 'record high' / 'on record' / 'within reach of the annual peak': milestones, out.",
        "Semi-finished: 11.6 million tons (Jan-Nov), 'a jump of 212%' (yoy), share 'roughly 10.8%' of all steel shipped (approx). 'against less than 4% a year earlier': the share for January-November 2024, qualifier under.",
        "'Exports of finished products ... slipped 1.2% to about 96.1 million tons': growth -1.2 and quantity approx, Jan-Nov 2025.",
        "HRC 'shipments drop 9% over the 11 months': exports growth -9, Jan-Nov 2025.",
        "Average export value 'about $660 a ton, down 9%': a unit price, not a trade flow: out.",
        "Destination figures are for January-October 2025 (stated 'In January-October'); 'Vietnam remained the biggest single buyer of Chinese steel': rank 1 among destinations, partner Vietnam. 'Hanoi' is the same partner by its capital; 'Korea' (short for South Korea) and 'Mideast'/'the region' (Middle East) are short names with no new numbers.",
        "'The Middle East went the other way: the region took 17.2 million tons, up 18%': exports to Middle East, quantity and yoy growth, Jan-Oct.",
        "Iron ore: 'easing 0.7% from October' is mom, -0.7. 'October's purchases had been larger, at 111.3 million tons' is 2025-10 imports; 'the figure for the same month a year earlier was 101.86 million tons' is November 2024 imports (period 2024-11). 'Cumulative ore arrivals of 1.139 billion tons for January-November were 1.4% higher than a year before': Jan-Nov imports, quantity and yoy growth.",
        "Steel imports: 'fell 1.4% from October to 496,000 tons in November': mom -1.4 and quantity, product steel, flow imports.",
        "'More than 50 trade remedy cases': count of trade cases, not of trading partners or enterprises: out.",
        "Analyst's expectation that 2026 exports fall to 100-105 million tons: forecast, out.",
    ],
    "facts": [
        fact(C, "exports", "growth", 2.0, "percent", NOV, "2.0", E_LEAD, product=ST, basis="mom"),
        fact(C, "exports", "quantity", 9.98e6, "tonnes", NOV, "9.98 million", E_LEAD, product=ST),
        fact(C, "exports", "growth", 7.5, "percent", NOV, "7.5", "Outbound shipments were 7.5% higher than in November 2024", product=ST),
        fact(C, "exports", "quantity", 9.78e6, "tonnes", OCT, "9.78 million", "October's tally stood at 9.78 million tons.", product=ST),
        fact(C, "exports", "quantity", 107.72e6, "tonnes", YTD, "107.72 million", E_YTD, product=ST),
        fact(C, "exports", "growth", 6.7, "percent", YTD, "6.7", E_YTD, product=ST),
        fact(C, "exports", "quantity", 112.4e6, "tonnes", Y2015, "112.4 million",
             "the annual peak of 112.4 million tons set in 2015", product=ST),
        fact(C, "exports", "quantity", 11.6e6, "tonnes", YTD, "11.6 million", E_SEMI, product=SEMI),
        fact(C, "exports", "growth", 212, "percent", YTD, "212", E_SEMI, product=SEMI),
        fact(C, "exports", "share", 10.8, "percent", YTD, "10.8", E_SEMI_SH, product=SEMI, qualifier="approx"),
        fact(C, "exports", "share", 4, "percent", YTD24, "4", E_SEMI_SH, product=SEMI, qualifier="under"),
        fact(C, "exports", "growth", -1.2, "percent", YTD, "1.2", E_FIN, product="finished steel products"),
        fact(C, "exports", "quantity", 96.1e6, "tonnes", YTD, "96.1 million", E_FIN, product="finished steel products", qualifier="approx"),
        fact(C, "exports", "growth", -9, "percent", YTD, "9",
             "Hot-rolled coil (HRC), the most widely traded flat product, saw shipments drop 9% over the 11 months",
             product="hot-rolled coil"),
        fact(C, "exports", "rank", 1, "number", JAN_OCT, "biggest", E_VN, partner="Vietnam", product=ST),
        fact(C, "exports", "quantity", 9.1e6, "tonnes", JAN_OCT, "9.1 million", E_VN, partner="Vietnam", product=ST),
        fact(C, "exports", "growth", -22, "percent", JAN_OCT, "22", E_VN, partner="Vietnam", product=ST),
        fact(C, "exports", "growth", -14.3, "percent", JAN_OCT, "14.3", E_KR, partner="South Korea", product=ST),
        fact(C, "exports", "quantity", 7.3e6, "tonnes", JAN_OCT, "7.3 million", E_KR, partner="South Korea", product=ST),
        fact(C, "exports", "quantity", 17.2e6, "tonnes", JAN_OCT, "17.2 million", E_ME, partner="Middle East", product=ST),
        fact(C, "exports", "growth", 18, "percent", JAN_OCT, "18", E_ME, partner="Middle East", product=ST),
        fact(C, "imports", "growth", -0.7, "percent", NOV, "0.7", E_ORE, product=ORE, basis="mom"),
        fact(C, "imports", "quantity", 110.54e6, "tonnes", NOV, "110.54 million", E_ORE, product=ORE),
        fact(C, "imports", "quantity", 111.3e6, "tonnes", OCT, "111.3 million", E_ORE_CMP, product=ORE),
        fact(C, "imports", "quantity", 101.86e6, "tonnes", NOV24, "101.86 million", E_ORE_CMP, product=ORE),
        fact(C, "imports", "growth", 1.4, "percent", YTD, "1.4", E_ORE_YTD, product=ORE),
        fact(C, "imports", "quantity", 1.139e9, "tonnes", YTD, "1.139 billion", E_ORE_YTD, product=ORE),
        fact(C, "imports", "growth", -1.4, "percent", NOV, "1.4", E_SIM, product=ST, basis="mom"),
        fact(C, "imports", "quantity", 496000, "tonnes", NOV, "496,000", E_SIM, product=ST),
    ],
}
