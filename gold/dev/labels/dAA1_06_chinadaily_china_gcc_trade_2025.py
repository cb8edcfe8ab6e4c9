from _fact import fact, period

Y2025 = period(2025, 1, 12)
Y2024 = period(2024, 1, 12)
GCC = "Gulf Cooperation Council"

LEAD = "trade between China and the GCC fell 4.3 percent year-on-year to $286.4 billion (about 2.06 trillion yuan) in 2025"
SHARE = "represented 4.5 percent of China's overall foreign trade"
EXP = "Chinese exports to the Gulf states increased 9.7 percent to $143.7 billion"
IMP = "imports from them fell 15.3 percent to $142.7 billion"
BAL = "That gave China a modest surplus of about $1 billion in its trade with the bloc, compared with the previous year's deficit of $37.4 billion"
UAE_RANK = "Overtaking Saudi Arabia, the UAE became the largest Gulf trading partner of China."
UAE = "Trade with the UAE, which serves as a hub for re-exporting Chinese goods to Africa and the broader Middle East, rose 2.8 percent to $104.6 billion."
SAU = "Saudi Arabia slipped to second, with trade dropping 5.9 percent to $101.2 billion."
SAU_EXP = "Chinese exports to the kingdom rose 12.7 percent to $56.8 billion"
SAU_IMP = "imports, mostly crude oil, plunged 22.2 percent"
OQ = "Oman and Qatar saw their trade with China decline 12.4 percent and 11 percent, respectively, to $32.4 billion and $25.2 billion"
CRUDE = "China's crude oil imports from the region fell 17.8 percent to $98.3 billion, representing 68.9 percent of everything China bought from the bloc."
LNG = "China also imported 15.9 million tonnes of liquefied natural gas from Qatar"
CARS = "Exports of Chinese cars to the GCC soared 31.5 percent to $15.2 billion"

