from _fact import fact, period

NOV = period(2025, 11)
OCT = period(2025, 10)
JAN_NOV = period(2025, 1, 11)
Y2024 = period(2024, 1, 12)

EXP = "Exports, which had contracted unexpectedly by 1.1 percent in October, rose 5.9 percent year-on-year in November to $330.3 billion"
EXP_OCT = "Exports, which had contracted unexpectedly by 1.1 percent in October"
IMP = "Imports, by contrast, stayed weak, edging up 1.9 percent to $218.6 billion"
IMP_OCT = "Imports, by contrast, stayed weak, edging up 1.9 percent to $218.6 billion after a 1 percent rise in October"
BAL = "The monthly surplus therefore widened to $111.68 billion"
BAL_OCT = "The monthly surplus therefore widened to $111.68 billion from $90.07 billion in October"
YTD = "Through the end of November, the year's surplus reached $1.08 trillion"
Y24 = "the year's surplus reached $1.08 trillion, already exceeding the $992 billion recorded for all of 2024"
YTD_GROWTH = "the year's surplus reached $1.08 trillion, already exceeding the $992 billion recorded for all of 2024 and growing by over 21 percent compared with a year earlier"
YTD_FLOWS = "For the same 11 months, exports were up 5.4 percent and imports down 0.6 percent."
US = "Sales to the world's biggest economy, the United States, kept sliding, dropping 28.6 percent year on year to $33.8 billion"
US_MOM = "Compared with October, they fell a further 4.5 percent."
EU_ASEAN = "Exports to the Association of Southeast Asian Nations climbed 8.2 percent and sales to the European Union surged 14.8 percent."
AUS_AFR = "Exports to Australia jumped 35.8 percent, and Africa-bound shipments grew 28.2 percent."

ARTICLE = {
    "id": "dAD1_02_china_november_2025_exports",
    "title": "Exports outpace forecasts, pushing China's 2025 trade surplus past $1 trillion",
    "publisher": "AFP",
    "published": "2025-12-08",
    "notes": [
        "publisher: the outlet whose story this is (AFP); the body carries no dateline naming it, as in that outlet's usual copy.",
        "Monthly figures are November 2025 (customs data released Monday 2025-12-08); all dollar figures USD.",
        "'which had contracted unexpectedly by 1.1 percent in October': exports growth for 2025-10, -1.1 (contraction).",
        "'after a 1 percent rise in October': imports growth for 2025-10 (the sentence's subject is imports), +1.",
        "'widened to $111.68 billion from $90.07 billion in October': October 2025 balance, a separate fact; the 'from' is a comparison base, not a growth figure.",
        "'$992 billion recorded for all of 2024': balance value for 2024-01..2024-12.",
        "'growing by over 21 percent compared with a year earlier': growth of the January-November 2025 surplus, qualifier over; the surplus widened, so positive.",
        "'past $1 trillion' in the lead is the threshold for the same observation as '$1.08 trillion'; only the exact figure is labelled.",
        "'Compared with October, they fell a further 4.5 percent': 'they' = sales to the United States; basis mom, period 2025-11.",
        "'sales to the European Union' = exports to the EU; 'Africa-bound shipments' = exports to Africa.",
        "Out of scope, unlabelled: the Bloomberg survey forecast of 4.0 percent and the expected 3 percent import growth (forecasts); 'eighth month in a row' of double-digit falls (streak); 'by about two percentage points' cut to China's export growth (percentage-point effect); tariff and truce details (not trade flows); 'eighth straight month' of factory contraction (PMI, not trade); 'economic growth of around five percent' goal (GDP); 'world's biggest economy'/'world's second-largest economy' (economy size, not trade rank); 'one-year truce', '2026' (not figures).",
    ],
    "facts": [
        fact("China", "exports", "growth", 5.9, "percent", NOV, "5.9", EXP),
        fact("China", "exports", "value", 330.3e9, "USD", NOV, "330.3 billion", EXP),
        fact("China", "exports", "growth", -1.1, "percent", OCT, "1.1", EXP_OCT),
        fact("China", "imports", "growth", 1.9, "percent", NOV, "1.9", IMP),
        fact("China", "imports", "value", 218.6e9, "USD", NOV, "218.6 billion", IMP),
        fact("China", "imports", "growth", 1, "percent", OCT, "1", IMP_OCT),
        fact("China", "balance", "value", 111.68e9, "USD", NOV, "111.68 billion", BAL),
        fact("China", "balance", "value", 90.07e9, "USD", OCT, "90.07 billion", BAL_OCT),
        fact("China", "balance", "value", 1.08e12, "USD", JAN_NOV, "1.08 trillion", YTD),
        fact("China", "balance", "value", 992e9, "USD", Y2024, "992 billion", Y24),
        fact("China", "balance", "growth", 21, "percent", JAN_NOV, "21", YTD_GROWTH, qualifier="over"),
        fact("China", "exports", "growth", 5.4, "percent", JAN_NOV, "5.4", YTD_FLOWS),
        fact("China", "imports", "growth", -0.6, "percent", JAN_NOV, "0.6", YTD_FLOWS),
        fact("China", "exports", "growth", -28.6, "percent", NOV, "28.6", US, partner="United States"),
        fact("China", "exports", "value", 33.8e9, "USD", NOV, "33.8 billion", US, partner="United States"),
        fact("China", "exports", "growth", -4.5, "percent", NOV, "4.5", US_MOM, partner="United States", basis="mom"),
        fact("China", "exports", "growth", 14.8, "percent", NOV, "14.8", EU_ASEAN, partner="European Union"),
        fact("China", "exports", "growth", 8.2, "percent", NOV, "8.2", EU_ASEAN, partner="ASEAN"),
        fact("China", "exports", "growth", 35.8, "percent", NOV, "35.8", AUS_AFR, partner="Australia"),
        fact("China", "exports", "growth", 28.2, "percent", NOV, "28.2", AUS_AFR, partner="Africa"),
    ],
}
