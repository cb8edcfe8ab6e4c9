from _fact import fact, period

OCT = period(2025, 10)
SEP = period(2025, 9)
OCT24 = period(2024, 10)
JAN_OCT = period(2025, 1, 10)
Y2024 = period(2024, 1, 12)

EXP = "Exports came in at $305.6 billion, down 1.1% from a year earlier"
EXP_SEP = "a reversal from September, when exports grew 8.3%"
IMP = "imports rose only 1.0% to $215.5 billion"
IMP_SEP = "a steep slowdown from the 7.4% gain posted in September"
SURPLUS = "October's trade surplus therefore came to $90.07 billion, little changed from September's $90.45 billion"
BASE = "In October 2024, exports had surged 12.7%"
US_EXP = "Shipments bound for the United States tumbled 25.2% year on year"
US_IMP = "Chinese purchases of U.S. goods dropped 22.9%"
US_SHARE = "The U.S. share of China's exports was 11.2% over January-October 2025, against 14.7% for all of 2024."
ASEAN = "Shipments to the 10-member Association of Southeast Asian Nations went up 11.0%"
AFRICA = "exports to Africa gained 10.5%"
EU = "Exports to the European Union edged up only 0.9%"
EU_SEP = "a marked slowdown after shipments there had climbed 14.2% in September"
YTD = ("In January-October, exports were 5.3% higher than a year earlier and imports were 0.8% lower, leaving a "
       "cumulative surplus of $964.8 billion")
RARE = "rare earth exports of 4,343.5 metric tons in October, up 9% on September"

ARTICLE = {
    "id": "dAB1_02_reuters_china_oct_exports_us_diversion",
    "title": "Chinese exports dip unexpectedly in October as sales to U.S. tumble",
    "publisher": "Reuters",
    "published": "2025-11-07",
    "notes": [
        "Published 2025-11-07: 'October' is 2025-10; 'September' (the month before) 2025-09; 'last year' 2024.",
        "Dollar figures are the month's customs data in USD; growth is year on year unless 'from September'.",
        "'a reversal from September, when exports grew 8.3%' and 'the 7.4% gain posted in September': September's own year-on-year growth (period 2025-09), not a month-on-month change of October.",
        "'September's $90.45 billion': the September surplus, period 2025-09.",
        "'In October 2024, exports had surged 12.7%': the base month's growth, period 2024-10.",
        "'The U.S. share of China's exports was 11.2% over January-October 2025, against 14.7% for all of 2024': two share facts, partner United States, 2025-01..10 and 2024-01..12.",
        "'shipments there had climbed 14.2% in September' = exports to the EU in September 2025.",
        "'rare earth exports of 4,343.5 metric tons in October, up 9% on September': October, basis mom; quantity in tonnes.",
        "Out of scope, unlabelled: Reuters poll forecasts (3.0%, 3.2%, $95.6 billion); the analyst's 'about 3% next year' (forecast); 'exceed $1 trillion in a single year for the first time' (milestone/projection); 'first decline in eight months', 'seventh consecutive month', 'three consecutive drops' (streaks); '10-member' (membership of ASEAN, not a trade figure); tariff cut of '10 percentage points'; GDP growth 4.8% and the 'roughly 5%' goal; dates (Nov. 10, April).",
    ],
    "facts": [
        fact("China", "exports", "growth", -1.1, "percent", OCT, "1.1", EXP),
        fact("China", "exports", "value", 305.6e9, "USD", OCT, "305.6 billion", EXP),
        fact("China", "exports", "growth", 8.3, "percent", SEP, "8.3", EXP_SEP),
        fact("China", "imports", "growth", 1.0, "percent", OCT, "1.0", IMP),
        fact("China", "imports", "value", 215.5e9, "USD", OCT, "215.5 billion", IMP),
        fact("China", "imports", "growth", 7.4, "percent", SEP, "7.4", IMP_SEP),
        fact("China", "balance", "value", 90.07e9, "USD", OCT, "90.07 billion", SURPLUS),
        fact("China", "balance", "value", 90.45e9, "USD", SEP, "90.45 billion", SURPLUS),
        fact("China", "exports", "growth", 12.7, "percent", OCT24, "12.7", BASE),
        fact("China", "exports", "growth", -25.2, "percent", OCT, "25.2", US_EXP, partner="United States"),
        fact("China", "imports", "growth", -22.9, "percent", OCT, "22.9", US_IMP, partner="United States"),
        fact("China", "exports", "share", 11.2, "percent", JAN_OCT, "11.2", US_SHARE, partner="United States"),
        fact("China", "exports", "share", 14.7, "percent", Y2024, "14.7", US_SHARE, partner="United States"),
        fact("China", "exports", "growth", 11.0, "percent", OCT, "11.0", ASEAN, partner="ASEAN"),
        fact("China", "exports", "growth", 10.5, "percent", OCT, "10.5", AFRICA, partner="Africa"),
        fact("China", "exports", "growth", 0.9, "percent", OCT, "0.9", EU, partner="European Union"),
        fact("China", "exports", "growth", 14.2, "percent", SEP, "14.2", EU_SEP, partner="European Union"),
        fact("China", "exports", "growth", 5.3, "percent", JAN_OCT, "5.3", YTD),
        fact("China", "imports", "growth", -0.8, "percent", JAN_OCT, "0.8", YTD),
        fact("China", "balance", "value", 964.8e9, "USD", JAN_OCT, "964.8 billion", YTD),
        fact("China", "exports", "growth", 9, "percent", OCT, "9", RARE, product="rare earth", basis="mom"),
        fact("China", "exports", "quantity", 4343.5, "tonnes", OCT, "4,343.5", RARE, product="rare earth"),
    ],
}
