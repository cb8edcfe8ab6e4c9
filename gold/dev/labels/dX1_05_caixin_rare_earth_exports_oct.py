from _fact import fact, period

OCT = period(2025, 10)
SEP = period(2025, 9)
Q3 = period(2025, 7, 9)
JAN_OCT = period(2025, 1, 10)
CN = "China"
RE = "rare earths"
MAGNETS = "rare-earth permanent magnets"

RE_OCT = "China exported 4,343.5 metric tons of rare earths in October, an increase of 9.1% from September"
RE_VALUE = "Those shipments had a value of $41.3 million"
RE_YTD = "Across January to October, exports totaled 52,699.2 tons, a rise of 10.5% on the same months of last year"
MAG_OCT = (
    "Exports of rare-earth permanent magnets dropped 5.2% from the previous month to 5,473 tons in October, "
    "down from 5,774 tons in September"
)
MAG_YOY = "Compared with a year earlier, though, volumes were 15.8% higher"
MAG_VALUE = "put last month's magnet exports at $268.2 million"
MAG_US = "Exports to the United States soared 56.1% to 656 tons"
MAG_JAPAN = "Shipments to Japan fell 3.8% to 241 tons"
MAG_NL = "the Netherlands, a hub serving European buyers, received 298 tons, 11.2% less"
MAG_Q3 = "For the full third quarter, exports of magnets reached 17,497 tons, up 148.1% on the second quarter"
MAG_YTD = "Cumulative magnet shipments for January-October stood at 45,290 tons, a 5.2% decline from a year earlier"
ANTIMONY = "October exports of antimony products climbed to 412 tons, with a value of $22.7 million"
ANTIMONY_MOM = "In value terms the shipments were up 36.2% on September"
GERMANIUM = "germanium exports dropped 18.5% month on month to 1.9 tons"
RE_IMPORTS = "China's October imports of rare earths amounted to 8,930 tons, down 17.4% year on year"

ARTICLE = {
    "id": "dX1_05_caixin_rare_earth_exports_oct",
    "title": "October Brings Rebound in China's Rare-Earth Exports as Magnet Sales Fall Again",
    "publisher": "Caixin",
    "published": "2025-11-21",
    "notes": [
        "Published Friday 2025-11-21, the day after the detailed customs release ('published on Thursday' = Nov. 20). "
        "'last month' and 'October' are October 2025; the text gives no year for the trade data, so 2025 comes from "
        "the publication date.",
        "Area China throughout ('China exported', 'China's October imports'); tons and metric tons -> tonnes.",
        "Products in the text's words: 'rare earths', 'rare-earth permanent magnets' (later 'magnets', 'magnet "
        "exports', 'volumes', 'magnet shipments' refer back to it), 'antimony products', 'germanium'.",
        "'an increase of 9.1% from September' is a comparison with the month before: basis mom. 'dropped 5.2% from the "
        "previous month' and 'dropped 18.5% month on month' are mom. 'Compared with a year earlier, though, volumes "
        "were 15.8% higher' is yoy growth of the October magnet quantity.",
        "September's magnet tonnage ('down from 5,774 tons in September') is a stated observation of September: labelled "
        "with period 2025-09.",
        "Destination paragraph: it opens with 'Against September levels', a month-on-month frame that carries to all "
        "its figures: United States +56.1%, Japan 'fell 3.8%', Netherlands '11.2% less' are all basis mom; partners "
        "United States, Japan, Netherlands; product rare-earth permanent magnets carried from the previous paragraph.",
        "'up 148.1% on the second quarter' is growth against the previous quarter: basis qoq, period Q3 "
        "(2025-07..2025-09). 'second quarter' is the comparison base, not the period.",
        "Jan-Oct magnet exports 'a 5.2% decline from a year earlier' and the October 'dropped 5.2% from the previous "
        "month' are different "
        "observations (period and basis differ); both labelled.",
        "Antimony: 'In value terms the shipments were up 36.2% on September' is value growth, mom. 'faster than the "
        "23.6% gain in volume' is volume growth beside value growth: out.",
        "Commodity growth rates stated alone are growth of the quantity flow (rare earths +9.1% mom, magnets, "
        "germanium, rare-earth imports -17.4% yoy), as in the guide's examples. The magnets' October value "
        "($268.2 million) comes with no value growth, so 'volumes were 15.8% higher' is labelled, not dropped as "
        "volume-beside-value growth.",
        "Imports of rare earths: partner null; 'largely because less ore arrived from Myanmar' gives no "
        "Myanmar figure.",
        "Out of scope, unlabelled: 'falling for three months in a row', 'the second decline in a row', 'their highest "
        "since January' (streaks/milestones); 'seven medium and heavy rare earths', 'five additional elements', policy "
        "dates (April 4, Oct. 9, Oct. 30, Nov. 7, Nov. 10, 2026, December 2024); prices ($850 per kilogram, 1,620 yuan "
        "per kilogram, 560,000 yuan a ton, 'a 38% increase since January' is a price change); 'three times' (price "
        "ratio); China's 'About 90%' of world sintered-magnet production (output share, not trade); the analyst's forecasts (above 6,000 "
        "tons a month by December, about 62,000 tons for the full year).",
        "'The U.S. received no gallium at all' states a zero in words only, with no number: not labelled.",
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
