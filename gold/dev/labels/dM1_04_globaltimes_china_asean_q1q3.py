from _fact import fact, period

FIRST_THREE_QUARTERS = period(2025, 1, 9)
SEPTEMBER = period(2025, 9)
ASEAN_HEADLINE = (
    "Trade between China and the Association of Southeast Asian Nations (ASEAN) grew 9.4 percent year-on-year "
    "to 5.57 trillion yuan ($776.8 billion) in the first three quarters of this year"
)
ASEAN_RANK = "with ASEAN remaining China's largest trading partner"
ASEAN_SHARE = "Trade with the bloc accounted for 16.6 percent of China's total foreign trade in the January-September period"
CHINA_OVERALL = "China's overall imports and exports rose 4 percent to 33.61 trillion yuan"
EXPORTS_TO_ASEAN = "China's exports to ASEAN rose 13.9 percent to 3.44 trillion yuan"
IMPORTS_FROM_ASEAN = "imports from the 10 member states edged up 2.9 percent to 2.13 trillion yuan"
SURPLUS = "leaving China with a trade surplus of 1.31 trillion yuan with its neighbors"
SEPTEMBER_TRADE = "In September alone, China-ASEAN trade reached 668.3 billion yuan, up 12.4 percent year-on-year"
VIETNAM_RANK = "Vietnam remained China's largest trading partner within ASEAN"
MEMBERS_GROWTH = (
    "China's trade with Vietnam, Malaysia and Indonesia, its three biggest partners in the bloc, rose 11.5 percent, "
    "6.2 percent and 8.7 percent, respectively"
)
MACHINERY = (
    "Exports of such goods to ASEAN reached 1.86 trillion yuan, up 15.2 percent, accounting for 54.1 percent of "
    "China's exports to the bloc"
)
VEHICLE_UNITS = "China shipped 487,000 vehicles to ASEAN markets in the first nine months"
VEHICLE_VALUE = "the export value jumping 24.5 percent to 118.6 billion yuan"
INTERMEDIATE = "Intermediate goods accounted for 64.2 percent of bilateral trade in the period"
FARM_GOODS = "China bought 216.4 billion yuan worth of agricultural products from ASEAN countries, up 8.1 percent"
DURIANS = "Imports of fresh durians from ASEAN countries reached 1.21 million tonnes, worth 39.8 billion yuan"
CHIPS = "Imports of integrated circuits from the bloc, mainly from Malaysia and Vietnam, rose 9.8 percent"

