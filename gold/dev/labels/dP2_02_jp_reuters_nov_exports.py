from _fact import fact, period

NOVEMBER = period(2024, 11)
OCTOBER = period(2024, 10)
JAPAN = "Japan"
US = "United States"

EVIDENCE_HEADLINE = (
    "Ministry of Finance figures released on Wednesday showed exports up 3.8% in November from the same month a year before, "
    "after a 3.1% gain in October and above the 2.8% increase forecast in a Reuters poll of economists"
)
EVIDENCE_BALANCE = "The result was a trade deficit of 117.6 billion yen ($767 million)"
EVIDENCE_OCTOBER_BALANCE = "October's deficit, revised to 462.1 billion yen"
EVIDENCE_TOTALS = "In value terms, exports amounted to 9.15 trillion yen and imports to 9.27 trillion yen"
EVIDENCE_CHINA = "pushed exports to China, the biggest of Japan's trading partners, up 5.8% year-on-year to 1.58 trillion yen"
EVIDENCE_ASIA = "Shipments to the whole of Asia, roughly 52% of all exports, increased 7.1% to 4.76 trillion yen"
EVIDENCE_CHIPS = (
    "global exports of semiconductor manufacturing equipment up 31.4%, and those of semiconductors and other "
    "electronic parts rose 12.6%"
)
EVIDENCE_US_EXPORTS = (
    "Shipments to the U.S. declined 8.0% to 1.73 trillion yen, pulled lower by a 14.2% slump in automobiles "
    "and a 9.7% drop in car parts"
)
EVIDENCE_US_SURPLUS = "Japan's bilateral surplus with the United States contracted 11.5% to 702.3 billion yen"

