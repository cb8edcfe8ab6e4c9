"""Hand labels for dO1_03_chinadaily_central_region_q1q3 (set O, held out): China Daily on the six central provinces."""

from _fact import fact, period

JAN_SEP = period(2025, 1, 9)

CENTRAL = "Shanxi, Anhui, Jiangxi, Henan, Hubei, Hunan"
E_REGION = (
    "In the first three quarters of 2025, the combined imports and exports of Shanxi, Anhui, Jiangxi, Henan, Hubei and Hunan "
    "reached 2.69 trillion yuan, up 5.9 percent year-on-year"
)
E_REGION_SHARE = "The region accounted for 8 percent of the national total"
E_FLOWS = "Exports led the way, rising 9.2 percent to 1.83 trillion yuan, while imports slipped 0.6 percent to 860 billion yuan."
E_ANHUI = "Anhui overtook Henan to become the biggest trader in the region, with imports and exports of 640.2 billion yuan, up 8.1 percent."
E_HENAN = "Henan came second at 614.5 billion yuan, a rise of 3.6 percent"
E_SHARES = "The three provinces accounted for 1.9 percent, 1.8 percent and 1.7 percent of the national total, respectively."
E_CARS = "The province exported 1.06 million vehicles in the nine months, worth 118.5 billion yuan, up 18.7 percent in value"
E_PHONES = "Its exports of mobile phones fell 5.3 percent to 171.2 billion yuan in the period"
E_HUNAN_JIANGXI = "Hunan and Jiangxi reported trade of 385.6 billion yuan and 360.4 billion yuan, down 6.2 percent and 2.1 percent respectively"
E_SHANXI = "Shanxi, the smallest trader of the six, saw imports and exports edge up 1.5 percent to 118.7 billion yuan."

ARTICLE = {
    "id": "dO1_03_chinadaily_central_region_q1q3",
    "title": "Central provinces gain ground in nation's foreign trade",
    "publisher": "China Daily",
    "published": "2025-10-28",
    "notes": [
        "Byline 'China Daily | Updated: 2025-10-28' gives publisher and date; the running period is January-September 2025 from the second paragraph.",
        "The region is measured as the named group 'Shanxi, Anhui, Jiangxi, Henan, Hubei and Hunan': area is the names joined in text order, "
        "per the guide; later 'the region' carries it over (share, exports, imports).",
        "'1.9 percentage points faster than the country as a whole': out (no national growth figure is stated, so nothing national is labelled).",
        "'biggest trader in the region' (Anhui) and 'came second' (Henan): ranks within the central region, labelled as ranks (the record cannot name the field).",
        "'Hubei followed with 571.3 billion yuan' implies third place but does not state it: not labelled as a rank.",
        "'The three provinces accounted for 1.9 percent, 1.8 percent and 1.7 percent ... respectively': shares of the national total for Anhui, Henan, Hubei in order.",
        "Anhui vehicles: 1.06 million vehicles as a quantity (unit number), the export value, and the value growth ('up 18.7 percent in value'); product 'vehicles'.",
        "'Hubei posted the fastest growth in the region': a ranking of growth rates, not of trade; not labelled.",
        "'Shanxi, the smallest trader of the six': not an ordinal the text writes; not labelled as rank 6.",
        "Wuhan 'contributed 62.4 percent of Hubei's total': a share fact for Wuhan (share of the province, not of the nation).",
        "Airport cargo (600,000 metric tons), freight-train trips (4,000), land area and population fractions, 'five years ago', 'every week': not trade flows, out.",
        "Analysts' expectation of a rising share next year: a forecast without a number, nothing labelled.",
    ],
    "facts": [
        fact(CENTRAL, "total", "value", 2.69e12, "CNY", JAN_SEP, "2.69 trillion", E_REGION),
        fact(CENTRAL, "total", "growth", 5.9, "percent", JAN_SEP, "5.9", E_REGION),
        fact(CENTRAL, "total", "share", 8, "percent", JAN_SEP, "8", E_REGION_SHARE),
        fact(CENTRAL, "exports", "value", 1.83e12, "CNY", JAN_SEP, "1.83 trillion", E_FLOWS),
        fact(CENTRAL, "exports", "growth", 9.2, "percent", JAN_SEP, "9.2", E_FLOWS),
        fact(CENTRAL, "imports", "value", 860e9, "CNY", JAN_SEP, "860 billion", E_FLOWS),
        fact(CENTRAL, "imports", "growth", -0.6, "percent", JAN_SEP, "0.6", E_FLOWS),
        fact("Anhui", "total", "rank", 1, "number", JAN_SEP, "biggest", E_ANHUI),
        fact("Anhui", "total", "value", 640.2e9, "CNY", JAN_SEP, "640.2 billion", E_ANHUI),
        fact("Anhui", "total", "growth", 8.1, "percent", JAN_SEP, "8.1", E_ANHUI),
        fact("Henan", "total", "rank", 2, "number", JAN_SEP, "second", E_HENAN),
        fact("Henan", "total", "value", 614.5e9, "CNY", JAN_SEP, "614.5 billion", E_HENAN),
        fact("Henan", "total", "growth", 3.6, "percent", JAN_SEP, "3.6", E_HENAN),
        fact("Hubei", "total", "value", 571.3e9, "CNY", JAN_SEP, "571.3 billion", "Hubei followed with 571.3 billion yuan"),
        fact("Anhui", "total", "share", 1.9, "percent", JAN_SEP, "1.9", E_SHARES),
        fact("Henan", "total", "share", 1.8, "percent", JAN_SEP, "1.8", E_SHARES),
        fact("Hubei", "total", "share", 1.7, "percent", JAN_SEP, "1.7", E_SHARES),
        fact("Anhui", "exports", "quantity", 1.06e6, "number", JAN_SEP, "1.06 million", E_CARS, product="vehicles"),
        fact("Anhui", "exports", "value", 118.5e9, "CNY", JAN_SEP, "118.5 billion", E_CARS, product="vehicles"),
        fact("Anhui", "exports", "growth", 18.7, "percent", JAN_SEP, "18.7", E_CARS, product="vehicles"),
        fact("Henan", "exports", "growth", -5.3, "percent", JAN_SEP, "5.3", E_PHONES, product="mobile phones"),
        fact("Henan", "exports", "value", 171.2e9, "CNY", JAN_SEP, "171.2 billion", E_PHONES, product="mobile phones"),
        fact(
            "Hubei",
            "total",
            "growth",
            24.6,
            "percent",
            JAN_SEP,
            "24.6",
            "Hubei posted the fastest growth in the region, with trade surging 24.6 percent",
        ),
        fact("Wuhan", "total", "share", 62.4, "percent", JAN_SEP, "62.4", "Wuhan, the provincial capital, contributed 62.4 percent of Hubei's total."),
        fact("Hunan", "total", "value", 385.6e9, "CNY", JAN_SEP, "385.6 billion", E_HUNAN_JIANGXI),
        fact("Jiangxi", "total", "value", 360.4e9, "CNY", JAN_SEP, "360.4 billion", E_HUNAN_JIANGXI),
        fact("Hunan", "total", "growth", -6.2, "percent", JAN_SEP, "6.2", E_HUNAN_JIANGXI),
        fact("Jiangxi", "total", "growth", -2.1, "percent", JAN_SEP, "2.1", E_HUNAN_JIANGXI),
        fact("Shanxi", "total", "growth", 1.5, "percent", JAN_SEP, "1.5", E_SHANXI),
        fact("Shanxi", "total", "value", 118.7e9, "CNY", JAN_SEP, "118.7 billion", E_SHANXI),
    ],
}
