from _fact import fact, period

JULY = period(2025, 7)
JUNE = period(2025, 6)
JAN_JUL = period(2025, 1, 7)

E_EXPORTS = "Customs figures released on Thursday put July's export growth at 7.2% year-on-year, faster than the 5.4% predicted in a Reuters poll and an acceleration from June's 5.8% gain"
E_SURPLUS = "At $98.24 billion, the trade surplus was smaller than June's $114.77 billion"
E_US = "Exports to the United States slumped 21.7% year-on-year, worse than June's 16.1% drop"
E_YTD = "In the first seven months, exports grew 6.1% and imports shrank 2.7%, producing a $683.5 billion surplus"
E_CRUDE = "lifting crude oil imports to 47.24 million metric tons, 11.5% more than a year before"
E_SOY = "Imports of soybeans, mostly from Brazil, reached 11.67 million tons, up 18.5% year-on-year"
E_RARE = "Rare earth exports fell back to 5,994.3 tons, 22.5% lower than in June"
E_ASEAN = "two-way trade with ASEAN, still China's largest trading partner, rose 9.4%"

ARTICLE = {
    "id": "dO1_04_reuters_china_july_exports",
    "title": "Sales to ASEAN, Africa make up for U.S. slide as China's July exports top forecasts",
    "publisher": "Reuters",
    "published": "2025-08-07",
    "notes": [
        "Dateline 'BEIJING, Aug 7 (Reuters)' has no year: the year 2025 comes from the published metadata only.",
        "Reuters-poll forecasts (5.4%, a 1.0% fall, $105.2 billion) and the analyst's '2% to 3%' outlook are forecasts: not labelled.",
        "June figures given as comparison bases (5.8% export gain, 1.1% import rise, $114.77 billion surplus, 16.1% drop in U.S. exports) "
        "are reported observations for June 2025 and are labelled with period June.",
        "'For the year to date, exports to the U.S. have declined 12.6%' labelled as exports to the United States, January-July.",
        "'two-way trade with ASEAN, still China's largest trading partner, rose 9.4%' in 'Over January-July': rank 1 and growth, "
        "partner ASEAN, flow total, January-July.",
        "Rare earths: '22.5% lower than in June' is month-on-month (basis mom); it is a volume change with no value figure beside it, "
        "so it is labelled as the growth of rare earth exports.",
        "Soybean and crude growth rates are likewise volume changes with no value beside them: labelled as growth, yoy.",
        "'about 11.12 million barrels per day' is a per-day average of the same crude observation: out of scope, not labelled.",
        "'metric tons' and 'tons' -> unit tonnes.",
        "Out of scope, not labelled: 'best result in a year', 'fourth month in a row', 'about 30 percentage points above', "
        "the 90-day truce, GDP growth of 5.2% in the second quarter, 'second-largest monthly volume ever recorded', dates (Aug. 12, Aug. 20).",
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
            "Defying forecasts of a 1.0% fall, imports increased 4.1%",
        ),
        fact("China", "imports", "growth", 1.1, "percent", JUNE, "1.1", "after a 1.1% rise in June"),
        fact(
            "China",
            "imports",
            "value",
            223.54e9,
            "USD",
            JULY,
            "223.54 billion",
            "July imports came to $223.54 billion",
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
            "For the year to date, exports to the U.S. have declined 12.6%",
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
            "In July, shipments to the 10-member Association of Southeast Asian Nations climbed 16.6%",
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
            "those to the European Union gained 9.2%",
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
            "exports to Africa soared 42.4%",
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
