from _fact import fact, period

YEAR_2024 = period(2024, 1, 12)
FOURTH_QUARTER = period(2024, 10, 12)
DECEMBER = period(2024, 12)

EVIDENCE_TOTAL = (
    "in 2024, the total import and export value of goods trade of Xiamen was 932.58 billion yuan, "
    "an increase of 2.1% over the previous year (the same below)"
)
EVIDENCE_FUJIAN = "accounting for 46.9% of the total foreign trade of Fujian Province and ranking first in the province"
EVIDENCE_EXPORTS = "Among them, exports were 514.36 billion yuan, an increase of 6.8%, hitting a record high"
EVIDENCE_IMPORTS = "imports were 418.22 billion yuan, a decrease of 3.1%"
EVIDENCE_Q4 = "In the fourth quarter, the city's import and export value was 251.7 billion yuan, an increase of 7.4%"
EVIDENCE_GENERAL = (
    "In 2024, imports and exports under general trade were 654.21 billion yuan, an increase of 3.5%, "
    "accounting for 70.2% of the city's total foreign trade value"
)
EVIDENCE_PRIVATE = (
    "Private enterprises imported and exported 401.33 billion yuan, an increase of 8.9%, "
    "accounting for 43% of the city's total"
)
EVIDENCE_ASEAN = (
    "ASEAN remained Xiamen's largest trading partner, with imports and exports of 163.25 billion yuan, "
    "an increase of 5.6%"
)
EVIDENCE_US_EU = (
    "Imports and exports with the United States and the European Union were 98.74 billion yuan and "
    "91.6 billion yuan respectively, an increase of 3.2% and a decrease of 2.5% respectively"
)
EVIDENCE_MECH = (
    "Exports of mechanical and electrical products were 246.8 billion yuan, an increase of 9.6%, "
    "accounting for 48% of the city's total export value"
)
MECH = "mechanical and electrical products"
US = "United States"
EU = "European Union"

