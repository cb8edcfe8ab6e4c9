from _fact import fact, period

OCT = period(2025, 10)
SEP = period(2025, 9)
Q3 = period(2025, 7, 9)
JAN_OCT = period(2025, 1, 10)
CN = "China"
RE = "rare earths"
MAGNETS = "rare-earth permanent magnets"

RE_OCT = "The country shipped 4,343.5 metric tons of rare earths last month, 9.1% more than in September"
RE_VALUE = "The October cargoes were worth $41.3 million"
RE_YTD = "For January through October, exports reached 52,699.2 tons, up 10.5% from the same period last year"
MAG_OCT = (
    "Outbound shipments of rare-earth permanent magnets slipped 5.2% sequentially to 5,473 tons in October, "
    "a second monthly drop, after 5,774 tons in September"
)
MAG_YOY = "Year on year, however, the tonnage was up 15.8%"
MAG_VALUE = "The magnets shipped last month were valued at $268.2 million"
MAG_US = "Shipments to the United States surged 56.1% to 656 tons"
MAG_JAPAN = "Japan took 241 tons, a 3.8% decrease"
MAG_NL = "exports to the Netherlands, a distribution hub for European buyers, slid 11.2% to 298 tons"
MAG_Q3 = "Over the third quarter as a whole, magnet exports totaled 17,497 tons, 148.1% higher than in the second quarter"
MAG_YTD = "From January to October they came to 45,290 tons, down 5.2% year on year"
ANTIMONY = "Exports of antimony products rose to 412 tons in October, worth $22.7 million"
ANTIMONY_MOM = "Measured by value they jumped 36.2% from September"
GERMANIUM = "Germanium exports, by contrast, fell 18.5% on the month to 1.9 tons"
RE_IMPORTS = "China brought in 8,930 tons of rare earths in October, 17.4% less than a year earlier"

