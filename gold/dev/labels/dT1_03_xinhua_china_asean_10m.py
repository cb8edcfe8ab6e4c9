from _fact import fact, period

FIRST_TEN_MONTHS = period(2025, 1, 10)
OCTOBER = period(2025, 10)
LEAD = (
    "trade between China and the Association of Southeast Asian Nations (ASEAN) rose 9.1 percent year on year "
    "to 6.12 trillion yuan (about 858.3 billion U.S. dollars)"
)
STANDING = (
    "ASEAN remained China's largest trading partner during the period, accounting for 16.4 percent of the country's total foreign trade"
)
EXPORTS_TO_ASEAN = "China's exports to ASEAN grew 14.5 percent to 3.72 trillion yuan"
IMPORTS_FROM_ASEAN = "imports from the bloc edged up 1.6 percent to 2.40 trillion yuan"
OCTOBER_ALONE = "In October alone, bilateral trade expanded 6.5 percent from a year earlier"
LARGEST_MEMBERS = (
    "Vietnam, Malaysia and Indonesia were China's three largest trading partners, with bilateral trade reaching "
    "1.61 trillion yuan, 1.08 trillion yuan and 891.6 billion yuan, respectively, up 12.3 percent, 6.8 percent and 7.4 percent year on year"
)
OTHER_MEMBERS = (
    "Trade with Thailand and Singapore increased by 8.2 percent and 5.1 percent, respectively, "
    "while trade with the Philippines fell 3.4 percent"
)
MECHANICAL_ELECTRICAL = (
    "trade in mechanical and electrical products between the two sides reached 3.28 trillion yuan, up 11.2 percent, "
    "accounting for 53.6 percent of the total"
)
AGRICULTURE = (
    "China's imports and exports of agricultural products with ASEAN totaled 362.5 billion yuan, up 7.9 percent"
)
DURIANS = "China imported 1.38 million tonnes of fresh durians from ASEAN countries in the period"
GUANGXI = (
    "South China's Guangxi Zhuang Autonomous Region, a gateway to ASEAN, saw its trade with the bloc reach 318.6 billion yuan, up 15.8 percent, "
    "accounting for 50.2 percent of the region's total foreign trade"
)
MECH_ELEC = "mechanical and electrical products"
FARM = "agricultural products"

ARTICLE = {
    "id": "dT1_03_xinhua_china_asean_10m",
    "title": "China-ASEAN trade up 9.1 pct in first 10 months",
    "publisher": "Xinhua",
    "published": "2025-11-09",
    "notes": [
        "Dateline 'Nov. 9' and 'this year' without a year: the year 2025 comes from the published metadata; running period January-October 2025.",
        "The headline's 9.1 pct restates the lead: labelled once, with the lead as evidence.",
        "The dollar conversion 'about 858.3 billion U.S. dollars' is a separate USD fact, qualifier approx.",
        "'outpaced ... by 5.5 percentage points' is a derived comparison, out (China's overall growth itself is not stated).",
        "'ASEAN remained China's largest trading partner': stated rank 1, partner ASEAN.",
        "'In October alone, bilateral trade expanded 6.5 percent': period October 2025, partner ASEAN.",
        "'three largest trading partners' among ASEAN members (Vietnam, Malaysia, Indonesia): an implied order within the bloc, ranks not labelled.",
        "Respectively lists: per-country value and growth for Vietnam, Malaysia, Indonesia; growth for Thailand and Singapore; the Philippines' fall is negative.",
        "Mechanical and electrical products 'between the two sides': area China, partner ASEAN, flow total; its 53.6 percent share is of China-ASEAN trade.",
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
