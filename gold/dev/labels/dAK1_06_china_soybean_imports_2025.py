from _fact import fact, period

OCT = period(2025, 10)  # October 2025
SEP = period(2025, 9)  # September 2025
OCT_2024 = period(2024, 10)  # October 2024 (the year-earlier figure)
JAN_OCT = period(2025, 1, 10)  # January-October 2025

US_OCT = "put US arrivals at zero last month, against 541,434 tons a year earlier"
TOTAL = "the country brought in 9.48 million tons of soybeans in October, 32.4% more than a year ago"
MOM = "Arrivals were still down 26.3% from September's 12.87 million tons"
VALUE = "China spent about $4.2 billion on the oilseed in October"
BR = ("Three-quarters of the month's total, 75.1%, came from Brazil, China's top supplier, which shipped 7.12 million "
      "tons, up 28.8% from a year earlier")
AR = "Argentina's 16.6% share came from 1.57 million tons, an increase of 15.4%"
YTD = "Over the first 10 months, China took in 95.74 million tons of soybeans, 6.4% more than in the same period last year"
BR_YTD = "Cargoes from Brazil accounted for 70.81 million tons, or 74% of that, a rise of 4.5%"
AR_YTD = "Argentine supplies climbed 23.9% to 4.46 million tons"
US_RANK = "The US remained the second-biggest source so far this year"
US_YTD = "Its shipments in January-October totaled 16.82 million tons, up 11.5% from the same period of 2024"

SOY = "soybeans"

ARTICLE = {
    "id": "dAK1_06_china_soybean_imports_2025",
    "title": "South American Cargoes Keep China's Crushers Busy While US Beans Stay Away",
    "publisher": "Bloomberg",
    "published": "2025-11-20",
    "notes": [
        "Date from the line 'November 20, 2025 at 11:05 AM GMT+8'; outlet from '(Bloomberg) --'. 'last month' is "
        "October 2025; 'the first 10 months' and 'so far this year' are January-October 2025.",
        "Every fact is China's imports of soybeans; the supplier is the partner. Figures carried across sentences "
        "('Arrivals were still down', 'China spent ... on the oilseed', 'Cargoes from Brazil accounted for ... of "
        "that', 'Its shipments') keep the product and partner of their paragraph.",
        "'at zero' is a quantity of 0 tonnes for October; '541,434 tons a year earlier' is the stated quantity "
        "for October 2024 and labelled with that period.",
        "'down 26.3% from September's 12.87 million tons': month-on-month growth of October imports; the September "
        "quantity is its own fact for September 2025.",
        "'Brazil, China's top supplier' is rank 1 for the running period (October 2025); 'the second-biggest source "
        "so far this year' is rank 2 for January-October.",
        "'about $4.2 billion' is the import value of soybeans in October, qualifier approx.",
        "'74% of that' is Brazil's share of January-October soybean imports.",
        "Out of scope: 'more than in any earlier October' and 'longest run ... since ... 2018' (milestones/streaks); "
        "the pledged purchases '12 million tons' and '25 million tons annually' (commitments, not flows) and 'booked "
        "more than 2 million tons' (orders); '13% levy' (tariff); crush margins '40 yuan' and '200 yuan'; soymeal "
        "'3,000 yuan a ton'; sow herd '39.5 million' and '40.35 million' head; pig price '12 yuan a kilogram'; "
        "'below 13% by 2030' (feed-ration policy); years.",
    ],
    "facts": [
        fact("China", "imports", "quantity", 0, "tonnes", OCT, "zero", US_OCT, partner="United States", product=SOY),
        fact("China", "imports", "quantity", 541434, "tonnes", OCT_2024, "541,434", US_OCT, partner="United States",
             product=SOY),
        fact("China", "imports", "quantity", 9.48e6, "tonnes", OCT, "9.48 million", TOTAL, product=SOY),
        fact("China", "imports", "growth", 32.4, "percent", OCT, "32.4", TOTAL, product=SOY),
        fact("China", "imports", "growth", -26.3, "percent", OCT, "26.3", MOM, product=SOY, basis="mom"),
        fact("China", "imports", "quantity", 12.87e6, "tonnes", SEP, "12.87 million", MOM, product=SOY),
        fact("China", "imports", "value", 4.2e9, "USD", OCT, "4.2 billion", VALUE, product=SOY, qualifier="approx"),
        fact("China", "imports", "rank", 1, "number", OCT, "top", BR, partner="Brazil", product=SOY),
        fact("China", "imports", "quantity", 7.12e6, "tonnes", OCT, "7.12 million", BR, partner="Brazil", product=SOY),
        fact("China", "imports", "growth", 28.8, "percent", OCT, "28.8", BR, partner="Brazil", product=SOY),
        fact("China", "imports", "share", 75.1, "percent", OCT, "75.1", BR, partner="Brazil", product=SOY),
        fact("China", "imports", "quantity", 1.57e6, "tonnes", OCT, "1.57 million", AR, partner="Argentina", product=SOY),
        fact("China", "imports", "growth", 15.4, "percent", OCT, "15.4", AR, partner="Argentina", product=SOY),
        fact("China", "imports", "share", 16.6, "percent", OCT, "16.6", AR, partner="Argentina", product=SOY),
        fact("China", "imports", "quantity", 95.74e6, "tonnes", JAN_OCT, "95.74 million", YTD, product=SOY),
        fact("China", "imports", "growth", 6.4, "percent", JAN_OCT, "6.4", YTD, product=SOY),
        fact("China", "imports", "quantity", 70.81e6, "tonnes", JAN_OCT, "70.81 million", BR_YTD, partner="Brazil",
             product=SOY),
        fact("China", "imports", "share", 74, "percent", JAN_OCT, "74", BR_YTD, partner="Brazil", product=SOY),
        fact("China", "imports", "growth", 4.5, "percent", JAN_OCT, "4.5", BR_YTD, partner="Brazil", product=SOY),
        fact("China", "imports", "growth", 23.9, "percent", JAN_OCT, "23.9", AR_YTD, partner="Argentina", product=SOY),
        fact("China", "imports", "quantity", 4.46e6, "tonnes", JAN_OCT, "4.46 million", AR_YTD, partner="Argentina",
             product=SOY),
        fact("China", "imports", "rank", 2, "number", JAN_OCT, "second-biggest", US_RANK, partner="United States",
             product=SOY),
        fact("China", "imports", "quantity", 16.82e6, "tonnes", JAN_OCT, "16.82 million", US_YTD,
             partner="United States", product=SOY),
        fact("China", "imports", "growth", 11.5, "percent", JAN_OCT, "11.5", US_YTD, partner="United States", product=SOY),
    ],
}
