from _fact import fact, period

FIRST_TEN_MONTHS = period(2025, 1, 10)
OCTOBER = period(2025, 10)
LEAD = (
    "China's trade with the Association of Southeast Asian Nations (ASEAN) reached 6.12 trillion yuan "
    "(about 858.3 billion U.S. dollars) in January-October this year, a year-on-year rise of 9.1 percent"
)
STANDING = (
    "The bloc kept its place as China's largest trading partner over the ten months, with a 16.4 percent share of all "
    "Chinese foreign trade"
)
EXPORTS_TO_ASEAN = "Chinese shipments to ASEAN rose 14.5 percent to 3.72 trillion yuan"
IMPORTS_FROM_ASEAN = "purchases from the group inched up by 1.6 percent to 2.40 trillion yuan"
OCTOBER_ALONE = "Two-way trade in October by itself increased 6.5 percent over the same month last year"
LARGEST_MEMBERS = (
    "Vietnam, Malaysia and Indonesia, with two-way trade of 1.61 trillion yuan, 1.08 trillion yuan and 891.6 billion yuan, "
    "respectively, representing year-on-year increases of 12.3 percent, 6.8 percent and 7.4 percent"
)
OTHER_MEMBERS = (
    "China's trade with Thailand and Singapore grew 8.2 percent and 5.1 percent, respectively, "
    "whereas that with the Philippines declined 3.4 percent"
)
MECHANICAL_ELECTRICAL = (
    "two-way trade in mechanical and electrical products climbed 11.2 percent in January-October to 3.28 trillion yuan, "
    "or 53.6 percent of all China-ASEAN trade"
)
AGRICULTURE = (
    "China's two-way trade in agricultural products with ASEAN rising 7.9 percent to 362.5 billion yuan"
)
DURIANS = "China brought in 1.38 million tonnes of fresh durians from ASEAN countries"
GUANGXI = (
    "the Guangxi Zhuang Autonomous Region, which serves as a gateway to ASEAN, traded 318.6 billion yuan of goods with the bloc, "
    "15.8 percent more than a year before, equal to 50.2 percent of all the region's foreign trade"
)
MECH_ELEC = "mechanical and electrical products"
FARM = "agricultural products"

