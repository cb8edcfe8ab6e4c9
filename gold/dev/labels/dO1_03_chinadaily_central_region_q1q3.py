"""Hand labels for dO1_03_chinadaily_central_region_q1q3 (set O, held out): China Daily on the six central provinces."""

from _fact import fact, period

JAN_SEP = period(2025, 1, 9)

CENTRAL = "Shanxi, Anhui, Jiangxi, Henan, Hubei, Hunan"
E_REGION = (
    "Shanxi, Anhui, Jiangxi, Henan, Hubei and Hunan together traded goods worth 2.69 trillion yuan "
    "from January to September 2025, a year-on-year gain of 5.9 percent"
)
E_REGION_SHARE = "the region's trade made up 8 percent of the country's total"
E_FLOWS = "Exports did most of the work, reaching 1.83 trillion yuan after a 9.2 percent climb, while imports, down 0.6 percent, totaled 860 billion yuan."
E_ANHUI = "Anhui, whose trade grew 8.1 percent to 640.2 billion yuan, moved past Henan as the region's biggest trader."
E_HENAN = "Henan ranked second with 614.5 billion yuan, 3.6 percent more than a year earlier"
E_SHARES = "Their respective shares of China's total trade stood at 1.9 percent, 1.8 percent and 1.7 percent."
E_CARS = "Over the nine months, Anhui shipped 1.06 million vehicles abroad, valued at 118.5 billion yuan, an 18.7 percent increase in value terms"
E_PHONES = "The province's mobile phone exports dropped 5.3 percent over the period to 171.2 billion yuan"
E_HUNAN_JIANGXI = "Cheaper lithium products and steel dragged down export values in Hunan and Jiangxi, whose trade shrank 6.2 percent and 2.1 percent respectively to 385.6 billion yuan and 360.4 billion yuan"
E_SHANXI = "Trade in Shanxi, the smallest of the six, inched up 1.5 percent to 118.7 billion yuan."

ARTICLE = {
    "id": "dO1_03_chinadaily_central_region_q1q3",
    "title": "Inland central region claims a larger slice of China's trade",
    "publisher": "China Daily",
    "published": "2025-10-28",
    "notes": [
        "Byline 'China Daily | Updated: 2025-10-28' gives publisher and date; the running period is January-September 2025 from the second paragraph.",
        "The region is measured as the named group 'Shanxi, Anhui, Jiangxi, Henan, Hubei and Hunan': area is the names joined in text order, "
        "per the guide; later 'the region' carries it over (share, exports, imports).",
        "'outpaced the national rate by 1.9 percentage points': out (no national growth figure is stated, so nothing national is labelled).",
        "'the region's biggest trader' (Anhui) and 'ranked second' (Henan): ranks within the central region, labelled as ranks (the record cannot name the field).",
        "'ahead of Hubei at 571.3 billion yuan' implies third place but does not state it: not labelled as a rank.",
        "'Their respective shares of China's total trade stood at 1.9 percent, 1.8 percent and 1.7 percent': shares of the national total for Anhui, Henan, Hubei in order.",
        "Anhui vehicles: 1.06 million vehicles as a quantity (unit number), the export value, and the value growth ('an 18.7 percent increase in value terms'); product 'vehicles'.",
        "'No province in the region grew faster than Hubei': a ranking of growth rates, not of trade; not labelled.",
        "'Shanxi, the smallest of the six': not an ordinal the text writes; not labelled as rank 6.",
        "Wuhan 'generated 62.4 percent of Hubei's trade': a share fact for Wuhan (share of the province, not of the nation).",
        "Airport cargo (600,000 metric tons), freight-train trips (4,000), land area and population fractions, 'five years ago', 'weekly': not trade flows, out.",
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
        fact("Hubei", "total", "value", 571.3e9, "CNY", JAN_SEP, "571.3 billion", "ahead of Hubei at 571.3 billion yuan"),
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
            "No province in the region grew faster than Hubei, where trade jumped 24.6 percent",
        ),
        fact("Wuhan", "total", "share", 62.4, "percent", JAN_SEP, "62.4", "The provincial capital Wuhan generated 62.4 percent of Hubei's trade."),
        fact("Hunan", "total", "value", 385.6e9, "CNY", JAN_SEP, "385.6 billion", E_HUNAN_JIANGXI),
        fact("Jiangxi", "total", "value", 360.4e9, "CNY", JAN_SEP, "360.4 billion", E_HUNAN_JIANGXI),
        fact("Hunan", "total", "growth", -6.2, "percent", JAN_SEP, "6.2", E_HUNAN_JIANGXI),
        fact("Jiangxi", "total", "growth", -2.1, "percent", JAN_SEP, "2.1", E_HUNAN_JIANGXI),
        fact("Shanxi", "total", "growth", 1.5, "percent", JAN_SEP, "1.5", E_SHANXI),
        fact("Shanxi", "total", "value", 118.7e9, "CNY", JAN_SEP, "118.7 billion", E_SHANXI),
    ],
}
