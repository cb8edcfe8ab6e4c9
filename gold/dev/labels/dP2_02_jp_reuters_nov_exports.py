from _fact import fact, period

NOVEMBER = period(2024, 11)
OCTOBER = period(2024, 10)
JAPAN = "Japan"
US = "United States"

EVIDENCE_HEADLINE = (
    "Exports grew 3.8% in November from a year earlier, Ministry of Finance data showed on Wednesday, "
    "beating a 2.8% rise expected by economists in a Reuters poll and following a 3.1% increase in October"
)
EVIDENCE_BALANCE = "That left the trade balance at a deficit of 117.6 billion yen ($767 million)"
EVIDENCE_OCTOBER_BALANCE = "a revised 462.1 billion yen deficit in October"
EVIDENCE_TOTALS = "Exports totalled 9.15 trillion yen, while imports came to 9.27 trillion yen"
EVIDENCE_CHINA = "Shipments to China, Japan's biggest trading partner, climbed 5.8% year-on-year to 1.58 trillion yen"
EVIDENCE_ASIA = "Exports to Asia as a whole, which make up about 52% of the total, rose 7.1% to 4.76 trillion yen"
EVIDENCE_CHIPS = (
    "Worldwide, exports of semiconductors and other electronic parts gained 12.6%, while those of semiconductor "
    "manufacturing equipment jumped 31.4%"
)
EVIDENCE_US_EXPORTS = (
    "U.S.-bound exports fell 8.0% to 1.73 trillion yen, dragged down by automobiles, which slumped 14.2%, "
    "and car parts, down 9.7%"
)
EVIDENCE_US_SURPLUS = "Japan's trade surplus with the United States shrank 11.5% to 702.3 billion yen"

ARTICLE = {
    "id": "dP2_02_jp_reuters_nov_exports",
    "title": "Japan's exports rise for second month as Asian chip demand offsets U.S. slump",
    "publisher": "Reuters",
    "published": "2024-12-18",
    "notes": [
        "Reuters story on Ministry of Finance trade data for November; the text states no year (dateline 'Dec 18', 'next year', 'this year'): year 2024 from published.",
        "Growth rates are year-on-year ('from a year earlier', 'in the year to November', 'year-on-year'); the ones without their own cue take the article's yoy frame.",
        "'following a 3.1% increase in October' is October's export growth: a separate fact for October 2024 (yoy).",
        "'a revised 462.1 billion yen deficit in October' is October's balance: labelled for October 2024; the poll's 688.9 billion yen shortfall is a forecast: out.",
        "Reuters poll forecasts (2.8% rise, 1.3% decline, 688.9 billion yen deficit): out of scope.",
        "The dollar conversion '($767 million)' without 'about' is a separate USD fact with qualifier exact; the '($1 = 153.3000 yen)' rate is not a trade figure.",
        "'Japan's biggest trading partner' labelled as rank 1 of Japan's total trade with China, period November 2024 (the article's period).",
        "'Japan still ran a 575.0 billion yen deficit with its neighbour': 'its neighbour' is China from the preceding sentence.",
        "'which make up about 52% of the total': share of Japan's exports going to Asia, qualifier approx.",
        "Chip products are worldwide exports ('Worldwide, ...'): partner null; products in the text's words.",
        "U.S.-bound automobiles (-14.2%) and car parts (-9.7%) are exports to the United States by product; 'Overall car exports dropped 6.2% in value' is worldwide (product 'cars').",
        "Volume growth of car exports (4.9% 'in volume terms'): out of scope (volume beside value).",
        "Streaks ('second straight month', 'first rise in three months'), tariff rates (10% to 20%), GDP 1.2%, the yen's 8% fall: out of scope.",
    ],
    "facts": [
        fact(JAPAN, "exports", "growth", 3.8, "percent", NOVEMBER, "3.8", "Exports grew 3.8% in November from a year earlier"),
        fact(JAPAN, "exports", "growth", 3.1, "percent", OCTOBER, "3.1", EVIDENCE_HEADLINE),
        fact(JAPAN, "imports", "growth", -3.6, "percent", NOVEMBER, "3.6", "Imports fell 3.6% in the year to November"),
        fact(JAPAN, "balance", "value", -117.6e9, "JPY", NOVEMBER, "117.6 billion", EVIDENCE_BALANCE),
        fact(JAPAN, "balance", "value", -767e6, "USD", NOVEMBER, "767 million", EVIDENCE_BALANCE),
        fact(JAPAN, "balance", "value", -462.1e9, "JPY", OCTOBER, "462.1 billion", EVIDENCE_OCTOBER_BALANCE),
        fact(JAPAN, "exports", "value", 9.15e12, "JPY", NOVEMBER, "9.15 trillion", EVIDENCE_TOTALS),
        fact(JAPAN, "imports", "value", 9.27e12, "JPY", NOVEMBER, "9.27 trillion", EVIDENCE_TOTALS),
        fact(JAPAN, "total", "rank", 1, "number", NOVEMBER, "biggest", EVIDENCE_CHINA, partner="China"),
        fact(JAPAN, "exports", "growth", 5.8, "percent", NOVEMBER, "5.8", EVIDENCE_CHINA, partner="China"),
        fact(JAPAN, "exports", "value", 1.58e12, "JPY", NOVEMBER, "1.58 trillion", EVIDENCE_CHINA, partner="China"),
        fact(JAPAN, "balance", "value", -575.0e9, "JPY", NOVEMBER, "575.0 billion",
             "Japan still ran a 575.0 billion yen deficit with its neighbour", partner="China"),
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
        fact(JAPAN, "exports", "growth", -6.2, "percent", NOVEMBER, "6.2", "Overall car exports dropped 6.2% in value", product="cars"),
        fact(JAPAN, "exports", "growth", 1.1, "percent", NOVEMBER, "1.1", "Exports to the European Union edged up 1.1%",
             partner="European Union"),
    ],
}
