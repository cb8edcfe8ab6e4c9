from _fact import fact, period

MARCH = period(2026, 3)
FEBRUARY = period(2026, 2)
FISCAL_YEAR = {"start": "2025-04", "end": "2026-03"}

EVIDENCE_EXPORTS = (
    "Exports rose 6.8% in March from a year earlier, Ministry of Finance data showed on Thursday, outpacing the "
    "5.1% gain forecast by economists in a Reuters poll and accelerating from a 3.2% increase in February"
)
EVIDENCE_IMPORTS = "Imports climbed 2.3% to 9.97 trillion yen"
EVIDENCE_SURPLUS = "That left a trade surplus of 548.6 billion yen ($3.62 billion) for the month"
EVIDENCE_ADJUSTED = (
    "On a seasonally adjusted basis, exports rose 1.4% from February while imports slipped 0.6%, but the balance "
    "stayed in the red with a deficit of 96.3 billion yen."
)
EVIDENCE_CHINA = "Shipments to China, Japan's largest trading partner, jumped 11.4% to 1.62 trillion yen"
EVIDENCE_CHIP_GEAR_CHINA = "Chip-making equipment led the way, with exports of the machines to China surging 28.6%"
EVIDENCE_US = "U.S.-bound exports, by contrast, fell 4.1% to 1.78 trillion yen"
EVIDENCE_US_CARS = "as car shipments to the U.S. dropped 9.7%"
EVIDENCE_US_SURPLUS = "Japan's surplus with the United States shrank 14.2% from a year earlier to 812.5 billion yen"
EVIDENCE_ASIA = "Exports to Asia as a whole grew 9.3% to 5.41 trillion yen"
EVIDENCE_PRODUCTS = (
    "By product, car exports to all destinations declined 2.8%, while shipments of semiconductor-making equipment "
    "rose 18.5%."
)
EVIDENCE_ENERGY = (
    "the value of crude oil purchases fell 12.6% and liquefied natural gas imports dropped 8.9%"
)
EVIDENCE_FISCAL = (
    "For the fiscal year that ended in March, exports rose 2.1% to a record 110.16 trillion yen while imports "
    "edged down 0.4% to 113.98 trillion yen."
)
EVIDENCE_FISCAL_DEFICIT = "The resulting deficit of 3.82 trillion yen was the smallest in four fiscal years."