ARTICLE = {
    "id": "dP2_02_jp_reuters_nov_exports",
    "title": "Asian chip demand lifts Japan's exports for a second month, outweighing U.S. weakness",
    "publisher": "Reuters",
    "published": "2024-12-18",
    "notes": [
        "Reuters story on Ministry of Finance trade data for November; the text states no year (dateline 'Dec 18', 'next year', 'this year'): year 2024 from published.",
        "Growth rates are year-on-year ('from the same month a year before', 'in the year to November', 'year-on-year'); the ones without their own cue take the article's yoy frame.",
        "'after a 3.1% gain in October' is October's export growth: a separate fact for October 2024 (yoy).",
        "'October's deficit, revised to 462.1 billion yen' is October's balance: labelled for October 2024; the poll's 688.9 billion yen shortfall is a forecast: out.",
        "Reuters poll forecasts (2.8% increase, 1.3% decline, 688.9 billion yen gap): out of scope.",
        "The dollar conversion '($767 million)' without 'about' is a separate USD fact with qualifier exact; the '($1 = 153.3000 yen)' rate is not a trade figure.",
        "'the biggest of Japan's trading partners' labelled as rank 1 of Japan's total trade with China, period November 2024 (the article's period).",
        "'Japan's trade with its neighbour showed a deficit of 575.0 billion yen': 'its neighbour' is China from the preceding sentence.",
        "'roughly 52% of all exports': share of Japan's exports going to Asia, qualifier approx.",
        "Chip products are worldwide exports ('global exports of ...'): partner null; products in the text's words.",
        "U.S.-bound automobiles (-14.2%) and car parts (-9.7%) are exports to the United States by product; 'total car exports 6.2% lower by value' is worldwide (product 'cars').",
        "Volume growth of car exports (4.9% 'lower by volume'): out of scope (volume beside value).",
        "Streaks ('second consecutive month', 'first increase in three months'), tariff rates (10% to 20%), GDP 1.2%, the yen's 8% fall: out of scope.",
    ],
    "facts": [
        fact(JAPAN, "exports", "growth", 3.8, "percent", NOVEMBER, "3.8", "exports up 3.8% in November from the same month a year before"),
        fact(JAPAN, "exports", "growth", 3.1, "percent", OCTOBER, "3.1", EVIDENCE_HEADLINE),
        fact(JAPAN, "imports", "growth", -3.6, "percent", NOVEMBER, "3.6", "Imports, meanwhile, dropped 3.6% in the year to November"),
        fact(JAPAN, "balance", "value", -117.6e9, "JPY", NOVEMBER, "117.6 billion", EVIDENCE_BALANCE),
        fact(JAPAN, "balance", "value", -767e6, "USD", NOVEMBER, "767 million", EVIDENCE_BALANCE),
        fact(JAPAN, "balance", "value", -462.1e9, "JPY", OCTOBER, "462.1 billion", EVIDENCE_OCTOBER_BALANCE),
        fact(JAPAN, "exports", "value", 9.15e12, "JPY", NOVEMBER, "9.15 trillion", EVIDENCE_TOTALS),
        fact(JAPAN, "imports", "value", 9.27e12, "JPY", NOVEMBER, "9.27 trillion", EVIDENCE_TOTALS),
        fact(JAPAN, "total", "rank", 1, "number", NOVEMBER, "biggest", EVIDENCE_CHINA, partner="China"),
        fact(JAPAN, "exports", "growth", 5.8, "percent", NOVEMBER, "5.8", EVIDENCE_CHINA, partner="China"),
        fact(JAPAN, "exports", "value", 1.58e12, "JPY", NOVEMBER, "1.58 trillion", EVIDENCE_CHINA, partner="China"),
        fact(JAPAN, "balance", "value", -575.0e9, "JPY", NOVEMBER, "575.0 billion",
             "Even so, Japan's trade with its neighbour showed a deficit of 575.0 billion yen", partner="China"),
        fact(JAPAN, "exports", "share", 52, "percent", NOVEMBER, "52", EVIDENCE_ASIA, partner="Asia", qualifier="approx"),
        fact(JAPAN, "exports", "growth", 7.1, "percent", NOVEMBER, "7.1", EVIDENCE_ASIA, partner="Asia"),
        fact(JAPAN, "exports", "value", 4.76e12, "JPY", NOVEMBER, "4.76 trillion", EVIDENCE_ASIA, partner="Asia"),
        fact(JAPAN, "exports", "growth", 12.6, "percent", NOVEMBER, "12.6", EVIDENCE_CHIPS,
             product="semiconductors and other electronic parts"),
        fact(JAPAN, "exports", "growth", 31.4, "percent", NOVEMBER, "31.4", EVIDENCE_CHIPS,
             product="semiconductor manufacturing equipment"),
        fact(JAPAN, "exports", "growth", -8.0, "percent", NOVEMBER, "8.0", EVIDENCE_US_EXPORTS, partner=US),
        fact(JAPAN, "exports", "value", 1.73e12, "JPY", NOVEMBER, "1.73 trillion", EVIDENCE_US_EXPORTS, partner=US),
        fact(JAPAN, "exports", "growth", -14.2, "percent", NOVEMBER, "14.2", EVIDENCE_US_EXPORTS, partner=US, product="automobiles"),
        fact(JAPAN, "exports", "growth", -9.7, "percent", NOVEMBER, "9.7", EVIDENCE_US_EXPORTS, partner=US, product="car parts"),
        fact(JAPAN, "balance", "value", 702.3e9, "JPY", NOVEMBER, "702.3 billion", EVIDENCE_US_SURPLUS, partner=US),
        fact(JAPAN, "balance", "growth", -11.5, "percent", NOVEMBER, "11.5", EVIDENCE_US_SURPLUS, partner=US),
        fact(JAPAN, "exports", "growth", -6.2, "percent", NOVEMBER, "6.2", "total car exports 6.2% lower by value", product="cars"),
        fact(JAPAN, "exports", "growth", 1.1, "percent", NOVEMBER, "1.1", "Shipments bound for the European Union inched up 1.1%",
             partner="European Union"),
    ],
}