ARTICLE = {
    "id": "dM1_04_globaltimes_china_asean_q1q3",
    "title": (
        "China-ASEAN trade climbs 9.4% in first three quarters as machinery, auto shipments surge; "
        "bloc stays China's top trading partner"
    ),
    "publisher": "Global Times",
    "published": "2025-10-13",
    "notes": [
        "The year appears only in `published` (2025-10-13, GAC release of Monday); 'the first three quarters of this "
        "year' and 'the first nine months' give 2025-01/2025-09; 'In September alone' gives 2025-09.",
        "'5.57 trillion yuan ($776.8 billion)': a CNY fact and a USD fact; the conversion has no 'about', so exact.",
        "'with ASEAN remaining China's largest trading partner': rank 1, partner ASEAN.",
        "'outpaced the national figure by 5.4 percentage points': a percentage-point comparison, out.",
        "'the 10 member states' (a count of ASEAN members, not of trading partners), 'fastest monthly pace so far "
        "this year' and 'largest trading partner for five consecutive years' (streak): out.",
        "'Vietnam remained China's largest trading partner within ASEAN': a rank within a restricted field, labelled "
        "as rank 1 with partner Vietnam (the record cannot name the field). 'its three biggest partners in the "
        "bloc' is a grouped, implied rank: not labelled.",
        "Vietnam, Malaysia and Indonesia growth: a 'respectively' list sharing the verb 'rose'; flow total.",
        "'Exports of such goods' refers back to mechanical and electrical products; the share (54.1) is of China's "
        "exports to ASEAN, labelled as a share with partner ASEAN and that product.",
        "Automobiles: 487,000 vehicles is a quantity (unit number); value and growth labelled with product "
        "'automobiles'.",
        "'Intermediate goods accounted for 64.2 percent of bilateral trade': share, flow total, partner ASEAN.",
        "Durians: quantity in tonnes and value in CNY, imports, partner ASEAN, product 'fresh durians'.",
        "China-Laos Railway freight (3.5 million tonnes), 500 ports, the 7.5 trillion yuan full-year expectation "
        "(an expert's forecast), RCEP's 90 percent tariff coverage and the years 2022: out of scope.",
        "Figures checked for consistency: 3.44 + 2.13 = 5.57; 3.44 - 2.13 = 1.31; 1.86 / 3.44 = 54.1 percent; "
        "5.57 / 33.61 = 16.6 percent; $776.8 billion at about 7.17 yuan per dollar.",
    ],
    "facts": [
        fact("China", "total", "value", 5.57e12, "CNY", FIRST_THREE_QUARTERS, "5.57 trillion", ASEAN_HEADLINE,
             partner="ASEAN"),
        fact("China", "total", "value", 776.8e9, "USD", FIRST_THREE_QUARTERS, "776.8 billion", ASEAN_HEADLINE,
             partner="ASEAN"),
        fact("China", "total", "growth", 9.4, "percent", FIRST_THREE_QUARTERS, "9.4", ASEAN_HEADLINE,
             partner="ASEAN"),
        fact("China", "total", "rank", 1, "number", FIRST_THREE_QUARTERS, "largest", ASEAN_RANK, partner="ASEAN"),
        fact("China", "total", "share", 16.6, "percent", FIRST_THREE_QUARTERS, "16.6", ASEAN_SHARE, partner="ASEAN"),
        fact("China", "total", "growth", 4, "percent", FIRST_THREE_QUARTERS, "4", CHINA_OVERALL),
        fact("China", "total", "value", 33.61e12, "CNY", FIRST_THREE_QUARTERS, "33.61 trillion", CHINA_OVERALL),
        fact("China", "exports", "growth", 13.9, "percent", FIRST_THREE_QUARTERS, "13.9", EXPORTS_TO_ASEAN,
             partner="ASEAN"),
        fact("China", "exports", "value", 3.44e12, "CNY", FIRST_THREE_QUARTERS, "3.44 trillion", EXPORTS_TO_ASEAN,
             partner="ASEAN"),
        fact("China", "imports", "growth", 2.9, "percent", FIRST_THREE_QUARTERS, "2.9", IMPORTS_FROM_ASEAN,
             partner="ASEAN"),
        fact("China", "imports", "value", 2.13e12, "CNY", FIRST_THREE_QUARTERS, "2.13 trillion", IMPORTS_FROM_ASEAN,
             partner="ASEAN"),
        fact("China", "balance", "value", 1.31e12, "CNY", FIRST_THREE_QUARTERS, "1.31 trillion", SURPLUS,
             partner="ASEAN"),
        fact("China", "total", "value", 668.3e9, "CNY", SEPTEMBER, "668.3 billion", SEPTEMBER_TRADE, partner="ASEAN"),
        fact("China", "total", "growth", 12.4, "percent", SEPTEMBER, "12.4", SEPTEMBER_TRADE, partner="ASEAN"),
        fact("China", "total", "rank", 1, "number", FIRST_THREE_QUARTERS, "largest", VIETNAM_RANK, partner="Vietnam"),
        fact("China", "total", "growth", 11.5, "percent", FIRST_THREE_QUARTERS, "11.5", MEMBERS_GROWTH,
             partner="Vietnam"),
        fact("China", "total", "growth", 6.2, "percent", FIRST_THREE_QUARTERS, "6.2", MEMBERS_GROWTH,
             partner="Malaysia"),
        fact("China", "total", "growth", 8.7, "percent", FIRST_THREE_QUARTERS, "8.7", MEMBERS_GROWTH,
             partner="Indonesia"),
        fact("China", "exports", "value", 1.86e12, "CNY", FIRST_THREE_QUARTERS, "1.86 trillion", MACHINERY,
             partner="ASEAN", product="mechanical and electrical products"),
        fact("China", "exports", "growth", 15.2, "percent", FIRST_THREE_QUARTERS, "15.2", MACHINERY,
             partner="ASEAN", product="mechanical and electrical products"),
        fact("China", "exports", "share", 54.1, "percent", FIRST_THREE_QUARTERS, "54.1", MACHINERY,
             partner="ASEAN", product="mechanical and electrical products"),
        fact("China", "exports", "quantity", 487000, "number", FIRST_THREE_QUARTERS, "487,000", VEHICLE_UNITS,
             partner="ASEAN", product="automobiles"),
        fact("China", "exports", "growth", 24.5, "percent", FIRST_THREE_QUARTERS, "24.5", VEHICLE_VALUE,
             partner="ASEAN", product="automobiles"),
        fact("China", "exports", "value", 118.6e9, "CNY", FIRST_THREE_QUARTERS, "118.6 billion", VEHICLE_VALUE,
             partner="ASEAN", product="automobiles"),
        fact("China", "total", "share", 64.2, "percent", FIRST_THREE_QUARTERS, "64.2", INTERMEDIATE,
             partner="ASEAN", product="intermediate goods"),
        fact("China", "imports", "value", 216.4e9, "CNY", FIRST_THREE_QUARTERS, "216.4 billion", FARM_GOODS,
             partner="ASEAN", product="agricultural products"),
        fact("China", "imports", "growth", 8.1, "percent", FIRST_THREE_QUARTERS, "8.1", FARM_GOODS,
             partner="ASEAN", product="agricultural products"),
        fact("China", "imports", "quantity", 1.21e6, "tonnes", FIRST_THREE_QUARTERS, "1.21 million", DURIANS,
             partner="ASEAN", product="fresh durians"),
        fact("China", "imports", "value", 39.8e9, "CNY", FIRST_THREE_QUARTERS, "39.8 billion", DURIANS,
             partner="ASEAN", product="fresh durians"),
        fact("China", "imports", "growth", 9.8, "percent", FIRST_THREE_QUARTERS, "9.8", CHIPS,
             partner="ASEAN", product="integrated circuits"),
    ],
}
