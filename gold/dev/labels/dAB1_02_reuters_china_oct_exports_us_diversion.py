from _fact import fact, period

OCT = period(2025, 10)
SEP = period(2025, 9)
OCT24 = period(2024, 10)
JAN_OCT = period(2025, 1, 10)
Y2024 = period(2024, 1, 12)

EXP = "Outbound shipments dropped 1.1% from a year earlier to $305.6 billion"
EXP_SEP = "swinging from an 8.3% increase in September"
IMP = "Imports grew 1.0% to $215.5 billion"
IMP_SEP = "slowing sharply from September's 7.4% gain"
SURPLUS = "That left a trade surplus of $90.07 billion for the month, almost unchanged from $90.45 billion in September"
BASE = "Exports had jumped 12.7% in October 2024"
US_EXP = "Exports to the United States slid 25.2% from a year earlier"
US_IMP = "China's imports from the U.S. fell 22.9%"
US_SHARE = ("The U.S. absorbed 11.2% of Chinese exports in the first ten months of 2025, down from 14.7% for the "
            "whole of last year.")
ASEAN = "Exports to the 10-member Association of Southeast Asian Nations rose 11.0%"
AFRICA = "those to Africa climbed 10.5%"
EU = "Sales to the European Union, however, grew only 0.9%"
EU_SEP = "a sharp slowdown from September, when shipments there rose 14.2%"
YTD = ("For the first ten months, exports rose 5.3% from the same period of 2024 while imports fell 0.8%, "
       "putting the year-to-date surplus at $964.8 billion")
RARE = "rare earth exports rose 9% from September to 4,343.5 metric tons"

ARTICLE = {
    "id": "dAB1_02_reuters_china_oct_exports_us_diversion",
    "title": "China's October exports unexpectedly shrink as U.S. shipments slump",
    "publisher": "Reuters",
    "published": "2025-11-07",
    "notes": [
        "Published 2025-11-07: 'October' is 2025-10; 'September' (the month before) 2025-09; 'last year' 2024.",
        "Dollar figures are the month's customs data in USD; growth is year on year unless 'from September'.",
        "'swinging from an 8.3% increase in September' and 'September's 7.4% gain': September's own year-on-year growth (period 2025-09), not a month-on-month change of October.",
        "'$90.45 billion in September': the September surplus, period 2025-09.",
        "'Exports had jumped 12.7% in October 2024': the base month's growth, period 2024-10.",
        "'The U.S. absorbed 11.2% of Chinese exports in the first ten months of 2025, down from 14.7% for the whole of last year': two share facts, partner United States, 2025-01..10 and 2024-01..12.",
        "'shipments there rose 14.2%' = exports to the EU in September 2025.",
        "'rare earth exports rose 9% from September to 4,343.5 metric tons': October, basis mom; quantity in tonnes.",
        "Out of scope, unlabelled: Reuters poll forecasts (3.0%, 3.2%, $95.6 billion); the analyst's 'around 3% next year' (forecast); 'above $1 trillion for the first time' (milestone/projection); 'first time in eight months', 'seventh straight month', 'three straight declines' (streaks); '10-member' (membership of ASEAN, not a trade figure); tariff cut of '10 percentage points'; GDP growth 4.8% and the 'around 5%' target; dates (Nov. 10, April).",
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
