from _fact import fact, period

NOV = period(2025, 11)
OCT = period(2025, 10)
JAN_NOV = period(2025, 1, 11)
DE = "Germany"
US = "United States"
CN = "China"
EU = "European Union"
NONEU = "non-EU countries"
UK = "United Kingdom"

EXP_MOM = "calendar and seasonally adjusted exports declined 2.1% on the month"
IMP_MOM = "Imports, for their part, rose 0.6% from October."
SURPLUS = "November's foreign trade surplus came in at 13.4 billion euros ($15.6 billion), down from 16.2 billion euros in October."
LEVELS = "Adjusted exports amounted to 128.7 billion euros and adjusted imports to 115.3 billion euros."
YOY = "Year on year, exports were 3.4% lower than in November 2024 and imports 1.8% higher"
US_MOM = "Sales to the United States, Germany's biggest export market, sank 7.9% on the month to 10.9 billion euros"
US_YOY = "Against November 2024, U.S.-bound exports were down 18.6%"
CN_MOM = "Exports to China dropped 4.2% from October to 6.6 billion euros, while imports from the world's second-largest economy increased 3.5% to 13.8 billion euros."
CN_BAL = "As a result Germany's deficit with the Asian country grew to 7.2 billion euros."
CN_YOY = "Sales to China were 10.1% lower on the year."
EU_RESP = "Month on month, exports to countries outside the bloc slid 3.2% to 57.2 billion euros, and exports to other European Union countries slid 1.2% to 71.5 billion euros."
UK_MOM = "Exports to the United Kingdom were weaker too, down 1.5% from October at 6.1 billion euros"
US_YTD = "Unadjusted data showed German exports to the United States dropping 9.6% in the first 11 months of the year from the same period of 2024, to 134.9 billion euros"
US_YTD_BAL = "Germany's surplus with Washington over the period fell to 47.8 billion euros"
CN_YTD = "Over January-November, China displaced the United States as Germany's largest trading partner, with two-way goods trade between the two countries reaching 230.2 billion euros."

