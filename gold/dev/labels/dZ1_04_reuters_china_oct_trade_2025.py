from _fact import fact, period

OCTOBER = period(2025, 10)
SEPTEMBER = period(2025, 9)
JAN_OCT = period(2025, 1, 10)
US = "United States"

EXPORT_GROWTH = (
    "Customs figures released on Friday showed exports in dollar terms down 1.1% year on year, a steep turnaround "
    "from the 8.3% gain recorded in September"
)
IMPORTS = "Imports grew 1.0%, short of the 3.2% increase forecast and a clear slowdown from September's 7.4% rise"
SURPLUS = "The trade surplus consequently came in at $90.07 billion, barely different from September's $90.45 billion"
VALUES = "October's exports amounted to $305.35 billion, against imports of $215.28 billion"
US_EXPORTS = "Exports to the United States plunged 25.2% year on year"
US_IMPORTS = "China's purchases from the U.S., its largest single-country export market, fell 22.9%"
US_SURPLUS = "China's surplus with the U.S. shrank to $23.04 billion"
EU = "Sales to the European Union rose 0.9%"
ASEAN = "exports to the Association of Southeast Asian Nations (ASEAN) increased 11.0%"
AFRICA = "shipments to Africa surged 10.5%"
JAPAN = "Exports to Japan, however, declined 4.6%"
ASEAN_SHARE = "ASEAN, which took roughly 17% of China's total exports over the first ten months"
YTD = (
    "Over January-October, exports grew 5.3% on the year and imports slipped 0.4%, bringing the surplus for the "
    "period to $964.81 billion"
)
US_YTD = "Year-to-date exports to the U.S. are down 17.6%"
RARE_EARTHS = "exports of rare earths fell to 4,343 metric tons, 31.0% below September's level"
SOYBEANS = "soybean imports reached 9.48 million tons, up 18.9% from a year before"

ARTICLE = {
    "id": "dZ1_04_reuters_china_oct_trade_2025",
    "title": "China's exports contract in October as pre-tariff rush ends; shipments to U.S. slump",
    "publisher": "Reuters",
    "published": "2025-11-07",
    "notes": [
        "Dateline 'Nov 7' has no year: 2025 from the published date; 'October's exports' and the running period are October 2025.",
        "Reuters poll forecasts (3.0% exports, 3.2% imports, $95.60 billion surplus) are forecasts: out. So are the "
        "quoted economists' 'around 2% in 2026' view and the brokerage's 'around 45%' average tariff estimate.",
        "September's rates (8.3% exports, 7.4% imports) and September's $90.45 billion surplus are stated observations "
        "of September: labelled with period 2025-09, basis yoy (the September rates are year-on-year rates).",
        "'Imports ... a clear slowdown from September's 7.4% rise': the 7.4% is the imports rate; the whole "
        "sentence is the evidence so that the flow is visible.",
        "'its largest single-country export market' in the imports sentence names the United States: partner United "
        "States for the 22.9% fall, and a stated rank (exports, rank 1, October 2025) with the same evidence.",
        "'China's surplus with the U.S. shrank to $23.04 billion': a level, not a change; 'shrank' does not make "
        "the surplus negative.",
        "'Sales to the European Union' and 'shipments to Africa' are exports; ASEAN is the canonical name of the spelled-out bloc.",
        "ASEAN 'took roughly 17% of China's total exports over the first ten months': share of China's exports, "
        "partner ASEAN, qualifier approx, period Jan-Oct 2025.",
        "'exports grew 5.3% on the year': 'on the year' is year-on-year (yoy).",
        "'Year-to-date exports to the U.S. are down 17.6%': year to date in an article about October = Jan-Oct.",
        "Rare earths '31.0% below September's level': comparison with the month before, basis mom; quantity in tonnes.",
        "Soybeans 'up 18.9% from a year before': exact, +18.9 yoy.",
        "Commodity growth rates stated alone (no value growth beside them) are labelled as growth of the quantity flow.",
        "Out, not trade flows or streaks: 'the first drop since early 2024', 'the seventh month in a row of double-digit "
        "drops', the 10% levy and 'one-year' truce, Q3 GDP 4.8%, PMI 49.0 and the 50-point line, 'the seventh consecutive "
        "month'.",
    ],
    "facts": [
        fact("China", "exports", "growth", -1.1, "percent", OCTOBER, "1.1", EXPORT_GROWTH),
        fact("China", "exports", "growth", 8.3, "percent", SEPTEMBER, "8.3", EXPORT_GROWTH),
        fact("China", "imports", "growth", 1.0, "percent", OCTOBER, "1.0", IMPORTS),
        fact("China", "imports", "growth", 7.4, "percent", SEPTEMBER, "7.4", IMPORTS),
        fact("China", "balance", "value", 90.07e9, "USD", OCTOBER, "90.07 billion", SURPLUS),
        fact("China", "balance", "value", 90.45e9, "USD", SEPTEMBER, "90.45 billion", SURPLUS),
        fact("China", "exports", "value", 305.35e9, "USD", OCTOBER, "305.35 billion", VALUES),
        fact("China", "imports", "value", 215.28e9, "USD", OCTOBER, "215.28 billion", VALUES),
        fact("China", "exports", "growth", -25.2, "percent", OCTOBER, "25.2", US_EXPORTS, partner=US),
        fact("China", "imports", "growth", -22.9, "percent", OCTOBER, "22.9", US_IMPORTS, partner=US),
        fact("China", "exports", "rank", 1, "number", OCTOBER, "largest", US_IMPORTS, partner=US),
        fact("China", "balance", "value", 23.04e9, "USD", OCTOBER, "23.04 billion", US_SURPLUS, partner=US),
        fact("China", "exports", "growth", 0.9, "percent", OCTOBER, "0.9", EU, partner="European Union"),
        fact("China", "exports", "growth", 11.0, "percent", OCTOBER, "11.0", ASEAN, partner="ASEAN"),
        fact("China", "exports", "growth", 10.5, "percent", OCTOBER, "10.5", AFRICA, partner="Africa"),
        fact("China", "exports", "growth", -4.6, "percent", OCTOBER, "4.6", JAPAN, partner="Japan"),
        fact("China", "exports", "share", 17, "percent", JAN_OCT, "17", ASEAN_SHARE, partner="ASEAN",
             qualifier="approx"),
        fact("China", "exports", "growth", 5.3, "percent", JAN_OCT, "5.3", YTD),
        fact("China", "imports", "growth", -0.4, "percent", JAN_OCT, "0.4", YTD),
        fact("China", "balance", "value", 964.81e9, "USD", JAN_OCT, "964.81 billion", YTD),
        fact("China", "exports", "growth", -17.6, "percent", JAN_OCT, "17.6", US_YTD, partner=US),
        fact("China", "exports", "quantity", 4343, "tonnes", OCTOBER, "4,343", RARE_EARTHS, product="rare earths"),
        fact("China", "exports", "growth", -31.0, "percent", OCTOBER, "31.0", RARE_EARTHS, product="rare earths",
             basis="mom"),
        fact("China", "imports", "quantity", 9.48e6, "tonnes", OCTOBER, "9.48 million", SOYBEANS, product="soybeans"),
        fact("China", "imports", "growth", 18.9, "percent", OCTOBER, "18.9", SOYBEANS, product="soybeans"),
    ],
}
