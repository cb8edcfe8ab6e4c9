from _fact import fact, period

OCTOBER = period(2025, 10)
SEPTEMBER = period(2025, 9)
JAN_OCT = period(2025, 1, 10)
US = "United States"

EXPORT_GROWTH = (
    "Outbound shipments fell 1.1% from a year earlier in dollar terms, customs data showed on Friday, "
    "a sharp reversal from September's 8.3% gain"
)
IMPORTS = (
    "Imports rose 1.0%, undershooting a forecast 3.2% increase and cooling markedly from September, "
    "when they had climbed 7.4%"
)
SURPLUS = "That left the trade surplus at $90.07 billion, little changed from $90.45 billion in September"
VALUES = "Exports totalled $305.35 billion last month and imports $215.28 billion"
US_EXPORTS = "Shipments to the United States tumbled 25.2% from a year earlier"
US_IMPORTS = "China's imports from its largest single-country export market dropped 22.9%"
US_SURPLUS = "That trimmed China's surplus with the U.S. to $23.04 billion"
EU = "Exports to the European Union edged up 0.9%"
ASEAN = "those to the Association of Southeast Asian Nations (ASEAN) grew 11.0%"
AFRICA = "sales to Africa jumped 10.5%"
JAPAN = "Shipments to Japan slipped 4.6%"
ASEAN_SHARE = "ASEAN, which bought roughly 17% of everything China sold abroad in the first ten months"
YTD = (
    "For the January-October period, exports rose 5.3% on the year while imports were down 0.4%, "
    "putting the cumulative surplus at $964.81 billion"
)
US_YTD = "Shipments to the U.S. have fallen 17.6% so far this year"
RARE_EARTHS = "rare earth exports dropped 31.0% from September to 4,343 metric tons"
SOYBEANS = "soybean imports came in at 9.48 million tons, 18.9% more than a year earlier"

ARTICLE = {
    "id": "dZ1_04_reuters_china_oct_trade_2025",
    "title": "China's October exports slip into reverse as tariff rush fades, U.S.-bound sales sink",
    "publisher": "Reuters",
    "published": "2025-11-07",
    "notes": [
        "Dateline 'Nov 7' has no year: 2025 from the published date; 'last month' and the running period are October 2025.",
        "Reuters poll forecasts (3.0% exports, 3.2% imports, $95.60 billion surplus) are forecasts: out. So are the "
        "quoted economists' 'around 2% in 2026' view and the brokerage's 'around 45%' average tariff estimate.",
        "September's rates (8.3% exports, 7.4% imports) and September's $90.45 billion surplus are stated observations "
        "of September: labelled with period 2025-09, basis yoy (the September rates are year-on-year rates).",
        "'Imports ... cooling markedly from September, when they had climbed 7.4%': 'they' is imports; the whole "
        "sentence is the evidence so that the flow is visible.",
        "'its largest single-country export market' in the imports sentence names the United States: partner United "
        "States for the 22.9% fall, and a stated rank (exports, rank 1, October 2025) with the same evidence.",
        "'That trimmed China's surplus with the U.S. to $23.04 billion': a level, not a change; 'trimmed' does not make "
        "the surplus negative.",
        "'sales to Africa' and 'Shipments to Japan' are exports; ASEAN is the canonical name of the spelled-out bloc.",
        "ASEAN 'bought roughly 17% of everything China sold abroad in the first ten months': share of China's exports, "
        "partner ASEAN, qualifier approx, period Jan-Oct 2025.",
        "'exports rose 5.3% on the year': 'on the year' is year-on-year (yoy).",
        "'Shipments to the U.S. have fallen 17.6% so far this year': year to date in an article about October = Jan-Oct.",
        "Rare earths 'dropped 31.0% from September': comparison with the month before, basis mom; quantity in tonnes.",
        "Soybeans '18.9% more than a year earlier': 'more than' is the comparison, not a qualifier: exact, +18.9 yoy.",
        "Commodity growth rates stated alone (no value growth beside them) are labelled as growth of the quantity flow.",
        "Out, not trade flows or streaks: 'first time since early 2024', 'seventh successive month of double-digit "
        "declines', the 10% levy and 'one-year' truce, Q3 GDP 4.8%, PMI 49.0 and the 50-point mark, 'seventh straight "
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
