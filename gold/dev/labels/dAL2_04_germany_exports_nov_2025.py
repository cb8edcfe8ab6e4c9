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

EXP_MOM = "Exports declined 2.1% on the month in calendar and seasonally adjusted terms"
IMP_MOM = "Imports, meanwhile, edged up 0.6% from October."
SURPLUS = "That squeezed the foreign trade surplus to 13.4 billion euros ($15.6 billion) in November from 16.2 billion euros a month earlier."
LEVELS = "After adjustment, Germany exported goods worth 128.7 billion euros and brought in goods worth 115.3 billion euros."
YOY = "Compared with November 2024, exports were down 3.4%, while imports were 1.8% higher"
US_MOM = "Exports to the United States, Germany's biggest export market, slumped 7.9% on the month to 10.9 billion euros"
US_YOY = "Shipments across the Atlantic were 18.6% lower than a year earlier"
CN_MOM = "Compared with October, exports to China fell 4.2% to 6.6 billion euros, while imports from the world's second-largest economy climbed 3.5% to 13.8 billion euros."
CN_BAL = "That widened Germany's deficit with the Asian country to 7.2 billion euros."
CN_YOY = "On the year, sales to China were down 10.1%."
EU_RESP = "Exports to other European Union countries and to countries outside the bloc fell 1.2% and 3.2% on the month, respectively, to 71.5 billion euros and 57.2 billion euros."
UK_MOM = "exports to the United Kingdom dropping 1.5% from October to 6.1 billion euros"
US_YTD = "In the first 11 months of the year, German exports to the United States fell 9.6% from the same period of 2024 to 134.9 billion euros"
US_YTD_BAL = "Germany's surplus with Washington shrank to 47.8 billion euros over the period"
CN_YTD = "China meanwhile overtook the United States as Germany's largest trading partner in January-November, with two-way goods trade between the two countries totalling 230.2 billion euros."

ARTICLE = {
    "id": "dAL2_04_germany_exports_nov_2025",
    "title": "German exports fall unexpectedly in November as U.S. and China demand weakens",
    "publisher": "Reuters",
    "published": "2026-01-09",
    "notes": [
        "Area Germany throughout (dateline BERLIN, 'German exports' in the lead). Published 2026-01-09; the story's month is November 2025 (no year in the text for it: 'in November', 'from October', 'a month earlier' all count back from the publication date, so 2025).",
        "'the first 11 months of the year' and 'January-November' are 2025-01..2025-11 (the running year of the story, not the publication year); 'over the period' in the next sentence is the same span.",
        "Basis: 'on the month', 'from October', 'Compared with October,' (paragraph opening, carries to the imports-from-China rate in the same sentence) -> mom. 'Compared with November 2024', 'lower than a year earlier', 'On the year', 'from the same period of 2024' -> yoy. The EU/non-EU 'respectively' sentence has 'on the month' -> both rates mom.",
        "'13.4 billion euros ($15.6 billion)': one EUR fact and one USD fact; the bracketed conversion has no 'about', so qualifier exact (the guide's approx needs a worded approximation).",
        "'from 16.2 billion euros a month earlier' is a stated trade value for October 2025: labelled as its own fact with period 2025-10 (the comparison base is not November's period, but the number itself measures trade).",
        "'Germany's biggest export market' = rank 1, partner United States, flow exports, dated to the sentence's month (2025-11). 'largest trading partner in January-November' = rank 1, partner China, flow total, 2025-01..2025-11.",
        "'the Asian country' = China; 'Shipments across the Atlantic' = exports to the United States; 'sales to China' = exports; 'surplus with Washington' = balance with the United States (capital for the country).",
        "'countries outside the bloc' written as partner 'non-EU countries'. 'other European Union countries' = partner European Union.",
        "'two-way goods trade between the two countries' = flow total, partner China.",
        "Out of scope, unlabelled: the Reuters poll forecast (0.3%); the 15% U.S. tariff; 'its smallest since 2021' (milestone/year); industrial production 0.8% (not trade); the 500 billion euro infrastructure fund; the exchange-rate line ($1 = 0.8590 euros); 'the world's second-largest economy' (an economy-size description, not a trade rank).",
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