ARTICLE = {
    "id": "dU1_04_xiamen_gov_2024",
    "title": "Xiamen's Foreign Trade Import and Export Value Reached 932.58 Billion Yuan in 2024",
    "publisher": "Xiamen Municipal People's Government",
    "published": "2025-01-24",
    "notes": [
        "City government release in translated prose; the running period is the year 2024, stated in the text.",
        "'(the same below)' sets year-on-year growth for every later rate; all growth facts are yoy.",
        "Headline restates the body total: labelled once, with the body sentence as evidence.",
        "'ranking first in the province' is a stated rank within Fujian: labelled as rank 1 (the record cannot name the field).",
        "'accounting for 46.9% of the total foreign trade of Fujian Province' is a share of Xiamen's total trade.",
        "'864.3 hundred million yuan' for December alone is labelled as 8.643e10 CNY for 2024-12; 'highest monthly level in history' is a record, out.",
        "'7.1 percentage points higher than that of the first three quarters', 'up 1 percentage point', "
        "'driving the city's foreign trade up by 3.6 percentage points': percentage-point comparisons and contributions, out.",
        "'9,412' enterprises with actual import and export performance: count of foreign trade enterprises; '568 more than the previous year' is a derived difference, out.",
        "US and EU values and growth are distributed by the two 'respectively' lists; the EU rate is a decrease, negative.",
        "'Among them, exports of lithium batteries reached 18.52 billion yuan' is a sub-item of mechanical and electrical exports: product lithium batteries.",
        "Container throughput (12.25 million TEUs), 386 freight train trips, the years 2024/2025: not trade flows, out.",
        "Processing trade, bonded logistics, Belt and Road and RCEP are mentioned without figures: nothing to label.",
    ],
    "facts": [
        fact("Xiamen", "total", "value", 932.58e9, "CNY", YEAR_2024, "932.58 billion", EVIDENCE_TOTAL),
        fact("Xiamen", "total", "growth", 2.1, "percent", YEAR_2024, "2.1", EVIDENCE_TOTAL),
        fact("Xiamen", "total", "share", 46.9, "percent", YEAR_2024, "46.9", EVIDENCE_FUJIAN),
        fact("Xiamen", "total", "rank", 1, "number", YEAR_2024, "first", EVIDENCE_FUJIAN),
        fact("Xiamen", "exports", "value", 514.36e9, "CNY", YEAR_2024, "514.36 billion", EVIDENCE_EXPORTS),
        fact("Xiamen", "exports", "growth", 6.8, "percent", YEAR_2024, "6.8", EVIDENCE_EXPORTS),
        fact("Xiamen", "imports", "value", 418.22e9, "CNY", YEAR_2024, "418.22 billion", EVIDENCE_IMPORTS),
        fact("Xiamen", "imports", "growth", -3.1, "percent", YEAR_2024, "3.1", EVIDENCE_IMPORTS),
        fact("Xiamen", "balance", "value", 96.14e9, "CNY", YEAR_2024, "96.14 billion",
             "The trade surplus was 96.14 billion yuan"),
        fact("Xiamen", "total", "value", 251.7e9, "CNY", FOURTH_QUARTER, "251.7 billion", EVIDENCE_Q4),
        fact("Xiamen", "total", "growth", 7.4, "percent", FOURTH_QUARTER, "7.4", EVIDENCE_Q4),
        fact("Xiamen", "total", "value", 86.43e9, "CNY", DECEMBER, "864.3 hundred million",
             "In December alone, the import and export value reached 864.3 hundred million yuan"),
        fact("Xiamen", "total", "value", 654.21e9, "CNY", YEAR_2024, "654.21 billion", EVIDENCE_GENERAL,
             segment="general trade"),
        fact("Xiamen", "total", "growth", 3.5, "percent", YEAR_2024, "3.5", EVIDENCE_GENERAL, segment="general trade"),
        fact("Xiamen", "total", "share", 70.2, "percent", YEAR_2024, "70.2", EVIDENCE_GENERAL, segment="general trade"),
        fact("Xiamen", "total", "value", 401.33e9, "CNY", YEAR_2024, "401.33 billion", EVIDENCE_PRIVATE,
             segment="private enterprises"),
        fact("Xiamen", "total", "growth", 8.9, "percent", YEAR_2024, "8.9", EVIDENCE_PRIVATE,
             segment="private enterprises"),
        fact("Xiamen", "total", "share", 43, "percent", YEAR_2024, "43", EVIDENCE_PRIVATE,
             segment="private enterprises"),
        fact("Xiamen", "total", "count", 9412, "number", YEAR_2024, "9,412",
             "The number of enterprises with actual import and export performance in Xiamen reached 9,412",
             segment="foreign trade enterprises"),
        fact("Xiamen", "total", "value", 163.25e9, "CNY", YEAR_2024, "163.25 billion", EVIDENCE_ASEAN, partner="ASEAN"),
        fact("Xiamen", "total", "growth", 5.6, "percent", YEAR_2024, "5.6", EVIDENCE_ASEAN, partner="ASEAN"),
        fact("Xiamen", "total", "rank", 1, "number", YEAR_2024, "largest", EVIDENCE_ASEAN, partner="ASEAN"),
        fact("Xiamen", "total", "value", 98.74e9, "CNY", YEAR_2024, "98.74 billion", EVIDENCE_US_EU, partner=US),
        fact("Xiamen", "total", "value", 91.6e9, "CNY", YEAR_2024, "91.6 billion", EVIDENCE_US_EU, partner=EU),
        fact("Xiamen", "total", "growth", 3.2, "percent", YEAR_2024, "3.2", EVIDENCE_US_EU, partner=US),
        fact("Xiamen", "total", "growth", -2.5, "percent", YEAR_2024, "2.5", EVIDENCE_US_EU, partner=EU),
        fact("Xiamen", "exports", "value", 246.8e9, "CNY", YEAR_2024, "246.8 billion", EVIDENCE_MECH, product=MECH),
        fact("Xiamen", "exports", "growth", 9.6, "percent", YEAR_2024, "9.6", EVIDENCE_MECH, product=MECH),
        fact("Xiamen", "exports", "share", 48, "percent", YEAR_2024, "48", EVIDENCE_MECH, product=MECH),
        fact("Xiamen", "exports", "value", 18.52e9, "CNY", YEAR_2024, "18.52 billion",
             "Among them, exports of lithium batteries reached 18.52 billion yuan", product="lithium batteries"),
    ],
}
