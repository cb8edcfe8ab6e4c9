from _fact import fact, period

NOV = period(2025, 11)
OCT = period(2025, 10)
MAY = period(2025, 5)
JAN_NOV = period(2025, 1, 11)
Y2024 = period(2024, 1, 12)
MAG = "rare earth magnets"
RE = "rare earths"
US = "United States"

QTY = "shipped 6,150 tonnes of magnets in November"
GROW = "That was 12.4 per cent more than in October and 27.8 per cent above the level of a year earlier."
VAL = "The shipments were worth US$318.6 million"
US_NOV = ("Exports to the US fell 11.3 per cent from October to 582 tonnes and were also 6.9 per cent lower than in "
          "November 2024.")
US_RANK = ("The US, the second-largest buyer of Chinese magnets, took 9.5 per cent of the total, down from about 12 per "
           "cent a month earlier.")
DE = "Germany remained the top destination with 1,402 tonnes."
DE_SHARE = "The European country alone absorbed 22.8 per cent of the magnets China sold abroad in November"
KR = "South Korea ranked third at 563 tonnes"
VN = "Vietnam, in fourth place, received 540 tonnes, 21.5 per cent more than a year ago"
JP = "deliveries to Japan jumped 34.9 per cent from October to 305 tonnes"
RE_NOV = ("China's exports of rare earths – a broader category covering the group of 17 minerals in the form of oxides, "
          "metals and compounds – rose 5.8 per cent on the month to 5,494 tonnes in November")
RE_YOY = "The figure was nonetheless 12.1 per cent below that of the same month last year."
YTD = "In the first 11 months of the year, magnet exports totalled 51,440 tonnes"
YTD_VAL = "while their value dropped 6.7 per cent to US$2.84 billion"
YTD_US = "Shipments to the US over the period slumped 21.9 per cent to 5,369 tonnes."
MAY_US = "US-bound magnet shipments sank to just 46 tonnes in May"
LAST_YEAR = "Our view is that full-year exports will land a little below last year's 58,142 tonnes."