ARTICLE = {
    "id": "dX1_05_caixin_rare_earth_exports_oct",
    "title": "China's Rare-Earth Exports Rebound in October, but Magnet Shipments Slip Again",
    "publisher": "Caixin",
    "published": "2025-11-21",
    "notes": [
        "Published Friday 2025-11-21, the day after the detailed customs release ('released Thursday' = Nov. 20). "
        "'last month' and 'October' are October 2025; the text gives no year for the trade data, so 2025 comes from "
        "the publication date.",
        "Area China throughout ('The country', 'China brought in'); tons and metric tons -> tonnes.",
        "Products in the text's words: 'rare earths', 'rare-earth permanent magnets' (later 'magnets', 'magnet "
        "exports', 'the tonnage' refer back to it), 'antimony products', 'germanium'.",
        "'9.1% more than in September' is a comparison with the month before: basis mom. 'slipped 5.2% sequentially' "
        "and 'fell 18.5% on the month' are mom. 'Year on year, however, the tonnage was up 15.8%' is yoy growth of the "
        "October magnet quantity.",
        "September's magnet tonnage ('after 5,774 tons in September') is a stated observation of September: labelled "
        "with period 2025-09.",
        "Destination paragraph: it opens with 'Compared with September', a month-on-month frame that carries to all its "
        "figures: United States +56.1%, Japan 'a 3.8% decrease', Netherlands 'slid 11.2%' are all basis mom; partners "
        "United States, Japan, Netherlands; product rare-earth permanent magnets carried from the previous paragraph.",
        "'148.1% higher than in the second quarter' is growth against the previous quarter: basis qoq, period Q3 "
        "(2025-07..2025-09). 'second quarter' is the comparison base, not the period.",
        "Jan-Oct magnet exports 'down 5.2% year on year' and the October 'slipped 5.2% sequentially' are different "
        "observations (period and basis differ); both labelled.",
        "Antimony: 'Measured by value they jumped 36.2% from September' is value growth, mom. 'outpacing a 23.6% rise "
        "in volume' is volume growth beside value growth: out.",
        "Commodity growth rates stated alone are growth of the quantity flow (rare earths +9.1% mom, magnets, "
        "germanium, rare-earth imports -17.4% yoy), as in the guide's examples. The magnets' October value "
        "($268.2 million) comes with no value growth, so 'the tonnage was up 15.8%' is labelled, not dropped as "
        "volume-beside-value growth.",
        "Imports of rare earths: partner null; 'mainly because of thinner arrivals of ore from Myanmar' gives no "
        "Myanmar figure.",
        "Out of scope, unlabelled: 'three straight monthly declines', 'a second monthly drop', 'the most since January' "
        "(streaks/milestones); 'seven medium and heavy rare earths', 'five more elements', policy dates (April 4, "
        "Oct. 9, Oct. 30, Nov. 7, Nov. 10, 2026, December 2024); prices ($850 per kilogram, 1,620 yuan per kilogram, "
        "560,000 yuan a ton, 'up 38% since January' is a price change); 'three times' (price ratio); China's 'roughly "
        "90%' of world sintered-magnet production (output share, not trade); the analyst's forecasts (above 6,000 "
        "tons a month by December, about 62,000 tons for the full year).",
        "'No gallium was shipped to the U.S.' states a zero in words only, with no number: not labelled.",
    ],
    "facts": [
        fact(CN, "exports", "quantity", 4343.5, "tonnes", OCT, "4,343.5", RE_OCT, product=RE),
        fact(CN, "exports", "growth", 9.1, "percent", OCT, "9.1", RE_OCT, product=RE, basis="mom"),
        fact(CN, "exports", "value", 41.3e6, "USD", OCT, "41.3 million", RE_VALUE, product=RE),
        fact(CN, "exports", "quantity", 52699.2, "tonnes", JAN_OCT, "52,699.2", RE_YTD, product=RE),
        fact(CN, "exports", "growth", 10.5, "percent", JAN_OCT, "10.5", RE_YTD, product=RE),
        fact(CN, "exports", "growth", -5.2, "percent", OCT, "5.2", MAG_OCT, product=MAGNETS, basis="mom"),
        fact(CN, "exports", "quantity", 5473, "tonnes", OCT, "5,473", MAG_OCT, product=MAGNETS),
        fact(CN, "exports", "quantity", 5774, "tonnes", SEP, "5,774", MAG_OCT, product=MAGNETS),
        fact(CN, "exports", "growth", 15.8, "percent", OCT, "15.8", MAG_YOY, product=MAGNETS),
        fact(CN, "exports", "value", 268.2e6, "USD", OCT, "268.2 million", MAG_VALUE, product=MAGNETS),
        fact(CN, "exports", "growth", 56.1, "percent", OCT, "56.1", MAG_US, partner="United States", product=MAGNETS,
             basis="mom"),
        fact(CN, "exports", "quantity", 656, "tonnes", OCT, "656", MAG_US, partner="United States", product=MAGNETS),
        fact(CN, "exports", "quantity", 241, "tonnes", OCT, "241", MAG_JAPAN, partner="Japan", product=MAGNETS),
        fact(CN, "exports", "growth", -3.8, "percent", OCT, "3.8", MAG_JAPAN, partner="Japan", product=MAGNETS,
             basis="mom"),
        fact(CN, "exports", "growth", -11.2, "percent", OCT, "11.2", MAG_NL, partner="Netherlands", product=MAGNETS,
             basis="mom"),
        fact(CN, "exports", "quantity", 298, "tonnes", OCT, "298", MAG_NL, partner="Netherlands", product=MAGNETS),
        fact(CN, "exports", "quantity", 17497, "tonnes", Q3, "17,497", MAG_Q3, product=MAGNETS),
        fact(CN, "exports", "growth", 148.1, "percent", Q3, "148.1", MAG_Q3, product=MAGNETS, basis="qoq"),
        fact(CN, "exports", "quantity", 45290, "tonnes", JAN_OCT, "45,290", MAG_YTD, product=MAGNETS),
        fact(CN, "exports", "growth", -5.2, "percent", JAN_OCT, "5.2", MAG_YTD, product=MAGNETS),
        fact(CN, "exports", "quantity", 412, "tonnes", OCT, "412", ANTIMONY, product="antimony products"),
        fact(CN, "exports", "value", 22.7e6, "USD", OCT, "22.7 million", ANTIMONY, product="antimony products"),
        fact(CN, "exports", "growth", 36.2, "percent", OCT, "36.2", ANTIMONY_MOM, product="antimony products",
             basis="mom"),
        fact(CN, "exports", "growth", -18.5, "percent", OCT, "18.5", GERMANIUM, product="germanium", basis="mom"),
        fact(CN, "exports", "quantity", 1.9, "tonnes", OCT, "1.9", GERMANIUM, product="germanium"),
        fact(CN, "imports", "quantity", 8930, "tonnes", OCT, "8,930", RE_IMPORTS, product=RE),
        fact(CN, "imports", "growth", -17.4, "percent", OCT, "17.4", RE_IMPORTS, product=RE),
    ],
}
