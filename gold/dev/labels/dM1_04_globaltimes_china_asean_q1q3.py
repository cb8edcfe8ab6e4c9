from _fact import fact, period

FIRST_THREE_QUARTERS = period(2025, 1, 9)
SEPTEMBER = period(2025, 9)
ASEAN_HEADLINE = (
    "China's trade with the Association of Southeast Asian Nations (ASEAN) rose 9.4 percent year-on-year "
    "to 5.57 trillion yuan ($776.8 billion) over the first three quarters of this year"
)
ASEAN_RANK = "keeping ASEAN in place as China's largest trading partner"
ASEAN_SHARE = "Between January and September, the bloc's share of China's foreign trade was 16.6 percent"
CHINA_OVERALL = "China's imports and exports grew 4 percent to 33.61 trillion yuan"
EXPORTS_TO_ASEAN = "Chinese exports to the bloc increased 13.9 percent to 3.44 trillion yuan"
IMPORTS_FROM_ASEAN = "imports from its 10 member states inched up 2.9 percent to 2.13 trillion yuan"
SURPLUS = "giving China a 1.31 trillion yuan trade surplus with its Southeast Asian neighbors"
SEPTEMBER_TRADE = "China-ASEAN trade for September by itself rose 12.4 percent year-on-year to 668.3 billion yuan"
VIETNAM_RANK = "Vietnam was again China's largest trading partner inside ASEAN"
MEMBERS_GROWTH = (
    "Trade with Vietnam, Malaysia and Indonesia, China's top three partners in the grouping, increased by 11.5 "
    "percent, 6.2 percent and 8.7 percent, respectively"
)
MACHINERY = (
    "Outbound sales of these goods to ASEAN grew 15.2 percent to 1.86 trillion yuan, equal to 54.1 percent of all "
    "Chinese exports to the bloc"
)
VEHICLE_UNITS = "Over the nine months, 487,000 Chinese vehicles were exported to ASEAN markets"
VEHICLE_VALUE = "their export value surged 24.5 percent to 118.6 billion yuan"
INTERMEDIATE = "intermediate goods made up 64.2 percent of two-way trade over the nine months"
FARM_GOODS = "China's purchases of agricultural goods from ASEAN members increased 8.1 percent to 216.4 billion yuan"
DURIANS = "China brought in 1.21 million tonnes of fresh durians from the bloc, valued at 39.8 billion yuan"
CHIPS = "Integrated circuit imports from ASEAN, sourced largely from Malaysia and Vietnam, grew 9.8 percent"

ARTICLE = {
    "id": "dM1_04_globaltimes_china_asean_q1q3",
    "title": (
        "Machinery and car exports drive 9.4% rise in China-ASEAN trade over first three quarters; "
        "bloc remains China's biggest partner"
    ),
    "publisher": "Global Times",
    "published": "2025-10-13",
    "notes": [
        "The year appears only in `published` (2025-10-13, GAC release of Monday); 'the first three quarters of this "
        "year', 'the nine months' and 'January-September' give 2025-01/2025-09; 'for September by itself' gives "
        "2025-09.",
        "'5.57 trillion yuan ($776.8 billion)': a CNY fact and a USD fact; the conversion has no 'about', so exact.",
        "'keeping ASEAN in place as China's largest trading partner': rank 1, partner ASEAN.",
        "'expanded 5.4 percentage points faster than the overall figure': a percentage-point comparison, out.",
        "'its 10 member states' (a count of ASEAN members, not of trading partners), 'the strongest monthly growth "
        "of the year to date' and 'the top spot among China's trading partners for five years running' (streak): "
        "out.",
        "'Vietnam was again China's largest trading partner inside ASEAN': a rank within a restricted field, labelled "
        "as rank 1 with partner Vietnam (the record cannot name the field). 'China's top three partners in the "
        "grouping' is a grouped, implied rank: not labelled.",
        "Vietnam, Malaysia and Indonesia growth: a 'respectively' list sharing the verb 'increased by'; flow total.",
        "'Outbound sales of these goods' refers back to mechanical and electrical products; the share (54.1) is of China's "
        "exports to ASEAN, labelled as a share with partner ASEAN and that product.",
        "Automobiles: 487,000 vehicles is a quantity (unit number); value and growth labelled with product "
        "'automobiles'.",
        "'intermediate goods made up 64.2 percent of two-way trade': share, flow total, partner ASEAN.",
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