ARTICLE = {
    "id": "dAL2_04_germany_exports_nov_2025",
    "title": 'Weaker US and Chinese demand drags German exports lower in November',
    "publisher": "Reuters",
    "published": "2026-01-09",
    "notes": [
        "Area Germany throughout (dateline BERLIN, 'German exports' in the lead). Published 2026-01-09; the story's month is November 2025 (no year in the text for it: 'in November', 'from October', 'in October' all count back from the publication date, so 2025).",
        "'the first 11 months of the year' and 'January-November' are 2025-01..2025-11 (the running year of the story, not the publication year); 'over the period' in the next sentence is the same span.",
        "Basis: 'on the month', 'from October' (in the China sentence it carries to the imports-from-China rate in the same sentence) -> mom. 'Year on year ... than in November 2024', 'Against November 2024', 'on the year', 'from the same period of 2024' -> yoy. The EU/non-EU sentence opens with 'Month on month' -> both rates mom.",
        "'13.4 billion euros ($15.6 billion)': one EUR fact and one USD fact; the bracketed conversion has no 'about', so qualifier exact (the guide's approx needs a worded approximation).",
        "'down from 16.2 billion euros in October' is a stated trade value for October 2025: labelled as its own fact with period 2025-10 (the comparison base is not November's period, but the number itself measures trade).",
        "'Germany's biggest export market' = rank 1, partner United States, flow exports, dated to the sentence's month (2025-11). 'Over January-November ... Germany's largest trading partner' = rank 1, partner China, flow total, 2025-01..2025-11.",
        "'the Asian country' = China; 'U.S.-bound exports' = exports to the United States; 'sales to China' = exports; 'surplus with Washington' = balance with the United States (capital for the country).",
        "'countries outside the bloc' written as partner 'non-EU countries'. 'other European Union countries' = partner European Union.",
        "'two-way goods trade between the two countries' = flow total, partner China.",
        "Out of scope, unlabelled: the Reuters poll forecast (0.3%); the 15% U.S. tariff; 'the lowest since 2021' (milestone/year); industrial output 0.8% (not trade); the 500 billion euro infrastructure fund; the exchange-rate line ($1 = 0.8590 euros); 'the world's second-largest economy' (an economy-size description, not a trade rank).",
        "No figure is given with 'about'; adjusted vs unadjusted: the monthly levels are adjusted, the year-to-date U.S. figures unadjusted; the record has no field for this, and no observation is stated in both forms.",
    ],
    "facts": [
        fact(DE, "exports", "growth", -2.1, "percent", NOV, "2.1", EXP_MOM, basis="mom"),
        fact(DE, "imports", "growth", 0.6, "percent", NOV, "0.6", IMP_MOM, basis="mom"),
        fact(DE, "balance", "value", 13.4e9, "EUR", NOV, "13.4 billion", SURPLUS),
        fact(DE, "balance", "value", 15.6e9, "USD", NOV, "15.6 billion", SURPLUS),
        fact(DE, "balance", "value", 16.2e9, "EUR", OCT, "16.2 billion", SURPLUS),
        fact(DE, "exports", "value", 128.7e9, "EUR", NOV, "128.7 billion", LEVELS),
        fact(DE, "imports", "value", 115.3e9, "EUR", NOV, "115.3 billion", LEVELS),
        fact(DE, "exports", "growth", -3.4, "percent", NOV, "3.4", YOY),
        fact(DE, "imports", "growth", 1.8, "percent", NOV, "1.8", YOY),
        fact(DE, "exports", "rank", 1, "number", NOV, "biggest", US_MOM, partner=US),
        fact(DE, "exports", "growth", -7.9, "percent", NOV, "7.9", US_MOM, partner=US, basis="mom"),
        fact(DE, "exports", "value", 10.9e9, "EUR", NOV, "10.9 billion", US_MOM, partner=US),
        fact(DE, "exports", "growth", -18.6, "percent", NOV, "18.6", US_YOY, partner=US),
        fact(DE, "exports", "growth", -4.2, "percent", NOV, "4.2", CN_MOM, partner=CN, basis="mom"),
        fact(DE, "exports", "value", 6.6e9, "EUR", NOV, "6.6 billion", CN_MOM, partner=CN),
        fact(DE, "imports", "growth", 3.5, "percent", NOV, "3.5", CN_MOM, partner=CN, basis="mom"),
        fact(DE, "imports", "value", 13.8e9, "EUR", NOV, "13.8 billion", CN_MOM, partner=CN),
        fact(DE, "balance", "value", -7.2e9, "EUR", NOV, "7.2 billion", CN_BAL, partner=CN),
        fact(DE, "exports", "growth", -10.1, "percent", NOV, "10.1", CN_YOY, partner=CN),
        fact(DE, "exports", "growth", -1.2, "percent", NOV, "1.2", EU_RESP, partner=EU, basis="mom"),
        fact(DE, "exports", "growth", -3.2, "percent", NOV, "3.2", EU_RESP, partner=NONEU, basis="mom"),
        fact(DE, "exports", "value", 71.5e9, "EUR", NOV, "71.5 billion", EU_RESP, partner=EU),
        fact(DE, "exports", "value", 57.2e9, "EUR", NOV, "57.2 billion", EU_RESP, partner=NONEU),
        fact(DE, "exports", "growth", -1.5, "percent", NOV, "1.5", UK_MOM, partner=UK, basis="mom"),
        fact(DE, "exports", "value", 6.1e9, "EUR", NOV, "6.1 billion", UK_MOM, partner=UK),
        fact(DE, "exports", "growth", -9.6, "percent", JAN_NOV, "9.6", US_YTD, partner=US),
        fact(DE, "exports", "value", 134.9e9, "EUR", JAN_NOV, "134.9 billion", US_YTD, partner=US),
        fact(DE, "balance", "value", 47.8e9, "EUR", JAN_NOV, "47.8 billion", US_YTD_BAL, partner=US),
        fact(DE, "total", "rank", 1, "number", JAN_NOV, "largest", CN_YTD, partner=CN),
        fact(DE, "total", "value", 230.2e9, "EUR", JAN_NOV, "230.2 billion", CN_YTD, partner=CN),
    ],
}