ARTICLE = {
    "id": "dAL1_03_china_rare_earth_magnet_exports_nov_2025",
    "title": "China's rare earth magnet exports climb in November as US shipments lose steam",
    "publisher": "South China Morning Post",
    "published": "2025-12-21",
    "notes": [
        "All facts: area China, flow exports. Product 'rare earth magnets' for the magnet figures ('magnets', "
        "'the components', 'magnet exports', 'US-bound magnet shipments'); product 'rare earths' for the broader "
        "category released on Thursday (the paragraph that names it, and 'The figure' after it).",
        "'last month' = November 2025 (published 2025-12-21, data released Saturday 2025-12-20). 'the first 11 months "
        "of the year' = 2025-01..2025-11; 'over the period' in the next sentence is the same span.",
        "'12.4 per cent more than in October' and 'from October' are month-on-month (basis mom); '27.8 per cent above "
        "the level of a year earlier', 'lower than in November 2024', 'more than a year ago' and 'the same month last "
        "year' are yoy. 'November 2024' is the comparison base, not the period.",
        "'down from about 12 per cent a month earlier' is the US share of October 2025 (period 2025-10, approx).",
        "Ranks (November): Germany 'the top destination' = 1; the US 'the second-largest buyer' = 2; South Korea "
        "'ranked third' = 3; Vietnam 'in fourth place' = 4.",
        "'The European country alone absorbed 22.8 per cent' = Germany's share of November magnet exports.",
        "Year to date: 'a fall of 2.5 per cent' (tonnage) stands beside 'their value dropped 6.7 per cent': the guide "
        "puts volume growth beside value growth out of scope, so only the value growth -6.7 is labelled.",
        "'46 tonnes in May' = exports of magnets to the US in May 2025 (year from the publication date).",
        "'last year's 58,142 tonnes' inside the analyst's quote is a stated 2024 quantity of magnet exports (period "
        "2024-01..2024-12); the forecast around it ('a little below') is out of scope.",
        "Out of scope, unlabelled: the average export price 'US$51.8 per kilogram' (price); 'seven' elements; '17 "
        "minerals'; 'October 9', 'for a year' (dates, durations); 'highest level since January' and 'the largest monthly "
        "amount this year' (milestones with no number).",
        "The US$ values are exact (no approximating word).",
    ],
    "facts": [
        fact("China", "exports", "quantity", 6150, "tonnes", NOV, "6,150", QTY, product=MAG),
        fact("China", "exports", "growth", 12.4, "percent", NOV, "12.4", GROW, product=MAG, basis="mom"),
        fact("China", "exports", "growth", 27.8, "percent", NOV, "27.8", GROW, product=MAG),
        fact("China", "exports", "value", 318.6e6, "USD", NOV, "318.6 million", VAL, product=MAG),
        fact("China", "exports", "growth", -11.3, "percent", NOV, "11.3", US_NOV, partner=US, product=MAG, basis="mom"),
        fact("China", "exports", "quantity", 582, "tonnes", NOV, "582", US_NOV, partner=US, product=MAG),
        fact("China", "exports", "growth", -6.9, "percent", NOV, "6.9", US_NOV, partner=US, product=MAG),
        fact("China", "exports", "rank", 2, "number", NOV, "second-largest", US_RANK, partner=US, product=MAG),
        fact("China", "exports", "share", 9.5, "percent", NOV, "9.5", US_RANK, partner=US, product=MAG),
        fact("China", "exports", "share", 12, "percent", OCT, "12", US_RANK, partner=US, product=MAG,
             qualifier="approx"),
        fact("China", "exports", "rank", 1, "number", NOV, "top", DE, partner="Germany", product=MAG),
        fact("China", "exports", "quantity", 1402, "tonnes", NOV, "1,402", DE, partner="Germany", product=MAG),
        fact("China", "exports", "share", 22.8, "percent", NOV, "22.8", DE_SHARE, partner="Germany", product=MAG),
        fact("China", "exports", "rank", 3, "number", NOV, "third", KR, partner="South Korea", product=MAG),
        fact("China", "exports", "quantity", 563, "tonnes", NOV, "563", KR, partner="South Korea", product=MAG),
        fact("China", "exports", "rank", 4, "number", NOV, "fourth", VN, partner="Vietnam", product=MAG),
        fact("China", "exports", "quantity", 540, "tonnes", NOV, "540", VN, partner="Vietnam", product=MAG),
        fact("China", "exports", "growth", 21.5, "percent", NOV, "21.5", VN, partner="Vietnam", product=MAG),
        fact("China", "exports", "growth", 34.9, "percent", NOV, "34.9", JP, partner="Japan", product=MAG, basis="mom"),
        fact("China", "exports", "quantity", 305, "tonnes", NOV, "305", JP, partner="Japan", product=MAG),
        fact("China", "exports", "growth", 5.8, "percent", NOV, "5.8", RE_NOV, product=RE, basis="mom"),
        fact("China", "exports", "quantity", 5494, "tonnes", NOV, "5,494", RE_NOV, product=RE),
        fact("China", "exports", "growth", -12.1, "percent", NOV, "12.1", RE_YOY, product=RE),
        fact("China", "exports", "quantity", 51440, "tonnes", JAN_NOV, "51,440", YTD, product=MAG),
        fact("China", "exports", "growth", -6.7, "percent", JAN_NOV, "6.7", YTD_VAL, product=MAG),
        fact("China", "exports", "value", 2.84e9, "USD", JAN_NOV, "2.84 billion", YTD_VAL, product=MAG),
        fact("China", "exports", "growth", -21.9, "percent", JAN_NOV, "21.9", YTD_US, partner=US, product=MAG),
        fact("China", "exports", "quantity", 5369, "tonnes", JAN_NOV, "5,369", YTD_US, partner=US, product=MAG),
        fact("China", "exports", "quantity", 46, "tonnes", MAY, "46", MAY_US, partner=US, product=MAG),
        fact("China", "exports", "quantity", 58142, "tonnes", Y2024, "58,142", LAST_YEAR, product=MAG),
    ],
}
