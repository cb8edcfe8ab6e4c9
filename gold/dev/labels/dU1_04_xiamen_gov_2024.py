from _fact import fact, period

YEAR_2024 = period(2024, 1, 12)
FOURTH_QUARTER = period(2024, 10, 12)
DECEMBER = period(2024, 12)

EVIDENCE_TOTAL = (
    "Xiamen's goods imports and exports in 2024 totalled 932.58 billion yuan, "
    "2.1% more than a year earlier (the same below)"
)
EVIDENCE_FUJIAN = "making up 46.9% of Fujian Province's total foreign trade and putting the city first in the province"
EVIDENCE_EXPORTS = "Exports rose 6.8% to 514.36 billion yuan, a record high"
EVIDENCE_IMPORTS = "imports dropped 3.1% to 418.22 billion yuan"
EVIDENCE_Q4 = "Fourth-quarter imports and exports rose 7.4% to 251.7 billion yuan"
EVIDENCE_GENERAL = (
    "Under the general trade mode, imports and exports amounted to 654.21 billion yuan in 2024, "
    "growing 3.5% and making up 70.2% of the city's total"
)
EVIDENCE_PRIVATE = (
    "Imports and exports by private enterprises grew 8.9% to 401.33 billion yuan, "
    "equal to 43% of all the city's trade"
)
EVIDENCE_ASEAN = (
    "ASEAN kept its position as Xiamen's largest trading partner, with two-way trade rising 5.6% "
    "to 163.25 billion yuan"
)
EVIDENCE_US_EU = (
    "Trade with the United States and the European Union amounted to 98.74 billion yuan and "
    "91.6 billion yuan respectively, rising 3.2% and falling 2.5% respectively"
)
EVIDENCE_MECH = (
    "Exports of mechanical and electrical products rose 9.6% to 246.8 billion yuan, "
    "representing 48% of all exports from the city"
)
MECH = "mechanical and electrical products"
US = "United States"
EU = "European Union"

ARTICLE = {
    "id": "dU1_04_xiamen_gov_2024",
    "title": "Xiamen Posts 932.58 Billion Yuan in Foreign Trade for 2024",
    "publisher": "Xiamen Municipal People's Government",
    "published": "2025-01-24",
    "notes": [
        "City government release in translated prose; the running period is the year 2024, stated in the text.",
        "'(the same below)' sets year-on-year growth for every later rate; all growth facts are yoy.",
        "Headline restates the body total: labelled once, with the body sentence as evidence.",
        "'putting the city first in the province' is a stated rank within Fujian: labelled as rank 1 (the record cannot name the field).",
        "'making up 46.9% of Fujian Province's total foreign trade' is a share of Xiamen's total trade.",
        "'864.3 hundred million yuan' for December by itself is labelled as 8.643e10 CNY for 2024-12; 'the city's highest ever for a single month' is a record, out.",
        "'outpacing the growth of the first three quarters by 7.1 percentage points', '1 percentage point larger than a year before', "
        "'contributed 3.6 percentage points to the growth of Xiamen's overall foreign trade': percentage-point comparisons and contributions, out.",
        "'9,412' companies that actually conducted imports or exports: count of foreign trade enterprises; 'up by 568 year on year' is a derived difference, out.",
        "US and EU values and growth are distributed by the two 'respectively' lists; the EU rate is a decrease, negative.",
        "'Within that category, lithium battery exports came to 18.52 billion yuan' is a sub-item of mechanical and electrical exports: product lithium batteries.",
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
             "The city's trade surplus came to 96.14 billion yuan"),
        fact("Xiamen", "total", "value", 251.7e9, "CNY", FOURTH_QUARTER, "251.7 billion", EVIDENCE_Q4),
        fact("Xiamen", "total", "growth", 7.4, "percent", FOURTH_QUARTER, "7.4", EVIDENCE_Q4),
        fact("Xiamen", "total", "value", 86.43e9, "CNY", DECEMBER, "864.3 hundred million",
             "December by itself saw trade of 864.3 hundred million yuan"),
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
             "Companies in Xiamen that actually conducted imports or exports numbered 9,412",
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
             "Within that category, lithium battery exports came to 18.52 billion yuan", product="lithium batteries"),
    ],
}
