from _fact import fact, period

OCT = period(2025, 10)  # "in October" (published Nov 20, 2025)
JAN_OCT = period(2025, 1, 10)  # "Between January and October", "Year to date", "January-October"
Y2024 = period(2024, 1, 12)  # "last year"

BEEF = "beef"

LEAD = "China brought in 281,700 metric tons of beef in October, 18.6% more than a year earlier"
MOM = "volumes 7.9% above September's"
OCT_VAL = "October's purchases valued at $1.56 billion"
YTD_QTY = "the largest beef importer in the world bought 2.41 million tons, 2.8% more than in the same months of 2024"
YTD_VAL = "spent $12.5 billion, a 9.6% increase in value"
RECORD = "China's beef imports last year hit a record 2.87 million tons."
BR = ("Shipments from Brazil, far and away China's biggest supplier, jumped 38.4% year on year to 152,300 tons "
      "in October, or 54.1% of all imports")
BR_YTD_SHARE = "giving it a 48.5% share of China's beef imports"
BR_YTD_QTY = "Year to date, Brazil has supplied 1.17 million tons"
AR = "Argentina, in second place among suppliers, sent 48,600 tons, down 4.1%"
AU = ("Australia, ranked third among China's sources over January-October, saw its October sales to China "
      "surge 61% to 33,900 tons")
AU_RANK = "Australia, ranked third among China's sources over January-October"
UY_NZ = ("Uruguay and New Zealand accounted for 19,800 tons and 13,400 tons respectively, "
         "a 12.5% increase and a 6.7% decrease compared with October 2024")
US = "October imports of American beef were a mere 860 tons, 93% lower than a year earlier"
US_YTD = "Shipments of U.S. beef for January-October plunged 45% to 54,100 tons"

ARTICLE = {
    "id": "dAJ1_06_china_beef_imports_2025",
    "title": "Brazilian cargoes lift China's beef imports in October before safeguard decision",
    "publisher": "Reuters",
    "published": "2025-11-20",
    "notes": [
        "Every fact is China's imports of beef (product 'beef'); supplier countries are partners.",
        "'October' in a story of Nov 20, 2025 is October 2025; 'last year' is 2024; 'Between January and October', 'Year to date' and 'January-October' are 2025-01..2025-10.",
        "October: the 18.6% is a volume change, but no value growth is given for October, so it is labelled as growth; '7.9% above September's' is basis mom.",
        "January-October: '2.8% more' is volume growth beside the value growth ('spent $12.5 billion, a 9.6% increase in value'), so the 2.8 is out of scope; the 9.6 is labelled.",
        "Ranks: Brazil 'far and away China's biggest supplier' (rank 1) in the October sentence; Argentina 'in second place among suppliers' (rank 2) in the sentence carried from October; Australia 'ranked third among China's sources over January-October' (rank 3, January-October).",
        "'or 54.1% of all imports' is Brazil's share of China's October beef imports; 'a 48.5% share of China's beef imports' year to date is Brazil's January-October share.",
        "Uruguay/New Zealand 'respectively' list: 19,800 and 13,400 tons, +12.5% and -6.7% against October 2024 (yoy, period October 2025).",
        "Out of scope: 'about $5,540 a ton' (average price) and 'more than two years'; 'Nov. 26', 'Dec. 27', 'Jan. 1, 2019', 'June 30, 2024' (dates); '30.9% of the Chinese market' (import penetration of consumption, not a share of a trade flow, and a 2019-2024 investigation period); '12% tariff'; '25.6 yuan' and '23.7 yuan' per kilogram cattle prices; 'around 100 million head' herd size.",
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
