from _fact import fact, period

MARCH = period(2026, 3)
FEBRUARY = period(2026, 2)
FISCAL_YEAR = {"start": "2025-04", "end": "2026-03"}

EVIDENCE_EXPORTS = (
    "Ministry of Finance figures released on Thursday showed exports up 6.8% on a year earlier in March, ahead of the "
    "5.1% rise economists had predicted in a Reuters poll and quicker than February's 3.2% gain"
)
EVIDENCE_IMPORTS = "imports increased 2.3% to 9.97 trillion yen"
EVIDENCE_SURPLUS = "Japan ran a surplus of 548.6 billion yen ($3.62 billion) in March"
EVIDENCE_ADJUSTED = (
    "Adjusted for seasonal swings, exports gained 1.4% over February and imports fell 0.6%, yet the adjusted balance "
    "was still negative, showing a deficit of 96.3 billion yen."
)
EVIDENCE_CHINA = "Exports to China, which is Japan's largest trading partner, surged 11.4% to 1.62 trillion yen"
EVIDENCE_CHIP_GEAR_CHINA = (
    "A ministry official told reporters that chip-making equipment was the main driver, with Japanese shipments of "
    "such machinery to China up 28.6%"
)
EVIDENCE_US = "By contrast, exports bound for the U.S. dropped 4.1% to 1.78 trillion yen"
EVIDENCE_US_CARS = "weighed down by a 9.7% drop in car shipments to the U.S."
EVIDENCE_US_SURPLUS = "the surplus Japan runs with the United States narrowed 14.2% from a year before to 812.5 billion yen"
EVIDENCE_ASIA = "Shipments to Asia overall increased 9.3% to 5.41 trillion yen"
EVIDENCE_PRODUCTS = (
    "Across all destinations, exports of cars fell 2.8%, whereas semiconductor-making equipment shipments climbed 18.5%."
)
EVIDENCE_ENERGY = (
    "the import bill for crude oil fell 12.6% and purchases of liquefied natural gas were down 8.9%"
)
EVIDENCE_FISCAL = (
    "In the fiscal year through March, exports reached a record 110.16 trillion yen, up 2.1%, and imports slipped 0.4% "
    "to 113.98 trillion yen."
)
EVIDENCE_FISCAL_DEFICIT = "That produced a shortfall of 3.82 trillion yen for the year, the narrowest in four fiscal years."

ARTICLE = {
    "id": "dN2_01_jp_reuters_march_exports",
    "title": "Chinese appetite for chip-making gear lifts Japan's March exports above forecasts",
    "publisher": "Reuters",
    "published": "2026-04-16",
    "notes": [
        "The year appears only in `published` (dateline 'April 16', 'in March'): the running month is March 2026.",
        "'the fiscal year through March' is Japan's fiscal year April 2025 - March 2026; period written out as a dict.",
        "'February's 3.2% gain' is a separate observation for February 2026, labelled.",
        "Reuters poll forecasts (5.1% rise, 4.0% gain, 402.0 billion yen surplus) are analysts' expectations: out.",
        "The seasonally adjusted figures are labelled: mom growth for exports (1.4%) and imports (-0.6%) ('over "
        "February' sets the frame for the sentence) and the adjusted deficit of 96.3 billion yen as a second March "
        "balance value; the record has no field for seasonal adjustment, so the two March balances differ only in value.",
        "Export volumes up 2.4%: volume growth beside value growth, out.",
        "'its first in three months', 'a third straight monthly fall', 'the narrowest in four fiscal years', 'record': streaks and "
        "milestones, out (the figures themselves are labelled).",
        "'Japan's largest trading partner' labelled as rank 1 for China (flow total) in the article's period, March 2026.",
        "$3.62 billion is the dollar conversion of the March surplus, written without 'about': a USD fact, qualifier exact.",
        "'the surplus Japan runs with the United States narrowed 14.2%': growth of a surplus with a fall verb, -14.2.",
        "Product names kept as written: 'chip-making equipment' (to China) and 'semiconductor-making equipment' (all "
        "destinations) are separate observations; 'exports of cars' labelled product 'cars'.",
        "GDP (annualised 0.8% contraction), the 15% U.S. tariff and the exchange rate line ($1 = 151.5800 yen): out.",
    ],
    "facts": [
        fact("Japan", "exports", "growth", 6.8, "percent", MARCH, "6.8", EVIDENCE_EXPORTS),
        fact("Japan", "exports", "growth", 3.2, "percent", FEBRUARY, "3.2", EVIDENCE_EXPORTS),
        fact(
            "Japan", "exports", "value", 10.52e12, "JPY", MARCH, "10.52 trillion",
            "Measured in value, exports totalled 10.52 trillion yen.",
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
