from _fact import fact, period

AUG = period(2025, 8)
AUG24 = period(2024, 8)
JAN_AUG = period(2025, 1, 8)
KR = "South Korea"
CHIPS = "semiconductors"

EXP = "exports totaled US$58.43 billion last month, up 1.3 percent from a year earlier"
EXP_MOM = "Compared with July, however, exports were 3.9 percent lower."
IMP = "Imports declined 4 percent on-year to $51.88 billion"
BAL = "The trade balance stayed in surplus for a seventh straight month, at $6.55 billion"
BAL24 = "The trade balance stayed in surplus for a seventh straight month, at $6.55 billion, compared with $3.64 billion a year earlier"
CHIP = "Semiconductor exports, the country's key product, surged 27.1 percent on-year to $15.11 billion"
CHIP_SH = "Their share of total exports reached 25.9 percent"
CAR = "Car exports rose 8.6 percent to $5.51 billion"
SHIP = "Ship exports jumped 32.4 percent to $2.36 billion"
OIL = ("petroleum products and petrochemicals saw exports fall 10.9 percent and 18.2 percent, respectively, "
       "to $3.65 billion and $3.29 billion")
CHN = ("shipments to China, South Korea's largest export market, decreased 2.9 percent on-year to $11.03 billion")
USA = "Exports to the U.S. fell 12 percent to $8.74 billion"
ASN = ("Exports to the 10-member Association of Southeast Asian Nations (ASEAN), on the other hand, grew 9.6 percent "
       "to $10.12 billion")
YTD_EXP = "Exports for January through August added up to $453.8 billion, 0.2 percent lower than a year earlier"
YTD_IMP = "imports over the same eight months totaled $412.1 billion"
YTD_BAL = "leaving a cumulative trade surplus of $41.7 billion"

ARTICLE = {
    "id": "dAL2_03_korea_exports_aug_2025",
    "title": "(LEAD) Record chip sales keep S. Korea's August exports growing as U.S.-bound shipments sink under tariffs",
    "publisher": "Yonhap",
    "published": "2025-09-01",
    "notes": [
        "Area South Korea throughout (MOTIE data). 'last month' = August 2025 (published 2025-09-01).",
        "'Compared with July, however, exports were 3.9 percent lower' = growth basis mom for total exports, August 2025.",
        "'Imports declined 4 percent on-year' = growth -4 (value_text '4').",
        "'compared with $3.64 billion a year earlier' is a stated surplus for August 2024: balance +3.64e9, period 2024-08.",
        "'Their share of total exports reached 25.9 percent' = share, product 'semiconductors' ('Their' refers back to the "
        "semiconductors of the previous sentence).",
        "'respectively' pairs: petroleum products -10.9 / $3.65bn, petrochemicals -18.2 / $3.29bn.",
        "'South Korea's largest export market' = rank 1, partner China, flow exports, August 2025.",
        "'the U.S.' = United States; 'Association of Southeast Asian Nations (ASEAN)' = ASEAN.",
        "Year to date: January-August 2025 (2025-01..2025-08): exports value and growth, imports value, cumulative surplus.",
        "Out of scope, unlabelled: daily average exports ($2.54 billion, up 5.7 percent: a per-working-day average the "
        "record cannot express); 23 working days; 'third month running', 'seventh straight month', 'four months in a row' "
        "(streaks); 'an all-time high for August', 'a record for August' (milestones); tariff rates "
        "(15 percent, 25 percent); '10-member'; 'ordered in 2022' (year).",
    ],
    "facts": [
        fact(KR, "exports", "value", 58.43e9, "USD", AUG, "58.43 billion", EXP),
        fact(KR, "exports", "growth", 1.3, "percent", AUG, "1.3", EXP),
        fact(KR, "exports", "growth", -3.9, "percent", AUG, "3.9", EXP_MOM, basis="mom"),
        fact(KR, "imports", "growth", -4, "percent", AUG, "4", IMP),
        fact(KR, "imports", "value", 51.88e9, "USD", AUG, "51.88 billion", IMP),
        fact(KR, "balance", "value", 6.55e9, "USD", AUG, "6.55 billion", BAL),
        fact(KR, "balance", "value", 3.64e9, "USD", AUG24, "3.64 billion", BAL24),
        fact(KR, "exports", "growth", 27.1, "percent", AUG, "27.1", CHIP, product=CHIPS),
        fact(KR, "exports", "value", 15.11e9, "USD", AUG, "15.11 billion", CHIP, product=CHIPS),
        fact(KR, "exports", "share", 25.9, "percent", AUG, "25.9", CHIP_SH, product=CHIPS),
        fact(KR, "exports", "growth", 8.6, "percent", AUG, "8.6", CAR, product="automobiles"),
        fact(KR, "exports", "value", 5.51e9, "USD", AUG, "5.51 billion", CAR, product="automobiles"),
        fact(KR, "exports", "growth", 32.4, "percent", AUG, "32.4", SHIP, product="ships"),
        fact(KR, "exports", "value", 2.36e9, "USD", AUG, "2.36 billion", SHIP, product="ships"),
        fact(KR, "exports", "growth", -10.9, "percent", AUG, "10.9", OIL, product="petroleum products"),
        fact(KR, "exports", "growth", -18.2, "percent", AUG, "18.2", OIL, product="petrochemicals"),
        fact(KR, "exports", "value", 3.65e9, "USD", AUG, "3.65 billion", OIL, product="petroleum products"),
        fact(KR, "exports", "value", 3.29e9, "USD", AUG, "3.29 billion", OIL, product="petrochemicals"),
        fact(KR, "exports", "rank", 1, "number", AUG, "largest", CHN, partner="China"),
        fact(KR, "exports", "growth", -2.9, "percent", AUG, "2.9", CHN, partner="China"),
        fact(KR, "exports", "value", 11.03e9, "USD", AUG, "11.03 billion", CHN, partner="China"),
        fact(KR, "exports", "growth", -12, "percent", AUG, "12", USA, partner="United States"),
        fact(KR, "exports", "value", 8.74e9, "USD", AUG, "8.74 billion", USA, partner="United States"),
        fact(KR, "exports", "growth", 9.6, "percent", AUG, "9.6", ASN, partner="ASEAN"),
        fact(KR, "exports", "value", 10.12e9, "USD", AUG, "10.12 billion", ASN, partner="ASEAN"),
        fact(KR, "exports", "value", 453.8e9, "USD", JAN_AUG, "453.8 billion", YTD_EXP),
        fact(KR, "exports", "growth", -0.2, "percent", JAN_AUG, "0.2", YTD_EXP),
        fact(KR, "imports", "value", 412.1e9, "USD", JAN_AUG, "412.1 billion", YTD_IMP),
        fact(KR, "balance", "value", 41.7e9, "USD", JAN_AUG, "41.7 billion", YTD_BAL),
    ],
}