ARTICLE = {
    "id": "dAA1_06_chinadaily_china_gcc_trade_2025",
    "title": "Cheaper oil pulls China-Gulf trade lower in 2025 while exports reach record",
    "publisher": "China Daily",
    "published": "2026-01-27",
    "notes": [
        "Period: 'last year' and 'in 2025' (published 2026-01-27) -> 2025-01..2025-12; 'the previous year' -> 2024.",
        "Partner: 'the GCC', 'the bloc', 'the Gulf states', 'the region' -> Gulf Cooperation Council (the text defines the bloc as its six members). 'the kingdom' = Saudi Arabia.",
        "'$286.4 billion (about 2.06 trillion yuan)': the USD figure is the reported one (exact); the yuan figure is a conversion, separate CNY fact, approx.",
        "'a modest surplus of about $1 billion' -> balance +1e9, approx, 2025; 'compared with the previous year's deficit of $37.4 billion' -> balance -37.4e9, period 2024 (its own observation).",
        "'the largest Gulf trading partner of China' -> rank 1 for the UAE, a rank within a restricted field (the record cannot name the field); 'Saudi Arabia slipped to second' -> rank 2. 'Trade with the UAE ... rose 2.8 percent to $104.6 billion' -> partner United Arab Emirates.",
        "Saudi imports: 'imports, mostly crude oil, plunged 22.2 percent' are all imports from Saudi Arabia (product null); crude oil is a description, not a restriction.",
        "Crude oil: value, growth and share of China's imports from the GCC, product 'crude oil'; 68.9 is the share of crude in China's imports from the bloc.",
        "LNG: 15.9 million tonnes -> quantity, imports, partner Qatar, product 'liquefied natural gas'.",
        "Cars: 'Exports of Chinese cars to the GCC' -> product 'cars', exports, partner GCC.",
        "'the six-member Gulf Cooperation Council' is the size of the bloc, not a count of trading partners: unlabelled.",
        "Out of scope, unlabelled: 'an all-time high' for exports (milestone, no number); the FTA talks that China and the GCC 'began negotiating' in 2004 (a year); Asia House's '$375 billion by 2028' (forecast); the analyst's remarks (no figures).",
    ],
    "facts": [
        fact("China", "total", "value", 286.4e9, "USD", Y2025, "286.4 billion", LEAD, partner=GCC),
        fact("China", "total", "value", 2.06e12, "CNY", Y2025, "2.06 trillion", LEAD, partner=GCC, qualifier="approx"),
        fact("China", "total", "growth", -4.3, "percent", Y2025, "4.3", LEAD, partner=GCC),
        fact("China", "total", "share", 4.5, "percent", Y2025, "4.5", SHARE, partner=GCC),
        fact("China", "exports", "growth", 9.7, "percent", Y2025, "9.7", EXP, partner=GCC),
        fact("China", "exports", "value", 143.7e9, "USD", Y2025, "143.7 billion", EXP, partner=GCC),
        fact("China", "imports", "growth", -15.3, "percent", Y2025, "15.3", IMP, partner=GCC),
        fact("China", "imports", "value", 142.7e9, "USD", Y2025, "142.7 billion", IMP, partner=GCC),
        fact("China", "balance", "value", 1e9, "USD", Y2025, "1 billion", BAL, partner=GCC, qualifier="approx"),
        fact("China", "balance", "value", -37.4e9, "USD", Y2024, "37.4 billion", BAL, partner=GCC),
        fact("China", "total", "rank", 1, "number", Y2025, "largest", UAE_RANK, partner="United Arab Emirates"),
        fact("China", "total", "growth", 2.8, "percent", Y2025, "2.8", UAE, partner="United Arab Emirates"),
        fact("China", "total", "value", 104.6e9, "USD", Y2025, "104.6 billion", UAE, partner="United Arab Emirates"),
        fact("China", "total", "rank", 2, "number", Y2025, "second", SAU, partner="Saudi Arabia"),
        fact("China", "total", "growth", -5.9, "percent", Y2025, "5.9", SAU, partner="Saudi Arabia"),
        fact("China", "total", "value", 101.2e9, "USD", Y2025, "101.2 billion", SAU, partner="Saudi Arabia"),
        fact("China", "exports", "growth", 12.7, "percent", Y2025, "12.7", SAU_EXP, partner="Saudi Arabia"),
        fact("China", "exports", "value", 56.8e9, "USD", Y2025, "56.8 billion", SAU_EXP, partner="Saudi Arabia"),
        fact("China", "imports", "growth", -22.2, "percent", Y2025, "22.2", SAU_IMP, partner="Saudi Arabia"),
        fact("China", "total", "growth", -12.4, "percent", Y2025, "12.4", OQ, partner="Oman"),
        fact("China", "total", "growth", -11, "percent", Y2025, "11", OQ, partner="Qatar"),
        fact("China", "total", "value", 32.4e9, "USD", Y2025, "32.4 billion", OQ, partner="Oman"),
        fact("China", "total", "value", 25.2e9, "USD", Y2025, "25.2 billion", OQ, partner="Qatar"),
        fact("China", "imports", "value", 98.3e9, "USD", Y2025, "98.3 billion", CRUDE, partner=GCC, product="crude oil"),
        fact("China", "imports", "growth", -17.8, "percent", Y2025, "17.8", CRUDE, partner=GCC, product="crude oil"),
        fact("China", "imports", "share", 68.9, "percent", Y2025, "68.9", CRUDE, partner=GCC, product="crude oil"),
        fact("China", "imports", "quantity", 15.9e6, "tonnes", Y2025, "15.9 million", LNG, partner="Qatar", product="liquefied natural gas"),
        fact("China", "exports", "growth", 31.5, "percent", Y2025, "31.5", CARS, partner=GCC, product="cars"),
        fact("China", "exports", "value", 15.2e9, "USD", Y2025, "15.2 billion", CARS, partner=GCC, product="cars"),
    ],
}
