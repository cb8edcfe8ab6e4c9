from _fact import fact, period

JULY = period(2025, 7)
JUNE = period(2025, 6)
JAN_JUL = period(2025, 1, 7)

E_EXPORTS = "Outbound shipments rose 7.2% year-on-year in July, customs data showed on Thursday, beating a forecast of 5.4% in a Reuters poll and picking up from a 5.8% gain in June"
E_SURPLUS = "The trade surplus narrowed to $98.24 billion from $114.77 billion in June"
E_US = "Exports to the United States fell 21.7% from a year earlier, deepening from a 16.1% drop in June"
E_YTD = "For January-July, exports rose 6.1% while imports fell 2.7%, leaving a surplus of $683.5 billion"
E_CRUDE = "Crude oil imports climbed 11.5% from a year earlier to 47.24 million metric tons"
E_SOY = "Soybean imports rose 18.5% on the year to 11.67 million tons"
E_RARE = "China's exports of rare earths slid 22.5% from June to 5,994.3 tons"
E_ASEAN = "ASEAN remained China's largest trading partner, with two-way trade up 9.4%"

ARTICLE = {
    "id": "dO1_04_reuters_china_july_exports",
    "title": "China's July exports beat forecasts as ASEAN, Africa sales offset U.S. slump",
    "publisher": "Reuters",
    "published": "2025-08-07",
    "notes": [
        "Dateline 'BEIJING, Aug 7 (Reuters)' has no year: the year 2025 comes from the published metadata only.",
        "Reuters-poll forecasts (5.4%, a 1.0% decline, $105.2 billion) and the analyst's '2% to 3%' outlook are forecasts: not labelled.",
        "June figures given as comparison bases (5.8% export gain, 1.1% import rise, $114.77 billion surplus, 16.1% drop in U.S. exports) "
        "are reported observations for June 2025 and are labelled with period June.",
        "'Shipments to the U.S. are down 12.6% so far this year' labelled as exports to the United States, January-July.",
        "'ASEAN remained China's largest trading partner, with two-way trade up 9.4%' in 'the first seven months': rank 1 and growth, "
        "partner ASEAN, flow total, January-July.",
        "Rare earths: 'slid 22.5% from June' is month-on-month (basis mom); it is a volume change with no value figure beside it, "
        "so it is labelled as the growth of rare earth exports.",
        "Soybean and crude growth rates are likewise volume changes with no value beside them: labelled as growth, yoy.",
        "'roughly 11.12 million barrels per day' is a per-day average of the same crude observation: out of scope, not labelled.",
        "'metric tons' and 'tons' -> unit tonnes.",
        "Out of scope, not labelled: 'strongest reading in a year', 'fourth straight month', 'around 30 percentage points higher', "
        "the 90-day truce, GDP growth of 5.2% in the second quarter, 'second-highest monthly total on record', dates (Aug. 12, Aug. 20).",
    ],
    "facts": [
        fact("China", "exports", "growth", 7.2, "percent", JULY, "7.2", E_EXPORTS),
        fact("China", "exports", "growth", 5.8, "percent", JUNE, "5.8", E_EXPORTS),
        fact(
            "China",
            "imports",
            "growth",
            4.1,
            "percent",
            JULY,
            "4.1",
            "Imports grew 4.1%, confounding expectations for a 1.0% decline",
        ),
        fact("China", "imports", "growth", 1.1, "percent", JUNE, "1.1", "They had edged up 1.1% in June"),
        fact(
            "China",
            "imports",
            "value",
            223.54e9,
            "USD",
            JULY,
            "223.54 billion",
            "Inbound shipments were worth $223.54 billion last month",
        ),
        fact("China", "balance", "value", 98.24e9, "USD", JULY, "98.24 billion", E_SURPLUS),
        fact("China", "balance", "value", 114.77e9, "USD", JUNE, "114.77 billion", E_SURPLUS),
        fact("China", "exports", "growth", -21.7, "percent", JULY, "21.7", E_US, partner="United States"),
        fact("China", "exports", "growth", -16.1, "percent", JUNE, "16.1", E_US, partner="United States"),
        fact(
            "China",
            "exports",
            "growth",
            -12.6,
            "percent",
            JAN_JUL,
            "12.6",
            "Shipments to the U.S. are down 12.6% so far this year",
            partner="United States",
        ),
        fact(
            "China",
            "exports",
            "growth",
            16.6,
            "percent",
            JULY,
            "16.6",
            "Exports to the 10-member Association of Southeast Asian Nations jumped 16.6% in July",
            partner="ASEAN",
        ),
        fact(
            "China",
            "exports",
            "growth",
            9.2,
            "percent",
            JULY,
            "9.2",
            "those to the European Union rose 9.2%",
            partner="European Union",
        ),
        fact(
            "China",
            "exports",
            "growth",
            42.4,
            "percent",
            JULY,
            "42.4",
            "Shipments to Africa surged 42.4%",
            partner="Africa",
        ),
        fact("China", "total", "rank", 1, "number", JAN_JUL, "largest", E_ASEAN, partner="ASEAN"),
        fact("China", "total", "growth", 9.4, "percent", JAN_JUL, "9.4", E_ASEAN, partner="ASEAN"),
        fact("China", "exports", "growth", 6.1, "percent", JAN_JUL, "6.1", E_YTD),
        fact("China", "imports", "growth", -2.7, "percent", JAN_JUL, "2.7", E_YTD),
        fact("China", "balance", "value", 683.5e9, "USD", JAN_JUL, "683.5 billion", E_YTD),
        fact("China", "imports", "growth", 11.5, "percent", JULY, "11.5", E_CRUDE, product="crude oil"),
        fact("China", "imports", "quantity", 47.24e6, "tonnes", JULY, "47.24 million", E_CRUDE, product="crude oil"),
        fact("China", "imports", "growth", 18.5, "percent", JULY, "18.5", E_SOY, product="soybeans"),
        fact("China", "imports", "quantity", 11.67e6, "tonnes", JULY, "11.67 million", E_SOY, product="soybeans"),
        fact("China", "exports", "growth", -22.5, "percent", JULY, "22.5", E_RARE, product="rare earths", basis="mom"),
        fact("China", "exports", "quantity", 5994.3, "tonnes", JULY, "5,994.3", E_RARE, product="rare earths"),
    ],
}
