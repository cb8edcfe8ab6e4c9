from _fact import fact, period

OCT = period(2025, 10)
SEP = period(2025, 9)
JAN_OCT = period(2025, 1, 10)
US = "United States"
EU = "European Union"

EXP = "the value of goods leaving the country dropped 1.1% to $305.35 billion, after an 8.3% expansion in September"
IMP = "Inbound purchases grew just 1.0% to $215.28 billion, compared with a 7.4% gain the month before"
BAL = "a surplus of $90.07 billion, a touch below September's $90.45 billion"
US_EXP = "Sales to the United States sank 25.2% year-on-year to $34.71 billion"
US_IMP = "China's purchases of American goods fell 23.0%"
US_BAL = "The surplus with the United States came in at $24.30 billion."
EU_EXP = "Shipments to the European Union rose 0.9%"
ASEAN = "sales to the Association of Southeast Asian Nations (ASEAN), the country's largest trading partner, grew 11.0%"
YTD = ("For the January-October period, exports were up 5.3% on the year and imports were down 1.7%, leaving a "
       "cumulative surplus of nearly $965 billion")
YTD_P = "exports to ASEAN, the EU and Africa climbed 14.3%, 7.5% and 26.1%, respectively, while shipments to the U.S. slumped 17.8%"
YTD_SH = "The Southeast Asian bloc took 17.2% of China's total exports in the period."
RE = "Overseas sales of rare earths climbed 9% from September to 4,343.5 metric tons in October"
RE_YTD = "Over the first 10 months, China shipped 52,699.2 tons of the group of 17 minerals, 10.5% more than a year earlier."
SOY = "Soybean imports reached 9.48 million tons last month, up 39.3% from a year ago"

ARTICLE = {
    "id": "dAL1_01_china_trade_oct_2025",
    "title": "China's October exports post surprise fall as U.S.-bound sales sink",
    "publisher": "Reuters",
    "published": "2025-11-07",
    "notes": [
        "Area China throughout (dateline BEIJING, 'China's exports'); all values in USD as stated; goods trade, product null except rare earths and soybeans.",
        "'last month' = October 2025 (published 2025-11-07). 'January-October period', 'the same 10 months', 'the first 10 months', 'the period' = 2025-01..2025-10.",
        "'after an 8.3% expansion in September' and 'a 7.4% gain the month before' are September's own year-on-year growth rates (period 2025-09, basis yoy), not month-on-month changes.",
        "'a touch below September's $90.45 billion' = September's surplus, a separate balance fact for 2025-09.",
        "'China's purchases of American goods fell 23.0%' = imports from the United States, October, yoy.",
        "'the country's largest trading partner' = rank 1 of ASEAN in total trade; the sentence's period (October 2025) is used, as in the guide's rank example.",
        "'exports ... climbed 14.3%, 7.5% and 26.1%, respectively' distributed to ASEAN, European Union ('the EU'), Africa; 'shipments to the U.S. slumped 17.8%' is the same period (Jan-Oct).",
        "'The Southeast Asian bloc' = ASEAN; 17.2% is ASEAN's share of China's exports, Jan-Oct.",
        "'nearly $965 billion' = Jan-Oct surplus, qualifier approx.",
        "Rare earths: 'climbed 9% from September' = growth basis mom, October. 'the group of 17 minerals' refers back to rare earths; 52,699.2 tons and 10.5% are Jan-Oct quantity and yoy growth.",
        "Soybeans: 9.48 million tons and 39.3% are October import volume and its yoy growth (no value growth beside it).",
        "Out of scope, unlabelled: Reuters poll forecasts (3.0%, 3.2%); 'first time since February' and 'a seventh straight month of double-digit falls' (streaks); the 100% tariff threat and the 10%/20% fentanyl tariff (tariff rates); 'Oct. 30' (date); '17 minerals' (not a trade flow); the pledge to buy 12 million tons of soybeans (a commitment, not a trade flow); 'breaking a run of three monthly declines' (streak); 'top last year's record' (no number).",
    ],
    "facts": [
        fact("China", "exports", "growth", -1.1, "percent", OCT, "1.1", EXP),
        fact("China", "exports", "value", 305.35e9, "USD", OCT, "305.35 billion", EXP),
        fact("China", "exports", "growth", 8.3, "percent", SEP, "8.3", EXP),
        fact("China", "imports", "growth", 1.0, "percent", OCT, "1.0", IMP),
        fact("China", "imports", "value", 215.28e9, "USD", OCT, "215.28 billion", IMP),
        fact("China", "imports", "growth", 7.4, "percent", SEP, "7.4", IMP),
        fact("China", "balance", "value", 90.07e9, "USD", OCT, "90.07 billion", BAL),
        fact("China", "balance", "value", 90.45e9, "USD", SEP, "90.45 billion", BAL),
        fact("China", "exports", "growth", -25.2, "percent", OCT, "25.2", US_EXP, partner=US),
        fact("China", "exports", "value", 34.71e9, "USD", OCT, "34.71 billion", US_EXP, partner=US),
        fact("China", "imports", "growth", -23.0, "percent", OCT, "23.0", US_IMP, partner=US),
        fact("China", "balance", "value", 24.30e9, "USD", OCT, "24.30 billion", US_BAL, partner=US),
        fact("China", "exports", "growth", 0.9, "percent", OCT, "0.9", EU_EXP, partner=EU),
        fact("China", "total", "rank", 1, "number", OCT, "largest", ASEAN, partner="ASEAN"),
        fact("China", "exports", "growth", 11.0, "percent", OCT, "11.0", ASEAN, partner="ASEAN"),
        fact("China", "exports", "growth", 5.3, "percent", JAN_OCT, "5.3", YTD),
        fact("China", "imports", "growth", -1.7, "percent", JAN_OCT, "1.7", YTD),
        fact("China", "balance", "value", 965e9, "USD", JAN_OCT, "965 billion", YTD, qualifier="approx"),
        fact("China", "exports", "growth", 14.3, "percent", JAN_OCT, "14.3", YTD_P, partner="ASEAN"),
        fact("China", "exports", "growth", 7.5, "percent", JAN_OCT, "7.5", YTD_P, partner=EU),
        fact("China", "exports", "growth", 26.1, "percent", JAN_OCT, "26.1", YTD_P, partner="Africa"),
        fact("China", "exports", "growth", -17.8, "percent", JAN_OCT, "17.8", YTD_P, partner=US),
        fact("China", "exports", "share", 17.2, "percent", JAN_OCT, "17.2", YTD_SH, partner="ASEAN"),
        fact("China", "exports", "quantity", 4343.5, "tonnes", OCT, "4,343.5", RE, product="rare earths"),
        fact("China", "exports", "growth", 9, "percent", OCT, "9", RE, product="rare earths", basis="mom"),
        fact("China", "exports", "quantity", 52699.2, "tonnes", JAN_OCT, "52,699.2", RE_YTD, product="rare earths"),
        fact("China", "exports", "growth", 10.5, "percent", JAN_OCT, "10.5", RE_YTD, product="rare earths"),
        fact("China", "imports", "quantity", 9.48e6, "tonnes", OCT, "9.48 million", SOY, product="soybeans"),
        fact("China", "imports", "growth", 39.3, "percent", OCT, "39.3", SOY, product="soybeans"),
    ],
}
