from _fact import fact, period

OCT = period(2025, 10)
SEP = period(2025, 9)
AUG = period(2025, 8)
OCT24 = period(2024, 10)
YTD = period(2025, 1, 10)

S_LEVEL = "The world's dominant producer sent 5,473 metric tons of the magnets abroad last month, General Administration of Customs data showed, a 5.2% drop from September's 5,774 tons"
S_YOY = "Compared with the same month a year ago, when China exported 4,725 tons, October volumes were up 15.8%."
S_VAL = "By value, October's magnet shipments were worth $241.7 million."
S_US = "U.S.-bound shipments reached 656 tons, the most since January, after a 56.1% month-on-month surge, leaving them 4.5% above October 2024 levels."
S_JP = "Shipments to Japan, whose automakers and electronics firms rely heavily on Chinese supply, rose 9.6% on the month to 251 tons."
S_DE = "Germany remained the largest destination for Chinese magnets, taking 1,203 tons, with the United States in second place and South Korea third."
S_YTD = "January-October magnet shipments came to 45,290 tons, 5.2% lower than in the same stretch of 2024"
S_AUG = "August's 6,146 tons, a seven-month high, is still this year's top monthly figure."
S_RE = ("China's October exports of rare earths, the group of 17 elements from which the magnets are made, at 4,343.5 tons, 9% above September's level")
S_RE_YTD = "Shipments for January through October reached 52,699.2 tons, up 10.5% from a year before."

C = "China"
MAG = "rare earth magnets"
RE = "rare earths"

ARTICLE = {
    "id": "dBE1_02",
    "title": "China's rare earth magnet exports dip again in October, but US shipments hit nine-month high",
    "publisher": "Reuters",
    "published": "2025-11-20",
    "notes": [
        "Provenance: October 2025 magnet totals (5,473 / 5,774 / 4,725 tons, -5.2%, +15.8%), the U.S. figures (656 tons, +56.1% m/m, +4.5% y/y), the Jan-Oct 45,290 tons (-5.2%), August's 6,146 tons and the rare earth figures (4,343.5 tons, +9%, 52,699.2 tons, +10.5%) follow real customs reporting; the dollar value, the Japan and Germany figures are illustrative.",
        "Running period October 2025 ('last month' in a story dated Nov 20, 2025). All magnet figures are exports with area China, product 'rare earth magnets'.",
        "'a 5.2% drop from September's 5,774 tons' is a comparison with the month before -> basis mom. The comparison base 5,774 tons is itself a stated trade quantity and is labelled as a separate fact with period 2025-09 (its own month), not October.",
        "'when China exported 4,725 tons' (the same month a year ago) is labelled as a quantity for 2024-10; 'up 15.8%' is yoy for October 2025.",
        "US: 56.1% 'month-on-month' -> mom; '4.5% above October 2024 levels' -> yoy, positive (comparative 'above'). 'the most since January' is a milestone, not labelled.",
        "Japan: 'rose 9.6% on the month' -> mom.",
        "Ranks by destination: Germany 'the largest' -> 1, United States 'second place' -> 2, South Korea 'third' -> 3; flow exports, product rare earth magnets, partner the destination. Germany also gets its quantity 1,203 tons.",
        "Value $241.7 million: USD, magnet exports, October 2025. No growth rate given for the value.",
        "Year to date: 'January-October' -> 2025-01..2025-10; the decline of 5.2% is yoy (distinct from October's mom -5.2).",
        "August's 6,146 tons is labelled as a quantity for 2025-08; 'a seven-month high' and 'this year's top monthly figure' are milestones, not labelled.",
        "Rare earths (the raw materials, product 'rare earths'): October quantity 4,343.5 tons and growth 9 mom ('9% above September's level'); Jan-Oct 52,699.2 tons and 10.5 yoy ('up 10.5% from a year before'). 'ending a run of three monthly falls' is a streak, not labelled.",
        "Not labelled (out of scope): the 10% fentanyl-related tariff rate (tariff rate); the traders' expectation of shipments above 6,000 tons a month (forecast); the praseodymium-neodymium oxide price of around 570,000 yuan per ton (price); '17 elements' and 'seven medium and heavy rare earths' (not trade flows); dates (Oct. 9).",
        "The analysts' paragraph is quote-free by design and carries no in-scope figure.",
    ],
    "facts": [
        fact(C, "exports", "quantity", 5473, "tonnes", OCT, "5,473", S_LEVEL, product=MAG),
        fact(C, "exports", "growth", -5.2, "percent", OCT, "5.2", S_LEVEL, product=MAG, basis="mom"),
        fact(C, "exports", "quantity", 5774, "tonnes", SEP, "5,774", S_LEVEL, product=MAG),
        fact(C, "exports", "quantity", 4725, "tonnes", OCT24, "4,725", S_YOY, product=MAG),
        fact(C, "exports", "growth", 15.8, "percent", OCT, "15.8", S_YOY, product=MAG),
        fact(C, "exports", "value", 241.7e6, "USD", OCT, "241.7 million", S_VAL, product=MAG),
        fact(C, "exports", "growth", 56.1, "percent", OCT, "56.1", S_US, product=MAG, partner="United States", basis="mom"),
        fact(C, "exports", "quantity", 656, "tonnes", OCT, "656", S_US, product=MAG, partner="United States"),
        fact(C, "exports", "growth", 4.5, "percent", OCT, "4.5", S_US, product=MAG, partner="United States"),
        fact(C, "exports", "growth", 9.6, "percent", OCT, "9.6", S_JP, product=MAG, partner="Japan", basis="mom"),
        fact(C, "exports", "quantity", 251, "tonnes", OCT, "251", S_JP, product=MAG, partner="Japan"),
        fact(C, "exports", "rank", 1, "number", OCT, "largest", S_DE, product=MAG, partner="Germany"),
        fact(C, "exports", "quantity", 1203, "tonnes", OCT, "1,203", S_DE, product=MAG, partner="Germany"),
        fact(C, "exports", "rank", 2, "number", OCT, "second", S_DE, product=MAG, partner="United States"),
        fact(C, "exports", "rank", 3, "number", OCT, "third", S_DE, product=MAG, partner="South Korea"),
        fact(C, "exports", "quantity", 45290, "tonnes", YTD, "45,290", S_YTD, product=MAG),
        fact(C, "exports", "growth", -5.2, "percent", YTD, "5.2", S_YTD, product=MAG),
        fact(C, "exports", "quantity", 6146, "tonnes", AUG, "6,146", S_AUG, product=MAG),
        fact(C, "exports", "growth", 9, "percent", OCT, "9", S_RE, product=RE, basis="mom"),
        fact(C, "exports", "quantity", 4343.5, "tonnes", OCT, "4,343.5", S_RE, product=RE),
        fact(C, "exports", "quantity", 52699.2, "tonnes", YTD, "52,699.2", S_RE_YTD, product=RE),
        fact(C, "exports", "growth", 10.5, "percent", YTD, "10.5", S_RE_YTD, product=RE),
    ],
}