ARTICLE = {
    "id": "dT1_03_xinhua_china_asean_10m",
    "title": "China's trade with ASEAN grows 9.1 pct in January-October",
    "publisher": "Xinhua",
    "published": "2025-11-09",
    "notes": [
        "Dateline 'Nov. 9' and 'this year' without a year: the year 2025 comes from the published metadata; running period January-October 2025.",
        "The headline's 9.1 pct restates the lead: labelled once, with the lead as evidence.",
        "The dollar conversion 'about 858.3 billion U.S. dollars' is a separate USD fact, qualifier approx.",
        "'5.5 percentage points faster than that of the country's foreign trade as a whole' is a derived comparison, out (China's overall growth itself is not stated).",
        "'The bloc kept its place as China's largest trading partner': stated rank 1, partner ASEAN.",
        "'Two-way trade in October by itself increased 6.5 percent': period October 2025, partner ASEAN.",
        "'top three trading partners inside the bloc' (Vietnam, Malaysia, Indonesia): an implied order within the bloc, ranks not labelled.",
        "Respectively lists: per-country value and growth for Vietnam, Malaysia, Indonesia; growth for Thailand and Singapore; the Philippines' fall is negative.",
        "Mechanical and electrical products, 'two-way trade': area China, partner ASEAN, flow total; its 53.6 percent share is of China-ASEAN trade.",
        "Durians: 1.38 million tonnes of fresh durians imported from ASEAN countries, a quantity with product 'fresh durians'.",
        "Guangxi's trade with ASEAN: area Guangxi, partner ASEAN; share of the region's foreign trade 50.2 percent.",
        "Out of scope: China-Laos Railway '5 million tonnes' of cross-border goods (freight carried, not a trade flow of an area), "
        "'1 million' TEUs on the land-sea corridor, '3.0' upgrade protocol, '2 billion people'.",
    ],
    "facts": [
        fact("China", "total", "value", 6.12e12, "CNY", FIRST_TEN_MONTHS, "6.12 trillion", LEAD, partner="ASEAN"),
        fact("China", "total", "growth", 9.1, "percent", FIRST_TEN_MONTHS, "9.1", LEAD, partner="ASEAN"),
        fact("China", "total", "value", 858.3e9, "USD", FIRST_TEN_MONTHS, "858.3 billion", LEAD, partner="ASEAN",
             qualifier="approx"),
        fact("China", "total", "rank", 1, "number", FIRST_TEN_MONTHS, "largest", STANDING, partner="ASEAN"),
        fact("China", "total", "share", 16.4, "percent", FIRST_TEN_MONTHS, "16.4", STANDING, partner="ASEAN"),
        fact("China", "exports", "growth", 14.5, "percent", FIRST_TEN_MONTHS, "14.5", EXPORTS_TO_ASEAN, partner="ASEAN"),
        fact("China", "exports", "value", 3.72e12, "CNY", FIRST_TEN_MONTHS, "3.72 trillion", EXPORTS_TO_ASEAN, partner="ASEAN"),
        fact("China", "imports", "growth", 1.6, "percent", FIRST_TEN_MONTHS, "1.6", IMPORTS_FROM_ASEAN, partner="ASEAN"),
        fact("China", "imports", "value", 2.40e12, "CNY", FIRST_TEN_MONTHS, "2.40 trillion", IMPORTS_FROM_ASEAN,
             partner="ASEAN"),
        fact("China", "total", "growth", 6.5, "percent", OCTOBER, "6.5", OCTOBER_ALONE, partner="ASEAN"),
        fact("China", "total", "value", 1.61e12, "CNY", FIRST_TEN_MONTHS, "1.61 trillion", LARGEST_MEMBERS, partner="Vietnam"),
        fact("China", "total", "value", 1.08e12, "CNY", FIRST_TEN_MONTHS, "1.08 trillion", LARGEST_MEMBERS, partner="Malaysia"),
        fact("China", "total", "value", 891.6e9, "CNY", FIRST_TEN_MONTHS, "891.6 billion", LARGEST_MEMBERS,
             partner="Indonesia"),
        fact("China", "total", "growth", 12.3, "percent", FIRST_TEN_MONTHS, "12.3", LARGEST_MEMBERS, partner="Vietnam"),
        fact("China", "total", "growth", 6.8, "percent", FIRST_TEN_MONTHS, "6.8", LARGEST_MEMBERS, partner="Malaysia"),
        fact("China", "total", "growth", 7.4, "percent", FIRST_TEN_MONTHS, "7.4", LARGEST_MEMBERS, partner="Indonesia"),
        fact("China", "total", "growth", 8.2, "percent", FIRST_TEN_MONTHS, "8.2", OTHER_MEMBERS, partner="Thailand"),
        fact("China", "total", "growth", 5.1, "percent", FIRST_TEN_MONTHS, "5.1", OTHER_MEMBERS, partner="Singapore"),
        fact("China", "total", "growth", -3.4, "percent", FIRST_TEN_MONTHS, "3.4", OTHER_MEMBERS, partner="Philippines"),
        fact("China", "total", "value", 3.28e12, "CNY", FIRST_TEN_MONTHS, "3.28 trillion", MECHANICAL_ELECTRICAL,
             partner="ASEAN", product=MECH_ELEC),
        fact("China", "total", "growth", 11.2, "percent", FIRST_TEN_MONTHS, "11.2", MECHANICAL_ELECTRICAL,
             partner="ASEAN", product=MECH_ELEC),
        fact("China", "total", "share", 53.6, "percent", FIRST_TEN_MONTHS, "53.6", MECHANICAL_ELECTRICAL,
             partner="ASEAN", product=MECH_ELEC),
        fact("China", "total", "value", 362.5e9, "CNY", FIRST_TEN_MONTHS, "362.5 billion", AGRICULTURE, partner="ASEAN",
             product=FARM),
        fact("China", "total", "growth", 7.9, "percent", FIRST_TEN_MONTHS, "7.9", AGRICULTURE, partner="ASEAN", product=FARM),
        fact("China", "imports", "quantity", 1.38e6, "tonnes", FIRST_TEN_MONTHS, "1.38 million", DURIANS, partner="ASEAN",
             product="fresh durians"),
        fact("Guangxi", "total", "value", 318.6e9, "CNY", FIRST_TEN_MONTHS, "318.6 billion", GUANGXI, partner="ASEAN"),
        fact("Guangxi", "total", "growth", 15.8, "percent", FIRST_TEN_MONTHS, "15.8", GUANGXI, partner="ASEAN"),
        fact("Guangxi", "total", "share", 50.2, "percent", FIRST_TEN_MONTHS, "50.2", GUANGXI, partner="ASEAN"),
    ],
}