ARTICLE = {
    "id": "dN2_01_jp_reuters_march_exports",
    "title": "Japan's March exports beat forecasts as China snaps up chip-making gear",
    "publisher": "Reuters",
    "published": "2026-04-16",
    "notes": [
        "The year appears only in `published` (dateline 'April 16', 'in March'): the running month is March 2026.",
        "'the fiscal year that ended in March' is Japan's fiscal year April 2025 - March 2026; period written out as a dict.",
        "'a 3.2% increase in February' is a separate observation for February 2026, labelled.",
        "Reuters poll forecasts (5.1% gain, 4.0% rise, 402.0 billion yen surplus) are analysts' expectations: out.",
        "The seasonally adjusted figures are labelled: mom growth for exports (1.4%) and imports (-0.6%) ('from "
        "February' sets the frame for the sentence) and the adjusted deficit of 96.3 billion yen as a second March "
        "balance value; the record has no field for seasonal adjustment, so the two March balances differ only in value.",
        "Export volumes up 2.4%: volume growth beside value growth, out.",
        "'the first in three months', 'down for a third month', 'smallest in four fiscal years', 'record': streaks and "
        "milestones, out (the figures themselves are labelled).",
        "'Japan's largest trading partner' labelled as rank 1 for China (flow total) in the article's period, March 2026.",
        "$3.62 billion is the dollar conversion of the March surplus, written without 'about': a USD fact, qualifier exact.",
        "'Japan's surplus with the United States shrank 14.2%': growth of a surplus with a fall verb, -14.2.",
        "Product names kept as written: 'chip-making equipment' (to China) and 'semiconductor-making equipment' (all "
        "destinations) are separate observations; 'car' exports labelled product 'cars'.",
        "GDP (annualised 0.8% contraction), the 15% U.S. tariff and the exchange rate line ($1 = 151.5800 yen): out.",
    ],
    "facts": [
        fact("Japan", "exports", "growth", 6.8, "percent", MARCH, "6.8", EVIDENCE_EXPORTS),
        fact("Japan", "exports", "growth", 3.2, "percent", FEBRUARY, "3.2", EVIDENCE_EXPORTS),
        fact(
            "Japan", "exports", "value", 10.52e12, "JPY", MARCH, "10.52 trillion",
            "In value terms, outbound shipments came to 10.52 trillion yen.",
        ),
        fact("Japan", "imports", "growth", 2.3, "percent", MARCH, "2.3", EVIDENCE_IMPORTS),
        fact("Japan", "imports", "value", 9.97e12, "JPY", MARCH, "9.97 trillion", EVIDENCE_IMPORTS),
        fact("Japan", "balance", "value", 548.6e9, "JPY", MARCH, "548.6 billion", EVIDENCE_SURPLUS),
        fact("Japan", "balance", "value", 3.62e9, "USD", MARCH, "3.62 billion", EVIDENCE_SURPLUS),
        fact("Japan", "exports", "growth", 1.4, "percent", MARCH, "1.4", EVIDENCE_ADJUSTED, basis="mom"),
        fact("Japan", "imports", "growth", -0.6, "percent", MARCH, "0.6", EVIDENCE_ADJUSTED, basis="mom"),
        fact("Japan", "balance", "value", -96.3e9, "JPY", MARCH, "96.3 billion", EVIDENCE_ADJUSTED),
        fact("Japan", "exports", "growth", 11.4, "percent", MARCH, "11.4", EVIDENCE_CHINA, partner="China"),
        fact("Japan", "exports", "value", 1.62e12, "JPY", MARCH, "1.62 trillion", EVIDENCE_CHINA, partner="China"),
        fact("Japan", "total", "rank", 1, "number", MARCH, "largest", EVIDENCE_CHINA, partner="China"),
        fact(
            "Japan", "exports", "growth", 28.6, "percent", MARCH, "28.6", EVIDENCE_CHIP_GEAR_CHINA,
            partner="China", product="chip-making equipment",
        ),
        fact("Japan", "exports", "growth", -4.1, "percent", MARCH, "4.1", EVIDENCE_US, partner="United States"),
        fact("Japan", "exports", "value", 1.78e12, "JPY", MARCH, "1.78 trillion", EVIDENCE_US, partner="United States"),
        fact(
            "Japan", "exports", "growth", -9.7, "percent", MARCH, "9.7", EVIDENCE_US_CARS,
            partner="United States", product="cars",
        ),
        fact(
            "Japan", "balance", "growth", -14.2, "percent", MARCH, "14.2", EVIDENCE_US_SURPLUS,
            partner="United States",
        ),
        fact(
            "Japan", "balance", "value", 812.5e9, "JPY", MARCH, "812.5 billion", EVIDENCE_US_SURPLUS,
            partner="United States",
        ),
        fact("Japan", "exports", "growth", 9.3, "percent", MARCH, "9.3", EVIDENCE_ASIA, partner="Asia"),
        fact("Japan", "exports", "value", 5.41e12, "JPY", MARCH, "5.41 trillion", EVIDENCE_ASIA, partner="Asia"),
        fact("Japan", "exports", "growth", -2.8, "percent", MARCH, "2.8", EVIDENCE_PRODUCTS, product="cars"),
        fact(
            "Japan", "exports", "growth", 18.5, "percent", MARCH, "18.5", EVIDENCE_PRODUCTS,
            product="semiconductor-making equipment",
        ),
        fact("Japan", "imports", "growth", -12.6, "percent", MARCH, "12.6", EVIDENCE_ENERGY, product="crude oil"),
        fact(
            "Japan", "imports", "growth", -8.9, "percent", MARCH, "8.9", EVIDENCE_ENERGY,
            product="liquefied natural gas",
        ),
        fact("Japan", "exports", "growth", 2.1, "percent", FISCAL_YEAR, "2.1", EVIDENCE_FISCAL),
        fact("Japan", "exports", "value", 110.16e12, "JPY", FISCAL_YEAR, "110.16 trillion", EVIDENCE_FISCAL),
        fact("Japan", "imports", "growth", -0.4, "percent", FISCAL_YEAR, "0.4", EVIDENCE_FISCAL),
        fact("Japan", "imports", "value", 113.98e12, "JPY", FISCAL_YEAR, "113.98 trillion", EVIDENCE_FISCAL),
        fact("Japan", "balance", "value", -3.82e12, "JPY", FISCAL_YEAR, "3.82 trillion", EVIDENCE_FISCAL_DEFICIT),
    ],
}
