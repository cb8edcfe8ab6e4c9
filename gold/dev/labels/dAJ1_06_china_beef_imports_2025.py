from _fact import fact, period

OCT = period(2025, 10)  # "in October", "last month" (published Nov 20, 2025)
JAN_OCT = period(2025, 1, 10)  # "the first 10 months of the year", "So far this year", "January-October"
Y2024 = period(2024, 1, 12)  # "last year"

BEEF = "beef"

LEAD = "China's beef imports rose 18.6% in October from a year earlier to 281,700 metric tons"
MOM = "Arrivals were also up 7.9% from September"
OCT_VAL = "the month's shipments were worth $1.56 billion"
YTD_QTY = "the world's biggest beef buyer took in 2.41 million tons, up 2.8% on the same period of 2024"
YTD_VAL = "the value of those purchases rose 9.6% to $12.5 billion"
RECORD = "China imported a record 2.87 million tons of beef last year."
BR = ("Brazil, by far China's biggest supplier, shipped 152,300 tons in October, up 38.4% from a year ago "
      "and accounting for 54.1% of the total")
BR_YTD_SHARE = "So far this year, Brazilian beef has made up 48.5% of China's imports"
BR_YTD_QTY = "with volumes reaching 1.17 million tons"
AR = "Shipments from Argentina, the second-largest supplier, slipped 4.1% to 48,600 tons"
AU = ("Imports from Australia, China's third-biggest source in the first 10 months, soared 61% to "
      "33,900 tons last month")
AU_RANK = "Imports from Australia, China's third-biggest source in the first 10 months"
UY_NZ = ("Uruguay and New Zealand supplied 19,800 tons and 13,400 tons respectively, "
         "up 12.5% and down 6.7% from October 2024")
US = "China took in just 860 tons of U.S. beef in October, down 93% year-on-year"
US_YTD = "Imports from the U.S. for January-October slumped 45% to 54,100 tons"

ARTICLE = {
    "id": "dAJ1_06_china_beef_imports_2025",
    "title": "China's October beef imports jump as Brazilian supply surges ahead of safeguard ruling",
    "publisher": "Reuters",
    "published": "2025-11-20",
    "notes": [
        "Every fact is China's imports of beef (product 'beef'); supplier countries are partners.",
        "'last month' (Nov 20, 2025) is October 2025; 'last year' is 2024; 'the first 10 months', 'So far this year' and 'January-October' are 2025-01..2025-10.",
        "October: the 18.6% is a volume change, but no value growth is given for October, so it is labelled as growth; 'up 7.9% from September' is basis mom.",
        "January-October: 'up 2.8%' is volume growth beside the value growth ('the value of those purchases rose 9.6%'), so the 2.8 is out of scope; the 9.6 is labelled.",
        "Ranks: Brazil 'by far China's biggest supplier' (rank 1) in the October sentence; Argentina 'the second-largest supplier' (rank 2) in the sentence carried from October; Australia 'third-biggest source in the first 10 months' (rank 3, January-October).",
        "'accounting for 54.1% of the total' is Brazil's share of China's October beef imports; '48.5% of China's imports' so far this year is Brazil's January-October share.",
        "Uruguay/New Zealand 'respectively' list: 19,800 and 13,400 tons, +12.5% and -6.7% against October 2024 (yoy, period October 2025).",
        "Out of scope: 'about $5,540 a ton' (average price) and 'more than two years'; 'Nov. 26', 'Dec. 27', 'Jan. 1, 2019', 'June 30, 2024' (dates); '30.9% of the domestic market' (import penetration of consumption, not a share of a trade flow, and a 2019-2024 investigation period); '12% tariff'; '25.6 yuan' and '23.7 yuan' per kilogram cattle prices; 'around 100 million head' herd size.",
    ],
    "facts": [
        fact("China", "imports", "growth", 18.6, "percent", OCT, "18.6", LEAD, product=BEEF),
        fact("China", "imports", "quantity", 281700, "tonnes", OCT, "281,700", LEAD, product=BEEF),
        fact("China", "imports", "growth", 7.9, "percent", OCT, "7.9", MOM, product=BEEF, basis="mom"),
        fact("China", "imports", "value", 1.56e9, "USD", OCT, "1.56 billion", OCT_VAL, product=BEEF),
        fact("China", "imports", "quantity", 2.41e6, "tonnes", JAN_OCT, "2.41 million", YTD_QTY, product=BEEF),
        fact("China", "imports", "growth", 9.6, "percent", JAN_OCT, "9.6", YTD_VAL, product=BEEF),
        fact("China", "imports", "value", 12.5e9, "USD", JAN_OCT, "12.5 billion", YTD_VAL, product=BEEF),
        fact("China", "imports", "quantity", 2.87e6, "tonnes", Y2024, "2.87 million", RECORD, product=BEEF),
        fact("China", "imports", "rank", 1, "number", OCT, "biggest", BR, partner="Brazil", product=BEEF),
        fact("China", "imports", "quantity", 152300, "tonnes", OCT, "152,300", BR, partner="Brazil", product=BEEF),
        fact("China", "imports", "growth", 38.4, "percent", OCT, "38.4", BR, partner="Brazil", product=BEEF),
        fact("China", "imports", "share", 54.1, "percent", OCT, "54.1", BR, partner="Brazil", product=BEEF),
        fact("China", "imports", "share", 48.5, "percent", JAN_OCT, "48.5", BR_YTD_SHARE, partner="Brazil", product=BEEF),
        fact("China", "imports", "quantity", 1.17e6, "tonnes", JAN_OCT, "1.17 million", BR_YTD_QTY, partner="Brazil", product=BEEF),
        fact("China", "imports", "rank", 2, "number", OCT, "second", AR, partner="Argentina", product=BEEF),
        fact("China", "imports", "growth", -4.1, "percent", OCT, "4.1", AR, partner="Argentina", product=BEEF),
        fact("China", "imports", "quantity", 48600, "tonnes", OCT, "48,600", AR, partner="Argentina", product=BEEF),
        fact("China", "imports", "rank", 3, "number", JAN_OCT, "third", AU_RANK, partner="Australia", product=BEEF),
        fact("China", "imports", "growth", 61, "percent", OCT, "61", AU, partner="Australia", product=BEEF),
        fact("China", "imports", "quantity", 33900, "tonnes", OCT, "33,900", AU, partner="Australia", product=BEEF),
        fact("China", "imports", "quantity", 19800, "tonnes", OCT, "19,800", UY_NZ, partner="Uruguay", product=BEEF),
        fact("China", "imports", "quantity", 13400, "tonnes", OCT, "13,400", UY_NZ, partner="New Zealand", product=BEEF),
        fact("China", "imports", "growth", 12.5, "percent", OCT, "12.5", UY_NZ, partner="Uruguay", product=BEEF),
        fact("China", "imports", "growth", -6.7, "percent", OCT, "6.7", UY_NZ, partner="New Zealand", product=BEEF),
        fact("China", "imports", "quantity", 860, "tonnes", OCT, "860", US, partner="United States", product=BEEF),
        fact("China", "imports", "growth", -93, "percent", OCT, "93", US, partner="United States", product=BEEF),
        fact("China", "imports", "growth", -45, "percent", JAN_OCT, "45", US_YTD, partner="United States", product=BEEF),
        fact("China", "imports", "quantity", 54100, "tonnes", JAN_OCT, "54,100", US_YTD, partner="United States", product=BEEF),
    ],
}
